"""Write a built pack atomically (docs/decisions.md « Output folder »).

`build` writes into a provisional folder beside `-o DIR` (`.DIR.<hex>`) and swaps it in at the end,
so a failure leaves no partial output. An earlier output of dossier is swapped out through
`.DIR.ancien.<hex>/sortie` and dropped once the new one is in place; what the user added to it or
modified since its build (`releve.py`), which `--force` allows, is first moved, each file under its
own relative path, to `DIR.conserve-AAAAMMJJ-HHMMSS` beside it — so the folder dropped only ever
holds our unchanged files. A folder of the user's, or an earlier output that cannot be compared
with its manifest, is moved aside whole to `DIR.conserve-AAAAMMJJ-HHMMSS`. Nothing is deleted but
what a build wrote and nobody touched since.

A build killed between two renames leaves these folders behind: `remettre_en_ordre`, run under the
lock before the next build, puts a stranded previous output back where it was and removes
provisional folders (they only ever hold what the build rewrites). A build killed after moving the
user's files aside leaves them in the `.conserve-` folder, intact.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from dossier import __version__
from dossier.output.garde import Protege, ecriture_impossible, fichiers, verifier_cible
from dossier.output.releve import MARQUE, AConserver, Releve, releve

_HEX = 6  # secrets.token_hex(6): 12 hexadecimal characters name each provisional folder
ANCIEN = "ancien"
PROVISOIRE = "provisoire"


@dataclass(frozen=True)
class Ecriture:
    """Where the pack was written, and what was moved aside to make room for it."""

    dossier: Path
    conserve: Path | None = None  # where the user's files were moved (--force)
    deplaces: tuple[AConserver, ...] = ()  # those files, relative to it (and to `dossier`)
    entier: bool = False  # the previous folder was moved whole (not ours, or not comparable)


def ecrire_pack(
    contenus: Mapping[str, bytes],
    cible: Path,
    force: bool = False,
    proteges: Sequence[Protege] = (),
    *,
    maintenant: datetime,
) -> Ecriture:
    """Write `contenus` as the folder `cible`, in one swap; `maintenant` names a kept folder."""
    jugee = verifier_cible(cible, force, proteges)
    reelle = jugee.reelle
    try:
        reelle.parent.mkdir(parents=True, exist_ok=True)
        provisoire = _dossier_provisoire(reelle.parent, f".{reelle.name}.")
    except OSError as erreur:
        raise ecriture_impossible(cible, erreur.strerror) from None
    try:
        for nom, contenu in sorted(contenus.items()):
            chemin = provisoire / _nom_sur(nom)
            chemin.parent.mkdir(parents=True, exist_ok=True)
            chemin.write_bytes(contenu)
        (provisoire / MARQUE).write_text(f"dossier {__version__}\n", encoding="utf-8")
        if jugee.etrangere:
            conserve = nom_conserve(reelle, maintenant)
            deplaces = tuple(AConserver(f, "") for f in fichiers(reelle) if f != MARQUE)
            _echanger(provisoire, reelle, conserve)
            return Ecriture(reelle, conserve, deplaces, entier=True)
        if jugee.a_conserver:
            conserve = nom_conserve(reelle, maintenant)
            _mettre_de_cote(reelle, conserve, jugee.a_conserver)
            try:
                _permuter(provisoire, reelle)
            except BaseException:
                _remettre(conserve, reelle, jugee.a_conserver)
                raise
            return Ecriture(reelle, conserve, jugee.a_conserver)
        _permuter(provisoire, reelle)
        return Ecriture(reelle)
    except BaseException:
        shutil.rmtree(provisoire, ignore_errors=True)
        raise


def nom_conserve(cible: Path, maintenant: datetime) -> Path:
    """`DIR.conserve-AAAAMMJJ-HHMMSS` beside `cible`, with « -2 », « -3 »… if it is taken."""
    base = f"{cible.name}.conserve-{maintenant:%Y%m%d-%H%M%S}"
    chemin, rang = cible.parent / base, 1
    while chemin.exists() or chemin.is_symlink():
        rang += 1
        chemin = cible.parent / f"{base}-{rang}"
    return chemin


def remettre_en_ordre(cible: Path, maintenant: datetime) -> list[str]:
    """Undo what an interrupted build left beside `cible` (call it holding the lock): a previous
    output swapped out is put back if `cible` is missing, else dropped if it was ours and kept
    aside if not; provisional folders are removed. Returns what was done, for the report."""
    reelle = Path(os.path.realpath(cible))
    faits: list[str] = []
    for sorte, reste in restes(reelle):
        if sorte == ANCIEN:
            faits.extend(_recuperer(reste / "sortie", reelle, maintenant))
            shutil.rmtree(reste, ignore_errors=True)
        else:
            shutil.rmtree(reste, ignore_errors=True)
            faits.append(f"dossier provisoire d'une construction interrompue supprimé : {reste.name}")
    return faits


def restes(cible: Path) -> list[tuple[str, Path]]:
    """What an interrupted build into `cible` left beside it, touched by nobody: each hidden folder
    with its kind — `ANCIEN` (the previous output, swapped out) or `PROVISOIRE` (a new pack not yet
    swapped in). `remettre_en_ordre` repairs them; `dossier doctor --sortie` names them."""
    parent = cible.parent
    if not parent.is_dir():
        return []
    provisoire = re.compile(rf"\.{re.escape(cible.name)}\.[0-9a-f]{{{2 * _HEX}}}")
    ancien = re.compile(rf"\.{re.escape(cible.name)}\.{ANCIEN}\.[0-9a-f]{{{2 * _HEX}}}")
    trouves: list[tuple[str, Path]] = []
    for reste in sorted(parent.iterdir()):
        if not reste.is_dir() or reste.is_symlink():
            continue
        if ancien.fullmatch(reste.name):
            trouves.append((ANCIEN, reste))
        elif provisoire.fullmatch(reste.name):
            trouves.append((PROVISOIRE, reste))
    return trouves


def _recuperer(sortie: Path, cible: Path, maintenant: datetime) -> list[str]:
    if not sortie.is_dir():
        return []
    if not cible.exists():
        os.replace(sortie, cible)
        return [f"la production précédente, laissée de côté par une construction interrompue, est remise "
                f"en place dans {cible}"]  # fmt: skip
    if (sortie / MARQUE).is_file() and releve(sortie) == Releve(()):  # ours, untouched: nothing lost
        return [f"une production antérieure laissée de côté par une construction interrompue est "
                f"supprimée ({sortie.parent.name})"]  # fmt: skip
    conserve = nom_conserve(cible, maintenant)
    os.replace(sortie, conserve)
    return [f"un dossier laissé de côté par une construction interrompue est conservé dans {conserve}"]


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
        chemin = parent / f"{prefixe}{secrets.token_hex(_HEX)}"
        try:
            chemin.mkdir()
        except FileExistsError:
            continue
        return chemin
    raise FileExistsError(f"aucun nom de dossier provisoire libre dans {parent}")


def _permuter(provisoire: Path, cible: Path) -> None:
    """The new output in place of an absent, empty or earlier one (then dropped)."""
    if not cible.exists():
        os.replace(provisoire, cible)
        return
    ancien = _dossier_provisoire(cible.parent, f".{cible.name}.{ANCIEN}.")
    os.replace(cible, ancien / "sortie")
    try:
        os.replace(provisoire, cible)
    except BaseException:
        os.replace(ancien / "sortie", cible)
        raise
    finally:
        shutil.rmtree(ancien, ignore_errors=True)


def _echanger(provisoire: Path, cible: Path, conserve: Path) -> None:
    """The new output in place of the user's folder, which is moved to `conserve`, whole."""
    os.replace(cible, conserve)
    try:
        os.replace(provisoire, cible)
    except BaseException:
        os.replace(conserve, cible)
        raise


