"""Requête en injonction de payer après un échéancier : seulement après la déchéance du terme.

Texte
    C. civ., art. 1305 : « L'obligation est à terme lorsque son exigibilité est différée jusqu'à la
    survenance d'un événement futur et certain » ; art. 1305-4 : « Le débiteur ne peut réclamer le
    bénéfice du terme s'il ne fournit pas les sûretés promises au créancier ou s'il diminue celles
    qui garantissent l'obligation. » — l'échéancier signé accorde un terme au débiteur (C. civ.
    1343-5 pour le juge ; ici par accord) ; il est aussi une reconnaissance de dette (C. civ. 1376,
    2240).
    CPC, art. 1405 : l'injonction de payer suppose une créance « certaine, liquide et exigible ».

Lecture retenue (docs/decisions.md « After a signed plan, the plan governs »)
    - Tant qu'un échéancier signé (`plan.date_accord` au plus tard le jour de la requête) court,
      le solde n'est pas exigible : pas de requête (INJ-12, bloquant), même avec `--jusqua`.
    - Après la déchéance du terme notifiée (`courriers[].type: decheance_du_terme`), le solde du
      plan est exigible ; la requête exige alors une mise en demeure datée **après** la déchéance
      (`injonction_mise_en_demeure` ne compte que celle-là) : une mise en demeure antérieure au plan
      ne vaut pas pour le solde qu'il a fixé.
    - Un plan seulement proposé (sans `date_accord`) n'accorde aucun terme : il ne bloque rien ici.
    - L'échéancier signé par le débiteur est une reconnaissance de dette (C. civ. 1376) qui a
      interrompu la prescription (2240) : la requête le cite comme pièce (`plan.piece`) ; absent,
      un avertissement le demande (INJ-13).

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> plan = {"date_accord": "2026-01-20", "nombre_echeances": 3, "premiere_echeance": "2026-02-10",
    ...         "moyen": "cheques"}
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> c = exemple("consommateur", factures=f, plan=plan)
    >>> [k.code for k in verifier(c, calculer(c, date(2026, 3, 1)))]
    ['INJ-12']
    >>> d = {"type": "decheance_du_terme", "date": "2026-02-25"}
    >>> c = exemple("consommateur", factures=f, plan=plan, courriers=[d])
    >>> jour = date(2026, 3, 1)
    >>> [k.code for k in verifier(c, calculer(c, jour))], decheance_notifiee(c, jour).date
    (['INJ-13'], datetime.date(2026, 2, 25))
"""

from __future__ import annotations

from datetime import date

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.model.claim import Courrier, Creance

CODES = ("INJ-12", "INJ-13")
DECHEANCE = "decheance_du_terme"


def decheance_notifiee(creance: Creance, jour: date) -> Courrier | None:
    """La dernière notification de la déchéance du terme envoyée au plus tard le `jour`."""
    notifiees = [c for c in creance.courriers if c.type == DECHEANCE and c.date <= jour]
    return max(notifiees, key=lambda c: c.date, default=None)


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    plan = creance.plan
    jour = calcul.jour
    # un plan signé accorde un terme : le solde n'est exigible qu'après la déchéance du terme
    if plan is None or plan.date_accord is None or plan.date_accord > jour:
        return []
    if decheance_notifiee(creance, jour) is not None:
        if plan.piece is not None:
            return []
        # « reconnaissance de dette » : the signed act proves it (C. civ. 1376) and interrupted
        # prescription (2240) ; without it the requête rests on the invoices alone
        return [
            constat(
                "INJ-13",
                f"l'échéancier signé le {date_longue(plan.date_accord)}, reconnaissance de la dette, n'est "
                "pas joint aux pièces",
                ou=creance.position("plan"),
            )
        ]
    return [
        constat(
            "INJ-12",
            f"l'échéancier signé le {date_longue(plan.date_accord)} court encore : le solde n'est pas "
            "exigible tant que la déchéance du terme n'a pas été notifiée",
            ou=creance.position("plan", "date_accord"),
        )
    ]
