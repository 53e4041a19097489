"""The recovery calendar (`dossier plan`): the next step of the graduated scenario and its date.

DOMAIN.md §1 : d'abord un appel, puis la relance 1 (quelques jours après l'échéance), la relance 2,
la mise en demeure en recommandé avec un délai, enfin — sans résultat — l'injonction de payer ; un
échéancier quand le débiteur est en difficulté. The calendar reads the claim's history (letters,
exchanges, payments) as of the « as of » day and says which step comes next, from which day, and
why. It never proposes a step faster than the humane cadence (`law/procedure/cadence.yaml`, shared with
`programme` through `etapes.date_au_plus_tot`, so the date it gives is the first day `build`
drafts the letter), nor a step whose preconditions are unmet:

- nothing due yet: the reminders wait for the due date, then the cadence;
- after a mise en demeure: the injonction de payer from the day after its deadline — `delai_jours`
  calendar days after its receipt (`accuse_reception.date`), else after its date (DESIGN.md,
  Decisions « Deadlines »);
- a claim with a `plan`: the schedule and its follow-up are those `build` uses (`Analyse.echeancier`,
  `Analyse.suivi`: law/plan/echeancier.py, law/plan/suivi.py), one truth for dates and amounts — the next
  instalment while the plan is kept; a missed one: the courteous reminder `build` drafts, then its
  notice period, then only the déchéance du terme (DOMAIN.md §5); after the déchéance, the whole
  balance is due: the mise en demeure, then the injonction de payer, each after the previous delay;
  the notification's own delay is the one its letter states (`options.delai_mise_en_demeure_jours`
  from its receipt, else its date); a mise en demeure already recorded — even before the plan — is
  the one the requête relies on (law/rules/injonction_mise_en_demeure.py: the last one sent), so
  the requête comes next; both are drafted on request (`build --jusqua`: PLAN-04 while a plan exists);
- every invoice prescribed, or collective proceedings: no step at all (the blocking findings say why);
- the requête is proposed only when its preconditions hold (law/rules: `verifier_injonction`: the
  contract's pièce, the mise en demeure, the amount, prescription): otherwise the calendar says what
  is missing and gives no date — `check --jusqua injonction` would refuse it the same way;
- a call or a letter is never proposed on a day it would make too many contacts in too few days:
  the earliest date is the later of the cadence's and the first day the contact-frequency check
  (TON-08, tone/sollicitations.py) would stay silent.

>>> from dossier.law.exemples import exemple, facture
>>> from dossier.law.montants.computation import calculer
>>> creance = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
...                   courriers=[{"type": "relance_1", "date": "2025-10-08"}])
>>> plan = calendrier(creance, calculer(creance, date(2025, 10, 10)), date(2025, 10, 10))
>>> plan.etape.value, plan.des_le
('relance_2', datetime.date(2025, 10, 18))
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from dossier.findings import Constat
from dossier.francais import date_longue, euros
from dossier.law.calcul import Calcul
from dossier.law.calendrier import lendemain
from dossier.law.money import ZERO
from dossier.law.plan.echeancier import Echeance, Echeancier, limites
from dossier.law.plan.suivi import DECHEANCE, RAPPEL, CourrierPlan, EtatPlan, SuiviPlan, etat_au
from dossier.law.procedure.etapes import SERIE, Etape, LettreAProduire, date_au_plus_tot
from dossier.law.rules import verifier_injonction
from dossier.law.rules.injonction_mise_en_demeure import derniere_mise_en_demeure, fin_du_delai
from dossier.lettres.suivi import nom_fichier
from dossier.model.claim import Courrier, Creance
from dossier.tone.sollicitations import premier_jour_sans_rafale


class Pas(StrEnum):
    APPEL = "appel"
    RELANCE_1 = "relance_1"
    RELANCE_2 = "relance_2"
    MISE_EN_DEMEURE = "mise_en_demeure"
    INJONCTION = "injonction"
    ECHEANCE = "echeance_plan"
    RAPPEL_ECHEANCE = "rappel_echeance"
    DECHEANCE = "decheance_du_terme"
    AUCUNE = "aucune"


NOMS = {
    Pas.APPEL: "un appel téléphonique au débiteur",
    Pas.RELANCE_1: "la première relance",
    Pas.RELANCE_2: "la seconde relance",
    Pas.MISE_EN_DEMEURE: "la mise en demeure (lettre recommandée avec avis de réception)",
    Pas.INJONCTION: "la requête en injonction de payer",
    Pas.ECHEANCE: "l'échéance suivante du plan de paiement",
    Pas.RAPPEL_ECHEANCE: "le rappel courtois de l'échéance impayée",
    Pas.DECHEANCE: "la notification de la déchéance du terme (lettre recommandée avec avis de réception)",
    Pas.AUCUNE: "aucune démarche",
}
COURRIERS = {
    "relance_1": "relance 1",
    "relance_2": "relance 2",
    "mise_en_demeure": "mise en demeure",
    "rappel_echeance": "rappel d'une échéance impayée",
    "decheance_du_terme": "notification de la déchéance du terme",
    "autre": "courrier",
}
MOYENS = {"prelevement_sepa": "par prélèvement SEPA", "virement": "par virement", "cheques": "par chèque"}
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


@dataclass(frozen=True)
class Fait:
    date: date
    quoi: str


@dataclass(frozen=True)
class SituationPlan:
    """Where the plan stands on the day, read from the schedule and follow-up `build` uses."""

    nombre: int  # instalments, the down payment not counted
    acompte: Decimal | None  # the down payment, due the day of the agreement
    total: Decimal  # what the plan's payments add up to, down payment included
    moyen: str
    total_paye: Decimal  # the plan's payments up to the day
    retard: Decimal  # what fell due before the day and is not paid
    impayee: Echeance | None  # the first payment not covered, when late
    prochaine: Echeance | None  # the next payment due from the day on and not yet covered
    a_regler: Decimal | None  # what is left to pay of it (less when part of it was paid ahead)
    fin_preavis: date | None = None  # the last day the reminder leaves (sent, or drafted today)
    exigible: Decimal | None = None  # the balance the déchéance makes (or would make) due
    decheance: date | None = None  # the day the déchéance du terme was notified (recorded in `courriers`)
    document: str | None = None  # the plan's letter `build` drafts that day (file name, no extension)


@dataclass(frozen=True)
class Calendrier:
    jour: date
    etape: Pas
    des_le: date | None  # the first day the step may be taken; None when there is none
    raisons: tuple[str, ...]  # why this step and this date
    ensuite: tuple[str, ...] = ()  # what may follow
    historique: tuple[Fait, ...] = ()
    plan: SituationPlan | None = None  # a claim with a `plan`: where it stands

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


def calendrier(
    creance: Creance,
    calcul: Calcul,
    jour: date,
    constats: Sequence[Constat] = (),
    echeancier: Echeancier | None = None,
    suivi: SuiviPlan | None = None,
) -> Calendrier:
    """The next step as of `jour` (`calcul` is the Computation as of that day); a claim with a plan
    needs its schedule and follow-up as of that day (`Analyse.echeancier`, `Analyse.suivi`)."""
    faits = historique(creance, jour)
    arrets = [c for c in constats if c.bloquant and c.code.startswith(ARRETS)]
    if arrets:
        raisons = tuple(f"{c.message} ({c.code})" for c in arrets)
        return Calendrier(jour, Pas.AUCUNE, None, raisons, historique=faits)
    if not calcul.factures_reclamees:
        raison = f"rien ne reste dû au {date_longue(jour)} : aucune démarche de recouvrement à faire"
        return Calendrier(jour, Pas.AUCUNE, None, (raison,), historique=faits)
    if creance.plan is not None:
        if echeancier is None:
            raise ValueError("calendrier d'un dossier avec plan : l'échéancier (Analyse.echeancier) manque")
        return _preconditions(creance, calcul, _suivre_plan(creance, calcul, echeancier, suivi, jour, faits))
    return _preconditions(creance, calcul, _cadence(creance, calcul, jour, faits))


def _preconditions(creance: Creance, calcul: Calcul, prevu: Calendrier) -> Calendrier:
    """The requête only when its preconditions hold: otherwise what is missing, and no date."""
    if prevu.etape is not Pas.INJONCTION:
        return prevu
    manques = [c for c in verifier_injonction(creance, calcul) if c.bloquant]
    if not manques:
        return prevu
    raisons = tuple(
        f"la requête ne peut pas être déposée en l'état : {c.message} ({c.code}) — {c.que_faire.rstrip('.')}"
        for c in manques
    )
    return replace(prevu, des_le=None, raisons=(*raisons, *prevu.raisons))


def _sans_rafale(creance: Creance, jour: date, des_le: date) -> tuple[date, str | None]:
    """The cadence's date pushed past any burst of contacts (TON-08), and why when it is."""
    apres = premier_jour_sans_rafale(creance, max(jour, des_le))
    if apres <= max(jour, des_le):
        return des_le, None
    return apres, (
        f"pas avant le {date_longue(apres)} : une prise de contact de plus avant ce jour dépasserait les "
        "seuils de sollicitations (dossier/tone/sollicitations.yaml ; C. conso. L121-7 3°, TON-08)"
    )


