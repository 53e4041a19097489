"""The one PDF a court clerk or a commissaire de justice receives: documents, then stamped pièces.

`assembler_bundle` merges the court documents (requête, décompte, bordereau, historique — each laid
on A4 above the stamp band, as the pièces already are) and the pièces, then:

- stamps every page « Réf. créancier <référence> — page p/P » on the right of the band (continuous
  pagination; the pièces keep « Pièce n° N — page i/n — <file> » on the left);
- one bookmark per document and per pièce (« Pièce n° 3 — Facture … »), opened on display;
- page labels: « Requête 1 », …, « Pièce 3 p. 1 » (what a viewer shows in its page box);
- each link whose URI is `piece:N` (the bordereau's rows) becomes a plain destination to pièce
  N's first page; every other link, action, script, form or embedded file is removed;
- metadata: title, author, subject, language, the « as of » day as creation and modification
  date; the file identifier is a hash of the inputs. Same inputs, same bytes;
- PDF/A-3b (`pdfa.py`): declared — XMP metadata, the sRGB output intent once — only when every
  document is PDF/A-3 and every pièce could enter a PDF/A file (`Piece.hors_pdfa` is None); else
  the bundle carries no PDF/A claim, and `check`/`build` say which pièce (PIECE-15).

Public API
    assembler_bundle(documents: Sequence[tuple[str, bytes]], pieces: Sequence[Piece],
                     metadonnees: Mapping[str, str]) -> bytes
        metadonnees: "titre", "auteur", "sujet" (PDF metadata), "jour" (ISO date: the « as of »
        day, the file's dates) and "reference" (the stamp)
    LIEN_PIECE                                  the URI pattern of a link to a pièce
    joindre_sources(pdf: bytes, jointes: Sequence[Jointe]) -> bytes
        the bundle with files embedded as associated files (PDF/A-3 « AF », ISO 19005-3 6.8):
        claim.yaml (the source) and calcul.json (the data), so the bundle alone can be recomputed
        (`dossier verify`)
    sources_jointes(pdf: bytes) -> dict[str, bytes]      the files embedded, read back
"""

from __future__ import annotations

import hashlib
import io
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.constants import PageLabelStyle
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from dossier.assemble import pdfa, tampon
from dossier.assemble.pieces import Piece
from dossier.errors import RenderFailure
from dossier.findings import constat
from dossier.render.readback import elements_actifs

LIEN_PIECE = re.compile(r"^piece:(\d+)$")
IMPRIMABLE = 1 << 2  # annotation flag « Print » (PDF 32000-1, 12.5.3)


def _liens(page: PageObject, cibles: Mapping[int, IndirectObject], document: str) -> None:
    """`piece:N` links → /Dest to pièce N; any other annotation is dropped."""
    annotations = page.get("/Annots")
    if annotations is None:
        return
    gardees = ArrayObject()
    for reference in cast(ArrayObject, annotations.get_object()):
        annotation = cast(DictionaryObject, reference.get_object())
        action = annotation.get("/A")
        action = action.get_object() if action is not None else None
        uri = str(action.get("/URI", "")) if isinstance(action, DictionaryObject) else ""
        trouve = LIEN_PIECE.match(uri)
        if annotation.get("/Subtype") != "/Link" or trouve is None:
            continue
        numero = int(trouve.group(1))
        if numero not in cibles:
            raise RenderFailure(
                [constat("PIECE-10", f"« {document} » renvoie à la pièce n° {numero}, absente du dossier.")]
            )
        del annotation["/A"]
        annotation[NameObject("/Dest")] = ArrayObject([cibles[numero], NameObject("/Fit")])
        annotation[NameObject("/Border")] = ArrayObject([NumberObject(0)] * 3)
        annotation[NameObject("/F")] = NumberObject(IMPRIMABLE)  # PDF/A: printed, never hidden
        gardees.append(reference)
    if gardees:
        page[NameObject("/Annots")] = gardees
    else:
        del page["/Annots"]


def _signet(sortie: PdfWriter, titre: str, page: int) -> None:
    """A bookmark with a plain destination (pypdf writes a GoTo action; a /Dest does not act)."""
    signet = cast(Any, sortie.add_outline_item(title=titre, page_number=page)).get_object()
    action = signet["/A"].get_object()
    signet[NameObject("/Dest")] = action["/D"]
    del signet["/A"]


