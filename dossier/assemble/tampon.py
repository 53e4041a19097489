"""Page layout and stamps: every page on A4 above a 10 mm band, stamp texts in the band, nothing active.

- `mettre_en_page`: each source page (any size, any /Rotate) goes onto a new A4 page (landscape when
  the page is wider than tall), scaled down to fit above the bottom band and centred. The source is
  clipped to its crop box, so nothing it draws can reach the band: a stamp never hides content, and
  content never hides a stamp. Annotations are flattened first (their visible appearance drawn into
  the page, as a printer would), then dropped, actions and all.
- `bandeaux`: the stamp pages, rendered once by WeasyPrint (`templates/pieces/bandeaux.html`, the
  shipped fonts): one blank page per page to stamp with a left text (« Pièce n° 3 — page 1/2 —
  facture.pdf ») and a right text (the bundle's « Réf. créancier … — page 12/40 »: the creditor's
  own reference, nothing like a court's numbering), in real, extractable text.
- `tamponner`: lays each stamp page over its page.
- `octets`: writes the PDF with every key that makes a PDF act (JavaScript, actions, launch, URI,
  embedded files, forms…) removed from every object — a second belt after the rebuild —, a
  « %PDF-1.7 » header and a file /ID (what a PDF/A declaration, `pdfa.py`, needs of the file).

Public API
    BANDE_MM
    mettre_en_page(pages: Iterable[PageObject], sortie: PdfWriter, garder_liens: bool = False)
        -> list[PageObject]
    Bandeau(gauche: str, droite: str, paysage: bool)
    bandeaux(liste: Sequence[Bandeau]) -> list[PageObject]
    tamponner(pages: Sequence[PageObject], tampons: Sequence[PageObject]) -> None
    octets(sortie: PdfWriter, identifiant: bytes | None = None) -> bytes
    objets(racine) -> list[DictionaryObject | ArrayObject]    `racine` and all it reaches, each once
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    StreamObject,
)

from dossier.render.environment import rendre_gabarit
from dossier.render.pdf import FAMILLE, ecrire_pdf

VERSION_PDF = "%PDF-1.7"
MM = 72 / 25.4
BANDE_MM = 10
BANDE = BANDE_MM * MM
A4 = (210 * MM, 297 * MM)
# Keys that make a PDF act or carry more than its pages (readback.CLES_ACTIVES, less /Annots and
# /A, which `_nettoyer` treats itself: internal links of the bundle are kept as plain /Dest).
CLES_A_RETIRER = frozenset(
    {
        "/JS", "/JavaScript", "/OpenAction", "/AA", "/Launch", "/URI", "/SubmitForm", "/ImportData",
        "/GoToR", "/GoToE", "/EmbeddedFiles", "/EmbeddedFile", "/RichMedia", "/AcroForm", "/XFA",
        "/Names", "/AF", "/Movie", "/Sound", "/Screen", "/3D", "/Rendition", "/ResetForm", "/Hide",
        "/SetOCGState",
    }
)  # fmt: skip
ANNOTATIONS_SANS_APPARENCE = frozenset({"/Link", "/Popup"})
CACHEE, INVISIBLE_ECRAN = 1 << 1, 1 << 5  # annotation flags « Hidden », « NoView » (PDF 32000, 12.5.3)


def _resolu(objet: Any) -> Any:
    return objet.get_object() if isinstance(objet, IndirectObject) else objet


def _aplatir_annotations(page: PageObject, ecrivain: PdfWriter) -> None:
    """Draw each visible annotation's normal appearance into the page content, then drop /Annots.

    PDF 32000-1 12.5.5: the appearance's bounding box, transformed by its /Matrix, is mapped onto
    the annotation's /Rect. Filled-in form fields, stamps and notes stay visible; nothing can act.
    """
    annotations = page.get("/Annots")
    if annotations is None:
        return
    ressources = page.get("/Resources")
    ressources = ressources.get_object() if ressources is not None else DictionaryObject()
    page[NameObject("/Resources")] = ressources
    xobjets = ressources.get("/XObject")
    xobjets = xobjets.get_object() if xobjets is not None else DictionaryObject()
    ressources[NameObject("/XObject")] = xobjets
    operations = []
    for rang, reference in enumerate(cast(ArrayObject, _resolu(annotations))):
        annotation = reference.get_object()
        if not isinstance(annotation, DictionaryObject):
            continue
        if annotation.get("/Subtype") in ANNOTATIONS_SANS_APPARENCE:
            continue
        if int(annotation.get("/F", 0)) & (CACHEE | INVISIBLE_ECRAN):
            continue
        dictionnaire = _resolu(annotation.get("/AP"))
        apparence: Any = (
            _resolu(dictionnaire.get("/N")) if isinstance(dictionnaire, DictionaryObject) else None
        )
        if isinstance(apparence, DictionaryObject) and not isinstance(apparence, StreamObject):
            etat = annotation.get("/AS")
            apparence = _resolu(apparence.get(etat)) if etat in apparence else None
        if not isinstance(apparence, StreamObject) or "/BBox" not in apparence or "/Rect" not in annotation:
            continue
        x0, y0, x1, y1 = (float(v) for v in cast(ArrayObject, _resolu(apparence["/BBox"])))
        a, b, c, d, e, f = (float(v) for v in apparence.get("/Matrix", [1, 0, 0, 1, 0, 0]))
        coins = [(a * x + c * y + e, b * x + d * y + f) for x in (x0, x1) for y in (y0, y1)]
        bx0, by0 = min(p[0] for p in coins), min(p[1] for p in coins)
        bx1, by1 = max(p[0] for p in coins), max(p[1] for p in coins)
        rx0, ry0, rx1, ry1 = (float(v) for v in cast(ArrayObject, _resolu(annotation["/Rect"])))
        if bx1 - bx0 <= 0 or by1 - by0 <= 0:
            continue
        sx, sy = (max(rx0, rx1) - min(rx0, rx1)) / (bx1 - bx0), (max(ry0, ry1) - min(ry0, ry1)) / (by1 - by0)
        tx, ty = min(rx0, rx1) - sx * bx0, min(ry0, ry1) - sy * by0
        nom = f"/DossierApparence{rang}"
        xobjets[NameObject(nom)] = reference_de(apparence, ecrivain)
        operations.append(f"q {sx:.6f} 0 0 {sy:.6f} {tx:.4f} {ty:.4f} cm {nom} Do Q")
    del page["/Annots"]
    if operations:
        ajout = DecodedStreamObject()
        ajout.set_data(("\n" + "\n".join(operations) + "\n").encode("ascii"))
        contenus = page.get("/Contents")
        liste = ArrayObject()
        if contenus is not None:
            contenus_objet = contenus.get_object()
            if isinstance(contenus_objet, ArrayObject):
                liste.extend(contenus_objet)
            else:
                liste.append(
                    contenus if isinstance(contenus, IndirectObject) else reference_de(contenus, ecrivain)
                )
        liste.append(reference_de(ajout, ecrivain))
        page[NameObject("/Contents")] = liste


def reference_de(objet: DictionaryObject, ecrivain: PdfWriter) -> IndirectObject:
    """A reference to `objet` in `ecrivain`: its own when it lives there, else a new indirect object.

    Streams, a page's content and the annotations of /Annots must be indirect objects (PDF 32000-1
    7.3.8, 7.7.3.3). pypdf has no public « add an object »: its public `clone` registers in the
    destination every object that carries an `indirect_reference`, and an object that carries one
    set to None is a new indirect object of no file yet (pypdf's own test_cloning pins this). An
    object of another file is cloned into `ecrivain` with what it references.
    """
    reference = getattr(objet, "indirect_reference", None)
    if isinstance(reference, IndirectObject) and reference.pdf is ecrivain:
        return reference
    if reference is None:
        objet.indirect_reference = None
    copie = objet.clone(ecrivain)
    if not isinstance(copie.indirect_reference, IndirectObject):  # pragma: no cover - pypdf changed
        raise AssertionError("pypdf n'a pas enregistré l'objet comme objet indirect")
    return copie.indirect_reference


def _ressources(page: PageObject) -> DictionaryObject:
    """The page's resources, inherited from its page tree when the page has none of its own."""
    noeud: Any = page
    while noeud is not None:
        if "/Resources" in noeud:
            return cast(DictionaryObject, _resolu(noeud["/Resources"]))
        noeud = _resolu(noeud.get("/Parent"))
    return DictionaryObject()


def _contenu(page: PageObject) -> bytes:
    contenus = _resolu(page.get("/Contents"))
    if contenus is None:
        return b""
    flux = contenus if isinstance(contenus, ArrayObject) else [contenus]
    return b"\n".join(cast(StreamObject, _resolu(f)).get_data() for f in flux)


def _en_formulaire(page: PageObject, sortie: PdfWriter) -> IndirectObject:
    """The page as a Form XObject: its content untouched, clipped to its crop box by /BBox.

    Drawing the whole page as one XObject (PDF 32000-1 8.10) avoids parsing and rewriting its
    content stream, and isolates its graphics state and resource names from the stamp's.
    """
    formulaire = DecodedStreamObject()
    formulaire.set_data(_contenu(page))
    boite = page.cropbox
    formulaire.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(
                FloatObject(float(v)) for v in (boite.left, boite.bottom, boite.right, boite.top)
            ),
            NameObject("/Resources"): _ressources(page).clone(sortie),
        }
    )
    return reference_de(formulaire.flate_encode(), sortie)


