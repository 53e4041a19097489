"""The one registry of finding codes, read from `codes.yaml` (docs/decisions.md « Codes and exit codes »).

A code never changes meaning once released; `dossier explain CODE` prints its entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

from dossier.donnees import lire_donnees

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
    brut = lire_donnees(texte)
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
