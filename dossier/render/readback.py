"""Read rendered documents back: their text, and anything active they might contain.

Used by the tests (docs/style.md: assert on content read back from the PDFs) and by `verify/`.

Public API
    texte_pdf(donnees: bytes) -> list[str]      text of each page (PDFium: the same text as pypdf's
                                                extraction on every sample, twenty times faster)
    compter_pages(donnees: bytes) -> int        a PDF's page count (PDFium, as pypdf counts them)
    texte_docx(donnees: bytes) -> str           body paragraphs and table cells in document order,
                                                one per line, then the footers' paragraphs
    normaliser(texte: str) -> str               one line, single spaces, typographic spaces made plain
    phrases(texte: str) -> list[str]            normalised sentences
    elements_actifs(donnees: bytes, liens_internes: bool = False, pieces_jointes=(), signatures=False)
                                                JavaScript, actions, annotations, forms, embedded
                                                files, media… found in a PDF (empty for a letter);
                                                `liens_internes`: link annotations that only carry
                                                a /Dest (the bundle's bordereau, no action) pass;
                                                `pieces_jointes`: embedded files of these names (the
                                                bundle's claim.yaml and calcul.json) pass;
                                                `signatures`: signature fields and their widgets
                                                (a signed échéancier) pass
    polices_pdf(donnees: bytes) -> set[str]     /BaseFont names of the fonts a PDF embeds
    Lectures()                                  each file's text extracted once: `pages(nom, donnees)`
                                                gives a PDF's pages, or a DOCX's text as one page; the
                                                tone read-back and the consistency checks share it

>>> normaliser("2\\u202f480,00\\u00a0€ dus,\\n  F-2025-\\n118")
'2 480,00 € dus, F-2025-118'
>>> phrases("Première phrase. Deuxième ?  Troisième\\n(fin).")
['Première phrase.', 'Deuxième ?', 'Troisième (fin).']
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Collection, Iterator
from typing import TYPE_CHECKING

import pypdfium2
from lxml import etree

# pypdf and python-docx are imported where they are used: a build of letters without DOCX reads
# its PDFs with PDFium and never loads them (tests/cli/test_demarrage.py).
if TYPE_CHECKING:
    from pypdf import PdfReader
    from pypdf.generic import PdfObject

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
COUPURE_PDFIUM = "\ufffe"  # PDFium's mark for a hyphen at a line end (the line is joined)


def texte_pdf(donnees: bytes) -> list[str]:
    """Each page's text, lines as laid out, a word hyphenated at a line end as « mot-⏎suite ».

    PDFium (pypdfium2) rather than pypdf: the text is the same on every document the samples
    build, line for line, and extracting it costs a twentieth (5 ms for a two-page letter instead
    of 100 ms) — reading every letter back is what the tone linter costs a build. PDFium joins a
    line ending on a hyphen and marks the hyphen U+FFFE; it is put back as pypdf gives it. A file
    PDFium cannot open (a damaged pièce) is left to pypdf, which says why in its own errors.
    """
    try:
        document = pypdfium2.PdfDocument(donnees)
    except pypdfium2.PdfiumError:
        from pypdf import PdfReader

        return [page.extract_text() for page in PdfReader(io.BytesIO(donnees)).pages]
    textes = []
    try:
        for rang in range(len(document)):
            page = document[rang]
            lecture = page.get_textpage()
            textes.append(lecture.get_text_range().replace("\r\n", "\n").replace(COUPURE_PDFIUM, "-\n"))
            lecture.close()
            page.close()
    finally:
        document.close()
    return textes


def compter_pages(donnees: bytes) -> int:
    """A PDF's page count, by PDFium as `texte_pdf` reads it (pypdf for a file PDFium cannot open):
    the manifest counts the pages of every PDF of a pack, which need not load pypdf for it."""
    try:
        document = pypdfium2.PdfDocument(donnees)
    except pypdfium2.PdfiumError:
        from pypdf import PdfReader

        return len(PdfReader(io.BytesIO(donnees)).pages)
    try:
        return len(document)
    finally:
        document.close()


def texte_docx(donnees: bytes) -> str:
    """The body's paragraphs and table cells in document order, one per line, then the footers'
    paragraphs — as python-docx reads them (`Paragraph.text`), read straight from the XML parts:
    loading the whole package through python-docx cost three times the rest of the tone check.
    A document this reader does not expect (vertically merged cells, a table in a cell, a section
    without its own footer) is left to python-docx."""
    try:
        return _texte_docx_direct(donnees)
    except _DocxInattendu:
        return _texte_docx_python_docx(donnees)


class _DocxInattendu(Exception):
    pass


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_RELATIONS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_DANS_UN_RUN = {f"{_W}t", f"{_W}tab", f"{_W}ptab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"}


def _texte_run(run: etree._Element) -> str:
    morceaux = []
    for element in run:
        balise = element.tag
        if balise not in _DANS_UN_RUN:
            continue
        if balise == f"{_W}t":
            morceaux.append(element.text or "")
        elif balise in (f"{_W}tab", f"{_W}ptab"):
            morceaux.append("\t")
        elif balise == f"{_W}noBreakHyphen":
            morceaux.append("-")
        elif balise == f"{_W}cr" or element.get(f"{_W}type", "textWrapping") == "textWrapping":
            morceaux.append("\n")
    return "".join(morceaux)


def _texte_paragraphe(paragraphe: etree._Element) -> str:
    morceaux = []
    for element in paragraphe:
        if element.tag == f"{_W}r":
            morceaux.append(_texte_run(element))
        elif element.tag == f"{_W}hyperlink":
            morceaux.extend(_texte_run(run) for run in element if run.tag == f"{_W}r")
    return "".join(morceaux)


def _texte_docx_direct(donnees: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(donnees)) as paquet:
        corps = etree.fromstring(paquet.read("word/document.xml")).find(f"{_W}body")
        relations = etree.fromstring(paquet.read("word/_rels/document.xml.rels"))
        cibles = {r.get("Id"): r.get("Target") for r in relations.iter(f"{_RELATIONS}Relationship")}
        if corps is None:
            raise _DocxInattendu
        lignes: list[str] = []
        for element in corps:
            if element.tag == f"{_W}p":
                lignes.append(_texte_paragraphe(element))
            elif element.tag == f"{_W}tbl":
                for rang in element.findall(f"{_W}tr"):
                    for cellule in rang.findall(f"{_W}tc"):
                        # a cell spanning columns (gridSpan) is read once, as _texte_docx_python_docx
                        # reads it; a vertically merged cell, which python-docx repeats from the row
                        # above, and a table inside a cell are left to it
                        if (
                            cellule.find(f"{_W}tcPr/{_W}vMerge") is not None
                            or cellule.find(f"{_W}tbl") is not None
                        ):
                            raise _DocxInattendu
                        lignes.extend(_texte_paragraphe(p) for p in cellule.findall(f"{_W}p"))
        sections = corps.findall(f"{_W}p/{_W}pPr/{_W}sectPr") + corps.findall(f"{_W}sectPr")
        for section in sections:
            pieds = [r for r in section.findall(f"{_W}footerReference") if r.get(f"{_W}type") == "default"]
            if len(pieds) != 1:
                raise _DocxInattendu
            pied = etree.fromstring(paquet.read(f"word/{cibles[pieds[0].get(f'{_R}id')]}"))
            lignes.extend(_texte_paragraphe(p) for p in pied.findall(f"{_W}p"))
    return "\n".join(lignes)


def _texte_docx_python_docx(donnees: bytes) -> str:
    from docx import Document
    from docx.table import Table

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


class Lectures:
    """The text of the files of a pack, each extracted once (pypdf extraction is the costly part
    of reading a pack back: the tone linter and `verify/` read the same text). A file is known by
    its name and its bytes: other bytes under the same name are read again."""

    def __init__(self) -> None:
        self._lus: dict[str, tuple[bytes, list[str]]] = {}

    def pages(self, nom: str, donnees: bytes) -> list[str]:
        deja = self._lus.get(nom)
        if deja is not None and (deja[0] is donnees or deja[0] == donnees):
            return deja[1]
        pages = texte_pdf(donnees) if nom.endswith(".pdf") else [texte_docx(donnees)]
        self._lus[nom] = (donnees, pages)
        return pages


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
    """Every key of every dictionary reached from `objet`, depth first in the file's order, each
    indirect object entered once, /Parent not followed: (path of the dictionary, key, value).
    A loop over a stack of iterators rather than nested generators: a key found N levels deep
    went up through N generators, which made this walk a large part of checking a bundle."""
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    pile: list[Iterator[tuple[str, str | None, PdfObject]]] = [iter([(chemin, None, objet)])]
    while pile:
        suivant = next(pile[-1], None)
        if suivant is None:
            pile.pop()
            continue
        chemin, cle, objet = suivant
        if cle is not None:
            yield chemin, cle, objet
            if cle == "/Parent":
                continue
            chemin = f"{chemin}{cle}"
        if isinstance(objet, IndirectObject):
            if (objet.idnum, objet.generation) in vus:
                continue
            vus.add((objet.idnum, objet.generation))
            cible = objet.get_object()
            if cible is None:
                continue
            objet = cible
        if isinstance(objet, DictionaryObject):
            pile.append(_cles(objet, chemin))
        elif isinstance(objet, ArrayObject):
            pile.append(_elements(objet, chemin))


def _cles(objet: dict[str, PdfObject], chemin: str) -> Iterator[tuple[str, str | None, PdfObject]]:
    return ((chemin, str(cle), valeur) for cle, valeur in objet.items())


def _elements(objet: list[PdfObject], chemin: str) -> Iterator[tuple[str, str | None, PdfObject]]:
    return ((f"{chemin}[{rang}]", None, valeur) for rang, valeur in enumerate(objet))


def _liens_internes(valeur: PdfObject) -> bool:
    """An /Annots array holding only /Link annotations that go to a /Dest without any action."""
    from pypdf.generic import ArrayObject, DictionaryObject

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


def _champ_signature(reference: PdfObject) -> bool:
    """A form field (or its widget) of type /Sig, with no action of its own."""
    from pypdf.generic import DictionaryObject

    objet = reference.get_object()
    if not isinstance(objet, DictionaryObject) or set(objet) & {"/A", "/AA"}:
        return False
    parent = objet.get("/Parent")
    return objet.get("/FT") == "/Sig" or (parent is not None and _champ_signature(parent))


def _signatures(cle: str, reference: PdfObject) -> bool:
    """/Annots holding only signature widgets, or an /AcroForm holding only signature fields."""
    from pypdf.generic import ArrayObject, DictionaryObject

    valeur = reference.get_object()
    if cle == "/Annots" and isinstance(valeur, ArrayObject):
        return all(_champ_signature(a) for a in valeur)
    if cle == "/AcroForm" and isinstance(valeur, DictionaryObject) and "/XFA" not in valeur:
        return all(_champ_signature(c) for c in valeur.get("/Fields", ArrayObject()))
    return False


def _jointes_permises(lecteur: PdfReader, permises: Collection[str]) -> tuple[str, ...]:
    """The paths under which the embedded files are only the permitted ones (and their /AF)."""
    from pypdf.generic import ArrayObject, DictionaryObject

    if not permises:
        return ()
    racine = lecteur.trailer["/Root"].get_object()
    chemins = []
    if set(lecteur.attachments) <= set(permises):
        chemins.append("/Root/Names/EmbeddedFiles")
    associes = racine.get("/AF") if isinstance(racine, DictionaryObject) else None
    associes = associes.get_object() if associes is not None else None
    if isinstance(associes, ArrayObject):
        specifications = [f.get_object() for f in associes]
        noms = {str(f.get("/UF", f.get("/F"))) for f in specifications if isinstance(f, DictionaryObject)}
        if len(noms) == len(specifications) and noms <= set(permises):
            chemins.append("/Root/AF")
    return tuple(chemins)


def elements_actifs(
    donnees: bytes,
    liens_internes: bool = False,
    pieces_jointes: Collection[str] = (),
    signatures: bool = False,
) -> list[str]:
    from pypdf import PdfReader
    from pypdf.generic import NameObject

    lecteur = PdfReader(io.BytesIO(donnees))
    permis = _jointes_permises(lecteur, pieces_jointes)
    trouves = []
    for chemin, cle, valeur in _parcourir(lecteur.trailer, "", set()):
        if cle == "/Annots" and liens_internes and _liens_internes(valeur):
            continue
        if signatures and cle in ("/Annots", "/AcroForm") and _signatures(cle, valeur):
            continue
        if permis and f"{chemin}{cle}".startswith(permis):
            continue
        if cle in CLES_ACTIVES:
            trouves.append(f"{chemin}{cle}")
        elif cle in ("/S", "/Type", "/Subtype") and isinstance(valeur, NameObject) and valeur in CLES_ACTIVES:
            trouves.append(f"{chemin}{cle} {valeur}")
    return trouves


def polices_pdf(donnees: bytes) -> set[str]:
    from pypdf import PdfReader

    lecteur = PdfReader(io.BytesIO(donnees))
    return {
        str(valeur.get_object())
        for _, cle, valeur in _parcourir(lecteur.trailer, "", set())
        if cle == "/BaseFont"
    }
