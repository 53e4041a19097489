"""Scalar types of claim.yaml: each parses the loader's text and refuses anything ambiguous.

The loader hands every scalar over as text, `PlainScalar` when it was written without quotes,
so a type can refuse an unquoted amount (docs/style.md rule 3: refuse rather than guess).
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any

from pydantic import BeforeValidator, StrictBool
from pydantic_core import PydanticCustomError
from stdnum import bic, iban
from stdnum.eu import at_02
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength, ValidationError
from stdnum.fr import siren, siret

from dossier.francais import montant_fr
from dossier.model import limites
from dossier.model.yaml_strict import PlainScalar as PlainScalar  # the reader's, re-exported

_MARGE_ECRITURE = 8  # « 999 999 999,99 € » written the French way is a few characters longer
_MONTRE = 40  # characters of a refused amount repeated in the message
_MONTANT = re.compile(r"(0|[1-9]\d*)(\.\d{1,2})?")  # no leading zero: "0012" is a slip, not 12
_TAUX = re.compile(r"\d+(\.\d{1,4})?")
_ENTIER = re.compile(r"\d+")
_JOUR = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_JOUR_FRANCAIS = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def _texte(valeur: Any, attendu: str) -> str:
    if isinstance(valeur, str):
        return valeur
    raise PydanticCustomError("texte_attendu", "{attendu} attendu ici", {"attendu": attendu})


def _chiffres_francais(texte: str) -> str:
    """ "2 480,50 €" or "2.480,50" -> "2480.50": the digits of an amount written the French way."""
    compact = re.sub(r"[\s\u00a0\u202f€']", "", texte)
    if "," in compact:
        compact = compact.replace(".", "").replace(",", ".")
    return compact


def parse_montant(valeur: Any) -> Decimal:
    texte = _texte(valeur, "un montant entre guillemets")
    if len(texte) > len(limites.MONTANT_MAX) + _MARGE_ECRITURE:  # before any Decimal of 400 digits
        raise _montant_trop_grand(texte if len(texte) <= _MONTRE else texte[:_MONTRE] + "…")
    if _MONTANT.fullmatch(texte):
        if isinstance(valeur, PlainScalar):
            raise PydanticCustomError(
                "montant_sans_guillemets",
                'montant « {texte} » écrit sans guillemets : écrivez "{corrige}"',
                {"texte": texte, "corrige": f"{Decimal(texte):.2f}"},
            )
        if Decimal(texte) > Decimal(limites.MONTANT_MAX):
            raise _montant_trop_grand(texte)
        return Decimal(texte)
    chiffres = _chiffres_francais(texte)
    if re.fullmatch(r"-\d+(\.\d+)?", chiffres):
        raise PydanticCustomError(
            "montant_negatif",
            "montant négatif « {texte} » : factures et paiements s'écrivent en positif",
            {"texte": texte},
        )
    if re.fullmatch(r"0\d+(\.\d{1,2})?", chiffres):
        raise PydanticCustomError(
            "montant_invalide",
            'montant « {texte} » commençant par un zéro : écrivez "{corrige}" si c\'est bien ce montant',
            {"texte": texte, "corrige": f"{Decimal(chiffres):.2f}"},
        )
    decimales = re.fullmatch(r"\d+\.(\d{3,})", chiffres)
    if decimales:
        raise PydanticCustomError(
            "montant_decimales",
            "montant « {texte} » à {n} décimales : un montant en euros s'écrit au centime près "
            "(2 décimales au plus)",
            {"texte": texte, "n": len(decimales.group(1))},
        )
    if _MONTANT.fullmatch(chiffres):
        raise PydanticCustomError(
            "montant_invalide",
            'montant « {texte} » mal écrit : écrivez "{corrige}" (chiffres, point décimal, sans espace ni '
            "symbole)",
            {"texte": texte, "corrige": f"{Decimal(chiffres):.2f}"},
        )
    raise PydanticCustomError(
        "montant_invalide",
        'montant « {texte} » illisible : écrivez-le en chiffres avec un point décimal, par exemple "1234.50"',
        {"texte": texte},
    )


def _montant_trop_grand(texte: str) -> PydanticCustomError:
    return PydanticCustomError(
        "montant_trop_grand",
        "montant « {texte} » au-delà du plus grand qu'un dossier accepte ({maximum} €)",
        {"texte": texte, "maximum": montant_fr(Decimal(limites.MONTANT_MAX))},
    )


def parse_taux(valeur: Any) -> Decimal:
    texte = _texte(valeur, "un taux entre guillemets")
    if _TAUX.fullmatch(texte):
        if isinstance(valeur, PlainScalar):
            raise PydanticCustomError(
                "taux_invalide",
                'taux « {texte} » écrit sans guillemets : écrivez "{texte}"',
                {"texte": texte},
            )
        return Decimal(texte)
    corrige = _chiffres_francais(texte.replace("%", ""))
    if _TAUX.fullmatch(corrige):
        raise PydanticCustomError(
            "taux_invalide",
            'taux « {texte} » mal écrit : écrivez "{corrige}" (pourcentage annuel, point décimal, '
            "sans « % »)",
            {"texte": texte, "corrige": corrige},
        )
    raise PydanticCustomError(
        "taux_invalide",
        'taux « {texte} » illisible : écrivez le pourcentage annuel en chiffres, par exemple "10.00"',
        {"texte": texte},
    )


def parse_entier(valeur: Any) -> int:
    texte = _texte(valeur, "un nombre entier")
    if _ENTIER.fullmatch(texte):
        if len(texte) > 1 and texte.startswith("0"):
            # `0012` is 10 to a YAML 1.1 reader and 12 to a person: refuse rather than guess.
            raise PydanticCustomError(
                "entier_invalide",
                "nombre « {texte} » écrit avec un zéro en tête, ambigu : écrivez {corrige}",
                {"texte": texte, "corrige": texte.lstrip("0")},
            )
        return int(texte)
    raise PydanticCustomError(
        "entier_invalide", "« {texte} » n'est pas un nombre entier positif", {"texte": texte}
    )


def parse_jour(valeur: Any, minimum: int = limites.ANNEE_MIN) -> date:
    texte = _texte(valeur, "une date AAAA-MM-JJ")
    iso = _JOUR.fullmatch(texte)
    if iso is None:
        francais = _JOUR_FRANCAIS.fullmatch(texte)
        forme = 'écrivez-la AAAA-MM-JJ (année, mois, jour), par exemple "2026-03-31"'
        if francais:
            jour, mois, annee = (int(n) for n in francais.groups())
            if 1 <= mois <= 12 and 1 <= jour <= calendar.monthrange(annee, mois)[1]:
                forme = f'écrivez-la AAAA-MM-JJ (année, mois, jour) : "{annee:04d}-{mois:02d}-{jour:02d}"'
        raise PydanticCustomError(
            "date_format", "date « {texte} » illisible : {forme}", {"texte": texte, "forme": forme}
        )
    annee, mois, jour = (int(n) for n in iso.groups())
    if annee < minimum:
        raise PydanticCustomError(
            "date_hors_bornes",
            "date « {texte} » antérieure à {minimum} : sans doute une faute de frappe",
            {"texte": texte, "minimum": minimum},
        )
    if not 1 <= mois <= 12:
        raise PydanticCustomError(
            "date_impossible",
            "la date « {texte} » n'existe pas : il n'y a pas de mois {mois}",
            {"texte": texte, "mois": mois},
        )
    jours = calendar.monthrange(annee, mois)[1]
    if not 1 <= jour <= jours:
        raise PydanticCustomError(
            "date_impossible",
            "la date « {texte} » n'existe pas : {nom} {annee} compte {jours} jours",
            {"texte": texte, "nom": _MOIS[mois - 1], "annee": annee, "jours": jours},
        )
    return date(annee, mois, jour)


# Characters a value may never hold: what the PDF would show is not what the text says, or a
# writer downstream (DOCX, PDF metadata, the terminal) would fail on it. Line breaks and tabs are
# allowed in free texts only.
_INVISIBLES = {
    "\u00ad": "un trait d'union conditionnel invisible",
    "\ufeff": "une marque d'ordre d'octets invisible",
}
_INTERDIT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069"
    "\ufeff\ud800-\udfff]"
)
_SAUT = re.compile("[\t\n]")
_BALISE = re.compile(r"<[^<>\n]*>")


def _nom_du_caractere(caractere: str) -> str:
    point = ord(caractere)
    if caractere in _INVISIBLES:
        return _INVISIBLES[caractere]
    if caractere == "\n":
        return "un saut de ligne"
    if caractere == "\t":
        return "une tabulation"
    if 0xD800 <= point <= 0xDFFF:
        return "un demi-caractère Unicode isolé (invalide)"
    if 0x202A <= point <= 0x202E or 0x2066 <= point <= 0x2069 or point in (0x200E, 0x200F):
        return "un caractère qui change le sens d'écriture"
    if 0x200B <= point <= 0x200D or 0x2060 <= point <= 0x2064:
        return "un caractère invisible (de largeur nulle)"
    return "un caractère de contrôle"


class TexteBorne:
    """Validator of a text value: at most `maximum` characters, no control, invisible or
    direction-changing character, no markup « <…> »; line breaks only when `lignes`."""

    def __init__(self, maximum: int, lignes: bool, quoi: str) -> None:
        self.maximum, self.lignes, self.quoi = maximum, lignes, quoi

    def __call__(self, valeur: Any) -> Any:
        if not isinstance(valeur, str):
            return valeur  # pydantic says what type was expected
        if (
            not valeur.strip()
        ):  # « " " » is no name: the letter would print a blank (its author, its addressee)
            raise PydanticCustomError("string_too_short", "texte vide")
        if len(valeur) > self.maximum:
            raise PydanticCustomError(
                "texte_trop_long",
                "texte de {longueur} caractères : au plus {maximum} pour {quoi}",
                {"longueur": len(valeur), "maximum": self.maximum, "quoi": self.quoi},
            )
        interdit = _INTERDIT.search(valeur) or (None if self.lignes else _SAUT.search(valeur))
        if interdit is not None:
            caractere = interdit.group()
            raise PydanticCustomError(
                "texte_invalide",
                "le texte contient {nom} (U+{point}), {ou} caractère : il ne serait pas imprimé "
                "tel qu'il est lu",
                {
                    "nom": _nom_du_caractere(caractere),
                    "point": f"{ord(caractere):04X}",
                    "ou": "au premier" if interdit.start() == 0 else f"au {interdit.start() + 1}e",
                },
            )
        balise = _BALISE.search(valeur)
        if balise is not None:
            raise PydanticCustomError(
                "texte_balise",
                "le texte contient une balise « {balise} » : dossier imprime le texte, jamais du balisage",
                {"balise": balise.group()[:40]},
            )
        return valeur


# Why each identifier is refused, by python-stdnum's exception, and the expected shape.
_FORMES = {
    "SIREN": "9 chiffres",
    "SIRET": "14 chiffres (le SIREN puis les 5 chiffres de l'établissement)",
    "IBAN": "27 caractères pour un compte français, commençant par FR",
    "BIC": "8 ou 11 caractères (4 lettres pour la banque, 2 pour le pays, 2 caractères pour le lieu, "
    "3 facultatifs pour l'agence)",
    "ICS": "13 caractères pour un créancier français (FR, 2 chiffres de clé, 3 caractères, 6 chiffres)",
}


def _raison(nom: str, compact: str, erreur: ValidationError) -> str:
    longueur_iban_fausse = nom == "IBAN" and compact.startswith("FR") and len(compact) != 27
    if isinstance(erreur, InvalidChecksum) and not longueur_iban_fausse:
        return "clé de contrôle fausse, un chiffre est sans doute mal recopié ou inversé"
    if isinstance(erreur, InvalidComponent):
        return "une de ses parties n'existe pas (code pays ou code banque)"
    if isinstance(erreur, InvalidLength) or longueur_iban_fausse:
        return f"longueur fausse ({len(compact)} caractères) ; forme attendue : {_FORMES[nom]}"
    return f"caractères inattendus ; forme attendue : {_FORMES[nom]}"


class Identifiant:
    """Validator of an official identifier (SIREN, IBAN…) by python-stdnum; keeps the compact form."""

    def __init__(self, nom: str, module: Any) -> None:
        self.nom = nom
        self.module = module

    def __call__(self, valeur: Any) -> str:
        texte = _texte(valeur, f"un numéro {self.nom} entre guillemets")
        compact = self.module.compact(texte)
        try:
            self.module.validate(compact)
        except ValidationError as erreur:
            raise PydanticCustomError(
                f"{self.nom.lower()}_invalide",
                "{nom} « {texte} » invalide : {raison}",
                {"nom": self.nom, "texte": texte, "raison": _raison(self.nom, compact, erreur)},
            ) from None
        return str(compact)


Texte = Annotated[
    str, BeforeValidator(TexteBorne(limites.TEXTE_COURT, False, "un nom, une adresse ou un libellé"))
]
TexteLibre = Annotated[str, BeforeValidator(TexteBorne(limites.TEXTE_LIBRE, True, "un texte libre"))]
Reference = Annotated[str, BeforeValidator(TexteBorne(limites.REFERENCE, False, "une référence"))]
NomDeCompte = Annotated[
    str,
    BeforeValidator(
        TexteBorne(limites.NOM_VIREMENT, False, "le titulaire d'un compte (code QR de paiement)")
    ),
]
CheminDePiece = Annotated[
    Path, BeforeValidator(TexteBorne(limites.TEXTE_COURT, False, "le chemin d'une pièce"))
]
Montant = Annotated[Decimal, BeforeValidator(parse_montant)]
Taux = Annotated[Decimal, BeforeValidator(parse_taux)]
Entier = Annotated[int, BeforeValidator(parse_entier)]
Jour = Annotated[date, BeforeValidator(parse_jour)]
# a birth date (CPC 54, 3° a)): the only date of a claim that may precede ANNEE_MIN
JourDeNaissance = Annotated[date, BeforeValidator(lambda v: parse_jour(v, limites.ANNEE_NAISSANCE_MIN))]
Booleen = StrictBool
Siren = Annotated[str, BeforeValidator(Identifiant("SIREN", siren))]
Siret = Annotated[str, BeforeValidator(Identifiant("SIRET", siret))]
Iban = Annotated[str, BeforeValidator(Identifiant("IBAN", iban))]
Bic = Annotated[str, BeforeValidator(Identifiant("BIC", bic))]
Ics = Annotated[str, BeforeValidator(Identifiant("ICS", at_02))]
