"""Each accepted input turned into PDF pages held by a PdfWriter, ready to be laid out and stamped.

Accepted (issue 6): PDF; JPEG and PNG scans (one A4 page each, EXIF orientation
honoured, aspect ratio kept, never enlarged past the scan's own size when it states its
resolution); `.eml` and plain-text emails (rendered by WeasyPrint through
`templates/pieces/courriel.html`). The kind is read from the bytes (PDF, JPEG and PNG signatures),
the extension only tells a PDF from an email when the bytes are text. Refusals raise
`PieceIllisible(code, message)`: PIECE-03 damaged PDF, PIECE-04 encrypted PDF, PIECE-05 other
format, PIECE-07 damaged or oversized image, PIECE-08 unreadable email, PIECE-13 a page whose
content, images or fonts cannot be found, or whose size is nil; PIECE-14 too many pages (bornes.py).

Public API
    genre(nom: str, donnees: bytes) -> str             "pdf" | "image" | "eml" | "texte"
    ecrivain_pdf(donnees: bytes) -> PdfWriter          the PDF's pages, checked (not yet inert)
    image_en_pdf(donnees: bytes) -> bytes              one A4 page
    courriel_en_pdf(courriel: Courriel, titre: str, origine: str) -> bytes
    PieceIllisible
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from PIL import Image, ImageFile, ImageOps, UnidentifiedImageError
from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.errors import PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NullObject, StreamObject

from dossier.assemble import bornes
from dossier.assemble.courriel import Courriel
from dossier.assemble.tampon import A4, MM
from dossier.render.environment import rendre_gabarit
from dossier.render.pdf import FAMILLE, ecrire_pdf

SIGNATURES = ((b"\xff\xd8\xff", "image"), (b"\x89PNG\r\n\x1a\n", "image"))
EXTENSIONS_TEXTE = {".eml": "eml", ".txt": "texte"}
MARGE_IMAGE = 10 * MM
DPI_SCAN_MIN = 100  # a stated resolution below this is a screen default, not a scanner's


class PieceIllisible(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def genre(nom: str, donnees: bytes) -> str:
    if b"%PDF-" in donnees[:1024]:
        return "pdf"
    for signature, sorte in SIGNATURES:
        if donnees.startswith(signature):
            return sorte
    extension = nom[nom.rfind(".") :].lower() if "." in nom else ""
    if extension == ".pdf":
        raise PieceIllisible("PIECE-03", "le fichier porte l'extension .pdf mais n'est pas un PDF")
    if extension in (".jpg", ".jpeg", ".png"):
        raise PieceIllisible("PIECE-07", "le fichier porte une extension d'image mais n'est ni JPEG ni PNG")
    if extension in EXTENSIONS_TEXTE:
        return EXTENSIONS_TEXTE[extension]
    raise PieceIllisible(
        "PIECE-05",
        f"format non pris en charge ({extension or 'sans extension'}) : PDF, JPEG, PNG, .eml ou .txt",
    )


def ecrivain_pdf(donnees: bytes) -> PdfWriter:
    """The PDF's pages in a writer (annotations still there: `tampon.mettre_en_page` flattens them)."""
    try:
        lecteur = PdfReader(io.BytesIO(donnees), strict=False)
        if lecteur.is_encrypted:
            raise PieceIllisible("PIECE-04", "le PDF est chiffré (protégé par un mot de passe)")
        if len(lecteur.pages) == 0:
            raise PieceIllisible("PIECE-03", "le PDF ne contient aucune page")
        if len(lecteur.pages) > bornes.PAGES:
            raise PieceIllisible(
                "PIECE-14", f"le PDF compte {len(lecteur.pages)} pages : au plus {bornes.PAGES} par pièce"
            )
        for rang, page in enumerate(lecteur.pages, start=1):
            _verifier_page(page, rang)
        return PdfWriter(clone_from=lecteur)
    except PieceIllisible:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError) as exc:
        raise PieceIllisible(
            "PIECE-03", f"le PDF est endommagé ou tronqué ({type(exc).__name__}: {exc})"
        ) from exc


