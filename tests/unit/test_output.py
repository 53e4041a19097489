"""The output folder is swapped in whole, or not at all (DESIGN.md, Decisions: Output folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import UsageProblem
from dossier.output import MARQUE, ecrire_pack


def test_ecrit_un_dossier_neuf_marque_comme_sortie_de_dossier(tmp_path: Path) -> None:
    ecrire_pack({"a.pdf": b"A", "sous/b.pdf": b"B"}, tmp_path / "out")
    assert (tmp_path / "out" / "a.pdf").read_bytes() == b"A"
    assert (tmp_path / "out" / "sous" / "b.pdf").read_bytes() == b"B"
    assert (tmp_path / "out" / MARQUE).is_file()


def test_remplace_une_sortie_precedente_sans_en_garder_les_restes(tmp_path: Path) -> None:
    ecrire_pack({"ancien.pdf": b"1"}, tmp_path / "out")
    ecrire_pack({"nouveau.pdf": b"2"}, tmp_path / "out")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [MARQUE, "nouveau.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_refuse_un_dossier_de_l_utilisateur_et_n_y_touche_pas(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "mes-notes.txt").write_text("à garder")
    with pytest.raises(UsageProblem) as refus:
        ecrire_pack({"a.pdf": b"A"}, tmp_path / "out")
    assert refus.value.constats[0].code == "SORTIE-01"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["mes-notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_force_remplace_le_dossier_de_l_utilisateur(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "mes-notes.txt").write_text("x")
    ecrire_pack({"a.pdf": b"A"}, tmp_path / "out", force=True)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [MARQUE, "a.pdf"]


def test_un_echec_en_cours_d_ecriture_ne_laisse_rien(tmp_path: Path) -> None:
    ecrire_pack({"ancien.pdf": b"1"}, tmp_path / "out")
    with pytest.raises(ValueError):
        ecrire_pack({"a.pdf": b"A", "../evade.pdf": b"X"}, tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert (tmp_path / "out" / "ancien.pdf").read_bytes() == b"1"
