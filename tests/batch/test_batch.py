"""`dossier batch`: every claim built as `dossier build` builds it, failures isolated, results
written, an unchanged re-run skipping everything, a changed claim alone rebuilt."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from tests.batch.outils import JOUR, fichiers, portefeuille, resultats


def _lot(source: Path | str, sortie: Path, *options: str) -> tuple[int, str]:
    resultat = CliRunner().invoke(
        cli,
        ["batch", str(source), "-o", str(sortie), "--date", JOUR, "--no-docx", *options],
        env={"DOSSIER_PARAMETRES": None, "COLUMNS": "200"},
    )
    return resultat.exit_code, resultat.output


def test_lot_isole_les_echecs_et_reprend_ce_qui_a_change(tmp_path: Path) -> None:
    dossier = portefeuille(tmp_path, 2)
    sortie = tmp_path / "lot"
    code, sortie_texte = _lot(dossier, sortie, "--workers", "2")
    # The invalid claim is refused (exit 3), the others are built: the batch says so with code 3.
    assert code == ExitCode.INVALID_INPUT, sortie_texte
    lignes = resultats(sortie)
    assert set(lignes) == {"client-1", "client-2", "casse"}
    for nom in ("client-1", "client-2"):
        ligne = lignes[nom]
        assert (ligne["statut"], ligne["code_sortie"], ligne["repris"]) == ("construit", 0, False)
        assert ligne["etape"] == "relance_2" and ligne["total_reclame"] == "3399.84"
        assert (sortie / nom / "manifest.json").is_file() and (sortie / nom / "calcul.json").is_file()
        assert json.loads((sortie / nom / "calcul.json").read_text(encoding="utf-8"))["total_du"] == "3399.84"
    casse = lignes["casse"]
    assert (casse["statut"], casse["code_sortie"]) == ("invalide", ExitCode.INVALID_INPUT)
    assert casse["constats_bloquants"] and not (sortie / "casse").exists()  # nothing partial
    assert not (sortie / ".recus").exists()  # a cluster's receipts: no folder for a local batch
    constats = json.loads((sortie / "constats" / "casse.json").read_text(encoding="utf-8"))
    assert {c["code"] for c in constats} == set(casse["constats_bloquants"])
    assert all(c["ou"] and c["ou"].startswith("claim.yaml:") for c in constats if c["code"] != "USAGE-01")
    with (sortie / "results.csv").open(encoding="utf-8") as f:
        assert {r["sortie"]: r["statut"] for r in csv.DictReader(f)} == {
            "casse": "invalide",
            "client-1": "construit",
            "client-2": "construit",
        }
    assert "client-1" in sortie_texte
    assert "3 créance(s) : 2 construite(s), 1 non construite(s), 0 inchangée(s)" in sortie_texte

    avant = {nom: fichiers(sortie / nom) for nom in ("client-1", "client-2")}
    manifeste = (sortie / "client-1" / "manifest.json").stat().st_mtime_ns
    code, sortie_texte = _lot(dossier, sortie)
    assert code == ExitCode.INVALID_INPUT
    assert all(ligne["repris"] for ligne in resultats(sortie).values())
    # the three parts add up to the count: the refused claim, unchanged, is counted once
    repris = "0 construite(s), 0 non construite(s), 3 inchangée(s) depuis le dernier lot (dont 1 non"
    assert repris in sortie_texte
    assert (sortie / "client-1" / "manifest.json").stat().st_mtime_ns == manifeste  # not rewritten

    # One claim changes: only it is rebuilt; the others stay as they were, byte for byte.
    claim = dossier / "client-2" / "claim.yaml"
    claim.write_text(claim.read_text(encoding="utf-8").replace('"1260.00"', '"1300.00"'), encoding="utf-8")
    code, _ = _lot(dossier, sortie)
    lignes = resultats(sortie)
    assert (lignes["client-1"]["repris"], lignes["client-2"]["repris"]) == (True, False)
    assert lignes["client-2"]["total_reclame"] != "3399.84"
    assert fichiers(sortie / "client-1") == avant["client-1"]
    assert fichiers(sortie / "client-2") != avant["client-2"]


def test_lot_identique_a_build(tmp_path: Path) -> None:
    """The batch goes through `dossier build`'s path: same claim, same day, same bytes."""
    dossier = portefeuille(tmp_path, 1, invalide=False)
    code, texte = _lot(f"{dossier}/*/claim.yaml", tmp_path / "lot", "--workers", "1")
    assert code == ExitCode.OK, texte
    seul = CliRunner().invoke(
        cli,
        [
            "build",
            str(dossier / "client-1" / "claim.yaml"),
            "-o",
            str(tmp_path / "seul"),
            "--date",
            JOUR,
            "--no-docx",
        ],
        env={"DOSSIER_PARAMETRES": None},
    )
    assert seul.exit_code == ExitCode.OK, seul.output
    assert fichiers(tmp_path / "lot" / "client-1") == fichiers(tmp_path / "seul")


def test_aucune_creance(tmp_path: Path) -> None:
    (tmp_path / "vide").mkdir()
    code, texte = _lot(tmp_path / "vide", tmp_path / "lot")
    assert code == ExitCode.USAGE
    assert "USAGE-01" in texte and "aucun fichier claim.yaml" in texte
