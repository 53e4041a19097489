"""`assembler_bundle` read back: pages, stamps, bookmarks, page labels, links, metadata, inertness.

The documents are small PDFs made here through the product's WeasyPrint path, the bordereau with
`<a href="piece:N">` links as the court templates write them (plus a web link that must vanish).
"""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from dossier.assemble.bundle import assembler_bundle
from dossier.assemble.pieces import Piece, preparer_pieces, sources_pieces
from dossier.errors import RenderFailure
from dossier.render.readback import elements_actifs, normaliser, texte_pdf
from tests.assemble.outils import ECHANTILLONS, bande_et_contenu, creance, pdf_html

META = {
    "titre": "Requête en injonction de payer — dossier AMA-2025-0087",
    "auteur": "Atelier Morel Agencement",
    "sujet": "Injonction de payer contre Fromagerie des Aravis",
    "reference": "AMA-2025-0087",
}
NUMERO = re.compile(r"Réf. créancier AMA-2025-0087 — page (\d+)/(\d+)")


@pytest.fixture(scope="module")
def pieces() -> tuple[Piece, ...]:
    claim = creance(ECHANTILLONS / "injonction-b2b" / "claim.yaml")
    copies = {i: pdf_html(f"<p>Copie du courrier {i}.</p>") for i in range(3)}
    return preparer_pieces(claim, sources_pieces(claim, copies))


def _documents(pieces: tuple[Piece, ...]) -> list[tuple[str, bytes]]:
    requete = pdf_html("<h1>Requête</h1>" + "<p>Le créancier expose que…</p>" * 70)  # several pages
    lignes = "".join(f'<p><a href="piece:{p.numero}">Pièce n° {p.numero}</a> — {p.titre}</p>' for p in pieces)
    bordereau = pdf_html(f"<h1>Bordereau</h1>{lignes}<p><a href='https://example.org/'>site</a></p>")
    return [("Requête en injonction de payer", requete), ("Bordereau des pièces", bordereau)]


@pytest.fixture(scope="module")
def bundle(pieces: tuple[Piece, ...]) -> bytes:
    return assembler_bundle(_documents(pieces), pieces, META)


@pytest.fixture(scope="module")
def requete(pieces: tuple[Piece, ...]) -> int:
    """Pages of the requête (the bordereau, one page, follows it; then the pièces)."""
    nombre = len(PdfReader(io.BytesIO(_documents(pieces)[0][1])).pages)
    assert nombre >= 2
    return nombre


def test_pages_et_numerotation_continue(bundle: bytes, pieces: tuple[Piece, ...], requete: int) -> None:
    textes = texte_pdf(bundle)
    assert len(textes) == requete + 1 + sum(p.pages for p in pieces)
    for rang, texte in enumerate(textes, start=1):
        assert NUMERO.findall(texte) == [(str(rang), str(len(textes)))]


def test_les_pieces_gardent_leur_tampon(bundle: bytes, pieces: tuple[Piece, ...], requete: int) -> None:
    textes = texte_pdf(bundle)
    page = requete + 1
    for piece in pieces:
        for rang in range(1, piece.pages + 1):
            tampon = f"Pièce n°\xa0{piece.numero} — page {rang}/{piece.pages} — {piece.reference}"
            assert tampon in textes[page]
            page += 1
    assert "Facture n° F-2025-211" in normaliser(textes[requete + 2])


def test_le_numero_de_page_ne_cache_rien(bundle: bytes, pieces: tuple[Piece, ...], requete: int) -> None:
    total = len(texte_pdf(bundle))
    bande, contenu = bande_et_contenu(bundle, 0)
    assert bande == f"Réf. créancier AMA-2025-0087 — page 1/{total}"
    assert contenu.startswith("Requête Le créancier expose que…")
    bande, contenu = bande_et_contenu(bundle, requete + 2)  # pièce n° 2, the first invoice
    numero = f"Réf. créancier AMA-2025-0087 — page {requete + 3}/{total}"
    assert bande == f"Pièce n° 2 — page 1/1 — {pieces[1].reference} {numero}"  # normalised
    assert "Facture n° F-2025-211" in contenu and "Réf. créancier" not in contenu


def test_signets(bundle: bytes, pieces: tuple[Piece, ...], requete: int) -> None:
    lecteur = PdfReader(io.BytesIO(bundle))
    signets = [(s.title, lecteur.get_destination_page_number(s)) for s in lecteur.outline]
    attendus = [("Requête en injonction de payer", 0), ("Bordereau des pièces", requete)]
    page = requete + 1
    for piece in pieces:
        attendus.append((f"Pièce n° {piece.numero} — {piece.titre}", page))
        page += piece.pages
    assert signets == attendus
    assert lecteur.trailer["/Root"]["/PageMode"] == "/UseOutlines"


def test_etiquettes_de_pages(bundle: bytes, pieces: tuple[Piece, ...], requete: int) -> None:
    etiquettes = PdfReader(io.BytesIO(bundle)).page_labels
    attendues = [f"Requête en injonction de payer {rang}" for rang in range(1, requete + 1)]
    attendues.append("Bordereau des pièces 1")
    for piece in pieces:
        attendues += [f"Pièce {piece.numero} p. {rang}" for rang in range(1, piece.pages + 1)]
    assert etiquettes == attendues


def test_liens_du_bordereau_vers_chaque_piece(bundle: bytes, pieces: tuple[Piece, ...], requete: int) -> None:
    lecteur = PdfReader(io.BytesIO(bundle))
    premieres = {}
    page = requete + 1
    for piece in pieces:
        premieres[piece.numero] = page
        page += piece.pages
    bordereau = lecteur.pages[requete]
    cibles = []
    for annotation in bordereau["/Annots"]:
        annotation = annotation.get_object()
        assert annotation["/Subtype"] == "/Link" and "/A" not in annotation
        cibles.append(lecteur.get_page_number(annotation["/Dest"][0].get_object()))
    assert cibles == [premieres[p.numero] for p in pieces]  # in row order; the web link is gone
    for rang, page_ in enumerate(lecteur.pages):
        if rang != requete:
            assert "/Annots" not in page_


def test_metadonnees(bundle: bytes) -> None:
    lecteur = PdfReader(io.BytesIO(bundle))
    meta = lecteur.metadata
    assert meta is not None
    assert (meta.title, meta.author, meta.subject) == (META["titre"], META["auteur"], META["sujet"])
    assert meta.creation_date is None and meta.modification_date is None
    assert lecteur.trailer["/Root"]["/Lang"] == "fr-FR"
    assert len(lecteur.trailer["/ID"][0]) == 16


def test_rien_d_actif(bundle: bytes, requete: int) -> None:
    assert elements_actifs(bundle, liens_internes=True) == []
    assert elements_actifs(bundle) == [f"/Root/Pages/Kids[{requete}]/Annots"]  # only the bordereau's links
    assert b"example.org" not in bundle and b"piece:" not in bundle


def test_memes_entrees_memes_octets(bundle: bytes, pieces: tuple[Piece, ...]) -> None:
    assert assembler_bundle(_documents(pieces), pieces, META) == bundle


def test_lien_vers_une_piece_absente(pieces: tuple[Piece, ...]) -> None:
    bordereau = pdf_html('<p><a href="piece:42">Pièce n° 42</a></p>')
    with pytest.raises(RenderFailure) as refus:
        assembler_bundle([("Bordereau des pièces", bordereau)], pieces[:2], META)
    (constat,) = refus.value.constats
    assert constat.code == "PIECE-10"
    assert constat.message == "« Bordereau des pièces » renvoie à la pièce n° 42, absente du dossier."
