"""Strict YAML: every scalar stays text, every node keeps its line and column.

PyYAML is used only through `compose` with a resolver that knows no implicit type, so `no`,
`0012`, `1.10` and `2026-03-31` all arrive as the text the user wrote (DESIGN.md, Dependencies).
Duplicate keys, anchors, aliases, explicit tags and merge keys are refused: each hides what a
reader of the file sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from dossier.model.types import PlainScalar

Chemin = tuple[str | int, ...]


@dataclass(frozen=True)
class ErreurYaml(Exception):
    code: str
    message: str
    ligne: int
    colonne: int
    chemin: Chemin = ()
    que_faire: str = ""


class _Composer(Reader, Scanner, Parser, Composer, BaseResolver):
    """PyYAML's composer without constructors nor implicit resolvers."""

    def __init__(self, texte: str) -> None:
        Reader.__init__(self, texte)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        BaseResolver.__init__(self)

    def compose_node(self, parent: Node | None, index: Any) -> Node:  # type: ignore[override]
        evenement = self.peek_event()
        marque = evenement.start_mark
        if isinstance(evenement, AliasEvent):
            raise ErreurYaml(
                "YAML-03", f"alias « *{evenement.anchor} » refusé", marque.line + 1, marque.column + 1,
                que_faire="Recopiez la valeur en entier à cet endroit : chaque valeur doit se lire là où elle sert.",
            )
        if isinstance(evenement, ScalarEvent | CollectionStartEvent):
            if evenement.anchor is not None:
                raise ErreurYaml(
                    "YAML-03", f"ancre « &{evenement.anchor} » refusée", marque.line + 1, marque.column + 1,
                    que_faire="Retirez l'ancre et recopiez la valeur là où elle sert.",
                )
            if evenement.tag not in (None, "!"):
                raise ErreurYaml(
                    "YAML-04", f"étiquette de type « {evenement.tag} » refusée", marque.line + 1,
                    marque.column + 1,
                    que_faire="Retirez l'étiquette : écrivez la valeur simplement, entre guillemets si besoin.",
                )
        return super().compose_node(parent, index)  # type: ignore[no-any-return]


def charger_yaml(texte: str) -> tuple[Any, dict[Chemin, tuple[int, int]]]:
    """Parse `texte` into plain values (dict, list, str, PlainScalar, bool, None) and positions.

    Positions map each path to (line, column), both from 1: the key's for a collection value
    (its content starts on the next lines), the value's own for a scalar.
    """
    composer = _Composer(texte)
    try:
        racine = composer.get_single_node()
    except ErreurYaml:
        raise
    except yaml.MarkedYAMLError as erreur:
        marque = erreur.problem_mark or erreur.context_mark
        ligne, colonne = (marque.line + 1, marque.column + 1) if marque else (1, 1)
        raise ErreurYaml(
            "YAML-01", f"syntaxe YAML invalide : {erreur.problem or erreur.context}", ligne, colonne,
            que_faire="Vérifiez l'indentation (espaces, pas de tabulation) et les deux-points à cet endroit.",
        ) from None
    if racine is None:
        raise ErreurYaml("YAML-06", "le fichier est vide", 1, 1,
                         que_faire="Partez du squelette écrit par « dossier init ».")
    positions: dict[Chemin, tuple[int, int]] = {(): (racine.start_mark.line + 1, racine.start_mark.column + 1)}
    valeur = _valeur(racine, (), positions)
    if not isinstance(valeur, dict):
        raise ErreurYaml("YAML-06", "le fichier doit être une suite de clés (« cle: valeur »)",
                         racine.start_mark.line + 1, racine.start_mark.column + 1,
                         que_faire="Partez du squelette écrit par « dossier init ».")
    return valeur, positions


def _valeur(noeud: Node, chemin: Chemin, positions: dict[Chemin, tuple[int, int]]) -> Any:
    if isinstance(noeud, ScalarNode):
        return _scalaire(noeud)
    if isinstance(noeud, SequenceNode):
        elements = []
        for index, enfant in enumerate(noeud.value):
            positions[(*chemin, index)] = (enfant.start_mark.line + 1, enfant.start_mark.column + 1)
            elements.append(_valeur(enfant, (*chemin, index), positions))
        return elements
    assert isinstance(noeud, MappingNode)
    resultat: dict[str, Any] = {}
    for cle_noeud, enfant in noeud.value:
        ligne, colonne = cle_noeud.start_mark.line + 1, cle_noeud.start_mark.column + 1
        if not isinstance(cle_noeud, ScalarNode):
            raise ErreurYaml("YAML-01", "une clé doit être un simple mot", ligne, colonne, chemin,
                             que_faire="Écrivez la clé comme un mot suivi de deux-points.")
        cle = str(cle_noeud.value)
        if cle == "<<" and cle_noeud.style is None:
            raise ErreurYaml("YAML-05", "clé de fusion « << » refusée", ligne, colonne, chemin,
                             que_faire="Recopiez les clés voulues directement dans cette section.")
        if cle in resultat:
            premiere = positions[(*chemin, cle)]
            raise ErreurYaml(
                "YAML-02", f"clé « {cle} » en double (déjà donnée ligne {premiere[0]})", ligne, colonne,
                (*chemin, cle),
                que_faire="Gardez une seule de ces deux lignes : la seconde effacerait la première en silence.",
            )
        if isinstance(enfant, ScalarNode):
            positions[(*chemin, cle)] = (enfant.start_mark.line + 1, enfant.start_mark.column + 1)
        else:
            positions[(*chemin, cle)] = (ligne, colonne)
        resultat[cle] = _valeur(enfant, (*chemin, cle), positions)
    return resultat


def _scalaire(noeud: ScalarNode) -> Any:
    texte = str(noeud.value)
    if noeud.style is not None:  # quoted or block scalar: the user's text, as written
        return texte
    # Only the unambiguous YAML 1.2 core words are typed; `yes`, `no`, `on`, `off` stay text.
    if texte in ("true", "false"):
        return texte == "true"
    if texte in ("null", "~", ""):
        return None
    return PlainScalar(texte)
