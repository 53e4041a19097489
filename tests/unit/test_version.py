"""The version is written once, in pyproject.toml, and read at run time from the package's metadata."""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

import dossier

RACINE = Path(__file__).resolve().parents[2]


def test_une_seule_version() -> None:
    ecrite = tomllib.loads((RACINE / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert version("dossier") == ecrite, "metadata out of date: run « pip install -e . » again"
    assert dossier.__version__ == ecrite


def test_aucune_autre_copie_dans_le_paquet() -> None:
    copies = [
        str(p.relative_to(RACINE))
        for p in (RACINE / "dossier").rglob("*.py")
        if re.search(r"""__version__\s*=\s*["']\d+\.\d+""", p.read_text(encoding="utf-8"))
    ]
    assert copies == []


def test_le_journal_des_changements_nomme_la_version() -> None:
    """CHANGELOG.md's newest release is the version pyproject.toml gives: a release bumps both."""
    ecrite = tomllib.loads((RACINE / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    journal = (RACINE / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## (\d+\.\d+\.\d+) - \d{4}-\d{2}-\d{2}$", journal, flags=re.MULTILINE)
    assert versions and versions[0] == ecrite, versions[:2]
