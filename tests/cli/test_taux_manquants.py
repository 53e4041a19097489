"""Past the published rates (issue 24): every missing value of the claim's whole period in one short
finding, the file to fill written by `dossier taux --modele`, `--date <last known day>` as the way to
compute today, `taux --at` short, and `dossier plan` answering without the rates.

The days used are past the data (which end on 30 June 2026) and no later than 4 December 2026, the
day the issue was written: a « today » at or after it, as the machine's clock gives (DATE-01 only
warns for check and plan; build is given a day already past).
"""

from __future__ import annotations

import json
from pathlib import Path

from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.cli.test_cli import B2B, ECOLE, lancer

JOUR = "2026-12-04"


def _remplir(texte: str) -> str:
    return (
        texte.replace('valeur: "…"', 'valeur: "2.40"')
        .replace('reference: "…"', 'reference: "Décision d\'essai"')
        .replace('source: "…"', 'source: "Communiqué d\'essai"')
    )


def test_toute_la_periode_en_un_seul_constat() -> None:
    """A school's claim (legal interest) as of 1 March 2027: both missing half-years at once — the
    user who supplies what is asked is never asked again."""
    resultat = lancer("check", "--json", ECOLE, "--date", "2027-03-01")
    assert resultat.exit_code == ExitCode.LAW_DATA_MISSING
    (taux,) = [f for f in json.loads(resultat.stdout)["findings"] if f["code"] == "TAUX-01"]
    assert taux["message"].startswith("une valeur publiée manque pour calculer au 1er mars 2027 :\n– ")
    assert "taux de l'intérêt légal (autres cas), 2e semestre 2026 et 1er semestre 2027" in taux["message"]
    assert "publication : Journal officiel" in taux["message"]
    assert "« dossier taux --modele --at 2027-03-01 > parametres.yaml »" in taux["que_faire"]
    assert "« --date 2026-06-30 » calcule au 30 juin 2026" in taux["que_faire"]


def test_le_fichier_du_modele_rempli_suffit(tmp_path: Path) -> None:
    modele = lancer("taux", "--modele", "--at", "2027-03-01")
    assert modele.exit_code == ExitCode.OK
    fichier = tmp_path / "parametres.yaml"
    fichier.write_text(_remplir(modele.stdout), encoding="utf-8")
    resultat = lancer("check", ECOLE, "--date", "2027-03-01", "--parametres", fichier)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "TAUX-01" not in resultat.output


def test_sans_attendre_le_dernier_jour_connu() -> None:
    """The day the finding proposes computes today, with no file to fill."""
    resultat = lancer("check", B2B, "--date", JOUR)
    assert resultat.exit_code == ExitCode.LAW_DATA_MISSING
    conseil = " ".join(resultat.stderr.split())
    assert (
        "« --date 2026-06-30 » calcule au 30 juin 2026, dernier jour où les données sont complètes" in conseil
    )
    assert lancer("check", B2B, "--date", "2026-06-30").exit_code == ExitCode.OK


def test_le_message_est_court() -> None:
    resultat = lancer("check", B2B, "--date", JOUR)
    assert resultat.stderr.count("TAUX-01") == 1
    assert len(resultat.stderr.splitlines()) <= 6


def test_une_creance_b2b_d_aujourd_hui_se_construit_avec_un_seul_fichier(tmp_path: Path) -> None:
    """The issue's « done when »: a B2B claim dated today builds once the one file that
    `dossier taux --modele` writes is filled in."""
    modele = lancer("taux", "--modele", "--at", JOUR)
    fichier = tmp_path / "parametres.yaml"
    fichier.write_text(_remplir(modele.stdout), encoding="utf-8")
    sortie = tmp_path / "sortie"
    resultat = lancer("build", B2B, "--date", JOUR, "--parametres", fichier, "-o", sortie, "--no-docx")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    texte = normaliser(" ".join(texte_pdf((sortie / "relance-2.pdf").read_bytes())))
    assert "Lyon, le 4 décembre 2026" in texte
    assert "TAUX-03" in resultat.stdout  # the values supplied by the user are said so


def test_plan_repond_sans_les_taux() -> None:
    resultat = lancer("plan", B2B, "--date", JOUR)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    sortie = " ".join(resultat.stdout.split())
    assert "Prochaine étape :" in sortie
    assert "AVERTISSEMENT TAUX-05" in sortie
    assert "intérêts et pénalités comptés jusqu'au 30 juin 2026 seulement" in sortie
    assert "taux de refinancement de la BCE" in sortie and "dossier taux --modele --at 2026-12-04" in sortie
    objet = json.loads(lancer("plan", "--json", B2B, "--date", JOUR).stdout)
    assert objet["etape"] and "TAUX-05" in {f["code"] for f in objet["findings"]}
