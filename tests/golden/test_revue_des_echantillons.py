"""What a lawyer's reading of the eight sample packs found (second review), each defect read back
from the real output — the PDF text, the report or calcul.json — so that it cannot come back."""

from __future__ import annotations

import unicodedata
from html.parser import HTMLParser

import pytest

from tests.golden.echantillons import ECHANTILLONS, Paquet


class Rangees(HTMLParser):
    """The text of each table row of a page, its cells in order."""

    def __init__(self) -> None:
        super().__init__()
        self.rangees: list[str] = []
        self._courante: list[str] | None = None

    def handle_starttag(self, balise: str, attributs: list[tuple[str, str | None]]) -> None:
        if balise == "tr":
            self._courante = []

    def handle_endtag(self, balise: str) -> None:
        if balise == "tr" and self._courante is not None:
            self.rangees.append("".join(self._courante))
            self._courante = None

    def handle_data(self, donnees: str) -> None:
        if self._courante is not None:
            self._courante.append(donnees)


def _sans_blancs(texte: str) -> str:
    """Line breaks and spaces fall anywhere in a laid-out cell: compare the characters alone."""
    return "".join(unicodedata.normalize("NFC", texte).split())


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_une_rangee_du_rapport_tient_sur_une_page(paquets: dict[str, Paquet], echantillon: str) -> None:
    """A row of the report's tables is never split between two pages (CSS `break-inside: avoid` on
    `tr`, which WeasyPrint honours): plan-virement's « Intérêts ou pénalités » had its article on
    the next page."""
    paquet = paquets[echantillon]
    lecteur = Rangees()
    lecteur.feed(paquet.fichiers["rapport.html"].decode("utf-8"))
    pages = [_sans_blancs(page) for page in paquet.pages("rapport.pdf")]
    assert len(pages) > 1 and lecteur.rangees
    for rangee in lecteur.rangees:
        texte = _sans_blancs(rangee)
        assert any(texte in page for page in pages), rangee
