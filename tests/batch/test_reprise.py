"""A batch killed (SIGKILL, workers and all) once its first claims are journaled resumes with
nothing lost and nothing built twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.output.releve import MARQUE
from tests.batch.outils import JOUR, fichiers, journalises, portefeuille, resultats

LANCER = "from dossier.cli.main import main; main()"
ATTENTE = 300  # seconds: a shared machine may be slow; the test never asserts a duration


def test_lot_tue_puis_repris(tmp_path: Path) -> None:
    dossier = portefeuille(tmp_path, 4, invalide=False)
    sortie = tmp_path / "lot"
    commande = [sys.executable, "-c", LANCER, "batch", str(dossier), "-o", str(sortie), "--date", JOUR]
    processus = subprocess.Popen(
        [*commande, "--no-docx", "--workers", "1"],
        start_new_session=True,  # its own process group: the workers are killed with it
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if k != "DOSSIER_PARAMETRES"},
    )
    try:
        limite = time.monotonic() + ATTENTE
        while not journalises(sortie) and time.monotonic() < limite and processus.poll() is None:
            time.sleep(0.05)
        os.killpg(processus.pid, signal.SIGKILL)
    finally:
        processus.wait(timeout=60)
    finis = journalises(sortie)
    assert finis and len(finis) < 4, finis  # killed in the middle of the batch
    avant = {nom: ((sortie / nom).stat().st_ino, fichiers(sortie / nom)) for nom in finis}

    resultat = CliRunner().invoke(
        cli, ["batch", str(dossier), "-o", str(sortie), "--date", JOUR, "--no-docx", "--workers", "2"],
        env={"DOSSIER_PARAMETRES": None},
    )  # fmt: skip
    assert resultat.exit_code == ExitCode.OK, resultat.output
    lignes = resultats(sortie)
    assert set(lignes) == {f"client-{n}" for n in range(1, 5)}
    for nom, ligne in lignes.items():
        assert ligne["code_sortie"] == 0 and ligne["repris"] == (nom in finis), (nom, ligne)
        assert (sortie / nom / MARQUE).is_file() and (sortie / nom / "manifest.json").is_file()
    for nom, (inode, contenu) in avant.items():  # not rebuilt: the same folder, the same bytes
        assert (sortie / nom).stat().st_ino == inode and fichiers(sortie / nom) == contenu
    # What the killed build left beside its folder was cleaned by the resumed one.
    assert not [p.name for p in sortie.iterdir() if p.name.startswith(".client-")]