def assembler_bundle(
    documents: Sequence[tuple[str, bytes]], pieces: Sequence[Piece], metadonnees: Mapping[str, str]
) -> bytes:
    sortie = PdfWriter()
    plages: list[tuple[str, str, int, int]] = []  # (bookmark, label prefix, first index, pages)
    pages_documents: list[tuple[str, PageObject]] = []
    tous_pdfa = all(piece.hors_pdfa is None for piece in pieces)
    for titre, pdf in documents:
        lecteur = PdfReader(io.BytesIO(pdf))
        tous_pdfa = tous_pdfa and pdfa.declaration(lecteur) == (pdfa.PARTIE, pdfa.CONFORMITE)
        source = PdfWriter(clone_from=lecteur)
        placees = tampon.mettre_en_page(list(source.pages), sortie, garder_liens=True)
        plages.append((titre, f"{titre} ", len(sortie.pages) - len(placees), len(placees)))
        pages_documents.extend((titre, page) for page in placees)
    cibles: dict[int, IndirectObject] = {}
    for piece in pieces:
        debut = len(sortie.pages)
        for page in PdfReader(io.BytesIO(piece.pdf)).pages:
            sortie.add_page(page)
        cibles[piece.numero] = cast(IndirectObject, sortie.pages[debut].indirect_reference)
        plages.append(
            (f"Pièce n° {piece.numero} — {piece.titre}", f"Pièce {piece.numero} p. ", debut, piece.pages)
        )
    for titre, page in pages_documents:
        _liens(page, cibles, titre)

    total = len(sortie.pages)
    reference = metadonnees.get("reference")
    numeros = [
        tampon.Bandeau(
            "",
            f"Réf. créancier {reference} — page {rang}/{total}" if reference else f"Page {rang}/{total}",
            tampon.est_paysage(page),
        )
        for rang, page in enumerate(sortie.pages, start=1)
    ]
    tampon.tamponner(list(sortie.pages), tampon.bandeaux(numeros))

    for signet, prefixe, debut, nombre in plages:
        _signet(sortie, signet, debut)
        sortie.set_page_label(
            debut, debut + nombre - 1, style=PageLabelStyle.DECIMAL, prefix=prefixe, start=1
        )
    sortie.page_mode = "/UseOutlines"
    sortie.root_object[NameObject("/Lang")] = TextStringObject("fr-FR")
    jour = metadonnees.get("jour")
    declaration = pdfa.Metadonnees(
        metadonnees.get("titre", ""),
        metadonnees.get("auteur", ""),
        metadonnees.get("sujet", ""),
        jour=date.fromisoformat(jour) if jour else None,
    )
    if tous_pdfa:
        pdfa.declarer(sortie, declaration)
    else:
        sortie.add_metadata(pdfa.info(declaration))
    empreinte = hashlib.sha256()
    for titre, pdf in documents:
        empreinte.update(titre.encode() + hashlib.sha256(pdf).digest())
    for piece in pieces:
        empreinte.update(piece.titre.encode() + hashlib.sha256(piece.pdf).digest())
    pdf = tampon.octets(sortie, identifiant=empreinte.digest()[:16])
    actifs = elements_actifs(pdf, liens_internes=True)
    if actifs:  # pragma: no cover - tampon.octets removes every such key; a bug must not ship
        raise RenderFailure(
            [constat("RENDU-06", f"Dossier d'injonction : contenu actif restant ({actifs[:3]}).")]
        )
    return pdf


@dataclass(frozen=True)
class Jointe:
    """A file embedded in the bundle, associated with the whole document (ISO 32000-2, 14.13)."""

    nom: str
    octets: bytes
    mime: str  # « application/yaml »
    relation: str  # /AFRelationship: « Source » (what the document was made from), « Data »…
    description: str
    modifie: date  # /Params /ModDate: the « as of » day (the file's own clock would vary)


def joindre_sources(pdf: bytes, jointes: Sequence[Jointe]) -> bytes:
    """`pdf` with `jointes` embedded: an /EmbeddedFiles name tree and the catalog's /AF array,
    each file spec with /F, /UF, /Desc and /AFRelationship, each stream with its MIME subtype and
    /Params (size, MD5 checksum, modification date) — what ISO 19005-3 6.8 asks of an associated
    file —, the PDF/A declaration the bundle has (if any) and its /ID (a hash of its inputs,
    `assembler_bundle`; pypdf's clone_from copies it): same inputs, same bytes."""
    lecteur = PdfReader(io.BytesIO(pdf))
    sortie = PdfWriter(clone_from=lecteur)
    sortie.pdf_header = tampon.VERSION_PDF
    noms, associes = ArrayObject(), ArrayObject()
    for jointe in sorted(jointes, key=lambda j: j.nom):
        flux = StreamObject()
        flux.set_data(jointe.octets)
        flux.update(
            {
                NameObject("/Type"): NameObject("/EmbeddedFile"),
                NameObject("/Subtype"): NameObject("/" + jointe.mime),
                NameObject("/Params"): DictionaryObject(
                    {
                        NameObject("/Size"): NumberObject(len(jointe.octets)),
                        NameObject("/CheckSum"): ByteStringObject(
                            hashlib.md5(jointe.octets, usedforsecurity=False).digest()
                        ),
                        NameObject("/ModDate"): TextStringObject(pdfa.date_pdf(jointe.modifie)),
                    }
                ),
            }
        )
        reference = tampon.reference_de(flux.flate_encode(), sortie)
        specification = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Filespec"),
                NameObject("/F"): TextStringObject(jointe.nom),
                NameObject("/UF"): TextStringObject(jointe.nom),
                NameObject("/Desc"): TextStringObject(jointe.description),
                NameObject("/AFRelationship"): NameObject(f"/{jointe.relation}"),
                NameObject("/EF"): DictionaryObject(
                    {NameObject("/F"): reference, NameObject("/UF"): reference}
                ),
            }
        )
        spec = tampon.reference_de(specification, sortie)
        noms.extend([TextStringObject(jointe.nom), spec])
        associes.append(spec)
    racine = sortie.root_object
    racine[NameObject("/Names")] = DictionaryObject(
        {NameObject("/EmbeddedFiles"): DictionaryObject({NameObject("/Names"): noms})}
    )
    racine[NameObject("/AF")] = associes
    # pypdf's clone_from copies an object once per reference to it (each page's sRGB profile, fonts
    # shared by pages): merged again here, as `tampon.octets` did, so each is in the file once
    sortie.compress_identical_objects()
    final = io.BytesIO()
    sortie.write(final)
    return final.getvalue()


def sources_jointes(pdf: bytes) -> dict[str, bytes]:
    """The files embedded in a PDF, by name (the first of each name)."""
    return {nom: contenus[0] for nom, contenus in PdfReader(io.BytesIO(pdf)).attachments.items() if contenus}
