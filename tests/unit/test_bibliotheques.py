"""WeasyPrint's system libraries are found with one `ldconfig -p`, not ~70 processes (issue 25),
and the same libraries are loaded: Pango, and HarfBuzz's subsetter on which byte-identical PDFs
depend when the system has it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

# A child process's first lines: every process it starts is recorded in `lances`.
COMPTEUR = """
import json, subprocess, sys
lances = []
standard = subprocess.Popen.__init__
def compter(self, *arguments, **options):
    lances.append(str(arguments[0] if arguments else options.get("args")))
    standard(self, *arguments, **options)
subprocess.Popen.__init__ = compter
"""
ENFANT = (
    COMPTEUR
    + """
import dossier.render.pdf
import ctypes.util
import weasyprint.text.ffi as ffi
print(json.dumps({
    "lances": lances,
    "pango": ffi.pango is not None,
    "sous_ensemble": ffi.harfbuzz_subset is not None,
    "rendu": ctypes.util.find_library.__module__,
}))
"""
)


def test_un_seul_processus_pour_trouver_les_bibliotheques() -> None:
    fini = subprocess.run([sys.executable, "-c", ENFANT], capture_output=True, text=True, check=True)
    resultat = json.loads(fini.stdout)
    assert len(resultat["lances"]) <= 1 and all("ldconfig" in lance for lance in resultat["lances"])
    assert resultat["pango"]
    standard = subprocess.run(
        [sys.executable, "-c", "import weasyprint.text.ffi as f; print(f.harfbuzz_subset is not None)"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert resultat["sous_ensemble"] == (standard == "True")  # the same libraries as the standard lookup
    assert resultat["rendu"] == "ctypes.util"  # the standard lookup is given back after the import


CONSTRUCTION = (
    COMPTEUR
    + """
from dossier.cli.main import cli
try:
    cli(sys.argv[1:], prog_name="dossier", standalone_mode=False)
except SystemExit:
    pass
print(json.dumps(lances))
"""
)


def test_une_construction_trouve_aussi_les_bibliotheques_en_un_seul_processus(tmp_path: Path) -> None:
    """`dossier build` asks whether rendering takes the slow path (`render/systeme.py`) before it
    renders anything: WeasyPrint imported there looked its libraries up the slow way, ~70
    processes, 0.13 s of every build."""
    claim = Path(__file__).resolve().parents[2] / "samples" / "b2b-menuiserie" / "claim.yaml"
    arguments = ["build", str(claim), "-o", str(tmp_path / "sortie"), "--no-docx", "--force"]
    fini = subprocess.run(
        [sys.executable, "-c", CONSTRUCTION, *arguments], capture_output=True, text=True, check=True
    )
    lances = json.loads(fini.stdout.splitlines()[-1])
    assert (tmp_path / "sortie" / "relance-1.pdf").exists()  # the probe built the letters
    assert len(lances) <= 1 and all("ldconfig" in lance for lance in lances), lances
