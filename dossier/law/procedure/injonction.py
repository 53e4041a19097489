"""Ce que le créancier doit savoir de la suite d'une requête en injonction de payer (rapport).

Texte
    CPC, art. 1411 : « Une copie certifiée conforme de la requête et de l'ordonnance revêtue de
    la formule exécutoire est signifiée, à l'initiative du créancier, à chacun des débiteurs.
    L'ordonnance portant injonction de payer est non avenue si elle n'a pas été signifiée dans
    les six mois de sa date. »
    CPC, art. 1416, al. 1 : « L'opposition est formée dans le mois qui suit la signification de
    l'ordonnance. »
    CPC, art. 1422 : l'ordonnance produit tous les effets d'un jugement contradictoire en dernier
    ressort « en l'absence d'opposition dans le mois qui suit la signification » [S].
    CPCE, art. L125-1 : une procédure simplifiée de recouvrement des petites créances, menée par
    un commissaire de justice, est ouverte pour une créance contractuelle inférieure à un
    montant fixé par décret (paramètre `petites_creances.plafond`) ; le débiteur a un mois pour
    l'accepter.

Lecture retenue (docs/droit.md § 6)
    Lignes d'information du rapport, jamais imprimées dans une lettre au débiteur : la
    signification dans les six mois (INJ-08), le mois d'opposition et l'exécution après lui
    (INJ-09), et, quand le principal et les intérêts demandés ne dépassent pas le plafond, la
    procédure des petites créances comme autre voie possible (INJ-10). Que la signification, et
    non le dépôt, interrompe la prescription est dit par INJ-02 (règle
    `rules/injonction_prescription`). Si le plafond n'est pas connu au jour de la requête, la
    ligne INJ-10 est omise : ce n'est qu'une information. L'identité d'un créancier personne
    physique (CPC 54, 57) est une condition de la requête : `rules/injonction_identite` (INJ-11).

Exemples
    >>> from datetime import date
    >>> from decimal import Decimal
    >>> from dossier.law.parametres.lecture import parametres_officiels
    >>> [c.code for c in informations(Decimal("3000.00"), date(2026, 3, 1), parametres_officiels())]
    ['INJ-08', 'INJ-09', 'INJ-10']
    >>> [c.code for c in informations(Decimal("9000.00"), date(2026, 3, 1), parametres_officiels())]
    ['INJ-08', 'INJ-09']
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dossier.errors import LawDataMissing
from dossier.findings import Constat, constat
from dossier.francais import montant_fr
from dossier.law.calcul import Calcul
from dossier.law.money import ZERO
from dossier.law.parametres.lecture import Parametres
from dossier.law.procedure import juridiction
from dossier.law.procedure.reclamation import reclamation
from dossier.model.claim import Creance
from dossier.vocabulaire import Etape

CODES = ("INJ-08", "INJ-09", "INJ-10")
PLAFOND = "petites_creances.plafond"


def constats_requete(creance: Creance, calcul: Calcul, parametres: Parametres) -> list[Constat]:
    """What `check` and `build` report when the requête is drafted: the court, then what follows."""
    dues = reclamation(creance, calcul, Etape.INJONCTION)
    proposition = juridiction.proposer(creance, calcul.jour)
    constats = [
        *juridiction.verifier(creance, proposition),
        *informations(dues.principal + (dues.interets or ZERO), calcul.jour, parametres),
    ]
    return constats


def informations(principal_et_interets: Decimal, jour: date, parametres: Parametres) -> list[Constat]:
    """The report lines for a requête dated `jour` claiming `principal_et_interets`."""
    constats = [
        # 1411 : « non avenue si elle n'a pas été signifiée dans les six mois de sa date »
        constat(
            "INJ-08",
            "une fois rendue, l'ordonnance d'injonction de payer doit être signifiée au débiteur par un "
            "commissaire de justice, faute de quoi elle devient non avenue",
        ),
        # 1416 : « L'opposition est formée dans le mois qui suit la signification »
        constat(
            "INJ-09",
            "après la signification, le débiteur peut former opposition ; l'ordonnance ne peut être "
            "exécutée qu'une fois ce délai écoulé sans opposition",
        ),
    ]
    try:
        plafond = parametres.valeur_a(PLAFOND, jour)
    except LawDataMissing:
        return constats
    # L125-1 : « inférieure à un montant défini par décret » — en principal et intérêts (R125-1)
    if principal_et_interets <= plafond.valeur:
        constats.append(
            constat(
                "INJ-10",
                f"la somme demandée en principal et intérêts ({montant_fr(principal_et_interets)} €) ne "
                f"dépasse pas {montant_fr(plafond.valeur)} € : la procédure simplifiée de recouvrement des "
                f"petites créances est une autre voie possible ({plafond.article})",
            )
        )
    return constats
