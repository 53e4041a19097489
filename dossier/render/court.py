"""A court document (requête, décompte, bordereau, historique) ready to lay out, and its PDF.

Court documents are not letters: no address window, no payment block. Their content is one Jinja
source in the same block markup as the letters (`templates/court/<nom>.txt.j2`, see `blocks.py`),
laid out by `templates/court/document.html` + `document.css`: plain and sober on purpose — one
typeface, black text, no seal, no Marianne, no « République française », nothing imitating an act
of a court; the heading says who presents the document (« Requête présentée par … »).

Links: in a document with `liens_pieces` (the bordereau inside the bundle), each row of a table
whose first cell is a pièce number N becomes a link `piece:N`, which the assembler turns into an
internal link to pièce N (`assemble.bundle.assembler_bundle`). Without it (the separate files),
the PDF has no link at all.

Public API
    DocumentJudiciaire(titre, auteur, sujet, intitule, entete, blocs, pied, etabli_le,
                       signature=None, fait_a=None, liens_pieces=False)
    rendre_pdf_judiciaire(document: DocumentJudiciaire) -> bytes
    html_judiciaire(document: DocumentJudiciaire) -> str      the HTML given to WeasyPrint (tests)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import ClassVar

from dossier.errors import RenderFailure
from dossier.findings import constat
from dossier.render.blocks import Bloc
from dossier.render.environment import rendre_gabarit
from dossier.render.letter import Signature
from dossier.render.pdf import FAMILLE, ecrire_pdf

GABARIT_HTML = "court/document.html"


@dataclass(frozen=True)
class DocumentJudiciaire:
    titre: str  # « Requête en injonction de payer » (heading and PDF title)
    auteur: str  # the creditor (PDF author)
    sujet: str  # PDF subject: « Dossier AMA-2025-0087 — Fromagerie des Aravis »
    intitule: str  # under the heading: « Requête présentée par Atelier Morel Agencement SARL »
    entete: tuple[str, ...]  # small lines above the heading: court, reference
    blocs: tuple[Bloc, ...]
    pied: tuple[str, ...]  # footer of every page, beside « page n/N »
    etabli_le: date  # the « as of » day: the files' creation and modification date
    signature: Signature | None = None
    fait_a: str | None = None  # « Fait à Chambéry, le 16 mars 2026 », above the signature
    liens_pieces: bool = False
    langue: ClassVar[str] = "fr"

    def __post_init__(self) -> None:
        manque = [nom for nom in ("titre", "auteur", "intitule", "blocs") if not getattr(self, nom)]
        if manque:
            raise RenderFailure(
                [constat("RENDU-02", f"Document « {self.titre} » : {', '.join(manque)} vide(s).")]
            )

    def sans_liens(self) -> DocumentJudiciaire:
        return replace(self, liens_pieces=False)


def html_judiciaire(document: DocumentJudiciaire) -> str:
    return rendre_gabarit(GABARIT_HTML, {"document": document, "famille": FAMILLE})


def rendre_pdf_judiciaire(document: DocumentJudiciaire) -> bytes:
    return ecrire_pdf(
        html_judiciaire(document), GABARIT_HTML, f"Document « {document.titre} »", document.etabli_le
    )
