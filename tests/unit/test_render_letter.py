"""A complete test letter rendered to PDF and DOCX, read back: same text, inert, deterministic, QR.

Few renders (module-scoped fixtures): the suite stays fast.
"""

from __future__ import annotations

import hashlib
import importlib.util
import io
import os
import re
import subprocess
import sys
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from dossier.assemble.tampon import reference_de
from dossier.errors import RenderFailure
from dossier.francais import date_longue, typographie
from dossier.render.blocks import Paragraphe, Segment
from dossier.render.letter import Lettre
from dossier.render.pdf import RecuperateurFerme, html_lettre, recuperateur, rendre_pdf
from dossier.render.readback import (
    elements_actifs,
    normaliser,
    polices_pdf,
    texte_docx,
    texte_pdf,
)
from dossier.render.word import rendre_docx
from dossier.resources import gabarit
from tests.qr import decoder_image, decoder_page

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "lettre_essai.py"


def _module_fixture() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lettre_essai", FIXTURE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


essai = _module_fixture()


@pytest.fixture(scope="module")
def lettre() -> Lettre:
    resultat: Lettre = essai.lettre_essai()
    return resultat


@pytest.fixture(scope="module")
def pdf(lettre: Lettre) -> bytes:
    return rendre_pdf(lettre)


@pytest.fixture(scope="module")
def docx(lettre: Lettre) -> bytes:
    return rendre_docx(lettre)


def _charge_attendue() -> list[str]:
    return [
        "BCD", "002", "1", "SCT", "AGRIFRPPXXX", "Atelier Durand SARL", essai.IBAN, "EUR3730.50", "", "",
        essai.LIBELLE,
    ]  # fmt: skip


# --- PDF -------------------------------------------------------------------------------------------


def test_pdf_pages_et_pied(pdf: bytes) -> None:
    pages = texte_pdf(pdf)
    assert len(pages) == 2
    for numero, texte in enumerate(pages, start=1):
        assert f"page {numero}/2" in texte
        for ligne in essai.PIED:
            assert normaliser(ligne) in normaliser(texte)


def test_pdf_metadonnees(pdf: bytes) -> None:
    lecteur = PdfReader(io.BytesIO(pdf))
    info = lecteur.metadata
    assert info is not None
    assert info["/Title"] == "Lettre d'essai"
    assert info["/Author"] == "Atelier Durand SARL"
    assert info["/Subject"] == "Essai du rendu"
    assert info["/CreationDate"] == info["/ModDate"] == "D:20260331"
    assert "/Keywords" not in info
    assert lecteur.trailer["/Root"]["/Lang"] == "fr"
    assert len(lecteur.trailer["/ID"]) == 2


def test_pdf_inerte(pdf: bytes) -> None:
    """No JavaScript, actions, annotations, forms or embedded files."""
    assert elements_actifs(pdf) == []
    assert PdfReader(io.BytesIO(pdf)).attachments == {}


def test_elements_actifs_detectes() -> None:
    ecrivain = PdfWriter()
    ecrivain.add_blank_page(100, 100)
    action = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
    )
    ecrivain.root_object[NameObject("/OpenAction")] = reference_de(action, ecrivain)
    ecrivain.add_attachment("a.txt", b"a")
    tampon = io.BytesIO()
    ecrivain.write(tampon)
    trouves = " ".join(elements_actifs(tampon.getvalue()))
    assert "/OpenAction" in trouves and "/S /JavaScript" in trouves and "/EmbeddedFiles" in trouves


def test_pdf_polices_livrees_seulement(pdf: bytes) -> None:
    """Every glyph comes from the shipped Liberation Sans: no silent fallback to a system font."""
    noms = {nom.lstrip("/").split("+", 1)[-1] for nom in polices_pdf(pdf)}
    assert noms <= {"Dossier-Sans", "Dossier-Sans-Bold", "Dossier-Sans-Italic", "Dossier-Sans-BoldItalic"}
    assert "Dossier-Sans" in noms


