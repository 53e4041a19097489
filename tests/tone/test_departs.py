"""A pattern, an exception or `la-loi-enoncee` tried only where a match can begin (`prefixes.departs`,
`prefixes.correspondances`) gives exactly `finditer`'s matches: on every source of motifs.yaml, on both
readings of every corpus and held-out sentence and of every golden page, and on texts made to trip
the edge cases (an empty match, a lookbehind or « ^ » at the place tried, a start missed)."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from dossier.tone.motifs_yaml import compilee, expressions, motifs
from dossier.tone.prefixes import Departs, chercheur, correspondances, departs
from dossier.tone.texte import lectures_en_deux_casses
from tests.tone.tranches import TRANCHES, tranche

ICI = Path(__file__).resolve().parent
GOLDEN = ICI.parent / "golden"


@cache
def sources() -> tuple[str, ...]:
    """Every expression the linter scans a text with: patterns, exceptions, the law stated."""
    trouvees = {m.source for m in motifs()} | {m.source_sauf for m in motifs() if m.source_sauf}
    return tuple(sorted(trouvees | {expressions()["la-loi-enoncee"]}))


def memes_rencontres(texte: str) -> list[str]:
    """The sources for which `rencontres` and `finditer` disagree on either reading of `texte`."""
    (avec_casse, *_), (minuscules, *_) = lectures_en_deux_casses(texte)
    return [
        source[:60]
        for source in sources()
        for lu in (avec_casse.texte, minuscules.texte)
        if [t.span() for t in correspondances(compilee(source), lu, departs(source))]
        != [t.span() for t in compilee(source).finditer(lu)]
    ]


def test_la_plupart_des_exceptions_ont_leurs_departs() -> None:
    """The shortcut is taken: most exceptions and the law stated can be read, and an unreadable
    opening is not guessed."""
    exceptions = {m.source_sauf for m in motifs() if m.source_sauf}
    assert sum(departs(s) is not None for s in exceptions) >= 0.8 * len(exceptions)
    assert departs(expressions()["la-loi-enoncee"]) is not None
    illisibles = (r"[A-Z]{3,}", r"(?i:\bsaisie)", r"(?=x)\bsai", r"(a|b)*c", r"(?<=\w)x", r"\bx|y")
    for illisible in (*illisibles, r"(?<=[a-c])x"):  # a range in the lookbehind: not read
        assert departs(illisible) is None, illisible
    assert departs(r"(?:^|(?<=[.;:!?]))[^.;]*\bsuppose|(?:\bseule?s? )") == Departs(
        prefixes=frozenset({"seu"}), apres=frozenset(".;:!?"), debut=True
    )
    assert departs(r"(?<!aucune )(?<!aucun )\bmajorations?") == Departs(prefixes=frozenset({"maj"}))
    expulsion = r"\b(?<!prevention des )(expulsions?|a la rue)\b"  # lookbehinds only restrict
    assert departs(expulsion) == Departs(prefixes=frozenset({"exp", "a l"}))


@pytest.mark.parametrize("n", TRANCHES)
def test_memes_rencontres_sur_le_corpus_et_les_phrases_tenues_a_l_ecart(n: int) -> None:
    assert {p: ecarts for p in tranche(n) if (ecarts := memes_rencontres(p))} == {}


@pytest.mark.parametrize("page", sorted(GOLDEN.rglob("*.txt")), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_memes_rencontres_sur_les_pages_golden(page: Path) -> None:
    assert memes_rencontres(page.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("motif", "texte"),
    [
        (r"(?:^|(?<=[.]))(?=x)|\bxy", "x. xy. xy x.x"),  # empty, then a longer match at the same place
        (r"(?:^|(?<=[.]))(?=x)|\bxy", "ab. xy"),
        (r"(?:^|(?<=[.;]))[^.;]*\bsaisie", "rien. une saisie; la saisie"),  # the lookbehind sees before
        (r"^\bsai|(?<=[;])\bsai", "sai sai;sai"),  # « ^ » only at the text's start
        (r"\bsai(?:sie)?|(?:^|(?<=[,]))s", "saisie,saisie, s,s"),  # overlapping starts
        (r"(?:\bun |\bune )?\bhuissier", "un huissier, une huissier, huissier"),
    ],
)
def test_memes_rencontres_aux_cas_limites(motif: str, texte: str) -> None:
    expression = re.compile(motif)
    assert departs(motif) is not None
    assert [t.span() for t in correspondances(expression, texte, departs(motif))] == [
        t.span() for t in expression.finditer(texte)
    ]


def test_un_depart_oublie_se_voit() -> None:
    """The comparison can fail: a sentence start left out of `departs` misses a match."""
    motif = r"(?:^|(?<=[.;]))[^.;]*\bsaisie"
    expression, texte = re.compile(motif), "rien. une saisie; la saisie"
    sans_point = Departs(apres=frozenset(";"), debut=True)
    assert [t.span() for t in correspondances(expression, texte, sans_point)] != [
        t.span() for t in expression.finditer(texte)
    ]
    phrases = chercheur(Departs(apres=frozenset("."), debut=True))
    assert [t.start() for t in phrases.finditer("a.b.")] == [0, 2, 4]


def test_seuls_quelques_motifs_sont_lus_sur_toute_la_page() -> None:
    """A pattern whose opening `departs` cannot read is tried at every character of every page: a
    new one costs the linter's share of a build at once (passes 25-26: one lookbehind before a
    branch made `penalite-demesuree` so, 10 ms a build). These open on a class, « ! », a digit
    or a capital by design; any other must open where `departs` reads it."""
    illisibles = {m.nom for m in motifs() if departs(m.source) is None}
    assert illisibles <= {
        "exclamations",
        "exclamations-a-un-debiteur",
        "capitales",
        "phrase-criee",
        "numero-surtaxe",
    }
