"""Where a pattern of motifs.yaml can start, so that one scan of a text finds where to try it.

Python's `re` costs about the same per character whatever the pattern: forty patterns over a page
are forty scans. Most patterns open on « \\b( » and a choice of words (« \\b(saisies?|retenues?
sur…) »), or on « \\b » and a word (« \\bvous (le |l')?… »); their first letters (at most three:
« sai », « ret », « vou ») say where a match can begin. The
linter scans each text once for the words that begin so (`candidats`), then tries each pattern only
there (`trouvailles`) — the same matches, in the same order, as `finditer` (a test compares them on
every sample page and every corpus sentence), in half the time. A pattern whose opening cannot be
read so (a character class, a sentence start) is tried where `departs` says it can begin — a word
start, right after « . ; : ! ? », the text's start — found by one scan (`chercheur`), as are the
exceptions (`sauf`) and `la-loi-enoncee` (`correspondances`, the matches of `finditer`, lazily); what
cannot be read at all is scanned whole.

>>> sorted(prefixes(r"\\b(saisies?|retenues? sur (votre|vos) salaire|(un|une) huissier)\\b"))
['ret', 'sai', 'un', 'une']
>>> sorted(prefixes(r"\\bdommages?[- ]interets?\\b|\\bau lieu de \\d"))
['au ', 'dom']
>>> sorted(prefixes(r"\\b((un|une) )?huissier|\\b\\d+ ?%"))
['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'hui', 'un', 'une']
>>> prefixes(r"!( ?!)+") is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

_META = set("\\()[]{}?*+.|^$")
CHIFFRES = "0123456789"


# what `structure` steps over: an escape, a character class, whole; what it yields: « ( », « ) », « | »
_SYNTAXE = re.compile(r"\\.|\[(?:\\.|[^\]\\])*\]|[()|]", flags=re.DOTALL)


def structure(motif: str, depart: int = 0) -> Iterator[tuple[int, str, int]]:
    """Each parenthesis and « | » of `motif` from `depart`, not escaped nor inside a character
    class, with the depth of parentheses before it: what both scans below need. Scanned by an
    expression, not character by character: an exception of motifs.yaml holds 12,000 characters."""
    profondeur = 0
    for jeton in _SYNTAXE.finditer(motif, depart):
        c = jeton.group()
        if len(c) == 1:
            yield jeton.start(), c, profondeur
            profondeur += {"(": 1, ")": -1}.get(c, 0)


def decouper(motif: str) -> list[str]:
    """`motif` cut at its top-level « | » (outside groups, classes and escapes)."""
    coupures = [i for i, c, profondeur in structure(motif) if c == "|" and profondeur == 0]
    bornes = [-1, *coupures, len(motif)]
    return [motif[a + 1 : b] for a, b in pairwise(bornes)]


def _fermante(motif: str, ouvrante: int) -> int | None:
    """Where the group opened at `ouvrante` closes (None: it does not)."""
    for i, c, profondeur in structure(motif, ouvrante):
        if c == ")" and profondeur == 1:
            return i
    return None


def _prefixe(branche: str) -> str | None:
    lettres = ""
    for i, c in enumerate(branche):
        if c in _META:
            if c in "?*{" and lettres:
                lettres = lettres[:-1]
            break
        lettres += c
        if len(lettres) == 4:
            suivant = branche[i + 1] if i + 1 < len(branche) else ""
            if suivant in "?*{":
                lettres = lettres[:-1]
            break
    lettres = lettres[:3]
    return lettres if lettres and (lettres[0].isalnum()) else None


def _prefixes_branche(branche: str) -> set[str] | None:
    if branche.startswith("("):
        saut = 3 if branche.startswith("(?:") else 1
        if branche.startswith("(?") and saut == 1:
            return None
        fermante = _fermante(branche, 0)
        quantificateur = None if fermante is None else branche[fermante + 1 : fermante + 2]
        if fermante is None or quantificateur in ("*", "{"):
            return None
        trouves: set[str] = set()
        for sous in decouper(branche[saut:fermante]):
            p = _prefixes_branche(sous)
            if p is None:
                return None
            trouves |= p
        if quantificateur == "?":  # an optional group: a match may also begin with what follows it
            suite = _prefixes_branche(branche[fermante + 2 :].removeprefix("?"))
            if suite is None:
                return None
            trouves |= suite
        return trouves
    if branche.startswith("\\d"):  # a digit, at least once: a match begins with one of the ten
        return set(CHIFFRES) if branche[2:3] not in ("?", "*", "{") else None
    lettres = _prefixe(branche)
    return {lettres} if lettres else None


REGARDS = ("(?<!", "(?<=", "(?!", "(?=")


def _sans_regards(branche: str, ouvertures: tuple[str, ...] = REGARDS) -> str:
    """`branche` without the lookarounds it opens on (« (?<!prevention des ) »), of the kinds
    `ouvertures` names: they only keep a match from beginning somewhere, never make it begin
    elsewhere."""
    while branche.startswith(ouvertures):
        fermante = _fermante(branche, 0)
        if fermante is None:
            return branche
        branche = branche[fermante + 1 :]
    return branche


def _sans_reculs(branche: str) -> str:
    """`branche` without the negative lookbehinds it opens on (« (?<!aucune )\\b… »): before its
    « \\b » as after it, they only restrict."""
    return _sans_regards(branche, ("(?<!",))


def prefixes(motif: str) -> frozenset[str] | None:
    """The first letters a match of `motif` can begin with, or None when they cannot be read.
    Each top-level branch must open on « \\b » (negative lookbehinds before it, lookarounds after
    it, which only restrict): a match then begins at a word start, where `candidats` looks."""
    trouves: set[str] = set()
    for partie in map(_sans_reculs, decouper(motif)):
        if not partie.startswith("\\b"):
            return None
        p = _prefixes_branche(_sans_regards(partie[2:]))
        if p is None:
            return None
        trouves |= p
    return frozenset(trouves)


@dataclass(frozen=True)
class Departs:
    """Where a match of a pattern can begin: at a word start opening on one of `prefixes`, right
    after one of the characters `apres` (« (?<=[.;:!?]) », a sentence start), at the text's start
    (`debut`, « ^ »: the patterns are compiled without MULTILINE)."""

    prefixes: frozenset[str] = frozenset()
    apres: frozenset[str] = frozenset()
    debut: bool = False

    def __or__(self, autre: Departs) -> Departs:
        return Departs(self.prefixes | autre.prefixes, self.apres | autre.apres, self.debut or autre.debut)


_CLASSE_SIMPLE = re.compile(r"\(\?<=\[([^\]\\^-][^\]\\-]*)\]\)")  # « (?<=[.;:!?]) »: literal characters


def departs_branche(branche: str) -> Departs | None:
    """Where a match of `branche` (one top-level branch, `decouper`) can begin; None: anywhere."""
    branche = _sans_reculs(branche)
    if branche.startswith("\\b"):
        p = _prefixes_branche(_sans_regards(branche[2:]))
        return None if p is None else Departs(prefixes=frozenset(p))
    if branche.startswith("^"):
        return Departs(debut=True)
    if branche.startswith("(?<="):
        classe = _CLASSE_SIMPLE.match(branche)
        return None if classe is None else Departs(apres=frozenset(classe.group(1)))
    if not branche.startswith("(") or (branche.startswith("(?") and not branche.startswith("(?:")):
        return None  # a letter, a class, « . », an inline flag (« (?i: »), a lookahead…: anywhere
    fermante = _fermante(branche, 0)
    quantificateur = None if fermante is None else branche[fermante + 1 : fermante + 2]
    if fermante is None or quantificateur in ("*", "{"):
        return None
    trouves = _departs(branche[3 if branche.startswith("(?:") else 1 : fermante])
    if trouves is not None and quantificateur == "?":  # optional: a match may begin with what follows
        suite = departs_branche(branche[fermante + 2 :].removeprefix("?"))
        trouves = None if suite is None else trouves | suite
    return trouves


def _departs(motif: str) -> Departs | None:
    trouves = Departs()
    for branche in decouper(motif):
        d = departs_branche(branche)
        if d is None:
            return None
        trouves |= d
    return trouves


@cache
def departs(motif: str) -> Departs | None:
    """Where a match of `motif` can begin, or None when it cannot be read (then anywhere): each
    top-level branch, or each branch of a group it opens on, opens on « \\b » and first letters
    (`prefixes`), on « ^ », or on a lookbehind of literal characters. Worked out the first time
    an exception or a pattern is read, not when motifs.yaml is loaded (a fresh process).

    >>> d = departs(r"(?:^|(?<=[.;!?]))[^.;]*\\bsuppose|\\b(si|lorsque) ")
    >>> sorted(d.prefixes), sorted(d.apres), d.debut
    (['lor', 'si'], ['!', '.', ';', '?'], True)
    >>> departs(r"[A-Z]{3,}") is None
    True
    """
    return _departs(motif)


@cache
def chercheur(d: Departs) -> re.Pattern[str]:
    """An expression matching the empty string at each place `d` allows, in one scan of a text.
    A first letter no prefix opens on is turned away by one character class before the prefixes
    are tried, and a prefix that a shorter one opens (« arr » after « a ») is not tried: the same
    places, found in half the time (every sample page compared, `acte-notifie`'s 34 prefixes).

    >>> print(chercheur(Departs(prefixes=frozenset({"a", "arr", "de "}))).pattern)
    \\b(?=[ad])(?:(?=a)|(?=de\\ ))
    """
    branches = [r"\A"] if d.debut else []
    if d.apres:
        branches.append(f"(?<=[{''.join(map(re.escape, sorted(d.apres)))}])")
    if d.prefixes:
        tries = [p for p in sorted(d.prefixes) if not any(q != p and p.startswith(q) for q in d.prefixes)]
        premieres = "".join(map(re.escape, sorted({p[0] for p in tries})))
        branches.append(rf"\b(?=[{premieres}])(?:{'|'.join(f'(?={re.escape(p)})' for p in tries)})")
    return re.compile("|".join(branches) or "(?!)")


def correspondances(expression: re.Pattern[str], texte: str, d: Departs | None) -> Iterator[re.Match[str]]:
    """`expression.finditer(texte)`, lazily, trying `expression` only where `d` says a match can
    begin (`departs` of its source; None: `finditer` itself). After an empty match, `finditer`
    looks again at the same place for a longer one (« (?=a)|ab » finds « » then « ab »): the scan
    is handed to `finditer` from there, which finds that empty match first again."""
    if d is None:
        yield from expression.finditer(texte)
        return
    suivant = 0
    for p in _places(d, texte):
        if p < suivant:
            continue
        trouve = expression.match(texte, p)
        if trouve is None:
            continue
        if trouve.end() == p:
            yield from expression.finditer(texte, p)
            return
        yield trouve
        suivant = trouve.end()


def _places(d: Departs, texte: str) -> Iterator[int]:
    """The places `chercheur(d)` finds in `texte`, in order, lazily. Sentence starts alone
    (« (?<=[.;!?]) », « ^ ») are the ends of a scan for the characters themselves: `re` skips
    ahead to a character of a class, but tries a lookbehind at every character of the text (a
    quarter of the time). Where nothing can begin (`litteraux.departs_possibles` kept no branch),
    the text is not scanned."""
    if d.apres and not d.prefixes:
        if d.debut:
            yield 0  # a character's end is never 0: no place twice
        yield from (fin.end() for fin in _ponctuation(d.apres).finditer(texte))
    elif d.prefixes or d.debut:
        yield from (place.start() for place in chercheur(d).finditer(texte))


@cache
def _ponctuation(apres: frozenset[str]) -> re.Pattern[str]:
    return re.compile(f"[{''.join(map(re.escape, sorted(apres)))}]")


class IndexDesPrefixes:
    """First letters (one to three) → the names of the patterns that may begin with them; and, for
    each three characters met at a word start, the names their three prefixes give, in that
    order, each once — worked out the first time they are met (`noms`): a page has a few hundred
    word starts but far fewer distinct openings, and `candidats` then looks each start up once
    instead of three times. `debuts` finds the word starts whose first character opens some
    entry: the patterns read with capitals kept open on seven capitalised words (« URG »,
    « IMM »…), so most word starts of a letter, in small letters, need no look-up at all."""

    def __init__(self, index: Mapping[str, Sequence[str]]) -> None:
        self.index = index
        self._ouvertures: dict[str, tuple[str, ...]] = {}
        premieres = sorted({cle[0] for cle in index if cle})
        # every key opens on a letter or digit (`_prefixe`), which `\w` holds: the same starts as
        # `\b\w` where a key can begin
        self.debuts = re.compile(rf"\b[{''.join(map(re.escape, premieres))}]" if premieres else r"(?!)")

    def noms(self, ouverture: str) -> tuple[str, ...]:
        noms = self._ouvertures.get(ouverture)
        if noms is None:
            if len(self._ouvertures) >= OUVERTURES_GARDEES:  # a bound, for a batch of many claims
                self._ouvertures.clear()
            longueurs = (3, 2, 1)
            noms = tuple(dict.fromkeys(n for k in longueurs for n in self.index.get(ouverture[:k], ())))
            self._ouvertures[ouverture] = noms
        return noms


OUVERTURES_GARDEES = 50_000


def candidats(texte: str, index: IndexDesPrefixes) -> dict[str, list[int]]:
    """Pattern name → the word starts of `texte` where it may match (`index`: first letters →
    the names of the patterns that may begin with them), in one scan of the text."""
    trouves: dict[str, list[int]] = {}
    deja = index._ouvertures  # `index.noms`, the openings already met read without a call
    for debut in index.debuts.finditer(texte):
        p = debut.start()
        ouverture = texte[p : p + 3]
        noms = deja.get(ouverture)
        if noms is None:
            noms = index.noms(ouverture)
        for nom in noms:
            places = trouves.get(nom)
            if places is None:  # (not `setdefault`: it makes an empty list at each of 60,000 calls)
                trouves[nom] = [p]
            else:
                places.append(p)
    return trouves


def candidats_hors(
    masque: str, index: IndexDesPrefixes, du_texte: Mapping[str, list[int]], zones: Iterable[tuple[int, int]]
) -> dict[str, list[int]]:
    """`candidats(masque, index)`, from `du_texte`, the candidates of the text that `masque` is with
    `zones` blanked (same length, linter._masquer): whether a place is a word start, and the three
    characters it is looked up by, read the characters from the one before it to the third, so
    only places from two before a zone to its end can differ. There `masque` is scanned again;
    elsewhere the text's word starts stand: the reading with the claim's names blanked is not
    scanned whole again for each set of names a pattern sets aside."""
    touchees: set[int] = set()
    for debut, fin in zones:
        if fin > debut:
            touchees.update(range(max(0, debut - 2), fin + 1))
    if not touchees:
        return dict(du_texte)
    trouves = {nom: [p for p in places if p not in touchees] for nom, places in du_texte.items()}
    ajoutes: set[str] = set()
    for debut in sorted(touchees):
        if debut >= len(masque) or index.debuts.match(masque, debut) is None:
            continue
        for nom in index.noms(masque[debut : debut + 3]):
            trouves.setdefault(nom, []).append(debut)
            ajoutes.add(nom)
    for nom in ajoutes:
        trouves[nom].sort()
    return {nom: places for nom, places in trouves.items() if places}


def trouvailles(expression: re.Pattern[str], texte: str, positions: Iterable[int]) -> list[tuple[int, int]]:
    """The spans `expression.finditer(texte)` gives, trying `expression` only at `positions`
    (ascending), which hold every place where it can match."""
    spans = []
    suivant = 0
    for p in positions:
        if p < suivant:
            continue
        trouve = expression.match(texte, p)
        if trouve is not None:
            spans.append(trouve.span())
            suivant = trouve.end() if trouve.end() > p else p + 1
    return spans
