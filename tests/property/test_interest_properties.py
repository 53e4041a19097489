"""Properties of the interest engine that hold for every amount, rate and date."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.errors import LawDataMissing
from dossier.law.calcul import Nature
from dossier.law.calendrier import semestre
from dossier.law.exemples import exemple, facture
from dossier.law.money import arrondir
from dossier.law.montants.computation import calculer
from dossier.law.montants.imputation import imputer
from dossier.law.montants.interest import Mouvement, TauxApplicable, interet_exact, periodes
from dossier.law.parametres.lecture import valeur_a
from dossier.law.parametres.utilisateur import charger_parametres
from dossier.model.claim import Facture, Paiement
from tests.verifications import (
    DERNIER_JOUR_CONNU,
    PREMIER_JOUR_INCONNU,
    SEMESTRE_INCONNU,
    montant_periode,
)

REGLAGES = settings(database=None, deadline=None, max_examples=150)

montants = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("1000000.00"), places=2)
taux = st.decimals(min_value=Decimal("0.00"), max_value=Decimal("30.0000"), places=4)
annees = st.integers(min_value=2000, max_value=2099)


@st.composite
def trois_jours(draw: st.DrawFn) -> tuple[date, date, date]:
    """d1 ≤ d2 < d3, all in the same calendar year."""
    annee = draw(annees)
    debut, fin = date(annee, 1, 1), date(annee, 12, 31)
    d1 = draw(st.dates(min_value=debut, max_value=fin - timedelta(days=1)))
    d2 = draw(st.dates(min_value=d1, max_value=fin - timedelta(days=1)))
    d3 = draw(st.dates(min_value=d2 + timedelta(days=1), max_value=fin))
    return d1, d2, d3


@REGLAGES
@given(montants, taux, trois_jours())
def test_interest_is_additive_over_adjacent_periods_before_rounding(
    base: Decimal, t: Decimal, jours: tuple[date, date, date]
) -> None:
    d1, d2, d3 = jours
    assert interet_exact(base, t, d1, d2) + interet_exact(
        base, t, d2 + timedelta(days=1), d3
    ) == interet_exact(base, t, d1, d3)


@REGLAGES
@given(montants, montants, taux, trois_jours())
def test_interest_is_monotone_in_days_and_principal(
    a: Decimal, b: Decimal, t: Decimal, jours: tuple[date, date, date]
) -> None:
    d1, d2, d3 = jours
    petit, grand = sorted((a, b))
    assert interet_exact(petit, t, d1, d2) <= interet_exact(petit, t, d1, d3)
    assert interet_exact(petit, t, d1, d3) <= interet_exact(grand, t, d1, d3)
    assert arrondir(interet_exact(petit, t, d1, d3)) <= arrondir(interet_exact(grand, t, d1, d3))


def _constant(t: Decimal) -> TauxApplicable:
    return TauxApplicable(t, date.min, date.max, "essai", "essai")


@REGLAGES
@given(taux, trois_jours())
def test_zero_principal_bears_zero_interest(t: Decimal, jours: tuple[date, date, date]) -> None:
    d1, _, d3 = jours
    assert interet_exact(Decimal("0.00"), t, d1, d3) == Fraction(0)
    assert periodes("F", Decimal("0.00"), d1, d3, (), lambda j: _constant(t), Nature.PENALITES) == ()


@st.composite
def paiements(draw: st.DrawFn) -> tuple[Decimal, list[Mouvement]]:
    base = draw(st.decimals(min_value=Decimal("1.00"), max_value=Decimal("100000.00"), places=2))
    reste, mouvements = base, []
    for jour in sorted(draw(st.lists(st.dates(date(2025, 1, 1), date(2025, 12, 31)), max_size=6))):
        montant = draw(st.decimals(min_value=Decimal("0.00"), max_value=reste, places=2))
        mouvements.append(Mouvement(jour, montant))
        reste -= montant
    return base, mouvements


@REGLAGES
@given(paiements(), taux)
def test_a_payment_never_increases_the_balance(donnees: tuple[Decimal, list[Mouvement]], t: Decimal) -> None:
    base, mouvements = donnees
    lignes = periodes(
        "F", base, date(2025, 1, 1), date(2025, 12, 31), mouvements, lambda j: _constant(t), Nature.PENALITES
    )
    soldes = [p.base for p in lignes]
    assert soldes == sorted(soldes, reverse=True)
    assert all(0 < s <= base for s in soldes)
    # with payments the interest is never more than without
    sans = periodes(
        "F", base, date(2025, 1, 1), date(2025, 12, 31), (), lambda j: _constant(t), Nature.PENALITES
    )
    assert sum(p.montant for p in lignes) <= sum(p.montant for p in sans) + Decimal("0.01") * len(lignes)


@REGLAGES
@given(st.lists(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("500.00"), places=2), max_size=5))
def test_imputation_never_increases_what_is_left(montants_payes: list[Decimal]) -> None:
    factures = (
        Facture(numero="F-1", date="2025-01-01", echeance="2025-01-31", montant_ttc="400.00"),
        Facture(numero="F-2", date="2025-02-01", echeance="2025-02-28", montant_ttc="300.00"),
    )
    versements = tuple(
        Paiement(date=f"2025-03-{i + 1:02d}", montant=str(m), moyen="virement")
        for i, m in enumerate(montants_payes)
    )
    resultat = imputer(factures, versements, date(2025, 12, 31))
    reste = {f.numero: f.montant_ttc for f in factures}
    for imputation in resultat.imputations:
        assert imputation.montant > 0
        reste[imputation.facture] -= imputation.montant
        assert reste[imputation.facture] >= 0
    assert sum(i.montant for i in resultat.imputations) + sum(r for _, r in resultat.non_imputes) == sum(
        montants_payes, Decimal(0)
    )


@pytest.mark.donnees_datees
@REGLAGES
@given(st.dates(SEMESTRE_INCONNU.debut, SEMESTRE_INCONNU.fin))
def test_past_the_data_the_computation_refuses_naming_the_missing_half_year(jour: date) -> None:
    echeance = DERNIER_JOUR_CONNU - timedelta(days=120)
    emise = (echeance - timedelta(days=30)).isoformat()
    creance = exemple("b2b", factures=[facture("F-1", emise, echeance.isoformat(), "1000.00")])
    with pytest.raises(LawDataMissing) as erreur:
        calculer(creance, jour)
    assert erreur.value.exit_code == 4
    assert any(SEMESTRE_INCONNU.libelle in c.message for c in erreur.value.constats)


@pytest.mark.donnees_datees
def test_a_user_parameter_file_for_the_missing_half_year_works(tmp_path: Path) -> None:
    # Only the published ECB rate is supplied: L441-10's 10 points are a statute, in force until
    # amended (docs/decisions.md « Statute constants do not expire »), and a user value could not
    # restate them.
    fichier = tmp_path / "semestre.yaml"
    fichier.write_text(
        "version: 1\nparametres:\n"
        "  taux_refinancement_bce:\n"
        f'    connu_jusqu_au: "{SEMESTRE_INCONNU.fin.isoformat()}"\n'
        f'    valeurs: [{{du: "{SEMESTRE_INCONNU.debut.isoformat()}", valeur: "2.40", '
        'reference: "BCE, essai", source: "essai"}]\n',
        encoding="utf-8",
    )
    echeance = DERNIER_JOUR_CONNU - timedelta(days=30)
    emise = (echeance - timedelta(days=30)).isoformat()
    creance = exemple("b2b", factures=[facture("F-1", emise, echeance.isoformat(), "1000.00")])
    jour = PREMIER_JOUR_INCONNU + timedelta(days=61)
    calcul = calculer(creance, jour, charger_parametres(fichier))
    # With the data of 2026 (ending on 30 June): 1–30 June at 12.15 % (published), 1000 × 12.15 % ×
    # 30/365 = 9.986 → 9.99; 1 July–31 Aug at 12.40 % (user), 1000 × 12.40 % × 62/365 = 21.063 → 21.06
    publie = valeur_a("taux_refinancement_bce", semestre(DERNIER_JOUR_CONNU).debut).valeur + Decimal("10")
    annee = DERNIER_JOUR_CONNU.year
    assert [(p.taux, p.montant, p.fourni_par_utilisateur) for p in calcul.periodes] == [
        (publie, montant_periode(Decimal("1000.00"), publie, 30, annee), False),
        (Decimal("12.40"), montant_periode(Decimal("1000.00"), Decimal("12.40"), 62, jour.year), True),
    ]
    assert "TAUX-03" in [c.code for c in calcul.constats]