def _cadence(creance: Creance, calcul: Calcul, jour: date, faits: tuple[Fait, ...]) -> Calendrier:
    """The graduated scenario without a plan: call, reminders, mise en demeure, requête."""
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
        appel_le, rafale = _sans_rafale(creance, jour, premiere + timedelta(days=1))
        return Calendrier(
            jour,
            Pas.APPEL,
            appel_le,
            (
                f"agir tôt, d'abord par téléphone (DOMAIN.md §1) : dès le lendemain de l'échéance du "
                f"{date_longue(premiere)}, aucun appel n'étant inscrit dans l'historique",
                *((rafale,) if rafale else ()),
            ),
            (f"puis {NOMS[Pas.RELANCE_1]}, {pourquoi}",),
            faits,
        )
    des_le, rafale = _sans_rafale(creance, jour, des_le)
    ensuite = {
        Etape.RELANCE_1: "puis la seconde relance, si le paiement ne vient pas",
        Etape.RELANCE_2: "puis la mise en demeure, si le paiement ne vient pas",
        Etape.MISE_EN_DEMEURE: (
            "puis, le délai expiré sans paiement, la requête en injonction de payer ; ou un échéancier "
            "si le débiteur le demande"
        ),
    }[suivante]
    raisons = (pourquoi, rafale) if rafale else (pourquoi,)
    return Calendrier(jour, Pas(suivante.value), des_le, raisons, (ensuite,), faits)


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
        "(law/procedure/cadence.yaml ; C. conso. L121-6, L121-7)"
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


