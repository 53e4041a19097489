"""PDF/A-3b for what pypdf assembles (the merged bundle, each stamped pièce), and which pièces allow it.

WeasyPrint writes our letters and court documents as PDF/A-3b itself (`render.pdf.ecrire_pdf`). A
file pypdf builds from their pages keeps the pages, not the catalog: `declarer` writes the
declaration again (ISO 19005-3, level B):

- an XMP metadata stream on the catalog (uncompressed), with `pdfaid:part` 3 and
  `pdfaid:conformance` B, and the same title, author, subject, creator tool, producer and dates as
  the Info dictionary, which `declarer` writes too (6.6.2);
- one OutputIntent (`/GTS_PDFA1`) whose DestOutputProfile is the sRGB profile WeasyPrint embeds in
  every document (`render.pdf.intention_srgb`): the bundle holds it once (6.2.3);
- the file header « %PDF-1.7 » and a trailer /ID are `tampon.octets`'s (6.1.2, 6.1.3).

Dates are the « as of » day, never the clock: same inputs, same bytes.

What we cannot guarantee we do not declare. A pièce's pages enter a PDF/A file only when we made
them or their file says it is PDF/A and shows no sign of the contrary (`hors_pdfa`):

- a JPEG or PNG scan (re-encoded by Pillow: DeviceRGB or DeviceGray, no transparency), an email
  (laid out by WeasyPrint), a copy of a letter dossier generated: ours, allowed;
- a PDF whose XMP metadata declares PDF/A part 1, 2 or 3 (a Factur-X invoice is one), with an
  output intent whose profile is RGB or grey (the bundle's is sRGB: CMYK colours would need a CMYK
  intent) and every font embedded: allowed — we read the file's own declaration and these three
  checks, we do not validate it fully;
- any other PDF (most exports and scanners): not allowed. The pièce and the bundle are then written
  without any PDF/A claim, and `check`/`build` say which pièce and why (PIECE-15, an info finding:
  the bundle is complete and readable; only the archival declaration is missing).

Public API
    Metadonnees(titre, auteur="", sujet="", createur="dossier", jour=None)
    declarer(sortie: PdfWriter, metadonnees: Metadonnees) -> None
    declaration(lecteur: PdfReader | PdfWriter) -> tuple[str, str] | None    (part, conformance)
    hors_pdfa(lecteur: PdfReader | PdfWriter) -> str | None    why a PDF's pages cannot enter a
                                                                PDF/A file, or None
    hors_pdfa_octets(donnees: bytes) -> str | None             the same on a file's bytes
    PARTIE, CONFORMITE, PRODUCTEUR
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from dossier.assemble import tampon
from dossier.render.pdf import intention_srgb

PARTIE, CONFORMITE = "3", "B"
PARTIES_ADMISES = ("1", "2", "3")  # PDF/A-4 is based on PDF 2.0: its pages may not fit a PDF/A-3 file
PRODUCTEUR = "pypdf"  # what wrote the file (Info /Producer, XMP pdf:Producer); dossier is the creator
COMPOSANTES_ADMISES = (1, 3)  # grey or RGB output intents; a CMYK one (4) would not match sRGB
POLICES_PROGRAMME = ("/FontFile", "/FontFile2", "/FontFile3")
_PDFAID = re.compile(rb"pdfaid:part\s*(?:=\s*[\"']|>)\s*(\d)", re.IGNORECASE)
_CONFORMITE = re.compile(rb"pdfaid:conformance\s*(?:=\s*[\"']|>)\s*([A-Za-z])", re.IGNORECASE)


@dataclass(frozen=True)
class Metadonnees:
    titre: str
    auteur: str = ""
    sujet: str = ""
    createur: str = "dossier"
    jour: date | None = None  # CreationDate and ModDate: the « as of » day; none without it


def date_pdf(jour: date) -> str:
    return f"D:{jour:%Y%m%d}"  # the form WeasyPrint writes for our letters (« D:20260316 »)


def xmp(metadonnees: Metadonnees) -> bytes:
    """The XMP packet (XMP Specification Part 1; ISO 19005-3 6.6.2.1): predefined schemas only."""
    m = metadonnees
    proprietes = [
        f"<pdfaid:part>{PARTIE}</pdfaid:part>",
        f"<pdfaid:conformance>{CONFORMITE}</pdfaid:conformance>",
    ]
    proprietes.append(f"<pdf:Producer>{escape(PRODUCTEUR)}</pdf:Producer>")
    proprietes.append(f"<xmp:CreatorTool>{escape(m.createur)}</xmp:CreatorTool>")
    proprietes.append(
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(m.titre)}</rdf:li></rdf:Alt></dc:title>'
    )
    if m.auteur:
        proprietes.append(f"<dc:creator><rdf:Seq><rdf:li>{escape(m.auteur)}</rdf:li></rdf:Seq></dc:creator>")
    if m.sujet:
        proprietes.append(
            '<dc:description><rdf:Alt><rdf:li xml:lang="x-default">'
            f"{escape(m.sujet)}</rdf:li></rdf:Alt></dc:description>"
        )
    if m.jour is not None:
        proprietes.append(f"<xmp:CreateDate>{m.jour.isoformat()}</xmp:CreateDate>")
        proprietes.append(f"<xmp:ModifyDate>{m.jour.isoformat()}</xmp:ModifyDate>")
    corps = "\n".join(proprietes)
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '<rdf:Description rdf:about=""'
        ' xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"'
        ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"'
        ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        f"{corps}\n"
        "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n"
        '<?xpacket end="r"?>'
    ).encode()


def info(metadonnees: Metadonnees) -> dict[str, str]:
    """The Info dictionary's entries, the same values as the XMP packet (`xmp`) states."""
    m = metadonnees
    entrees = {"/Title": m.titre, "/Creator": m.createur, "/Producer": PRODUCTEUR}
    if m.auteur:
        entrees["/Author"] = m.auteur
    if m.sujet:
        entrees["/Subject"] = m.sujet
    if m.jour is not None:
        entrees["/CreationDate"] = entrees["/ModDate"] = date_pdf(m.jour)
    return entrees


