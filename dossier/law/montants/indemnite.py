"""Indemnité forfaitaire pour frais de recouvrement — due par facture entre professionnels.

Texte
    C. com., art. L441-10, II, al. 4 : « Tout professionnel en situation de retard de paiement
    est de plein droit débiteur, à l'égard du créancier, d'une indemnité forfaitaire pour frais
    de recouvrement, dont le montant est fixé par décret. […] Toutefois, le créancier ne peut
    invoquer le bénéfice de ces indemnités lorsque l'ouverture d'une procédure de sauvegarde, de
    redressement ou de liquidation judiciaire interdit le paiement à son échéance de la créance
    qui lui est due. » — C. com., art. D441-5 : montant (paramètre
    `indemnite_forfaitaire.montant`), lu au premier jour de retard.

Lecture retenue
    - Due une fois par facture échue (le jour du calcul est après l'échéance) dont le principal
      reste dû, non prescrite, quand créancier et débiteur agissent en professionnels (régime
      professionnel). Une facture soldée n'en porte pas (INT-03).
    - `contrat.indemnite_forfaitaire: false` : le créancier y renonce. Jamais due hors régime
      professionnel ; une clause contraire est écartée (FRAIS-01 ; CPCE L111-8 pour un
      consommateur).
    - Débiteur en procédure collective : jamais comptée (FRAIS-03). Le texte ne l'exclut que si
      l'ouverture interdit le paiement à l'échéance ; pour une facture échue avant le jugement, la
      question relève de la déclaration de créance [U] : la demande la plus sûre est retenue.
    - Les frais complémentaires sur justificatifs (al. 4, 2e phrase) ne sont pas calculés.

Exemples
    >>> from dossier.model.claim import Facture
    >>> from dossier.law.parametres.lecture import parametres_officiels
    >>> f = Facture(numero="F-1", date="2025-05-01", echeance="2025-05-31", montant_ttc="1000.00")
    >>> indemnite(True, f, Decimal("1000.00"), False, date(2025, 8, 31), parametres_officiels())
    Decimal('40.00')
    >>> # le jour de l'échéance, pas encore en retard :
    >>> indemnite(True, f, Decimal("1000.00"), False, date(2025, 5, 31), parametres_officiels())
    Decimal('0.00')
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dossier.law.calendrier import lendemain
from dossier.law.money import ZERO, arrondir
from dossier.law.parametres.lecture import Parametres
from dossier.model.claim import Creance, Facture

ARTICLE = "C. com. L441-10, II ; D441-5"
CODES = ("FRAIS-01", "FRAIS-03")


def indemnite_applicable(creance: Creance, professionnel: bool) -> bool:
    """Le principe : régime professionnel, pas de renonciation, pas de procédure collective."""
    # « Tout professionnel en situation de retard de paiement est de plein droit débiteur »
    if not professionnel:
        return False
    if creance.contrat is not None and creance.contrat.indemnite_forfaitaire is False:
        return False  # le créancier y renonce
    # « … ne peut invoquer le bénéfice de ces indemnités lorsque l'ouverture d'une procédure […] »
    return creance.debiteur.procedure_collective is None


def indemnite(
    applicable: bool, facture: Facture, restant: Decimal, prescrite: bool, jour: date, parametres: Parametres
) -> Decimal:
    """L'indemnité réclamée pour `facture` au `jour` (0,00 quand elle n'est pas due)."""
    # « en situation de retard de paiement » : le lendemain de l'échéance est passé ou est le jour du calcul
    en_retard = lendemain(facture.echeance) <= jour
    if not (applicable and en_retard and restant > 0 and not prescrite):
        return ZERO
    return arrondir(parametres.valeur_a("indemnite_forfaitaire.montant", lendemain(facture.echeance)).valeur)
