"""Starting `dossier` imports what the command needs, when it needs it (issue 16).

`dossier --help`, `explain` and `taux` render nothing: importing the CLI must not load the PDF and
DOCX machinery (WeasyPrint, pypdf, pypdfium2, docxtpl, python-docx) nor pyHanko. Checked in a fresh
process, on `sys.modules`; the time it saves is measured by `benchmarks/vitesse.py`, never here.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

LOURDS = ("weasyprint", "pypdf", "pypdfium2", "docxtpl", "docx", "pyhanko", "segno", "pydantic")


def modules_charges(code: str) -> set[str]:
    programme = (
        f"{code}\nimport json, sys\nprint(json.dumps(sorted({{m.split('.')[0] for m in sys.modules}})))"
    )
    sortie = subprocess.run([sys.executable, "-c", programme], check=True, capture_output=True, text=True)
    return set(json.loads(sortie.stdout.splitlines()[-1]))


def test_importer_la_cli_ne_charge_aucun_moteur_de_rendu() -> None:
    charges = modules_charges("import dossier.cli.main")
    assert "click" in charges  # the probe sees what was imported
    assert not charges & set(LOURDS), sorted(charges & set(LOURDS))


@pytest.mark.parametrize(
    "arguments", [["--help"], ["build", "--help"], ["explain", "INT-01"], ["taux", "--at", "2026-01-15"]]
)
def test_une_commande_qui_ne_rend_rien_ne_charge_pas_le_rendu(arguments: list[str]) -> None:
    code = (
        "import sys\nfrom dossier.cli.main import cli\n"
        f"try:\n    cli({arguments!r}, prog_name='dossier', standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        "sys.stdout.flush()"
    )
    charges = modules_charges(code)
    rendu = {"weasyprint", "pypdf", "pypdfium2", "docxtpl", "docx", "pyhanko"}
    assert not charges & rendu, sorted(charges & rendu)
