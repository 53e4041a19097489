"""The package's data files, read like claim.yaml: strict YAML, a typed model, a positioned refusal.

The practice figures and tables shipped with dossier — the humane cadence
(`law/procedure/cadence.yaml`), the limits of an instalment plan (`law/plan/echeancier.yaml`), the
courts (`law/procedure/juridictions.yaml`), the statute quotations (read by `law/textes.py`), the
skeleton's example values (`skeleton/exemples.yaml`), the tone thresholds — go through the strict
reader of claim.yaml (`yaml_strict`: every scalar stays text, duplicate keys, anchors, aliases and
tags refused) and then a frozen pydantic model that forbids unknown keys (`ModeleDonnees`), as the
law parameters do (`law/parametres/`). A file that does not fit is refused at once with its code
(YAML-0x for the reading, DONNEES-01 for the model), `fichier:ligne:colonne`, and what to do:
an error of the package, never of the user's claim (`DossierError`, exit code 1).

`constats_validation` is the one translation of pydantic's errors into positioned French
findings, shared with the parameters' loader.

Exemple
    >>> class Cadence(ModeleDonnees):
    ...     jours: Entier
    >>> lire_donnees("jours: 5\\n", "cadence.yaml", Cadence).jours
    5
    >>> try:
    ...     lire_donnees("jours: 5\\nsemaines: 2\\n", "cadence.yaml", Cadence)
    ... except DossierError as erreur:
    ...     print(erreur.constats[0].code, erreur.constats[0].ou, erreur.constats[0].message)
    DONNEES-01 cadence.yaml:2:11 semaines « semaines » : clé inconnue à cet endroit
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, TypeAdapter, ValidationError
from pydantic_core import PydanticCustomError

from dossier.errors import DossierError
from dossier.findings import Constat, Position, constat
from dossier.model.types import PlainScalar, parse_entier, parse_jour
from dossier.model.yaml_composition import Chemin, ErreurYaml
from dossier.model.yaml_strict import charger_yaml, chemin_lisible

__all__ = [
    "CODE",
    "DecimalTexte",
    "Entier",
    "Fiabilite",
    "Jour",
    "ModeleDonnees",
    "Texte",
    "charger_donnees",
    "constats_validation",
    "lire_donnees",
    "position_dans",
]

CODE = "DONNEES-01"
T = TypeVar("T")
_DECIMAL = re.compile(r"\d+(\.\d+)?")


class ModeleDonnees(BaseModel):
    """A data file's section: frozen, and a key the model does not know is refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def _texte(valeur: Any) -> Any:
    if isinstance(valeur, str) and not valeur.strip():
        raise PydanticCustomError("texte_vide", "texte vide")
    return valeur


def _decimal(valeur: Any) -> Decimal:
    # quoted, as in claim.yaml and the parameters: an unquoted 30.10 would be a float to any other reader
    if isinstance(valeur, str) and not isinstance(valeur, PlainScalar) and _DECIMAL.fullmatch(valeur):
        return Decimal(valeur)
    raise PydanticCustomError(
        "decimal_texte",
        'valeur « {texte} » : écrivez un nombre décimal entre guillemets, par exemple "30.00"',
        {"texte": str(valeur)},
    )


Texte = Annotated[str, BeforeValidator(_texte)]  # a non-blank text
Entier = Annotated[int, BeforeValidator(parse_entier)]  # « 15 »: a whole number, no leading zero
Jour = Annotated[date, BeforeValidator(parse_jour)]  # « "2026-01-01" »
DecimalTexte = Annotated[Decimal, BeforeValidator(_decimal)]  # « "30.00" »: never a float
Fiabilite = Literal["V", "S", "U"]  # V official text read ; S secondary sources ; U unconfirmed


def charger_donnees(paquet: str, fichier: str, forme: type[T]) -> T:
    """The data file `fichier` of the package `paquet` (« dossier.law »), read as `forme`."""
    texte = resources.files(paquet).joinpath(fichier).read_text(encoding="utf-8")
    return lire_donnees(texte, f"{paquet.replace('.', '/')}/{fichier}", forme)


