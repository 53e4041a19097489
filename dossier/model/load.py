"""Load claim.yaml into a validated, frozen `Creance`, or refuse it with located findings.

Every refusal names its code, `claim.yaml:LINE:COL`, the YAML path, why, and what to do
(STYLE.md rule 7); all problems of a file are reported at once, in the file's order.
"""

from __future__ import annotations

import difflib
import types
import typing
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from dossier.errors import InvalidClaim
from dossier.findings import Constat, Position, constat
from dossier.model.claim import Creance
from dossier.model.coherence import verifier_coherence
from dossier.model.yaml_strict import Chemin, ErreurYaml, charger_yaml

# pydantic error type -> (code, how to say it, what to do)
_TYPES_VALEUR = {
    "montant_sans_guillemets": ("VALEUR-01", "Mettez le montant entre guillemets, avec un point décimal."),
    "montant_invalide": ("VALEUR-01", "Écrivez le montant comme indiqué : chiffres, un point, 2 décimales au plus."),
    "date_format": ("VALEUR-02", "Écrivez la date au format AAAA-MM-JJ."),
    "date_impossible": ("VALEUR-02", "Corrigez le jour ou le mois."),
    "siren_invalide": ("VALEUR-03", "Vérifiez les 9 chiffres sur l'extrait Kbis ou l'avis de situation INSEE."),
    "siret_invalide": ("VALEUR-03", "Vérifiez les 14 chiffres sur l'avis de situation INSEE."),
    "iban_invalide": ("VALEUR-04", "Recopiez l'IBAN depuis le RIB de la banque."),
    "bic_invalide": ("VALEUR-04", "Recopiez le BIC depuis le RIB de la banque (8 ou 11 caractères)."),
    "ics_invalide": ("VALEUR-05", "Recopiez l'identifiant créancier SEPA (ICS) attribué par la banque."),
    "entier_invalide": ("VALEUR-06", "Écrivez un nombre entier, sans guillemets ni décimales."),
    "taux_invalide": ("VALEUR-07", 'Écrivez le taux annuel en pourcentage entre guillemets, ex. "10.00".'),
    "string_pattern_mismatch": ("VALEUR-08", "Écrivez un code postal français de 5 chiffres."),
    "value_error": ("VALEUR-09", ""),
}


def charger(fichier: Path) -> Creance:
    """Read, parse and validate a claim file; raise `InvalidClaim` listing every problem."""
    nom = fichier.name
    try:
        texte = fichier.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidClaim([constat("YAML-07", f"fichier introuvable : {fichier}",
                                    que_faire="Vérifiez le chemin, ou créez un dossier avec « dossier init ».")]) from None
    except UnicodeDecodeError as erreur:
        raise InvalidClaim([constat("YAML-07", f"{nom} n'est pas un texte UTF-8 (octet {erreur.start})",
                                    que_faire="Enregistrez le fichier en UTF-8 depuis votre éditeur.")]) from None
    return lire(texte, nom, fichier)


def lire(texte: str, nom: str = "claim.yaml", fichier: Path | None = None) -> Creance:
    """Validate claim text; `nom` is the file name shown in messages."""
    try:
        donnees, lignes = charger_yaml(texte)
    except ErreurYaml as erreur:
        ou = Position(nom, erreur.ligne, erreur.colonne, chemin_lisible(erreur.chemin))
        raise InvalidClaim([constat(erreur.code, erreur.message, ou=ou, que_faire=erreur.que_faire)]) from None
    positions = {chemin: Position(nom, l, c, chemin_lisible(chemin)) for chemin, (l, c) in lignes.items()}
    try:
        creance = Creance.model_validate(donnees)
    except ValidationError as erreurs:
        constats = [_traduire(e, positions) for e in erreurs.errors()]
        raise InvalidClaim(_ordonner(constats)) from None
    creance._positions = positions
    creance._fichier = fichier.resolve() if fichier else None
    incoherences = verifier_coherence(creance)
    if incoherences:
        raise InvalidClaim(_ordonner(incoherences))
    return creance


def chemin_lisible(chemin: Chemin) -> str:
    """('factures', 0, 'echeance') -> 'factures[0].echeance'."""
    texte = ""
    for pas in chemin:
        texte += f"[{pas}]" if isinstance(pas, int) else (f".{pas}" if texte else str(pas))
    return texte