def _deplacer_liens(liens: Sequence[Any], sortie: PdfWriter, matrice: tuple[float, ...]) -> ArrayObject:
    """Link annotations moved with the content: their /Rect through the same matrix."""
    a, _, _, d, e, f = matrice
    deplaces = ArrayObject()
    for lien in liens:
        annotation = cast(DictionaryObject, _resolu(lien)).clone(sortie, ignore_fields=("/P", "/Parent"))
        x0, y0, x1, y1 = (float(v) for v in cast(ArrayObject, _resolu(annotation["/Rect"])))
        annotation[NameObject("/Rect")] = ArrayObject(
            FloatObject(round(v, 4)) for v in (a * x0 + e, d * y0 + f, a * x1 + e, d * y1 + f)
        )
        deplaces.append(reference_de(annotation, sortie))
    return deplaces


def mettre_en_page(
    pages: Iterable[PageObject], sortie: PdfWriter, garder_liens: bool = False
) -> list[PageObject]:
    """Each page onto a new A4 page of `sortie`, scaled above the band (see the module docstring).

    `pages` must belong to a PdfWriter (their annotations are flattened in place). With
    `garder_liens`, link annotations survive (moved with the content): the bundle's documents keep
    the bordereau's `piece:N` links, which `bundle.py` turns into internal destinations.
    """
    placees = []
    for page in pages:
        ecrivain = page.indirect_reference.pdf if page.indirect_reference is not None else sortie
        liens = []
        if garder_liens and "/Annots" in page:
            liens = [
                a
                for a in cast(ArrayObject, _resolu(page["/Annots"]))
                if _resolu(a).get("/Subtype") == "/Link"
            ]
        if page.rotation % 360:
            page.transfer_rotation_to_content()
        _aplatir_annotations(page, ecrivain)
        boite = page.cropbox
        largeur, hauteur = float(boite.width), float(boite.height)
        paysage = largeur > hauteur
        l_a4, h_a4 = (A4[1], A4[0]) if paysage else A4
        echelle = min(l_a4 / largeur, (h_a4 - BANDE) / hauteur)
        dx = (l_a4 - largeur * echelle) / 2 - echelle * float(boite.left)
        dy = BANDE + (h_a4 - BANDE - hauteur * echelle) / 2 - echelle * float(boite.bottom)
        nouvelle = sortie.add_blank_page(l_a4, h_a4)
        nouvelle[NameObject("/Resources")] = DictionaryObject(
            {
                NameObject("/XObject"): DictionaryObject(
                    {NameObject("/DossierPage"): _en_formulaire(page, sortie)}
                )
            }
        )
        dessin = DecodedStreamObject()
        dessin.set_data(
            f"q {echelle:.6f} 0 0 {echelle:.6f} {dx:.4f} {dy:.4f} cm /DossierPage Do Q\n".encode("ascii")
        )
        nouvelle[NameObject("/Contents")] = reference_de(dessin, sortie)
        if liens:
            nouvelle[NameObject("/Annots")] = _deplacer_liens(liens, sortie, (echelle, 0, 0, echelle, dx, dy))
        placees.append(nouvelle)
    return placees


