"""The lexicons of `regles.yaml` read in a text `analyse.py` has cut: each entry — a lemma, several
read as consecutive words, « votre X », alternatives in braces — found where the text's words
follow it, an intensifying adverb allowed inside (« vous êtes vraiment un mauvais payeur »),
« votre » read as any possessive (issue 14). `regles.py` applies the rules to what is found.

>>> developper("sans {attendre|} {votre|le} accord")
['sans attendre votre accord', 'sans attendre le accord', 'sans votre accord', 'sans le accord']
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain, cycle, product

from dossier.tone.acteurs import POSSESSIFS
from dossier.tone.analyse import Analyse, Mot, mots_de
from dossier.tone.texte import normaliser

# Adverbs that may sit inside an entry without changing it (« vous êtes vraiment un mauvais payeur »)
INTENSIFS = frozenset(
    {"vraiment", "tres", "franchement", "decidement", "totalement", "completement", "absolument",
     "particulierement", "tellement", "reellement", "carrement", "directement", "bien"}
)  # fmt: skip
FIGEES = "locutions-figees"  # their words are read as the phrase only (« en cours » is no lesson)


@dataclass(frozen=True)
class Entree:
    mots: tuple[str, ...]  # lemmas (or forms) read as consecutive words
    possessif: bool  # « votre X »: the debtor's possessive at most two words before


Candidate = tuple[int, str, Entree]  # (rank in the lexicons' order, lexicon, entry)


class Noeud:
    """The entries of an `Index` that share their first `mot` words, as a tree: `suites()` gives
    the entries that end here and, for each word that may come next, the node of those that go on
    with it — sorted out the first time the node is reached, so a fresh process only sorts the
    few nodes its texts lead to."""

    __slots__ = ("_entrees", "_lu", "_mot")

    def __init__(self, entrees: list[Candidate], mot: int) -> None:
        self._entrees = entrees  # in the lexicons' order
        self._mot = mot
        self._lu: tuple[list[Candidate], dict[str, Noeud]] | None = None

    @classmethod
    def racine(cls, par_second: dict[str, list[Candidate]]) -> Noeud:
        """The node of a first word, from its entries by second word (« »: none): those are its
        children already."""
        noeud = cls([], 1)
        noeud._lu = par_second.get("", []), {m: cls(e, 2) for m, e in par_second.items() if m}
        return noeud

    def suites(self) -> tuple[list[Candidate], dict[str, Noeud]]:
        if self._lu is None:
            fins: list[Candidate] = []
            suites: dict[str, list[Candidate]] = {}
            for candidate in self._entrees:
                mots = candidate[2].mots
                if len(mots) == self._mot:
                    fins.append(candidate)
                else:
                    suites.setdefault(mots[self._mot], []).append(candidate)
            self._lu = fins, {m: Noeud(e, self._mot + 1) for m, e in suites.items()}
        return self._lu


@dataclass
class Index:
    """First word of an entry → its second word (« » for an entry of one word) → its entries, in
    the lexicons' order; and, for each first word a text has asked for (`arbre`), its entries as a
    tree of their words. An entry written with alternatives (« code {d'acces|du portail|…} {de|a|…}
    {votre|le|…} {box|…} ») stands for a thousand that share their first words: `lire` follows the
    text's words down the tree, each shared word read once, instead of trying the thousand one by
    one. The tree is grown node by node as texts reach them (`Noeud`): growing it for all 20,000
    entries would cost every fresh process more than the index itself."""

    entrees: dict[str, dict[str, list[Candidate]]]
    _arbres: dict[str, Noeud] = field(default_factory=dict)
    _debuts: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)

    def arbre(self, premier: str) -> Noeud:
        racine = self._arbres.get(premier)
        if racine is None:
            racine = self._arbres[premier] = Noeud.racine(self.entrees[premier])
        return racine

    def debuts(self, lemmes: frozenset[str]) -> frozenset[str]:
        """The lemmas among `lemmes` (a word's) that begin an entry: once per set of lemmas met, a
        page's words being mostly the same few hundred (`analyse._LUS` shares their sets)."""
        debuts = self._debuts.get(lemmes)
        if debuts is None:
            if len(self._debuts) >= LECTURES_GARDEES:  # a bound, for a batch of many claims
                self._debuts.clear()
            debuts = self._debuts[lemmes] = frozenset(lemmes & self.entrees.keys())
        return debuts


LECTURES_GARDEES = 50_000


def developper(brute: str) -> list[str]:
    """An entry with alternatives in braces, as the entries it stands for, in order: « {suspendre|
    cesser} nos relance » is « suspendre nos relance » and « cesser nos relance »; « {|tout} »
    may be empty.

    >>> developper("{suspendre|cesser} {nos|toute} relance")
    ['suspendre nos relance', 'suspendre toute relance', 'cesser nos relance', 'cesser toute relance']
    """
    debut = brute.find("{")
    if debut < 0:
        return [" ".join(brute.split())]
    fin = brute.find("}", debut)
    if fin < 0:
        raise ValueError(f"regles.yaml : accolade non fermée : {brute}")
    return [
        suite
        for choix in brute[debut + 1 : fin].split("|")
        for suite in developper(brute[:debut] + choix + brute[fin + 1 :])
    ]


GROUPE = re.compile(r"\{([^}]*)\}")
COLLEE = re.compile(r"\S\{|\}\S")  # a brace against a word: a developed entry's piece spans it


def mots_developpes(brute: str) -> list[tuple[str, ...]]:
    """The words of each entry `brute` stands for, in `developper`'s order. Read brace by brace:
    each alternative's words once, then every combination of them (`product`), instead of
    developing 50,000 strings and cutting each again (0.28 → 0.13 s of a fresh process). Where a
    brace touches a word, or one is left open, the pieces of a developed entry would span it: that
    entry is developed as a string (tests/unit/test_lexiques_morceaux.py compares both ways)."""
    morceaux = GROUPE.split(brute)  # the text around the braces, then each brace's alternatives
    if COLLEE.search(brute) or any("{" in m or "}" in m for m in morceaux[::2]):
        return [_mots(developpee) for developpee in developper(brute)]
    creneaux = [
        tuple(map(_mots, morceau.split("|"))) if impair else (_mots(morceau),)
        for impair, morceau in zip(cycle((False, True)), morceaux)
    ]
    return [tuple(chain.from_iterable(choix)) for choix in product(*creneaux)]


def _mots(texte: str) -> tuple[str, ...]:
    return tuple(chain.from_iterable(map(mots_du_morceau, texte.split())))


def entrees_de(
    nom: str,
    brutes: Mapping[str, Sequence[str]],
    lus: dict[str, tuple[Entree, ...]] | None = None,
    pile: tuple[str, ...] = (),
) -> tuple[Entree, ...]:
    """The entries of lexicon `nom`, developed; `lus` keeps the lexicons already read, so that a
    lexicon included in several others (« @biens ») is developed once per rule set."""
    lus = {} if lus is None else lus
    if nom in lus:
        return lus[nom]
    if nom in pile or nom not in brutes:
        raise ValueError(f"regles.yaml : lexique inconnu ou circulaire : {nom}")
    entrees: list[Entree] = []
    for brute in brutes[nom]:
        if brute.startswith("@"):  # another lexicon, included whole
            entrees.extend(entrees_de(brute[1:], brutes, lus, (*pile, nom)))
            continue
        for mots in mots_developpes(brute):
            possessif = len(mots) > 1 and mots[0] == "votre"
            entrees.append(Entree(mots[1:] if possessif else mots, possessif))
    lus[nom] = tuple(entrees)
    return lus[nom]


@cache
def mots_du_morceau(morceau: str) -> tuple[str, ...]:
    """The words of one space-free piece of an entry, folded and cut as a text is (`normaliser`,
    `mots_de`). An entry is read piece by piece: its thousands of developed forms share a few
    hundred pieces, each folded once per process instead of once per form (0.10 → 0.02 s of a
    fresh process). Neither folding nor cutting joins what a space separates, so the words are
    those of the whole entry (tests/unit/test_lexiques_morceaux.py, every entry of regles.yaml)."""
    return tuple(mots_de(normaliser(morceau).texte))


def indexer(lexiques: Mapping[str, tuple[Entree, ...]], figees: bool) -> Index:
    """The `Index` of the fixed phrases (`figees`) or of every other lexicon."""
    entrees: dict[str, dict[str, list[Candidate]]] = {}
    rang = 0
    for nom, lexique in lexiques.items():
        if (nom == FIGEES) != figees:
            continue
        for entree in lexique:
            second = entree.mots[1] if len(entree.mots) > 1 else ""
            entrees.setdefault(entree.mots[0], {}).setdefault(second, []).append((rang, nom, entree))
            rang += 1
    return Index(entrees)


def lire(analyse: Analyse, index: Index, exclus: frozenset[int]) -> dict[str, list[tuple[int, int]]]:
    """The entries of `index` met in the text, none beginning on a word of `exclus`: at each word,
    every entry `_suite` reads from it (found down its first word's tree, `_descendre`), then, in
    the lexicons' order, the first of each lexicon and length whose possessive is there."""
    mots = analyse.mots
    trouves: dict[str, list[tuple[int, int]]] = {}
    deja_lus = index._debuts  # `index.debuts`, its lemma sets already met read without a call
    for i, mot in enumerate(mots):
        debuts = deja_lus.get(mot.lemmes)  # the lemmas of this word that begin an entry
        if debuts is None:
            debuts = index.debuts(mot.lemmes)
        if not debuts or i in exclus:
            continue
        lues: list[tuple[Candidate, int]] = []
        for lemme in debuts:
            _descendre(index.arbre(lemme), mots, i, i + 1, lues)
        if len(lues) > 1:  # most words begin one entry or none: nothing to order
            lues.sort(key=lambda lue: lue[0][0])  # the lexicons' order (ranks are unique)
        vues: set[tuple[str, int]] = set()
        for (_, nom, entree), fin in lues:
            n = len(entree.mots)
            if (nom, n) in vues:
                continue
            if entree.possessif and not any(
                m.forme in POSSESSIFS and m.phrase == mot.phrase for m in mots[max(0, i - 2) : i]
            ):
                continue
            vues.add((nom, n))
            trouves.setdefault(nom, []).append((i, fin))
    return trouves


def _descendre(
    noeud: Noeud, mots: tuple[Mot, ...], i: int, k: int, lues: list[tuple[Candidate, int]]
) -> None:
    """Each entry of `noeud`'s tree read from word `i` (its words before the node's read up to word
    `k`, excluded), with where it ends: as `_suite` reads each, a word shared by many read once."""
    fins, suites = noeud.suites()
    for candidate in fins:  # (a loop: a generator costs more than the one or two entries it holds)
        lues.append((candidate, k))
    if not suites or k >= len(mots):
        return
    suivant = mots[k]
    if suivant.forme not in INTENSIFS:  # no adverb to step over: the next words are its lemmas
        if suivant.phrase != mots[i].phrase:
            return
        lemmes = suivant.lemmes
        if suivant.forme in POSSESSIFS and "votre" not in lemmes:
            lemmes = lemmes | {"votre"}
        for lemme in lemmes:
            suite = suites.get(lemme)
            if suite is not None:
                _descendre(suite, mots, i, k + 1, lues)
        return
    for lemme, suite in suites.items():  # `_suite`'s own steps, adverbs stepped over
        fin = _suite(mots, i, ("", lemme), k - 1)
        if fin is not None:
            _descendre(suite, mots, i, fin, lues)


def _suite(mots: tuple[Mot, ...], i: int, entree: tuple[str, ...], apres: int | None = None) -> int | None:
    """Where `entree` read from word `i` ends (its last word + 1), an intensifying adverb allowed
    between its words, « votre » inside it read as any possessive (« l'école de vos enfants »);
    None when the words do not follow (or leave the sentence). `apres`: its first word read at
    that word rather than at `i` (the words between already read)."""
    k = (i if apres is None else apres) + 1
    for lemme in entree[1:]:
        while k < len(mots) and mots[k].forme in INTENSIFS and lemme not in mots[k].lemmes:
            k += 1
        if k >= len(mots) or mots[k].phrase != mots[i].phrase:
            return None
        if lemme not in mots[k].lemmes and not (lemme == "votre" and mots[k].forme in POSSESSIFS):
            return None
        k += 1
    return k
