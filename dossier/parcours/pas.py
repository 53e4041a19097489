"""What the recovery calendar answers (`Calendrier`: a step, `vocabulaire.Etape`, and its date) and
where an instalment plan stands (`SituationPlan`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dossier.law.plan.echeancier import Echeance
from dossier.vocabulaire import ETAPES, Etape

MOYENS = {"prelevement_sepa": "par prélèvement SEPA", "virement": "par virement", "cheques": "par chèque"}


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
    etape: Etape
    des_le: date | None  # the first day the step may be taken; None when there is none
    raisons: tuple[str, ...]  # why this step and this date
    ensuite: tuple[str, ...] = ()  # what may follow
    historique: tuple[Fait, ...] = ()
    plan: SituationPlan | None = None  # a claim with a `plan`: where it stands

    @property
    def nom(self) -> str:
        return ETAPES[self.etape].a_faire

    @property
    def possible_aujourd_hui(self) -> bool:
        return self.des_le is not None and self.des_le <= self.jour
