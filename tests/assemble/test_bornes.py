"""Hostile or oversized pièces end in a clean refusal — exit 3, a coded French message naming the
pièce — within bounded time and memory, before the expensive work (issues 15, 23; the bounds and
their reasons: dossier/assemble/bornes.py). Each input is generated here."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, FloatObject, NameObject

from dossier.assemble import bornes
from dossier.assemble.pieces import preparer_pieces, sources_pieces
from dossier.errors import InvalidClaim
from dossier.findings import Constat
from tests.assemble.outils import copier_echantillon, creance, ecrire

FACTURE = "pieces/facture-F-2025-211.pdf"  # factures[0].piece of injonction-b2b
SCAN = "pieces/ar-1A20345678912.png"  # the acknowledgement of receipt, a PNG scan
COURRIEL = "pieces/courriel-2025-12-02.eml"


def refus(claim: Path) -> list[Constat]:
    lue = creance(claim)
    with pytest.raises(InvalidClaim) as erreur:
        preparer_pieces(lue, sources_pieces(lue, {}))
    assert erreur.value.exit_code == 3
    return erreur.value.constats


def un_refus(claim: Path, code: str) -> str:
    (constat,) = refus(claim)
    assert constat.code == code, constat
    return constat.message


def pdf_blanc(pages: int, largeur: float = 595, hauteur: float = 842) -> bytes:
    ecrivain = PdfWriter()
    for _ in range(pages):
        ecrivain.add_blank_page(largeur, hauteur)
    return ecrire(ecrivain)


def test_une_page_de_largeur_nulle(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    ecrivain = PdfWriter()
    page = ecrivain.add_blank_page(595, 842)
    page[NameObject("/MediaBox")] = ArrayObject(
        [FloatObject(0), FloatObject(0), FloatObject(0), FloatObject(842)]
    )
    (claim.parent / FACTURE).write_bytes(ecrire(ecrivain))
    assert "la page 1 ne peut pas être lue : sa taille (0 × 842 points) est nulle" in un_refus(
        claim, "PIECE-13"
    )


def test_trop_de_pages_pour_une_piece(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / FACTURE).write_bytes(pdf_blanc(bornes.PAGES + 1))
    assert f"le PDF compte {bornes.PAGES + 1} pages : au plus {bornes.PAGES} par pièce" in un_refus(
        claim, "PIECE-14"
    )


def test_un_fichier_trop_lourd_n_est_pas_lu(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    with (claim.parent / FACTURE).open("r+b") as fichier:
        fichier.truncate(bornes.OCTETS + 1)  # sparse: nothing is written, nothing should be read
    assert "pèse 25 Mo : au plus 25 Mo par pièce" in un_refus(claim, "PIECE-14")


def _png_declare(largeur: int, hauteur: int) -> bytes:
    """A tiny PNG whose header declares `largeur` × `hauteur` pixels (its data is one byte)."""

    def bloc(genre: bytes, donnees: bytes) -> bytes:
        return (
            struct.pack(">I", len(donnees)) + genre + donnees + struct.pack(">I", zlib.crc32(genre + donnees))
        )

    entete = struct.pack(">IIBBBBB", largeur, hauteur, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + bloc(b"IHDR", entete)
        + bloc(b"IDAT", zlib.compress(b"\x00"))
        + bloc(b"IEND", b"")
    )


@pytest.mark.parametrize(
    ("largeur", "hauteur"), [(20_000, 20_000), (8_000, 8_000)], ids=["400-Mpx", "64-Mpx"]
)
def test_une_image_qui_declare_des_centaines_de_millions_de_pixels(
    tmp_path: Path, largeur: int, hauteur: int
) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / SCAN).write_bytes(_png_declare(largeur, hauteur))
    assert "l'image est trop grande" in un_refus(claim, "PIECE-07")


def test_une_image_dont_l_entete_ment(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / SCAN).write_bytes(_png_declare(3_000, 2_000))  # 6 Mpx declared, one byte given
    assert "endommagée ou tronquée" in un_refus(claim, "PIECE-07")


def _eml(corps: bytes) -> bytes:
    return b"From: a@example.org\nTo: b@example.org\nSubject: x\nMIME-Version: 1.0\n" + corps


def test_un_courriel_imbrique_mille_fois(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    partie = b"Content-Type: text/plain; charset=utf-8\n\ncorps\n"
    for i in range(1_000):
        partie = b'Content-Type: multipart/mixed; boundary="b%d"\n\n--b%d\n%s\n--b%d--\n' % (i, i, partie, i)
    (claim.parent / COURRIEL).write_bytes(_eml(partie))
    assert "1000 parties multiples imbriquées : au plus 20" in un_refus(claim, "PIECE-08")


def test_un_courriel_trop_lourd(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    piece_jointe = (
        b"Content-Type: application/octet-stream\nContent-Transfer-Encoding: base64\n\n" + b"QUJD" * 3_000_000
    )
    (claim.parent / COURRIEL).write_bytes(
        _eml(b'Content-Type: multipart/mixed; boundary="b"\n\n--b\n' + piece_jointe + b"\n--b--\n")
    )
    assert "le message pèse 12 Mo : au plus 10 Mo" in un_refus(claim, "PIECE-08")


def test_trop_de_pages_pour_le_dossier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundle's bound, checked on the real sample with the bound set just under its pages."""
    claim = copier_echantillon("injonction-b2b", tmp_path)
    lue = creance(claim)
    pages = sum(p.pages for p in preparer_pieces(lue, sources_pieces(lue, {})))
    monkeypatch.setattr(bornes, "PAGES_DOSSIER", pages - 1)
    message = un_refus(claim, "PIECE-14")
    assert message.startswith(f"les pièces comptent {pages} pages en tout : au plus {pages - 1}")


def test_une_erreur_dans_l_analyseur_est_le_refus_de_la_piece(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Last-resort guard (issue 23): an exception raised inside pypdf while laying out a pièce is
    that pièce's refusal, with its code and position — not « Erreur interne »."""
    from pypdf import PdfReader

    from dossier.assemble import tampon

    claim = copier_echantillon("injonction-b2b", tmp_path)
    lue = creance(claim)
    sources = [s for s in sources_pieces(lue, {}) if s.origine == "factures[0].piece"]
    monkeypatch.setattr(tampon, "mettre_en_page", lambda *a, **k: PdfReader(io.BytesIO(b"pas un PDF")))
    with pytest.raises(InvalidClaim) as erreur:
        preparer_pieces(lue, sources)
    (constat,) = erreur.value.constats
    assert constat.code == "PIECE-03" and "le fichier n'a pas pu être lu (PdfStreamError" in constat.message
    assert str(constat.ou).endswith("factures[0].piece")


def test_une_erreur_de_dossier_reste_une_erreur_interne(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dossier.assemble import tampon

    claim = copier_echantillon("injonction-b2b", tmp_path)
    lue = creance(claim)
    sources = [s for s in sources_pieces(lue, {}) if s.origine == "factures[0].piece"]

    def bogue(*arguments: object, **options: object) -> None:
        raise ZeroDivisionError("un bogue de dossier, pas de la pièce")

    monkeypatch.setattr(tampon, "mettre_en_page", bogue)
    with pytest.raises(ZeroDivisionError):
        preparer_pieces(lue, sources)
