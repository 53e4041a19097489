"""Load claim.yaml into a validated, frozen `Creance`, or refuse it with located findings.

Every refusal names its code, `claim.yaml:LINE:COL`, the YAML path, why, and what to do
(docs/style.md rule 7); all problems of a file are reported at once, in the file's order. Pydantic's
errors are said in French by `traduction.py`.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from dossier.errors import InvalidClaim
from dossier.findings import Constat, Position, constat
from dossier.model import limites
from dossier.model.claim import Creance
from dossier.model.coherence import verifier_coherence
from dossier.model.traduction import traduire_tout
from dossier.model.yaml_composition import ErreurYaml
from dossier.model.yaml_strict import chemin_lisible, lire_yaml

__all__ = ["charger", "chemin_lisible", "lire"]


def charger(fichier: Path) -> Creance:
    """Read, parse and validate a claim file; raise `InvalidClaim` listing every problem."""
    nom = fichier.name
    try:
        octets = fichier.read_bytes()
    except FileNotFoundError:
        raise InvalidClaim(
            [
                constat(
                    "YAML-07",
                    f"fichier introuvable : {fichier}",
                    que_faire="Vérifiez le chemin, ou créez un dossier avec « dossier init ».",
                )
            ]
        ) from None
    except IsADirectoryError:
        raise InvalidClaim(
            [
                constat(
                    "YAML-07",
                    f"{fichier} est un dossier, pas un fichier",
                    que_faire=f"Donnez le chemin du fichier lui-même, par exemple {fichier / 'claim.yaml'}.",
                )
            ]
        ) from None
    except PermissionError:
        raise InvalidClaim(
            [
                constat(
                    "YAML-07",
                    f"lecture de {fichier} refusée par le système (droits d'accès)",
                    que_faire="Vérifiez les droits du fichier, ou copiez-le dans un dossier à vous.",
                )
            ]
        ) from None
    if len(octets) > limites.TAILLE_FICHIER:
        raise InvalidClaim(
            [
                constat(
                    "YAML-08",
                    f"{nom} pèse {len(octets) // 1000} ko : un dossier de créance en fait quelques-uns, "
                    f"{limites.TAILLE_FICHIER // 1000} ko au plus sont lus",
                    ou=Position(nom, 1, 1),
                    que_faire="Vérifiez que c'est bien le claim.yaml de la créance ; une créance aussi "
                    "étendue se découpe en plusieurs dossiers.",
                )
            ]
        )
    try:
        texte = octets.decode("utf-8-sig")
    except UnicodeDecodeError as erreur:
        debut = octets[: erreur.start].decode("utf-8", errors="replace")
        ligne, colonne = debut.count("\n") + 1, len(debut) - (debut.rfind("\n") + 1) + 1
        raise InvalidClaim(
            [
                constat(
                    "YAML-07",
                    f"{nom} n'est pas un texte UTF-8 : l'octet 0x{octets[erreur.start]:02X} ne peut pas "
                    "être lu (fichier sans doute enregistré en Windows-1252 ou Latin-1)",
                    ou=Position(nom, ligne, colonne),
                    que_faire="Enregistrez le fichier en UTF-8 depuis votre éditeur "
                    "(« Enregistrer sous », encodage UTF-8).",
                )
            ]
        ) from None
    creance = lire(texte, nom, fichier)
    creance._source = octets
    return creance


def lire(texte: str, nom: str = "claim.yaml", fichier: Path | None = None) -> Creance:
    """Validate claim text; `nom` is the file name shown in messages."""
    try:
        document = lire_yaml(texte)
    except ErreurYaml as erreur:
        raise InvalidClaim(
            _plafonner(
                [
                    constat(
                        e.code,
                        e.message,
                        ou=Position(nom, e.ligne, e.colonne, chemin_lisible(e.chemin)),
                        que_faire=e.que_faire,
                    )
                    for e in erreur.toutes
                ],
                nom,
            )
        ) from None
    positions = {
        chemin: Position(nom, ligne, colonne, chemin_lisible(chemin))
        for chemin, (ligne, colonne) in document.positions.items()
    }
    try:
        creance = Creance.model_validate(document.valeur)
    except ValidationError as erreurs:
        erreurs_vues = erreurs.errors()[: limites.CONSTATS_MONTRES * 2]  # translated: a few per error
        constats = _ordonner(traduire_tout(erreurs_vues, document, positions, nom))
        raise InvalidClaim(_plafonner(constats, nom, erreurs.error_count())) from None
    creance._positions = positions
    creance._fichier = fichier.resolve() if fichier else None
    creance._source = texte.encode("utf-8")
    incoherences = verifier_coherence(creance)
    if incoherences:
        raise InvalidClaim(_plafonner(_ordonner(incoherences), nom, len(incoherences)))
    return creance


def _plafonner(constats: list[Constat], nom: str, en_tout: int | None = None) -> list[Constat]:
    """The first problems of a file, and how many more there are: thousands of findings help no one
    (and listing them cost minutes). `en_tout`: how many problems pydantic counted; None when the
    reading stopped early (the YAML reader stops after the first hundred)."""
    if max(en_tout or 0, len(constats)) <= limites.CONSTATS_MONTRES:
        return constats
    montres = constats[: limites.CONSTATS_MONTRES]
    combien = (
        f"{en_tout - len(montres)} autres problèmes"
        if en_tout is not None
        else "d'autres problèmes peut-être (la lecture s'est arrêtée aux cent premiers)"
    )
    return [
        *montres,
        constat(
            "YAML-10",
            f"… et {combien} dans {nom}, non détaillés",
            que_faire="Corrigez d'abord ceux-ci, puis relancez : le fichier a sans doute une erreur "
            "répétée (indentation, section mal placée).",
        ),
    ]


def _ordonner(constats: list[Constat]) -> list[Constat]:
    uniques = list(dict.fromkeys(constats))
    return sorted(uniques, key=lambda c: (c.ou.ligne, c.ou.colonne) if c.ou else (0, 0))
