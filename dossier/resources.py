"""Where the package finds its templates and fonts — the one resolver, installed or editable.

The templates live at the repository root (`templates/`, fixed by the design) and the wheel ships
them inside the package as `dossier/_templates` (hatch `force-include` in pyproject.toml). The fonts
live in the package itself (`dossier/fonts/`). So:

- installed from a wheel: `<site-packages>/dossier/_templates/`;
- editable checkout (`pip install -e .`): `<repo>/templates/`, beside the package folder, recognised
  by the `pyproject.toml` next to it (so a stray `templates/` folder elsewhere is never picked up).

Nothing else in the code builds a path to a template or a font: call `gabarit()` / `police()`.

Public API
    dossier_gabarits() -> Path          the templates root (contains `letters/`, `court/`)
    gabarit(nom: str) -> Path           one template, by its name relative to that root
    dossier_polices() -> Path           the shipped fonts folder
    police(nom: str) -> Path            one font file
    trouver_gabarits(paquet: Path) -> Path   the rule itself, for a given package folder (tests)

>>> gabarit("letters/lettre.html").name
'lettre.html'
>>> police("LiberationSans-Regular.ttf").is_file()
True
"""

from __future__ import annotations

from functools import cache
from pathlib import Path, PurePosixPath

from dossier.errors import RenderFailure
from dossier.findings import constat

PAQUET = Path(__file__).resolve().parent
NOM_INSTALLE = "_templates"


def trouver_gabarits(paquet: Path) -> Path:
    """The templates root for the package folder `paquet`: installed copy first, then the checkout."""
    installe = paquet / NOM_INSTALLE
    if installe.is_dir():
        return installe
    depot = paquet.parent / "templates"
    if depot.is_dir() and (paquet.parent / "pyproject.toml").is_file():
        return depot
    raise RenderFailure(
        [
            constat(
                "RENDU-04",
                f"Les gabarits de documents sont introuvables (ni {installe} ni {depot}).",
                que_faire="Réinstallez dossier (pip install dossier, ou pip install -e . dans le dépôt).",
            )
        ]
    )


@cache
def dossier_gabarits() -> Path:
    return trouver_gabarits(PAQUET)


def dossier_polices() -> Path:
    return PAQUET / "fonts"


def _sous(racine: Path, nom: str, quoi: str) -> Path:
    # Names are fixed strings of the code, but refuse anything that could leave the folder anyway.
    relatif = PurePosixPath(nom)
    if relatif.is_absolute() or ".." in relatif.parts or not relatif.parts:
        raise RenderFailure([constat("RENDU-04", f"Nom de {quoi} refusé : « {nom} ».")])
    chemin = racine.joinpath(*relatif.parts)
    if not chemin.is_file():
        raise RenderFailure([constat("RENDU-04", f"{quoi.capitalize()} introuvable : {chemin}.")])
    return chemin


def gabarit(nom: str) -> Path:
    """A template file by its name under the templates root, e.g. `letters/lettre.docx`."""
    return _sous(dossier_gabarits(), nom, "gabarit")


def police(nom: str) -> Path:
    """A font file shipped in `dossier/fonts/`, e.g. `LiberationSans-Bold.ttf`."""
    return _sous(dossier_polices(), nom, "police")
