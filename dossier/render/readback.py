"""Read rendered documents back: their text, and anything active they might contain.

Used by the tests (STYLE.md: assert on content read back from the PDFs) and by `verify/`.

Public API
    texte_pdf(donnees: bytes) -> list[str]      text of each page (pypdf)
    texte_docx(donnees: bytes) -> str           body paragraphs and table cells in document order,
                                                one per line, then the footers' paragraphs
    normaliser(texte: str) -> str               one line, single spaces, typographic spaces made plain
    phrases(texte: str) -> list[str]            normalised sentences
    elements_actifs(donnees: bytes, liens_internes: bool = False) -> list[str]
                                                JavaScript, actions, annotations, forms, embedded
                                                files, media… found in a PDF (empty for a letter);
                                                `liens_internes`: link annotations that only carry
                                                a /Dest (the bundle's bordereau, no action) pass
    polices_pdf(donnees: bytes) -> set[str]     /BaseFont names of the fonts a PDF embeds

>>> normaliser("2\\u202f480,00\\u00a0€ dus,\\n  F-2025-\\n118")
'2 480,00 € dus, F-2025-118'
>>> phrases("Première phrase. Deuxième ?  Troisième\\n(fin).")
['Première phrase.', 'Deuxième ?', 'Troisième (fin).']
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator

from docx import Document
from docx.table import Table
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, PdfObject

# Keys whose mere presence makes a PDF active or carry more than its pages.
CLES_ACTIVES = frozenset(
    {
        "/JS", "/JavaScript", "/OpenAction", "/AA", "/A", "/Launch", "/URI", "/SubmitForm",
        "/ImportData", "/GoToR", "/GoToE", "/EmbeddedFiles", "/EmbeddedFile", "/FileAttachment",
        "/RichMedia", "/AcroForm", "/XFA", "/Annots",
        "/AF", "/Movie", "/Sound", "/Screen", "/3D", "/Rendition", "/ResetForm", "/Hide", "/SetOCGState",
    }
)  # fmt: skip
_ESPACES = re.compile(r"\s+")
_COUPURE = re.compile(r"(?<=\w-)\s*\n\s*(?=\w)")
_FIN_DE_PHRASE = re.compile(r"(?<=[.!?…])\s+")


def texte_pdf(donnees: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(donnees)).pages]


def texte_docx(donnees: bytes) -> str:
    document = Document(io.BytesIO(donnees))
    lignes: list[str] = []
    for element in document.iter_inner_content():
        if isinstance(element, Table):
            for rang in element.rows:
                cellules, i = rang.cells, 0
                while i < len(cellules):  # a cell spanning columns is listed once per column
                    lignes.extend(p.text for p in cellules[i].paragraphs)
                    i += max(1, cellules[i].grid_span)
        else:
            lignes.append(element.text)
    for section in document.sections:
        lignes.extend(p.text for p in section.footer.paragraphs)
    return "\n".join(lignes)


def normaliser(texte: str) -> str:
    """Plain spaces, no soft hyphen, a hyphen at a line end kept and joined (« F-2025-\\n118 »)."""
    texte = unicodedata.normalize("NFC", texte).replace("\u00ad", "")
    texte = _COUPURE.sub("", texte)
    return _ESPACES.sub(" ", texte).strip()  # \s covers U+00A0, U+202F, U+2009


def phrases(texte: str) -> list[str]:
    return [p for p in _FIN_DE_PHRASE.split(normaliser(texte)) if p]


def _parcourir(
    objet: PdfObject, chemin: str, vus: set[tuple[int, int]]
) -> Iterator[tuple[str, str, PdfObject]]:
    if isinstance(objet, IndirectObject):
        if (objet.idnum, objet.generation) in vus:
            return
        vus.add((objet.idnum, objet.generation))
        cible = objet.get_object()
        if cible is None:
            return
        objet = cible
    if isinstance(objet, DictionaryObject):
        for cle, valeur in objet.items():
            yield chemin, str(cle), valeur
            if cle != "/Parent":
                yield from _parcourir(valeur, f"{chemin}{cle}", vus)
    elif isinstance(objet, ArrayObject):
        for rang, valeur in enumerate(objet):
            yield from _parcourir(valeur, f"{chemin}[{rang}]", vus)


def _liens_internes(valeur: PdfObject) -> bool:
    """An /Annots array holding only /Link annotations that go to a /Dest without any action."""
    annotations = valeur.get_object()
    if not isinstance(annotations, ArrayObject):
        return False
    for annotation in annotations:
        annotation = annotation.get_object()
        if not isinstance(annotation, DictionaryObject) or annotation.get("/Subtype") != "/Link":
            return False
        if "/Dest" not in annotation or set(annotation) & CLES_ACTIVES:
            return False
    return True


def elements_actifs(donnees: bytes, liens_internes: bool = False) -> list[str]:
    lecteur = PdfReader(io.BytesIO(donnees))
    trouves = []
    for chemin, cle, valeur in _parcourir(lecteur.trailer, "", set()):
        if cle == "/Annots" and liens_internes and _liens_internes(valeur):
            continue
        if cle in CLES_ACTIVES:
            trouves.append(f"{chemin}{cle}")
        elif cle in ("/S", "/Type", "/Subtype") and isinstance(valeur, NameObject) and valeur in CLES_ACTIVES:
            trouves.append(f"{chemin}{cle} {valeur}")
    return trouves


def polices_pdf(donnees: bytes) -> set[str]:
    lecteur = PdfReader(io.BytesIO(donnees))
    return {
        str(valeur.get_object())
        for _, cle, valeur in _parcourir(lecteur.trailer, "", set())
        if cle == "/BaseFont"
    }