def lire_donnees(texte: str, nom: str, forme: type[T]) -> T:
    """`texte` read strictly and validated as `forme` (a model, or `dict[str, Model]`…); `nom`
    is the file shown in the refusal (`DossierError` listing every problem, each positioned).
    A file of the package: parsed by libyaml first, refused as by the Python parser (`yaml_strict`)."""
    que_faire = (
        f"{nom} est un fichier de données livré avec dossier, pas votre dossier de créance : "
        "corrigez-le à cette position s'il a été modifié, sinon signalez l'erreur aux mainteneurs "
        "de dossier avec ce message."
    )
    try:
        valeur, positions = charger_yaml(texte, libyaml=True)
    except ErreurYaml as erreur:
        raise DossierError(
            [
                constat(
                    e.code,
                    e.message,
                    ou=Position(nom, e.ligne, e.colonne, chemin_lisible(e.chemin)),
                    que_faire=que_faire if e.code == "YAML-06" else f"{e.que_faire} {que_faire}",
                )
                for e in erreur.toutes
            ]
        ) from None
    try:
        return TypeAdapter(forme).validate_python(valeur)
    except ValidationError as erreurs:
        constats = constats_validation(erreurs, CODE, nom, positions, que_faire)
        # in the file's order, as the reader reports its own problems
        constats.sort(key=lambda c: (c.ou.ligne, c.ou.colonne) if c.ou else (0, 0))
        raise DossierError(constats) from None


def position_dans(nom: str, positions: Mapping[Chemin, tuple[int, int]], chemin: Chemin) -> Position:
    """Where `chemin` was written, else its nearest written parent."""
    while chemin not in positions and chemin:
        chemin = chemin[:-1]
    ligne, colonne = positions.get(chemin, (1, 1))
    return Position(nom, ligne, colonne, chemin_lisible(chemin))


def constats_validation(
    erreurs: ValidationError,
    code: str,
    nom: str,
    positions: Mapping[Chemin, tuple[int, int]],
    que_faire: str = "",
) -> list[Constat]:
    """Pydantic's errors as findings `code`, each at its `nom:ligne:colonne`, said in French."""
    constats = []
    liste = erreurs.errors()
    for erreur in liste:
        chemin: Chemin = tuple(erreur["loc"])
        # a list whose every item is refused is also reported « too short »: the items say why
        if erreur["type"] == "too_short" and any(
            len(autre["loc"]) > len(chemin) and tuple(autre["loc"][: len(chemin)]) == chemin
            for autre in liste
        ):
            continue
        ou = position_dans(nom, positions, chemin)
        ou = Position(ou.fichier, ou.ligne, ou.colonne, chemin_lisible(chemin))
        message = _MESSAGES.get(erreur["type"], erreur["msg"])
        constats.append(
            constat(code, f"« {chemin_lisible(chemin) or nom} » : {message}", ou=ou, que_faire=que_faire)
        )
    return constats


# pydantic's own messages are English: the user reads French (docs/style.md, rule 7)
_MESSAGES = {
    "missing": "clé obligatoire absente",
    "extra_forbidden": "clé inconnue à cet endroit",
    "literal_error": "valeur non prévue",
    "string_too_short": "texte vide",
    "too_short": "liste ou section vide",
    "string_type": "un texte est attendu ici",
    "dict_type": "une section de clés (« cle: valeur ») est attendue ici",
    "model_type": "une section de clés (« cle: valeur ») est attendue ici",
    "model_attributes_type": "une section de clés (« cle: valeur ») est attendue ici",
    "tuple_type": "une liste (éléments commençant par « - ») est attendue ici",
    "list_type": "une liste (éléments commençant par « - ») est attendue ici",
    "bool_type": "true ou false est attendu ici",
}
