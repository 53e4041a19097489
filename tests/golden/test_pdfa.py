"""PDF/A-3b, read back from every sample as `build` wrote it (tests/pdfa.py says what is checked).

Letters, échéancier, mandate, receipts, court documents and the review report are PDF/A-3b. The
bundle and each stamped pièce are PDF/A-3b only when every pièce could enter a PDF/A file: the
school's sample (PDF/A exports, scans, emails, copies of our letters) is; the joiner's (plain PDF
exports, a Factur-X invoice without output intent) is not, and says why in a PIECE-15 finding per
PDF, in calcul.json and in the review report.
"""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import TextStringObject

from tests.golden.echantillons import ECHANTILLONS, INJONCTION, Paquet, chemin_claim
from tests.pdfa import declare_pdfa, ecarts_pdfa

BUNDLE = f"{INJONCTION}/dossier-injonction.pdf"
PIECES = f"{INJONCTION}/pieces/"


def _hors_pdfa(paquet: Paquet) -> list[str]:
    """The claim positions of the PIECE-15 findings of this build (calcul.json)."""
    return [str(f["ou"]).rsplit(" ", 1)[-1] for f in paquet.calcul["findings"] if f["code"] == "PIECE-15"]


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_documents_pdfa_3b(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    documents = [
        n for n in paquet.fichiers if n.endswith(".pdf") and n != BUNDLE and not n.startswith(PIECES)
    ]
    assert documents
    assert {nom: ecarts_pdfa(paquet.fichiers[nom]) for nom in documents} == {nom: [] for nom in documents}


def test_bundle_pdfa_quand_chaque_piece_le_permet(paquets: dict[str, Paquet]) -> None:
    ecole = paquets["injonction-ogec"]
    assert _hors_pdfa(ecole) == []
    assert ecarts_pdfa(ecole.fichiers[BUNDLE]) == []
    pieces = [n for n in ecole.fichiers if n.startswith(PIECES)]
    assert len(pieces) == 10  # the pouvoir (issue 21) among them
    assert {n: ecarts_pdfa(ecole.fichiers[n]) for n in pieces} == {n: [] for n in pieces}


def test_bundle_sans_declaration_et_pourquoi(paquets: dict[str, Paquet]) -> None:
    menuisier = paquets["injonction-b2b"]
    assert _hors_pdfa(menuisier) == [
        "contrat.piece",
        "factures[0].piece",
        "factures[1].piece",
        "factures[2].piece",
    ]
    raisons = [f["message"] for f in menuisier.calcul["findings"] if f["code"] == "PIECE-15"]
    assert "facture-F-2025-236-facturx.pdf » se déclare PDF/A mais n'a pas de profil de couleur" in raisons[2]
    assert all(f["severite"] == "info" for f in menuisier.calcul["findings"] if f["code"] == "PIECE-15")
    assert not declare_pdfa(menuisier.fichiers[BUNDLE])
    assert PdfReader(io.BytesIO(menuisier.fichiers[BUNDLE])).xmp_metadata is None
    # the four PDFs cited stay as they were (no claim); the scans, the email and our copies are PDF/A
    declarees = {
        n.removeprefix(PIECES): declare_pdfa(menuisier.fichiers[n])
        for n in menuisier.fichiers
        if n.startswith(PIECES)
    }
    assert declarees == {
        "01-contrat.pdf": False,
        "02-facture-f-2025-211.pdf": False,
        "03-facture-f-2025-236.pdf": False,
        "04-facture-f-2025-252.pdf": False,
        "05-rencontre-2025-09-12.pdf": True,
        "06-email-2025-12-02.pdf": True,
        "07-relance-1-2025-11-14.pdf": True,
        "08-relance-2-2025-11-28.pdf": True,
        "09-mise-en-demeure-2026-01-12.pdf": True,
        "10-ar-mise-en-demeure-2026-01-12.pdf": True,
    }
    for nom, pdfa in declarees.items():
        if pdfa:
            assert ecarts_pdfa(menuisier.fichiers[PIECES + nom]) == [], nom
    # the review report says why, in its PDF and its HTML
    assert menuisier.texte("rapport.pdf").count("PIECE-15") == 4
    assert "pieces/devis-D-2025-064-signe.pdf" in menuisier.fichiers["rapport.html"].decode("utf-8")


def _octets(chaine: object) -> bytes:
    """A PDF string's bytes (pypdf reads 16 bytes of MD5 as text when they happen to decode)."""
    if isinstance(chaine, TextStringObject):
        return chaine.original_bytes
    assert isinstance(chaine, bytes)
    return chaine


@pytest.mark.parametrize("echantillon", ["injonction-b2b", "injonction-ogec"])
def test_sources_jointes_fichiers_associes(paquets: dict[str, Paquet], echantillon: str) -> None:
    """claim.yaml (Source) and calcul.json (Data), in /AF, with MIME type, size, MD5 and the day."""
    paquet = paquets[echantillon]
    racine = PdfReader(io.BytesIO(paquet.fichiers[BUNDLE])).trailer["/Root"].get_object()
    associes = {}
    for reference in racine["/AF"]:
        specification = reference.get_object()
        flux = specification["/EF"]["/F"].get_object()
        parametres = flux["/Params"]
        associes[str(specification["/UF"])] = (
            str(specification["/AFRelationship"]),
            str(flux["/Subtype"]),
            int(parametres["/Size"]),
            _octets(parametres["/CheckSum"]),
            str(parametres["/ModDate"]),
            flux.get_data(),
        )
    claim = chemin_claim(echantillon).read_bytes()
    calcul = paquet.fichiers["calcul.json"]
    jour = "D:" + paquet.calcul["date"].replace("-", "")
    assert associes == {
        "claim.yaml": ("/Source", "/application/yaml", len(claim), hashlib.md5(claim).digest(), jour, claim),
        "calcul.json": (
            "/Data",
            "/application/json",
            len(calcul),
            hashlib.md5(calcul).digest(),
            jour,
            calcul,
        ),
    }


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (Debian poppler-utils) absent")
@pytest.mark.parametrize("echantillon", ["injonction-b2b", "plan-sepa"])
def test_polices_incorporees_selon_poppler(paquets: dict[str, Paquet], echantillon: str) -> None:
    """A second reader of the fonts (poppler's pdffonts): every font of every PDF embedded."""
    paquet = paquets[echantillon]
    non_incorporees = {}
    with tempfile.TemporaryDirectory() as dossier:
        for nom in (n for n in paquet.fichiers if n.endswith(".pdf")):
            fichier = Path(dossier) / "f.pdf"
            fichier.write_bytes(paquet.fichiers[nom])
            lignes = subprocess.run(
                ["pdffonts", str(fichier)], capture_output=True, text=True, check=True
            ).stdout.splitlines()[2:]
            assert lignes, nom
            # columns: name, type…, encoding, emb, sub, uni, object ID (two fields)
            non_incorporees[nom] = [ligne for ligne in lignes if ligne.split()[-5] != "yes"]
    assert non_incorporees == {nom: [] for nom in non_incorporees}
