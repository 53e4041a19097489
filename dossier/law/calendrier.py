"""Calendrier du calcul : semestres, années civiles, ajout d'années — aucune règle de droit ici.

Le taux de l'intérêt légal est fixé par semestre (C. mon. fin. L313-2) et le taux BCE de
L441-10 se lit au premier jour du semestre ; la prescription se compte en années (C. civ. 2228,
2229). Les nombres de ce module sont ceux du calendrier (mois, jours), pas des nombres de loi.

    >>> semestre(date(2026, 7, 1)).libelle
    '2e semestre 2026'
    >>> semestre(date(2026, 3, 31)).fin
    datetime.date(2026, 6, 30)
    >>> ajouter_annees(date(2024, 2, 29), 2)
    datetime.date(2026, 2, 28)
    >>> ajouter_mois(date(2026, 1, 31), 1), ajouter_mois(date(2026, 11, 15), 3)
    (datetime.date(2026, 2, 28), datetime.date(2027, 2, 15))
    >>> jour_ouvre(date(2026, 5, 1)), jour_ouvre(date(2026, 5, 23))  # 1er mai ; samedi, Pentecôte
    (datetime.date(2026, 5, 4), datetime.date(2026, 5, 26))
"""

from __future__ import annotations

import calendar
import importlib.util
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, partial
from pathlib import Path
from typing import cast

_MOIS_PAR_SEMESTRE = 6  # structurel : deux semestres de six mois
_DECEMBRE, _JUIN, _JOUR_FIN_JUIN, _JOUR_FIN_DECEMBRE = 12, 6, 30, 31  # structurel : calendrier
_MOIS_PAR_AN, _SAMEDI = 12, 5  # structurel : calendrier (lundi = 0)


@dataclass(frozen=True, order=True)
class Semestre:
    """Un semestre civil : 1 (janvier-juin) ou 2 (juillet-décembre)."""

    annee: int
    numero: int

    @property
    def debut(self) -> date:
        return date(self.annee, 1 + (self.numero - 1) * _MOIS_PAR_SEMESTRE, 1)

    @property
    def fin(self) -> date:
        if self.numero == 1:
            return date(self.annee, _JUIN, _JOUR_FIN_JUIN)
        return date(self.annee, _DECEMBRE, _JOUR_FIN_DECEMBRE)

    @property
    def libelle(self) -> str:
        """« 1er semestre 2026 » ou « 2e semestre 2026 »."""
        rang = "1er" if self.numero == 1 else "2e"
        return f"{rang} semestre {self.annee}"

    @property
    def suivant(self) -> Semestre:
        return semestre(lendemain(self.fin))


def semestre(jour: date) -> Semestre:
    """Le semestre civil où tombe `jour`."""
    return Semestre(jour.year, 1 if jour.month <= _MOIS_PAR_SEMESTRE else 2)


def fin_d_annee(jour: date) -> date:
    return date(jour.year, _DECEMBRE, _JOUR_FIN_DECEMBRE)


def jours_de_l_annee(annee: int) -> int:
    """Nombre de jours de l'année civile : la base de l'intérêt d'un jour de cette année.

    >>> jours_de_l_annee(2025), jours_de_l_annee(2024)
    (365, 366)
    """
    return (date(annee + 1, 1, 1) - date(annee, 1, 1)).days


def lendemain(jour: date) -> date:
    return jour + timedelta(days=1)


def veille(jour: date) -> date:
    return jour - timedelta(days=1)


def ajouter_annees(jour: date, annees: int) -> date:
    """Le jour de même quantième `annees` ans plus tard ; le 29 février devient le 28 février.

    C'est le dernier jour d'un délai en années qui court à partir du lendemain de `jour`
    (le jour de départ ne compte pas, C. civ. 2228) : à défaut de quantième identique, le délai
    expire le dernier jour du mois (même règle que CPC 641 pour les délais de procédure). Seul
    un départ le 29 février manque de quantième une année commune ; un 28 février reste le 28,
    même quand l'année d'arrivée est bissextile.

    >>> ajouter_annees(date(2023, 2, 28), 5), ajouter_annees(date(2024, 2, 29), 4)
    (datetime.date(2028, 2, 28), datetime.date(2028, 2, 29))
    """
    return ajouter_mois(jour, annees * _MOIS_PAR_AN)


def ajouter_mois(jour: date, mois: int) -> date:
    """Le même quantième `mois` mois plus tard ; à défaut (31 → février), le dernier jour du mois."""
    rang = jour.year * _MOIS_PAR_AN + jour.month - 1 + mois
    annee, mois_cible = divmod(rang, _MOIS_PAR_AN)
    dernier = calendar.monthrange(annee, mois_cible + 1)[1]
    return date(annee, mois_cible + 1, min(jour.day, dernier))


@cache
def _feries(annee: int) -> frozenset[date]:
    # Jours fériés nationaux de métropole (C. trav. L3133-1), par le paquet `holidays` ; les jours
    # propres à l'Alsace-Moselle ou à l'outre-mer ne sont pas comptés. Importé au premier jour
    # compté : `dossier taux` et `dossier explain` n'en ont pas besoin.
    return frozenset(_france()(years=annee))


@cache
def _france() -> Callable[..., Iterable[date]]:
    """La classe `France` du paquet `holidays`, celle que `holidays.country_holidays("FR")`
    instancie, chargée seule : `country_holidays` importe `holidays.countries`, dont le
    `__init__` importe quelque 250 pays (≈ 0,11 s par processus neuf). Même fichier du paquet,
    mêmes jours (tests/unit/test_feries.py compare 1990-2100) ; à défaut du fichier (une autre
    organisation du paquet), `country_holidays` lui-même."""
    import holidays

    chemin = Path(holidays.__file__).parent / "countries" / "france.py"
    spec = importlib.util.spec_from_file_location("holidays.countries.france", chemin)
    if not chemin.is_file() or spec is None or spec.loader is None:
        return partial(holidays.country_holidays, "FR")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return cast(Callable[..., Iterable[date]], module.France)


def est_ouvre(jour: date) -> bool:
    """Ni samedi, ni dimanche, ni jour férié national."""
    return jour.weekday() < _SAMEDI and jour not in _feries(jour.year)


def jour_ouvre(jour: date) -> date:
    """`jour` s'il est ouvré, sinon le premier jour ouvré qui le suit."""
    while not est_ouvre(jour):
        jour = lendemain(jour)
    return jour
