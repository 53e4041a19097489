"""The Computation: every figure the documents print, computed once from the claim and a day.

Templates and letters only format these values (ARCHITECTURE.md). Amounts are Decimal,
each printed line rounded half-up to the cent and every total the sum of printed lines
(`law/money.py`). `calculer(creance, jour)` in `law/montants/computation.py` builds it.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from dossier.findings import Constat


class Regime(StrEnum):
    """Which interest regime the debt falls under."""

    PROFESSIONNEL = "professionnel"  # business creditor and business debtor: C. com. L441-10
    CIVIL = "civil"  # consumer or other non-business debtor: C. civ. 1231-6, 1344-1


class Nature(StrEnum):
    PENALITES = "penalites"  # L441-10 late-payment penalties (ECB + 10 points, or the contract's rate)
    INTERET_LEGAL = "interet_legal"  # C. mon. fin. L313-2 legal rate, from the mise en demeure
    TAUX_CONTRACTUEL = "taux_contractuel"  # a rate the contract fixes, for a non-business debtor

    @property
    def libelle(self) -> str:
        """What a reader of the review report is told: « pénalités de retard »."""
        return {"penalites": "pénalités de retard", "interet_legal": "intérêt au taux légal"}.get(
            self.value, "taux contractuel"
        )


@dataclass(frozen=True)
class Periode:
    """One interest line: `base` at `taux` % a year from `du` to `au`, both days counted."""

    facture: str
    du: date
    au: date
    jours: int
    base: Decimal
    taux: Decimal
    montant: Decimal
    nature: Nature
    source: str  # human-readable: which parameter, which half-year, which arrêté
    article: str
    fourni_par_utilisateur: bool = False


@dataclass(frozen=True)
class Imputation:
    """How one payment was applied (C. civ. 1342-10, 1343-1, or the invoice the payment names)."""

    paiement_date: date
    paiement_montant: Decimal
    facture: str
    montant: Decimal
    regle: str  # e.g. "facture désignée par le débiteur (C. civ. 1342-10 al. 1)"
    article: str = ""  # the article the rule applies, e.g. "C. civ. 1342-10"
    sur: str = "principal"  # "principal", or "interets" under C. civ. 1343-1 (options.imputation)
    par_le_debiteur: bool = False  # the debtor named this invoice when paying (C. civ. 1342-10, 1st sentence)
    paiement_rang: int = -1  # index of the payment in the claim's `paiements` (two can share day and amount)


@dataclass(frozen=True)
class SoldeFacture:
    numero: str
    date: datetime.date  # `datetime.date`: the field named `date` shadows the type in this class
    echeance: datetime.date
    montant_ttc: Decimal
    paye: Decimal
    restant: Decimal
    interets: Decimal  # sum of this invoice's printed periods
    indemnite: Decimal  # the D441-5 fixed indemnity claimed for it (0 when not due or not claimed)
    prescrite: bool
    prescription_le: datetime.date  # last day the debt can still be claimed (C. civ. 2229)
    prescription_article: str
    depart_interets: datetime.date | None  # first day interest runs, None when it does not (yet) run
    interets_payes: Decimal = Decimal(0)  # part of `interets` already paid (C. civ. 1343-1 only)
    # paid in full after its due date, its penalties and indemnity claimed (`options.retards_payes`)
    retard_reclame: bool = False

    @property
    def interets_dus(self) -> Decimal:
        """Interest still owed on this invoice: printed periods less what part-payments covered."""
        return self.interets - self.interets_payes

    @property
    def reclamee(self) -> bool:
        """Still claimed: not prescribed, and some principal left or, paid late, its penalties and
        indemnity claimed (the only invoices in totals)."""
        return not self.prescrite and (self.restant > 0 or self.retard_reclame)


@dataclass(frozen=True)
class RetardPaye:
    """An invoice paid in full after its due date, between professionals: the penalties of the days
    late and the D441-5 indemnity stay due by law (C. com. L441-10, II), claimed or not."""

    facture: str
    echeance: date
    solde_le: date  # the day of the payment that settled it
    jours: int  # days late: from the day after the due date to `solde_le`, both counted
    periodes: tuple[Periode, ...]  # the penalty lines, as the décompte prints them
    penalites: Decimal  # their sum, less what part-payments paid on interest (C. civ. 1343-1)
    indemnite: Decimal
    reclame: bool  # `options.retards_payes: reclamer`: in the totals and the letters

    @property
    def total(self) -> Decimal:
        return self.penalites + self.indemnite


@dataclass(frozen=True)
class Capitalisation:
    """Interest due for a whole year added to the capital (C. civ. 1343-2), from `le` on."""

    facture: str
    le: date  # the first day the capitalised interest bears interest itself
    du: date  # the year of interest capitalised: its first and last days
    au: date
    montant: Decimal


@dataclass(frozen=True)
class SoldeEcheancier:
    """After a déchéance du terme, the basis of the one principal line, the plan's balance
    (law/plan/decheance.py): what a mise en demeure or a requête names (docs/decisions.md « After a
    signed plan, the plan governs »: the plan, the reminder, the déchéance, the signed échéancier)."""

    date_accord: date
    libelle: str  # the line's name, where an invoice number stands: « Solde de l'échéancier du … »
    nombre: int  # the plan's instalments (the down payment apart)
    impayee_numero: int  # the first instalment left unpaid (0: the down payment)
    impayee_date: date
    rappel: int | None  # rank in `courriers` of the reminder sent before the notice
    rappel_date: date | None
    notification: int  # rank in `courriers` of the notice of the déchéance
    notification_date: date
    effet: date  # the day the balance fell due: the notice's receipt, else its date
    recue: bool  # `effet` is the receipt's date
    solde: Decimal  # the balance the notice declared due


@dataclass(frozen=True)
class Calcul:
    """What the documents print and `calcul.json` exports: plain values only.

    `computation.calculer` assembles it; `conventions.enoncer` adds its `choix` and `constats`,
    worded from `conventions.EtatCalcul` — this same `Calcul` with its provenance (the claim, the
    parameters, each invoice's interest plan), which stays inside `law/montants/`.
    """

    jour: date  # the « as of » day (arrêté du compte)
    regime: Regime
    categorie_taux_legal: str  # "particuliers" or "autres_cas" (C. mon. fin. L313-2, the creditor's)
    factures: tuple[SoldeFacture, ...]  # every invoice of the claim, prescribed ones flagged
    periodes: tuple[Periode, ...]  # only for invoices still claimed (not prescribed)
    imputations: tuple[Imputation, ...]
    principal_restant: Decimal  # claimed invoices only
    interets: Decimal
    indemnites: Decimal
    clause_penale: Decimal  # shown apart: the judge may reduce it (C. civ. 1231-5); never for consumers
    total_du: Decimal  # principal_restant + interets + indemnites (the clause pénale stays apart)
    choix: tuple[str, ...] = ()  # conventions applied, stated in the décompte
    constats: tuple[Constat, ...] = field(default=())  # findings met while computing
    # interest already paid by part-payments imputed on interest first (C. civ. 1343-1, option
    # `imputation: interets_d_abord`); then `interets` = sum of printed periods - interets_payes
    interets_payes: Decimal = Decimal(0)
    retards_payes: tuple[RetardPaye, ...] = ()  # invoices paid late (B2B), claimed or only shown
    capitalisations: tuple[Capitalisation, ...] = ()  # C. civ. 1343-2, with `contrat.capitalisation`
    # after a déchéance du terme: the plan's balance is the one line (law/plan/decheance.py)
    solde_echeancier: SoldeEcheancier | None = None

    @property
    def factures_reclamees(self) -> tuple[SoldeFacture, ...]:
        return tuple(f for f in self.factures if f.reclamee)
