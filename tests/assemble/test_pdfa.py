"""`assemble/pdfa.py`: which pièces may enter a PDF/A file, and a bundle that declares PDF/A-3b
only then — read back with pypdf (tests/pdfa.py, independent of the product's code)."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from pypdf.xmp import XmpInformation

from dossier.assemble import pdfa
from dossier.assemble.bundle import Jointe, assembler_bundle, joindre_sources
from dossier.assemble.pieces import Piece, preparer_pieces, sources_pieces
from dossier.assemble.tampon import reference_de
from dossier.render.pdf import ecrire_pdf
from tests.assemble.outils import ECHANTILLONS, creance, ecrire, pdf_html
from tests.pdfa import declare_pdfa, ecarts_pdfa

META = {
    "titre": "Requête en injonction de payer — réf. créancier SCO-2025-0087 <&>",
    "auteur": "OGEC Notre-Dame des Charmettes",
    "sujet": "Injonction de payer — essai",
    "jour": "2026-03-20",
    "reference": "SCO-2025-0087",
}


def _declare(pdf: bytes, partie: str = "3", composantes: int | None = 3) -> bytes:
    """`pdf` with an XMP packet that says PDF/A-`partie` B and, unless None, an output intent whose
    profile has `composantes` colour components (what `hors_pdfa` reads; not a real profile)."""
    ecrivain = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    xmp = XmpInformation.create()
    xmp.pdfaid_part = partie
    xmp.pdfaid_conformance = "B"
    ecrivain.xmp_metadata = xmp
    if composantes is not None:
        profil = DecodedStreamObject()
        profil.set_data(b"profil")
        profil[NameObject("/N")] = NumberObject(composantes)
        intention = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/OutputIntent"),
                NameObject("/S"): NameObject("/GTS_PDFA1"),
                NameObject("/DestOutputProfile"): reference_de(profil, ecrivain),
            }
        )
        ecrivain.root_object[NameObject("/OutputIntents")] = ArrayObject([intention])
    return ecrire(ecrivain)


def _ordinaire() -> bytes:
    """A PDF as most programs export it: fonts embedded, no PDF/A declaration."""
    return ecrire_pdf("<p>Export.</p>", "pieces/courriel.html", "essai", pdfa=False)


def _helvetica() -> bytes:
    """One page of text in Helvetica, a standard font no file embeds."""
    ecrivain = PdfWriter()
    page = ecrivain.add_blank_page(200, 200)
    police = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {NameObject("/Font"): DictionaryObject({NameObject("/F1"): reference_de(police, ecrivain)})}
    )
    contenu = DecodedStreamObject()
    contenu.set_data(b"BT /F1 12 Tf 20 100 Td (Bonjour) Tj ET")
    page[NameObject("/Contents")] = reference_de(contenu, ecrivain)
    return ecrire(ecrivain)


def _hors(pdf: bytes) -> str | None:
    return pdfa.hors_pdfa(PdfReader(io.BytesIO(pdf)))


def test_nos_pdf_entrent_dans_un_pdfa() -> None:
    assert _hors(pdf_html("<p>Une lettre.</p>")) is None
    assert declare_pdfa(pdf_html("<p>Une lettre.</p>"))


@pytest.mark.parametrize(
    ("pdf", "raison"),
    [
        (lambda: _ordinaire(), "n'est pas un PDF/A"),
        (lambda: _declare(_ordinaire(), composantes=None), "n'a pas de profil de couleur de sortie"),
        (lambda: _declare(_ordinaire(), partie="4"), "se déclare PDF/A-4, fondé sur PDF 2.0"),
        (lambda: _declare(_ordinaire(), composantes=4), "ni RVB ni gris"),
        (lambda: _declare(_helvetica()), "la police « Helvetica » n'y est pas incorporée"),
    ],
    ids=["export-ordinaire", "sans-intention", "pdfa-4", "cmjn", "police-absente"],
)
def test_ce_qui_n_entre_pas(pdf, raison: str) -> None:  # type: ignore[no-untyped-def]
    octets = pdf()
    trouvee = _hors(octets)
    assert trouvee is not None and raison in trouvee
    assert pdfa.hors_pdfa_octets(octets) == trouvee


def test_un_pdfa_declare_sain_entre() -> None:
    assert _hors(_declare(_ordinaire(), partie="2", composantes=1)) is None


@pytest.fixture(scope="module")
def pieces_ecole() -> tuple[Piece, ...]:
    """The school's pièces: PDF/A exports, a scan, an email, generated copies — all may enter."""
    claim = creance(ECHANTILLONS / "injonction-ogec" / "claim.yaml")
    copies = {i: pdf_html(f"<p>Copie du courrier {i}.</p>") for i in range(3)}
    pieces = preparer_pieces(claim, sources_pieces(claim, copies))
    assert [p.hors_pdfa for p in pieces] == [None] * len(pieces)
    return pieces


