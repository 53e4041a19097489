"""The pièces of the two injonction samples, read back: order, stamps, pages, text kept, nothing active.

Each input kind of the samples is covered: signed quote and invoices (PDF), a Factur-X invoice, a
JPEG photographed sideways (EXIF orientation 6), PNG and JPEG acknowledgement scans, an .eml email
with an HTML alternative and an attachment, a plain-text email, and the copies dossier generates.
"""

from __future__ import annotations

import io
import re
import subprocess
import tempfile
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from dossier.assemble.conversion import genre
from dossier.assemble.pieces import Piece, preparer_pieces, sources_pieces
from dossier.assemble.tampon import BANDE
from dossier.render.readback import elements_actifs, normaliser, texte_pdf
from tests.assemble.outils import ECHANTILLONS, MM, bande_et_contenu, creance, pages, pdf_html

A4_PORTRAIT, A4_PAYSAGE = (210 * MM, 297 * MM), (297 * MM, 210 * MM)
TAMPON = re.compile(r"Pièce n°\s(\d+) — page (\d+)/(\d+) — (.+?) *$", re.MULTILINE)


def _copies(nombre: int) -> dict[int, bytes]:
    return {i: pdf_html(f"<p>Copie du courrier {i} établie par dossier.</p>") for i in range(nombre)}


@pytest.fixture(scope="module")
def b2b() -> tuple[Piece, ...]:
    claim = creance(ECHANTILLONS / "injonction-b2b" / "claim.yaml")
    return preparer_pieces(claim, sources_pieces(claim, _copies(3)))


@pytest.fixture(scope="module")
def ogec() -> tuple[Piece, ...]:
    claim = creance(ECHANTILLONS / "injonction-ogec" / "claim.yaml")
    return preparer_pieces(claim, sources_pieces(claim, _copies(3)))


def test_ordre_du_bordereau_b2b(b2b: tuple[Piece, ...]) -> None:
    assert [(p.numero, p.origine, p.nom_fichier) for p in b2b] == [
        (1, "contrat.piece", "01-contrat.pdf"),
        (2, "factures[0].piece", "02-facture-f-2025-211.pdf"),
        (3, "factures[1].piece", "03-facture-f-2025-236.pdf"),
        (4, "factures[2].piece", "04-facture-f-2025-252.pdf"),
        (5, "echanges[0].piece", "05-rencontre-2025-09-12.pdf"),
        (6, "echanges[2].piece", "06-email-2025-12-02.pdf"),
        (7, "courriers[0]", "07-relance-1-2025-11-14.pdf"),
        (8, "courriers[1]", "08-relance-2-2025-11-28.pdf"),
        (9, "courriers[2]", "09-mise-en-demeure-2026-01-12.pdf"),
        (10, "courriers[2].accuse_reception.piece", "10-ar-mise-en-demeure-2026-01-12.pdf"),
    ]
    assert b2b[1].titre == "Facture F-2025-211 du 31 juillet 2025"
    assert (
        b2b[8].titre
        == "Mise en demeure du 12 janvier 2026 (LRAR n° 1A20345678912) — reproduction du courrier"
    )
    assert b2b[9].titre == (
        "Avis de réception : mise en demeure du 12 janvier 2026, distribuée le 14 janvier 2026"
    )
    assert [p.nature for p in b2b] == ["contrat", *["facture"] * 3, "echange", "echange", *["courrier"] * 3,
                                       "accuse_reception"]  # fmt: skip


def test_ordre_du_bordereau_ogec(ogec: tuple[Piece, ...]) -> None:
    assert [p.origine for p in ogec] == [
        "contrat.piece", "creancier.pouvoir.piece", "factures[0].piece", "factures[1].piece",
        "factures[2].piece", "echanges[1].piece", "courriers[0]", "courriers[1]", "courriers[2]",
        "courriers[2].accuse_reception.piece",
    ]  # fmt: skip
    assert ogec[0].pages == 2  # the school contract runs over two pages


def test_au_jour_dit_les_pieces_posterieures_sont_omises() -> None:
    claim = creance(ECHANTILLONS / "injonction-b2b" / "claim.yaml")
    origines = [s.origine for s in sources_pieces(claim, _copies(3), jour=date(2026, 1, 13))]
    assert "courriers[2]" in origines  # the notice, dated 12 January
    assert "courriers[2].accuse_reception.piece" not in origines  # its receipt, 14 January
    origines = [s.origine for s in sources_pieces(claim, _copies(3), jour=date(2025, 11, 30))]
    assert origines[-1] == "courriers[1]" and "echanges[2].piece" not in origines


