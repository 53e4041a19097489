"""The one resolver of templates and fonts, editable checkout and installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from dossier.errors import RenderFailure
from dossier.resources import (
    NOM_INSTALLE,
    PAQUET,
    dossier_gabarits,
    dossier_polices,
    gabarit,
    police,
    trouver_gabarits,
)

DEPOT = PAQUET.parent
FICHIERS_LETTRE = ("letters/lettre.html", "letters/lettre.css", "letters/lettre.docx")
POLICES = (
    "LiberationSans-Regular.ttf",
    "LiberationSans-Bold.ttf",
    "LiberationSans-Italic.ttf",
    "LiberationSans-BoldItalic.ttf",
    "LICENSE-Liberation.txt",
)


def test_checkout_editable() -> None:
    assert dossier_gabarits() == DEPOT / "templates"
    for nom in FICHIERS_LETTRE:
        assert gabarit(nom).is_file()
    for nom in POLICES:
        assert police(nom).is_file()
    assert dossier_polices() == PAQUET / "fonts"


def test_copie_installee_prioritaire(tmp_path: Path) -> None:
    paquet = tmp_path / "site-packages" / "dossier"
    (paquet / NOM_INSTALLE / "letters").mkdir(parents=True)
    assert trouver_gabarits(paquet) == paquet / NOM_INSTALLE


def test_checkout_reconnu_a_son_pyproject(tmp_path: Path) -> None:
    paquet = tmp_path / "dossier"
    paquet.mkdir()
    (tmp_path / "templates").mkdir()
    with pytest.raises(RenderFailure) as erreur:
        trouver_gabarits(paquet)  # a stray templates/ folder without pyproject.toml is not ours
    assert erreur.value.constats[0].code == "RENDU-04"
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    assert trouver_gabarits(paquet) == tmp_path / "templates"


@pytest.mark.parametrize("nom", ["../pyproject.toml", "/etc/passwd", "", "letters/../../pyproject.toml"])
def test_nom_hors_du_dossier_refuse(nom: str) -> None:
    with pytest.raises(RenderFailure, match="refusé"):
        gabarit(nom)


def test_fichier_absent() -> None:
    with pytest.raises(RenderFailure, match="introuvable"):
        police("Comic.ttf")


def test_configuration_du_wheel() -> None:
    """pyproject.toml ships templates/ inside the package, where the resolver looks first."""
    config = tomllib.loads((DEPOT / "pyproject.toml").read_text(encoding="utf-8"))
    roue = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert roue["force-include"]["templates"] == f"dossier/{NOM_INSTALLE}"
    assert roue["packages"] == ["dossier"]  # dossier/fonts comes with the package


def test_wheel_installe(tmp_path: Path) -> None:
    """Build the real wheel, unpack it, and resolve and render from it in a fresh process."""
    pytest.importorskip("hatchling", reason="hatchling absent : pip install hatchling pour ce test")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(DEPOT),
        ],
        check=True,
        capture_output=True,
    )
    (roue,) = tmp_path.glob("dossier-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(roue) as archive:
        archive.extractall(site)
    installe = site / "dossier" / NOM_INSTALLE
    for nom in FICHIERS_LETTRE:
        assert (installe / nom).is_file()
    for nom in POLICES:
        assert (site / "dossier" / "fonts" / nom).is_file()
    script = (
        "import sys, dossier.resources as r\n"
        "from dossier.render.pdf import rendre_pdf\n"
        "from dossier.render.word import rendre_docx\n"
        "sys.path.insert(0, sys.argv[1])\n"
        "from lettre_essai import lettre_essai\n"
        "import hashlib\n"
        "l = lettre_essai()\n"
        "sys.stdout.write(str(r.dossier_gabarits()) + '\\n')\n"
        "sys.stdout.write(str(r.police('LiberationSans-Regular.ttf')) + '\\n')\n"
        "sys.stdout.write(hashlib.sha256(rendre_pdf(l)).hexdigest() + '\\n')\n"
        "sys.stdout.write(hashlib.sha256(rendre_docx(l)).hexdigest() + '\\n')\n"
    )
    fixtures = DEPOT / "tests" / "fixtures"
    sortie = subprocess.run(
        [sys.executable, "-c", script, str(fixtures)],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    assert sortie[0] == str(installe)
    assert sortie[1] == str(site / "dossier" / "fonts" / "LiberationSans-Regular.ttf")
    # same bytes as from the checkout: no path leaks into the documents
    locale = subprocess.run(
        [sys.executable, str(fixtures / "lettre_essai.py")], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert sortie[2:4] == locale[0:2]
