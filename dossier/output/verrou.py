"""One build at a time into an output folder.

Two builds writing the same folder would each swap in a complete pack, and one result would be
lost without a word. A lock file beside the folder (`.DIR.verrou`, never inside it: the folder is
swapped whole) is held with `flock` for the whole build; a second build refuses at once (SORTIE-05),
naming the process that holds it — or, asked to (`attendre`: a batch's claim on a cluster, whose
earlier build may still be running on another worker), waits for it. The file is removed on
release; a build that finds the file gone or replaced after locking it locks again, so two builds
never hold two different files.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dossier.errors import UsageProblem
from dossier.findings import constat
from dossier.output.garde import ecriture_impossible


def chemin_verrou(cible: Path) -> Path:
    reelle = Path(os.path.realpath(cible))
    return reelle.parent / f".{reelle.name}.verrou"


@contextmanager
def verrou(cible: Path, attendre: bool = False) -> Iterator[None]:
    """Hold the lock of `cible` for the time of the block (held by another process: SORTIE-05, or
    wait for it with `attendre`); folders created for it are removed afterwards when the build left
    them empty (a refused build leaves nothing behind)."""
    fichier = chemin_verrou(cible)
    crees = _creer_parents(fichier.parent)
    try:
        descripteur = _prendre(fichier, cible, attendre)
        try:
            yield
        finally:
            fichier.unlink(missing_ok=True)
            os.close(descripteur)
    finally:
        for dossier in reversed(crees):
            try:
                dossier.rmdir()  # only if empty: the pack, when written, keeps its parents
            except OSError:
                break


def _prendre(fichier: Path, cible: Path, attendre: bool = False) -> int:
    while True:
        try:
            descripteur = os.open(fichier, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as erreur:
            raise ecriture_impossible(cible, erreur.strerror) from None
        try:
            fcntl.flock(descripteur, fcntl.LOCK_EX if attendre else fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            detenteur = os.read(descripteur, 32).decode("ascii", "replace").strip() or "?"
            os.close(descripteur)
            raise UsageProblem(
                [
                    constat(
                        "SORTIE-05",
                        f"une autre construction écrit déjà dans {cible} (processus {detenteur})",
                        que_faire="Attendez qu'elle se termine, ou choisissez un autre dossier de sortie.",
                    )
                ]
            ) from None
        try:
            meme = os.stat(fichier).st_ino == os.fstat(descripteur).st_ino
        except FileNotFoundError:
            meme = False
        if meme:
            os.ftruncate(descripteur, 0)
            os.write(descripteur, f"{os.getpid()}\n".encode("ascii"))
            return descripteur
        os.close(descripteur)  # released and removed meanwhile by the previous holder: again


def _creer_parents(dossier: Path) -> list[Path]:
    """Create `dossier` and its missing parents; those created, outermost first."""
    crees = []
    for manquant in reversed([d for d in (dossier, *dossier.parents) if not d.exists()]):
        try:
            manquant.mkdir()
        except FileExistsError:
            continue
        except OSError:
            break  # not writable: opening the lock file says so (SORTIE-03)
        crees.append(manquant)
    return crees
