"""Le suivi d'un échéancier : une échéance impayée, son rappel, puis seulement après le préavis la
déchéance du terme.

Texte
    C. civ., art. 1225, al. 2 : la clause résolutoire « est subordonnée à une mise en demeure
    infructueuse, s'il n'a pas été convenu que l'inexécution résulterait du seul fait de
    l'inexécution ». Envers un consommateur, une clause de déchéance du terme sans mise en demeure
    préalable ni préavis raisonnable est abusive (C. conso. L212-1 ; Cass. 1re civ., 22 mars 2023,
    n° 21-16.044 [S]) : la clause de nos échéanciers exige un rappel écrit et un préavis, pour
    tout débiteur (`preavis_decheance_jours`, law/plan/echeancier.yaml).

Lecture retenue
    - Les paiements du plan sont ceux datés du jour de l'accord au jour d'édition inclus ; ils
      couvrent les échéances dans l'ordre de leurs dates (acompte d'abord), cumulativement.
    - Une échéance est impayée au jour J quand sa date est antérieure à J et que les paiements
      reçus jusqu'à J ne couvrent pas le cumul des échéances jusqu'à elle. Le retard est la
      différence entre ce qui était dû avant J et ce qui a été payé.
    - Sans rappel envoyé après la date de la première échéance impayée (`courriers`, type
      `rappel_echeance`) : un rappel est rédigé, daté du jour (PLAN-05).
    - Rappel envoyé : le préavis court jusqu'au jour de sa réception (`accuse_reception`), ou de
      sa date, plus le délai ; tant qu'il court, rien n'est rédigé (PLAN-06) ; ensuite, si le
      retard persiste, la notification de la déchéance du terme est rédigée (PLAN-07). Compté de
      la date du rappel faute d'accusé de réception, il avertit (PLAN-10), comme pour le délai de
      la mise en demeure (MED-02) : l'article 4 de l'échéancier dit « à compter de la réception ».
    - Déchéance notifiée (`decheance_du_terme`) : plus rien n'est rédigé (PLAN-08).
    - Solde exigible après déchéance : les échéances échues (capital et intérêts) et le capital
      des échéances à venir (sans leurs intérêts futurs), moins les paiements du plan.
    - Chaque courrier inscrit est reproduit, avec les montants de sa date ; celui qui ne pouvait
      rien réclamer à sa date (aucune échéance en retard) ne l'est pas (ETAPE-06, la règle des
      courriers de la série, law/procedure/etapes.py).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from dossier.findings import Constat, constat
from dossier.francais import date_longue, euros
from dossier.law.money import ZERO, somme
from dossier.law.plan.echeancier import Echeance, Echeancier, limites
from dossier.model.claim import Courrier, Creance

CODES = ("PLAN-05", "PLAN-06", "PLAN-07", "PLAN-08", "PLAN-10")
# The déchéance's rules: C. civ. 1225 for every debtor; toward a consumer, C. conso. L212-1 too
# (a clause without notice or reasonable delay is unfair) — cited only when the debtor is one.
ARTICLE_CONSOMMATEUR = "C. civ. 1225 ; C. conso. L212-1"


def _article(creance: Creance) -> str | None:
    return ARTICLE_CONSOMMATEUR if creance.debiteur.est_consommateur else None


def articles_de_la_decheance(creance: Creance) -> str:
    """What a text about the reminder and its notice cites: C. conso. L212-1 only toward a consumer."""
    return _article(creance) or "C. civ. 1225"


RAPPEL, DECHEANCE = "rappel_echeance", "decheance_du_terme"


@dataclass(frozen=True)
class EtatPlan:
    """Where the plan stands on `jour`."""

    jour: date
    du: tuple[Echeance, ...]  # the payments that fell due before `jour`
    paye: tuple[tuple[date, Decimal], ...]  # (date, amount) of the plan's payments up to `jour`
    total_paye: Decimal
    retard: Decimal  # what fell due before `jour` and is not paid
    impayee: Echeance | None  # the first payment not covered, when there is a delay
    exigible_apres_decheance: Decimal  # what a déchéance on `jour` would make due


@dataclass(frozen=True)
class CourrierPlan:
    """A reminder of a missed instalment or a déchéance notice: a copy of one sent, or a draft."""

    type: str  # RAPPEL or DECHEANCE
    date: datetime.date  # `datetime.date`: the field named `date` shadows the type in this class
    envoye: Courrier | None
    etat: EtatPlan  # as of its date
    fin_preavis: datetime.date | None = None  # a reminder's: the last day the debtor has to catch up


@dataclass(frozen=True)
class SuiviPlan:
    courriers: tuple[CourrierPlan, ...]
    constats: tuple[Constat, ...]
    etat: EtatPlan


def etat_au(creance: Creance, echeancier: Echeancier, jour: date) -> EtatPlan:
    paiements = tuple(
        (p.date, p.montant) for p in creance.paiements if echeancier.date_accord <= p.date <= jour
    )
    total_paye = somme(m for _, m in paiements)
    dues = tuple(e for e in echeancier.paiements if e.date < jour)
    retard = max(somme(e.montant for e in dues) - total_paye, ZERO)
    impayee = None
    if retard > 0:
        cumul = ZERO
        for echeance in dues:
            cumul += echeance.montant
            if cumul > total_paye:
                impayee = echeance
                break
    a_venir = somme(e.capital for e in echeancier.paiements if e.date >= jour)
    exigible = max(somme(e.montant for e in dues) + a_venir - total_paye, ZERO)
    return EtatPlan(jour, dues, paiements, total_paye, retard, impayee, exigible)


def fin_du_preavis(rappel: Courrier) -> date:
    """The last day the reminder leaves: from its receipt when known, else from its date."""
    depart = rappel.accuse_reception.date if rappel.accuse_reception else rappel.date
    return depart + timedelta(days=limites().preavis_decheance_jours)


def suivre(creance: Creance, echeancier: Echeancier, jour: date) -> SuiviPlan:
    """The plan's letters as of `jour`: copies of those sent, then the next one if it is due."""
    envoyes = [
        (i, c) for i, c in enumerate(creance.courriers) if c.type in (RAPPEL, DECHEANCE) and c.date <= jour
    ]
    courriers: list[CourrierPlan] = []
    constats: list[Constat] = []
    for i, courrier in sorted(envoyes, key=lambda ic: (ic[1].date, ic[0])):
        etat = etat_au(creance, echeancier, courrier.date)
        if etat.impayee is None:  # nothing was late on its day: it cannot be reproduced as it was
            constats.append(
                constat(
                    "ETAPE-06",
                    f"le courrier « {courrier.type} » du {date_longue(courrier.date)} ne pouvait rien "
                    "réclamer à sa date "
                    "(aucune échéance du plan n'était en retard) : il n'est pas reproduit",
                    ou=creance.position("courriers", i, "date"),
                )
            )
            continue
        fin = fin_du_preavis(courrier) if courrier.type == RAPPEL else None
        courriers.append(CourrierPlan(courrier.type, courrier.date, courrier, etat, fin))
    etat = etat_au(creance, echeancier, jour)
    decheances = [c for c in courriers if c.type == DECHEANCE]
    if decheances:
        constats.append(
            constat(
                "PLAN-08",
                f"la déchéance du terme a été notifiée le {date_longue(decheances[-1].date)} : le solde "
                "du plan est "
                "exigible ; aucun rappel n'est plus rédigé",
            )
        )
        return SuiviPlan(tuple(courriers), tuple(constats), etat)
    impayee = etat.impayee
    if impayee is None:
        return SuiviPlan(tuple(courriers), tuple(constats), etat)
    quoi = f"{_nom(impayee, echeancier)} du {date_longue(impayee.date)}"
    retard = euros(etat.retard)
    rappels = [c for c in courriers if c.type == RAPPEL and c.date > impayee.date]
    if not rappels:
        constats.append(
            constat(
                "PLAN-05",
                f"{quoi} n'est pas réglée en entier (retard : {retard}) : un rappel courtois est rédigé",
                # where the payments are written, or the plan when none is recorded yet
                ou=creance.position("paiements" if creance.paiements else "plan"),
                article=_article(creance),
            )
        )
        preavis = timedelta(days=limites().preavis_decheance_jours)
        brouillon = CourrierPlan(RAPPEL, jour, None, etat, jour + preavis)
        return SuiviPlan((*courriers, brouillon), tuple(constats), etat)
    rappel = rappels[-1]
    fin = rappel.fin_preavis
    assert fin is not None and rappel.envoye is not None
    if rappel.envoye.accuse_reception is None:
        rang = next(i for i, c in enumerate(creance.courriers) if c is rappel.envoye)
        constats.append(
            constat(
                "PLAN-10",
                f"le rappel du {date_longue(rappel.date)} n'a pas d'accusé de réception inscrit : le "
                f"préavis de {limites().preavis_decheance_jours} jours est compté de sa date (jusqu'au "
                f"{date_longue(fin)}), alors que l'article 4 de l'échéancier le fait courir de sa réception",
                ou=creance.position("courriers", rang),
            )
        )
    if jour <= fin:
        constats.append(
            constat(
                "PLAN-06",
                f"{quoi} reste impayée (retard : {retard}) ; le rappel du {date_longue(rappel.date)} "
                f"laisse jusqu'au {date_longue(fin)} : la déchéance du terme pourra être notifiée à "
                f"partir du {date_longue(fin + timedelta(days=1))} si le retard persiste",
                article=_article(creance),
            )
        )
        return SuiviPlan(tuple(courriers), tuple(constats), etat)
    constats.append(
        constat(
            "PLAN-07",
            f"{quoi} reste impayée après le préavis du rappel du {date_longue(rappel.date)} (échu le "
            f"{date_longue(fin)}) : la notification de la déchéance du terme est rédigée ; solde "
            f"exigible {euros(etat.exigible_apres_decheance)}",
            article=_article(creance),
        )
    )
    return SuiviPlan((*courriers, CourrierPlan(DECHEANCE, jour, None, etat)), tuple(constats), etat)


def _nom(echeance: Echeance, echeancier: Echeancier) -> str:
    if echeance.numero == 0:
        return "l'acompte"
    return f"l'échéance n° {echeance.numero}/{echeancier.nombre}"