@dataclass(frozen=True)
class Bandeau:
    gauche: str
    droite: str
    paysage: bool


def bandeaux(liste: Sequence[Bandeau]) -> list[PageObject]:
    """The stamp pages, one per entry, in one WeasyPrint rendering."""
    html = rendre_gabarit("pieces/bandeaux.html", {"bandeaux": liste, "famille": FAMILLE})
    lecteur = PdfReader(io.BytesIO(ecrire_pdf(html, "pieces/bandeaux.html", "Tampons des pages")))
    if len(lecteur.pages) != len(liste):  # pragma: no cover - one .feuille per page by construction
        raise AssertionError(f"{len(lecteur.pages)} bandeaux rendus pour {len(liste)} pages")
    return list(lecteur.pages)


def est_paysage(page: PageObject) -> bool:
    return float(page.mediabox.width) > float(page.mediabox.height)


def tamponner(pages: Sequence[PageObject], tampons: Sequence[PageObject]) -> None:
    for page, tampon in zip(pages, tampons, strict=True):
        page.merge_page(tampon)


def _nettoyer(objet: object) -> None:
    if isinstance(objet, DictionaryObject):
        for cle in [c for c in objet if c in CLES_A_RETIRER]:
            del objet[cle]
        if "/A" in objet:  # an action: outline items and the bundle's links use /Dest instead
            del objet["/A"]
        for valeur in objet.values():
            if not isinstance(valeur, IndirectObject):
                _nettoyer(valeur)
    elif isinstance(objet, ArrayObject):
        for valeur in objet:
            if not isinstance(valeur, IndirectObject):
                _nettoyer(valeur)


