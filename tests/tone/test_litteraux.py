"""`litteraux.possible` says False only where the expression matches nowhere, and the places
`departs_possibles` keeps give `finditer`'s matches: on every source of motifs.yaml (patterns,
exceptions, the law stated), both readings of every corpus and held-out sentence and of every
golden page, and on texts made to trip its reading of the syntax; there too, each source made
non-capturing (`sans_captures`, what the linter tries) finds the same spans."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from dossier.tone.litteraux import departs_possibles, possible, pour_les_etendues, requis, sans_captures
from dossier.tone.motifs_yaml import compilee, motifs
from dossier.tone.prefixes import Departs, correspondances, departs
from dossier.tone.texte import lectures_en_deux_casses
from tests.tone.test_departs import GOLDEN, sources
from tests.tone.tranches import TRANCHES, tranche


def faux_refus(texte: str) -> list[str]:
    """The sources `possible` turns away from a reading of `texte` that they match, that
    `departs_possibles` makes miss a match there, or that find other spans without captures."""
    (avec_casse, *_), (minuscules, *_) = lectures_en_deux_casses(texte)
    return [
        source[:60]
        for source in sources()
        for lu in (avec_casse.texte, minuscules.texte)
        if not _memes_reponses(source, lu, [t.span() for t in compilee(source).finditer(lu)])
    ]


def _memes_reponses(source: str, lu: str, attendues: list[tuple[int, int]]) -> bool:
    """`attendues`, the spans `finditer` finds (worked out once: it is the dear part), are what
    each shortcut gives."""
    return (
        (possible(source, lu) or not attendues)
        and memes_places(source, lu, attendues)
        and memes_etendues(source, lu, attendues)
    )


def memes_etendues(source: str, lu: str, attendues: list[tuple[int, int]]) -> bool:
    return [t.span() for t in pour_les_etendues(source).finditer(lu)] == attendues


@cache
def lus_par_branches() -> frozenset[str]:
    """The patterns the linter tries where `departs_possibles` says (`linter._trouvailles`)."""
    return frozenset(m.source for m in motifs() if m.prefixes is None and departs(m.source) is not None)


def memes_places(source: str, lu: str, attendues: list[tuple[int, int]]) -> bool:
    d = departs(source)
    if d is None or source not in lus_par_branches():
        return True
    trouves = correspondances(compilee(source), lu, departs_possibles(source, lu, d))
    return [t.span() for t in trouves] == attendues


@pytest.mark.parametrize("n", TRANCHES)
def test_aucun_faux_refus_sur_le_corpus_et_les_phrases_tenues_a_l_ecart(n: int) -> None:
    assert {p: refus for p in tranche(n) if (refus := faux_refus(p))} == {}


@pytest.mark.parametrize("page", sorted(GOLDEN.rglob("*.txt")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_aucun_faux_refus_sur_les_pages_golden(page: Path) -> None:
    assert faux_refus(page.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("motif", "texte"),
    [
        (r"\bsaisi(e|r)?\b", "saisi"),  # an optional group needs nothing
        (r"(?i:HUISSIER)", "huissier"),  # nor a case-insensitive one
        (r"\bx(?!yz)", "x"),  # nor a negative lookahead
        (r"(?<=a)b", "ab"),  # a positive lookbehind: « a » is in the text
        (r"(ab|cd)+e", "cde"),  # a repeated group: one of its branches
        (r"a{0,2}b", "b"),
        (r"(?P<x>ab)(?P=x)", "abab"),
        (r"\b(un|une) (huissier|commissaire)", "une commissaire"),
    ],
)
def test_cas_limites(motif: str, texte: str) -> None:
    assert re.search(motif, texte)
    assert possible(motif, texte)


def test_des_mots_requis_sont_lus() -> None:
    """The shortcut is taken: a choice of words, a run around a group, a lookahead's content."""
    assert [sorted(c) for c in requis(r"\b(saisie|hypotheque) (de|sur) vos biens")] == [
        [" vos biens"],
        ["hypotheque", "saisie"],
    ]
    assert [sorted(c) for c in requis(r"(?=[^.]*!)\bvite\b")] == [["vite"], ["!"]]
    assert not possible(r"\b[A-Z ]{3,}(?:SINON|MAINTENANT)\b", "PAYEZ VITE")
    d = departs(r"(?:^|(?<=[.]))[^.]*\bdelai d'opposition|\ba force d'acte")
    assert d is not None and departs_possibles(
        r"(?:^|(?<=[.]))[^.]*\bdelai d'opposition|\ba force d'acte", "a", d
    ) == (Departs())


def test_sans_captures() -> None:
    """Most sources lose their groups; one that refers to a group keeps them."""
    sans = [sans_captures(source) for source in sources()]
    assert sum(s != source for s, source in zip(sans, sources(), strict=True)) > len(sans) // 2
    assert all(re.compile(s).groups == len(re.compile(s).groupindex) for s in sans if s not in sources())
    assert sans_captures(r"\b(un|une) (?P=x)") == r"\b(un|une) (?P=x)"
