"""The batch journal, `OUT/journal.sqlite` (SQLite, WAL): each claim's input hash and result.

A claim's row is committed by the worker right after its pack was swapped into place
(`output.ecrire_pack`): a run killed at any moment has every finished claim journaled, and a
re-run skips each claim whose hash did not change. A claim that failed with an internal error is
journaled too, but rebuilt on the next run (the cause may be passing: a full disk, a killed worker);
so is a claim refused because another build was writing its folder at that moment (SORTIE-05).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from dossier.exit_codes import ExitCode
from dossier.portefeuille.resultats import Resultat

NOM = "journal.sqlite"
PASSAGERS = frozenset({"SORTIE-05"})  # refusals that say nothing of the claim: built again next run
_ATTENTE_MS = 30_000  # a worker waits this long for another's write to finish

_SCHEMA = """
CREATE TABLE IF NOT EXISTS creances (
    claim TEXT PRIMARY KEY,
    empreinte TEXT NOT NULL,
    donnees_legales TEXT NOT NULL,
    sortie TEXT NOT NULL,
    resultat TEXT NOT NULL,
    fini_le TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
)
"""


@contextmanager
def ouvrir(dossier: Path) -> Iterator[sqlite3.Connection]:
    """The journal of the batch writing into `dossier`, created if need be, closed at the end."""
    with closing(connecter(dossier)) as connexion:
        yield connexion


def connecter(dossier: Path) -> sqlite3.Connection:
    """A connection to the journal in `dossier` (each worker keeps one for its life)."""
    connexion = sqlite3.connect(dossier / NOM, timeout=_ATTENTE_MS / 1000, isolation_level=None)
    connexion.execute("PRAGMA journal_mode=WAL")
    connexion.execute("PRAGMA synchronous=FULL")
    connexion.execute(f"PRAGMA busy_timeout={_ATTENTE_MS}")
    connexion.execute(_SCHEMA)
    return connexion


def noter(connexion: sqlite3.Connection, resultat: Resultat, empreinte: str, donnees_legales: str) -> None:
    """Record `resultat` for its claim (one transaction: after a kill, the row is whole or absent)."""
    connexion.execute(
        "INSERT OR REPLACE INTO creances (claim, empreinte, donnees_legales, sortie, resultat) "
        "VALUES (?, ?, ?, ?, ?)",
        (resultat.claim, empreinte, donnees_legales, resultat.sortie, json.dumps(resultat.en_ligne())),
    )


def noms(connexion: sqlite3.Connection) -> dict[Path, str]:
    """The output folder name each journaled claim was given."""
    return {Path(claim): sortie for claim, sortie in connexion.execute("SELECT claim, sortie FROM creances")}


def a_jour(connexion: sqlite3.Connection, claim: Path, empreinte: str) -> Resultat | None:
    """The journaled result of `claim` if its inputs are unchanged since (a passing failure: never)."""
    ligne = connexion.execute(
        "SELECT empreinte, resultat FROM creances WHERE claim = ?", (str(claim),)
    ).fetchone()
    if ligne is None or ligne[0] != empreinte:
        return None
    resultat = Resultat.depuis(json.loads(ligne[1]))
    return None if passager(resultat) else resultat


def passager(resultat: Resultat) -> bool:
    """A result that says nothing of the claim itself (an internal error, another build writing its
    folder at the time): the claim is built again by the next run."""
    if resultat.code_sortie == ExitCode.INTERNAL_ERROR:
        return True
    return bool(PASSAGERS & set(resultat.constats_bloquants))


def tous(connexion: sqlite3.Connection) -> list[tuple[Resultat, str, str]]:
    """Every journaled claim: its result, the day it finished (UTC) and the law data's hash."""
    return [
        (Resultat.depuis(json.loads(r)), fini, donnees)
        for r, fini, donnees in connexion.execute(
            "SELECT resultat, fini_le, donnees_legales FROM creances ORDER BY claim"
        )
    ]
