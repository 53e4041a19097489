"""Interest per period: docs/droit.md's worked examples to the cent, and each splitting convention."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dossier.law.calcul import Nature, Regime
from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.montants.interest import Mouvement, TauxApplicable, periodes, total


def test_worked_example_b2b_default_rate() -> None:
    # docs/droit.md § 4: 1 000.00 € due 2025-05-31, unpaid, as of 2025-08-31.
    #   1–30 June 2025: 30 days at 13.15 % (ECB 3.15 % on 1 Jan 2025 + 10 points):
    #     1000 × 13.15 % × 30/365 = 10.808 → 10.81
    #   1 July–31 Aug: 62 days at 12.15 % (ECB 2.15 % on 1 Jul 2025 + 10 points):
    #     1000 × 12.15 % × 62/365 = 20.638 → 20.64
    creance = exemple("b2b", factures=[facture("F-1", "2025-05-01", "2025-05-31", "1000.00")])
    calcul = calculer(creance, date(2025, 8, 31))
    assert calcul.regime is Regime.PROFESSIONNEL
    lignes = [(p.du, p.au, p.jours, p.taux, p.montant, p.nature) for p in calcul.periodes]
    assert lignes == [
        (date(2025, 6, 1), date(2025, 6, 30), 30, Decimal("13.15"), Decimal("10.81"), Nature.PENALITES),
        (date(2025, 7, 1), date(2025, 8, 31), 62, Decimal("12.15"), Decimal("20.64"), Nature.PENALITES),
    ]
    assert calcul.interets == Decimal("31.45")
    assert calcul.indemnites == Decimal("40.00")
    assert calcul.total_du == Decimal("1071.45")  # 1000.00 + 31.45 + 40.00
    assert all(p.article == "C. com. L441-10, II" for p in calcul.periodes)
    assert "1er janvier 2025 : 3,15 %" in calcul.periodes[0].source
    assert "1er juillet 2025 : 2,15 %" in calcul.periodes[1].source


def test_worked_example_consumer_business_creditor() -> None:
    # docs/droit.md § 4: 600.00 €, mise en demeure dated 2025-11-20 (no receipt), as of 2026-02-28,
    # rate "autres cas" (the creditor is a business):
    #   21 Nov–31 Dec 2025: 41 days at 2.76 %: 600 × 2.76 % × 41/365 = 1.860 → 1.86
    #   1 Jan–28 Feb 2026:  59 days at 2.62 %: 600 × 2.62 % × 59/365 = 2.541 → 2.54
    creance = exemple(
        "consommateur",
        factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
        courriers=[{"type": "mise_en_demeure", "date": "2025-11-20"}],
    )
    calcul = calculer(creance, date(2026, 2, 28))
    assert (calcul.regime, calcul.categorie_taux_legal) == (Regime.CIVIL, "autres_cas")
    lignes = [(p.jours, p.taux, p.montant, p.nature) for p in calcul.periodes]
    assert lignes == [
        (41, Decimal("2.76"), Decimal("1.86"), Nature.INTERET_LEGAL),
        (59, Decimal("2.62"), Decimal("2.54"), Nature.INTERET_LEGAL),
    ]
    assert calcul.periodes[0].du == date(2025, 11, 21)
    assert calcul.interets == Decimal("4.40")
    assert calcul.indemnites == Decimal("0.00")
    assert calcul.total_du == Decimal("604.40")
    assert "2e semestre 2025" in calcul.periodes[0].source and "19 juin 2025" in calcul.periodes[0].source


def _constant(taux: str) -> TauxApplicable:
    return TauxApplicable(Decimal(taux), date(2000, 1, 1), date(2099, 12, 31), "essai", "essai")


def test_a_leap_year_day_counts_one_366th() -> None:
    # 100 000.00 at 10 % for one day: 2024 is a leap year → 10 000 / 366 = 27.322 → 27.32 ;
    # 2025 → 10 000 / 365 = 27.397 → 27.40
    un_jour_2024 = periodes(
        "F",
        Decimal("100000.00"),
        date(2024, 2, 29),
        date(2024, 2, 29),
        (),
        lambda j: _constant("10"),
        Nature.PENALITES,
    )
    un_jour_2025 = periodes(
        "F",
        Decimal("100000.00"),
        date(2025, 3, 1),
        date(2025, 3, 1),
        (),
        lambda j: _constant("10"),
        Nature.PENALITES,
    )
    assert [p.montant for p in un_jour_2024] == [Decimal("27.32")]
    assert [p.montant for p in un_jour_2025] == [Decimal("27.40")]


def test_a_period_across_new_year_is_split_at_31_december() -> None:
    # 10 000.00 at 10 % from 2024-12-31 to 2025-01-01: one day of 2024 (/366) and one of 2025 (/365)
    lignes = periodes(
        "F",
        Decimal("10000.00"),
        date(2024, 12, 31),
        date(2025, 1, 1),
        (),
        lambda j: _constant("10"),
        Nature.PENALITES,
    )
    assert [(p.du, p.au, p.montant) for p in lignes] == [
        (date(2024, 12, 31), date(2024, 12, 31), Decimal("2.73")),  # 1000/366 = 2.732
        (date(2025, 1, 1), date(2025, 1, 1), Decimal("2.74")),  # 1000/365 = 2.739
    ]


def test_a_payment_mid_period_reduces_the_balance_from_the_next_day() -> None:
    # 1 000.00 at 12.15 % from 2025-07-01 to 2025-07-31, 400.00 paid on 2025-07-10:
    #   1–10 July: 10 days on 1000.00: 1000 × 12.15 % × 10/365 = 3.329 → 3.33
    #   11–31 July: 21 days on 600.00: 600 × 12.15 % × 21/365 = 4.194 → 4.19
    lignes = periodes(
        "F",
        Decimal("1000.00"),
        date(2025, 7, 1),
        date(2025, 7, 31),
        (Mouvement(date(2025, 7, 10), Decimal("400.00")),),
        lambda j: _constant("12.15"),
        Nature.PENALITES,
    )
    assert [(p.du, p.au, p.jours, p.base, p.montant) for p in lignes] == [
        (date(2025, 7, 1), date(2025, 7, 10), 10, Decimal("1000.00"), Decimal("3.33")),
        (date(2025, 7, 11), date(2025, 7, 31), 21, Decimal("600.00"), Decimal("4.19")),
    ]
    assert total(lignes) == Decimal("7.52")


def test_payments_before_the_start_or_on_the_last_day() -> None:
    avant = Mouvement(date(2025, 6, 30), Decimal("250.00"))  # reduces the base from 1 July
    dernier = Mouvement(date(2025, 7, 31), Decimal("750.00"))  # takes effect after the last day
    lignes = periodes(
        "F",
        Decimal("1000.00"),
        date(2025, 7, 1),
        date(2025, 7, 31),
        (avant, dernier),
        lambda j: _constant("12.15"),
        Nature.PENALITES,
    )
    assert [(p.jours, p.base) for p in lignes] == [(31, Decimal("750.00"))]


def test_nothing_accrues_once_the_balance_is_paid() -> None:
    lignes = periodes(
        "F",
        Decimal("100.00"),
        date(2025, 7, 1),
        date(2025, 7, 31),
        (Mouvement(date(2025, 7, 5), Decimal("100.00")),),
        lambda j: _constant("10"),
        Nature.PENALITES,
    )
    assert [(p.du, p.au) for p in lignes] == [(date(2025, 7, 1), date(2025, 7, 5))]


def test_a_rate_change_mid_period_splits_the_line() -> None:
    # B2B, 2 000.00 due 2025-06-14, as of 2025-07-15: the half-year changes on 1 July.
    #   15–30 June: 16 days at 13.15 %: 2000 × 13.15 % × 16/365 = 11.528 → 11.53
    #   1–15 July:  15 days at 12.15 %: 2000 × 12.15 % × 15/365 =  9.986 →  9.99
    creance = exemple("b2b", factures=[facture("F-1", "2025-05-15", "2025-06-14", "2000.00")])
    calcul = calculer(creance, date(2025, 7, 15))
    assert [(p.du, p.jours, p.taux, p.montant) for p in calcul.periodes] == [
        (date(2025, 6, 15), 16, Decimal("13.15"), Decimal("11.53")),
        (date(2025, 7, 1), 15, Decimal("12.15"), Decimal("9.99")),
    ]
    assert calcul.interets == Decimal("21.52")


def test_first_and_last_days_are_both_counted() -> None:
    creance = exemple(
        "b2b",
        factures=[facture("F-1", "2025-01-10", "2025-02-10", "1234.56")],
        paiements=[{"date": "2025-03-03", "montant": "234.56", "moyen": "virement"}],
    )
    calcul = calculer(creance, date(2025, 12, 31))
    for p in calcul.periodes:
        assert p.jours == (p.au - p.du).days + 1
    # consecutive lines leave no gap and no overlap, from the day after the due date to the as-of day
    assert calcul.periodes[0].du == date(2025, 2, 11) and calcul.periodes[-1].au == date(2025, 12, 31)
    for avant, apres in zip(calcul.periodes, calcul.periodes[1:], strict=False):
        assert (apres.du - avant.au).days == 1
    assert calcul.interets == sum((p.montant for p in calcul.periodes), Decimal("0"))
