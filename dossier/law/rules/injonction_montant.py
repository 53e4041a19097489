"""Requête en injonction de payer : un montant déterminé, certain, liquide et exigible.

Texte
    CPC, art. 1405 : la procédure d'injonction de payer est ouverte lorsque « La créance a une
    cause contractuelle […] et s'élève à un montant déterminé ».
    CPC, art. 1407 : la requête contient « l'indication précise du montant de la somme réclamée
    avec le décompte des différents éléments de la créance ».
    C. civ., art. 1342 : « Le paiement est l'exécution volontaire de la prestation due. […] Il
    doit être fait sous réserve de dispositions particulières, dès que la dette devient
    exigible. »

Lecture retenue
    La requête ne vise que les factures échues au jour de la requête, restant dues et non
    prescrites (celles du calcul) : leur principal, les intérêts ou pénalités arrêtés à ce jour,
    et, entre professionnels, l'indemnité forfaitaire — chaque montant vient du calcul, ligne à
    ligne. Sans aucune facture de ce genre, le montant n'est pas déterminé : pas de requête
    (INJ-06). Une facture pas encore échue n'est pas exigible : elle est écartée de la requête et
    le constat INJ-07 le dit (elle pourra faire l'objet d'une autre demande).

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00"),
    ...      facture("F-2", "2026-01-02", "2026-02-01", "80.00")]
    >>> c = exemple("b2b", factures=f)
    >>> [k.code for k in verifier(c, calculer(c, date(2025, 9, 15)))]
    ['INJ-06']
    >>> [k.code for k in verifier(c, calculer(c, date(2026, 1, 15)))]
    ['INJ-07']
    >>> factures_exigibles(calculer(c, date(2026, 3, 1)))
    ('F-1', 'F-2')
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.model.claim import Creance

CODES = ("INJ-06", "INJ-07")


def factures_exigibles(calcul: Calcul) -> tuple[str, ...]:
    """Les factures que la requête vise : échues avant le jour du calcul, restant dues, non prescrites."""
    return tuple(f.numero for f in calcul.factures_reclamees if f.echeance < calcul.jour)


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    exigibles = factures_exigibles(calcul)
    # 1405 : « s'élève à un montant déterminé » — rien d'échu et de dû, rien à déterminer
    if not exigibles:
        return [
            constat(
                "INJ-06",
                f"au {date_longue(calcul.jour)}, aucune facture n'est à la fois échue, restant due et "
                "non prescrite : il n'y a pas de somme exigible à demander",
                ou=creance.position("factures"),
            )
        ]
    a_venir = [f for f in calcul.factures_reclamees if f.numero not in exigibles]
    if a_venir:
        noms = ", ".join(f"{f.numero} (échéance du {date_longue(f.echeance)})" for f in a_venir)
        return [
            constat(
                "INJ-07",
                f"facture(s) non encore échue(s), écartée(s) de la requête : {noms}",
                ou=creance.position("factures"),
            )
        ]
    return []