def _mettre_de_cote(cible: Path, conserve: Path, a_conserver: Sequence[AConserver]) -> None:
    """Move each of the user's files from `cible` to the same relative path under `conserve`
    (beside it: one file system, a rename each). Any failure puts back those already moved."""
    conserve.mkdir()
    faits: list[AConserver] = []
    try:
        for chose in a_conserver:
            destination = conserve / _nom_sur(chose.chemin.rstrip("/"))
            destination.parent.mkdir(parents=True, exist_ok=True)
            os.replace(cible / chose.chemin.rstrip("/"), destination)
            faits.append(chose)
    except BaseException:
        _remettre(conserve, cible, faits)
        raise


def _remettre(conserve: Path, cible: Path, faits: Sequence[AConserver]) -> None:
    """Undo `_mettre_de_cote`: the files back in `cible`, and `conserve` removed if left empty."""
    for chose in reversed(faits):
        relatif = _nom_sur(chose.chemin.rstrip("/"))
        (cible / relatif).parent.mkdir(parents=True, exist_ok=True)
        os.replace(conserve / relatif, cible / relatif)
    for dossier in sorted((p for p in conserve.rglob("*") if p.is_dir()), reverse=True):
        with contextlib.suppress(OSError):
            dossier.rmdir()  # only if empty
    with contextlib.suppress(OSError):
        conserve.rmdir()
