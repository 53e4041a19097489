"""`manifest.json`: the inventory of a built pack, written last by `build` (README.md, « Ce qu'il produit »).

For each file the pack holds (but the manifest itself and the `.dossier-sortie` marker): its path,
its role, its size, its SHA-256 and, for a PDF, its page count. For the pack: the tool's version,
the claim's reference, the « as of » day, the SHA-256 of claim.yaml as it was read, and every
dated legal value the computation looked up (`law/parametres/`), each with its period, reference
and source, those the user supplied (`--parametres`) flagged — what a reviewer needs to redo the
arithmetic, and what `dossier verify` needs to recompute with the same data.

The object is described, field by field, by `schemas/manifest.schema.json`; `lire_manifeste`
reads it back (a rebuild comparing its folder with the previous build, `dossier verify`) and
refuses anything the schema would refuse. The reader and its models live one layer down, in
`output/manifeste.py`, where the rebuild's comparison can use them too; they are re-exported here.

Public API
    ROLES                                   the roles a file may have
    NOM                                     "manifest.json"
    manifeste(fichiers, roles, reference, jour, claim, valeurs) -> bytes
    lire_manifeste(octets: bytes) -> Manifeste          raises ManifesteIllisible (VERIF-01)
    Manifeste, FichierListe, ValeurLegale, Creance      the object, read back

>>> fichiers, roles = {"calcul.json": b"{}\\n"}, {"calcul.json": "calcul"}
>>> octets = manifeste(fichiers, roles, "R-1", date(2026, 3, 1), b"x", ())
>>> lu = lire_manifeste(octets)
>>> lu.date, lu.fichiers[0].chemin, lu.fichiers[0].octets, lu.fichiers[0].pages
(datetime.date(2026, 3, 1), 'calcul.json', 3, None)
>>> try:
...     lire_manifeste(octets.replace(b'"calcul"', b'"autre"'))
... except ManifesteIllisible as refus:
...     print(refus.constats[0].message)
manifest.json ne suit pas son schéma : fichiers[0].role : valeur « autre » inattendue
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from dossier import __version__
from dossier.law.parametres.format import ValeurDatee
from dossier.output.manifeste import (
    FORMAT,
    NOM,
    ROLES,
    Creance,
    FichierListe,
    Manifeste,
    ManifesteIllisible,
    ValeurLegale,
    lire_manifeste,
)
from dossier.render.readback import compter_pages

__all__ = [
    "FORMAT",
    "NOM",
    "ROLES",
    "Creance",
    "FichierListe",
    "Manifeste",
    "ManifesteIllisible",
    "ValeurLegale",
    "empreinte",
    "lire_manifeste",
    "manifeste",
    "nombre_de_pages",
]


def empreinte(octets: bytes) -> str:
    return hashlib.sha256(octets).hexdigest()


_PAGES: dict[bytes, int] = {}  # a PDF's SHA-256 digest -> its page count, for this process
_PAGES_GARDEES = 1024


def nombre_de_pages(chemin: str, octets: bytes) -> int | None:
    """A PDF's page count, read once per content: the review report and the manifest both list
    every file of the pack (a digest costs far less than parsing the PDF again)."""
    if not chemin.endswith(".pdf"):
        return None
    cle = hashlib.sha256(octets).digest()
    if cle not in _PAGES:
        if len(_PAGES) >= _PAGES_GARDEES:
            _PAGES.clear()
        _PAGES[cle] = compter_pages(octets)
    return _PAGES[cle]


def manifeste(
    fichiers: Mapping[str, bytes],
    roles: Mapping[str, str],
    reference: str,
    jour: date,
    claim: bytes,
    valeurs: Sequence[ValeurDatee],
) -> bytes:
    """The manifest of `fichiers` (every file of the pack but itself), as stable bytes."""
    objet = {
        "format": FORMAT,
        "outil": f"dossier {__version__}",
        "reference": reference,
        "date": jour.isoformat(),
        "creance": {"fichier": "claim.yaml", "octets": len(claim), "sha256": empreinte(claim)},
        "parametres": [
            {
                "id": v.id,
                "description": v.description,
                "article": v.article,
                "unite": v.unite,
                "du": v.du.isoformat(),
                "au": v.au.isoformat(),
                "valeur": _decimal(v.valeur),
                "reference": v.reference,
                "source": v.source,
                "fourni_par_utilisateur": v.fourni_par_utilisateur,
            }
            for v in valeurs
        ],
        "fichiers": [
            {
                "chemin": chemin,
                "role": roles[chemin],
                "octets": len(octets),
                "sha256": empreinte(octets),
                "pages": nombre_de_pages(chemin, octets),
            }
            for chemin, octets in sorted(fichiers.items())
            if chemin != NOM
        ],
    }
    return (json.dumps(objet, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _decimal(valeur: Decimal) -> str:
    """A legal value as written in its data file (« 2.62 », « 40.00 », « 5 »)."""
    return format(valeur, "f")