def _ordonner(constats: list[Constat]) -> list[Constat]:
    uniques = list(dict.fromkeys(constats))
    return sorted(uniques, key=lambda c: (c.ou.ligne, c.ou.colonne) if c.ou else (0, 0))


def _position(chemin: Chemin, positions: dict[Chemin, Position]) -> Position | None:
    while chemin not in positions and chemin:
        chemin = chemin[:-1]
    return positions.get(chemin)


def _traduire(erreur: Any, positions: dict[Chemin, Position]) -> Constat:
    chemin: Chemin = tuple(erreur["loc"])
    ou = _position(chemin, positions)
    if ou is not None and ou.chemin != chemin_lisible(chemin):
        ou = Position(ou.fichier, ou.ligne, ou.colonne, chemin_lisible(chemin))
    cle = str(chemin[-1]) if chemin else ""
    parent = chemin_lisible(chemin[:-1]) or "la racine du fichier"
    genre = erreur["type"]
    if genre == "extra_forbidden":
        attendus = _champs(chemin[:-1])
        proche = difflib.get_close_matches(cle, attendus, n=1, cutoff=0.6)
        suggestion = f" Vouliez-vous dire « {proche[0]} » ?" if proche else ""
        return constat("CHAMP-01", f"clé inconnue « {cle} » dans {parent}.{suggestion}", ou=ou,
                       que_faire=f"Clés possibles ici : {', '.join(attendus)}.")
    if genre == "missing":
        return constat("CHAMP-02", f"clé obligatoire « {cle} » absente de {parent}", ou=ou,
                       que_faire=f"Ajoutez « {cle}: … » dans {parent} (voir le squelette de « dossier init »).")
    if genre == "too_short":
        return constat("CHAMP-02", f"la liste « {cle} » est vide", ou=ou,
                       que_faire="Donnez au moins un élément (au moins une facture).")
    if genre == "literal_error":
        choix = _choix(erreur)
        proche = difflib.get_close_matches(str(erreur["input"]), choix, n=1, cutoff=0.6)
        suggestion = f" Vouliez-vous dire « {proche[0]} » ?" if proche else ""
        return constat("CHAMP-04", f"valeur « {erreur['input']} » non prévue pour « {cle} ».{suggestion}", ou=ou,
                       que_faire=f"Choisissez parmi : {', '.join(choix)}.")
    if genre in _TYPES_VALEUR:
        code, que_faire = _TYPES_VALEUR[genre]
        message = erreur["msg"].removeprefix("Value error, ")
        if genre == "string_pattern_mismatch":
            message = f"« {erreur['input']} » n'est pas un code postal à 5 chiffres"
        return constat(code, message, ou=ou, que_faire=que_faire)
    return constat("CHAMP-03", f"« {cle or 'claim'} » : {_type_attendu(genre, erreur)}", ou=ou,
                   que_faire="Corrigez la forme de la valeur (voir le squelette de « dossier init »).")


def _type_attendu(genre: str, erreur: Any) -> str:
    if genre in ("model_type", "model_attributes_type", "dict_type"):
        return "une section de clés (« cle: valeur ») est attendue ici"
    if genre in ("tuple_type", "list_type"):
        return "une liste (éléments commençant par « - ») est attendue ici"
    if genre in ("bool_type", "bool_parsing"):
        return f"« {erreur['input']} » : écrivez true ou false, sans guillemets"
    if genre in ("string_type", "texte_attendu"):
        return "un texte est attendu ici" if genre == "string_type" else erreur["msg"]
    return "valeur de forme inattendue"


def _choix(erreur: Any) -> list[str]:
    attendus = (erreur.get("ctx") or {}).get("expected", "")
    return [morceau.strip(" '\"") for morceau in attendus.replace(" or ", ",").split(",") if morceau.strip(" '\"")]


def _champs(chemin: Chemin) -> list[str]:
    """Names of the keys allowed at `chemin`, following the models' annotations."""
    modele: Any = Creance
    for pas in chemin:
        if isinstance(pas, int):
            continue
        champ = modele.model_fields.get(pas)
        if champ is None:
            return []
        modele = _modele_dans(champ.annotation)
        if modele is None:
            return []
    return list(modele.model_fields)


def _modele_dans(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, tuple, typing.Annotated):
        for argument in typing.get_args(annotation):
            trouve = _modele_dans(argument)
            if trouve is not None:
                return trouve
    return None
