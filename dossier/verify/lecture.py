"""The documents of a pack as the checks read them: the text extracted from the written files
(once per file, shared with the tone read-back: `render.readback.Lectures`), normalised, with the
page of every place in it, and the French figures and dates it prints read back into values.

Public API
    Document(nom, pages)                 `texte` (all pages, normalised, joined by a space),
                                         `page(position)` → the page number of a place in `texte`
    documents(lectures, fichiers, noms)  the named PDFs of a pack as Documents
    MONTANT, JOUR_LONG, JOUR_COURT       patterns: « 2 480,00 », « 1er mars 2026 », « 01/03/2026 »
    montant(texte) -> Decimal            « 2 480,00 » → Decimal("2480.00")
    jour_long(texte) -> date             « 1er mars 2026 » → date(2026, 3, 1)
    jour_court(texte) -> date            « 01/03/2026 » → date(2026, 3, 1)
    ecrit(valeur: Decimal) -> str        « 2 480,00 € » as `normaliser` leaves what `euros` prints

>>> montant("2 480,00"), jour_long("1er mars 2026"), jour_court("05/01/2026")
(Decimal('2480.00'), datetime.date(2026, 3, 1), datetime.date(2026, 1, 5))
>>> d = Document("a.pdf", ("Total 2 480,00 €", "page 2"))
>>> d.texte, d.page(d.texte.index("page"))
('Total 2 480,00 € page 2', 2)
>>> Document("b.pdf", ("Réf. X Un Deux Pied page 1/2", "Réf. X Trois Pied page 2/2")).corps
'Un Deux Trois'

"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import cached_property

from dossier.francais import euros
from dossier.render.readback import Lectures, normaliser

MOIS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip
# An amount starts a word: the digits that end an invoice number (« FO-2025-11-88231 148,50 € ») are
# not its thousands, whatever the space between them.
MONTANT = r"(?<![\w-])-?\d{1,3}(?: \d{3})*,\d{2}"
JOUR_LONG = rf"(?:1er|[1-9]|[12]\d|3[01]) (?:{'|'.join(MOIS)}) \d{{4}}"
JOUR_COURT = r"\d\d/\d\d/\d{4}"


@dataclass(frozen=True)
class Document:
    nom: str
    pages: tuple[str, ...]  # the text of each page, normalised (`readback.normaliser`)

    @cached_property
    def texte(self) -> str:
        return " ".join(self.pages)

    @cached_property
    def _debuts(self) -> list[int]:
        debuts, debut = [], 0
        for page in self.pages:
            debuts.append(debut)
            debut += len(page) + 1
        return debuts

    def page(self, position: int) -> int:
        """The page (from 1) on which the character at `position` of `texte` is printed."""
        return max(1, bisect.bisect_right(self._debuts, position))

    @cached_property
    def corps(self) -> str:
        """`texte` without what runs on every page (a running header, the footer and its « page
        i/N »): a list or a table cut by a page break reads on. Positions are not `texte`'s."""
        pages = [_SANS_NUMERO.sub("", page) for page in self.pages]
        if len(pages) > 1:
            debut = _commun([p.split(" ") for p in pages])
            fin = _commun([p.split(" ")[::-1] for p in pages])
            pages = [" ".join(p.split(" ")[debut : len(p.split(" ")) - fin]) for p in pages]
        return " ".join(p for p in pages if p)

    def ou(self, position: int) -> str:
        """« requete.pdf, page 2 »: where a reader finds it."""
        return f"{self.nom}, page {self.page(position)}"


_SANS_NUMERO = re.compile(r" ?page \d+/\d+$")


def _commun(mots: list[list[str]]) -> int:
    """How many first words all the lists share."""
    commun = 0
    for rang in range(min(len(m) for m in mots)):
        if len({m[rang] for m in mots}) > 1:
            break
        commun = rang + 1
    return commun


def documents(lectures: Lectures, fichiers: Mapping[str, bytes], noms: Iterable[str]) -> dict[str, Document]:
    return {
        nom: Document(nom, tuple(normaliser(p) for p in lectures.pages(nom, fichiers[nom])))
        for nom in noms
        if nom in fichiers
    }


def montant(texte: str) -> Decimal:
    return Decimal(texte.replace(" ", "").replace(",", "."))


def jour_long(texte: str) -> date:
    jour, mois, annee = texte.split(" ")
    return date(int(annee), MOIS.index(mois) + 1, 1 if jour == "1er" else int(jour))


def jour_court(texte: str) -> date:
    jour, mois, annee = texte.split("/")
    return date(int(annee), int(mois), int(jour))


def ecrit(valeur: Decimal) -> str:
    return normaliser(euros(valeur))
