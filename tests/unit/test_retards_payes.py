"""Invoices paid late between professionals (C. com. L441-10, II; D441-5): the penalties of the days
late and the 40 EUR indemnity, computed and shown as due, or claimed with `options.retards_payes:
reclamer` — figures computed by hand below."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.procedure.reclamation import reclamation
from dossier.vocabulaire import Etape

JOUR = date(2025, 9, 30)
FACTURES = [
    # paid in full, late: 31 May → 31 August
    facture("F-1", "2025-05-01", "2025-05-31", "1000.00"),
    # paid in two parts, late: 500.00 on 15 July, 1,500.00 on 10 September
    facture("F-2", "2025-06-01", "2025-06-30", "2000.00"),
    # still unpaid
    facture("F-3", "2025-07-01", "2025-07-31", "500.00"),
    # paid on its due date: nothing is due
    facture("F-4", "2025-07-01", "2025-07-31", "300.00"),
]
PAIEMENTS = [
    {"date": "2025-08-31", "montant": "1000.00", "moyen": "virement", "facture": "F-1"},
    {"date": "2025-07-15", "montant": "500.00", "moyen": "virement", "facture": "F-2"},
    {"date": "2025-09-10", "montant": "1500.00", "moyen": "virement", "facture": "F-2"},
    {"date": "2025-07-31", "montant": "300.00", "moyen": "virement", "facture": "F-4"},
]


def _creance(profil: str = "b2b", **options: Any) -> Any:
    cles: dict[str, Any] = {"options": options} if options else {}
    return exemple(profil, factures=FACTURES, paiements=PAIEMENTS, **cles)


def test_penalites_et_indemnite_calculees_et_montrees_non_reclamees() -> None:
    calcul = calculer(_creance(), JOUR)
    retards = {r.facture: r for r in calcul.retards_payes}
    assert set(retards) == {"F-1", "F-2"}  # F-4 was paid on its due date
    f1, f2 = retards["F-1"], retards["F-2"]
    # F-1, 1,000.00 due 31 May 2025, paid 31 August (92 days late):
    #   1–30 June: 1000 × 13.15 % × 30/365 = 10.808… → 10.81 (ECB 3.15 % on 1 January + 10)
    #   1 July–31 August: 1000 × 12.15 % × 62/365 = 20.638… → 20.64 (ECB 2.15 % on 1 July + 10)
    assert [(p.du, p.au, p.jours, p.base, p.taux, p.montant) for p in f1.periodes] == [
        (date(2025, 6, 1), date(2025, 6, 30), 30, Decimal("1000.00"), Decimal("13.15"), Decimal("10.81")),
        (date(2025, 7, 1), date(2025, 8, 31), 62, Decimal("1000.00"), Decimal("12.15"), Decimal("20.64")),
    ]
    assert (f1.solde_le, f1.jours, f1.penalites, f1.indemnite) == (
        date(2025, 8, 31),
        92,
        Decimal("31.45"),
        Decimal("40.00"),
    )
    # F-2, 2,000.00 due 30 June 2025; 500.00 on 15 July, the rest on 10 September (72 days late):
    #   1–15 July on 2000: 2000 × 12.15 % × 15/365 = 9.986… → 9.99
    #   16 July–10 September on 1500: 1500 × 12.15 % × 57/365 = 28.460… → 28.46
    assert [(p.du, p.au, p.base, p.montant) for p in f2.periodes] == [
        (date(2025, 7, 1), date(2025, 7, 15), Decimal("2000.00"), Decimal("9.99")),
        (date(2025, 7, 16), date(2025, 9, 10), Decimal("1500.00"), Decimal("28.46")),
    ]
    assert (f2.jours, f2.penalites, f2.indemnite, f2.reclame) == (
        72,
        Decimal("38.45"),
        Decimal("40.00"),
        False,
    )
    # not claimed: the totals are F-3's alone — 500.00, 1 Aug–30 Sept: 500 × 12.15 % × 61/365 = 10.15, + 40
    assert (calcul.principal_restant, calcul.interets, calcul.indemnites, calcul.total_du) == (
        Decimal("500.00"),
        Decimal("10.15"),
        Decimal("40.00"),
        Decimal("550.15"),
    )
    messages = [c.message for c in calcul.constats if c.code == "INT-03"]
    assert (
        "la facture F-1, échue le 31 mai 2025, a été soldée le 31 août 2025 avec 92 jours de retard : "
        "pénalités de 31,45 € et indemnité forfaitaire de 40,00 €, dues de plein droit et non réclamées"
    ) in messages
    assert any("F-1, F-2, soldée(s) après l'échéance" in phrase for phrase in calcul.choix)


def test_reclamees_sur_option_dans_les_totaux_et_les_lettres() -> None:
    creance = _creance(retards_payes="reclamer")
    calcul = calculer(creance, JOUR)
    # 500.00 + (31.45 + 38.45 + 10.15) + 3 × 40.00
    assert (calcul.principal_restant, calcul.interets, calcul.indemnites, calcul.total_du) == (
        Decimal("500.00"),
        Decimal("80.05"),
        Decimal("120.00"),
        Decimal("700.05"),
    )
    assert [f.numero for f in calcul.factures_reclamees] == ["F-1", "F-2", "F-3"]
    assert {c.code for c in calcul.constats} >= {"INT-11"} and "INT-03" not in {
        c.code for c in calcul.constats
    }
    # relance 1 (before `penalites_des: relance_2`) claims principal only: no paid invoice in it
    premiere = reclamation(creance, calcul, Etape.RELANCE_1)
    assert [f.numero for f in premiere.factures] == ["F-3"] and premiere.total == Decimal("500.00")
    # relance 2 claims them itemised
    seconde = reclamation(creance, calcul, Etape.RELANCE_2)
    assert (seconde.principal, seconde.interets, seconde.indemnites, seconde.total) == (
        Decimal("500.00"),
        Decimal("80.05"),
        Decimal("120.00"),
        Decimal("700.05"),
    )


def test_sans_effet_envers_un_consommateur() -> None:
    calcul = calculer(_creance("consommateur", retards_payes="reclamer"), JOUR)
    assert calcul.retards_payes == ()
    assert "INT-12" in {c.code for c in calcul.constats}