def test_html_echappe_les_valeurs(lettre: Lettre) -> None:
    html = html_lettre(lettre)
    assert "&lt;b&gt;avec&lt;/b&gt; &amp; des ## tentatives" in html
    assert "<b>avec" not in html
    assert not re.search(r"<(script|a|form|input|iframe|object|embed|link rel=\"attachment)\b", html)


# --- same text in both formats ---------------------------------------------------------------------


def _unites(lettre: Lettre) -> list[str]:
    """Every string the letter shows (except the footer), normalised."""
    assert lettre.paiement is not None and lettre.mode_envoi is not None
    unites = [
        *lettre.expediteur,
        *lettre.destinataire,
        f"{lettre.lieu}, le {date_longue(lettre.date)}",
        lettre.mode_envoi,
        *lettre.references,
        f"Objet : {lettre.objet}",
        *(texte for bloc in lettre.blocs for texte in bloc.textes),
        lettre.signature.nom,
        lettre.signature.qualite,
        *lettre.paiement.legende,
    ]
    return [normaliser(u) for u in unites]


def _reste(flux: str, unites: list[str]) -> str:
    flux = normaliser(flux)
    for unite in sorted(unites, key=len, reverse=True):
        assert unite in flux, f"absent : {unite!r}"
        flux = flux.replace(unite, " ", 1)
    return normaliser(flux)


def _sans_pied(texte: str, lettre: Lettre) -> str:
    for ligne in lettre.pied:  # printed with French punctuation's no-break spaces
        texte = texte.replace(typographie(ligne), " ")
    return re.sub(r"page \d*/\d*", " ", texte)


def test_pdf_et_docx_disent_la_meme_chose(lettre: Lettre, pdf: bytes, docx: bytes) -> None:
    """Each string of the letter appears in both formats, and neither has anything else."""
    unites = _unites(lettre)
    flux_pdf = " ".join(_sans_pied(page, lettre) for page in texte_pdf(pdf))
    assert _reste(flux_pdf, unites).replace("•", "").strip() == ""
    assert _reste(_sans_pied(texte_docx(docx), lettre), unites) == ""


def test_pied_du_docx(lettre: Lettre, docx: bytes) -> None:
    texte = texte_docx(docx)
    for ligne in lettre.pied:
        assert typographie(ligne) in texte
    assert b"NUMPAGES" in zipfile.ZipFile(io.BytesIO(docx)).read("word/footer1.xml")


# --- DOCX ------------------------------------------------------------------------------------------


def test_docx_zip_et_proprietes(docx: bytes) -> None:
    archive = zipfile.ZipFile(io.BytesIO(docx))
    noms = [info.filename for info in archive.infolist()]
    assert noms[0] == "[Content_Types].xml" and noms[1:] == sorted(noms[1:])
    assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
    proprietes = Document(io.BytesIO(docx)).core_properties
    assert proprietes.created == proprietes.modified == datetime(2026, 3, 31, tzinfo=UTC)
    assert (proprietes.title, proprietes.author, proprietes.subject) == (
        "Lettre d'essai",
        "Atelier Durand SARL",
        "Essai du rendu",
    )
    assert (proprietes.keywords, proprietes.last_modified_by, proprietes.language) == ("", "", "fr-FR")
    assert proprietes.revision == 1
    assert not [n for n in noms if "thumbnail" in n or n.startswith("customXml")]


def test_docx_mise_en_forme(docx: bytes) -> None:
    document = Document(io.BytesIO(docx))
    paragraphes = document.paragraphs
    gras = {run.text for p in paragraphes for run in p.runs if run.bold}
    assert {"tous les genres de blocs", "un passage en gras", "Objet\u00a0:"} <= gras
    styles = {p.style.name for p in paragraphes if p.text}
    assert {"Heading 2", "List Bullet", "Quote"} <= styles
    montants = document.tables[1]
    assert [c.text for c in montants.rows[0].cells] == ["Document", "Date", "Montant"]
    total = montants.rows[-1].cells
    assert total[2].paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert total[0].paragraphs[0].alignment != WD_ALIGN_PARAGRAPH.RIGHT
    assert all(run.bold for run in total[2].paragraphs[0].runs)
    assert all(run.bold for cellule in montants.rows[0].cells for run in cellule.paragraphs[0].runs)
    # no docxtpl tag left behind
    assert "{%" not in texte_docx(docx) and "{{" not in texte_docx(docx)