def declarer(sortie: PdfWriter, metadonnees: Metadonnees) -> None:
    """`sortie` declared PDF/A-3b: Info, XMP metadata and the sRGB output intent (module docstring).

    Call it before `tampon.octets`, which keeps /Metadata and /OutputIntents (they cannot act)."""
    m = metadonnees
    sortie.add_metadata(info(m))
    flux = StreamObject()
    flux.set_data(xmp(m))
    flux.update({NameObject("/Type"): NameObject("/Metadata"), NameObject("/Subtype"): NameObject("/XML")})
    nom, octets_icc = intention_srgb()
    intention = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject(nom),
            NameObject("/Info"): TextStringObject(nom),
            NameObject("/DestOutputProfile"): _profil(sortie, octets_icc),
        }
    )
    racine = sortie.root_object
    racine[NameObject("/Metadata")] = tampon.reference_de(flux, sortie)
    racine[NameObject("/OutputIntents")] = ArrayObject([intention])


def _profil(sortie: PdfWriter, octets_icc: bytes) -> IndirectObject:
    """The sRGB profile stream: the one our WeasyPrint pages already carry (their /ColorSpace, the
    stamps' too) when there is one, so that the file holds it once; else a new one."""
    for objet in tampon.objets(sortie.root_object):
        if isinstance(objet, StreamObject) and "/N" in objet and objet.get_data() == octets_icc:
            return tampon.reference_de(objet, sortie)
    profil = StreamObject()
    profil.set_data(octets_icc)
    profil[NameObject("/N")] = NumberObject(3)
    return tampon.reference_de(profil.flate_encode(), sortie)


def _resolu(objet: Any) -> Any:
    return objet.get_object() if isinstance(objet, IndirectObject) else objet


def _racine(lecteur: PdfReader | PdfWriter) -> DictionaryObject:
    if isinstance(lecteur, PdfWriter):
        return lecteur.root_object
    racine = _resolu(lecteur.trailer["/Root"])
    return racine if isinstance(racine, DictionaryObject) else DictionaryObject()


def declaration(lecteur: PdfReader | PdfWriter) -> tuple[str, str] | None:
    """(part, conformance) as the file's XMP metadata declares them (« 3 », « B »), or None."""
    metadonnees = _resolu(_racine(lecteur).get("/Metadata"))
    if not isinstance(metadonnees, StreamObject):
        return None
    try:
        donnees = metadonnees.get_data()
    except (PyPdfError, ValueError, OSError):
        return None
    partie, conformite = _PDFAID.search(donnees), _CONFORMITE.search(donnees)
    if partie is None or conformite is None:
        return None
    return partie.group(1).decode("ascii"), conformite.group(1).decode("ascii").upper()


def police_non_incorporee(objet: DictionaryObject) -> str | None:
    """The name of a font whose program is not in the file (ISO 19005-3 6.2.11.4.1), else None.

    A Type 3 font draws its glyphs with PDF operators; a composite (Type 0) font is judged by its
    descendant, which is a font dictionary of its own."""
    if objet.get("/Type") != "/Font" or objet.get("/Subtype") in ("/Type3", "/Type0"):
        return None
    descripteur = _resolu(objet.get("/FontDescriptor"))
    if isinstance(descripteur, DictionaryObject) and any(c in descripteur for c in POLICES_PROGRAMME):
        return None
    return str(objet.get("/BaseFont", "sans nom")).lstrip("/")


def hors_pdfa(lecteur: PdfReader | PdfWriter) -> str | None:
    """Why this PDF's pages cannot enter a PDF/A-3b file (French, after « le fichier »), or None."""
    declaree = declaration(lecteur)
    if declaree is None:
        return "n'est pas un PDF/A (ses métadonnées ne le déclarent pas)"
    partie, _ = declaree
    if partie not in PARTIES_ADMISES:
        return f"se déclare PDF/A-{partie}, fondé sur PDF 2.0 : ses pages n'entrent pas dans un PDF/A-3"
    intentions = _resolu(_racine(lecteur).get("/OutputIntents"))
    profils = [
        _resolu(_resolu(i).get("/DestOutputProfile"))
        for i in (intentions if isinstance(intentions, ArrayObject) else [])
        if isinstance(_resolu(i), DictionaryObject)
    ]
    profils = [p for p in profils if isinstance(p, StreamObject)]
    if not profils:
        return "se déclare PDF/A mais n'a pas de profil de couleur de sortie (OutputIntent)"
    if any(int(p.get("/N", 0)) not in COMPOSANTES_ADMISES for p in profils):
        return (
            "se déclare PDF/A mais son profil de couleur de sortie n'est ni RVB ni gris (CMJN d'imprimerie)"
        )
    for objet in tampon.objets(_racine(lecteur)):  # every font of the file, drawn or not
        police = police_non_incorporee(objet) if isinstance(objet, DictionaryObject) else None
        if police is not None:
            return f"se déclare PDF/A mais la police « {police} » n'y est pas incorporée"
    return None


def hors_pdfa_octets(donnees: bytes) -> str | None:
    """`hors_pdfa` on a PDF's bytes; None for a file pypdf cannot read (`preparer_pieces` refuses
    it with its own code)."""
    try:
        return hors_pdfa(PdfReader(io.BytesIO(donnees), strict=False))
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError):
        return None
