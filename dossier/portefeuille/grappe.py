"""`dossier batch --scheduler tcp://HOST:PORT`: a batch's claims built on an existing Dask
distributed cluster (the `[distributed]` extra), through the same loop as the local pool
(`execution.executer`): the same rows, the same findings files, the same packs, byte for byte.

What differs from the local pool, and why:
- the workers do not write the journal: the client records each row as it arrives (SQLite's
  write-ahead log cannot be shared between machines). Each worker leaves its row as a receipt,
  `OUT/.recus/<name>.json`, written before it lets go of the claim: a client killed (its workers
  finish the claims they hold) leaves receipts, which the next run journals before it looks at
  anything (`relever_les_recus`), and a claim whose earlier build is still running when the next
  run submits it again waits for that build and takes its receipt (`cli/lot.py`). Nothing lost,
  nothing built twice (tests/batch/test_grappe_reprise.py);
- every worker must have the client's `outillage()` (dossier's version, law data, templates, PDF
  engine): another law-data version would apply another law, another engine would lay out other
  bytes. Checked on every worker before anything is submitted, and again by each claim (a worker
  may join the cluster during the batch); a difference stops the batch (LOT-02);
- a worker process builds one claim at a time (`un_a_la_fois`): start the workers with
  `--nthreads 1` and as many processes as cores (`--nworkers`).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from concurrent.futures import Executor
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from dossier.errors import UsageProblem
from dossier.findings import constat
from dossier.portefeuille import journal
from dossier.portefeuille.empreinte import outillage
from dossier.portefeuille.execution import Tache
from dossier.portefeuille.resultats import Resultat, remplacer

ATTENTE_CONNEXION = 10.0  # seconds to reach the scheduler
ATTENTE_TRAVAILLEURS = 10.0  # seconds for a first worker to show, when the scheduler has none
RECUS = ".recus"  # OUT/.recus/<name>.json: a worker's row, until the client has journaled it
un_a_la_fois = threading.Lock()  # a worker process builds one claim at a time, whatever its threads


class VersionDifferente(UsageProblem):
    """A worker whose `outillage()` is not the client's (picklable: raised on a worker, read by the
    client)."""

    def __init__(self, travailleur: str, differences: Mapping[str, tuple[str, str]]) -> None:
        self.travailleur = travailleur
        self.differences = dict(differences)
        ecarts = " ; ".join(
            f"{quoi} : {_court(ici)} ici, {_court(la_bas)} sur le travailleur"
            for quoi, (ici, la_bas) in sorted(self.differences.items())
        )
        super().__init__(
            [
                constat(
                    "LOT-02",
                    f"le travailleur Dask {travailleur} ne construit pas avec la même version que ce "
                    f"poste ({ecarts}) : le lot est arrêté",
                    que_faire="Installez sur chaque travailleur la même version de dossier que sur ce "
                    "poste (même version, mêmes données légales, avec l'extra [distributed]), puis "
                    "redémarrez les travailleurs et relancez le lot : ce qui a été construit est repris.",
                )
            ]
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (VersionDifferente, (self.travailleur, self.differences))


@contextmanager
def grappe(adresse: str, attendu: Mapping[str, str]) -> Iterator[Executor]:
    """An executor on the Dask cluster whose scheduler is at `adresse`, each of its workers checked
    to have `attendu`, the client's `outillage()`."""
    try:
        from distributed import Client
    except ImportError:
        raise UsageProblem(
            [
                constat(
                    "LOT-03",
                    "--scheduler demande le module distributed, qui n'est pas installé",
                )
            ]
        ) from None
    from distributed.comm.addressing import parse_address, parse_host_port

    try:  # the address's form first: a client half made of a bad one complains at exit
        parse_host_port(parse_address(adresse)[1])
    except ValueError:
        raise _injoignable(adresse, "adresse mal formée, attendue : tcp://HÔTE:PORT") from None
    try:
        client = Client(adresse, timeout=ATTENTE_CONNEXION, set_as_default=False)  # type: ignore[no-untyped-call]
    except Exception as erreur:  # refused, timed out, unknown host: the same advice
        raise _injoignable(adresse, f"{type(erreur).__name__} : {erreur}") from None
    with client:
        try:
            client.wait_for_workers(1, timeout=ATTENTE_TRAVAILLEURS)
        except Exception:
            raise _injoignable(adresse, "l'ordonnanceur répond mais n'a aucun travailleur") from None
        verifier_les_travailleurs(attendu, client.run(outillage, on_error="return"))
        yield client.get_executor(pure=False)  # type: ignore[no-untyped-call]


