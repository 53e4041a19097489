"""A rebuild loses nothing the user made (issue 19; DESIGN.md, Decisions of 2026-12-04: Nothing the
user made is lost): the output folder is compared with the previous build's manifest.json; a file
added, or one of ours edited since (a DOCX retouched in a word processor), refuses the rebuild
(exit 2, SORTIE-06, each file named, nothing written), and `--force` moves those files — only
those, under their own paths — to DIR.conserve-AAAAMMJJ-HHMMSS beside it, the summary naming them.
Every test reads the real files back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import Result
from docx import Document

from dossier.exit_codes import ExitCode
from tests.cli.test_cli import B2B, PRODUITS, _build, contenu, lancer

NOTE = "Appelé M. Girard le 20/01 : promet un virement fin du mois.\n"
AJOUT_DOCX = "Paragraphe ajouté à la main avant l'envoi."


def inventaire(dossier: Path) -> dict[str, bytes]:
    return {
        p.relative_to(dossier).as_posix(): p.read_bytes() for p in sorted(dossier.rglob("*")) if p.is_file()
    }


def conserves(parent: Path, nom: str = "sortie") -> list[Path]:
    return sorted(p for p in parent.iterdir() if p.name.startswith(f"{nom}.conserve-"))


@pytest.fixture(scope="module")
def construite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build of the B2B sample, with its DOCX twins, copied (times kept) by each test."""
    sortie = tmp_path_factory.mktemp("premiere") / "sortie"
    resultat = _build(B2B, sortie)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "relance-2.docx" in contenu(sortie)
    return sortie


@pytest.fixture
def sortie(construite: Path, tmp_path: Path) -> Path:
    copie = tmp_path / "sortie"
    shutil.copytree(construite, copie)
    return copie


def retoucher_le_docx(chemin: Path) -> bytes:
    """Edit the DOCX as a word processor would: one paragraph more, saved again."""
    document = Document(str(chemin))
    document.add_paragraph(AJOUT_DOCX)
    document.save(str(chemin))
    return chemin.read_bytes()


def refus(resultat: Result) -> str:
    assert resultat.exit_code == ExitCode.USAGE, resultat.output
    assert "SORTIE-06" in resultat.stderr and "Traceback" not in resultat.stderr
    return resultat.stderr


def test_un_docx_retouche_refuse_la_reconstruction_et_reste_intact(sortie: Path, tmp_path: Path) -> None:
    retouche = retoucher_le_docx(sortie / "relance-2.docx")
    avant = inventaire(sortie)
    message = refus(_build(B2B, sortie))
    assert "relance-2.docx : modifié depuis la construction du " in message
    assert "--force" in message
    assert inventaire(sortie) == avant  # nothing written, nothing replaced
    assert (sortie / "relance-2.docx").read_bytes() == retouche
    assert AJOUT_DOCX in [p.text for p in Document(str(sortie / "relance-2.docx")).paragraphs]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sortie"]  # no temporary folder left


def test_une_note_ajoutee_refuse_la_reconstruction_et_reste_intacte(sortie: Path, tmp_path: Path) -> None:
    (sortie / "notes.txt").write_text(NOTE, encoding="utf-8")
    avant = inventaire(sortie)
    message = refus(_build(B2B, sortie, "--no-docx"))
    assert "notes.txt : ajouté" in message and "relance-2.docx" not in message
    assert inventaire(sortie) == avant
    assert (sortie / "notes.txt").read_text(encoding="utf-8") == NOTE
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sortie"]


def test_force_deplace_la_note_et_le_docx_retouche_et_seulement_eux(
    sortie: Path, construite: Path, tmp_path: Path
) -> None:
    retouche = retoucher_le_docx(sortie / "relance-2.docx")
    (sortie / "notes.txt").write_text(NOTE, encoding="utf-8")
    (sortie / "brouillons").mkdir()
    (sortie / "brouillons" / "appel.txt").write_text("à rappeler\n", encoding="utf-8")
    resultat = _build(B2B, sortie, "--force")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    (conserve,) = conserves(tmp_path)
    assert inventaire(conserve) == {
        "brouillons/appel.txt": b"\xc3\xa0 rappeler\n",
        "notes.txt": NOTE.encode(),
        "relance-2.docx": retouche,
    }
    assert AJOUT_DOCX in [p.text for p in Document(str(conserve / "relance-2.docx")).paragraphs]
    # the rest replaced by the new build: the same bytes as the first one (deterministic)
    assert inventaire(sortie) == inventaire(construite)
    assert "notes.txt" not in contenu(sortie)
    texte = resultat.stdout
    assert f"(3 fichiers) est déplacé, intact, dans {conserve}/" in texte
    assert "  notes.txt (ajouté)" in texte and "  brouillons/appel.txt (ajouté)" in texte
    assert "  relance-2.docx (modifié depuis la construction du " in texte


