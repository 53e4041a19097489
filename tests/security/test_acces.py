"""File access proven (issue 15): a full build of the injonction sample, in a child process with a
Python audit hook, opens no file outside the claim's folder, the output folder, the package and
Python's own, plus a short list each with its reason — and opens no socket.

The hook sees what Python opens (`open`, `os.open`, imports) and every socket call; the C libraries
WeasyPrint drives (fontconfig, Pango) read their own configuration and the system fonts beneath
it, which the audit hook cannot see and the tool does not choose."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import dossier
from dossier.resources import dossier_gabarits

DEPOT = Path(__file__).resolve().parents[2]
ENFANT = """
import json, os, sys
ouverts, reseau = [], []
def ecouter(evenement, arguments):
    if evenement == "open" and isinstance(arguments[0], (str, bytes)):
        ouverts.append(os.fsdecode(arguments[0]))
    elif evenement.startswith("socket.") or evenement == "http.client.connect":
        reseau.append(evenement)
    elif evenement == "urllib.Request" and not str(arguments[0]).startswith(("file:", "data:")):
        reseau.append(f"{evenement} {arguments[0]}")
sys.addaudithook(ecouter)
from click.testing import CliRunner
from dossier.cli.main import cli
resultat = CliRunner().invoke(cli, ["build", sys.argv[1], "-o", sys.argv[2]])
print(json.dumps({"code": resultat.exit_code, "ouverts": ouverts, "reseau": reseau}))
"""
# Read by the standard library itself, whatever the program: the table of file types (mimetypes,
# WeasyPrint's URL fetcher), the time-zone data (zoneinfo), the null device.
SYSTEME = ("/etc/mime.types", "/usr/share/zoneinfo/", "/dev/null")


def test_une_construction_ne_lit_que_ce_qu_elle_doit(tmp_path: Path) -> None:
    claim = tmp_path / "creance"
    shutil.copytree(DEPOT / "samples" / "injonction-b2b", claim)
    fini = subprocess.run(
        [sys.executable, "-c", ENFANT, str(claim / "claim.yaml"), str(tmp_path / "sortie")],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    resultat = json.loads(fini.stdout)
    assert resultat["code"] == 0
    assert resultat["reseau"] == []
    permis = [
        tmp_path,  # the claim's folder and the output folder (with its provisional and lock beside it)
        Path(dossier.__file__).resolve().parent,  # the package: its data, fonts and schemas
        dossier_gabarits().resolve(),  # the templates (in the checkout, or inside the installed package)
        *(
            Path(p).resolve() for p in {sys.prefix, sys.base_prefix, sys.exec_prefix}
        ),  # Python and its libraries
        *(Path(p).resolve() for p in sysconfig.get_paths().values() if p),
    ]
    temporaire = Path(tempfile.gettempdir()).resolve()
    hors = []
    for chemin in resultat["ouverts"]:
        reel = Path(os.path.realpath(chemin))
        if chemin.startswith(SYSTEME) or any(reel == p or p in reel.parents for p in permis):
            continue
        # WeasyPrint writes the fonts it hands to fontconfig to temporary files of its own
        premier = reel.relative_to(temporaire).parts[0] if temporaire in reel.parents else ""
        if premier.startswith("weasyprint-") or re.fullmatch(r"[a-z0-9_]{8}", premier):
            continue
        hors.append(chemin)
    assert hors == [], f"fichiers ouverts hors du périmètre : {hors[:20]}"
    lus = {Path(os.path.realpath(c)) for c in resultat["ouverts"]}
    assert (claim / "pieces" / "facture-F-2025-211.pdf").resolve() in lus  # the hook did see the pièces


def test_le_perimetre_est_verifie_pour_de_vrai(tmp_path: Path) -> None:
    """The same child, made to read a file elsewhere: the check above would list it."""
    ailleurs = Path(tempfile.mkdtemp(dir=DEPOT / "tests" / "security"))
    try:
        secret = ailleurs / "secret.txt"
        secret.write_text("x")
        enfant = ENFANT.replace(
            "sys.addaudithook(ecouter)", f"sys.addaudithook(ecouter)\nopen({str(secret)!r}).close()"
        )
        claim = tmp_path / "creance"
        shutil.copytree(DEPOT / "samples" / "b2b-menuiserie", claim)
        fini = subprocess.run([sys.executable, "-c", enfant, str(claim / "claim.yaml"), str(tmp_path / "s")],
                              capture_output=True, text=True, check=True)  # fmt: skip
        assert str(secret) in json.loads(fini.stdout)["ouverts"]
    finally:
        shutil.rmtree(ailleurs)
