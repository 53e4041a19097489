"""`dossier batch --scheduler`: the same batch on a Dask cluster (a `LocalCluster` on loopback, two
worker processes) gives the local pool's packs, findings, rows and journal, byte for byte; an
unchanged re-run takes everything from the journal; an unreachable scheduler and a worker of
another version are refused with a French finding and an exit code, before anything is built."""

from __future__ import annotations

import json
import pickle
import socket
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import LocalCluster

from dossier.cli.lot import construire_sur_la_grappe
from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.portefeuille import empreinte
from dossier.portefeuille import grappe as module_grappe
from dossier.portefeuille.empreinte import outillage
from dossier.portefeuille.execution import Tache
from dossier.portefeuille.grappe import VersionDifferente
from dossier.portefeuille.journal import NOM
from tests.batch.outils import JOUR, fichiers, portefeuille

RANGES = ("results.json", "results.csv", NOM, "batch.log")  # compared below, without their timings


@pytest.fixture(scope="module")
def ordonnanceur() -> Iterator[str]:
    with LocalCluster(
        host="127.0.0.1", n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as grappe:
        yield grappe.scheduler_address


def _lot(source: Path, sortie: Path, *options: str) -> tuple[int, str]:
    resultat = CliRunner().invoke(
        cli,
        ["batch", str(source), "-o", str(sortie), "--date", JOUR, *options],
        env={"DOSSIER_PARAMETRES": None, "COLUMNS": "200"},
    )
    return resultat.exit_code, resultat.output


def _lignes(sortie: Path) -> list[dict[str, object]]:
    lignes = json.loads((sortie / "results.json").read_text(encoding="utf-8"))
    return [{k: v for k, v in ligne.items() if k != "secondes"} for ligne in lignes]


def _journal(sortie: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(f"file:{sortie / NOM}?mode=ro", uri=True)) as connexion:
        rangs = connexion.execute("SELECT claim, empreinte, donnees_legales, sortie, resultat FROM creances")
        return sorted(
            (claim, cle, donnees, nom, {k: v for k, v in json.loads(r).items() if k != "secondes"})
            for claim, cle, donnees, nom, r in rangs
        )


def test_grappe_identique_au_pool_local(tmp_path: Path, ordonnanceur: str) -> None:
    dossier = portefeuille(tmp_path, 2)  # two claims and an invalid one
    code_local, texte_local = _lot(dossier, tmp_path / "local", "--workers", "2")
    code, texte = _lot(dossier, tmp_path / "grappe", "--scheduler", ordonnanceur)
    assert code == code_local == ExitCode.INVALID_INPUT, (texte_local, texte)
    local, sur_la_grappe = fichiers(tmp_path / "local"), fichiers(tmp_path / "grappe")
    assert {n for n in local if n.startswith("client-1/")} >= {
        "client-1/manifest.json",
        "client-1/calcul.json",
    }
    assert any(n.endswith(".docx") for n in local)  # the DOCX too, zipped the same way
    assert {n: o for n, o in sur_la_grappe.items() if n not in RANGES} == {
        n: o for n, o in local.items() if n not in RANGES
    }
    assert _lignes(tmp_path / "grappe") == _lignes(tmp_path / "local")
    assert _journal(tmp_path / "grappe") == _journal(tmp_path / "local")
    assert "3 créance(s) : 2 construite(s)" in texte

    # The same journal, read the same way: an unchanged re-run on the cluster rebuilds nothing.
    code, texte = _lot(dossier, tmp_path / "grappe", "--scheduler", ordonnanceur)
    assert code == ExitCode.INVALID_INPUT, texte
    assert "0 construite(s), 0 non construite(s), 3 inchangée(s)" in texte, texte


def test_ordonnanceur_injoignable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as libre:  # a port nobody listens on
        libre.bind(("127.0.0.1", 0))
        port = libre.getsockname()[1]
    monkeypatch.setattr(module_grappe, "ATTENTE_CONNEXION", 1.0)
    dossier = portefeuille(tmp_path, 1, invalide=False)
    code, texte = _lot(dossier, tmp_path / "lot", "--scheduler", f"tcp://127.0.0.1:{port}")
    assert code == ExitCode.USAGE, texte
    assert "LOT-01" in texte and "ne peut pas prendre le lot" in texte and "dask scheduler" in texte
    assert "Traceback" not in texte
    assert not (tmp_path / "lot").exists()  # refused before anything was written
    code, texte = _lot(dossier, tmp_path / "lot", "--scheduler", "ordonnanceur")  # no port
    assert code == ExitCode.USAGE and "LOT-01" in texte and "adresse mal formée" in texte, texte
    assert "Traceback" not in texte and not (tmp_path / "lot").exists()


def test_travailleur_d_une_autre_version(
    tmp_path: Path, ordonnanceur: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ici = {**outillage(), "données légales": "0" * 64}  # this process says it has other law data
    monkeypatch.setattr(empreinte, "outillage", lambda: ici)
    dossier = portefeuille(tmp_path, 1, invalide=False)
    code, texte = _lot(dossier, tmp_path / "lot", "--scheduler", ordonnanceur)
    assert code == ExitCode.USAGE, texte
    assert "LOT-02" in texte and "données légales : 000000000000 ici" in texte, texte
    assert not (tmp_path / "lot").exists()


def test_chaque_creance_verifie_son_travailleur(tmp_path: Path) -> None:
    """A worker that joined during the batch is checked by each claim it takes: the refusal
    crosses back to the client whole (it is pickled)."""
    tache = Tache(tmp_path / "claim.yaml", tmp_path / "lot" / "c", tmp_path / "lot", "e", None, None, False)
    autre = {**outillage(), "dossier": "0.0.0"}
    with pytest.raises(VersionDifferente) as refus:
        construire_sur_la_grappe(tache, autre)
    revenu = pickle.loads(pickle.dumps(refus.value))
    assert isinstance(revenu, VersionDifferente) and revenu.exit_code == ExitCode.USAGE
    assert [c.code for c in revenu.constats] == ["LOT-02"]
    assert f"dossier : 0.0.0 ici, {outillage()['dossier']} sur le travailleur" in revenu.constats[0].message
    assert not (tmp_path / "lot").exists()


def test_sans_distributed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now fails
    dossier = portefeuille(tmp_path, 1, invalide=False)
    code, texte = _lot(dossier, tmp_path / "lot", "--scheduler", "tcp://127.0.0.1:8786")
    assert code == ExitCode.USAGE and "LOT-03" in texte and "[distributed]" in texte, texte
    assert "Traceback" not in texte and not (tmp_path / "lot").exists()
