"""`lexiques.lire` tries an entry only where its sentence holds its third word (issue 16): the
entries it finds are those found when every entry its first two words allow is tried, on every
sentence of the tone corpus and of the sets no longer blind, and on every page of the samples'
letters as `check` reads them back (PDF and DOCX).

The reference index below gives every entry of a pair of first words under the one third word
« », which every sentence holds: `lire` then tries them all, as before the third word was
indexed. Sentences of the sets are never printed (only their ranks)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from dossier.model import charger
from dossier.pipeline import Options, analyser, rendre
from dossier.render.readback import Lectures
from dossier.tone.analyse import analyser as analyser_texte
from dossier.tone.lexiques import Candidate, Index, lire
from dossier.tone.rencontres import index
from dossier.tone.texte import lectures_en_deux_casses
from tests.tone.test_corpus import corpus
from tests.tone.test_tenus_a_l_ecart import AVEUGLES, JEUX, tenus

DEPOT = Path(__file__).resolve().parents[2]
ECHANTILLONS = tuple(sorted(p.parent.name for p in (DEPOT / "samples").glob("*/claim.yaml")))


class _SansTroisiemeMot(Index):
    """Every entry its first two words allow, under the third word « » that every sentence holds."""

    def suites(self, premier: str, second: str) -> dict[str, list[Candidate]]:
        return {"": self.entrees[premier][second]}


@cache
def _sans_troisieme_mot(figees: bool) -> Index:
    return _SansTroisiemeMot(index(figees).entrees)


def _memes_entrees(textes: list[str]) -> tuple[list[int], int]:
    """The ranks of the texts where the two indexes find different entries, and how many entries
    were found in all (so that the comparison is not of empty readings)."""
    differents, trouvees = [], 0
    for rang, texte in enumerate(textes):
        analyse = analyser_texte(lectures_en_deux_casses(texte)[1][0].texte)
        for figees in (True, False):
            # a word in three set aside, as `_toutes` sets aside the words of a fixed phrase
            for exclus in (frozenset(), frozenset(range(0, len(analyse.mots), 3))):
                lues = lire(analyse, index(figees), exclus)
                if lues != lire(analyse, _sans_troisieme_mot(figees), exclus):
                    differents.append(rang)
                trouvees += sum(len(v) for v in lues.values())
    return differents, trouvees


def test_le_troisieme_mot_est_bien_indexe() -> None:
    """The index does narrow: « code de … » stands for a thousand entries, spread over their
    third words, each in the lexicons' order."""
    suites = index(False).suites("code", "de")
    assert len(suites) > 2 and sum(len(e) for e in suites.values()) > 1000
    for troisieme, entrees in suites.items():
        assert all(troisieme == (e.mots[2] if len(e.mots) > 2 else "") for _, _, e in entrees)
        assert entrees == sorted(entrees)
    assert sorted(c for e in suites.values() for c in e) == index(False).entrees["code"]["de"]


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