def _suivre_plan(
    creance: Creance,
    calcul: Calcul,
    echeancier: Echeancier,
    suivi: SuiviPlan | None,
    jour: date,
    faits: tuple[Fait, ...],
) -> Calendrier:
    """The plan as `build` follows it (law/plan/suivi.py): its schedule, the reminder of a missed
    instalment, its notice period, the déchéance du terme, then the judicial path."""
    refus = [c for c in echeancier.constats if c.bloquant]
    if refus or suivi is None:
        raisons = tuple(
            f"l'échéancier ne peut pas être établi : {c.message} ({c.code})"
            for c in refus or echeancier.constats
        )
        return Calendrier(
            jour, Pas.AUCUNE, None, raisons or ("l'échéancier ne compte aucune échéance",), historique=faits
        )
    assert creance.plan is not None
    etat = suivi.etat
    prochaine, a_regler = _prochaine(echeancier, etat)
    situation = SituationPlan(
        echeancier.nombre,
        echeancier.acompte.montant if echeancier.acompte else None,
        echeancier.total_a_payer,
        creance.plan.moyen,
        etat.total_paye,
        etat.retard,
        etat.impayee,
        prochaine,
        a_regler,
    )
    envoyes = [c for c in suivi.courriers if c.envoye is not None]
    brouillon = next((c for c in suivi.courriers if c.envoye is None), None)
    decheances = [c for c in envoyes if c.type == DECHEANCE]
    if decheances:
        return _apres_decheance(creance, calcul, echeancier, decheances[-1], situation, jour, faits)
    impayee = etat.impayee
    if impayee is None:
        return _plan_respecte(creance, echeancier, situation, jour, faits)
    if brouillon is not None and brouillon.type == RAPPEL:
        return _rappel_a_envoyer(creance, echeancier, suivi, brouillon, situation, jour, faits)
    # `suivre` drafts a reminder unless one was sent after the unpaid instalment's date
    rappel = [c for c in envoyes if c.type == RAPPEL and c.date > impayee.date][-1]
    return _preavis_puis_decheance(creance, echeancier, suivi, rappel, brouillon, situation, jour, faits)


def _prochaine(echeancier: Echeancier, etat: EtatPlan) -> tuple[Echeance | None, Decimal | None]:
    """The next payment due from `etat.jour` on that the payments do not cover yet (they cover the
    payments in date order, as in `etat_au`), and what is left to pay of it."""
    cumul = ZERO
    for echeance in echeancier.paiements:
        cumul += echeance.montant
        if echeance.date >= etat.jour and cumul > etat.total_paye:
            return echeance, min(echeance.montant, cumul - etat.total_paye)
    return None, None