def verifier_les_travailleurs(
    attendu: Mapping[str, str], outillages: Mapping[str, Mapping[str, str] | BaseException]
) -> None:
    """Raise `VersionDifferente` for the first worker (by address) whose outillage is not
    `attendu` (one that could not even say it, dossier not being importable there: all differs)."""
    for travailleur, leur in sorted(outillages.items()):
        differences = _differences(attendu, {} if isinstance(leur, BaseException) else leur)
        if differences:
            raise VersionDifferente(travailleur, differences)


def verifier_ici(attendu: Mapping[str, str]) -> None:
    """On a worker, before each claim: raise `VersionDifferente` if this process is not `attendu`."""
    differences = _differences(attendu, outillage())
    if differences:
        raise VersionDifferente(_adresse_ici(), differences)


def _differences(ici: Mapping[str, str], la_bas: Mapping[str, str]) -> dict[str, tuple[str, str]]:
    return {
        quoi: (ici[quoi], la_bas.get(quoi, "absent"))
        for quoi in ici
        if la_bas.get(quoi, "absent") != ici[quoi]
    }


def _adresse_ici() -> str:
    try:
        from distributed import get_worker

        return str(get_worker().address)
    except (ImportError, ValueError):
        return "(hors grappe)"


def _court(valeur: str) -> str:
    """A version as is; a SHA-256 by its first 12 digits."""
    return valeur[:12] if len(valeur) == 64 else valeur


def _injoignable(adresse: str, pourquoi: str) -> UsageProblem:
    return UsageProblem(
        [
            constat(
                "LOT-01",
                f"la grappe Dask « {adresse} » ne peut pas prendre le lot ({pourquoi})",
                que_faire="Vérifiez l'adresse (tcp://HÔTE:PORT, celle qu'affiche « dask scheduler »), "
                "que l'ordonnanceur tourne et qu'au moins un travailleur y est attaché "
                "(« dask worker tcp://HÔTE:PORT --nthreads 1 ») ; ou lancez le lot sans --scheduler.",
            )
        ]
    )


def recus(racine: Path) -> Path:
    """OUT/.recus, where the workers leave their rows (and take each claim's lock)."""
    return racine / RECUS


def _recu_de(tache: Tache) -> Path:
    return recus(tache.racine) / f"{tache.nom}.json"


def deposer_recu(tache: Tache, resultat: Resultat, donnees_legales: str) -> None:
    """On a worker, once the claim's pack is in place: its row, written whole (renamed into place)."""
    ligne = {
        "claim": str(tache.claim),
        "empreinte": tache.empreinte,
        "donnees_legales": donnees_legales,
        "resultat": resultat.en_ligne(),
    }
    remplacer(_recu_de(tache), json.dumps(ligne, ensure_ascii=False))


def recu(tache: Tache, donnees_legales: str) -> Resultat | None:
    """The row an earlier build of this very claim left (same claim, inputs and law data), if any:
    taken as it is, not built again. An internal error's row: none (built again, as the journal does)."""
    lu = _lire(_recu_de(tache))
    if lu is None or (lu["claim"], lu["empreinte"], lu["donnees_legales"]) != (
        str(tache.claim),
        tache.empreinte,
        donnees_legales,
    ):
        return None
    resultat = Resultat.depuis(lu["resultat"])
    return None if journal.passager(resultat) else resultat.repris_du_journal()


def retirer_recu(tache: Tache) -> None:
    """On the client, once the row is journaled."""
    _recu_de(tache).unlink(missing_ok=True)


def relever_les_recus(racine: Path, connexion: sqlite3.Connection, sur_la_grappe: bool) -> None:
    """Before a batch looks at its journal: the rows left by workers whose client died, journaled,
    their receipts removed. For a cluster batch OUT/.recus is made here, once, before any worker
    locks a claim in it; a local batch only reads one an earlier cluster batch left."""
    dossier = recus(racine)
    if sur_la_grappe:
        dossier.mkdir(exist_ok=True)
    elif not dossier.is_dir():
        return
    for chemin in sorted(dossier.glob("*.json")):
        lu = _lire(chemin)
        if lu is not None:
            resultat = replace(Resultat.depuis(lu["resultat"]), repris=False)
            journal.noter(connexion, resultat, lu["empreinte"], lu["donnees_legales"])
        chemin.unlink()


def _lire(chemin: Path) -> dict[str, Any] | None:
    try:
        lu = json.loads(chemin.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # none, or not ours: the claim is built again
        return None
    complet = isinstance(lu, dict) and {"claim", "empreinte", "donnees_legales", "resultat"} <= lu.keys()
    return lu if complet else None
