"""What in an earlier output folder is the user's, not ours (DESIGN.md, Decisions: Nothing the user
made is lost).

A folder written by dossier carries `MARQUE` and the `manifest.json` its build wrote last (every file
with its SHA-256). Read against that manifest, each thing in the folder is:

- ours, unchanged: a file the manifest lists, with the size and SHA-256 it gives — the next build
  replaces it;
- « modifié »: a file the manifest lists whose bytes differ (an edited DOCX), or which is no longer
  a plain file (a link, a folder);
- « ajouté »: anything the manifest does not list — a note, a folder of drafts (each of its files;
  an empty folder as itself) — but the marker, the manifest itself, and the metadata a file browser
  writes on its own (`.DS_Store`, `Thumbs.db`, `desktop.ini`), which nobody made.

A file of the manifest the user deleted is no obstacle. Links are never followed: a link is judged
as a link, and moved as one.

Without a readable manifest — a folder written by a dossier older than manifest.json, or whose
manifest.json was edited or damaged — nothing can be told apart: `Releve.sans_manifeste` says why,
and the whole folder is treated as the user's (moved aside whole, never partly replaced).
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from dossier.francais import date_longue
from dossier.output.manifeste import NOM, FichierListe, ManifesteIllisible, lire_manifeste

MARQUE = ".dossier-sortie"  # written into every output folder: what makes a folder ours
METADONNEES = frozenset({".DS_Store", "Thumbs.db", "desktop.ini"})  # written by file browsers
AJOUTE = "ajouté"


@dataclass(frozen=True)
class AConserver:
    """A thing in the output folder that a rebuild must not delete nor overwrite."""

    chemin: str  # relative to the folder, « / »-separated; an empty folder ends with « / »
    motif: str  # « ajouté », « modifié depuis la construction du 4 décembre 2026 à 10:15 »…


@dataclass(frozen=True)
class Releve:
    """The folder compared with its manifest."""

    a_conserver: tuple[AConserver, ...]
    sans_manifeste: str | None = None  # why it cannot be compared: then all of it is the user's


def releve(dossier: Path) -> Releve:
    """Compare the earlier output `dossier` (it carries `MARQUE`) with its manifest.json."""
    manifeste = dossier / NOM
    try:
        lu = lire_manifeste(manifeste.read_bytes())
        construit = datetime.fromtimestamp(manifeste.stat().st_mtime)
    except FileNotFoundError:
        return Releve((), f"il n'a pas de {NOM} (écrit par une version de dossier qui n'en faisait pas)")
    except OSError as erreur:
        return Releve((), f"son {NOM} ne peut pas être lu ({erreur.strerror})")
    except ManifesteIllisible as refus:
        return Releve((), f"son {refus.constats[0].message}")
    attendus = {f.chemin: f for f in lu.fichiers}
    parents = {str(p) for chemin in attendus for p in PurePosixPath(chemin).parents if str(p) != "."}
    modifie = f"modifié depuis la construction du {date_longue(construit.date())} à {construit:%H:%M}"
    trouves: list[AConserver] = []

    def parcourir(relatif: str) -> None:
        with os.scandir(dossier / relatif if relatif else dossier) as entrees:
            triees = sorted(entrees, key=lambda e: e.name)
        for entree in triees:
            chemin = f"{relatif}/{entree.name}" if relatif else entree.name
            if (not relatif and entree.name in (MARQUE, NOM)) or entree.name in METADONNEES:
                continue
            if chemin in attendus:
                if not _identique(entree, attendus[chemin]):
                    trouves.append(AConserver(chemin, modifie))
            elif entree.is_dir(follow_symlinks=False):
                if chemin not in parents and _vide(entree.path):
                    trouves.append(AConserver(f"{chemin}/", AJOUTE))
                else:
                    parcourir(chemin)
            else:
                trouves.append(AConserver(chemin, AJOUTE))

    parcourir("")
    return Releve(tuple(trouves))


def _vide(chemin: str) -> bool:
    with os.scandir(chemin) as entrees:
        return next(entrees, None) is None


def _identique(entree: os.DirEntry[str], attendu: FichierListe) -> bool:
    """The file is the one the build wrote: a plain file of the same size and SHA-256 (one that
    cannot be read cannot be shown unchanged: it is kept)."""
    try:
        if not entree.is_file(follow_symlinks=False):
            return False
        if entree.stat(follow_symlinks=False).st_size != attendu.octets:
            return False
        with open(entree.path, "rb") as fichier:
            return hashlib.file_digest(fichier, "sha256").hexdigest() == attendu.sha256
    except OSError:
        return False