def _nom_echeance(echeance: Echeance, nombre: int) -> str:
    return "l'acompte" if echeance.numero == 0 else f"l'échéance n° {echeance.numero} sur {nombre}"


def _annonce(situation: SituationPlan) -> str:
    """« échéance n° 5 sur 5 le 10 juin 2026, 1 215,46 € par virement »."""
    prochaine, a_regler = situation.prochaine, situation.a_regler
    assert prochaine is not None and a_regler is not None
    quoi = "acompte" if prochaine.numero == 0 else f"échéance n° {prochaine.numero} sur {situation.nombre}"
    texte = f"{quoi} le {date_longue(prochaine.date)}, {euros(a_regler)} {MOYENS[situation.moyen]}"
    if a_regler < prochaine.montant:
        texte += (
            f" (sur {euros(prochaine.montant)} : {euros(prochaine.montant - a_regler)} déjà réglés d'avance)"
        )
    if prochaine.reportee:
        texte += f" (prévue le {date_longue(prochaine.date_prevue)}, reportée au premier jour ouvré)"
    return texte


def _plan_respecte(
    creance: Creance, echeancier: Echeancier, situation: SituationPlan, jour: date, faits: tuple[Fait, ...]
) -> Calendrier:
    if situation.prochaine is None:
        raison = (
            f"les {situation.nombre} échéances du plan ({euros(echeancier.total_a_payer)}) sont réglées : "
            "rien ne reste dû au titre de l'échéancier"
        )
        return Calendrier(jour, Pas.AUCUNE, None, (raison,), historique=faits, plan=situation)
    raisons: tuple[str, ...] = (
        f"le plan de paiement est respecté : {_annonce(situation)} ; aucune relance pendant un plan respecté",
    )
    if creance.plan is not None and creance.plan.date_accord is None:
        raisons = (
            "l'échéancier n'a pas encore de date d'accord (plan.date_accord) : dossier build le rédige pour "
            f"signature ; ses échéances sont celles d'un accord conclu le {date_longue(jour)}",
            *raisons,
        )
    preavis = limites().preavis_decheance_jours
    ensuite = (
        "si une échéance n'est pas réglée : un rappel courtois dès le lendemain de sa date (dossier build "
        f"le rédige), puis, si le retard persiste {preavis} jours après sa réception, la notification de la "
        "déchéance du terme",
    )
    return Calendrier(jour, Pas.ECHEANCE, situation.prochaine.date, raisons, ensuite, faits, situation)


def _suivantes(situation: SituationPlan) -> tuple[str, ...]:
    if situation.prochaine is None:
        return ()
    return (f"les échéances suivantes restent dues à leurs dates : {_annonce(situation)}",)


def _rappel_a_envoyer(
    creance: Creance,
    echeancier: Echeancier,
    suivi: SuiviPlan,
    brouillon: CourrierPlan,
    situation: SituationPlan,
    jour: date,
    faits: tuple[Fait, ...],
) -> Calendrier:
    """A missed instalment and no reminder sent since: `build` drafts it today."""
    impayee = situation.impayee
    fin = brouillon.fin_preavis
    assert impayee is not None and fin is not None
    fichier = _fichier(suivi, brouillon)
    preavis = limites().preavis_decheance_jours
    exigible = etat_au(creance, echeancier, lendemain(fin)).exigible_apres_decheance
    raison = (
        f"{_nom_echeance(impayee, situation.nombre)} du {date_longue(impayee.date)} "
        f"({euros(impayee.montant)}) n'est pas réglée en entier : le retard s'élève à "
        f"{euros(situation.retard)} "
        f"au {date_longue(jour)} ; un rappel courtois de l'échéance impayée est à envoyer dès maintenant — "
        f"dossier build le rédige ({fichier}.pdf) — qui laisse {preavis} jours au débiteur pour régulariser "
        "(C. civ. 1225 ; C. conso. L212-1)"
    )
    ensuite = (
        "une fois le rappel envoyé, inscrivez-le dans « courriers » (type: rappel_echeance, avec sa date et, "
        f"s'il y en a un, son accusé de réception) : le préavis court {preavis} jours à compter de sa "
        f"réception (de sa date, faute d'accusé de réception), soit au plus tôt jusqu'au {date_longue(fin)}",
        "si le retard persiste au terme du préavis, la notification de la déchéance du terme pourra être "
        f"envoyée le lendemain, au plus tôt le {date_longue(lendemain(fin))} : le solde du plan deviendrait "
        f"exigible, soit {euros(exigible)} ce jour-là sans nouveau paiement",
        *_suivantes(situation),
    )
    situation = replace(situation, fin_preavis=fin, exigible=exigible, document=fichier)
    des_le = lendemain(impayee.date)
    return Calendrier(jour, Pas.RAPPEL_ECHEANCE, des_le, (raison,), ensuite, faits, situation)


