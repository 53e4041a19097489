"""The one registry of finding codes, read from `codes.yaml` (docs/decisions.md « Codes and exit codes »).

A code never changes meaning once released; `dossier explain CODE` prints its entry.

Read here with PyYAML alone: `explain` and every finding need the registry, and the strict reader
and pydantic (`model/donnees.py`, which every other data file of the package goes through) would
double `explain`'s start-up (issue 16). The file is held to the same standard by the suite CI runs:
tests/unit/test_codes.py reads it through the strict reader (a duplicate code is refused) and its
typed model (an unknown field, a missing one, a severity not in `SEVERITES`), with positions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

SEVERITES = ("bloquant", "avertissement", "info")


@dataclass(frozen=True)
class EntreeCode:
    code: str
    severite: str
    article: str
    titre: str
    explication: str
    que_faire: str


@cache
def registre() -> dict[str, EntreeCode]:
    texte = resources.files("dossier").joinpath("codes.yaml").read_text(encoding="utf-8")
    brut = yaml.safe_load(texte)
    entrees: dict[str, EntreeCode] = {}
    for code, champs in brut.items():
        if champs["severite"] not in SEVERITES:
            raise ValueError(f"codes.yaml: {code}: sévérité inconnue {champs['severite']!r}")
        entrees[code] = EntreeCode(
            code=code,
            severite=champs["severite"],
            article=champs.get("article", ""),
            titre=champs["titre"],
            explication=champs["explication"].strip(),
            que_faire=champs.get("que_faire", "").strip(),
        )
    return entrees
