"""Content blocks of a letter and the tiny markup they are written in (« un texte, deux formats »).

Each letter's content is ONE Jinja source, `templates/letters/<nom>.txt.j2`, rendered to the markup
below and parsed here into frozen blocks; `lettre.html` (PDF) and `lettre.docx` (DOCX) both loop over
the same blocks, so the two formats cannot say different things.

Markup
    Blocks are separated by one or more blank lines. Each line is stripped; spaces inside a line are
    collapsed to one (no-break spaces are kept). The first line of a block decides its kind:

    ``## Texte``            heading (one line only, no bold inside)
    ``- texte``             bulleted list: every line of the block is one item
    ``> texte``             quotation (verbatim legal text): consecutive lines are joined into one
                            paragraph; a line with ``>`` alone starts a new paragraph of the quote
    ``| a | b |``           table: header row, then ``|---|---:|`` (``---:`` right-aligns the
                            column, for amounts; ``:---:`` is refused), then at least one row;
                            every row has as many cells as the header
    anything else           paragraph: its lines are joined with single spaces

    Inline, ``**texte**`` is bold (paragraphs, list items, quotations, table cells). A backslash
    makes the next markup character literal: ``\\*``, ``\\|``, ``\\\\``, and ``\\#``, ``\\-``, ``\\>``
    at the start of a line (``\\- 5 %`` is a paragraph, not a list).
    A paragraph line that starts like another kind of block (``- ``, ``>``, ``|``, ``#``) is refused:
    a blank line is missing. So are ragged tables, unclosed or empty bold, and empty items.

Values printed with ``{{ … }}`` in a ``.txt.j2`` source are escaped by the environment with
`echapper()`: their markup characters become literal and their line breaks become spaces, so a name
or a free message from claim.yaml can never open a block or turn text bold.

Public API
    Segment(texte, gras)                        a run of inline text
    Titre(texte) | Paragraphe(segments) | Liste(elements) | Citation(paragraphes) | Tableau(entete, lignes)
        each has `genre` ("titre", "paragraphe", "liste", "citation", "tableau") for the templates,
        and `textes` (its visible strings in reading order, for read-back checks)
    Cellule(segments, droite)                   a table cell; `droite` for right-aligned columns
    Bloc                                        the union of the five block types
    analyser(texte: str, source: str = "") -> tuple[Bloc, ...]
    echapper(valeur: str) -> str

>>> [b.genre for b in analyser("## Objet\\n\\nMerci de **régler**\\nvite.\\n\\n- un\\n- deux")]
['titre', 'paragraphe', 'liste']
>>> [(s.texte, s.gras) for s in analyser("Merci de **régler**\\nvite.")[0].segments]
[('Merci de ', False), ('régler', True), (' vite.', False)]
>>> analyser(echapper("- 3 ** 2 | x\\n\\n## y"))[0].textes
('- 3 ** 2 | x ## y',)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import ClassVar

from dossier.errors import RenderFailure
from dossier.findings import constat
from dossier.francais import typographie


@dataclass(frozen=True)
class Segment:
    texte: str
    gras: bool = False


Ligne = tuple[Segment, ...]


def texte_de(ligne: Ligne) -> str:
    return "".join(s.texte for s in ligne)


@dataclass(frozen=True)
class Titre:
    texte: str
    genre: ClassVar[str] = "titre"

    @property
    def textes(self) -> tuple[str, ...]:
        return (self.texte,)


@dataclass(frozen=True)
class Paragraphe:
    segments: Ligne
    genre: ClassVar[str] = "paragraphe"

    @property
    def textes(self) -> tuple[str, ...]:
        return (texte_de(self.segments),)


@dataclass(frozen=True)
class Liste:
    elements: tuple[Ligne, ...]
    genre: ClassVar[str] = "liste"

    @property
    def textes(self) -> tuple[str, ...]:
        return tuple(texte_de(e) for e in self.elements)


@dataclass(frozen=True)
class Citation:
    paragraphes: tuple[Ligne, ...]
    genre: ClassVar[str] = "citation"

    @property
    def textes(self) -> tuple[str, ...]:
        return tuple(texte_de(p) for p in self.paragraphes)


@dataclass(frozen=True)
class Cellule:
    segments: Ligne
    droite: bool = False
    etendue: int = 1  # columns it spans, as laid out (`Tableau.rangs`)

    @property
    def texte(self) -> str:
        return texte_de(self.segments)


@dataclass(frozen=True)
class Tableau:
    entete: tuple[Cellule, ...]
    lignes: tuple[tuple[Cellule, ...], ...]
    genre: ClassVar[str] = "tableau"

    @property
    def textes(self) -> tuple[str, ...]:
        return tuple(" ".join(c.texte for c in rang) for rang in (self.entete, *self.lignes))

    @property
    def rangs(self) -> tuple[tuple[Cellule, ...], ...]:
        """The rows as the layouts draw them. A summary row — a label, empty cells, an amount
        (« Pénalités de retard (C. com. L441-10) », « Total dû ») — spans its label over every
        column but the last, instead of squeezing it into the first column on three lines.

        >>> t = analyser("| a | b | c |\\n|---|---|---:|\\n| x | y | 1 |\\n| **Total** | | **3** |")[0]
        >>> [[(c.texte, c.etendue) for c in rang] for rang in t.rangs]
        [[('x', 1), ('y', 1), ('1', 1)], [('Total', 2), ('3', 1)]]
        """
        rangs = []
        for rang in self.lignes:
            premiere, *milieu, derniere = rang
            if milieu and premiere.texte and derniere.texte and not any(c.texte for c in milieu):
                rang = (replace(premiere, etendue=1 + len(milieu)), derniere)
            rangs.append(rang)
        return tuple(rangs)


Bloc = Titre | Paragraphe | Liste | Citation | Tableau

ECHAPPABLES = frozenset("\\*|#->")
_SAUTS = re.compile(r"[ \t]*[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+[ \t]*")
_ESPACES = re.compile(r"[ \t]+")
_SEPARATEUR = re.compile(r"^(:?)-+(:?)$")


class _Lieu:
    """Where a block starts, for error messages: the template and the line of the produced text."""

    def __init__(self, source: str, numero: int, ligne: int) -> None:
        self.source, self.numero, self.ligne = source, numero, ligne

    def erreur(self, pourquoi: str, extrait: str) -> RenderFailure:
        ou = f"{self.source}, " if self.source else ""
        return RenderFailure(
            [
                constat(
                    "RENDU-01",
                    f"{ou}bloc n° {self.numero} (ligne {self.ligne} du texte produit) : {pourquoi} "
                    f"— « {extrait} »",
                )
            ]
        )


def echapper(valeur: str) -> str:
    """Make a value safe to print inside the markup: literal characters, one line.

    >>> echapper("# a*b|c\\\\d\\n\\n- e")
    '\\\\# a\\\\*b\\\\|c\\\\\\\\d - e'
    """
    texte = _SAUTS.sub(" ", valeur)
    texte = re.sub(r"([\\*|])", r"\\\1", texte)
    debut = re.match(r"\s*[#>-]", texte)
    if debut:
        texte = texte[: debut.end() - 1] + "\\" + texte[debut.end() - 1 :]
    return texte


# What a line of markup is made of, in reading order: an escaped character (« \* »), a bold mark
# (« ** »), a run of characters that are neither (read as written), or one such character alone
# (a « \ » that escapes nothing, a lone « * »): one match a piece instead of a Python step a
# character (tests/unit/test_render_blocks.py compares with that walk).
_PIECES = re.compile(r"\\([\\*|#\->])|(\*\*)|[^\\*]+|.", flags=re.DOTALL)


def _segments(texte: str, lieu: _Lieu) -> Ligne:
    segments: list[Segment] = []
    courant: list[str] = []
    gras = False
    for piece in _PIECES.finditer(texte):
        echappe, marque = piece.group(1, 2)
        if marque is None:
            courant.append(piece.group() if echappe is None else echappe)
            continue
        if gras and not courant:
            raise lieu.erreur("gras vide (« **** »)", texte)
        if courant:
            segments.append(Segment("".join(courant), gras))
            courant = []
        gras = not gras
    if gras:
        raise lieu.erreur("gras ouvert par « ** » et jamais refermé", texte)
    if courant:
        segments.append(Segment("".join(courant), gras))
    # French punctuation's no-break spaces, for every document's text in one place (francais.py)
    return tuple(replace(s, texte=typographie(s.texte)) for s in segments)


def _genre(ligne: str) -> str:
    if ligne.startswith("\\"):
        return "paragraphe"
    if ligne.startswith("#"):
        return "titre"
    if ligne == "-" or ligne.startswith("- "):
        return "liste"
    if ligne.startswith(">"):
        return "citation"
    if ligne.startswith("|"):
        return "tableau"
    return "paragraphe"


def _titre(lignes: list[str], lieu: _Lieu) -> Titre:
    if len(lignes) > 1:
        raise lieu.erreur("un titre tient sur une ligne ; ajoutez une ligne vide après lui", lignes[1])
    if not lignes[0].startswith("## "):
        raise lieu.erreur("seuls les titres « ## texte » existent (écrivez « \\# » pour un « # »)", lignes[0])
    segments = _segments(lignes[0][3:].strip(), lieu)
    if not segments or any(s.gras for s in segments):
        raise lieu.erreur("un titre a un texte, sans gras", lignes[0])
    return Titre(texte_de(segments))


def _liste(lignes: list[str], lieu: _Lieu) -> Liste:
    elements = []
    for ligne in lignes:
        if _genre(ligne) != "liste":
            raise lieu.erreur("chaque ligne d'une liste commence par « - » ; ligne vide manquante ?", ligne)
        segments = _segments(ligne[1:].strip(), lieu)
        if not segments:
            raise lieu.erreur("élément de liste vide", ligne)
        elements.append(segments)
    return Liste(tuple(elements))


def _citation(lignes: list[str], lieu: _Lieu) -> Citation:
    paragraphes: list[list[str]] = [[]]
    for ligne in lignes:
        if _genre(ligne) != "citation":
            raise lieu.erreur(
                "chaque ligne d'une citation commence par « > » ; ligne vide manquante ?", ligne
            )
        contenu = ligne[1:].strip()
        if contenu:
            paragraphes[-1].append(contenu)
        elif paragraphes[-1]:
            paragraphes.append([])
    segments = tuple(_segments(" ".join(p), lieu) for p in paragraphes if p)
    if not segments:
        raise lieu.erreur("citation vide", lignes[0])
    return Citation(segments)


def _cellules(ligne: str, lieu: _Lieu) -> list[str]:
    morceaux: list[str] = []
    courant: list[str] = []
    i = 0
    while i < len(ligne):
        if ligne[i] == "\\" and i + 1 < len(ligne):
            courant.append(ligne[i : i + 2])  # kept escaped for the inline parser
            i += 2
        elif ligne[i] == "|":
            morceaux.append("".join(courant))
            courant = []
            i += 1
        else:
            courant.append(ligne[i])
            i += 1
    morceaux.append("".join(courant))
    if len(morceaux) < 3 or morceaux[0] or morceaux[-1].strip():
        raise lieu.erreur("une ligne de tableau commence et finit par « | »", ligne)
    return [m.strip() for m in morceaux[1:-1]]


def _tableau(lignes: list[str], lieu: _Lieu) -> Tableau:
    for ligne in lignes:
        if _genre(ligne) != "tableau":
            raise lieu.erreur("chaque ligne d'un tableau commence par « | » ; ligne vide manquante ?", ligne)
    if len(lignes) < 3:
        raise lieu.erreur(
            "un tableau a une ligne d'en-tête, une ligne « |---| » et au moins une ligne", lignes[0]
        )
    entete = _cellules(lignes[0], lieu)
    alignements = []
    for marque in _cellules(lignes[1], lieu):
        forme = _SEPARATEUR.match(marque)
        if not forme:
            raise lieu.erreur("la deuxième ligne d'un tableau s'écrit « |---|---:| »", lignes[1])
        gauche, droite = forme.groups()
        if gauche and droite:
            raise lieu.erreur("colonne centrée « :---: » non prévue (« ---: » aligne à droite)", lignes[1])
        alignements.append(bool(droite))
    if len(alignements) != len(entete):
        raise lieu.erreur(f"{len(alignements)} alignements pour {len(entete)} colonnes", lignes[1])
    rangs = []
    for numero, ligne in enumerate(lignes[2:], start=1):
        textes = _cellules(ligne, lieu)
        if len(textes) != len(entete):
            raise lieu.erreur(
                f"la ligne {numero} du tableau a {len(textes)} cellules au lieu de {len(entete)}", ligne
            )
        rangs.append(tuple(Cellule(_segments(t, lieu), d) for t, d in zip(textes, alignements, strict=True)))
    tete = tuple(Cellule(_segments(t, lieu), d) for t, d in zip(entete, alignements, strict=True))
    return Tableau(tete, tuple(rangs))


def _paragraphe(lignes: list[str], lieu: _Lieu) -> Paragraphe:
    for ligne in lignes[1:]:
        if _genre(ligne) != "paragraphe":
            raise lieu.erreur(
                "une ligne de paragraphe commence comme un autre bloc ; ligne vide manquante ?", ligne
            )
    return Paragraphe(_segments(" ".join(lignes), lieu))


_LECTEURS: dict[str, Callable[[list[str], _Lieu], Bloc]] = {
    "titre": _titre,
    "liste": _liste,
    "citation": _citation,
    "tableau": _tableau,
    "paragraphe": _paragraphe,
}


def analyser(texte: str, source: str = "") -> tuple[Bloc, ...]:
    """Parse produced markup into blocks; `source` (the template's name) goes into error messages."""
    groupes: list[tuple[int, list[str]]] = []
    courant: list[str] = []
    for numero, brute in enumerate(texte.replace("\r\n", "\n").split("\n"), start=1):
        ligne = _ESPACES.sub(" ", brute).strip()
        if ligne:
            if not courant:
                groupes.append((numero, courant))
            courant.append(ligne)
        elif courant:
            courant = []
    if not groupes:
        raise _Lieu(source, 0, 0).erreur("le texte ne contient aucun bloc", texte[:60])
    blocs: list[Bloc] = []
    for rang, (ligne_debut, lignes) in enumerate(groupes, start=1):
        lieu = _Lieu(source, rang, ligne_debut)
        blocs.append(_LECTEURS[_genre(lignes[0])](lignes, lieu))
    return tuple(blocs)
