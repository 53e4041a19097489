"""The files a claim cites (`piece:`), looked for as soon as it is loaded, whatever the stage.

A pièce is read only when the requête en injonction de payer is drafted; a path mistyped at the
first reminder would otherwise be found months later. Every `piece:` path is looked for in the
claim's folder at each `check`, `plan` and `build`: missing, it is a warning while the requête is
not drafted, and blocking once it is (the bordereau would announce to the judge a pièce that is not
there, CPC 1407). The nearest existing file of the folder is proposed (difflib), since a missing
pièce is most often a typo, a capital letter or a wrong extension.

Only the existence of the file is checked here, never its content, and never outside the claim's
folder: a path that leaves it (absolute, « .. ») is the assembly's refusal (PIECE-02).
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path, PurePosixPath

from dossier.findings import Constat, Severite, constat
from dossier.model.claim import Creance

FICHIERS_REGARDES_MAX = 5_000  # candidates for the nearest name; a larger folder is not walked further


def _dans_le_dossier(ecrit: str) -> PurePosixPath | None:
    posix = PurePosixPath(ecrit.replace("\\", "/"))
    if posix.is_absolute() or ".." in posix.parts or ":" in ecrit:
        return None
    return posix


def fichiers_du_dossier(racine: Path) -> list[str]:
    """The files under the claim's folder, as relative POSIX paths (hidden folders skipped)."""
    trouves: list[str] = []
    for dossier, sous_dossiers, fichiers in os.walk(racine):
        sous_dossiers[:] = sorted(d for d in sous_dossiers if not d.startswith("."))
        base = Path(dossier).relative_to(racine)
        for nom in sorted(fichiers):
            trouves.append((base / nom).as_posix())
            if len(trouves) >= FICHIERS_REGARDES_MAX:
                return trouves
    return trouves


def proche(ecrit: str, candidats: list[str]) -> str | None:
    """The existing file the user most likely meant: same name but for case, else the closest.

    >>> proche("pieces/facture-F-1.pdf", ["claim.yaml", "pieces/Facture-F-1.PDF", "pieces/devis.pdf"])
    'pieces/Facture-F-1.PDF'
    >>> proche("pieces/devis-signe.pdf", ["claim.yaml", "pieces/devis_signe.pdf"])
    'pieces/devis_signe.pdf'
    >>> proche("pieces/contrat.pdf", ["claim.yaml"]) is None
    True
    """
    par_cle = {c.casefold(): c for c in candidats}
    if ecrit.casefold() in par_cle:
        return par_cle[ecrit.casefold()]
    meilleurs = difflib.get_close_matches(ecrit.casefold(), list(par_cle), n=1, cutoff=0.6)
    return par_cle[meilleurs[0]] if meilleurs else None


def constats_pieces_absentes(creance: Creance, requete: bool) -> list[Constat]:
    """PIECE-01 for every `piece:` path that names no file of the claim's folder: a warning, or
    blocking when `requete` (the requête is drafted and would cite it)."""
    racine = creance.dossier_source
    if racine is None:
        return []
    candidats: list[str] | None = None
    constats = []
    for ou, chemin in creance.fichiers_cites():
        ecrit = str(chemin)
        posix = _dans_le_dossier(ecrit)
        if posix is None or (racine / Path(*posix.parts)).is_file():
            continue
        if candidats is None:
            candidats = fichiers_du_dossier(racine)
        etat = "est un dossier" if (racine / Path(*posix.parts)).is_dir() else "est introuvable"
        suggestion = proche(posix.as_posix(), candidats)
        conseil = f"Vouliez-vous dire « {suggestion} » ? " if suggestion else ""
        quand = (
            "la requête en injonction de payer la citerait"
            if requete
            else "elle sera exigée par la requête en injonction de payer"
        )
        constats.append(
            constat(
                "PIECE-01",
                f"la pièce « {ecrit} » {etat} (cherchée dans {racine}) ; {quand}",
                ou=creance.position(*ou),
                que_faire=f"{conseil}Corrigez le chemin (relatif à claim.yaml, majuscules et extension "
                "comprises) ou placez le fichier dans le dossier de la créance.",
                severite=None if requete else Severite.AVERTISSEMENT,
            )
        )
    return constats
