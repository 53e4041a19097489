"""`montants.postes` reads a table's labelled amounts once per « € » (issue 16): the same matches,
in the same order, as `_POSTE.finditer`, on every golden text of the samples' documents and on
texts made of the characters a table prints."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dossier.verify.montants import _POSTE, _lignes_en_euros

GOLDEN = Path(__file__).resolve().parents[1] / "golden"


def _spans(matches: object) -> list[tuple[str, str, int]]:
    return [(m["libelle"], m["montant"], m.start("montant")) for m in matches]  # type: ignore[attr-defined]


def test_memes_lignes_que_finditer_sur_les_textes_des_echantillons() -> None:
    textes = [f.read_text(encoding="utf-8") for f in sorted(GOLDEN.glob("*/*.txt"))]
    assert len(textes) > 20
    lignes = 0
    for texte in textes:
        for lu in (texte, " ".join(texte.split())):  # as written, and one line as `Document.texte`
            attendu = _spans(_POSTE.finditer(lu))
            assert _spans(_lignes_en_euros(lu)) == attendu
            lignes += len(attendu)
    assert lignes > 50


@given(st.text(alphabet="€ 0123456789,-×TotalPrincipdû\nIé", max_size=120))
def test_memes_lignes_que_finditer_sur_des_textes_quelconques(texte: str) -> None:
    assert _spans(_lignes_en_euros(texte)) == _spans(_POSTE.finditer(texte))
