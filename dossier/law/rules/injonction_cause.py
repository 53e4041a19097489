"""Requête en injonction de payer : une créance contractuelle dont la cause est prouvée.

Texte
    CPC, art. 1405 : « Le recouvrement d'une créance peut être demandé suivant la procédure
    d'injonction de payer lorsque : 1° La créance a une cause contractuelle ou résulte d'une
    obligation de caractère statutaire et s'élève à un montant déterminé ; en matière
    contractuelle, la détermination est faite en vertu des stipulations du contrat y compris, le
    cas échéant, la clause pénale […] ».
    CPC, art. 1407 : la requête contient « le fondement » de la créance et est accompagnée du
    bordereau des documents justificatifs produits à son appui.

Lecture retenue
    La cause contractuelle se prouve par une pièce : le devis signé, le bon de commande ou le
    contrat (`contrat.piece`). Sans section `contrat`, ou sans sa pièce, dossier ne rédige pas de
    requête : le juge rejetterait une demande dont le fondement n'est pas justifié. Que le fichier
    existe, soit lisible et reste dans le dossier de la créance est vérifié à l'assemblage des
    pièces (codes PIECE-).

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> def codes(**cles):
    ...     c = exemple("b2b", factures=f, **cles)
    ...     return [k.code for k in verifier(c, calculer(c, date(2026, 1, 15)))]
    >>> codes(), codes(contrat={"type": "prestation", "objet": "Pose", "date": "2025-08-01"})
    (['INJ-01'], ['INJ-01'])
    >>> codes(contrat={"type": "prestation", "objet": "Pose", "date": "2025-08-01", "piece": "devis.pdf"})
    []
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.model.claim import Creance

CODE = "INJ-01"


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    contrat = creance.contrat
    # 1405, 1° : « La créance a une cause contractuelle » — et 1407 : son « fondement », justifié
    if contrat is None:
        return [
            constat(
                CODE,
                "le dossier ne décrit pas le contrat (section « contrat ») : la cause contractuelle "
                "de la créance n'est pas établie",
            )
        ]
    if contrat.piece is None:
        return [
            constat(
                CODE,
                f"le contrat du {date_longue(contrat.date)} n'a pas de pièce (devis signé, bon de "
                "commande ou contrat) : sa cause n'est pas prouvée",
                ou=creance.position("contrat"),
            )
        ]
    return []
