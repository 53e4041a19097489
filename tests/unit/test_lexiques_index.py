"""`lexiques.lire` follows the text's words down a tree of the entries (issue 16): the entries it
finds are those found when every entry the sentence's words allow is tried one by one with
`_suite`, as before the tree, on every sentence of the tone corpus and of the sets no longer
blind, and on every page of the samples' letters as `check` reads them back (PDF and DOCX).

The reference below tries, at each word, every entry of its lemmas whose second word some word
of its sentence can be read as (or « », or « votre » for a possessive: `_suite` could only refuse
the others), in the lexicons' order. Sentences of the sets are never printed (only their ranks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.model import charger
from dossier.pipeline import Options, analyser, rendre
from dossier.render.readback import Lectures
from dossier.tone.acteurs import POSSESSIFS
from dossier.tone.analyse import Analyse
from dossier.tone.analyse import analyser as analyser_texte
from dossier.tone.lexiques import Candidate, Index, Noeud, _suite, lire
from dossier.tone.rencontres import index
from dossier.tone.texte import lectures_en_deux_casses
from tests.tone.test_corpus import corpus
from tests.tone.test_tenus_a_l_ecart import AVEUGLES, JEUX, tenus

DEPOT = Path(__file__).resolve().parents[2]
ECHANTILLONS = tuple(sorted(p.parent.name for p in (DEPOT / "samples").glob("*/claim.yaml")))


def _une_a_une(analyse: Analyse, index_: Index, exclus: frozenset[int]) -> dict[str, list[tuple[int, int]]]:
    """`lire`, each entry tried alone."""
    mots = analyse.mots
    trouves: dict[str, list[tuple[int, int]]] = {}
    for i, mot in enumerate(mots):
        debuts = mot.lemmes & index_.entrees.keys()
        if not debuts or i in exclus:
            continue
        debut, fin = analyse.phrases[mot.phrase]
        lus = {"", *(lemme for m in mots[debut:fin] for lemme in m.lemmes)}
        lus |= {"votre"} if any(m.forme in POSSESSIFS for m in mots[debut:fin]) else set()
        candidates = sorted(
            c
            for lemme in debuts
            for second, entrees in index_.entrees[lemme].items()
            if second in lus
            for c in entrees
        )
        vues: set[tuple[str, int]] = set()
        for _, nom, entree in candidates:
            n = len(entree.mots)
            if (nom, n) in vues:
                continue
            bout = _suite(mots, i, entree.mots)
            if bout is None:
                continue
            if entree.possessif and not any(
                m.forme in POSSESSIFS and m.phrase == mot.phrase for m in mots[max(0, i - 2) : i]
            ):
                continue
            vues.add((nom, n))
            trouves.setdefault(nom, []).append((i, bout))
    return trouves


def _memes_entrees(textes: list[str]) -> tuple[list[int], int]:
    """The ranks of the texts where the two readings find different entries, and how many entries
    were found in all (so that the comparison is not of empty readings)."""
    differents, trouvees = [], 0
    for rang, texte in enumerate(textes):
        analyse = analyser_texte(lectures_en_deux_casses(texte)[1][0].texte)
        for figees in (True, False):
            # a word in three set aside, as `_toutes` sets aside the words of a fixed phrase
            for exclus in (frozenset(), frozenset(range(0, len(analyse.mots), 3))):
                lues = lire(analyse, index(figees), exclus)
                if lues != _une_a_une(analyse, index(figees), exclus):
                    differents.append(rang)
                trouvees += sum(len(v) for v in lues.values())
    return differents, trouvees


def test_l_arbre_tient_chaque_entree_a_sa_place() -> None:
    """« code de … » stands for a thousand entries: each sits in the tree at the node its words
    lead to, in the lexicons' order, once."""

    def sous(noeud: Noeud) -> list[Candidate]:
        fins, suites = noeud.suites()
        return [*fins] + [c for suite in suites.values() for c in sous(suite)]

    racine = index(False).arbre("code")
    assert len(racine.suites()[1]["de"].suites()[1]) > 2 and len(sous(racine.suites()[1]["de"])) > 1000
    assert sorted(sous(racine)) == sorted(c for e in index(False).entrees["code"].values() for c in e)
    for candidate in sous(racine):
        noeud = racine
        for mot in candidate[2].mots[1:]:
            noeud = noeud.suites()[1][mot]
        assert candidate in noeud.suites()[0] and noeud.suites()[0] == sorted(noeud.suites()[0])


@pytest.mark.parametrize("jeu", ["corpus.yaml", *(nom for nom in JEUX if nom not in AVEUGLES)])
def test_memes_entrees_sur_les_phrases(jeu: str) -> None:
    entrees = corpus() if jeu == "corpus.yaml" else tenus(jeu)
    differents, trouvees = _memes_entrees([e["texte"] for e in entrees])
    assert trouvees > len(entrees)
    assert not differents, f"{jeu} : phrases n° {differents}"


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_memes_entrees_sur_les_lettres_des_echantillons(echantillon: str) -> None:
    creance = charger(DEPOT / "samples" / echantillon / "claim.yaml")
    assert creance.date_edition is not None, "samples fix their « as of » day"
    analyse = analyser(creance, Options(jour=creance.date_edition))
    if analyse.bloquee:
        pytest.skip("a blocked claim renders no letter")
    fichiers, _ = rendre(analyse, True)
    lectures = Lectures()
    textes = [t for nom, octets in fichiers.items() for t in lectures.pages(nom, octets)]
    differents, trouvees = _memes_entrees(textes)
    assert textes and trouvees > 0
    assert not differents