def test_docx_gabarit_reproductible() -> None:
    """The committed lettre.docx is exactly what build_docx_template.py writes (review the script)."""
    spec = importlib.util.spec_from_file_location(
        "build_docx_template", gabarit("letters/build_docx_template.py")
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.construire() == gabarit("letters/lettre.docx").read_bytes(), (
        "lettre.docx est périmé : python templates/letters/build_docx_template.py"
    )


# --- determinism -----------------------------------------------------------------------------------


def test_determinisme_dans_le_processus(lettre: Lettre, pdf: bytes, docx: bytes) -> None:
    assert rendre_pdf(lettre) == pdf
    assert rendre_docx(lettre) == docx


def test_determinisme_autre_processus(pdf: bytes, docx: bytes) -> None:
    """A fresh process with another hash seed and font configuration writes the same bytes."""
    environnement = {**os.environ, "PYTHONHASHSEED": "4242"}
    sortie = subprocess.run(
        [sys.executable, str(FIXTURE)], capture_output=True, check=True, text=True, env=environnement
    ).stdout.split()
    assert sortie == [hashlib.sha256(pdf).hexdigest(), hashlib.sha256(docx).hexdigest()]


# --- EPC QR ----------------------------------------------------------------------------------------


def test_qr_du_pdf_decode(pdf: bytes, tmp_path: Path) -> None:
    page = len(texte_pdf(pdf))  # the QR follows the signature, on the last page
    assert decoder_page(pdf, page, tmp_path) == _charge_attendue()


def test_qr_du_docx_decode(docx: bytes, tmp_path: Path) -> None:
    archive = zipfile.ZipFile(io.BytesIO(docx))
    (media,) = [n for n in archive.namelist() if n.startswith("word/media/")]
    image = tmp_path / "qr.png"
    image.write_bytes(archive.read(media))
    assert decoder_image(image) == _charge_attendue()


# --- the letter itself -----------------------------------------------------------------------------


def test_lettre_minimale_sans_options() -> None:
    lettre = essai.lettre_essai(
        blocs=(Paragraphe((Segment("Texte."),)),), references=(), mode_envoi=None, pied=(), paiement=None
    )
    assert "Texte." in texte_docx(rendre_docx(lettre))
    assert "Texte." in texte_pdf(rendre_pdf(lettre))[0]


@pytest.mark.parametrize(
    ("changement", "motif"),
    [
        ({"destinataire": ()}, "destinataire"),
        ({"blocs": ()}, "blocs"),
        ({"destinataire": tuple(f"ligne {i}" for i in range(7))}, "7 lignes"),
    ],
)
def test_lettre_incomplete_refusee(changement: dict[str, object], motif: str) -> None:
    with pytest.raises(RenderFailure, match=motif):
        essai.lettre_essai(**changement)


def test_recuperateur_ferme(tmp_path: Path) -> None:
    fermé: RecuperateurFerme = recuperateur()
    autorise = gabarit("letters/lettre.css").as_uri()
    assert fermé.fetch(autorise).read().startswith(b"/*")
    assert fermé.fetch("data:text/plain,ok").read() == b"ok"
    dehors = tmp_path / "secret.txt"
    dehors.write_text("secret", encoding="utf-8")
    for url in (
        dehors.as_uri(),
        "file:///etc/passwd",
        "http://127.0.0.1/x.png",
        gabarit("letters/lettre.css").as_uri() + "/../../../../etc/passwd",
    ):
        with pytest.raises(ValueError, match="refusée"):
            fermé.fetch(url)