def _documents() -> list[tuple[str, bytes]]:
    return [("Requête en injonction de payer", pdf_html("<h1>Requête</h1><p>Le créancier expose…</p>"))]


def test_bundle_pdfa_3b_et_ses_sources(pieces_ecole: tuple[Piece, ...]) -> None:
    bundle = assembler_bundle(_documents(), pieces_ecole, META)
    assert ecarts_pdfa(bundle) == []
    assert declare_pdfa(bundle)
    xmp = PdfReader(io.BytesIO(bundle)).xmp_metadata
    assert xmp is not None and xmp.dc_title == {"x-default": META["titre"]}  # « <&> » escaped, read back
    jour = date(2026, 3, 20)
    jointes = [
        Jointe("claim.yaml", b"reference: SCO-2025-0087\n", "application/yaml", "Source", "La créance", jour),
        Jointe("calcul.json", b"{}", "application/json", "Data", "Le calcul", jour),
    ]
    complet = joindre_sources(bundle, jointes)
    assert ecarts_pdfa(complet) == []
    assert complet.startswith(b"%PDF-1.7\n")
    assert joindre_sources(bundle, jointes) == complet  # same inputs, same bytes
    for piece in pieces_ecole:
        assert ecarts_pdfa(piece.pdf) == [], piece.nom_fichier


def test_une_piece_ordinaire_et_le_bundle_ne_declare_rien(pieces_ecole: tuple[Piece, ...]) -> None:
    claim = creance(ECHANTILLONS / "injonction-b2b" / "claim.yaml")
    pieces = preparer_pieces(claim, sources_pieces(claim, {}))
    hors = {p.nom_fichier: p.hors_pdfa for p in pieces if p.hors_pdfa is not None}
    assert sorted(hors) == ["01-contrat.pdf", "02-facture-f-2025-211.pdf", "03-facture-f-2025-236.pdf",
                            "04-facture-f-2025-252.pdf"]  # fmt: skip
    bundle = assembler_bundle(_documents(), pieces, META)
    lecteur = PdfReader(io.BytesIO(bundle))
    assert lecteur.xmp_metadata is None and "/OutputIntents" not in lecteur.trailer["/Root"]
    assert not declare_pdfa(bundle)
    assert lecteur.metadata is not None and lecteur.metadata.title == META["titre"]
    for piece in pieces:
        assert declare_pdfa(piece.pdf) == (piece.hors_pdfa is None), piece.nom_fichier


def test_un_document_ordinaire_et_le_bundle_ne_declare_rien(pieces_ecole: tuple[Piece, ...]) -> None:
    ordinaire = ecrire_pdf("<p>Requête</p>", "pieces/courriel.html", "essai", pdfa=False)
    assert not declare_pdfa(assembler_bundle([("Requête", ordinaire)], pieces_ecole, META))


def test_le_verificateur_voit_ce_qui_manque() -> None:
    """tests/pdfa.py itself: an ordinary PDF fails it on each count it can."""
    ecarts = ecarts_pdfa(_helvetica())
    for clause in ("6.6.2", "6.2.3", "6.2.11.4", "6.1.3"):
        assert any(e.startswith(clause) for e in ecarts), (clause, ecarts)
    assert isinstance(PdfReader(io.BytesIO(_helvetica())).pages[0]["/Contents"].get_object(), StreamObject)
