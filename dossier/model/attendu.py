"""What claim.yaml expects at a YAML path, read from the models: for messages that say what to write.

`annotation_de(("factures", 0, "date"))` walks the pydantic models the way the loader walks the
file, so a refusal can say « une date AAAA-MM-JJ est attendue » and show an example of its own type.
"""

from __future__ import annotations

import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, BeforeValidator

from dossier.model.claim import Creance
from dossier.model.types import Identifiant, parse_entier, parse_jour, parse_montant, parse_taux

Chemin = tuple[str | int, ...]

# validator -> (the expected form, said in French; an example value as written in claim.yaml)
_FORMES: dict[Any, tuple[str, str]] = {
    parse_montant: ('un montant entre guillemets ("1234.50")', '"1234.50"'),
    parse_taux: ('un taux annuel entre guillemets ("10.00")', '"10.00"'),
    parse_jour: ('une date AAAA-MM-JJ ("2026-03-31")', '"2026-03-31"'),
    parse_entier: ("un nombre entier", "8"),
}


def depouiller(annotation: Any) -> tuple[Any, list[Any]]:
    """The base type under `X | None` and `Annotated[X, …]`, with the metadata met on the way."""
    metadonnees: list[Any] = []
    while True:
        origine = typing.get_origin(annotation)
        if origine is typing.Annotated:
            annotation, *extras = typing.get_args(annotation)
            metadonnees.extend(extras)
            continue
        if origine in (typing.Union, types.UnionType):
            autres = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(autres) == 1:
                annotation = autres[0]
                continue
        return annotation, metadonnees


def modele(annotation: Any) -> type[BaseModel] | None:
    base, _ = depouiller(annotation)
    return base if isinstance(base, type) and issubclass(base, BaseModel) else None


def annotation_de(chemin: Chemin) -> Any | None:
    """The annotation (with its metadata) of the value at `chemin`; None where no key is expected."""
    annotation: Any = Creance
    for pas in chemin:
        if isinstance(pas, int):
            base, _ = depouiller(annotation)
            if typing.get_origin(base) is not tuple:
                return None
            annotation = typing.get_args(base)[0]
            continue
        classe = modele(annotation)
        champ = classe.model_fields.get(pas) if classe is not None else None
        if champ is None:
            return None
        annotation = champ.rebuild_annotation()
    return annotation


def champs_permis(chemin: Chemin) -> list[str]:
    """Names of the keys allowed in the section at `chemin`."""
    classe = modele(annotation_de(chemin))
    return list(classe.model_fields) if classe is not None else []


def cles_obligatoires(annotation: Any) -> list[str]:
    """Required keys when `annotation` is a section; [] for anything else (a list included)."""
    classe = modele(annotation)
    return [nom for nom, champ in classe.model_fields.items() if champ.is_required()] if classe else []


def _validateur(metadonnees: list[Any]) -> Any:
    for meta in metadonnees:
        if isinstance(meta, BeforeValidator):
            return meta.func
    return None


def forme(annotation: Any) -> str:
    """The expected form, said in French: « une date AAAA-MM-JJ », « une section de clés »…"""
    base, metadonnees = depouiller(annotation)
    validateur = _validateur(metadonnees)
    if typing.get_origin(base) is typing.Literal:
        return "l'une des valeurs " + ", ".join(str(v) for v in typing.get_args(base))
    if validateur in _FORMES:
        return _FORMES[validateur][0]
    if isinstance(validateur, Identifiant):
        return f"un numéro {validateur.nom} entre guillemets"
    if modele(base) is not None:
        return "une section de clés (« cle: valeur », une par ligne, indentées)"
    if typing.get_origin(base) is tuple:
        return "une liste (un élément par ligne, commençant par « - »)"
    if base is bool:
        return "true ou false"
    if base is Path:
        return "un chemin de fichier relatif au dossier de claim.yaml"
    return "un texte"


def exemple(annotation: Any) -> str:
    """A value of the expected form, as it would be written in claim.yaml."""
    base, metadonnees = depouiller(annotation)
    validateur = _validateur(metadonnees)
    if typing.get_origin(base) is typing.Literal:
        return str(typing.get_args(base)[0])
    if validateur in _FORMES:
        return _FORMES[validateur][1]
    if base is bool:
        return "true"
    if base is Path:
        return "pieces/facture.pdf"
    return '"…"'
