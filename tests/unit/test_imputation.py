"""Part-payments: the named invoice, else C. civ. 1342-10's order; 1343-1 on option."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.montants.imputation import imputer, ordre_legal
from dossier.model.claim import Facture, Paiement

F1 = Facture(numero="F-1", date="2025-01-05", echeance="2025-02-04", montant_ttc="300.00")
F2 = Facture(numero="F-2", date="2025-01-20", echeance="2025-02-19", montant_ttc="500.00")
F3 = Facture(numero="F-3", date="2025-03-01", echeance="2025-03-31", montant_ttc="200.00")
JOUR = date(2025, 12, 31)


def _paiement(jour: str, montant: str, facture: str | None = None) -> Paiement:
    return Paiement(date=jour, montant=montant, moyen="virement", facture=facture)


def _repartition(factures: tuple[Facture, ...], *paiements: Paiement) -> list[tuple[str, Decimal]]:
    return [(i.facture, i.montant) for i in imputer(factures, paiements, JOUR).imputations]


def test_a_named_invoice_takes_the_payment() -> None:
    resultat = imputer((F1, F2), (_paiement("2025-03-01", "200.00", "F-2"),), JOUR)
    (imputation,) = resultat.imputations
    assert (imputation.facture, imputation.montant, imputation.sur) == ("F-2", Decimal("200.00"), "principal")
    assert imputation.par_le_debiteur and imputation.article == "C. civ. 1342-10"
    assert "désignée par le débiteur" in imputation.regle


def test_without_indication_the_oldest_due_invoice_first_and_the_excess_spills() -> None:
    # F-1 (due 2025-02-04) is older than F-2 (due 2025-02-19): 300 to F-1, the 150 left to F-2
    assert _repartition((F2, F1), _paiement("2025-03-01", "450.00")) == [
        ("F-1", Decimal("300.00")),
        ("F-2", Decimal("150.00")),
    ]
    imputation = imputer((F2, F1), (_paiement("2025-03-01", "450.00"),), JOUR).imputations[0]
    assert not imputation.par_le_debiteur and "échue la plus ancienne" in imputation.regle
    assert "n'est pas modélisé" in imputation.regle


def test_a_named_invoice_s_excess_follows_the_legal_order() -> None:
    assert _repartition((F1, F2, F3), _paiement("2025-04-15", "600.00", "F-2")) == [
        ("F-2", Decimal("500.00")),
        ("F-1", Decimal("100.00")),
    ]


def test_due_invoices_come_before_those_not_yet_due() -> None:
    # on 2025-02-10 only F-1 is due; F-2 (due 2025-02-19) comes next although not yet due
    resultat = imputer((F2, F1), (_paiement("2025-02-10", "400.00"),), JOUR)
    assert [(i.facture, i.montant) for i in resultat.imputations] == [
        ("F-1", Decimal("300.00")),
        ("F-2", Decimal("100.00")),
    ]
    assert "à échoir" in resultat.imputations[1].regle


def test_ties_are_broken_by_invoice_date_then_number() -> None:
    a = Facture(numero="B-2", date="2025-01-02", echeance="2025-02-01", montant_ttc="100.00")
    b = Facture(numero="B-1", date="2025-01-02", echeance="2025-02-01", montant_ttc="100.00")
    c = Facture(numero="A-9", date="2025-01-03", echeance="2025-02-01", montant_ttc="100.00")
    assert [f.numero for f in ordre_legal((a, c, b), date(2025, 3, 1))] == ["B-1", "B-2", "A-9"]


def test_payments_are_taken_in_date_order_and_later_ones_ignored() -> None:
    resultat = imputer(
        (F1, F2),
        (
            _paiement("2025-05-01", "100.00"),
            _paiement("2025-04-01", "250.00"),
            _paiement("2026-01-02", "50.00"),
        ),
        JOUR,
    )
    assert [(i.paiement_date, i.facture, i.montant) for i in resultat.imputations] == [
        (date(2025, 4, 1), "F-1", Decimal("250.00")),
        (date(2025, 5, 1), "F-1", Decimal("50.00")),
        (date(2025, 5, 1), "F-2", Decimal("50.00")),
    ]


def test_an_excess_beyond_every_invoice_is_reported() -> None:
    resultat = imputer((F1,), (_paiement("2025-03-01", "350.00"),), JOUR)
    assert [(p.montant, reste) for p, reste in resultat.non_imputes] == [
        (Decimal("350.00"), Decimal("50.00"))
    ]


def _b2b_avec_paiement(imputation: str) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    creance = exemple(
        "b2b",
        factures=[facture("F-1", "2025-05-01", "2025-05-31", "1000.00")],
        paiements=[{"date": "2025-08-31", "montant": "100.00", "moyen": "virement"}],
        options={"imputation": imputation},
    )
    calcul = calculer(creance, date(2025, 9, 30))
    return calcul.principal_restant, calcul.interets, calcul.interets_payes, calcul.total_du


def test_legal_mode_reduces_the_principal() -> None:
    # 1000.00 due 2025-05-31, 100.00 paid 2025-08-31 on the principal, as of 2025-09-30:
    #   June 10.81 + July–Aug 20.64 (docs/droit.md § 4) + Sept: 900 × 12.15 % × 30/365 = 8.988 → 8.99
    #   interest 40.44; total 900.00 + 40.44 + 40.00 = 980.44
    assert _b2b_avec_paiement("legale") == (
        Decimal("900.00"),
        Decimal("40.44"),
        Decimal("0.00"),
        Decimal("980.44"),
    )


def test_interest_first_applies_1343_1() -> None:
    # same claim, C. civ. 1343-1: the 100.00 first pays the 31.45 accrued to 2025-08-31, then 68.55 of
    # principal → 931.45 from 1 Sept: 931.45 × 12.15 % × 30/365 = 9.302 → 9.30
    #   printed lines 10.81 + 20.64 + 9.30 = 40.75, of which 31.45 paid: interest claimed 9.30
    #   total 931.45 + 9.30 + 40.00 = 980.75
    assert _b2b_avec_paiement("interets_d_abord") == (
        Decimal("931.45"),
        Decimal("9.30"),
        Decimal("31.45"),
        Decimal("980.75"),
    )
    creance = exemple(
        "b2b",
        factures=[facture("F-1", "2025-05-01", "2025-05-31", "1000.00")],
        paiements=[{"date": "2025-08-31", "montant": "100.00", "moyen": "virement"}],
        options={"imputation": "interets_d_abord"},
    )
    calcul = calculer(creance, date(2025, 9, 30))
    assert [(i.sur, i.montant, i.article) for i in calcul.imputations] == [
        ("interets", Decimal("31.45"), "C. civ. 1343-1"),
        ("principal", Decimal("68.55"), "C. civ. 1342-10"),
    ]
    assert any("1343-1" in phrase for phrase in calcul.choix)
    (solde,) = calcul.factures
    assert (solde.interets, solde.interets_payes, solde.paye) == (
        Decimal("40.75"),
        Decimal("31.45"),
        Decimal("68.55"),
    )


def _constats(*paiements: dict[str, str]) -> list[tuple[str, str, str]]:
    creance = exemple(
        "b2b",
        factures=[
            facture("F-1", "2025-01-05", "2025-02-04", "300.00"),
            facture("F-2", "2025-01-20", "2025-02-19", "500.00"),
        ],
        paiements=list(paiements),
    )
    return [
        (c.code, str(c.ou), c.message.replace("\u202f", " ").replace("\xa0", " "))
        for c in calculer(creance, JOUR).constats
        if c.code in ("INT-09", "INT-10")
    ]


def test_un_paiement_au_dela_de_la_facture_designee_est_signale() -> None:
    """Issue 19: 450 € paid « for F-1 » (300 €): the 150 € beyond go to F-2 — said, not silent."""
    (constat,) = _constats({"date": "2025-03-01", "montant": "450.00", "moyen": "virement", "facture": "F-1"})
    assert constat[0] == "INT-10" and constat[1].endswith("paiements[0].montant")
    assert constat[2] == (
        "le paiement du 1er mars 2025 (450,00 €) dépasse de 150,00 € ce qui restait dû sur la facture "
        "F-1 qu'il désigne : 150,00 € sont imputés sur la facture F-2 (facture échue la plus ancienne, "
        "C. civ. 1342-10)"
    )


def test_un_paiement_dans_la_facture_designee_ne_dit_rien() -> None:
    assert _constats({"date": "2025-03-01", "montant": "300.00", "moyen": "virement", "facture": "F-1"}) == []