def objets(racine: DictionaryObject) -> list[DictionaryObject | ArrayObject]:
    """`racine` and every object it reaches through indirect references, each once."""
    trouves: list[DictionaryObject | ArrayObject] = [racine]
    vus: set[int] = set()
    pile: list[Any] = [racine]
    while pile:
        objet = pile.pop()
        if isinstance(objet, IndirectObject):
            if objet.idnum in vus:
                continue
            vus.add(objet.idnum)
            objet = objet.get_object()
            if isinstance(objet, (DictionaryObject, ArrayObject)):
                trouves.append(objet)
        if isinstance(objet, DictionaryObject):
            pile.extend(objet.values())
        elif isinstance(objet, ArrayObject):
            pile.extend(objet)
    return trouves


def octets(sortie: PdfWriter, identifiant: bytes | None = None) -> bytes:
    """The written PDF, made inert: written once, read back whole (every object now local), every
    active key removed from every object (`_nettoyer`), unreferenced objects dropped, written again.

    The copy holds what the catalogue reaches, and the trailer's /Info, ours (title, author: it
    cannot act); so every object the catalogue reaches is every object that can act; the XMP
    metadata and output intent of a PDF/A declaration (`pdfa.declarer`) cannot act and stay.
    `identifiant` (16 bytes) becomes the file /ID; without it, the /ID is a hash of the first
    writing (PDF/A requires one, ISO 19005-3 6.1.3; same pages, same /ID). No dates are set here.
    The header says PDF 1.7 (ISO 32000-1, on which PDF/A-3 rests; WeasyPrint's pages use it).
    """
    premier = io.BytesIO()
    sortie.write(premier)
    if identifiant is None:
        identifiant = hashlib.sha256(premier.getvalue()).digest()[:16]
    lecteur = PdfReader(io.BytesIO(premier.getvalue()))
    # pypdf's clone_from copies the reader's « '/Root' and '/Info' and '/ID' » (its docstring)
    lecteur.trailer[NameObject("/ID")] = ArrayObject(
        (ByteStringObject(identifiant), ByteStringObject(identifiant))
    )
    propre = PdfWriter(clone_from=lecteur)
    propre.pdf_header = VERSION_PDF
    for objet in objets(propre.root_object):
        _nettoyer(objet)
    if "/Names" in propre.root_object:
        del propre.root_object["/Names"]
    propre.compress_identical_objects()  # duplicates and unreferenced objects (defaults)
    final = io.BytesIO()
    propre.write(final)
    return final.getvalue()
