"""Where a signing tool puts the signatures of an agreement (échéancier, mandat SEPA).

An agreement (`Lettre` of genre « acte ») ends with its signature boxes at the foot of its LAST
page, always at the same place (`lettre.css`, « Signatures »: a block positioned against the page's
content area, A4 with margins 20/20/30/20 mm). The rectangles below are those the renderer draws,
in PDF points, origin at the bottom left of the page (measured from the rendered PDFs by
tests/unit/test_zones_signature.py, which reads the drawn frames back):

    creancier  (56.69, 85.04, 289.13, 226.77)    left box, 82 x 50 mm
    debiteur   (306.14, 85.04, 538.58, 226.77)   right box, 82 x 50 mm (also the mandate's)
    mention    (56.69, 300.47, 538.58, 368.50)   the debtor's own mention of the sum (échéancier)

`zones_signature(pdf)` checks, on the last page of the PDF it is given, that each box's heading
(« Le créancier », « Le débiteur ») sits right above its box, and returns the boxes present with
the page's index (from 0). A PDF laid out otherwise is refused (RENDU-06) rather than signed at a
wrong place.

Public API
    RECTANGLES: dict[str, Rect]          "creancier", "debiteur", "mention"
    zones_signature(pdf: bytes) -> dict[str, tuple[int, Rect]]     "creancier"?, "debiteur"
    zone_mention(pdf: bytes) -> tuple[int, Rect] | None
"""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader

from dossier.errors import RenderFailure
from dossier.findings import constat

Rect = tuple[float, float, float, float]
_POINTS_PAR_MM = 72 / 25.4
# In mm from the sheet's left and lower edges: (x0, y0, x1, y1), as lettre.css places them.
_RECTANGLES_MM = {
    "creancier": (20.0, 30.0, 102.0, 80.0),
    "debiteur": (108.0, 30.0, 190.0, 80.0),
    "mention": (20.0, 106.0, 190.0, 130.0),
}
RECTANGLES: dict[str, Rect] = {
    nom: (
        round(x0 * _POINTS_PAR_MM, 2),
        round(y0 * _POINTS_PAR_MM, 2),
        round(x1 * _POINTS_PAR_MM, 2),
        round(y1 * _POINTS_PAR_MM, 2),
    )
    for nom, (x0, y0, x1, y1) in _RECTANGLES_MM.items()
}
TITRES = {"creancier": "Le créancier", "debiteur": "Le débiteur"}
MENTION = "Mention à écrire par le débiteur"
_TOLERANCE = 1.0  # points
_HAUTEUR_TITRE = 20 * _POINTS_PAR_MM  # the heading sits within 20 mm above its box


def _textes(pdf: bytes) -> tuple[int, list[tuple[str, float, float]]]:
    lecteur = PdfReader(io.BytesIO(pdf))
    derniere = len(lecteur.pages) - 1
    trouves: list[tuple[str, float, float]] = []

    def visiteur(texte: str, cm: Any, tm: Any, *_: Any) -> None:
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        if texte.strip():
            trouves.append((texte.strip(), float(x), float(y)))

    lecteur.pages[derniere].extract_text(visitor_text=visiteur)
    return derniere, trouves


def _au_dessus(x: float, y: float, cadre: Rect) -> bool:
    return abs(x - cadre[0]) <= _TOLERANCE and cadre[3] <= y <= cadre[3] + _HAUTEUR_TITRE


def zones_signature(pdf: bytes) -> dict[str, tuple[int, Rect]]:
    """The signature boxes on the agreement's last page: {"creancier": (page, rect), "debiteur": …}."""
    page, textes = _textes(pdf)
    zones = {}
    for partie, titre in TITRES.items():
        cadre = RECTANGLES[partie]
        if any(t.startswith(titre) and _au_dessus(x, y, cadre) for t, x, y in textes):
            zones[partie] = (page, cadre)
    if "debiteur" not in zones:
        raise RenderFailure(
            [
                constat(
                    "RENDU-06",
                    "Zones de signature introuvables : la dernière page ne porte pas le cadre « Le "
                    "débiteur » à sa place ; ce PDF n'est pas un acte mis en page par dossier.",
                )
            ]
        )
    return zones


def zone_mention(pdf: bytes) -> tuple[int, Rect] | None:
    """The box for the debtor's own mention of the sum (C. civ. 1376), when the agreement has one."""
    page, textes = _textes(pdf)
    cadre = RECTANGLES["mention"]
    if any(t.startswith(MENTION) and _au_dessus(x, y, cadre) for t, x, y in textes):
        return page, cadre
    return None
