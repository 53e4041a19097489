"""Capitalisation of interest due for a whole year (C. civ. 1343-2), when the contract provides it —
figures computed by hand below."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from dossier.law.calcul import Capitalisation
from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer

JOUR = date(2025, 9, 30)


def _creance(profil: str = "b2b", capitalisation: bool = True, **cles: Any) -> Any:
    contrat = {
        "type": "prestation",
        "objet": "Agencement",
        "date": "2024-04-01",
        "capitalisation": capitalisation,
    }
    return exemple(
        profil, factures=[facture("F-1", "2024-05-01", "2024-05-31", "10000.00")], contrat=contrat, **cles
    )


def test_une_annee_entiere_capitalisee() -> None:
    calcul = calculer(_creance(), JOUR)
    lignes = [(p.du, p.au, p.jours, p.base, p.taux, p.montant) for p in calcul.periodes]
    assert lignes == [
        # first whole year of penalties, 1 June 2024 – 31 May 2025, on 10,000.00:
        #   10000 × 14.50 % × 30/366 = 118.852… → 118.85 (2024 is a leap year)
        (date(2024, 6, 1), date(2024, 6, 30), 30, Decimal("10000.00"), Decimal("14.50"), Decimal("118.85")),
        #   10000 × 14.25 % × 184/366 = 716.393… → 716.39
        (date(2024, 7, 1), date(2024, 12, 31), 184, Decimal("10000.00"), Decimal("14.25"), Decimal("716.39")),
        #   10000 × 13.15 % × 151/365 = 544.013… → 544.01
        (date(2025, 1, 1), date(2025, 5, 31), 151, Decimal("10000.00"), Decimal("13.15"), Decimal("544.01")),
        # 1,379.25 capitalised on 1 June 2025: the base is 11,379.25
        #   11379.25 × 13.15 % × 30/365 = 122.988… → 122.99
        (date(2025, 6, 1), date(2025, 6, 30), 30, Decimal("11379.25"), Decimal("13.15"), Decimal("122.99")),
        #   11379.25 × 12.15 % × 92/365 = 348.485… → 348.49
        (date(2025, 7, 1), date(2025, 9, 30), 92, Decimal("11379.25"), Decimal("12.15"), Decimal("348.49")),
    ]
    assert calcul.capitalisations == (
        Capitalisation("F-1", date(2025, 6, 1), date(2024, 6, 1), date(2025, 5, 31), Decimal("1379.25")),
    )
    # 118.85 + 716.39 + 544.01 + 122.99 + 348.49; the principal stays 10,000.00
    assert (calcul.principal_restant, calcul.interets, calcul.total_du) == (
        Decimal("10000.00"),
        Decimal("1850.73"),
        Decimal("11890.73"),
    )
    assert "INT-13" in {c.code for c in calcul.constats}
    phrases = [p.replace("\u202f", " ").replace("\xa0", " ") for p in calcul.choix]
    assert any("F-1 : 1 379,25 € (intérêts du 1er juin 2024 au 31 mai 2025) capitalisés le 1er juin 2025" in p
               for p in phrases)  # fmt: skip


def test_sans_clause_les_interets_restent_simples() -> None:
    calcul = calculer(_creance(capitalisation=False), JOUR)
    # 118.85 + 716.39 + (10000 × 13.15 % × 181/365 = 652.10) + (10000 × 12.15 % × 92/365 = 306.25)
    assert calcul.interets == Decimal("1793.59") and calcul.capitalisations == ()


def test_ecartee_envers_un_consommateur_et_avec_l_imputation_sur_les_interets() -> None:
    for creance in (
        _creance("consommateur", courriers=[{"type": "mise_en_demeure", "date": "2024-06-10"}]),
        _creance(options={"imputation": "interets_d_abord"}),
    ):
        calcul = calculer(creance, JOUR)
        assert calcul.capitalisations == () and "INT-04" in {c.code for c in calcul.constats}
