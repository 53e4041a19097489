"""The recovery figures of a portfolio (`dossier stats`), from the claims as written and, when a
batch journal is given, what the batch built.

Readings, stated once:
- claimed: the invoices' amounts (TTC); recovered: the payments recorded, whatever they paid
  (principal, interest, fees); the recovery rate is recovered / claimed.
- the stage reached: the furthest step the claim's history records — a letter sent (`courriers`),
  a plan agreed (`plan.date_accord`), its déchéance du terme notified — « aucune » before the first.
- days to payment: from the due date of the invoice a payment names, else of the claim's earliest
  invoice, to the payment.
- outstanding: each invoice's amount less the payments that name it, then the other payments on the
  earliest due first; its age is counted from its due date to the « as of » day.
- plans: a signed plan is kept to term when its last instalment is due by the day, every instalment
  paid and no déchéance notified; broken when its term passed unpaid or a déchéance was notified;
  running otherwise (not in the rate). Its ledger is the one `dossier build` reads (`analyser`).
- contacts: every letter and every exchange at the creditor's initiative; a contact is followed by
  a payment when one is recorded within `FENETRE_JOURS` days after it.
- cost per file: the claim has no field for what a file cost, so it is not computed (said as such).
These are practice figures, not law: the windows and buckets below are the issue's, not statutes.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from dossier.errors import DossierError
from dossier.model import charger
from dossier.model.claim import Creance, Paiement
from dossier.pipeline import Options, analyser
from dossier.portefeuille.resultats import Resultat
from dossier.vocabulaire import CANAUX

FENETRE_JOURS = 30  # a payment « follows » a contact within this many days (issue 17)
TRANCHES = ((0, 30), (31, 60), (61, 90), (91, 180), (181, None))  # age of what is outstanding, in days
ETAPES = ("aucune", "relance_1", "relance_2", "mise_en_demeure", "echeancier", "decheance_du_terme")
CONTACTS = ("lettre", "email", "appel", "rencontre", "sms")
SANS_COUT = "le modèle de créance (claim.yaml) n'a pas de champ pour le coût d'un dossier : non calculé"
ZERO = Decimal("0.00")


@dataclass
class Groupe:
    """Claims counted together (a stage, the whole portfolio)."""

    nombre: int = 0
    reclame: Decimal = ZERO
    recouvre: Decimal = ZERO
    restant: Decimal = ZERO

    @property
    def taux(self) -> Decimal | None:
        """Recovered / claimed, in percent (two decimals); None when nothing was claimed."""
        return _pourcent(self.recouvre, self.reclame)


@dataclass
class Contact:
    nombre: int = 0
    suivis: int = 0  # followed by a payment within the window
    paye: Decimal = ZERO  # what those payments brought

    @property
    def taux(self) -> Decimal | None:
        return _pourcent(Decimal(self.suivis), Decimal(self.nombre))


@dataclass
class Indicateurs:
    jour: date
    total: Groupe = field(default_factory=Groupe)
    par_etape: dict[str, Groupe] = field(default_factory=lambda: {e: Groupe() for e in ETAPES})
    delais: list[int] = field(default_factory=list)  # days from due date to each payment
    plans: Counter[str] = field(default_factory=Counter)  # tenu, rompu, en_cours
    pas_encore_echu: Groupe = field(default_factory=Groupe)
    tranches: dict[str, Groupe] = field(default_factory=lambda: {_tranche(t): Groupe() for t in TRANCHES})
    contacts: dict[str, Contact] = field(default_factory=lambda: {c: Contact() for c in CONTACTS})
    illisibles: list[str] = field(default_factory=list)  # claims that could not be read
    lot: Counter[str] = field(default_factory=Counter)  # the batch journal's statuses, when given
    cout: str = SANS_COUT

    @property
    def delai_moyen(self) -> Decimal | None:
        if not self.delais:
            return None
        return (Decimal(sum(self.delais)) / len(self.delais)).quantize(Decimal("0.1"))

    @property
    def delai_median(self) -> Decimal | None:
        return Decimal(str(statistics.median(self.delais))).quantize(Decimal("0.1")) if self.delais else None

    @property
    def taux_plans_tenus(self) -> Decimal | None:
        return _pourcent(Decimal(self.plans["tenu"]), Decimal(self.plans["tenu"] + self.plans["rompu"]))


def mesurer(claims: Iterable[Path], jour: date, journal: Sequence[Resultat] = ()) -> Indicateurs:
    """The portfolio's figures as of `jour`, from each claim file (and the batch's results)."""
    mesure = Indicateurs(jour)
    for claim in claims:
        try:
            creance = charger(claim)
        except DossierError:
            mesure.illisibles.append(str(claim))
            continue
        _compter(mesure, creance, jour)
    for resultat in journal:
        mesure.lot[resultat.statut] += 1
    return mesure


def _compter(mesure: Indicateurs, creance: Creance, jour: date) -> None:
    paiements = [p for p in creance.paiements if p.date <= jour]
    reclame = creance.total_factures
    recouvre = sum((p.montant for p in paiements), ZERO)
    restants = _restants(creance, paiements)
    restant = sum(restants.values(), ZERO)
    for groupe in (mesure.total, mesure.par_etape[etape_atteinte(creance, jour)]):
        groupe.nombre += 1
        groupe.reclame += reclame
        groupe.recouvre += recouvre
        groupe.restant += restant
    premiere = min(f.echeance for f in creance.factures)
    echeances = {f.numero: f.echeance for f in creance.factures}
    for p in paiements:
        mesure.delais.append((p.date - echeances.get(p.facture or "", premiere)).days)
    for facture in creance.factures:
        reste = restants[facture.numero]
        if reste <= 0:
            continue
        age = (jour - facture.echeance).days
        groupe = mesure.pas_encore_echu if age < 0 else mesure.tranches[_tranche_de(age)]
        groupe.nombre += 1
        groupe.restant += reste
    for genre, quand in _contacts(creance, jour):
        suite = [p for p in paiements if quand < p.date <= quand + timedelta(days=FENETRE_JOURS)]
        contact = mesure.contacts[genre]
        contact.nombre += 1
        if suite:
            contact.suivis += 1
            contact.paye += sum((p.montant for p in suite), ZERO)
    if creance.plan is not None and creance.plan.date_accord is not None and creance.plan.date_accord <= jour:
        mesure.plans[_sort_du_plan(creance, jour)] += 1


def etape_atteinte(creance: Creance, jour: date) -> str:
    """The furthest step the claim's history records as of `jour` (ETAPES' order)."""
    atteintes: list[str] = [c.type for c in creance.courriers if c.date <= jour and c.type in ETAPES]
    plan = creance.plan
    if plan is not None and plan.date_accord is not None and plan.date_accord <= jour:
        atteintes.append("echeancier")
    return max(atteintes, key=ETAPES.index, default="aucune")


def _restants(creance: Creance, paiements: Sequence[Paiement]) -> dict[str, Decimal]:
    restants = {f.numero: f.montant_ttc for f in creance.factures}
    libres = ZERO
    for p in creance.paiements:
        if p not in paiements:
            continue
        if p.facture in restants:
            impute = min(p.montant, max(restants[p.facture], ZERO))
            restants[p.facture] -= impute
            libres += p.montant - impute
        else:
            libres += p.montant
    for f in sorted(creance.factures, key=lambda f: (f.echeance, f.numero)):
        impute = min(libres, restants[f.numero])
        restants[f.numero] -= impute
        libres -= impute
    return restants


def _contacts(creance: Creance, jour: date) -> list[tuple[str, date]]:
    contacts = [
        ("email" if c.envoi == "email" else "lettre", c.date) for c in creance.courriers if c.date <= jour
    ]
    for e in creance.echanges:
        if e.date <= jour and "debiteur" not in (e.initiative, e.auteur):
            contacts.append((CANAUX[e.canal].contact, e.date))
    return contacts


def _sort_du_plan(creance: Creance, jour: date) -> str:
    """tenu, rompu or en_cours, from the plan's ledger as `dossier build` reads it."""
    try:
        livre = analyser(creance, Options(jour=jour)).grand_livre
    except DossierError:
        return "en_cours"  # a plan the law cannot read yet (missing rates…) is not judged
    if livre is None or not livre.versements:
        return "en_cours"
    if livre.decheance is not None:
        return "rompu"
    if livre.versements[-1].date > jour:
        return "en_cours"
    return "tenu" if all(v.statut == "payee" for v in livre.versements) else "rompu"


def _tranche(tranche: tuple[int, int | None]) -> str:
    debut, fin = tranche
    return f"{debut}–{fin} j" if fin is not None else f"> {debut - 1} j"


def _tranche_de(age: int) -> str:
    return next(_tranche(t) for t in TRANCHES if t[1] is None or age <= t[1])


def _pourcent(part: Decimal, tout: Decimal) -> Decimal | None:
    if not tout:
        return None
    return (part * 100 / tout).quantize(Decimal("0.01"))
