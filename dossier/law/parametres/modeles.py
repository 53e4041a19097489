"""Les modèles pydantic des fichiers de paramètres : ce qui refuse un fichier mal formé, et dit où.

Le fichier de l'utilisateur (`--parametres`, `DOSSIER_PARAMETRES`) et le contenu qu'un manifeste
en garde passent toujours par eux. Un fichier du paquet bien formé est lu sans eux
(`format.lire_parametre`, sans importer pydantic : `dossier taux` démarre plus vite) ; un fichier
du paquet que cette lecture ne prend pas passe par `ParametreYaml`, dont le refus (TAUX-04, avec
le fichier, la ligne et la colonne) est celui qui est rapporté. Le format lui-même est décrit dans
`format.py`, `lecture.py` et `utilisateur.py`.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from dossier.law.parametres.format import A_REMPLIR
from dossier.model.types import PlainScalar, parse_entier, parse_jour

_DECIMAL = re.compile(r"-?\d+(\.\d+)?")


def _rempli(valeur: Any) -> Any:
    if isinstance(valeur, str) and valeur.strip() == A_REMPLIR:
        raise PydanticCustomError(
            "a_remplir", "« {texte} » est à remplacer par la valeur publiée", {"texte": A_REMPLIR}
        )
    return valeur


def _decimal_texte(valeur: Any) -> Decimal:
    _rempli(valeur)
    if isinstance(valeur, str) and not isinstance(valeur, PlainScalar) and _DECIMAL.fullmatch(valeur):
        return Decimal(valeur)
    raise PydanticCustomError(
        "decimal_texte",
        'valeur « {texte} » : écrivez un nombre décimal entre guillemets, par exemple "2.50"',
        {"texte": str(valeur)},
    )


Jour = Annotated[date, BeforeValidator(parse_jour)]
DecimalTexte = Annotated[Decimal, BeforeValidator(_decimal_texte)]
Texte = Annotated[str, Field(min_length=1)]
Fiabilite = Literal["V", "S", "U"]


class ModeleYaml(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ValeurYaml(ModeleYaml):
    du: Jour
    valeur: DecimalTexte
    reference: Texte
    source: Texte
    fiabilite: Fiabilite
    note: str | None = None


class ParametreYaml(ModeleYaml):
    id: Texte
    description: Texte
    article: Texte
    unite: Literal["pourcent_par_an", "points", "multiple", "euros", "annees", "jours"]
    periodicite: Literal["semestrielle", "libre"]
    connu_jusqu_au: Jour | None = None  # valeur publiée par période : dernier jour connu
    depuis: Jour | None = None  # valeur fixée par un texte : date d'effet du texte en vigueur
    publication: Texte  # où la valeur est publiée (JORF, communiqué de la BCE, Légifrance)
    note: str | None = None
    valeurs: tuple[ValeurYaml, ...] = Field(min_length=1)


Rempli = Annotated[Texte, BeforeValidator(_rempli)]


class ValeurUtilisateurYaml(ValeurYaml):
    reference: Rempli
    source: Rempli
    fiabilite: Fiabilite = "U"  # non vérifiée par dossier : c'est l'utilisateur qui la donne


class BlocUtilisateurYaml(ModeleYaml):
    connu_jusqu_au: Jour | None = None
    valeurs: tuple[ValeurUtilisateurYaml, ...] = Field(min_length=1)


class FichierUtilisateurYaml(ModeleYaml):
    version: Annotated[Literal[1], BeforeValidator(parse_entier)]
    parametres: dict[str, BlocUtilisateurYaml] = Field(min_length=1)
