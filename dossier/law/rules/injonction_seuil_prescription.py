"""Requête en injonction de payer : pas quand la prescription est trop proche pour qu'elle l'interrompe.

Texte
    CPC, art. 1411 (version en vigueur depuis le 1er mars 2022) : « Une copie certifiée conforme de
    la requête accompagnée du bordereau des documents justificatifs et de l'ordonnance revêtue de
    la formule exécutoire est signifiée, à l'initiative du créancier, à chacun des débiteurs. […]
    L'ordonnance portant injonction de payer est non avenue si elle n'a pas été signifiée dans les
    six mois de sa date. »
    C. civ., art. 2241, al. 1 : « La demande en justice, même en référé, interrompt le délai de
    prescription ainsi que le délai de forclusion. »
    C. civ., art. 2240 : « La reconnaissance par le débiteur du droit de celui contre lequel il
    prescrivait interrompt le délai de prescription. »

Lecture retenue
    Le dépôt de la requête n'interrompt pas la prescription : c'est la signification de
    l'ordonnance, citation en justice, qui l'interrompt (Cass. civ., 10 juillet 1990, n° 89-13.345 ;
    INJ-02). Entre les deux, le juge statue, le greffe délivre l'ordonnance, un commissaire de
    justice la signifie : des semaines, souvent des mois. Quand la facture demandée qui se prescrit
    la première le fait dans moins de `prescription.seuil_injonction` jours — une **règle de
    l'outil, pas un délai légal** (sa donnée dit sa raison) —, la requête n'est pas proposée
    (INJ-16) : elle serait très probablement signifiée trop tard. Le constat propose, avec le
    dernier jour pour agir, les voies qui interrompent à leur date : l'assignation en paiement par
    un commissaire de justice (2241) ou une reconnaissance de dette signée par le débiteur (2240,
    par exemple un échéancier signé, `plan`). Bloquant à `--jusqua injonction` ; atteint par la
    série, un avertissement dit pourquoi la requête n'est pas rédigée, et `dossier plan` donne la
    même raison, sans date.

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> c = exemple("consommateur", factures=[facture("F-1", "2024-09-01", "2024-10-01", "600.00")])
    >>> [(k.code, k.severite.value) for k in verifier(c, calculer(c, date(2026, 8, 7)))]  # 25 days left
    [('INJ-16', 'bloquant')]
    >>> verifier(c, calculer(c, date(2026, 6, 1)))  # 92 days left
    []
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.francais import date_longue, pluriel
from dossier.law.calcul import Calcul
from dossier.law.parametres.lecture import valeur_a
from dossier.law.rules.injonction_montant import factures_exigibles
from dossier.model.claim import Creance

CODE = "INJ-16"
SEUIL = "prescription.seuil_injonction"


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    visees = set(factures_exigibles(calcul))
    soldes = [f for f in calcul.factures if f.numero in visees]
    if not soldes:  # nothing claimable: PRESC-01 or INJ-06 says why
        return []
    premiere = min(soldes, key=lambda f: (f.prescription_le, f.numero))
    seuil = valeur_a(SEUIL, calcul.jour)
    restent = (premiere.prescription_le - calcul.jour).days
    if restent >= int(seuil.valeur):
        return []
    dernier = date_longue(premiere.prescription_le)
    # 2241 : la demande en justice interrompt ; 2240 : la reconnaissance du débiteur aussi
    return [
        constat(
            CODE,
            f"la facture {premiere.numero} sera prescrite après le {dernier} "
            f"({premiere.prescription_article}) : il reste {restent} {pluriel(restent, 'jour')}, moins "
            f"que les {int(seuil.valeur)} jours que dossier retient (règle de l'outil, pas un délai "
            "légal) pour obtenir l'ordonnance et la faire signifier, seule la signification interrompant la "
            f"prescription ; avant le {dernier} inclus, une assignation en paiement (C. civ. 2241) ou une "
            "reconnaissance de dette signée par le débiteur (C. civ. 2240) interrompt la prescription",
            ou=creance.position("factures", creance.factures.index(creance.facture(premiere.numero))),
            que_faire=f"Au plus tard le {dernier} : faites délivrer une assignation en paiement par un "
            "commissaire de justice (un avocat peut vous y aider), ou obtenez du débiteur une "
            "reconnaissance de dette signée (un échéancier signé en est une : section « plan »).",
        )
    ]
