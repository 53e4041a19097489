"""Where each lexicon of `regles.yaml` is met in a text `analyse.py` has cut: every entry read once
per text (kept on the analysis), then looked up by word range for each rule, excuse and companion."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache
from typing import cast

from dossier.tone.analyse import Analyse
from dossier.tone.jeu_de_regles import jeu
from dossier.tone.lexiques import FIGEES, Index, indexer, lire


@cache
def index(figees: bool = False) -> Index:
    """The lexicons' index (`lexiques.indexer`), of the fixed phrases (`figees`) or every other."""
    return indexer(jeu().lexiques, figees)


# where `toutes` keeps its reading in `Analyse.memo` (`rencontres` reads it there first)
MEMO = "lexiques"


def toutes(analyse: Analyse) -> dict[str, list[tuple[int, int]]]:
    """Every entry of every lexicon met in the text, once per text: lexicon → (first word, last
    word + 1), in reading order. The words of a fixed phrase (`locutions-figees`: « en cours »,
    « examen de votre demande ») are read by no other lexicon."""
    deja = analyse.memo.get(MEMO)
    if deja is not None:
        return cast(dict[str, list[tuple[int, int]]], deja)
    figees = lire(analyse, index(True), frozenset())
    dedans = frozenset(k for a, b in figees.get(FIGEES, ()) for k in range(a, b))
    trouves = lire(analyse, index(False), dedans)
    trouves.update(figees)
    analyse.memo[MEMO] = trouves
    return trouves


def rencontres(analyse: Analyse, lexique: str, debut: int, fin: int) -> list[tuple[int, int]]:
    """The (first word, last word + 1) of each entry of `lexique` met in words [debut, fin)."""
    # (asked 18,000 times a pass over a build's pages: the memo read here, `toutes` called once)
    par_lexique = analyse.memo.get(MEMO)
    if not isinstance(par_lexique, dict):
        par_lexique = toutes(analyse)
    lues = par_lexique.get(lexique)
    if not lues:
        return []
    rang = bisect_left(lues, (debut, 0))
    trouves = []
    while rang < len(lues) and lues[rang][0] < fin:
        if lues[rang][1] <= fin:
            trouves.append(lues[rang])
        rang += 1
    return trouves


def rencontres_dans(analyse: Analyse, lexiques: tuple[str, ...], debut: int, fin: int) -> bool:
    return any(rencontres(analyse, nom, debut, fin) for nom in lexiques)


def phrase_suivante(analyse: Analyse, fin: int) -> tuple[int, int] | None:
    """The words [debut, fin) of the sentence after the one ending at word `fin`, if there is one."""
    return next((p for p in analyse.phrases if p[0] >= fin), None)


def dans_la_suivante(analyse: Analyse, lexique: str, fin: int) -> list[tuple[int, int]]:
    """The entries of `lexique` met in the sentence after the one ending at word `fin` (`ensuite`
    of a rule: « Votre sœur m'a donné ce numéro ; rappelez-moi au sujet de la facture »)."""
    suivante = phrase_suivante(analyse, fin)
    return rencontres(analyse, lexique, *suivante) if suivante else []
