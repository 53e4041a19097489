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


@dataclass
class Index:
    """First word of an entry → its second word (« » for an entry of one word) → its entries, in
    the lexicons' order; and, for the pairs a text has asked for (`suites`), those entries by their
    third word (« » where the entry is shorter). Two words, then three: an entry written with
    alternatives (« code {d'acces|du portail|…} {de|a|…} {votre|le|…} {box|…} ») stands for a
    thousand that share their first two words, and a word of the text is only tried against the
    entries its next word can continue and whose third word its sentence holds (`lire`). The third
    word is sorted out per pair when first needed: sorting all 20,000 entries cost every fresh
    process twice the index itself."""

    entrees: dict[str, dict[str, list[Candidate]]]
    _par_troisieme: dict[tuple[str, str], dict[str, list[Candidate]]] = field(default_factory=dict)
    _debuts: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    _candidates: dict[tuple[frozenset[str], frozenset[str]], list[tuple[Candidate, str]]] = field(
        default_factory=dict
    )

    def suites(self, premier: str, second: str) -> dict[str, list[Candidate]]:
        cle = (premier, second)
        groupes = self._par_troisieme.get(cle)
        if groupes is None:
            groupes = {}
            for candidate in self.entrees[premier][second]:
                mots = candidate[2].mots
                groupes.setdefault(mots[2] if len(mots) > 2 else "", []).append(candidate)
            self._par_troisieme[cle] = groupes
        return groupes

    def debuts(self, lemmes: frozenset[str]) -> frozenset[str]:
        """The lemmas among `lemmes` (a word's) that begin an entry: once per set of lemmas met, a
        page's words being mostly the same few hundred (`analyse._LUS` shares their sets)."""
        debuts = self._debuts.get(lemmes)
        if debuts is None:
            if len(self._debuts) >= LECTURES_GARDEES:  # a bound, for a batch of many claims
                self._debuts.clear()
            debuts = self._debuts[lemmes] = frozenset(lemmes & self.entrees.keys())
        return debuts

    def candidates(self, debuts: frozenset[str], suivants: frozenset[str]) -> list[tuple[Candidate, str]]:
        """The entries a word read as `debuts`, followed by a word read as one of `suivants`, may
        begin, in the lexicons' order, each with its third word (« » if none): worked out once per
        such pair met, then only sifted by the sentence's words (`lire`)."""
        cle = (debuts, suivants)
        candidates = self._candidates.get(cle)
        if candidates is None:
            if len(self._candidates) >= LECTURES_GARDEES:
                self._candidates.clear()
            # the few words that may follow are looked up among a first word's hundreds of seconds
            candidates = self._candidates[cle] = sorted(
                (candidate, troisieme)
                for lemme in debuts
                for second in suivants
                if second in self.entrees[lemme]
                for troisieme, entrees in self.suites(lemme, second).items()
                for candidate in entrees
            )  # in the lexicons' order, whatever the order of the sets
        return candidates


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


def _suivants(mots: tuple[Mot, ...], i: int) -> set[str]:
    """What the word after word `i` may be read as, in an entry: the lemmas of the next words up
    to the first that is no intensifying adverb (`_suite` may skip those), « votre » for a
    possessive, and « » (an entry may end at word `i`)."""
    lus = {""}
    k = i + 1
    while k < len(mots) and mots[k].phrase == mots[i].phrase:
        lus |= mots[k].lemmes
        if mots[k].forme in POSSESSIFS:
            lus.add("votre")
        if mots[k].forme not in INTENSIFS:
            break
        k += 1
    return lus


def _lus_dans_la_phrase(analyse: Analyse, phrase: int) -> frozenset[str]:
    """What any word of sentence `phrase` may be read as in an entry (`_suite`): its lemmas, « votre »
    for a possessive, and « » (an entry may end before)."""
    debut, fin = analyse.phrases[phrase]
    lus = {""}
    for mot in analyse.mots[debut:fin]:
        lus |= mot.lemmes
        if mot.forme in POSSESSIFS:
            lus.add("votre")
    return frozenset(lus)


def lire(analyse: Analyse, index: Index, exclus: frozenset[int]) -> dict[str, list[tuple[int, int]]]:
    """The entries of `index` met in the text, none beginning on a word of `exclus`. An entry whose
    third word no word of the sentence can be read as is not tried: `_suite` could only refuse it."""
    mots = analyse.mots
    trouves: dict[str, list[tuple[int, int]]] = {}
    phrases: dict[int, frozenset[str]] = {}  # per sentence: `_lus_dans_la_phrase`, once
    for i, mot in enumerate(mots):
        debuts = index.debuts(mot.lemmes)  # the lemmas of this word that begin an entry
        if not debuts or i in exclus:
            continue
        candidates = index.candidates(debuts, frozenset(_suivants(mots, i)))
        dans_la_phrase = phrases.get(mot.phrase)
        if dans_la_phrase is None:
            dans_la_phrase = phrases[mot.phrase] = _lus_dans_la_phrase(analyse, mot.phrase)
        vues: set[tuple[str, int]] = set()
        for (_, nom, entree), troisieme in candidates:
            if troisieme not in dans_la_phrase:
                continue
            n = len(entree.mots)
            if (nom, n) in vues:
                continue
            fin = _suite(mots, i, entree.mots)
            if fin is None:
                continue
            if entree.possessif and not any(
                m.forme in POSSESSIFS and m.phrase == mot.phrase for m in mots[max(0, i - 2) : i]
            ):
                continue
            vues.add((nom, n))
            trouves.setdefault(nom, []).append((i, fin))
    return trouves


def _suite(mots: tuple[Mot, ...], i: int, entree: tuple[str, ...]) -> int | None:
    """Where `entree` read from word `i` ends (its last word + 1), an intensifying adverb allowed
    between its words, « votre » inside it read as any possessive (« l'école de vos enfants »);
    None when the words do not follow (or leave the sentence)."""
    k = i + 1
    for lemme in entree[1:]:
        while k < len(mots) and mots[k].forme in INTENSIFS and lemme not in mots[k].lemmes:
            k += 1
        if k >= len(mots) or mots[k].phrase != mots[i].phrase:
            return None
        if lemme not in mots[k].lemmes and not (lemme == "votre" and mots[k].forme in POSSESSIFS):
            return None
        k += 1
    return k
