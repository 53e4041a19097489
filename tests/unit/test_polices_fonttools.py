"""Same bytes on every machine (docs/decisions.md, the entry of that name): without libharfbuzz-subset,
WeasyPrint subsets the fonts with fontTools, which stamps each subset font with the clock — unless
SOURCE_DATE_EPOCH is set, which `render.pdf` does from the file's day. The fontTools path is
forced here (WeasyPrint's own switch), the clock moved by a year between two renderings."""

from __future__ import annotations

import importlib.util
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest
import weasyprint.pdf.fonts as polices

from dossier.render import pdf as rendu
from dossier.render.letter import Lettre
from tests.conftest import Collecteur

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "lettre_essai.py"
UN_AN = 366 * 24 * 3600


def _lettre() -> Lettre:
    spec = importlib.util.spec_from_file_location("lettre_essai", FIXTURE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lettre: Lettre = module.lettre_essai()
    return lettre


def _deux_rendus(monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, bytes]:
    lettre = _lettre()
    premier = rendu.rendre_pdf(lettre)
    horloge = time.time
    monkeypatch.setattr(time, "time", lambda: horloge() + UN_AN)
    second = rendu.rendre_pdf(lettre)
    monkeypatch.setattr(time, "time", horloge)
    return premier, second


def test_memes_octets_par_fonttools(monkeypatch: pytest.MonkeyPatch, collecteur_journaux: Collecteur) -> None:
    monkeypatch.setattr(polices, "harfbuzz_subset", None)  # as on a machine without libharfbuzz-subset
    premier, second = _deux_rendus(monkeypatch)
    avertissements = collecteur_journaux.vider()
    assert any("Using fontTools instead of HarfBuzz-Subset" in m for m in avertissements), avertissements
    assert premier == second


def test_sans_l_horloge_fixee_les_octets_changeraient(
    monkeypatch: pytest.MonkeyPatch, collecteur_journaux: Collecteur
) -> None:
    """The control: the same two renderings with the clock left to fontTools differ — what the
    first test guards against is real."""

    @contextmanager
    def sans_horloge(jour: date | None) -> Iterator[None]:
        yield

    monkeypatch.setattr(polices, "harfbuzz_subset", None)
    monkeypatch.setattr(rendu, "horloge_des_polices", sans_horloge)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    premier, second = _deux_rendus(monkeypatch)
    collecteur_journaux.vider()
    assert premier != second


def test_l_horloge_est_rendue(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "123")
    with rendu.horloge_des_polices(date(2026, 3, 16)):
        assert os.environ["SOURCE_DATE_EPOCH"] == "1773619200"
    assert os.environ["SOURCE_DATE_EPOCH"] == "123"


def test_doctor_et_build_disent_le_chemin_lent(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`dossier doctor` lists what is found and what its absence costs; `build` on the slow path
    says so once (not once per font, as WeasyPrint would), and still writes the same pack."""
    from click.testing import CliRunner

    from dossier.cli.main import cli

    docteur = CliRunner().invoke(cli, ["doctor"])
    assert docteur.exit_code == 0, docteur.output
    for nom in ("Pango", "libharfbuzz-subset", "pdftoppm", "zbarimg", "chromium", "pyHanko"):
        assert nom in docteur.stdout
    monkeypatch.setattr(polices, "harfbuzz_subset", None)
    docteur = CliRunner().invoke(cli, ["doctor"])
    texte = " ".join(docteur.stdout.split())  # a narrow table is printed as key-value lines
    assert "bibliothèque libharfbuzz-subset présente NON" in texte and "3 fois plus lent" in texte
    claim = Path(__file__).resolve().parents[2] / "samples" / "b2b-menuiserie" / "claim.yaml"
    resultat = CliRunner().invoke(cli, ["build", str(claim), "-o", str(tmp_path / "lent"), "--no-docx"])
    assert resultat.exit_code == 0, resultat.output
    assert resultat.stderr.count("libharfbuzz-subset (≥ 4.1) est introuvable") == 1
