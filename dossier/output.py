"""Write a built pack atomically (DESIGN.md, Decisions: Output folder).

`build` writes into a temporary folder beside `-o DIR` and swaps it in at the end, so a failure
leaves no partial output. An existing DIR that is not an earlier dossier output is refused
unless `force` (it could hold the user's own files); a DIR holding the claim itself, or the
current folder, is refused even with `force`. `verifier_cible` says so before anything is built.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from dossier import __version__
from dossier.errors import UsageProblem
from dossier.findings import constat

MARQUE = ".dossier-sortie"


def verifier_cible(cible: Path, force: bool = False, a_proteger: tuple[Path, ...] = ()) -> None:
    """Refuse, before any work, an output folder that cannot or must not be replaced.

    `a_proteger`: files or folders the output must never swallow (the claim file, its folder).
    """
    cible = cible.absolute()
    gardes = (Path.cwd(), *(p.absolute() for p in a_proteger))
    if any(garde == cible or cible in garde.parents for garde in gardes):
        raise UsageProblem(
            [
                constat(
                    "SORTIE-04",
                    f"le dossier de sortie {cible} contient le dossier de la créance ou le dossier courant : "
                    "le remplacer les effacerait",
                    que_faire="Donnez un dossier de sortie à part, par exemple -o sortie/ "
                    "(même --force ne l'autorise pas).",
                )
            ]
        )
    if cible.exists() and not _remplacable(cible, force):
        raise UsageProblem(
            [
                constat(
                    "SORTIE-01",
                    f"le dossier {cible} existe et ne vient pas de dossier : il n'est pas remplacé",
                    que_faire="Choisissez un autre dossier de sortie, ou ajoutez --force pour le remplacer.",
                )
            ]
        )
    parent = next((p for p in cible.parents if p.exists()), None)
    if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise UsageProblem(
            [
                constat(
                    "SORTIE-03",
                    f"impossible d'écrire le dossier de sortie {cible} : {parent} n'est pas un dossier "
                    "accessible en écriture",
                    que_faire="Choisissez un dossier de sortie dans un dossier où vous pouvez écrire.",
                )
            ]
        )


def ecrire_pack(
    fichiers: Mapping[str, bytes], cible: Path, force: bool = False, a_proteger: tuple[Path, ...] = ()
) -> None:
    verifier_cible(cible, force, a_proteger)
    cible = cible.absolute()
    try:
        cible.parent.mkdir(parents=True, exist_ok=True)
        provisoire = _dossier_provisoire(cible.parent, f".{cible.name}.")
    except OSError as erreur:
        raise UsageProblem(
            [
                constat(
                    "SORTIE-03",
                    f"impossible d'écrire le dossier de sortie {cible} : {erreur.strerror}",
                    que_faire="Choisissez un dossier de sortie dans un dossier où vous pouvez écrire.",
                )
            ]
        ) from None
    try:
        for nom, contenu in sorted(fichiers.items()):
            chemin = provisoire / _nom_sur(nom)
            chemin.parent.mkdir(parents=True, exist_ok=True)
            chemin.write_bytes(contenu)
        (provisoire / MARQUE).write_text(f"dossier {__version__}\n", encoding="utf-8")
        _permuter(provisoire, cible)
    except BaseException:
        shutil.rmtree(provisoire, ignore_errors=True)
        raise


def _remplacable(cible: Path, force: bool) -> bool:
    if not cible.is_dir():
        return False
    return force or (cible / MARQUE).is_file() or not any(cible.iterdir())


def _nom_sur(nom: str) -> PurePosixPath:
    chemin = PurePosixPath(nom)
    if chemin.is_absolute() or ".." in chemin.parts or not chemin.parts:
        raise ValueError(f"nom de fichier de sortie refusé : {nom!r}")
    return chemin


def _dossier_provisoire(parent: Path, prefixe: str) -> Path:
    """A new, uniquely named folder in `parent`, with the user's usual permissions.

    Not `tempfile.mkdtemp`: its folder is private (0700) and, once swapped in, the output folder
    would stay unreadable to the colleagues who share the user's group.
    """
    for _ in range(100):
        chemin = parent / f"{prefixe}{secrets.token_hex(6)}"
        try:
            chemin.mkdir()
        except FileExistsError:
            continue
        return chemin
    raise FileExistsError(f"aucun nom de dossier provisoire libre dans {parent}")


def _permuter(provisoire: Path, cible: Path) -> None:
    if not cible.exists():
        os.replace(provisoire, cible)
        return
    ancien = _dossier_provisoire(cible.parent, f".{cible.name}.ancien.")
    os.replace(cible, ancien / "sortie")
    try:
        os.replace(provisoire, cible)
    except BaseException:
        os.replace(ancien / "sortie", cible)
        raise
    finally:
        shutil.rmtree(ancien, ignore_errors=True)
