"""A natural-person creditor's requête prints the identity CPC 54, 3° a) and 57 require — name,
profession, nationality, date and place of birth, domicile — read back from the PDF build writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.property.test_generateur import PIECES, Axes, Details, construire


def _claim(tmp_path: Path) -> tuple[Path, str]:
    cas = construire(Axes("bail", "injonction", None, False, 0), Details(("480.00",), (), (), "virement"))
    dossier = tmp_path / "bail"
    shutil.copytree(PIECES, dossier / "pieces")
    claim = dossier / "claim.yaml"
    claim.write_text(yaml.safe_dump(cas.donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return claim, cas.jour.isoformat()


def test_la_requete_imprime_l_identite_du_requerant(tmp_path: Path) -> None:
    claim, jour = _claim(tmp_path)
    sortie = tmp_path / "sortie"
    resultat = CliRunner().invoke(
        cli, ["build", str(claim), "-o", str(sortie), "--date", jour], env={"DOSSIER_PARAMETRES": None}
    )
    assert resultat.exit_code == ExitCode.OK, resultat.output
    requete = normaliser("\n".join(texte_pdf((sortie / "injonction" / "requete.pdf").read_bytes())))
    assert (
        "Marie Roux, profession : Enseignante, de nationalité française, date et lieu de naissance : "
        "3 mars 1970, Lyon (Rhône), demeurant 8 rue Lesdiguières, 38000 Grenoble."
    ) in requete


def test_sans_identite_la_requete_n_est_pas_redigee(tmp_path: Path) -> None:
    claim, jour = _claim(tmp_path)
    texte = claim.read_text(encoding="utf-8")
    claim.write_text(texte.replace("  nationalite: française\n", ""), encoding="utf-8")
    resultat = CliRunner().invoke(
        cli,
        ["build", str(claim), "-o", str(tmp_path / "sortie"), "--date", jour, "--jusqua", "injonction"],
        env={"DOSSIER_PARAMETRES": None},
    )
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING
    assert "INJ-11" in resultat.output and "sa nationalité" in resultat.output
    assert not (tmp_path / "sortie").exists()