def _verifier_page(page: PageObject, rang: int) -> None:
    """Every content stream of the page decoded now, and every image, form or font it names found.

    pypdf, reading leniently, turns a reference it cannot follow into null: the page would then be
    stamped and filed blank, or without its images or its text. Such a page is refused (PIECE-13),
    by its number, rather than produced as evidence it does not show.
    """
    if "/Contents" in page:
        contenus = _objet(page.get("/Contents"))
        flux = [_objet(f) for f in contenus] if isinstance(contenus, ArrayObject) else [contenus]
        for f in flux:  # an empty array is a blank page, drawn blank: nothing is lost
            if not isinstance(f, StreamObject):
                raise PieceIllisible("PIECE-13", f"la page {rang} ne peut pas être lue : son contenu manque")
            f.get_data()  # a truncated or corrupt stream fails here
    ressources = _objet(page.get("/Resources"))
    if isinstance(ressources, DictionaryObject):
        for categorie, quoi in (("/XObject", "une image"), ("/Font", "une police")):
            noms = _objet(ressources.get(categorie))
            if noms is None:
                continue
            if not isinstance(noms, DictionaryObject):
                raise PieceIllisible("PIECE-13", f"la page {rang} ne peut pas être lue : {quoi} manque")
            for nom, reference in noms.items():
                if not isinstance(_objet(reference), DictionaryObject):  # a stream is a dictionary
                    raise PieceIllisible(
                        "PIECE-13", f"la page {rang} ne peut pas être lue : {quoi} ({nom}) manque"
                    )
    boite = page.cropbox
    largeur, hauteur = float(boite.width), float(boite.height)
    if not (0 < largeur <= bornes.COTE_POINTS and 0 < hauteur <= bornes.COTE_POINTS):
        raise PieceIllisible(
            "PIECE-13",
            f"la page {rang} ne peut pas être lue : sa taille ({largeur:g} × {hauteur:g} points) est "
            "nulle ou démesurée",
        )


def _objet(valeur: object) -> object:
    """The object a value refers to; None for a missing one (pypdf's NullObject too)."""
    if isinstance(valeur, IndirectObject):
        valeur = valeur.get_object()
    return None if valeur is None or isinstance(valeur, NullObject) else valeur


@contextmanager
def _chargement_strict() -> Iterator[None]:
    """Pillow refusing a truncated file, for the time of one read.

    WeasyPrint's import sets `ImageFile.LOAD_TRUNCATED_IMAGES = True` for the whole process
    (weasyprint/images.py): a cut scan would then load with its missing part painted grey, and a
    pièce the court cannot read in full would be filed. The setting is restored afterwards.
    """
    avant = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        yield
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = avant


def image_en_pdf(donnees: bytes) -> bytes:
    """A scan or a photo centred on one A4 page (landscape if the image is), within 10 mm margins."""
    try:
        with warnings.catch_warnings(), _chargement_strict():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            # JPEG and PNG only: Pillow's other decoders (FITS, FPX, TIFF…) never see a pièce
            image: Image.Image = Image.open(io.BytesIO(donnees), formats=("JPEG", "PNG"))
            if image.width * image.height > bornes.PIXELS:
                raise PieceIllisible(
                    "PIECE-07", f"l'image est trop grande ({image.width} × {image.height} pixels)"
                )
            dpi = image.info.get("dpi")
            image.load()
            image = ImageOps.exif_transpose(image)
    except PieceIllisible:
        raise
    except Image.DecompressionBombError as exc:  # Pillow's own bound, on the size the header declares
        raise PieceIllisible("PIECE-07", f"l'image est trop grande ({exc})") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombWarning) as exc:
        raise PieceIllisible("PIECE-07", f"l'image est endommagée ou tronquée ({exc})") from exc
    if image.mode not in ("RGB", "L"):
        fond = Image.new("RGB", image.size, (255, 255, 255))
        rgba = image.convert("RGBA")
        fond.paste(rgba, mask=rgba.getchannel("A"))
        image = fond
    paysage = image.width > image.height
    largeur_page, hauteur_page = (A4[1], A4[0]) if paysage else A4
    place_l = largeur_page - 2 * MARGE_IMAGE
    place_h = hauteur_page - 2 * MARGE_IMAGE
    echelle = min(place_l / image.width, place_h / image.height)  # points per pixel
    if dpi and float(dpi[0]) >= DPI_SCAN_MIN:
        echelle = min(echelle, 72 / float(dpi[0]))  # never larger than the paper scanned
    # Pillow writes the image alone on a page of its own size (pixels / resolution inches), then
    # that page is centred on the A4 page.
    seule = io.BytesIO()
    image.save(seule, "PDF", resolution=72 / echelle)
    page_image = PdfReader(io.BytesIO(seule.getvalue())).pages[0]
    ecrivain = PdfWriter()
    page = ecrivain.add_blank_page(largeur_page, hauteur_page)
    dx = (largeur_page - float(page_image.mediabox.width)) / 2
    dy = (hauteur_page - float(page_image.mediabox.height)) / 2
    page.merge_transformed_page(page_image, Transformation().translate(dx, dy))
    sortie = io.BytesIO()
    ecrivain.write(sortie)
    return sortie.getvalue()


def courriel_en_pdf(courriel: Courriel, titre: str, origine: str) -> bytes:
    html = rendre_gabarit(
        "pieces/courriel.html", {"courriel": courriel, "titre": titre, "origine": origine, "famille": FAMILLE}
    )
    return ecrire_pdf(html, "pieces/courriel.html", f"Courriel « {titre} »")
