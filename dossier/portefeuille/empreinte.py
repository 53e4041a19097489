"""What a claim's pack depends on, hashed: a re-run rebuilds a claim only when this changes.

The hash covers the claim file's bytes; every pièce it cites (its path and bytes, or its absence);
the law data shipped with dossier and the user's parameter file; the templates; the tool's version;
and the batch options (the « as of » day, the step asked for, --no-docx). A claim that cannot be
read is hashed from its bytes alone: the same bytes fail the same way.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date
from functools import cache
from importlib import metadata
from pathlib import Path

from dossier import __version__
from dossier.errors import DossierError
from dossier.model import charger
from dossier.resources import dossier_gabarits


def empreinte(claim: Path, options: Mapping[str, object], parametres: Path | None, aujourd_hui: date) -> str:
    """The SHA-256 of everything `claim`'s build reads, as hexadecimal. Today counts only for a
    claim whose « as of » day is neither given (--date) nor written (`date_edition`)."""
    h = hashlib.sha256()
    _ajouter(h, b"dossier", __version__.encode())
    _ajouter(h, b"options", json.dumps(dict(options), sort_keys=True, default=str).encode())
    _ajouter(h, b"donnees", donnees_legales().encode())
    _ajouter(h, b"gabarits", _dossier(dossier_gabarits()).encode())
    _ajouter(h, b"parametres", _lire(parametres) if parametres is not None else b"-")
    octets = _lire(claim)
    _ajouter(h, b"claim", octets)
    try:
        creance = charger(claim)
    except DossierError:
        return h.hexdigest()
    if options.get("date") is None and creance.date_edition is None:
        _ajouter(h, b"aujourd_hui", aujourd_hui.isoformat().encode())
    for _ou, piece in creance.fichiers_cites():
        _ajouter(h, str(piece).encode(), _lire(claim.parent / piece))
    return h.hexdigest()


def outillage() -> dict[str, str]:
    """What, besides the claim, decides a pack's bytes and the law applied: dossier's version, the
    law data, the templates and the PDF engine's version. A Dask worker must have the same as the
    client (`portefeuille/grappe.py`): another law-data version would build another law."""
    return {
        "dossier": __version__,
        "données légales": donnees_legales(),
        "gabarits": _dossier(dossier_gabarits()),
        "weasyprint": _version_de("weasyprint"),
    }


def _version_de(paquet: str) -> str:
    try:
        return metadata.version(paquet)
    except metadata.PackageNotFoundError:
        return "absent"


@cache
def donnees_legales() -> str:
    """The hash of the law data dossier ships (dossier/law/parametres/donnees/): the version of the
    law a pack was built with, recorded in the journal."""
    return _dossier(Path(__file__).resolve().parent.parent / "law" / "parametres" / "donnees")


@cache
def _dossier(racine: Path) -> str:
    h = hashlib.sha256()
    for fichier in sorted(p for p in racine.rglob("*") if p.is_file()):
        _ajouter(h, fichier.relative_to(racine).as_posix().encode(), fichier.read_bytes())
    return h.hexdigest()


def _lire(chemin: Path) -> bytes:
    try:
        return b"+" + chemin.read_bytes()
    except OSError:
        return b"-"  # absent or unreadable: the build says so; its arrival changes the hash


def _ajouter(h: hashlib._Hash, nom: bytes, valeur: bytes) -> None:
    for partie in (nom, valeur):
        h.update(len(partie).to_bytes(8, "big"))
        h.update(partie)
