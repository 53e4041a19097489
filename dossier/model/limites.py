"""How many of each thing one claim may count, checked at load (VALEUR-11).

Not law: bounds that keep one claim's cost bounded (a `nombre_echeances` of a billion made `check`
grow to 23 GB) while staying far above any real file. Each figure says why it is enough.
"""

from __future__ import annotations

FACTURES = 500  # a year of daily invoices is 365: beyond, several claims (one per contract)
PAIEMENTS = 2_000  # four part-payments a day for a year on 500 invoices would be far fewer
ECHANGES = 1_000  # the amicable history of a file, however long
COURRIERS = 200  # the series is four letters; a plan adds a reminder per missed instalment
ECHEANCES = 360  # thirty years of monthly instalments: beyond, no agreement is realistic
PIECES = 500  # files a claim cites (every piece: field): the bundle a court can read
