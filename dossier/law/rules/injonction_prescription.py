"""Requête en injonction de payer : une créance non prescrite, et la prescription qui court encore.

Texte
    C. civ., art. 2241, al. 1 : « La demande en justice, même en référé, interrompt le délai de
    prescription ainsi que le délai de forclusion. »
    CPC, art. 1411 : « Une copie certifiée conforme de la requête et de l'ordonnance revêtue de la
    formule exécutoire est signifiée, à l'initiative du créancier, à chacun des débiteurs. »
    C. civ., art. 2219 : « La prescription extinctive est un mode d'extinction d'un droit
    résultant de l'inaction de son titulaire pendant un certain laps de temps. »

Lecture retenue (docs/droit.md § 3, § 6)
    - Une créance dont toutes les factures sont prescrites n'est demandée nulle part : le calcul
      le constate (PRESC-01, bloquant à toute étape, requête comprise) ; une facture prescrite
      parmi d'autres sort de la requête et de ses totaux (PRESC-02).
    - Le dépôt de la requête n'interrompt pas la prescription [S] : c'est la signification de
      l'ordonnance qui le fait. Le constat INJ-02 (information) rappelle le dernier jour pour agir
      de la facture réclamée qui se prescrit la première, avant lequel l'ordonnance doit être
      signifiée.

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> c = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")])
    >>> [(k.code, k.severite.value) for k in verifier(c, calculer(c, date(2026, 1, 15)))]
    [('INJ-02', 'info')]
    >>> "1er septembre 2027" in verifier(c, calculer(c, date(2026, 1, 15)))[0].message
    True
    >>> verifier(c, calculer(c, date(2027, 9, 2)))   # all prescribed: PRESC-01 says it, blocking
    []
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.law.rules.injonction_montant import factures_exigibles
from dossier.model.claim import Creance

CODE = "INJ-02"


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    visees = set(factures_exigibles(calcul))
    soldes = [f for f in calcul.factures if f.numero in visees]
    if not soldes:  # nothing claimable: PRESC-01 (all prescribed) or INJ-06 (nothing due) says why
        return []
    # 2241 : « La demande en justice […] interrompt » — pour l'injonction, sa signification
    premiere = min(soldes, key=lambda f: (f.prescription_le, f.numero))
    return [
        constat(
            CODE,
            f"la requête n'interrompt pas la prescription, seule la signification de l'ordonnance le "
            f"fait : {_nom(calcul, premiere.numero)} après le "
            f"{date_longue(premiere.prescription_le)} ({premiere.prescription_article})",
            ou=creance.position("factures"),
        )
    ]


def _nom(calcul: Calcul, numero: str) -> str:
    """« la facture F-1 sera prescrite », after a déchéance « le solde de l'échéancier … sera prescrit »."""
    solde = calcul.solde_echeancier
    if solde is not None and numero == solde.libelle:
        return f"le solde de l'échéancier du {date_longue(solde.date_accord)} sera prescrit"
    return f"la facture {numero} sera prescrite"
