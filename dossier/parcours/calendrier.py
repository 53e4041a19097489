"""The recovery calendar (`dossier plan`): the next step of the graduated scenario and its date.

docs/droit.md §1 : d'abord un appel, puis la relance 1 (quelques jours après l'échéance), la relance 2,
la mise en demeure en recommandé avec un délai, enfin — sans résultat — l'injonction de payer ; un
échéancier quand le débiteur est en difficulté. The calendar reads the claim's history (letters,
exchanges, payments) as of the « as of » day and says which step comes next, from which day, and
why. It never proposes a step faster than the humane cadence (`law/procedure/cadence.yaml`, shared with
`programme` through `etapes.date_au_plus_tot`, so the date it gives is the first day `build`
drafts the letter), nor a step whose preconditions are unmet:

- nothing due yet: the reminders wait for the due date, then the cadence;
- after a mise en demeure: the injonction de payer from the day after its deadline — `delai_jours`
  calendar days after its receipt (`accuse_reception.date`), else after its date (docs/decisions.md
  « Deadlines »);
- a claim with a `plan`: the schedule and its follow-up are those `build` uses (`Analyse.echeancier`,
  `Analyse.suivi`: law/plan/echeancier.py, law/plan/suivi.py), one truth for dates and amounts — the next
  instalment while the plan is kept; a missed one: the courteous reminder `build` drafts, then its
  notice period, then only the déchéance du terme (docs/droit.md §5); after the déchéance, the whole
  balance is due: the mise en demeure, then the injonction de payer, each after the previous delay;
  the notification's own delay is the one its letter states (`options.delai_mise_en_demeure_jours`
  from its receipt, else its date); a mise en demeure already recorded — even before the plan — is
  the one the requête relies on (law/rules/injonction_mise_en_demeure.py: the last one sent), so
  the requête comes next; both are drafted on request (`build --jusqua`: PLAN-04 while a plan exists);
- every invoice prescribed, or collective proceedings: no step at all (the blocking findings say why);
- the requête is proposed only when its preconditions hold (law/rules: `verifier_injonction`: the
  contract's pièce, the mise en demeure, the amount, prescription): otherwise the calendar says what
  is missing and gives no date — `check --jusqua injonction` would refuse it the same way; when the
  prescription is too close for the order to be served in time (INJ-16, a practice threshold), the
  step is an assignation or a signed acknowledgement of debt, from today, before the last day;
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
from dataclasses import replace
from datetime import date

from dossier.findings import Constat
from dossier.francais import date_longue, euros
from dossier.law.calcul import Calcul
from dossier.law.plan.echeancier import Echeancier
from dossier.law.plan.suivi import SuiviPlan
from dossier.law.rules import injonction_seuil_prescription, verifier_injonction
from dossier.model.claim import Creance
from dossier.parcours.cadence import cadence
from dossier.parcours.pas import Calendrier, Fait
from dossier.parcours.plan import suivre_plan
from dossier.vocabulaire import CANAUX, COURRIERS, Etape

ARRETS = ("PRESC-", "PROC-")  # findings after which no recovery step may be taken at all


def historique(creance: Creance, jour: date) -> tuple[Fait, ...]:
    """What was done and received up to `jour`, in date order."""
    faits = [Fait(c.date, COURRIERS[c.type].nom) for c in creance.courriers if c.date <= jour]
    for e in creance.echanges:
        if e.date <= jour:
            qui = " (à l'initiative du débiteur)" if e.initiative == "debiteur" else ""
            faits.append(Fait(e.date, f"{CANAUX[e.canal].nom}{qui}" + (f" — {e.resume}" if e.resume else "")))
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
        return Calendrier(jour, Etape.AUCUNE, None, raisons, historique=faits)
    if not calcul.factures_reclamees:
        raison = f"rien ne reste dû au {date_longue(jour)} : aucune démarche de recouvrement à faire"
        return Calendrier(jour, Etape.AUCUNE, None, (raison,), historique=faits)
    if creance.plan is not None:
        if echeancier is None:
            raise ValueError("calendrier d'un dossier avec plan : l'échéancier (Analyse.echeancier) manque")
        return _preconditions(creance, calcul, suivre_plan(creance, calcul, echeancier, suivi, jour, faits))
    return _preconditions(creance, calcul, cadence(creance, calcul, jour, faits))


def _preconditions(creance: Creance, calcul: Calcul, prevu: Calendrier) -> Calendrier:
    """The requête only when its preconditions hold: otherwise what is missing, and no date."""
    if prevu.etape is not Etape.INJONCTION:
        return prevu
    manques = [c for c in verifier_injonction(creance, calcul) if c.bloquant]
    if not manques:
        return prevu
    proche = [c for c in manques if c.code == injonction_seuil_prescription.CODE]
    if proche:  # too late for the requête to interrupt: what interrupts at its own date, before the last day
        (constat,) = proche
        raison = f"{constat.message} ({constat.code})"
        return replace(
            prevu,
            etape=Etape.ASSIGNATION,
            des_le=prevu.jour,
            raisons=(raison,),
            ensuite=(constat.que_faire[:1].lower() + constat.que_faire[1:].rstrip("."),),
        )
    raisons = tuple(
        f"la requête ne peut pas être déposée en l'état : {c.message} ({c.code}) — {c.que_faire.rstrip('.')}"
        for c in manques
    )
    return replace(prevu, des_le=None, raisons=(*raisons, *prevu.raisons))
