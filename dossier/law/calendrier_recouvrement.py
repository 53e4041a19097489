"""The recovery calendar (`dossier plan`): the next step of the graduated scenario and its date.

DOMAIN.md §1 : d'abord un appel, puis la relance 1 (quelques jours après l'échéance), la relance 2,
la mise en demeure en recommandé avec un délai, enfin — sans résultat — l'injonction de payer ; un
échéancier quand le débiteur est en difficulté. The calendar reads the claim's history (letters,
exchanges, payments) as of the « as of » day and says which step comes next, from which day, and
why. It never proposes a step faster than the humane cadence (`law/cadence.yaml`, shared with
`programme` through `etapes.date_au_plus_tot`, so the date it gives is the first day `build`
drafts the letter), nor a step whose preconditions are unmet:

- nothing due yet: the reminders wait for the due date, then the cadence;
- after a mise en demeure: the injonction de payer from the day after its deadline — `delai_jours`
  calendar days after its receipt (`accuse_reception.date`), else after its date (DESIGN.md,
  Decisions « Deadlines »);
- a claim with a `plan`: the instalments are followed (next one, or those past without payment,
  which call for a written warning before any déchéance du terme, DOMAIN.md §5);
- every invoice prescribed, or collective proceedings: no step at all (the blocking findings say why).

>>> from dossier.law.exemples import exemple, facture
>>> from dossier.law.computation import calculer
>>> creance = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
...                   courriers=[{"type": "relance_1", "date": "2025-10-08"}])
>>> plan = calendrier(creance, calculer(creance, date(2025, 10, 10)), date(2025, 10, 10))
>>> plan.etape.value, plan.des_le
('relance_2', datetime.date(2025, 10, 18))
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dossier.findings import Constat
from dossier.law.calcul import Calcul
from dossier.law.etapes import SERIE, Etape, LettreAProduire, date_au_plus_tot
from dossier.model.claim import Courrier, Creance, Plan
from dossier.render.formats import date_longue, euros


class Pas(StrEnum):
    APPEL = "appel"
    RELANCE_1 = "relance_1"
    RELANCE_2 = "relance_2"
    MISE_EN_DEMEURE = "mise_en_demeure"
    INJONCTION = "injonction"
    ECHEANCE = "echeance_plan"
    AUCUNE = "aucune"


NOMS = {
    Pas.APPEL: "un appel téléphonique au débiteur",
    Pas.RELANCE_1: "la première relance",
    Pas.RELANCE_2: "la seconde relance",
    Pas.MISE_EN_DEMEURE: "la mise en demeure (lettre recommandée avec avis de réception)",
    Pas.INJONCTION: "la requête en injonction de payer",
    Pas.ECHEANCE: "l'échéance suivante du plan de paiement",
    Pas.AUCUNE: "aucune démarche",
}
COURRIERS = {
    "relance_1": "relance 1",
    "relance_2": "relance 2",
    "mise_en_demeure": "mise en demeure",
    "autre": "courrier",
}
CANAUX = {
    "telephone": "appel téléphonique",
    "email": "courriel",
    "courrier": "courrier",
    "rencontre": "rencontre",
    "sms": "SMS",
}
LETTRES = {
    Etape.RELANCE_1: "la première relance",
    Etape.RELANCE_2: "la seconde relance",
    Etape.MISE_EN_DEMEURE: "la mise en demeure",
}
ARRETS = ("PRESC-", "PROC-")  # findings after which no recovery step may be taken at all
JOURS_PAR_SEMAINE = 7  # structurel : calendrier


@dataclass(frozen=True)
class Fait:
    date: date
    quoi: str


@dataclass(frozen=True)
class Calendrier:
    jour: date
    etape: Pas
    des_le: date | None  # the first day the step may be taken; None when there is none
    raisons: tuple[str, ...]  # why this step and this date
    ensuite: tuple[str, ...] = ()  # what may follow
    historique: tuple[Fait, ...] = ()

    @property
    def nom(self) -> str:
        return NOMS[self.etape]

    @property
    def possible_aujourd_hui(self) -> bool:
        return self.des_le is not None and self.des_le <= self.jour


def historique(creance: Creance, jour: date) -> tuple[Fait, ...]:
    """What was done and received up to `jour`, in date order."""
    faits = [Fait(c.date, COURRIERS[c.type]) for c in creance.courriers if c.date <= jour]
    for e in creance.echanges:
        if e.date <= jour:
            qui = " (à l'initiative du débiteur)" if e.initiative == "debiteur" else ""
            faits.append(Fait(e.date, f"{CANAUX[e.canal]}{qui}" + (f" — {e.resume}" if e.resume else "")))
    faits += [Fait(p.date, f"paiement de {euros(p.montant)}") for p in creance.paiements if p.date <= jour]
    return tuple(sorted(faits, key=lambda f: f.date))


def calendrier(creance: Creance, calcul: Calcul, jour: date, constats: Sequence[Constat] = ()) -> Calendrier:
    """The next step as of `jour` (`calcul` is the Computation as of that day)."""
    faits = historique(creance, jour)
    arrets = [c for c in constats if c.bloquant and c.code.startswith(ARRETS)]
    if arrets:
        raisons = tuple(f"{c.message} ({c.code})" for c in arrets)
        return Calendrier(jour, Pas.AUCUNE, None, raisons, historique=faits)
    if not calcul.factures_reclamees:
        raison = f"rien ne reste dû au {date_longue(jour)} : aucune démarche de recouvrement à faire"
        return Calendrier(jour, Pas.AUCUNE, None, (raison,), historique=faits)
    if creance.plan is not None:
        return _suivre_plan(creance, creance.plan, jour, faits)
    envoyes = [
        LettreAProduire(Etape(c.type), c.date, c)
        for c in creance.courriers
        if c.date <= jour and c.type != "autre"
    ]
    derniere = max((SERIE.index(e.etape) for e in envoyes), default=-1)
    if derniere == SERIE.index(Etape.MISE_EN_DEMEURE):
        notice = max((e for e in envoyes if e.etape is Etape.MISE_EN_DEMEURE), key=lambda e: e.date)
        assert notice.envoye is not None
        return _apres_mise_en_demeure(creance, notice.envoye, jour, faits)
    exigibles = [f for f in calcul.factures_reclamees if f.echeance < jour]
    premiere = min(f.echeance for f in (exigibles or calcul.factures_reclamees))
    suivante = SERIE[derniere + 1]
    des_le = max(date_au_plus_tot(suivante, envoyes, premiere), premiere + timedelta(days=1))
    pourquoi = _pourquoi(suivante, envoyes, premiere, des_le)
    appele = any(e.canal == "telephone" and e.date <= jour for e in creance.echanges)
    if suivante is Etape.RELANCE_1 and not appele:
        appel_le = premiere + timedelta(days=1)
        return Calendrier(
            jour,
            Pas.APPEL,
            appel_le,
            (
                f"agir tôt, d'abord par téléphone (DOMAIN.md §1) : dès le lendemain de l'échéance du "
                f"{date_longue(premiere)}, aucun appel n'étant inscrit dans l'historique",
            ),
            (f"puis {NOMS[Pas.RELANCE_1]}, {pourquoi}",),
            faits,
        )
    ensuite = {
        Etape.RELANCE_1: "puis la seconde relance, si le paiement ne vient pas",
        Etape.RELANCE_2: "puis la mise en demeure, si le paiement ne vient pas",
        Etape.MISE_EN_DEMEURE: (
            "puis, le délai expiré sans paiement, la requête en injonction de payer ; ou un échéancier "
            "si le débiteur le demande"
        ),
    }[suivante]
    return Calendrier(jour, Pas(suivante.value), des_le, (pourquoi,), (ensuite,), faits)


def _pourquoi(etape: Etape, envoyes: Sequence[LettreAProduire], premiere: date, des_le: date) -> str:
    precedentes = [e for e in envoyes if SERIE.index(e.etape) == SERIE.index(etape) - 1]
    if precedentes:
        depuis = max(e.date for e in precedentes)
        apres = f"la {COURRIERS[precedentes[0].etape.value]} du {date_longue(depuis)}"
    else:
        depuis, apres = premiere, f"l'échéance du {date_longue(premiere)}"
    jours = (des_le - depuis).days
    return (
        f"{LETTRES[etape]} pourra être envoyée à partir du {date_longue(des_le)}, {jours} jours "
        f"après {apres} : une cadence raisonnable laisse au débiteur le temps de réagir "
        "(law/cadence.yaml ; C. conso. L121-6, L121-7)"
    )


def _apres_mise_en_demeure(
    creance: Creance, notice: Courrier, jour: date, faits: tuple[Fait, ...]
) -> Calendrier:
    delai = (
        notice.delai_jours if notice.delai_jours is not None else creance.options.delai_mise_en_demeure_jours
    )
    if notice.accuse_reception is not None:
        depart = notice.accuse_reception.date
        recue = f"reçue le {date_longue(depart)}"
    else:
        depart = notice.date
        recue = "sans accusé de réception enregistré (le délai court donc depuis la date de la lettre)"
    fin = depart + timedelta(days=delai)
    des_le = fin + timedelta(days=1)
    raison = (
        f"la mise en demeure du {date_longue(notice.date)}, {recue}, laissait {delai} jours pour payer : "
        f"le délai expire le {date_longue(fin)} ; la requête est possible à partir du lendemain, le "
        f"{date_longue(des_le)} (CPC 1405 à 1407)"
    )
    ensuite = (
        "avant de déposer la requête, vérifiez qu'aucun paiement n'est arrivé ; si le débiteur demande "
        "des délais, un échéancier signé peut la remplacer (C. civ. 1343-5)",
    )
    return Calendrier(jour, Pas.INJONCTION, des_le, (raison,), ensuite, faits)


def _ajouter_mois(jour: date, mois: int) -> date:
    annee, rang = divmod(jour.month - 1 + mois, 12)  # structurel : douze mois par an
    annee += jour.year
    dernier = calendar.monthrange(annee, rang + 1)[1]
    return date(annee, rang + 1, min(jour.day, dernier))


def echeances(plan: Plan, jusqua: date) -> list[date]:
    """The plan's instalment dates: all of them when their number is known, else up to `jusqua`'s next."""
    dates: list[date] = []
    while plan.nombre_echeances is None or len(dates) < plan.nombre_echeances:
        rang = len(dates)
        if plan.periodicite == "hebdomadaire":
            prochaine = plan.premiere_echeance + timedelta(days=JOURS_PAR_SEMAINE * rang)
        else:
            prochaine = _ajouter_mois(plan.premiere_echeance, rang)
        dates.append(prochaine)
        if plan.nombre_echeances is None and prochaine >= jusqua:
            break
    return dates


def _suivre_plan(creance: Creance, plan: Plan, jour: date, faits: tuple[Fait, ...]) -> Calendrier:
    dates = echeances(plan, jour)
    passees = [d for d in dates if d < jour]
    # A payment a few days early still pays its instalment: count those made since one period
    # before the first instalment.
    periode = dates[1] - dates[0] if len(dates) > 1 else timedelta(days=JOURS_PAR_SEMAINE)
    debut = dates[0] - periode
    payes = [p for p in creance.paiements if debut < p.date <= jour]
    manquent = len(passees) - len(payes)
    total = f" sur {len(dates)}" if plan.nombre_echeances is not None else ""
    a_venir = [d for d in dates if d >= jour]
    if manquent > 0:
        raison = (
            f"{manquent} échéance(s) du plan passée(s) sans paiement enregistré ({len(passees)} échue(s), "
            f"{len(payes)} paiement(s) depuis le début du plan) : avant toute déchéance du terme, "
            "adressez au débiteur un avertissement écrit lui laissant un délai raisonnable pour "
            "régulariser (DOMAIN.md §5)"
        )
        return Calendrier(jour, Pas.ECHEANCE, jour, (raison,), (), faits)
    if not a_venir:
        raison = (
            f"les {len(dates)} échéances du plan sont passées et une somme reste due : vérifiez les "
            "paiements reçus, puis écrivez au débiteur"
        )
        return Calendrier(jour, Pas.ECHEANCE, jour, (raison,), (), faits)
    prochaine = a_venir[0]
    raison = (
        f"le plan de paiement est suivi : échéance n° {dates.index(prochaine) + 1}{total} le "
        f"{date_longue(prochaine)} ({plan.moyen.replace('_', ' ')}) ; aucune relance pendant un plan respecté"
    )
    return Calendrier(jour, Pas.ECHEANCE, prochaine, (raison,), (), faits)
