"""The one-scan search of the patterns (prefixes.py) finds exactly what `finditer` finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from dossier.tone.linter import _index_des_prefixes, _masquer
from dossier.tone.motifs_yaml import motifs
from dossier.tone.prefixes import IndexDesPrefixes, candidats, candidats_hors, prefixes, trouvailles
from dossier.tone.texte import lectures_en_deux_casses
from tests.tone.tranches import TRANCHES, tranche

ICI = Path(__file__).resolve().parent


def memes_trouvailles(texte: str) -> list[str]:
    """The patterns for which the one-scan search and `finditer` disagree on `texte`."""
    (avec_casse, *_), (minuscules, *_) = lectures_en_deux_casses(texte)
    lectures = {True: avec_casse.texte, False: minuscules.texte}
    departs = {brut: candidats(lu, _index_des_prefixes(brut)) for brut, lu in lectures.items()}
    return [
        m.nom
        for m in motifs()
        if m.prefixes is not None
        and trouvailles(m.expression, lectures[m.brut], departs[m.brut].get(m.nom, ()))
        != [t.span() for t in m.expression.finditer(lectures[m.brut])]
    ]


def test_la_plupart_des_motifs_ont_leurs_premieres_lettres() -> None:
    assert sum(m.prefixes is not None for m in motifs()) >= 45
    assert prefixes(r"\b[A-Z]{3,}") is None and prefixes(r"\b(a|b)*c") is None
    assert prefixes(r"\b(a|b)?") is None and prefixes(r"\b\d?x") is None and prefixes(r"x|\by") is None
    # an optional group: the match begins with it or with what follows; a digit: with one of ten
    assert prefixes(r"\b(a|b)?c") == {"a", "b", "c"} and prefixes(r"\b\d+ %") == set("0123456789")


@pytest.mark.parametrize("n", TRANCHES)
def test_memes_trouvailles_sur_le_corpus_et_les_phrases_tenues_a_l_ecart(n: int) -> None:
    assert {p: ecarts for p in tranche(n) if (ecarts := memes_trouvailles(p))} == {}


def _candidats_trois_longueurs(texte: str, index: dict[str, list[str]]) -> dict[str, list[int]]:
    """The scan `candidats` replaced: at each word start, its first three, two and one characters
    looked up in turn."""
    trouves: dict[str, list[int]] = {}
    for debut in re.finditer(r"\b\w", texte):
        p = debut.start()
        for longueur in (3, 2, 1):
            for nom in index.get(texte[p : p + longueur], ()):
                liste = trouves.setdefault(nom, [])
                if not liste or liste[-1] != p:
                    liste.append(p)
    return trouves


def test_candidats_comme_les_trois_longueurs() -> None:
    """Each opening's names worked out once give the same starts as three look-ups a start, on the
    corpus and on texts ending inside an opening (« sa », « s »)."""
    textes = [e["texte"] for e in yaml.safe_load((ICI / "corpus.yaml").read_text(encoding="utf-8"))]
    textes += ["nous saisirons sa", "s", "Ré-sa ATT", ""]
    autres = {"": {}, "chiffres et accents": {"4": ["a"], "40 ": ["b"], "éta": ["c"], "x": ["d"]}}
    for index in (
        _index_des_prefixes(True),
        _index_des_prefixes(False),
        *map(IndexDesPrefixes, autres.values()),
    ):
        for texte in [*textes, "40 € ; 4,5 % ; État, état, xx x-x"]:
            for lu in (texte, texte.lower()):
                assert candidats(lu, index) == _candidats_trois_longueurs(lu, dict(index.index))


def test_candidats_hors_comme_candidats_sur_le_texte_masque() -> None:
    """The word starts of a reading with zones blanked, taken from the reading's own, are those a
    scan of the blanked text finds: zones at the text's ends, touching, overlapping, empty, inside
    a word, on a word start or right after one, on both indexes and every corpus sentence."""
    textes = [e["texte"] for e in yaml.safe_load((ICI / "corpus.yaml").read_text(encoding="utf-8"))]
    textes += [p.read_text(encoding="utf-8") for p in sorted((ICI.parent / "golden").rglob("*.txt"))]
    aleatoire = random.Random(16)
    comparees = 0
    for texte in textes:
        for brut, lu in ((True, texte), (False, texte.lower())):
            index = _index_des_prefixes(brut)
            entier = candidats(lu, index)
            n = len(lu)
            essais = [[(0, min(n, 3))], [(max(0, n - 2), n)], [], [(5, 5)]]
            for _ in range(4):
                zones = []
                for _ in range(aleatoire.randrange(1, 5)):
                    debut = aleatoire.randrange(n + 1)
                    zones.append((debut, min(n, debut + aleatoire.randrange(1, 25))))
                essais.append(zones)
            for zones in essais:
                masque = _masquer(lu, zones)
                assert candidats_hors(masque, index, entier, zones) == candidats(masque, index), (lu, zones)
                comparees += 1
    assert comparees > 1000
