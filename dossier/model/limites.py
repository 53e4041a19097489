"""The bounds of one claim, checked at load (docs/decisions.md « Text fields are bounded and clean »).

Not law: bounds that keep one claim's cost bounded (a `nombre_echeances` of a billion made `check`
grow to 23 GB; a 200,000-character name broke the PDF metadata) while staying far above any real
file. Each figure says why it is enough.
"""

from __future__ import annotations

# -- counts (VALEUR-11)
FACTURES = 500  # a year of daily invoices is 365: beyond, several claims (one per contract)
PAIEMENTS = 2_000  # four part-payments a day for a year on 500 invoices would be far fewer
ECHANGES = 1_000  # the amicable history of a file, however long
COURRIERS = 200  # the series is four letters; a plan adds a reminder per missed instalment
ECHEANCES = 360  # thirty years of monthly instalments: beyond, no agreement is realistic
PIECES = 500  # files a claim cites (every piece: field): the bundle a court can read

# -- the file itself (YAML-08 to YAML-10)
TAILLE_FICHIER = 1_000_000  # bytes: the largest sample is 4 KB; 500 invoices fit in 100 KB
PROFONDEUR = 12  # nesting levels: a claim uses 4 (courriers[i].accuse_reception.piece)
CONSTATS_MONTRES = 100  # problems listed for one file: beyond, fix these and run again

# -- texts (VALEUR-12)
TEXTE_COURT = 200  # a name, an address line, a label: the longest French company names are ~120
TEXTE_LIBRE = 2_000  # a personal message or an exchange summary: about a third of a page
REFERENCE = 60  # a file or letter reference: two of them and a space fit the 140 characters of the
# remittance text of the payment QR code (EPC069-12), the creditor's and the letter's
NOM_VIREMENT = 70  # the account holder's name the payment QR code carries (EPC069-12, AT-21)

# -- amounts and dates (VALEUR-01, VALEUR-02)
MONTANT_MAX = "999999999.99"  # the largest amount a payment QR code can carry (EPC069-12)
ANNEE_MIN = 1990  # earlier is a typing slip (docs/decisions.md « Text fields are bounded and clean »)
ANNEE_NAISSANCE_MIN = 1900  # a natural-person creditor's birth date (CPC 54): the one older date
ANNEES_APRES_LE_JOUR = 10  # a date more than ten years after the « as of » day is a typing slip
