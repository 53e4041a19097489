"""Past the published rates (issue 24): every missing value of the claim's whole period in one short
finding, the file to fill written by `dossier taux --modele`, `--date <last known day>` as the way to
compute today, `taux --at` short, and `dossier plan` answering without the rates.

The days used are read from the data (tests/verifications.py), never written as dates: past the
last known day (30 June 2026 when these tests were written), « today » is the day the issue was
written, 4 December 2026, 157 days later. Once the data reach further that day lies in the future:
check and plan only warn (DATE-01), build is given --futur.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from dossier.exit_codes import ExitCode
from dossier.francais import date_longue
from dossier.render.readback import normaliser, texte_pdf
from tests.cli.test_cli import B2B, ECOLE, lancer
from tests.verifications import DERNIER_JOUR_CONNU, SEMESTRE_D_APRES, SEMESTRE_INCONNU, apres_les_donnees

pytestmark = pytest.mark.donnees_datees

JOUR = apres_les_donnees(157).isoformat()  # 2026-12-04 with the data of 30 June 2026
DEUX_SEMESTRES = (SEMESTRE_D_APRES.debut + timedelta(days=59)).isoformat()  # then 2027-03-01
DERNIER = DERNIER_JOUR_CONNU.isoformat()


def _remplir(texte: str) -> str:
    return (
        texte.replace('valeur: "…"', 'valeur: "2.40"')
        .replace('reference: "…"', 'reference: "Décision d\'essai"')
        .replace('source: "…"', 'source: "Communiqué d\'essai"')
    )


def test_toute_la_periode_en_un_seul_constat() -> None:
    """A school's claim (legal interest) two months into the half-year after the missing one: both
    missing half-years at once — the user who supplies what is asked is never asked again."""
    resultat = lancer("check", "--json", ECOLE, "--date", DEUX_SEMESTRES)
    assert resultat.exit_code == ExitCode.LAW_DATA_MISSING
    (taux,) = [f for f in json.loads(resultat.stdout)["findings"] if f["code"] == "TAUX-01"]
    assert taux["message"].startswith(
        f"une valeur publiée manque pour calculer au {date_longue(date.fromisoformat(DEUX_SEMESTRES))} :\n– "
    )
    deux = f"{SEMESTRE_INCONNU.libelle} et {SEMESTRE_D_APRES.libelle}"
    assert f"taux de l'intérêt légal (autres cas), {deux}" in taux["message"]
    assert "publication : Journal officiel" in taux["message"]
    assert f"« dossier taux --modele --at {DEUX_SEMESTRES} > parametres.yaml »" in taux["que_faire"]
    assert f"« --date {DERNIER} » calcule au {date_longue(DERNIER_JOUR_CONNU)}" in taux["que_faire"]


def test_le_fichier_du_modele_rempli_suffit(tmp_path: Path) -> None:
    modele = lancer("taux", "--modele", "--at", DEUX_SEMESTRES)
    assert modele.exit_code == ExitCode.OK
    fichier = tmp_path / "parametres.yaml"
    fichier.write_text(_remplir(modele.stdout), encoding="utf-8")
    resultat = lancer("check", ECOLE, "--date", DEUX_SEMESTRES, "--parametres", fichier)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "TAUX-01" not in resultat.output


def test_sans_attendre_le_dernier_jour_connu() -> None:
    """The day the finding proposes computes today, with no file to fill."""
    resultat = lancer("check", B2B, "--date", JOUR)
    assert resultat.exit_code == ExitCode.LAW_DATA_MISSING
    conseil = " ".join(resultat.stderr.split())
    dernier = f"« --date {DERNIER} » calcule au {date_longue(DERNIER_JOUR_CONNU)}"
    assert f"{dernier}, dernier jour où les données sont complètes" in conseil
    assert lancer("check", B2B, "--date", DERNIER).exit_code == ExitCode.OK


def test_le_message_est_court() -> None:
    resultat = lancer("check", B2B, "--date", JOUR)
    assert resultat.stderr.count("TAUX-01") == 1
    # the TAUX-01 finding alone (a day past today would add DATE-01's warning after it)
    (bloc,) = [b for b in re.split(r"\n(?=\S)", resultat.stderr) if "TAUX-01" in b]
    assert len(bloc.splitlines()) <= 6


def test_une_creance_b2b_d_aujourd_hui_se_construit_avec_un_seul_fichier(tmp_path: Path) -> None:
    """The issue's « done when »: a B2B claim dated today builds once the one file that
    `dossier taux --modele` writes is filled in."""
    modele = lancer("taux", "--modele", "--at", JOUR)
    fichier = tmp_path / "parametres.yaml"
    fichier.write_text(_remplir(modele.stdout), encoding="utf-8")
    sortie = tmp_path / "sortie"
    resultat = lancer(
        "build", B2B, "--date", JOUR, "--futur", "--parametres", fichier, "-o", sortie, "--no-docx"
    )
    assert resultat.exit_code == ExitCode.OK, resultat.output
    texte = normaliser(" ".join(texte_pdf((sortie / "relance-2.pdf").read_bytes())))
    assert f"Lyon, le {date_longue(date.fromisoformat(JOUR))}" in texte
    assert "TAUX-03" in resultat.stdout  # the values supplied by the user are said so


def test_plan_repond_sans_les_taux() -> None:
    resultat = lancer("plan", B2B, "--date", JOUR)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    sortie = " ".join(resultat.stdout.split())
    assert "Prochaine étape :" in sortie
    assert "AVERTISSEMENT TAUX-05" in sortie
    assert f"intérêts et pénalités comptés jusqu'au {date_longue(DERNIER_JOUR_CONNU)} seulement" in sortie
    assert "taux de refinancement de la BCE" in sortie and f"dossier taux --modele --at {JOUR}" in sortie
    objet = json.loads(lancer("plan", "--json", B2B, "--date", JOUR).stdout)
    assert objet["etape"] and "TAUX-05" in {f["code"] for f in objet["findings"]}
