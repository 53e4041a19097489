"""The input hash: what changes a claim's pack changes it, and only that; an internal error is
logged with its traceback, journaled, and rebuilt on the next run."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest

from dossier.cli import lot
from dossier.exit_codes import ExitCode
from dossier.portefeuille import journal
from dossier.portefeuille.empreinte import empreinte
from dossier.portefeuille.execution import Tache
from tests.batch.outils import copier, portefeuille

OPTIONS = {"date": date(2026, 1, 15), "jusqua": None, "docx": True}
JOUR = date(2026, 1, 15)


def test_empreinte_suit_la_creance_ses_pieces_et_les_options(tmp_path: Path) -> None:
    claim = copier("injonction-b2b", tmp_path / "b2b")
    base = empreinte(claim, OPTIONS, None, JOUR)
    assert empreinte(claim, OPTIONS, None, JOUR) == base
    assert empreinte(claim, {**OPTIONS, "docx": False}, None, JOUR) != base
    assert empreinte(claim, {**OPTIONS, "jusqua": "injonction"}, None, JOUR) != base
    piece = next(p for p in (tmp_path / "b2b" / "pieces").iterdir() if p.is_file())
    piece.write_bytes(piece.read_bytes() + b"\n")
    assert empreinte(claim, OPTIONS, None, JOUR) != base
    # today counts only when neither --date nor date_edition fixes the day
    assert empreinte(claim, {**OPTIONS, "date": None}, None, JOUR) == empreinte(
        claim, {**OPTIONS, "date": None}, None, date(2027, 1, 1)
    )
    sans_date = tmp_path / "sans" / "claim.yaml"
    sans_date.parent.mkdir()
    texte = claim.read_text(encoding="utf-8")
    sans_date.write_text(
        "\n".join(ligne for ligne in texte.splitlines() if not ligne.startswith("date_edition"))
    )
    assert empreinte(sans_date, {**OPTIONS, "date": None}, None, JOUR) != empreinte(
        sans_date, {**OPTIONS, "date": None}, None, date(2027, 1, 1)
    )


def test_erreur_interne_consignee_et_reconstruite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    claim = portefeuille(tmp_path, 1, invalide=False) / "client-1" / "claim.yaml"
    racine = tmp_path / "lot"
    racine.mkdir()

    def panne(*_args: object) -> None:
        raise RuntimeError("disque plein")

    monkeypatch.setattr(lot, "ecrire", panne)
    with journal.ouvrir(racine) as connexion:
        monkeypatch.setattr(lot, "_journal", connexion)
        tache = Tache(claim, racine / "client-1", racine, "empreinte", JOUR, None, False)
        with caplog.at_level(logging.ERROR, logger="dossier.batch"):
            resultat = lot.construire(tache)
        assert (resultat.code_sortie, resultat.statut) == (ExitCode.INTERNAL_ERROR, "erreur interne")
        assert "disque plein" in caplog.text and "Traceback" in caplog.text
        assert journal.noms(connexion) == {claim: "client-1"}  # journaled…
        assert journal.a_jour(connexion, claim, "empreinte") is None  # …but built again next time
    assert not (racine / "client-1").exists()
