"""Which output folder may be replaced — decided on real paths, before any work is done.

Paths are compared once symlinks and « .. » are resolved (`os.path.realpath`), and folders by
identity (`os.path.samefile`: on a case-insensitive file system one folder has several spellings):

- never replaced, whatever `--force` says (SORTIE-04): the claim's folder, every folder holding a
  file the claim cites, the current folder, the home folder and the file system's root — nor any
  folder that contains one of them;
- replaced: an absent or empty folder, or an earlier output of dossier (it carries `MARQUE`) — but
  what the user added to it or modified since its build, found against its manifest.json
  (`releve.py`), is refused (SORTIE-06, each file named), or with `--force` moved aside, never
  deleted nor overwritten; an earlier output without a readable manifest.json cannot be compared:
  refused as a whole (SORTIE-06), or with `--force` moved aside whole;
- any other folder is the user's: refused (SORTIE-01), or with `--force` moved aside whole, never
  deleted (`ecriture.py`; docs/decisions.md « Nothing the user made is lost »).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from dossier.errors import UsageProblem
from dossier.findings import constat
from dossier.output.releve import MARQUE, AConserver, releve

LISTE_MAX = 20  # files named one by one in a refusal; beyond, a count


@dataclass(frozen=True)
class Protege:
    """A path the output must never swallow, and how to name it to the user."""

    chemin: Path
    nom: str  # « le dossier de la créance », « la pièce factures[0].piece (pieces/F-1.pdf) »…


@dataclass(frozen=True)
class Cible:
    """The output folder as resolved and judged before the build."""

    reelle: Path  # symlinks and « .. » resolved: the folder that is really written
    etrangere: bool  # not ours, or ours but not comparable: moved aside whole (needs --force)
    a_conserver: tuple[AConserver, ...] = ()  # in an earlier output of ours: moved aside (--force)


def proteges_par_defaut() -> list[Protege]:
    """What no build may replace on any machine: the current folder, the home folder, the root."""
    proteges = [Protege(Path.cwd(), "le dossier courant"), Protege(Path(os.sep), "la racine du disque")]
    with contextlib.suppress(RuntimeError):  # no home folder known (HOME unset): nothing to add
        proteges.append(Protege(Path.home(), "votre dossier personnel"))
    return proteges


def verifier_cible(cible: Path, force: bool = False, proteges: Sequence[Protege] = ()) -> Cible:
    """Refuse, before any work, an output folder that cannot or must not be replaced."""
    reelle = Path(os.path.realpath(cible))
    for protege in (*proteges, *proteges_par_defaut()):
        if _contient(reelle, protege.chemin):
            raise UsageProblem(
                [
                    constat(
                        "SORTIE-04",
                        f"le dossier de sortie {cible} ({reelle}) contient {protege.nom} : le remplacer "
                        "les effacerait",
                        que_faire="Donnez un dossier de sortie à part, par exemple -o sortie/ "
                        "(même --force ne l'autorise pas).",
                    )
                ]
            )
    etrangere = reelle.exists() and not _a_nous_ou_vide(reelle)
    if etrangere and (not force or not reelle.is_dir()):
        raise UsageProblem(
            [
                constat(
                    "SORTIE-01",
                    f"le dossier {cible} existe et ne vient pas de dossier : il n'est pas remplacé",
                    que_faire="Choisissez un autre dossier de sortie, ou ajoutez --force : son contenu "
                    "sera déplacé à côté (dossier .conserve-…), jamais effacé.",
                )
            ]
        )
    parent = next((p for p in reelle.parents if p.exists()), None)
    if parent is None or not parent.is_dir() or not os.access(parent, os.W_OK | os.X_OK):
        raise ecriture_impossible(cible, f"{parent} n'est pas un dossier accessible en écriture")
    if etrangere or not (reelle / MARQUE).is_file():
        return Cible(reelle, etrangere)
    vu = releve(reelle)
    if vu.sans_manifeste is not None:
        if not force:
            raise _refus_entier(cible, reelle, vu.sans_manifeste)
        return Cible(reelle, etrangere=True)
    if vu.a_conserver and not force:
        raise UsageProblem(
            [
                constat(
                    "SORTIE-06",
                    f"dans le dossier {cible}, ce que vous avez ajouté ou modifié depuis la construction "
                    "précédente n'est ni remplacé ni effacé :\n"
                    + liste([f"{a.chemin} : {a.motif}" for a in vu.a_conserver]),
                    que_faire="Mettez ces fichiers ailleurs, ou ajoutez --force : ils seront déplacés, "
                    f"intacts, dans le dossier voisin {reelle.name}.conserve-AAAAMMJJ-HHMMSS, et le reste "
                    "remplacé par la nouvelle construction. Ou choisissez un autre dossier de sortie.",
                )
            ]
        )
    return Cible(reelle, etrangere=False, a_conserver=vu.a_conserver)


def liste(lignes: Sequence[str], maximum: int = LISTE_MAX) -> str:
    """One line per item; past `maximum`, the first ones and a count of the others."""
    if len(lignes) <= maximum:
        return "\n".join(lignes)
    return "\n".join([*lignes[: maximum - 1], f"… et {len(lignes) - maximum + 1} autres"])


def fichiers(dossier: Path) -> tuple[str, ...]:
    """Every file under `dossier` (links as files, never followed), relative, sorted."""
    dedans = (p for p in dossier.rglob("*") if p.is_symlink() or not p.is_dir())
    return tuple(sorted(p.relative_to(dossier).as_posix() for p in dedans))


def _refus_entier(cible: Path, reelle: Path, raison: str) -> UsageProblem:
    contenu = [f for f in fichiers(reelle) if f != MARQUE]
    return UsageProblem(
        [
            constat(
                "SORTIE-06",
                f"le dossier {cible} vient de dossier, mais {raison} : ce que vous y avez ajouté ou "
                "modifié ne peut pas être reconnu, rien n'y est remplacé. Il tient :\n" + liste(contenu),
                que_faire="Ajoutez --force : tout son contenu sera déplacé, intact, dans le dossier voisin "
                f"{reelle.name}.conserve-AAAAMMJJ-HHMMSS. Ou choisissez un autre dossier de sortie.",
            )
        ]
    )


def _contient(dossier: Path, protege: Path) -> bool:
    """`dossier` is `protege` or one of its ancestors (real paths, then folder identity)."""
    reel = Path(os.path.realpath(protege))
    if dossier == reel or dossier in reel.parents:
        return True
    if not dossier.exists():
        return False
    return any(_meme_dossier(dossier, ancetre) for ancetre in (reel, *reel.parents) if ancetre.exists())


def _meme_dossier(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _a_nous_ou_vide(dossier: Path) -> bool:
    if not dossier.is_dir():
        return False
    return (dossier / MARQUE).is_file() or not any(dossier.iterdir())


def ecriture_impossible(cible: Path, raison: str | None) -> UsageProblem:
    """SORTIE-03: the output folder `cible` cannot be written, and why (`raison`: an OSError's
    strerror, which the system may leave empty)."""
    pourquoi = raison or "erreur du système de fichiers"
    return UsageProblem(
        [
            constat(
                "SORTIE-03",
                f"impossible d'écrire le dossier de sortie {cible} : {pourquoi}",
                que_faire="Choisissez un dossier de sortie dans un dossier où vous pouvez écrire.",
            )
        ]
    )
