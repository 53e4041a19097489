"""PyYAML's composer made strict, and `ErreurYaml`, the refusal every stage of the strict reading raises.

The composer builds the node tree without constructors nor implicit resolvers, so `no`, `0012` or
`2026-03-31` stay the text the user wrote. While it composes it notes, at its line, column and
YAML path, what hides the meaning of a file from its reader: an alias or an anchor (YAML-03), an
explicit tag (YAML-04), a lone surrogate (YAML-07); it refuses a nest deeper than
`limites.PROFONDEUR` (YAML-09) before the recursion exhausts the stack. Its events come from
PyYAML's pure-Python parser (`Composeur`) or from libyaml (`ComposeurC`, defined when `CParser`
is, i.e. PyYAML was built with libyaml). `yaml_strict.py` reads a file through it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, cast

from yaml.composer import Composer
from yaml.error import Mark
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import Node, ScalarNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: the Python parser reads everything
    CParser = None  # type: ignore[assignment, misc]

from dossier.model import limites

LIBYAML = CParser is not None  # PyYAML was built with libyaml: `ComposeurC` exists
Chemin = tuple[str | int, ...]

_DEMI_CARACTERE = re.compile("[\ud800-\udfff]")


# Not frozen: Python assigns `__traceback__` on an exception it re-raises (contextlib's `__exit__`
# does), which a frozen dataclass refuses, turning the French refusal into a FrozenInstanceError.
# eq=False keeps the identity hash every exception has.
@dataclass(eq=False)
class ErreurYaml(Exception):
    """The first problem of a file; `autres` holds the next ones, in the file's order."""

    code: str
    message: str
    ligne: int
    colonne: int
    chemin: Chemin = ()
    que_faire: str = ""
    autres: tuple[ErreurYaml, ...] = ()

    @property
    def toutes(self) -> tuple[ErreurYaml, ...]:
        return (self, *self.autres)


def ensemble(problemes: list[ErreurYaml]) -> ErreurYaml:
    """Every problem of a file as one refusal: the first in the file's order, the others in `autres`."""
    ordre = sorted(problemes, key=lambda p: (p.ligne, p.colonne))
    premier = ordre[0]
    return ErreurYaml(
        premier.code,
        premier.message,
        premier.ligne,
        premier.colonne,
        premier.chemin,
        premier.que_faire,
        tuple(ordre[1:]),
    )


def lisible(marque: Mark) -> tuple[int, int]:
    """Where PyYAML's `marque` sits, as the user counts: (line, column), both from 1."""
    return marque.line + 1, marque.column + 1


def _etiquette(tag: str) -> str:
    """Show a tag as the user wrote it: `tag:yaml.org,2002:float` was written `!!float`."""
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


class _Strict(Composer):
    """PyYAML's composer without constructors nor implicit resolvers; it notes refused features.

    A stack of paths follows the composition so each problem names its YAML path. The events come
    from the pure-Python parser (`Composeur`) or from libyaml (`ComposeurC`).
    """

    problemes: list[ErreurYaml]
    _pile: list[Chemin]

    def _chemin(self, parent: Node | None, index: Any) -> Chemin:
        if parent is None or not self._pile:
            return ()
        base = self._pile[-1]
        if isinstance(index, int):
            return (*base, index)
        if isinstance(index, ScalarNode):
            return (*base, str(index.value))
        return base

    def compose_node(self, parent: Node | None, index: Any) -> Node:
        evenements: Any = self  # the parser's methods: PyYAML's in Python, or libyaml's
        evenement = evenements.peek_event()
        ligne, colonne = lisible(evenement.start_mark)
        chemin = self._chemin(parent, index)
        if len(self._pile) > limites.PROFONDEUR:
            # composing is recursive: refuse before a 3,000-level nest exhausts the stack
            raise ErreurYaml(
                "YAML-09",
                f"valeurs imbriquées sur plus de {limites.PROFONDEUR} niveaux : aucun dossier n'en a besoin",
                ligne,
                colonne,
                chemin[: limites.PROFONDEUR],
                "Vérifiez les crochets « [ » et les accolades « { » de cette ligne, ou l'indentation "
                "au-dessus : la structure d'un claim.yaml n'a que quelques niveaux.",
            )
        if len(self.problemes) > limites.CONSTATS_MONTRES:
            raise ensemble(self.problemes)  # enough to fix before running again (the rest is unread)

        def noter(code: str, message: str, que_faire: str) -> None:
            self.problemes.append(ErreurYaml(code, message, ligne, colonne, chemin, que_faire))

        if isinstance(evenement, AliasEvent):
            evenements.get_event()
            noter(
                "YAML-03",
                f"alias « *{evenement.anchor} » refusé : il recopie en silence une valeur écrite ailleurs",
                "Remplacez l'alias par la valeur elle-même, écrite en entier à cet endroit.",
            )
            marque = cast(Mark, evenement.start_mark)
            return ScalarNode("tag:yaml.org,2002:str", "", marque, marque, style='"')
        if isinstance(evenement, ScalarEvent | CollectionStartEvent):
            if evenement.anchor is not None:
                noter(
                    "YAML-03",
                    f"ancre « &{evenement.anchor} » refusée : chaque valeur doit se lire là où elle sert",
                    f"Retirez « &{evenement.anchor} » ; recopiez la valeur là où elle resservirait.",
                )
                evenement.anchor = None  # keep composing to report the file's other problems
            if evenement.tag is not None:
                etiquette = _etiquette(evenement.tag)
                noter(
                    "YAML-04",
                    f"étiquette de type « {etiquette} » refusée : dossier lit chaque valeur comme du texte "
                    "et l'interprète lui-même",
                    f"Retirez « {etiquette} » et écrivez la valeur seule, entre guillemets s'il s'agit "
                    'd\'un montant ou d\'une date ("2480.00", "2026-03-31").',
                )
        if isinstance(evenement, ScalarEvent) and evenement.style == "":
            evenement.style = None  # libyaml says « plain » with an empty style, PyYAML with None
        if isinstance(evenement, ScalarEvent) and _DEMI_CARACTERE.search(evenement.value):
            # « \ud800 » in double quotes makes a text no encoder writes: every message or file
            # that would repeat it would fail; refused here, for every scalar, key or value
            noter(
                "YAML-07",
                "demi-caractère Unicode isolé (écrit « \\ud800 » à « \\udfff ») : ce n'est pas un caractère",
                "Retirez cette séquence d'échappement, ou écrivez le caractère voulu tel quel.",
            )
            evenement.value = _DEMI_CARACTERE.sub("\ufffd", evenement.value)
        self._pile.append(chemin)
        try:
            noeud = super().compose_node(parent, index)
            assert noeud is not None  # only an empty stream composes to nothing
            return noeud
        finally:
            self._pile.pop()


class Composeur(Reader, Scanner, Parser, _Strict, BaseResolver):
    """The strict composer over PyYAML's pure-Python reader, scanner and parser."""

    def __init__(self, texte: str) -> None:
        Reader.__init__(self, texte)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        BaseResolver.__init__(self)
        self.problemes = []
        self._pile = []


if CParser is not None:

    class ComposeurC(_Strict, CParser, BaseResolver):
        """The strict composer over libyaml's events (`CParser`: scanning and parsing in C)."""

        def __init__(self, texte: str) -> None:
            CParser.__init__(self, texte)
            Composer.__init__(self)
            BaseResolver.__init__(self)
            self.problemes = []
            self._pile = []
