"""Scalar types of claim.yaml: each parses the loader's text and refuses anything ambiguous.

The loader hands every scalar over as text, `PlainScalar` when it was written without quotes,
so a type can refuse an unquoted amount (STYLE.md rule 3: refuse rather than guess).
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BeforeValidator, StrictBool
from pydantic_core import PydanticCustomError
from stdnum import bic, iban
from stdnum.eu import at_02
from stdnum.fr import siren, siret


class PlainScalar(str):
    """A YAML scalar written without quotes (its text is kept, never converted implicitly)."""

    __slots__ = ()


_MONTANT = re.compile(r"\d+(\.\d{1,2})?")
_TAUX = re.compile(r"\d+(\.\d{1,4})?")
_ENTIER = re.compile(r"\d+")
_JOUR = re.compile(r"\d{4}-\d{2}-\d{2}")


def _texte(valeur: Any, attendu: str) -> str:
    if isinstance(valeur, str):
        return valeur
    raise PydanticCustomError("texte_attendu", "{attendu} attendu ici", {"attendu": attendu})


def _orthographe_montant(texte: str) -> str:
    """Best-effort corrected spelling of an amount written the French way ("2 480,50" -> "2480.50")."""
    compact = re.sub(r"[\s\u00a0\u202f€]", "", texte).replace(",", ".")
    if re.fullmatch(r"\d+(\.\d+)?", compact):
        return f"{Decimal(compact):.2f}"
    return "1234.50"


def parse_montant(valeur: Any) -> Decimal:
    texte = _texte(valeur, "un montant entre guillemets")
    if _MONTANT.fullmatch(texte):
        if isinstance(valeur, PlainScalar):
            raise PydanticCustomError(
                "montant_sans_guillemets",
                'montant écrit sans guillemets : écrivez "{corrige}"',
                {"corrige": _orthographe_montant(texte)},
            )
        return Decimal(texte)
    raise PydanticCustomError(
        "montant_invalide",
        'montant illisible « {texte} » : écrivez "{corrige}" (point décimal, 2 décimales au plus, sans espace)',
        {"texte": texte, "corrige": _orthographe_montant(texte)},
    )


def parse_taux(valeur: Any) -> Decimal:
    texte = _texte(valeur, "un taux entre guillemets")
    if _TAUX.fullmatch(texte) and not isinstance(valeur, PlainScalar):
        return Decimal(texte)
    corrige = texte.replace(",", ".").replace("%", "").strip()
    raise PydanticCustomError(
        "taux_invalide",
        'taux illisible « {texte} » : écrivez le pourcentage annuel entre guillemets, par exemple "{corrige}"',
        {"texte": texte, "corrige": corrige if _TAUX.fullmatch(corrige) else "10.00"},
    )


def parse_entier(valeur: Any) -> int:
    texte = _texte(valeur, "un nombre entier")
    if _ENTIER.fullmatch(texte):
        return int(texte)
    raise PydanticCustomError("entier_invalide", "« {texte} » n'est pas un nombre entier", {"texte": texte})


def parse_jour(valeur: Any) -> date:
    texte = _texte(valeur, "une date AAAA-MM-JJ")
    if not _JOUR.fullmatch(texte):
        raise PydanticCustomError(
            "date_format", "date « {texte} » illisible : écrivez-la AAAA-MM-JJ, par exemple 2026-03-31",
            {"texte": texte},
        )
    try:
        return date.fromisoformat(texte)
    except ValueError:
        raise PydanticCustomError(
            "date_impossible", "la date « {texte} » n'existe pas dans le calendrier", {"texte": texte}
        ) from None


def _identifiant(nom: str, module: Any, exemple: str) -> Any:
    def valider(valeur: Any) -> str:
        texte = _texte(valeur, f"un numéro {nom}")
        compact = module.compact(texte)
        if not module.is_valid(compact):
            raise PydanticCustomError(
                f"{nom.lower()}_invalide",
                "{nom} « {texte} » invalide (clé de contrôle fausse ou longueur incorrecte) : "
                "recopiez-le depuis un document officiel (ex. {exemple})",
                {"nom": nom, "texte": texte, "exemple": exemple},
            )
        return str(compact)

    return valider


Montant = Annotated[Decimal, BeforeValidator(parse_montant)]
Taux = Annotated[Decimal, BeforeValidator(parse_taux)]
Entier = Annotated[int, BeforeValidator(parse_entier)]
Jour = Annotated[date, BeforeValidator(parse_jour)]
Booleen = StrictBool
Siren = Annotated[str, BeforeValidator(_identifiant("SIREN", siren, "732829320"))]
Siret = Annotated[str, BeforeValidator(_identifiant("SIRET", siret, "73282932000074"))]
Iban = Annotated[str, BeforeValidator(_identifiant("IBAN", iban, "FR76 3000 6000 0112 3456 7890 189"))]
Bic = Annotated[str, BeforeValidator(_identifiant("BIC", bic, "AGRIFRPPXXX"))]
Ics = Annotated[str, BeforeValidator(_identifiant("ICS", at_02, "FR72ZZZ123456"))]
