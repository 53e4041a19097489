"""The characters an expression cannot match without: a text that lacks them is not scanned for it.

A pattern whose opening `prefixes.departs` cannot read (« \\b([A-Z0-9]+['\\s,;:-]+){2,8}(?:IMMEDIATS?|
MAINTENANT|…) », `phrase-criee`) is tried at every character of a page, and finds nothing on
almost every page: none of its words is there. `requis` reads what a match needs from the
expression's syntax tree (`re`'s own parser), once per process: the characters a match holds in
a row (« \\bmaitre\\b » holds « maitre »), and, for a choice of branches, one such run per branch —
any of which the text must hold. Only what is certain is kept: nothing under a case-insensitive
flag, a negative lookaround, a part that may be absent; a positive lookaround's content is in the
text too. `possible` asks the text for them with `in`, a few microseconds instead of a scan; and
`departs_possibles` keeps, of a pattern's places to try, those of the branches whose words are there.

>>> [sorted(clause) for clause in requis(r"\\b(saisie|hypotheque) (de|sur) vos biens")]
[[' vos biens'], ['hypotheque', 'saisie']]
>>> requis(r"\\bsaisi(e|r)?|(?i:huissier)")
()
>>> possible(r"\\b(saisie|hypotheque) (de|sur) vos biens", "une saisie de vos meubles")
False
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import cache
from typing import Any

from dossier.tone.prefixes import Departs, decouper, departs_branche, structure

_parser: Any = importlib.import_module("re._parser")  # `re`'s own reader of an expression
PLUS_DE_RUNS = 48  # a clause of more runs is not asked: its `in`s would cost as much as a scan


def _clauses(elements: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Clauses a text holding a match satisfies, each a set of runs of which it holds one."""
    clauses: list[frozenset[str]] = []
    suite: list[str] = []  # consecutive literal characters: a run every match holds

    def clore() -> None:
        if suite:
            clauses.append(frozenset({"".join(suite)}))
            suite.clear()

    for code, valeur in elements:
        if code is _parser.LITERAL:
            suite.append(chr(valeur))
            continue
        clore()
        if code is _parser.SUBPATTERN:  # (group, flags added, flags removed, content)
            if not valeur[1] & re.IGNORECASE:
                clauses += _clauses(valeur[3])
        elif code in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
            if valeur[0] >= 1:  # (min, max, item): there at least once
                clauses += _clauses(valeur[2])
        elif code is _parser.ATOMIC_GROUP:
            clauses += _clauses(valeur)
        elif code is _parser.ASSERT:  # a positive lookaround: its content is in the text too
            clauses += _clauses(valeur[1])
        elif code is _parser.BRANCH:  # one of the branches matches: one of their runs is there
            runs: set[str] = set()
            for branche in valeur[1]:
                siennes = _clauses(branche)
                if not siennes:
                    break
                runs |= max(siennes, key=lambda c: (min(map(len, c)), -len(c)))
            else:
                clauses.append(frozenset(runs))
        # anything else (a class, « . », an anchor, a negative lookaround, a back-reference, a
        # conditional) needs no given character
    clore()
    return clauses


@cache
def requis(source: str) -> tuple[frozenset[str], ...]:
    """Clauses (each: runs of which a text must hold one) that every match of `source`, compiled
    without flags, satisfies: the two most telling (longest shortest run, then fewest runs) of
    those cheap to ask, each without a run that holds another of its runs (a text holding that
    one holds the other)."""
    arbre = _parser.parse(source)
    if arbre.state.flags & re.IGNORECASE:
        return ()
    clauses = {frozenset(r for r in c if not any(a != r and a in r for a in c)) for c in _clauses(arbre)}
    gardees = [c for c in clauses if len(c) <= PLUS_DE_RUNS]
    return tuple(sorted(gardees, key=lambda c: (-min(map(len, c)), len(c), sorted(c))))[:2]


def possible(source: str, texte: str) -> bool:
    """`texte` holds what every match of `source` needs; False: it matches nowhere in `texte`."""
    return all(any(run in texte for run in clause) for clause in requis(source))


# a back-reference or a conditional: it names a group, which may sit in another branch (`_branches`
# cannot read a branch alone) and which `sans_captures` must not renumber
REFERENCE = re.compile(r"\(\?P=|\(\?\(|\\[1-9]")


@cache
def _branches(source: str) -> tuple[tuple[tuple[frozenset[str], ...], Departs], ...] | None:
    """Each top-level branch of `source`: what its matches need (`requis`) and where they can begin
    (`prefixes.departs` of the branch); None when a branch cannot be read alone."""
    branches = decouper(source)
    if len(branches) < 2 or REFERENCE.search(source):
        return None
    lues = []
    for branche in branches:
        depart = departs_branche(branche)
        if depart is None:
            return None
        lues.append((requis(branche), depart))
    return tuple(lues)


def departs_possibles(source: str, texte: str, d: Departs) -> Departs:
    """`d`, where `source`'s matches can begin (`prefixes.departs`), narrowed to the top-level
    branches whose words `texte` holds: at a place, the expression's match is that of its first
    branch that matches there, never of one that matches nowhere in the text. `acte-notifie`
    opens on « a » (« a force d'acte ») and at every sentence start (« … delai d'opposition »):
    on a page that says neither, it is tried at neither.

    >>> d = Departs(prefixes=frozenset({"sai", "hui"}))
    >>> departs_possibles(r"\\bsaisie|\\bhuissier", "un huissier", d) == Departs(prefixes=frozenset({"hui"}))
    True
    """
    branches = _branches(source)
    if branches is None:
        return d
    gardes = Departs()
    for clauses, depart in branches:
        if all(any(run in texte for run in clause) for clause in clauses):
            gardes |= depart
    return gardes


def sans_captures(source: str) -> str:
    """`source` with each capturing group « ( » made non-capturing « (?: »: the same matches, the same
    spans. The linter reads only a match's span, and `re` pays for each group at every branch it
    tries (it saves and restores where the groups stand): a pattern of thirty groups over a page
    costs a quarter more than the same without them. A source that refers to a group by number
    or name is left whole; named groups stay (`tests/tone/test_litteraux.py` compares the syntax
    trees, group numbers aside, for every source of motifs.yaml).

    >>> sans_captures("(saisie|hypotheque) [(]de(?: ou (sur))?")
    '(?:saisie|hypotheque) [(]de(?: ou (?:sur))?'
    >>> sans_captures("(?P<x>ab) (un|une) (?P=x)")
    '(?P<x>ab) (un|une) (?P=x)'
    """
    if REFERENCE.search(source):
        return source
    morceaux = []
    suite = 0
    for i, c, _ in structure(source):
        if c == "(" and not source.startswith("(?", i):
            morceaux += [source[suite : i + 1], "?:"]
            suite = i + 1
    return "".join([*morceaux, source[suite:]])


@cache
def pour_les_etendues(source: str) -> re.Pattern[str]:
    """`source` compiled without its captures (`sans_captures`), once per process, when a text
    first needs it: what the linter tries, for the spans of its matches."""
    return re.compile(sans_captures(source))