def test_une_reconstruction_a_l_identique_passe_sans_rien_demander(
    sortie: Path, construite: Path, tmp_path: Path
) -> None:
    (sortie / "relance-1.pdf").unlink()  # a file deleted by the user is no obstacle
    resultat = _build(B2B, sortie)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert inventaire(sortie) == inventaire(construite)
    assert "conserve" not in resultat.stdout and conserves(tmp_path) == []
    again = _build(B2B, sortie)
    assert again.exit_code == ExitCode.OK, again.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sortie"]


def test_un_dossier_etranger_force_liste_ce_qu_il_deplace(tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    (sortie / "2025").mkdir(parents=True)
    (sortie / "devis.odt").write_bytes(b"PK\x03\x04devis")
    (sortie / "2025" / "facture.pdf").write_bytes(b"%PDF-1.7 facture")
    resultat = _build(B2B, sortie, "--force", "--no-docx")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    (conserve,) = conserves(tmp_path)
    assert inventaire(conserve) == {"2025/facture.pdf": b"%PDF-1.7 facture", "devis.odt": b"PK\x03\x04devis"}
    texte = resultat.stdout
    assert f"Le contenu précédent de {sortie}/ (2 fichiers) est déplacé, intact, dans {conserve}/ :" in texte
    assert "\n  2025/facture.pdf\n  devis.odt\n" in texte
    assert contenu(sortie) == sorted([*PRODUITS, "relance-1.pdf", "relance-2.pdf"])


def test_beaucoup_de_fichiers_deplaces_un_compte_et_le_dossier(tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    sortie.mkdir()
    for i in range(30):
        (sortie / f"scan-{i:02}.txt").write_text(f"{i}\n", encoding="utf-8")
    resultat = _build(B2B, sortie, "--force", "--no-docx")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    (conserve,) = conserves(tmp_path)
    assert (
        len(inventaire(conserve)) == 30 and (conserve / "scan-29.txt").read_text(encoding="utf-8") == "29\n"
    )
    assert (
        f"Le contenu précédent de {sortie}/ (30 fichiers) est déplacé, intact, dans {conserve}/."
        in resultat.stdout
    )
    assert "scan-00.txt" not in resultat.stdout


def test_une_sortie_sans_manifeste_est_gardee_en_entier(sortie: Path, tmp_path: Path) -> None:
    """As written by a dossier older than manifest.json: what the user changed cannot be told, so
    nothing is replaced without --force, and --force moves the whole folder aside."""
    (sortie / "manifest.json").unlink()
    retouche = retoucher_le_docx(sortie / "relance-2.docx")
    avant = inventaire(sortie)
    message = refus(_build(B2B, sortie, "--no-docx"))
    assert "il n'a pas de manifest.json" in message and "relance-2.docx" in message
    assert inventaire(sortie) == avant
    resultat = _build(B2B, sortie, "--no-docx", "--force")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    (conserve,) = conserves(tmp_path)
    assert (conserve / "relance-2.docx").read_bytes() == retouche
    assert {k: v for k, v in inventaire(conserve).items() if k != ".dossier-sortie"} == {
        k: v for k, v in avant.items() if k != ".dossier-sortie"
    }
    assert (
        f"Le contenu précédent de {sortie}/ (" in resultat.stdout and "  relance-2.docx\n" in resultat.stdout
    )


def test_un_manifeste_abime_ne_vaut_pas_inventaire(sortie: Path) -> None:
    objet = json.loads((sortie / "manifest.json").read_text(encoding="utf-8"))
    objet["fichiers"] = [f for f in objet["fichiers"] if f["chemin"] != "relance-2.docx"] + [{"chemin": "x"}]
    (sortie / "manifest.json").write_text(json.dumps(objet), encoding="utf-8")
    avant = inventaire(sortie)
    message = refus(_build(B2B, sortie))
    assert "manifest.json ne suit pas son schéma" in message
    assert inventaire(sortie) == avant


def test_explain_sortie_06() -> None:
    resultat = lancer("explain", "SORTIE-06")
    assert resultat.exit_code == ExitCode.OK
    assert "manifest.json" in resultat.stdout and "--force" in resultat.stdout