@pytest.mark.parametrize("echantillon", ["b2b", "ogec"])
def test_chaque_page_est_tamponnee_et_sur_a4(
    echantillon: str, b2b: tuple[Piece, ...], ogec: tuple[Piece, ...]
) -> None:
    for piece in b2b if echantillon == "b2b" else ogec:
        textes = texte_pdf(piece.pdf)
        assert len(textes) == piece.pages == len(PdfReader(io.BytesIO(piece.pdf)).pages)
        for rang, texte in enumerate(textes, start=1):
            (tampon,) = TAMPON.findall(texte)
            assert tampon == (str(piece.numero), str(rang), str(piece.pages), piece.reference)
        for taille in pages(piece.pdf):
            assert taille in (A4_PORTRAIT, A4_PAYSAGE) or pytest.approx(taille) in (A4_PORTRAIT, A4_PAYSAGE)
        assert elements_actifs(piece.pdf) == [], piece.nom_fichier
        assert re.fullmatch(r"\d\d-[a-z0-9-]+\.pdf", piece.nom_fichier)


def test_la_reference_est_le_nom_du_fichier_ou_la_copie(b2b: tuple[Piece, ...]) -> None:
    assert b2b[2].reference == "facture-F-2025-236-facturx.pdf"
    # the first reminder went by email (`envoi: email`): its copy is not called a postal letter's
    assert b2b[6].reference == "reproduction du courriel" and "reproduction du courriel" in b2b[6].titre
    assert "reproduction du courriel" in normaliser(texte_pdf(b2b[6].pdf)[0])
    assert b2b[7].reference == "reproduction du courrier"


def test_le_texte_original_reste_lisible(b2b: tuple[Piece, ...], ogec: tuple[Piece, ...]) -> None:
    facture = normaliser(texte_pdf(b2b[1].pdf)[0])
    assert "Facture n° F-2025-211" in facture and "4 800,00 €" in facture and "Total TTC" in facture
    assert "Bon pour accord" in normaliser(texte_pdf(b2b[0].pdf)[0])
    contrat = normaliser(" ".join(texte_pdf(ogec[0].pdf)))
    assert "Article 4 — Conditions financières" in contrat and "645,00 €" in contrat
    assert "Copie du courrier 2 établie par dossier." in normaliser(texte_pdf(b2b[8].pdf)[0])


def test_le_tampon_ne_cache_rien(b2b: tuple[Piece, ...]) -> None:
    """The band holds the stamp and nothing else; the page's own text lies above it."""
    for piece in (b2b[0], b2b[1], b2b[5]):
        bande, contenu = bande_et_contenu(piece.pdf)
        assert bande == f"Pièce n° {piece.numero} — page 1/1 — {piece.reference}"  # normalised
        assert "Pièce n°" not in contenu
    assert "Total TTC 4 800,00 €" in bande_et_contenu(b2b[1].pdf)[1]
    assert "Atelier Morel Agencement — SARL au capital" in bande_et_contenu(b2b[1].pdf)[1]  # the foot line


def test_photo_redressee_selon_exif(b2b: tuple[Piece, ...]) -> None:
    """The delivery note is stored sideways (EXIF 6): the pièce shows it upright, landscape."""
    bon = b2b[4]
    assert pages(bon.pdf) == [pytest.approx(A4_PAYSAGE)]
    (image,) = PdfReader(io.BytesIO(bon.pdf)).pages[0].images
    largeur, hauteur = image.image.size
    assert (largeur, hauteur) == (1240, 874)  # stored 874 × 1240 in the JPEG, upright once turned


def test_scans_png_et_jpeg(b2b: tuple[Piece, ...], ogec: tuple[Piece, ...]) -> None:
    for piece in (b2b[9], ogec[9]):
        page = PdfReader(io.BytesIO(piece.pdf)).pages[0]
        assert len(page.images) == 1
        assert page.images[0].image.size == (1240, 780)
        assert pages(piece.pdf) == [pytest.approx(A4_PAYSAGE)]


def test_courriel_eml(b2b: tuple[Piece, ...]) -> None:
    texte = normaliser(texte_pdf(b2b[5].pdf)[0])
    assert "De : Luc Chabert <luc.chabert@fromagerie-aravis.example>" in texte
    assert "À : Atelier Morel Agencement <compta@morel-agencement.example>" in texte
    assert "Date : 2 décembre 2025 à 18:42 (UTC+01:00)" in texte
    assert "Objet : Re: Rappel de paiement — dossier AMA-2025-0087" in texte
    assert "Je ne conteste ni les travaux" in texte  # the plain-text body, decoded (quoted-printable)
    assert "Pièces jointes : previsionnel-tresorerie.csv (citées par leur nom ; non reproduites)" in texte
    assert b"decaissements" not in b2b[5].pdf  # the attachment is named, never embedded


