"""Strict YAML: every scalar stays text, every node keeps its line and column.

PyYAML is used only through `compose` with a resolver that knows no implicit type, so `no`,
`0012`, `1.10` and `2026-03-31` all arrive as the text the user wrote (docs/decisions.md « Strict
reading of claim.yaml »).
Duplicate keys, anchors, aliases, explicit tags and merge keys are refused: each hides what a
reader of the file sees. All such problems of a file are reported at once; a syntax error stops
the reading where it is, and is said in French, at the line the user has to fix.

The package's data files (`libyaml=True`) are parsed by libyaml, whose events go through the same
composer and checks (`tone/regles.yaml`: 8 ms instead of 64). libyaml only ever accepts: a file it
cannot parse, or with anything to refuse, is read again by the Python parser, whose refusal is
reported (`tests/unit/test_yaml_libyaml.py`). claim.yaml keeps the Python parser alone.

The composer that builds the node tree and refuses aliases, anchors, tags and deep nests, and
`ErreurYaml`, the refusal of every stage, are `yaml_composition.py`'s; this module turns the
tree into plain values with their positions (refusing duplicate and merge keys) and says why a
file cannot be read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import Reader, ReaderError

from dossier.model import yaml_composition
from dossier.model.yaml_composition import LIBYAML, Chemin, Composeur, ErreurYaml, ensemble, lisible
from dossier.model.yaml_syntaxe import caractere_interdit, chemin_probable, traduire


class PlainScalar(str):
    """A YAML scalar written without quotes (its text is kept, never converted implicitly)."""

    __slots__ = ()


_SQUELETTE = "Partez du squelette écrit par « dossier init »."


def chemin_lisible(chemin: Chemin) -> str:
    """('factures', 0, 'echeance') -> 'factures[0].echeance'."""
    texte = ""
    for pas in chemin:
        texte += f"[{pas}]" if isinstance(pas, int) else (f".{pas}" if texte else str(pas))
    return texte


@dataclass(frozen=True)
class DocumentYaml:
    """A parsed claim file: its plain values and where each one was written.

    `positions` maps each path to (line, column), both from 1: the key's for a collection value
    (its content starts on the next lines), the value's own for a scalar, the item's for a list
    item. `cles` maps each mapping entry's path to the position of its key.
    """

    valeur: dict[str, Any]
    positions: dict[Chemin, tuple[int, int]] = field(default_factory=dict)
    cles: dict[Chemin, tuple[int, int]] = field(default_factory=dict)


def _par_libyaml(texte: str) -> DocumentYaml | None:
    """`texte` read through libyaml when it holds nothing to refuse; else None (the Python
    parser then reads it and says what is wrong, exactly as it always has)."""
    if not LIBYAML or Reader.NON_PRINTABLE.search(texte):
        return None
    try:
        composer = yaml_composition.ComposeurC(texte)
        racine = composer.get_single_node()
    except (yaml.YAMLError, ErreurYaml, RecursionError, ValueError, UnicodeError):
        return None
    if racine is None or composer.problemes:
        return None
    positions: dict[Chemin, tuple[int, int]] = {(): lisible(racine.start_mark)}
    cles: dict[Chemin, tuple[int, int]] = {}
    problemes: list[ErreurYaml] = []
    valeur = _valeur(racine, (), positions, cles, problemes)
    if problemes or not isinstance(valeur, dict):
        return None
    return DocumentYaml(valeur, positions, cles)


def lire_yaml(texte: str, *, libyaml: bool = False) -> DocumentYaml:
    """Parse `texte` into plain values (dict, list, str, PlainScalar, bool, None) and positions.

    Raises `ErreurYaml` (with every problem found in `autres`) when the file cannot be trusted.
    `libyaml`: try libyaml first (the package's data files); the refusal is always the Python
    parser's.
    """
    if libyaml and (document := _par_libyaml(texte)) is not None:
        return document
    try:
        composer = Composeur(texte)
    except ReaderError as erreur:
        probleme = caractere_interdit(texte, erreur)
        raise ErreurYaml(
            "YAML-07",
            probleme.message,
            probleme.ligne,
            probleme.colonne,
            chemin_probable(texte, probleme.ligne),
            probleme.que_faire,
        ) from None
    try:
        racine = composer.get_single_node()
    except yaml.MarkedYAMLError as erreur:
        syntaxe = traduire(texte, erreur)
        composer.problemes.append(
            ErreurYaml(
                "YAML-01",
                syntaxe.message,
                syntaxe.ligne,
                syntaxe.colonne,
                chemin_probable(texte, syntaxe.ligne),
                syntaxe.que_faire,
            )
        )
        raise ensemble(composer.problemes) from None
    if racine is None:
        raise ErreurYaml(
            "YAML-06",
            "le fichier est vide (aucune clé, seulement des commentaires ou des espaces)",
            1,
            1,
            que_faire=_SQUELETTE,
        )
    positions: dict[Chemin, tuple[int, int]] = {(): lisible(racine.start_mark)}
    cles: dict[Chemin, tuple[int, int]] = {}
    problemes = composer.problemes
    valeur = _valeur(racine, (), positions, cles, problemes)
    if problemes:
        raise ensemble(problemes)
    if not isinstance(valeur, dict):
        forme = "une liste (« - … »)" if isinstance(valeur, list) else "une valeur seule"
        raise ErreurYaml(
            "YAML-06",
            f"le fichier contient {forme} au lieu d'une suite de clés (« version: 1 », "
            "« reference: … », « creancier: »…)",
            *lisible(racine.start_mark),
            que_faire=_SQUELETTE,
        )
    return DocumentYaml(valeur, positions, cles)


def charger_yaml(texte: str, *, libyaml: bool = False) -> tuple[Any, dict[Chemin, tuple[int, int]]]:
    """`lire_yaml` for callers that need only the values and their positions."""
    document = lire_yaml(texte, libyaml=libyaml)
    return document.valeur, document.positions


def _valeur(
    noeud: Node,
    chemin: Chemin,
    positions: dict[Chemin, tuple[int, int]],
    cles: dict[Chemin, tuple[int, int]],
    problemes: list[ErreurYaml],
) -> Any:
    if isinstance(noeud, ScalarNode):
        return _scalaire(noeud)
    if isinstance(noeud, SequenceNode):
        elements = []
        for index, enfant in enumerate(noeud.value):
            positions[(*chemin, index)] = lisible(enfant.start_mark)
            elements.append(_valeur(enfant, (*chemin, index), positions, cles, problemes))
        return elements
    assert isinstance(noeud, MappingNode)
    resultat: dict[str, Any] = {}
    for cle_noeud, enfant in noeud.value:
        ligne, colonne = lisible(cle_noeud.start_mark)
        if not isinstance(cle_noeud, ScalarNode):
            problemes.append(
                ErreurYaml(
                    "YAML-01",
                    "une clé doit être un simple mot, pas une liste ni une section",
                    ligne,
                    colonne,
                    chemin,
                    que_faire="Écrivez la clé comme un mot suivi de deux-points : « nom: valeur ».",
                )
            )
            continue
        cle = str(cle_noeud.value)
        if cle == "<<" and cle_noeud.style is None:
            problemes.append(
                ErreurYaml(
                    "YAML-05",
                    "clé de fusion « << » refusée : elle recopie en silence une autre section",
                    ligne,
                    colonne,
                    chemin,
                    que_faire="Écrivez directement dans cette section chacune des clés voulues.",
                )
            )
            continue
        if cle in resultat:
            premiere, colonne_premiere = cles[(*chemin, cle)]
            deja = (
                f"ligne {premiere}"
                if premiere != ligne
                else f"plus tôt sur cette ligne, colonne {colonne_premiere}"
            )
            problemes.append(
                ErreurYaml(
                    "YAML-02",
                    f"clé « {cle} » en double (déjà donnée {deja}) : la seconde effacerait la "
                    "première en silence",
                    ligne,
                    colonne,
                    (*chemin, cle),
                    que_faire="Gardez une seule des deux et retirez l'autre.",
                )
            )
            continue
        cles[(*chemin, cle)] = (ligne, colonne)
        positions[(*chemin, cle)] = (
            lisible(enfant.start_mark) if isinstance(enfant, ScalarNode) else (ligne, colonne)
        )
        resultat[cle] = _valeur(enfant, (*chemin, cle), positions, cles, problemes)
    return resultat


def _scalaire(noeud: ScalarNode) -> Any:
    texte = str(noeud.value)  # a lone surrogate (written « \\ud800 ») was refused while composing
    if noeud.style is not None:  # quoted or block scalar: the user's text, as written
        return texte
    # Only the unambiguous YAML 1.2 core words are typed; `yes`, `no`, `on`, `off` stay text.
    if texte in ("true", "false"):
        return texte == "true"
    if texte in ("null", "~", ""):
        return None
    return PlainScalar(texte)
