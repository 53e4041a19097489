"""`manifest.json`: the inventory of a built pack, written last by `build` (README.md, « Ce qu'il produit »).

For each file the pack holds (but the manifest itself and the `.dossier-sortie` marker): its path,
its role, its size, its SHA-256 and, for a PDF, its page count. For the pack: the tool's version,
the claim's reference, the « as of » day, the SHA-256 of claim.yaml as it was read, and every
dated legal value the computation looked up (`law/parametres/`), each with its period, reference
and source, those the user supplied (`--parametres`) flagged — what a reviewer needs to redo the
arithmetic, and what `dossier verify` needs to recompute with the same data.

The object is described, field by field, by `schemas/manifest.schema.json`; `lire_manifeste`
reads it back (a rebuild comparing its folder with the previous build, `dossier verify`) and
refuses anything the schema would refuse.

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
import io
import json
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from pypdf import PdfReader

from dossier import __version__
from dossier.errors import DossierError
from dossier.exit_codes import ExitCode
from dossier.findings import constat
from dossier.law.parametres.format import ValeurDatee

NOM = "manifest.json"
FORMAT = "dossier-manifeste/1"
ROLES = (
    "lettre",  # a letter drafted as of the day, to send
    "copie",  # the copy of a letter already sent (`courriers`), dated its day
    "echeancier",
    "mandat_sepa",
    "quittance",
    "requete",
    "decompte",
    "bordereau",
    "historique",
    "piece",  # a stamped pièce under injonction/pieces/
    "dossier_injonction",  # the merged bundle
    "calcul",  # calcul.json
    "rapport",  # the review report (rapport.html, rapport.pdf)
)
Role = Literal[
    "lettre", "copie", "echeancier", "mandat_sepa", "quittance", "requete", "decompte", "bordereau",
    "historique", "piece", "dossier_injonction", "calcul", "rapport",
]  # fmt: skip
Empreinte = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]
Chemin = Annotated[str, Field(pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*$")]


class _Modele(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class FichierListe(_Modele):
    chemin: Chemin
    role: Role
    octets: int = Field(ge=0)
    sha256: Empreinte
    pages: int | None = Field(ge=1)


class ValeurLegale(_Modele):
    id: str
    description: str
    article: str
    unite: str
    du: date
    au: date
    valeur: Annotated[str, Field(pattern=r"^-?\d+(\.\d+)?$")]
    reference: str
    source: str
    fourni_par_utilisateur: bool


class Creance(_Modele):
    fichier: Literal["claim.yaml"]
    octets: int = Field(ge=0)
    sha256: Empreinte


class Manifeste(_Modele):
    format: Literal["dossier-manifeste/1"]
    outil: Annotated[str, Field(pattern=r"^dossier ")]
    reference: str
    date: date
    creance: Creance
    parametres: tuple[ValeurLegale, ...]
    fichiers: tuple[FichierListe, ...]

    def fichier(self, chemin: str) -> FichierListe | None:
        return next((f for f in self.fichiers if f.chemin == chemin), None)


class ManifesteIllisible(DossierError):
    """manifest.json is missing, is not JSON, or does not follow its schema."""

    exit_code = ExitCode.BLOCKING_FINDING


def empreinte(octets: bytes) -> str:
    return hashlib.sha256(octets).hexdigest()


def nombre_de_pages(chemin: str, octets: bytes) -> int | None:
    return len(PdfReader(io.BytesIO(octets)).pages) if chemin.endswith(".pdf") else None


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


def lire_manifeste(octets: bytes) -> Manifeste:
    """The manifest read back, or `ManifesteIllisible` (VERIF-01) saying what is wrong."""
    try:
        return Manifeste.model_validate_json(octets, strict=True)
    except ValidationError as erreurs:
        premiere = erreurs.errors()[0]
        if premiere["type"] == "json_invalid":
            raise ManifesteIllisible(
                [constat("VERIF-01", f"{NOM} n'est pas un JSON lisible : {premiere['msg']}")]
            ) from None
        chemin = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in premiere["loc"]).lstrip(".")
        raison = _raison(premiere)
        raise ManifesteIllisible(
            [constat("VERIF-01", f"{NOM} ne suit pas son schéma : {chemin or 'racine'} : {raison}")]
        ) from None


def _raison(erreur: Mapping[str, object]) -> str:
    genre = erreur["type"]
    if genre == "missing":
        return "champ manquant"
    if genre == "extra_forbidden":
        return "champ inconnu"
    if genre == "literal_error":
        return f"valeur « {erreur['input']} » inattendue"
    return f"valeur « {erreur['input']} » refusée"


def _decimal(valeur: Decimal) -> str:
    """A legal value as written in its data file (« 2.62 », « 40.00 », « 5 »)."""
    return format(valeur, "f")
