"""`dossier import-facture`: the printed entry is the claim's own invoice; refusals exit 3 (or 2)."""

from __future__ import annotations

import io
from pathlib import Path

import yaml
from click.testing import CliRunner, Result
from pypdf import PdfWriter

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from tests.assemble.outils import ECHANTILLONS, ecrire

FACTURX = ECHANTILLONS / "injonction-b2b" / "pieces" / "facture-F-2025-236-facturx.pdf"


def _lancer(*arguments: str) -> Result:
    return CliRunner().invoke(cli, ["import-facture", *arguments])


def test_entree_identique_a_celle_du_claim() -> None:
    resultat = _lancer(str(FACTURX))
    assert resultat.exit_code == ExitCode.OK, resultat.output
    (entree,) = yaml.safe_load(resultat.stdout)
    claim = yaml.safe_load((ECHANTILLONS / "injonction-b2b" / "claim.yaml").read_text(encoding="utf-8"))
    attendue = {k: v for k, v in claim["factures"][1].items() if k != "libelle"}
    assert entree == attendue  # numero, date, echeance, execution, montant_ttc, piece
    assert 'montant_ttc: "2160.00"' in resultat.stdout  # quoted, as the claim model requires
    assert (
        "# Émise par Atelier Morel Agencement (SIREN 812345676) pour Fromagerie des Aravis" in resultat.stdout
    )


def test_chemin_de_piece_choisi() -> None:
    resultat = _lancer(str(FACTURX), "--piece", "justificatifs/f236.pdf")
    assert yaml.safe_load(resultat.stdout)[0]["piece"] == "justificatifs/f236.pdf"


def test_pdf_sans_factur_x() -> None:
    resultat = _lancer(str(ECHANTILLONS / "injonction-b2b" / "pieces" / "facture-F-2025-211.pdf"))
    assert resultat.exit_code == ExitCode.INVALID_INPUT
    assert "PIECE-09" in resultat.output
    assert "est un PDF sans données Factur-X (aucun fichier factur-x.xml joint)" in resultat.output
    assert resultat.stdout == ""


def test_fichier_qui_n_est_pas_un_pdf() -> None:
    resultat = _lancer(str(ECHANTILLONS / "injonction-b2b" / "pieces" / "courriel-2025-12-02.eml"))
    assert resultat.exit_code == ExitCode.INVALID_INPUT
    assert "PIECE-03" in resultat.output and "n'est pas un PDF" in resultat.output


def test_xml_factur_x_endommage(tmp_path: Path) -> None:
    ordinaire = (ECHANTILLONS / "injonction-b2b" / "pieces" / "facture-F-2025-252.pdf").read_bytes()
    ecrivain = PdfWriter(clone_from=io.BytesIO(ordinaire))
    ecrivain.add_attachment("factur-x.xml", b"<rsm:CrossIndustryInvoice xmlns:rsm='y'>")  # unclosed
    fichier = tmp_path / "f.pdf"
    fichier.write_bytes(ecrire(ecrivain))
    resultat = _lancer(str(fichier))
    assert resultat.exit_code == ExitCode.INVALID_INPUT
    assert "PIECE-09" in resultat.output and "le fichier XML joint est mal formé" in resultat.output


def test_fichier_absent(tmp_path: Path) -> None:
    resultat = _lancer(str(tmp_path / "absente.pdf"))
    assert resultat.exit_code == ExitCode.USAGE
