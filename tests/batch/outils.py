"""A small portfolio for the batch tests: copies of a sample claim, and one that cannot be read."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from dossier.portefeuille.journal import NOM

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
ECHANTILLON = "b2b-menuiserie"  # no pièce, quick to build
JOUR = "2026-01-15"


def portefeuille(racine: Path, nombre: int, invalide: bool = True) -> Path:
    """`nombre` copies of the sample (client-1…), each with its own reference, and an invalid claim."""
    dossier = racine / "portefeuille"
    for rang in range(1, nombre + 1):
        cible = dossier / f"client-{rang}"
        cible.mkdir(parents=True)
        texte = (SAMPLES / ECHANTILLON / "claim.yaml").read_text(encoding="utf-8")
        (cible / "claim.yaml").write_text(
            texte.replace('"2025-0142"', f'"2025-9{rang:03d}"'), encoding="utf-8"
        )
    if invalide:
        (dossier / "casse").mkdir(parents=True)
        (dossier / "casse" / "claim.yaml").write_text("version: 1\nreference: \n", encoding="utf-8")
    return dossier


def resultats(sortie: Path) -> dict[str, dict[str, object]]:
    """results.json, by output folder."""
    lignes = json.loads((sortie / "results.json").read_text(encoding="utf-8"))
    return {ligne["sortie"]: ligne for ligne in lignes}


def fichiers(dossier: Path) -> dict[str, bytes]:
    return {str(f.relative_to(dossier)): f.read_bytes() for f in sorted(dossier.rglob("*")) if f.is_file()}


def copier(source: str, cible: Path) -> Path:
    shutil.copytree(SAMPLES / source, cible)
    return cible / "claim.yaml"


def journalises(sortie: Path) -> set[str]:
    """The output folders of the claims the journal of `sortie` holds (none before it exists)."""
    if not (sortie / NOM).exists():
        return set()
    # `closing`: a connection's own `with` ends a transaction, not the connection — a read-only
    # connection left open would keep SQLite's -wal and -shm beside the journal
    with closing(sqlite3.connect(f"file:{sortie / NOM}?mode=ro", uri=True)) as connexion:
        try:
            return {s for (s,) in connexion.execute("SELECT sortie FROM creances")}
        except sqlite3.OperationalError:  # the table is not created yet
            return set()
