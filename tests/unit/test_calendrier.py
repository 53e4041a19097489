"""Terms in years and months: the day bearing the same quantième, else the last day of the month.

C. civ. 2228–2229 (prescription counted in days, acquired when the last day of the term is over),
read as CPC 641 reads a term in months or years: « ce délai expire le jour du dernier mois ou de la
dernière année qui porte le même quantième que le jour de l'acte […] À défaut d'un quantième
identique, le délai expire le dernier jour du mois. » Only a start on 29 February lacks its
quantième in a common year; a start on 28 February ends on 28 February, leap year or not.
"""

from __future__ import annotations

import calendar
from datetime import date

import pytest

from dossier.law.calendrier import ajouter_annees, ajouter_mois

ANNEES = [
    # start, years, last day — each computed by hand
    (date(2023, 2, 28), 5, date(2028, 2, 28)),  # 28 Feb exists in 2028: not the 29th
    (date(2023, 2, 28), 1, date(2024, 2, 28)),  # into a leap year
    (date(2024, 2, 28), 1, date(2025, 2, 28)),  # out of a leap year
    (date(2024, 2, 28), 4, date(2028, 2, 28)),  # leap to leap, from the 28th
    (date(2024, 2, 29), 2, date(2026, 2, 28)),  # no 29 Feb in 2026: last day of February
    (date(2024, 2, 29), 4, date(2028, 2, 29)),  # leap to leap: the same quantième exists
    (date(2024, 2, 29), 5, date(2029, 2, 28)),
    (date(2021, 3, 1), 3, date(2024, 3, 1)),  # the day after February stays 1 March
    (date(2023, 3, 1), 5, date(2028, 3, 1)),
    (date(2022, 12, 31), 5, date(2027, 12, 31)),  # year end
    (date(2023, 1, 31), 2, date(2025, 1, 31)),
    (date(2023, 4, 30), 3, date(2026, 4, 30)),  # a 30-day month end stays the 30th
    (date(2023, 6, 15), 0, date(2023, 6, 15)),
]


@pytest.mark.parametrize(("depart", "annees", "attendu"), ANNEES, ids=[f"{d}+{n}a" for d, n, _ in ANNEES])
def test_ajouter_annees(depart: date, annees: int, attendu: date) -> None:
    assert ajouter_annees(depart, annees) == attendu


MOIS = [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),  # no 31 February: last day of February
    (date(2024, 1, 31), 1, date(2024, 2, 29)),  # leap year: the last day is the 29th
    (date(2024, 1, 30), 1, date(2024, 2, 29)),
    (date(2024, 1, 29), 1, date(2024, 2, 29)),  # the 29th exists in a leap February
    (date(2025, 1, 29), 1, date(2025, 2, 28)),
    (date(2023, 2, 28), 12, date(2024, 2, 28)),  # the 28th exists in every February
    (date(2023, 2, 28), 60, date(2028, 2, 28)),  # five years in months: as in years
    (date(2024, 2, 29), 12, date(2025, 2, 28)),
    (date(2024, 2, 29), 48, date(2028, 2, 29)),
    (date(2026, 2, 28), 1, date(2026, 3, 28)),  # a month end is not carried: 28 → 28
    (date(2026, 3, 31), 1, date(2026, 4, 30)),  # 30-day month
    (date(2026, 8, 31), 1, date(2026, 9, 30)),
    (date(2026, 11, 15), 3, date(2027, 2, 15)),  # across the year end
    (date(2026, 12, 31), 2, date(2027, 2, 28)),
    (date(2026, 5, 31), 24, date(2028, 5, 31)),  # the plan horizon (24 months)
    (date(2025, 12, 31), 26, date(2028, 2, 29)),
]


@pytest.mark.parametrize(("depart", "mois", "attendu"), MOIS, ids=[f"{d}+{n}m" for d, n, _ in MOIS])
def test_ajouter_mois(depart: date, mois: int, attendu: date) -> None:
    assert ajouter_mois(depart, mois) == attendu


@pytest.mark.parametrize("annee", range(2020, 2030))
@pytest.mark.parametrize("mois", range(1, 13))
def test_annees_et_mois_concordent(annee: int, mois: int) -> None:
    """N years are 12 × N months, from every month end and every 28th."""
    for jour in {28, calendar.monthrange(annee, mois)[1]}:
        depart = date(annee, mois, jour)
        for annees in (1, 2, 3, 4, 5):
            assert ajouter_annees(depart, annees) == ajouter_mois(depart, 12 * annees)
