"""`dossier batch --scheduler` stopped part-way on a loopback Dask cluster, then run again: the
client killed (SIGKILL) while its workers still build, and a worker killed in the middle of a
claim. Nothing is lost, nothing is built twice, and the packs, rows and journal are the local
pool's, byte for byte."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from dossier.cli.lot import construire_sur_la_grappe
from dossier.exit_codes import ExitCode
from dossier.output.releve import MARQUE
from dossier.output.verrou import verrou
from dossier.portefeuille import journal
from dossier.portefeuille.empreinte import donnees_legales, outillage
from dossier.portefeuille.execution import Tache
from dossier.portefeuille.grappe import deposer_recu, recus
from dossier.portefeuille.resultats import Resultat
from tests.batch.outils import JOUR, fichiers, journalises, portefeuille, resultats
from tests.batch.test_grappe import RANGES, _journal, _lignes, _lot

LANCER = "from dossier.cli.main import main; main()"
ATTENTE = 300  # seconds: a shared machine may be slow; the test never asserts a duration
NOMBRE = 6


@pytest.fixture(scope="module")
def grappe() -> Iterator[tuple[str, Client]]:
    with (
        LocalCluster(
            host="127.0.0.1", n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        Client(cluster.scheduler_address, set_as_default=False) as client,
    ):
        yield cluster.scheduler_address, client


def _attendre(condition: object, quoi: str) -> None:
    limite = time.monotonic() + ATTENTE
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < limite, quoi
        time.sleep(0.05)


def _au_repos(client: Client) -> bool:
    """No worker of the cluster running a task: the scheduler forgets a dead client's tasks, but a
    worker finishes the one it is running (counted, cancelled, until it returns)."""
    en_cours = client.run(lambda dask_worker: dask_worker.state.executing_count)
    return not any(en_cours.values())


def _paquets(sortie: Path) -> dict[str, int]:
    """Each finished pack's folder and its inode (a claim built again is swapped in: a new inode)."""
    return {p.name: p.stat().st_ino for p in sortie.iterdir() if p.is_dir() and (p / MARQUE).is_file()}


def _sans_reprise(lignes: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{k: v for k, v in ligne.items() if k != "repris"} for ligne in lignes]


def _a_part(nom: str) -> bool:
    """Compared apart: the files with timings (RANGES), and SQLite's write-ahead log and its index
    beside the journal, which SQLite removes only when the last connection to it closes — their
    presence says when a connection closed, not what was built (CI saw them once after the kill and
    the resumption, 2026-12-05; the journal's rows are compared below)."""
    return nom in RANGES or nom.endswith(("-wal", "-shm"))


def _comme_le_pool_local(tmp_path: Path, dossier: Path, sortie: Path) -> None:
    code, texte = _lot(dossier, tmp_path / "local", "--workers", "2", "--no-docx")
    assert code == ExitCode.OK, texte
    local, sur_la_grappe = fichiers(tmp_path / "local"), fichiers(sortie)
    assert {n: o for n, o in sur_la_grappe.items() if not _a_part(n)} == {
        n: o for n, o in local.items() if not _a_part(n)
    }
    sans_reprise = [{k: v for k, v in ligne.items() if k != "repris"} for ligne in _lignes(sortie)]
    assert sans_reprise == [
        {k: v for k, v in ligne.items() if k != "repris"} for ligne in _lignes(tmp_path / "local")
    ]
    assert _journal(sortie) == _journal(tmp_path / "local")


def test_client_tue_puis_repris(tmp_path: Path, grappe: tuple[str, Client]) -> None:
    adresse, client = grappe
    dossier = portefeuille(tmp_path, NOMBRE, invalide=False)
    sortie = tmp_path / "grappe"
    processus = subprocess.Popen(
        [sys.executable, "-c", LANCER, "batch", str(dossier), "-o", str(sortie), "--date", JOUR,
         "--no-docx", "--scheduler", adresse],
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={k: v for k, v in os.environ.items() if k != "DOSSIER_PARAMETRES"},
    )  # fmt: skip
    try:
        _attendre(lambda: journalises(sortie) or processus.poll() is not None, "aucune créance journalisée")
        os.killpg(processus.pid, signal.SIGKILL)  # the client only: the cluster's workers go on
    finally:
        processus.wait(timeout=60)
    journalisees = journalises(sortie)
    assert journalisees and len(journalisees) < NOMBRE, journalisees  # killed in the middle of the batch
    # What the workers were building when the client died, they finish: packs swapped in, no row
    # journaled by a client that is gone.
    _attendre(lambda: _au_repos(client), "les travailleurs n'ont pas fini")
    construites = _paquets(sortie)
    assert set(construites) >= journalisees

    code, texte = _lot(dossier, sortie, "--no-docx", "--scheduler", adresse)
    assert code == ExitCode.OK, texte
    lignes = resultats(sortie)
    assert set(lignes) == {f"client-{n}" for n in range(1, NOMBRE + 1)}
    for nom, ligne in lignes.items():  # what was built before the kill is taken, not built again
        assert ligne["repris"] == (nom in construites), (nom, ligne, sorted(construites))
    apres = _paquets(sortie)
    assert {nom: apres[nom] for nom in construites} == construites  # the same folders: not rebuilt
    assert not [p.name for p in sortie.iterdir() if p.name.startswith(".client-")]
    _comme_le_pool_local(tmp_path, dossier, sortie)


