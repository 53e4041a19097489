"""The command line as a French user first meets it (issue 24): help pages entirely in French, an
unknown command echoed with the nearest one and the whole list, a closed pipe that is not an
error, the stages of a build on a terminal (and nothing elsewhere), `explain` without doctests
nor references outside the repository, `explain --liste`, `import-facture` naming a missing file.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.cli import report
from dossier.cli.main import cli
from dossier.codes import registre
from dossier.exit_codes import ExitCode
from tests.cli.test_cli import B2B, lancer

COMMANDES = sorted(cli.commands)
# What click says in English when it is left to itself, and the strftime pattern of a date option.
ANGLAIS = re.compile(
    r"Usage:|Show this message|Show the version|\[required\]|default:|Commands:|Options:|"
    r"Positional arguments|%Y|\bFILE\b|\bDIRECTORY\b|\bPATH\b|\bTEXT\b|\bINTEGER\b|COMMAND \[ARGS\]"
)


@pytest.mark.parametrize("commande", [[], *([c] for c in COMMANDES)], ids=["dossier", *COMMANDES])
def test_aide_entierement_en_francais(commande: list[str]) -> None:
    resultat = lancer(*commande, "--help")
    assert resultat.exit_code == ExitCode.OK
    aide = resultat.stdout
    assert ANGLAIS.findall(aide) == [], aide
    assert re.match(rf"Utilisation : \S+{''.join(' ' + c for c in commande)} \[OPTIONS\]", aide), aide
    assert "-h, --help" in aide and "Affiche cette aide et quitte." in aide
    assert "Options :" in aide


def test_aide_des_options_obligatoires_et_des_dates() -> None:
    aide = lancer("build", "--help").stdout
    assert re.search(r"-o, --sortie DOSSIER\s", aide)
    assert "[obligatoire]" in aide
    assert "--date AAAA-MM-JJ" in aide and "--parametres FICHIER" in aide and "--sign FICHIER" in aide
    assert "--at AAAA-MM-JJ" in lancer("taux", "--help").stdout
    racine = lancer("--help").stdout
    assert "Commandes :" in racine and "COMMANDE [ARGUMENTS]..." in racine
    assert "Affiche la version et quitte." in racine
    assert lancer("--version").stdout.startswith("dossier, version ")


def test_commande_inconnue_repetee_avec_une_suggestion_et_la_liste() -> None:
    resultat = lancer("bild", B2B)
    assert resultat.exit_code == ExitCode.USAGE
    message = " ".join(resultat.stderr.split())
    assert "commande inconnue : « bild »" in message
    assert "Vouliez-vous dire build ?" in message
    # the list is the group's own: a command added tomorrow is listed without touching usage.py
    assert "import-facture" in COMMANDES
    liste = f"{', '.join(COMMANDES[:-1])} et {COMMANDES[-1]}"
    assert f"Les commandes : {liste}." in message
    loin = " ".join(lancer("zzz").stderr.split())
    assert "commande inconnue : « zzz »" in loin and "Vouliez-vous" not in loin and liste in loin


def _script() -> str:
    script = Path(sys.executable).parent / "dossier"
    executable = str(script) if script.exists() else shutil.which("dossier")
    assert executable, "le script « dossier » n'est pas installé (pip install -e .)"
    return executable


@pytest.mark.parametrize(
    "arguments",
    [["taux"], ["explain", "--liste"], ["check", str(B2B)], ["check", "--json", str(B2B)]],
    ids=["taux", "explain", "check", "check-json"],
)
def test_un_tube_ferme_n_est_pas_une_erreur(arguments: list[str]) -> None:
    """`dossier taux | head -1`: the reader is gone before the first line; the command ends as it
    would have (exit 0 here), silently — no « Erreur interne », no Python complaint at exit."""
    lecture, ecriture = os.pipe()
    os.close(lecture)  # closed before anything is written: the first write meets a broken pipe
    try:
        fini = subprocess.run(
            [_script(), *arguments],
            stdout=ecriture,
            stderr=subprocess.PIPE,
            env={cle: v for cle, v in os.environ.items() if cle != "DOSSIER_PARAMETRES"},
            timeout=120,
        )
    finally:
        os.close(ecriture)
    assert fini.returncode == ExitCode.OK, fini.stderr.decode()
    assert fini.stderr.decode() == ""


def test_build_montre_ses_etapes_sur_un_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sans = lancer("build", B2B, "-o", tmp_path / "a", "--no-docx")
    assert sans.exit_code == ExitCode.OK and sans.stderr == ""  # a pipe, a log: nothing but the report
    monkeypatch.setattr(report, "terminal_d_erreur", lambda: True)
    avec = lancer("build", B2B, "-o", tmp_path / "b", "--no-docx")
    assert avec.exit_code == ExitCode.OK, avec.output
    for etape in (
        "Calcul de la créance et contrôle des règles",
        "Mise en page des documents (PDF)",
        "Relecture des documents : ton et mentions obligatoires",
        "Écriture dans",
    ):
        assert etape in avec.stderr
    assert avec.stdout == sans.stdout.replace(str(tmp_path / "a"), str(tmp_path / "b"))


EXTERNES = re.compile(r">>>|docs/|DESIGN|DOMAIN|STYLE\.md|ARCHITECTURE\.md|seeds")


@pytest.mark.parametrize("code", list(registre()))
def test_explain_sans_doctest_ni_renvoi_hors_du_depot(code: str) -> None:
    sortie = lancer("explain", code).stdout
    assert EXTERNES.findall(sortie) == [], code
    assert not re.search(r"^\s*Exemples?\s*$", sortie, re.MULTILINE), "titre « Exemples » laissé vide"


def test_explain_liste_tous_les_codes() -> None:
    resultat = lancer("explain", "--liste")
    assert resultat.exit_code == ExitCode.OK
    lignes = resultat.stdout.splitlines()
    assert len(lignes) == len(registre())
    for ligne, entree in zip(lignes, registre().values(), strict=True):
        assert ligne.split()[0] == entree.code and f"{entree.titre} ({entree.severite})" in ligne
    sans_code = lancer("explain")
    assert sans_code.exit_code == ExitCode.USAGE and "dossier explain --liste" in sans_code.stderr


def test_import_facture_nomme_le_fichier_absent(tmp_path: Path) -> None:
    absent = tmp_path / "F-2026-001.pdf"
    resultat = lancer("import-facture", absent)
    assert resultat.exit_code == ExitCode.USAGE
    assert f"le fichier « {absent} » n'existe pas" in resultat.stderr
    dossier = lancer("import-facture", tmp_path)
    assert dossier.exit_code == ExitCode.USAGE and "est un dossier" in dossier.stderr


def test_ctrl_c_en_francais(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C ends with a French sentence and what to do, not click's « Aborted! »."""
    from click.testing import CliRunner

    from dossier.cli import taux

    def interrompre(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(taux, "en_vigueur", interrompre)
    resultat = CliRunner().invoke(cli, ["taux", "--at", "2026-01-15"])
    assert resultat.exit_code == ExitCode.INTERNAL_ERROR
    assert "Interrompu." in resultat.stderr and "Relancez la même commande" in resultat.stderr
    assert "Aborted" not in resultat.output + resultat.stderr
