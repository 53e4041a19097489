"""Finding the claims of a portfolio and naming each one's output folder.

`DIR` is searched recursively for `claim.yaml`; a glob (`clients/*/claim.yaml`, `clients/**`) names
files or folders holding one. Hidden folders, dossier's own output folders (they carry `MARQUE`,
and an injonction bundle embeds the claim) and the batch's output folder are never searched.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from dossier.output.releve import MARQUE

NOM_CREANCE = "claim.yaml"


def trouver(source: str, exclu: Path | None = None) -> list[Path]:
    """Every claim file under `source` (a folder or a glob), sorted, each once, absolute."""
    racine = Path(source)
    if racine.is_dir():
        candidats: Iterable[Path] = _parcourir(racine, exclu)
    else:
        candidats = _du_motif(source, exclu)
    return sorted({c.absolute() for c in candidats})


def _parcourir(racine: Path, exclu: Path | None) -> Iterable[Path]:
    exclu_reel = exclu.resolve() if exclu is not None else None
    for dossier, sous_dossiers, fichiers in os.walk(racine):
        ici = Path(dossier)
        if MARQUE in fichiers or (exclu_reel is not None and ici.resolve() == exclu_reel):
            sous_dossiers[:] = []
            continue
        sous_dossiers[:] = sorted(d for d in sous_dossiers if not d.startswith("."))
        if NOM_CREANCE in fichiers:
            yield ici / NOM_CREANCE


def _du_motif(motif: str, exclu: Path | None) -> Iterable[Path]:
    for trouve in glob.glob(motif, recursive=True):
        chemin = Path(trouve)
        if chemin.is_dir():
            chemin = chemin / NOM_CREANCE
        if chemin.is_file() and chemin.name == NOM_CREANCE and not _sous_une_sortie(chemin, exclu):
            yield chemin


def _sous_une_sortie(chemin: Path, exclu: Path | None) -> bool:
    reel = chemin.resolve()
    if exclu is not None and reel.is_relative_to(exclu.resolve()):
        return True
    return any((parent / MARQUE).exists() for parent in reel.parents)


def noms_de_sortie(claims: Iterable[Path], deja: Mapping[Path, str]) -> dict[Path, str]:
    """A folder name under OUT for each claim: its own folder's name, made unique by « -2 », « -3 »…
    in path order. A name the journal already gave a claim is kept (a re-run writes where the
    first run did).

    >>> noms = noms_de_sortie([Path("/a/dupont/claim.yaml"), Path("/b/dupont/claim.yaml")], {})
    >>> [noms[p] for p in sorted(noms)]
    ['dupont', 'dupont-2']
    >>> noms_de_sortie([Path("/b/dupont/claim.yaml")], {Path("/b/dupont/claim.yaml"): "dupont-2"})
    {PosixPath('/b/dupont/claim.yaml'): 'dupont-2'}
    """
    noms = dict(deja)
    pris = set(noms.values())
    for claim in sorted(claims):
        if claim in noms:
            continue
        base = _nom_sur(claim.parent.name)
        nom, rang = base, 1
        while nom in pris:
            rang += 1
            nom = f"{base}-{rang}"
        noms[claim] = nom
        pris.add(nom)
    return {c: noms[c] for c in claims}


def _nom_sur(nom: str) -> str:
    """A folder name that stays inside OUT: no separator, not hidden, never empty."""
    propre = "".join(c if c.isalnum() or c in "-_." else "_" for c in nom).lstrip(".")
    return propre or "creance"
