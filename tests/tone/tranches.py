"""The corpus and the first held-out set, read once and dealt into slices: the tests that try
every sentence take a slice each, so that pytest-xdist can run them side by side (it spreads
parametrized cases, not the turns of a loop)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

ICI = Path(__file__).resolve().parent
TRANCHES = range(12)


@cache
def phrases() -> tuple[str, ...]:
    return tuple(
        entree["texte"]
        for nom in ("corpus.yaml", "tenus_a_l_ecart.yaml")
        for entree in yaml.safe_load((ICI / nom).read_text(encoding="utf-8"))
    )


def tranche(n: int) -> tuple[str, ...]:
    """Every twelfth sentence from the n-th: neighbours in the corpus are alike in kind and
    length, so dealt this way the slices cost about the same."""
    return phrases()[n :: len(TRANCHES)]
