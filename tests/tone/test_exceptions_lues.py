"""A pattern's exceptions read only as far as a match needs, each shared expression once per text
(`exceptions_lues.Exceptions`), give the answers of the full lists of their zones (each
expression's `finditer`, `couvert`), whatever is asked and in what order; and on the pattern's own
matches, the answers its `sauf` read whole, as one alternation, gave."""

from __future__ import annotations

import random

import pytest

from dossier.tone.exceptions_lues import Exceptions, Zones, couvert
from dossier.tone.motifs_yaml import Motif, compilee, motifs
from dossier.tone.texte import lectures_en_deux_casses
from tests.tone.tranches import TRANCHES, phrases, tranche


def _questions(
    texte: str, zones: list[tuple[int, int]], trouvees: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The pattern's own matches, each zone, a zone's start or end moved by one, two spans a zone
    overlaps without holding them, and a few spans anywhere."""
    questions = [*trouvees, *zones, (0, 0), (len(texte), len(texte))]
    for a, b in zones:
        questions += [(a + 1, b), (a, b - 1), (max(0, a - 1), b), (a, b + 1), (b - 1, b + 3)]
    aleatoire = random.Random(len(texte))
    questions += sorted(
        (d, d + aleatoire.randrange(30)) for d in aleatoire.sample(range(len(texte) + 1), min(5, len(texte)))
    )
    return questions


def _zones(motif: Motif, lu: str) -> list[tuple[int, int]]:
    """Each of the pattern's exceptions' matches, as the full lists the reader stands in for."""
    return [t.span() for source in motif.sources_sauf for t in compilee(source).finditer(lu)]


def test_le_corpus_essaie_le_lecteur() -> None:
    """The corpus holds exceptions enough to try the reader on."""
    avec_exceptions = [m for m in motifs() if m.sources_sauf]
    assert len(avec_exceptions) >= 30
    vues = 0
    for texte in phrases():
        (avec_casse, *_), (minuscules, *_) = lectures_en_deux_casses(texte)
        vues += sum(len(_zones(m, (avec_casse if m.brut else minuscules).texte)) for m in avec_exceptions)
        if vues > 100:
            return
    pytest.fail(f"{vues} zones d'exception seulement dans le corpus")


@pytest.mark.parametrize("n", TRANCHES)
def test_memes_reponses_que_la_liste_entiere(n: int) -> None:
    avec_exceptions = [m for m in motifs() if m.sources_sauf]
    ordre = random.Random(16 + n)
    for texte in tranche(n):
        (avec_casse, *_), (minuscules, *_) = lectures_en_deux_casses(texte)
        lues: dict[tuple[object, str], Zones] = {}  # shared by the patterns, as `examiner` shares them
        for motif in avec_exceptions:
            lu = (avec_casse if motif.brut else minuscules).texte
            zones = _zones(motif, lu)
            questions = _questions(lu, zones, [t.span() for t in motif.expression.finditer(lu)])
            # in reading order, as `examiner` asks, then in any order, on a fresh reader and on the
            # one the patterns share
            for suite, partagees in ((questions, lues), (ordre.sample(questions, len(questions)), {})):
                exceptions = Exceptions(motif, lu, motif.brut, partagees)
                assert [exceptions.couvrent(*q) for q in suite] == [couvert(*q, zones) for q in suite]


@pytest.mark.parametrize("n", TRANCHES)
def test_chaque_expression_a_part_excuse_ce_que_l_alternative_excusait(n: int) -> None:
    """Read apart, the expressions of a `sauf` could hold a match that their alternation, which
    takes the first branch that matches at a place, left out: on the corpus they excuse the same
    matches of their pattern."""
    for texte in tranche(n):
        (avec_casse, *_), (minuscules, *_) = lectures_en_deux_casses(texte)
        for motif in motifs():
            if motif.sauf is None:
                continue
            lu = (avec_casse if motif.brut else minuscules).texte
            entiere = [t.span() for t in motif.sauf.finditer(lu)]
            a_part = _zones(motif, lu)
            for trouvee in motif.expression.finditer(lu):
                assert couvert(*trouvee.span(), a_part) == couvert(*trouvee.span(), entiere), (
                    motif.nom,
                    texte,
                )


def test_sans_exceptions_rien_n_est_couvert() -> None:
    (sans,) = [m for m in motifs() if m.sauf is None][:1]
    assert not Exceptions(sans, "nous saisirons vos meubles", None, {}).couvrent(0, 5)