def _preavis_puis_decheance(
    creance: Creance,
    echeancier: Echeancier,
    suivi: SuiviPlan,
    rappel: CourrierPlan,
    brouillon: CourrierPlan | None,
    situation: SituationPlan,
    jour: date,
    faits: tuple[Fait, ...],
) -> Calendrier:
    """A reminder sent: nothing during its notice period; then, still late, the déchéance du terme."""
    impayee, fin, envoye = situation.impayee, rappel.fin_preavis, rappel.envoye
    assert impayee is not None and fin is not None and envoye is not None
    des_le = lendemain(fin)
    recu = (
        f", reçu le {date_longue(envoye.accuse_reception.date)},"
        if envoye.accuse_reception
        else " (sans accusé de réception enregistré : le préavis court depuis sa date)"
    )
    retard = (
        f"{_nom_echeance(impayee, situation.nombre)} du {date_longue(impayee.date)} "
        f"({euros(impayee.montant)}) n'est pas réglée en entier : le retard s'élève à "
        f"{euros(situation.retard)} "
        f"au {date_longue(jour)}"
    )
    if brouillon is None:  # the notice period runs
        exigible = etat_au(creance, echeancier, des_le).exigible_apres_decheance
        raison = (
            f"{retard} ; le rappel du {date_longue(rappel.date)}{recu} laisse au débiteur jusqu'au "
            f"{date_longue(fin)} pour régulariser : rien n'est à envoyer pendant ce préavis"
        )
        ensuite = (
            "si le retard persiste, la notification de la déchéance du terme (lettre recommandée avec "
            f"avis de réception) pourra être envoyée à partir du {date_longue(des_le)} — dossier build la "
            f"rédigera ce jour-là : le solde du plan deviendrait exigible, soit {euros(exigible)} sans "
            "nouveau paiement d'ici là ; un paiement du retard avant cette date maintient le plan",
            *_suivantes(situation),
        )
        situation = replace(situation, fin_preavis=fin, exigible=exigible)
        return Calendrier(jour, Pas.DECHEANCE, des_le, (raison,), ensuite, faits, situation)
    exigible = brouillon.etat.exigible_apres_decheance
    fichier = _fichier(suivi, brouillon)
    raison = (
        f"{retard} ; le préavis ouvert par le rappel du {date_longue(rappel.date)}{recu} a pris fin le "
        f"{date_longue(fin)} : la déchéance du terme peut être notifiée depuis le {date_longue(des_le)}, par "
        f"lettre recommandée avec avis de réception — dossier build la rédige ({fichier}.pdf) — et rend "
        f"exigible tout le solde du plan, soit {euros(exigible)} (clause de déchéance de l'échéancier ; "
        "C. civ. 1225)"
    )
    delai = creance.options.delai_mise_en_demeure_jours
    apres = (
        "la requête en injonction de payer"
        if derniere_mise_en_demeure(creance, jour) is not None
        else "la mise en demeure, puis la requête en injonction de payer"
    )
    ensuite = (
        "avant de l'envoyer, vérifiez qu'aucun paiement n'est arrivé ; une fois envoyée, inscrivez-la dans "
        "« courriers » (type: decheance_du_terme, envoi: lrar, avec son numéro et son accusé de réception)",
        f"elle laisse {delai} jours pour payer à compter de sa réception ; ensuite, sans paiement, {apres}",
    )
    situation = replace(situation, fin_preavis=fin, exigible=exigible, document=fichier)
    return Calendrier(jour, Pas.DECHEANCE, des_le, (raison,), ensuite, faits, situation)