def test_travailleur_tue_pendant_une_creance(tmp_path: Path, grappe: tuple[str, Client]) -> None:
    """A worker process killed in the middle of a claim: the cluster gives the claim to another
    worker (the nanny restarts the dead one), the batch ends with every claim built once."""
    adresse, client = grappe
    dossier = portefeuille(tmp_path, NOMBRE, invalide=False)
    sortie = tmp_path / "grappe"
    tue: list[int] = []

    def tuer_un_travailleur() -> None:
        _attendre(lambda: any(client.processing().values()), "aucune créance commencée")
        travailleur = next(t for t, taches in sorted(client.processing().items()) if taches)
        pid = client.run(os.getpid, workers=[travailleur])[travailleur]
        os.kill(pid, signal.SIGKILL)
        tue.append(pid)

    tueur = threading.Thread(target=tuer_un_travailleur)
    tueur.start()
    try:
        code, texte = _lot(dossier, sortie, "--no-docx", "--scheduler", adresse)
    finally:
        tueur.join(timeout=ATTENTE)
    assert tue, "aucun travailleur tué"
    assert code == ExitCode.OK, texte
    assert f"{NOMBRE} créance(s) : {NOMBRE} construite(s)" in texte, texte
    assert not [p.name for p in sortie.iterdir() if p.name.startswith(".client-")]
    _comme_le_pool_local(tmp_path, dossier, sortie)
    client.wait_for_workers(2, timeout=ATTENTE)  # the nanny's new worker, for the next test


def test_une_creance_encore_en_cours_est_attendue(tmp_path: Path) -> None:
    """Run again while a build of the same claim, for a client now dead, still runs on another
    worker: the claim waits for that build and takes its row instead of refusing (SORTIE-05) or
    building it a second time."""
    dossier = portefeuille(tmp_path, 1, invalide=False)
    racine = tmp_path / "lot"
    racine.mkdir()
    tache = Tache(dossier / "client-1" / "claim.yaml", racine / "client-1", racine, "e", None, None, False)
    recus(racine).mkdir()
    rendu: list[Resultat] = []
    with verrou(recus(racine) / tache.nom):  # the earlier build, holding the claim
        attente = threading.Thread(target=lambda: rendu.append(construire_sur_la_grappe(tache, outillage())))
        attente.start()
        attente.join(timeout=1.0)
        assert attente.is_alive() and not rendu  # waiting, not refused
        fait = Resultat(str(tache.claim), "construit", 0, "relance_2", "3 399,84 €", (), "client-1", 0.5)
        deposer_recu(tache, fait, donnees_legales())
    attente.join(timeout=ATTENTE)
    assert rendu == [fait.repris_du_journal()]
    assert not tache.sortie.exists()  # not built again


def test_un_refus_passager_n_est_pas_repris(tmp_path: Path) -> None:
    """A claim refused because another build was writing its folder at that moment (SORTIE-05) is
    built again by the next run, like an internal error; any other refusal is kept."""
    with journal.ouvrir(tmp_path) as connexion:
        for nom, code, bloquants in (("a", 2, ("SORTIE-05",)), ("b", 1, ()), ("c", 3, ("MODELE-01",))):
            ligne = Resultat(f"/{nom}/claim.yaml", "refusé", code, "", "", bloquants, nom, 0.1)
            journal.noter(connexion, ligne, "e", "d")
        assert journal.a_jour(connexion, Path("/a/claim.yaml"), "e") is None
        assert journal.a_jour(connexion, Path("/b/claim.yaml"), "e") is None
        assert journal.a_jour(connexion, Path("/c/claim.yaml"), "e") is not None
