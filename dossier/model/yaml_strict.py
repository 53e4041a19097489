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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, cast

import yaml
from yaml.composer import Composer
from yaml.error import Mark
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader, ReaderError
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml: the Python parser reads everything
    CParser = None  # type: ignore[assignment, misc]

from dossier.model import limites
from dossier.model.yaml_syntaxe import caractere_interdit, chemin_probable, traduire

Chemin = tuple[str | int, ...]


class PlainScalar(str):
    """A YAML scalar written without quotes (its text is kept, never converted implicitly)."""

    __slots__ = ()


_DEMI_CARACTERE = re.compile("[\ud800-\udfff]")

_SQUELETTE = "Partez du squelette écrit par « dossier init »."


def chemin_lisible(chemin: Chemin) -> str:
    """('factures', 0, 'echeance') -> 'factures[0].echeance'."""
    texte = ""
    for pas in chemin:
        texte += f"[{pas}]" if isinstance(pas, int) else (f".{pas}" if texte else str(pas))
    return texte


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


def _lisible(marque: Mark) -> tuple[int, int]:
    return marque.line + 1, marque.column + 1


def _etiquette(tag: str) -> str:
    """Show a tag as the user wrote it: `tag:yaml.org,2002:float` was written `!!float`."""
    return "!!" + tag.removeprefix("tag:yaml.org,2002:") if tag.startswith("tag:yaml.org,2002:") else tag


class _Strict(Composer):
    """PyYAML's composer without constructors nor implicit resolvers; it notes refused features.

    A stack of paths follows the composition so each problem names its YAML path. The events come
    from the pure-Python parser (`_Composer`) or from libyaml (`_ComposerC`).
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
        ligne, colonne = _lisible(evenement.start_mark)
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
            raise _ensemble(self.problemes)  # enough to fix before running again (the rest is unread)

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


class _Composer(Reader, Scanner, Parser, _Strict, BaseResolver):
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

    class _ComposerC(_Strict, CParser, BaseResolver):
        """The strict composer over libyaml's events (`CParser`: scanning and parsing in C)."""

        def __init__(self, texte: str) -> None:
            CParser.__init__(self, texte)
            Composer.__init__(self)
            BaseResolver.__init__(self)
            self.problemes = []
            self._pile = []


def _par_libyaml(texte: str) -> DocumentYaml | None:
    """`texte` read through libyaml when it holds nothing to refuse; else None (the Python
    parser then reads it and says what is wrong, exactly as it always has)."""
    if CParser is None or Reader.NON_PRINTABLE.search(texte):
        return None
    try:
        composer = _ComposerC(texte)
        racine = composer.get_single_node()
    except (yaml.YAMLError, ErreurYaml, RecursionError, ValueError, UnicodeError):
        return None
    if racine is None or composer.problemes:
        return None
    positions: dict[Chemin, tuple[int, int]] = {(): _lisible(racine.start_mark)}
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
        composer = _Composer(texte)
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
        raise _ensemble(composer.problemes) from None
    if racine is None:
        raise ErreurYaml(
            "YAML-06",
            "le fichier est vide (aucune clé, seulement des commentaires ou des espaces)",
            1,
            1,
            que_faire=_SQUELETTE,
        )
    positions: dict[Chemin, tuple[int, int]] = {(): _lisible(racine.start_mark)}
    cles: dict[Chemin, tuple[int, int]] = {}
    problemes = composer.problemes
    valeur = _valeur(racine, (), positions, cles, problemes)
    if problemes:
        raise _ensemble(problemes)
    if not isinstance(valeur, dict):
        forme = "une liste (« - … »)" if isinstance(valeur, list) else "une valeur seule"
        raise ErreurYaml(
            "YAML-06",
            f"le fichier contient {forme} au lieu d'une suite de clés (« version: 1 », "
            "« reference: … », « creancier: »…)",
            *_lisible(racine.start_mark),
            que_faire=_SQUELETTE,
        )
    return DocumentYaml(valeur, positions, cles)


def charger_yaml(texte: str, *, libyaml: bool = False) -> tuple[Any, dict[Chemin, tuple[int, int]]]:
    """`lire_yaml` for callers that need only the values and their positions."""
    document = lire_yaml(texte, libyaml=libyaml)
    return document.valeur, document.positions


def _ensemble(problemes: list[ErreurYaml]) -> ErreurYaml:
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
            positions[(*chemin, index)] = _lisible(enfant.start_mark)
            elements.append(_valeur(enfant, (*chemin, index), positions, cles, problemes))
        return elements
    assert isinstance(noeud, MappingNode)
    resultat: dict[str, Any] = {}
    for cle_noeud, enfant in noeud.value:
        ligne, colonne = _lisible(cle_noeud.start_mark)
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
            _lisible(enfant.start_mark) if isinstance(enfant, ScalarNode) else (ligne, colonne)
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
