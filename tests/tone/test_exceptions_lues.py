"""A pattern's exceptions read only as far as a match needs (`linter._Exceptions`) give the answers
of the full list of their zones (`sauf.finditer`, `_couvert`), whatever is asked and in what order."""

from __future__ import annotations

import random
from pathlib import Path

import yaml

from dossier.tone.linter import _couvert, _Exceptions
from dossier.tone.motifs_yaml import motifs
from dossier.tone.texte import lectures_en_deux_casses

ICI = Path(__file__).resolve().parent


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


def test_memes_reponses_que_la_liste_entiere() -> None:
    textes = [
        entree["texte"]
        for nom in ("corpus.yaml", "tenus_a_l_ecart.yaml")
        for entree in yaml.safe_load((ICI / nom).read_text(encoding="utf-8"))
    ]
    avec_exceptions = [m for m in motifs() if m.sauf is not None]
    assert len(avec_exceptions) >= 30
    ordre = random.Random(16)
    vues = 0
    for texte in textes:
        (avec_casse, *_), (minuscules, *_) = lectures_en_deux_casses(texte)
        for motif in avec_exceptions:
            lu = (avec_casse if motif.brut else minuscules).texte
            assert motif.sauf is not None
            zones = [t.span() for t in motif.sauf.finditer(lu)]
            vues += len(zones)
            questions = _questions(lu, zones, [t.span() for t in motif.expression.finditer(lu)])
            # in reading order, as `examiner` asks, then in any order, each on a fresh reader
            for suite in (questions, ordre.sample(questions, len(questions))):
                exceptions = _Exceptions(motif, lu)
                assert [exceptions.couvrent(*q) for q in suite] == [_couvert(*q, zones) for q in suite]
    assert vues > 100  # the corpus holds exceptions enough to try the reader on


def test_sans_exceptions_rien_n_est_couvert() -> None:
    (sans,) = [m for m in motifs() if m.sauf is None][:1]
    assert not _Exceptions(sans, "nous saisirons vos meubles").couvrent(0, 5)