def test_courriel_texte(ogec: tuple[Piece, ...]) -> None:
    texte = normaliser(texte_pdf(ogec[5].pdf)[0])
    assert "De : Sophie Lefèvre <s.lefevre@example.org>" in texte
    assert "Objet : Re: Contribution du 1er trimestre — Hugo Lefèvre (4e B)" in texte
    assert "Je vous fais parvenir cette semaine un chèque de 200 euros" in texte


def test_factur_x_sans_fichier_joint_dans_la_piece(b2b: tuple[Piece, ...]) -> None:
    lecteur = PdfReader(io.BytesIO(b2b[2].pdf))
    assert lecteur.attachments == {}
    assert "F-2025-236" in texte_pdf(b2b[2].pdf)[0]


def test_memes_entrees_memes_octets() -> None:
    claim = creance(ECHANTILLONS / "injonction-ogec" / "claim.yaml")
    sources = [s for s in sources_pieces(claim, {}) if s.nature in ("echange", "accuse_reception")]
    premier = preparer_pieces(claim, sources)
    second = preparer_pieces(claim, sources)
    assert [p.pdf for p in premier] == [p.pdf for p in second]


def test_chemin_sans_repertoire(tmp_path: Path) -> None:
    """A claim read from a file knows its folder; the pièces are found relative to it."""
    claim = creance(ECHANTILLONS / "injonction-ogec" / "claim.yaml")
    assert claim.dossier_source == ECHANTILLONS / "injonction-ogec"


# --- warnings on files that read: the same file twice, an invoice without its number ------------


def test_meme_fichier_pour_deux_factures_et_facture_sans_son_numero(tmp_path: Path) -> None:
    from dossier.assemble.avertissements import constats_pieces
    from tests.assemble.outils import copier_echantillon

    claim = copier_echantillon(
        "injonction-b2b",
        tmp_path,
        [("piece: pieces/facture-F-2025-252.pdf", "piece: pieces/facture-F-2025-211.pdf")],
    )
    lue = creance(claim)
    jour = date(2026, 3, 16)
    # PIECE-15 (a PDF that is not PDF/A) is tests/assemble/test_pdfa.py's
    constats = [c for c in constats_pieces(lue, jour) if c.code != "PIECE-15"]
    assert [(c.code, str(c.ou).rsplit(" ", 1)[-1]) for c in constats] == [
        ("PIECE-11", "factures[2].piece"),
        ("PIECE-12", "factures[2].piece"),
    ]
    assert not any(c.bloquant for c in constats)
    assert "Pièce n° 4 (Facture F-2025-252 du 10 octobre 2025)" in constats[0].message
    assert "même contenu que la pièce n° 2" in constats[0].message
    assert "ne contient pas le numéro F-2025-252" in constats[1].message
    # the samples as committed: each invoice its own file, with its number (the Factur-X one by its
    # XML); the joiner's PDFs are not PDF/A (PIECE-15, info), the school's are
    for echantillon in ("injonction-b2b", "injonction-ogec"):
        constats = constats_pieces(creance(ECHANTILLONS / echantillon / "claim.yaml"), jour)
        assert {c.code for c in constats} <= {"PIECE-15"}
        assert not any(c.bloquant for c in constats)
    assert constats == []