def _apres_decheance(
    creance: Creance,
    calcul: Calcul,
    echeancier: Echeancier,
    notification: CourrierPlan,
    situation: SituationPlan,
    jour: date,
    faits: tuple[Fait, ...],
) -> Calendrier:
    """The balance is due: after the delay the notice gave (as its letter says: `options.
    delai_mise_en_demeure_jours` from its receipt), the mise en demeure, then the requête —
    asked for with --jusqua, `build` drafting nothing of its own while the claim has a plan."""
    envoye = notification.envoye
    assert envoye is not None
    exigible = notification.etat.exigible_apres_decheance
    recu_depuis = situation.total_paye - notification.etat.total_paye
    reste = max(exigible - recu_depuis, ZERO)
    # no instalment any more: the whole balance is due
    situation = replace(situation, prochaine=None, a_regler=None, exigible=exigible, decheance=envoye.date)
    debut = f"la déchéance du terme notifiée le {date_longue(notification.date)}"
    if reste == 0:
        raison = (
            f"{debut} a rendu exigible {euros(exigible)}, réglés depuis : rien ne reste dû au titre du plan"
        )
        return Calendrier(jour, Pas.AUCUNE, None, (raison,), historique=faits, plan=situation)
    delai = creance.options.delai_mise_en_demeure_jours
    if envoye.accuse_reception is not None:
        depart, recue = envoye.accuse_reception.date, f"reçue le {date_longue(envoye.accuse_reception.date)}"
    else:
        depart, recue = envoye.date, "sans accusé de réception enregistré (le délai court depuis sa date)"
    fin = depart + timedelta(days=delai)
    recus = f" ; {euros(recu_depuis)} reçus depuis, reste {euros(reste)}" if recu_depuis > 0 else ""
    raisons = [
        f"{debut}, {recue}, a rendu exigible tout le solde du plan, {euros(exigible)}{recus} ; elle laisse "
        f"{delai} jours pour payer, jusqu'au {date_longue(fin)}"
    ]
    pieces = (
        "l'échéancier signé, qui vaut reconnaissance de dette (C. civ. 1376), et la notification de la "
        "déchéance du terme appuient la requête"
    )
    rang = derniere_mise_en_demeure(creance, jour)
    if rang is None:
        envoyes = [
            LettreAProduire(Etape(c.type), c.date, c)
            for c in creance.courriers
            if c.date <= jour and c.type in SERIE
        ]
        premiere = min(f.echeance for f in calcul.factures_reclamees)
        des_le = max(lendemain(fin), date_au_plus_tot(Etape.MISE_EN_DEMEURE, envoyes, premiere))
        raisons.append(
            "la mise en demeure (lettre recommandée avec avis de réception) pourra être envoyée à partir "
            f"du {date_longue(des_le)}, une fois ce délai expiré : le dossier comptant un échéancier, "
            "dossier build ne la rédige que sur demande — dossier build --jusqua mise_en_demeure "
            "(DOMAIN.md §1)"
        )
        ensuite = (
            "puis, son délai expiré sans paiement, la requête en injonction de payer (dossier build --jusqua "
            f"injonction ; CPC 1405 à 1407) : {pieces}",
            "un nouvel accord reste possible si le débiteur le demande",
        )
        return Calendrier(jour, Pas.MISE_EN_DEMEURE, des_le, tuple(raisons), ensuite, faits, situation)
    notice = creance.courriers[rang]
    fin_notice, _ = fin_du_delai(notice, creance.options.delai_mise_en_demeure_jours)
    des_le = max(lendemain(fin), lendemain(fin_notice))
    anterieure = " (antérieure à l'échéancier)" if notice.date < echeancier.date_accord else ""
    raisons.append(
        f"la dernière mise en demeure, du {date_longue(notice.date)}{anterieure}, laisse payer jusqu'au "
        f"{date_longue(fin_notice)} ; la requête en injonction de payer est donc possible à partir du "
        f"{date_longue(des_le)}, les deux délais expirés — le dossier comptant un échéancier, dossier "
        "build ne la rédige que sur demande : dossier build --jusqua injonction (CPC 1405 à 1407)"
    )
    ensuite = (
        f"avant de déposer la requête, vérifiez qu'aucun paiement n'est arrivé ; {pieces}",
        "un nouvel accord reste possible si le débiteur le demande",
    )
    return Calendrier(jour, Pas.INJONCTION, des_le, tuple(raisons), ensuite, faits, situation)


def _fichier(suivi: SuiviPlan, courrier: CourrierPlan) -> str:
    """The name `build` gives the letter (pipeline: a name used twice gets the letter's date)."""
    noms = [nom_fichier(c) for c in suivi.courriers]
    nom = nom_fichier(courrier)
    return f"{nom}-{courrier.date.isoformat()}" if noms.count(nom) > 1 else nom
