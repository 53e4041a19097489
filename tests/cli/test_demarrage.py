"""Starting `dossier` imports what the command needs, when it needs it (issue 16).

`dossier --help`, `explain` and `taux` render nothing: importing the CLI must not load the PDF and
DOCX machinery (WeasyPrint, pypdf, pypdfium2, docxtpl, python-docx) nor pyHanko. Checked in a fresh
process, on `sys.modules`; the time it saves is measured by `benchmarks/vitesse.py`, never here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

LOURDS = ("weasyprint", "pypdf", "pypdfium2", "docxtpl", "docx", "pyhanko", "segno", "pydantic")


def modules_charges(code: str, *, complets: bool = False) -> set[str]:
    """The top-level packages (or, `complets`, every module) loaded once `code` has run."""
    noms = "sys.modules" if complets else "{m.split('.')[0] for m in sys.modules}"
    programme = f"{code}\nimport json, sys\nprint(json.dumps(sorted({noms})))"
    sortie = subprocess.run([sys.executable, "-c", programme], check=True, capture_output=True, text=True)
    return set(json.loads(sortie.stdout.splitlines()[-1]))


def apres_commande(arguments: list[str]) -> set[str]:
    """Every module loaded by `dossier ARGUMENTS`, run in a fresh process."""
    code = (
        "import sys\nfrom dossier.cli.main import cli\n"
        f"try:\n    cli({arguments!r}, prog_name='dossier', standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        "sys.stdout.flush()"
    )
    return modules_charges(code, complets=True)


def test_importer_la_cli_ne_charge_aucun_moteur_de_rendu() -> None:
    charges = modules_charges("import dossier.cli.main")
    assert "click" in charges  # the probe sees what was imported
    assert not charges & set(LOURDS), sorted(charges & set(LOURDS))


@pytest.mark.parametrize(
    "arguments", [["--help"], ["build", "--help"], ["explain", "INT-01"], ["taux", "--at", "2026-01-15"]]
)
def test_une_commande_qui_ne_rend_rien_ne_charge_pas_le_rendu(arguments: list[str]) -> None:
    charges = {m.split(".")[0] for m in apres_commande(arguments)}
    rendu = {"weasyprint", "pypdf", "pypdfium2", "docxtpl", "docx", "pyhanko"}
    assert not charges & rendu, sorted(charges & rendu)


# What `explain` and `taux` have no use for: the claim's pydantic models, the public holidays, the
# tone linter with its compiled patterns and lexicons, and the law it imports.
INUTILES = {"dossier.model.claim", "holidays", "dossier.tone.linter", "dossier.tone.sollicitations"}


@pytest.mark.parametrize("code", ["TON-01", "TON-10", "FRAIS-01", "PRESC-01"])
def test_explain_ne_charge_ni_le_linter_ni_les_modeles(code: str) -> None:
    charges = apres_commande(["explain", code])
    assert "dossier.cli.explain" in charges  # the probe ran the command
    assert not charges & INUTILES, sorted(charges & INUTILES)
    assert not any(m.startswith("dossier.law.") for m in charges)
    # the tone's data are read for display, their typed models check them when the linter loads
    assert "pydantic" not in charges and "importlib.metadata" not in charges
    assert "dossier.tone.regles" not in charges and "dossier.tone.jeu_de_regles" not in charges


@pytest.mark.parametrize("arguments", [["taux"], ["taux", "--at", "2026-01-15"]])
def test_taux_lit_les_parametres_sans_les_modeles_de_la_creance(arguments: list[str]) -> None:
    charges = apres_commande(arguments)
    assert "dossier.law.parametres.lecture" in charges  # the probe ran the command
    assert not charges & INUTILES, sorted(charges & INUTILES)
    # the package's parameter files, well formed, are read without their pydantic models
    paquets = {m.split(".")[0] for m in charges}
    assert not paquets & {"pydantic", "pydantic_core", "stdnum"}, sorted(paquets & {"pydantic", "stdnum"})
    assert "dossier.law.parametres.modeles" not in charges


def test_une_construction_sans_docx_ne_charge_ni_docx_ni_pypdf(tmp_path: Path) -> None:
    """Letters without DOCX: rendered by WeasyPrint, read back by PDFium; python-docx, docxtpl
    and pypdf (the assembly of an injonction, a damaged pièce) are not loaded, nor the
    `holidays` package's other countries (law/calendrier.py loads France alone)."""
    claim = Path(__file__).resolve().parents[2] / "samples" / "b2b-menuiserie" / "claim.yaml"
    arguments = ["build", str(claim), "-o", str(tmp_path / "sortie"), "--no-docx", "--force"]
    modules = apres_commande(arguments)
    charges = {m.split(".")[0] for m in modules}
    assert {"weasyprint", "pypdfium2", "holidays"} <= charges  # the probe built the letters
    inutiles = {"docx", "docxtpl", "pypdf"}
    assert not charges & inutiles, sorted(charges & inutiles)
    assert "holidays.countries" not in modules
