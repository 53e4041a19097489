"""Warnings on the pièces a claim cites whose files do read: `check` and `build` say them early.

`preparer_pieces` (`pieces.py`) refuses a file that cannot be used; these findings are about files
it accepts, as soon as a requête is drafted: PIECE-11, one file cited as two pièces; PIECE-12, an
invoice PDF whose text does not contain its number; PIECE-15 (info), a PDF that is not PDF/A, so
that neither that pièce nor the bundle is declared PDF/A-3b.

Public API
    constats_pieces(creance: Creance, jour: date) -> list[Constat]
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from pypdf.errors import PyPdfError

from dossier.assemble import conversion, pdfa
from dossier.assemble.factur_x import FacturXIllisible, lire_facturx
from dossier.assemble.lecture import Refus, SourcePiece, lire_piece
from dossier.assemble.pieces import chemin_yaml, sources_pieces
from dossier.findings import Constat, constat
from dossier.model.claim import Creance
from dossier.render.readback import texte_pdf

_TEXTE_MINIMUM = 20  # fewer characters: a scan, whose text is not read


def constats_pieces(creance: Creance, jour: date) -> list[Constat]:
    """Warnings on the cited files that still read (the refusals are `preparer_pieces`'s):

    PIECE-11, one file cited as two pièces (same bytes): the bordereau would announce two
    documents and the court would read one twice (« Pièce n° 4 : Facture F-2025-252 » showing
    invoice F-2025-211); PIECE-12, an invoice PDF (not Factur-X, which PIECE-06 checks) whose text
    does not contain its number. A scanned PDF without text is not judged. PIECE-15 (info), a PDF
    that is not PDF/A: that pièce and the bundle carry no PDF/A-3b claim (`pdfa.py` says why).
    """
    constats: list[Constat] = []
    premieres: dict[str, tuple[int, SourcePiece]] = {}
    for numero, source in enumerate(sources_pieces(creance, {}, jour=jour), start=1):
        if source.chemin is None:
            continue
        try:
            donnees = lire_piece(creance, source)
        except Refus:
            continue  # preparer_pieces refuses it, with its code
        empreinte = hashlib.sha256(donnees).hexdigest()
        ou = creance.position(*chemin_yaml(source.origine))
        if empreinte in premieres:
            rang, premiere = premieres[empreinte]
            constats.append(
                constat(
                    "PIECE-11",
                    f"Pièce n° {numero} ({source.titre}) : le fichier « {source.chemin} » a le même contenu "
                    f"que la pièce n° {rang} ({premiere.titre}, « {premiere.chemin} »)",
                    ou=ou,
                )
            )
        else:
            premieres[empreinte] = (numero, source)
        raison = _hors_pdfa(source, donnees)
        if raison is not None:
            constats.append(
                constat(
                    "PIECE-15",
                    f"Pièce n° {numero} ({source.titre}) : le fichier « {source.chemin} » {raison} ; "
                    "cette pièce et le dossier d'injonction ne sont pas déclarés PDF/A-3b",
                    ou=ou,
                )
            )
        if source.facture is not None and _sans_son_numero(donnees, source.facture):
            constats.append(
                constat(
                    "PIECE-12",
                    f"Pièce n° {numero} ({source.titre}) : le texte du fichier « {source.chemin} » ne "
                    f"contient pas le numéro {source.facture}",
                    ou=ou,
                )
            )
    return constats


def _hors_pdfa(source: SourcePiece, donnees: bytes) -> str | None:
    """Why a cited PDF cannot enter a PDF/A file (`pdfa.hors_pdfa`), as `lecture.pages_de` decides
    it for the bundle: images and emails are converted by us, so only a PDF can be the reason."""
    try:
        sorte = conversion.genre(source.chemin.name if source.chemin else "", donnees)
    except conversion.PieceIllisible:
        return None  # preparer_pieces refuses it, with its code
    return pdfa.hors_pdfa_octets(donnees) if sorte == "pdf" else None


def _sans_son_numero(donnees: bytes, numero: str) -> bool:
    """True when a text PDF, not Factur-X, never writes `numero` (spaces and case ignored)."""
    try:
        if conversion.genre("facture.pdf", donnees) != "pdf" or lire_facturx(donnees) is not None:
            return False
        texte = "".join(texte_pdf(donnees))
    except (conversion.PieceIllisible, FacturXIllisible, PyPdfError, ValueError, KeyError, TypeError,
            AttributeError, IndexError, OSError):  # fmt: skip
        return False  # unreadable: preparer_pieces says so; a text pypdf cannot read is not judged
    compact = re.sub(r"\s+", "", texte).lower()
    return len(compact) >= _TEXTE_MINIMUM and re.sub(r"\s+", "", numero).lower() not in compact