def test_check_signale_le_doublon(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from dossier.cli.main import cli
    from tests.assemble.outils import copier_echantillon

    claim = copier_echantillon(
        "injonction-b2b",
        tmp_path,
        [("piece: pieces/facture-F-2025-252.pdf", "piece: pieces/facture-F-2025-211.pdf")],
    )
    resultat = CliRunner().invoke(cli, ["check", str(claim)], env={"DOSSIER_PARAMETRES": None})
    assert resultat.exit_code == 0, resultat.output
    assert "AVERTISSEMENT PIECE-11" in resultat.output and "AVERTISSEMENT PIECE-12" in resultat.output


def _encre(pdf: bytes, page: int, sans_bande: bool = False) -> float:
    """The share of dark pixels on `page` (from 1) rendered by poppler at 30 dpi, in grey; with
    `sans_bande`, the stamp's band at the foot left out."""
    with tempfile.TemporaryDirectory() as dossier:
        fichier = Path(dossier) / "p.pdf"
        fichier.write_bytes(pdf)
        commande = ["pdftoppm", "-r", "30", "-gray", "-f", str(page), "-l", str(page), "-singlefile"]
        subprocess.run([*commande, str(fichier), str(Path(dossier) / "p")], check=True)
        image = Image.open(Path(dossier) / "p.pgm")
        image.load()
    if sans_bande:
        image = image.crop((0, 0, image.width, image.height - round(BANDE * 30 / 72)))
    return _sombres(image) / (image.width * image.height)


def _sombres(image: Image.Image) -> int:
    """How many pixels of a grey image are darker than light grey (200 of 255)."""
    return sum(image.convert("L").histogram()[:200])


def _texte(pdf: bytes, page: int) -> str:
    """The text poppler reads on `page` (from 1): the same reader for source and stamped page."""
    with tempfile.TemporaryDirectory() as dossier:
        fichier = Path(dossier) / "p.pdf"
        fichier.write_bytes(pdf)
        commande = ["pdftotext", "-f", str(page), "-l", str(page), str(fichier), "-"]
        return subprocess.run(commande, capture_output=True, check=True, text=True).stdout


def _compact(texte: str) -> str:
    """Letters and signs only: a word cut at the end of a line reads the same in both layouts."""
    return re.sub(r"[\s\-\u00ad]", "", texte)


@pytest.mark.parametrize("echantillon", ["injonction-b2b", "injonction-ogec"])
def test_chaque_page_tamponnee_montre_sa_source(echantillon: str) -> None:
    """Each stamped page shows what its source page shows: its words, and ink wherever the source
    has some — never a blank page standing for a page that pypdf could not follow (PIECE-13)."""
    claim = creance(ECHANTILLONS / echantillon / "claim.yaml")
    sources = sources_pieces(claim, _copies(3))
    assert claim.dossier_source is not None
    for source, piece in zip(sources, preparer_pieces(claim, sources), strict=True):
        if source.chemin is None:
            continue  # a copy dossier generated itself
        donnees = (claim.dossier_source / source.chemin).read_bytes()
        sorte = genre(source.chemin.name, donnees)
        if sorte == "image":
            assert _sombres(Image.open(io.BytesIO(donnees))) > 0
            assert _encre(piece.pdf, 1, sans_bande=True) > 0, piece.nom_fichier
        elif sorte == "pdf":
            assert len(PdfReader(io.BytesIO(donnees)).pages) == piece.pages
            for rang in range(1, piece.pages + 1):
                tamponnee = _compact(_texte(piece.pdf, rang))
                manquants = [m for m in _texte(donnees, rang).split() if _compact(m) not in tamponnee]
                assert manquants == [], (piece.nom_fichier, rang)
                if _encre(donnees, rang) > 0:
                    assert _encre(piece.pdf, rang, sans_bande=True) > 0, (piece.nom_fichier, rang)


def test_titre_piece_remplace_le_titre_par_defaut(tmp_path: Path) -> None:
    """`titre_piece`, beside the field that cites a pièce, is its title in the bordereau (issue 13)."""
    from tests.assemble.outils import copier_echantillon

    claim = copier_echantillon(
        "injonction-b2b",
        tmp_path,
        [
            (
                "  piece: pieces/devis-D-2025-064-signe.pdf\n",
                "  piece: pieces/devis-D-2025-064-signe.pdf\n"
                '  titre_piece: "Devis D-2025-064 signé le 12 juin 2025"\n',
            ),
            (
                "    piece: pieces/facture-F-2025-252.pdf\n",
                "    piece: pieces/facture-F-2025-252.pdf\n"
                '    titre_piece: "Facture F-2025-252 (éclairage)"\n',
            ),
            (
                'accuse_reception: {date: "2026-01-14", piece: pieces/ar-1A20345678912.png}',
                'accuse_reception: {date: "2026-01-14", piece: pieces/ar-1A20345678912.png, '
                'titre_piece: "Avis de réception signé par M. Chabert"}',
            ),
        ],
    )
    titres = [s.titre for s in sources_pieces(creance(claim), _copies(3), jour=date(2026, 3, 16))]
    assert titres[0] == "Devis D-2025-064 signé le 12 juin 2025"
    assert "Facture F-2025-252 (éclairage)" in titres and "Facture F-2025-211 du 31 juillet 2025" in titres
    assert titres[-1] == "Avis de réception signé par M. Chabert"
