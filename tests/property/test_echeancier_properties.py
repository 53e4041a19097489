"""Properties of every schedule (law/plan/echeancier.py), over random debts and plans: the instalments
add up to the acknowledged sum exactly to the cent, are positive, fall on business days in strictly
increasing order, the remaining balance runs down to zero, the rounding sits on the last one, and
no instalment is under the practice minimum (a small remainder joins the last one)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from dossier.law.calendrier import est_ouvre
from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.parametres.lecture import parametres_officiels
from dossier.law.plan.echeancier import Echeancier, arrete, etablir, limites

ACCORD = date(2026, 3, 2)
montants = st.integers(min_value=50_00, max_value=500_000_00).map(lambda c: Decimal(c) / 100)


@cache
def _echeancier(total: Decimal, plan: tuple[tuple[str, object], ...], profil: str) -> Echeancier:
    creance = exemple(
        profil,
        factures=[facture("F-1", "2026-01-05", "2026-02-05", f"{total:.2f}")],
        plan={"date_accord": ACCORD.isoformat(), "moyen": "cheques", **dict(plan)},
    )
    return etablir(creance, calculer(creance, arrete(ACCORD)), ACCORD, parametres_officiels())


def _verifier(echeancier: Echeancier) -> None:
    paiements = echeancier.paiements
    assert sum((e.capital for e in paiements), Decimal(0)) == echeancier.total
    assert all(e.capital > 0 and e.montant > 0 for e in paiements)
    assert all(e.montant == e.montant.quantize(Decimal("0.01")) for e in paiements)
    dates = [e.date for e in echeancier.echeances]
    assert dates == sorted(dates) and len(set(dates)) == len(dates)
    assert all(est_ouvre(e.date) and e.date >= e.date_prevue for e in echeancier.echeances)
    assert all(e.date - e.date_prevue < timedelta(days=5) for e in echeancier.echeances)
    assert echeancier.echeances[-1].restant == 0
    restants = [e.restant for e in paiements]
    assert restants == sorted(restants, reverse=True)
    assert echeancier.total_a_payer == echeancier.total + echeancier.interets


@settings(max_examples=40, deadline=None)
@given(
    total=montants,
    nombre=st.integers(min_value=1, max_value=24),
    jour=st.integers(min_value=1, max_value=31),
    hebdo=st.booleans(),
    interets=st.booleans(),
)
def test_parts_egales_reste_sur_la_derniere(
    total: Decimal, nombre: int, jour: int, hebdo: bool, interets: bool
) -> None:
    premiere = date(2026, 3, 1) + timedelta(days=jour)
    plan = (
        ("nombre_echeances", str(nombre)),
        ("premiere_echeance", premiere.isoformat()),
        ("periodicite", "hebdomadaire" if hebdo else "mensuelle"),
        ("interets_pendant_plan", interets),
    )
    echeancier = _echeancier(total, plan, "consommateur")
    _verifier(echeancier)
    capitaux = [e.capital for e in echeancier.echeances]
    assert len(capitaux) == nombre
    assert len(set(capitaux[:-1])) <= 1  # equal instalments…
    assert Decimal(0) <= capitaux[-1] - capitaux[0] < Decimal(nombre) / 100  # …the cents on the last
    if not interets:
        assert echeancier.interets == 0 and all(e.interets == 0 for e in echeancier.echeances)


@settings(max_examples=30, deadline=None)
@given(total=montants, part=st.integers(min_value=30_00, max_value=100_000_00), acompte=st.booleans())
def test_montant_fixe_le_solde_sur_la_derniere(total: Decimal, part: int, acompte: bool) -> None:
    montant = Decimal(part) / 100
    assume(total / montant <= 60)
    plan: tuple[tuple[str, object], ...] = (
        ("montant_echeance", f"{montant:.2f}"),
        ("premiere_echeance", "2026-03-31"),
    )
    if acompte and total > Decimal("40.00"):
        plan += (("acompte", "20.00"),)
    echeancier = _echeancier(total, plan, "b2b")
    _verifier(echeancier)
    capitaux = [e.capital for e in echeancier.echeances]
    assert all(c == montant for c in capitaux[:-1])
    # The balance on the last one; a remainder under the minimum is no instalment of its own: it is
    # added to the last full one (and said so), so no part is under the minimum unless it is the only one.
    minimum = limites().echeance_minimale
    if echeancier.reliquat is None:
        assert 0 < capitaux[-1] <= montant
    else:
        assert 0 < echeancier.reliquat < minimum and capitaux[-1] == montant + echeancier.reliquat
    assert len(capitaux) == 1 or min(capitaux) >= minimum
