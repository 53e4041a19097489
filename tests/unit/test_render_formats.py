"""French formatting filters: exact typography, no rounding, refusal of values they must not guess."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from dossier.errors import RenderFailure
from dossier.francais import LOCALE, date_courte, date_longue, euros, taux

FINE = "\u202f"  # narrow no-break space: thousands separator
INSECABLE = "\u00a0"  # no-break space: before € and %


@pytest.mark.parametrize(
    ("montant", "attendu"),
    [
        ("2480", f"2{FINE}480,00{INSECABLE}€"),
        ("2480.00", f"2{FINE}480,00{INSECABLE}€"),
        ("0", f"0,00{INSECABLE}€"),
        ("40", f"40,00{INSECABLE}€"),
        ("999.9", f"999,90{INSECABLE}€"),
        ("1234567.89", f"1{FINE}234{FINE}567,89{INSECABLE}€"),
        ("-500", f"-500,00{INSECABLE}€"),
    ],
)
def test_euros(montant: str, attendu: str) -> None:
    assert euros(Decimal(montant)) == attendu


@pytest.mark.parametrize("valeur", [2480.0, 2480, "2480", True, Decimal("NaN"), Decimal("Infinity"), None])
def test_euros_refuse_ce_qui_n_est_pas_un_decimal(valeur: object) -> None:
    with pytest.raises(RenderFailure, match="euros") as erreur:
        euros(valeur)
    assert erreur.value.constats[0].code == "RENDU-02"


def test_euros_refuse_d_arrondir() -> None:
    with pytest.raises(RenderFailure, match="plus de deux décimales"):
        euros(Decimal("10.005"))


@pytest.mark.parametrize(
    ("valeur", "attendu"),
    [("12.15", f"12,15{INSECABLE}%"), ("3", f"3,00{INSECABLE}%"), ("0.5", f"0,50{INSECABLE}%")],
)
def test_taux(valeur: str, attendu: str) -> None:
    assert taux(Decimal(valeur)) == attendu


def test_taux_refuse_d_arrondir() -> None:
    with pytest.raises(RenderFailure, match="taux"):
        taux(Decimal("4.123"))


@pytest.mark.parametrize(
    ("jour", "longue", "courte"),
    [
        (date(2026, 1, 15), "15 janvier 2026", "15/01/2026"),
        (date(2026, 3, 1), "1er mars 2026", "01/03/2026"),
        (date(2025, 2, 28), "28 février 2025", "28/02/2025"),
        (date(2025, 8, 2), "2 août 2025", "02/08/2025"),
        (date(2025, 12, 31), "31 décembre 2025", "31/12/2025"),
    ],
)
def test_dates(jour: date, longue: str, courte: str) -> None:
    assert date_longue(jour) == longue
    assert date_courte(jour) == courte


@pytest.mark.parametrize("valeur", [datetime(2026, 1, 15, 12, 0), "2026-01-15", None])
def test_dates_refusent_ce_qui_n_est_pas_un_jour(valeur: object) -> None:
    with pytest.raises(RenderFailure, match="date"):
        date_longue(valeur)
    with pytest.raises(RenderFailure, match="date"):
        date_courte(valeur)


def test_la_locale_analysee_une_fois_ecrit_comme_son_nom() -> None:
    """babel given the parsed `fr_FR` once (`_locale`) writes what it writes given the name."""
    montants = [
        Decimal(f"{signe}{e}.{c:02d}")
        for signe in ("", "-")
        for e in (0, 7, 40, 999, 1000, 123456789)
        for c in (0, 5, 99)
    ]
    jours = [date(2000, 1, 1) + timedelta(days=n) for n in range(0, 12000, 37)]
    for montant in montants:
        assert euros(montant) == format_currency(montant, "EUR", locale=LOCALE, currency_digits=True)
        assert taux(montant) == format_decimal(montant, format="#,##0.00", locale=LOCALE) + INSECABLE + "%"
    for jour in jours:
        longue = format_date(jour, format="d MMMM y", locale=LOCALE)
        assert date_longue(jour) == ("1er" + longue[1:] if jour.day == 1 else longue)
        assert date_courte(jour) == format_date(jour, format="dd/MM/y", locale=LOCALE)
