"""The public holidays `law/calendrier.py` counts: the `holidays` package's France, loaded alone,
gives the very days `holidays.country_holidays("FR")` gives, every year from 1990 to 2100."""

from __future__ import annotations

import subprocess
import sys

import holidays

from dossier.law import calendrier


def test_memes_jours_que_country_holidays() -> None:
    for annee in range(1990, 2101):
        attendus = holidays.country_holidays("FR", years=annee)
        # eleven days (C. trav. L3133-1), ten dates when Ascension falls on 1 or 8 May (1997, 2008)
        assert calendrier._feries(annee) == frozenset(attendus) and len(attendus) >= 10, annee


def test_les_autres_pays_ne_sont_pas_importes() -> None:
    """Counting a working day loads France's holidays, not the package's 250 countries."""
    code = (
        "import sys\n"
        "from datetime import date\n"
        "from dossier.law.calendrier import jour_ouvre\n"
        "assert jour_ouvre(date(2026, 5, 1)) == date(2026, 5, 4)\n"
        "print('holidays.countries' in sys.modules, 'holidays.countries.germany' in sys.modules)\n"
    )
    sortie = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert sortie.stdout.split() == ["False", "False"]
