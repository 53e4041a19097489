"""`manifest.json` read back: the inventory of a pack, as `build` wrote it (DESIGN.md, Outputs).

The reader sits here, below every layer that needs it: a rebuild compares its output folder with
the previous build's manifest before replacing anything (`utilisateur.py`; DESIGN.md, Decisions:
Nothing the user made is lost), and `dossier verify` checks a pack received from elsewhere. The
writer, which reads the PDFs and the legal data, stays in `verify/manifeste.py`.

The object is described, field by field, by `schemas/manifest.schema.json`; `lire_manifeste`
refuses anything the schema would refuse (VERIF-01).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dossier.errors import DossierError
from dossier.exit_codes import ExitCode
from dossier.findings import constat

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
