"""What a claim holds never drives the user's terminal: escape sequences, carriage returns and
direction overrides written in its values are removed from everything the CLI prints (issue 26),
and JSON output escapes the characters JSON would otherwise carry raw."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli

DEPOT = Path(__file__).resolve().parents[2]
HOSTILE = r"\e[2J\e]0;pirate\a\r\u202e\x9b31m"  # YAML escapes: clear screen, title, CR, RLO, C1 CSI
INTERDITS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def claim(tmp_path: Path) -> Path:
    """b2b-menuiserie, saved under a file name that holds escape sequences (positions print it)."""
    texte = (DEPOT / "samples" / "b2b-menuiserie" / "claim.yaml").read_text(encoding="utf-8")
    fichier = tmp_path / "cl\x1b[2J\x1b]0;pirate\x07\u202e\x9b31m.yaml"
    fichier.write_text(texte.replace("version: 1", 'version: 1\ninconnue: "x"', 1), encoding="utf-8")
    return fichier


@pytest.mark.parametrize("commande", [["check"], ["plan"], ["build", "-o", "SORTIE", "--no-docx"]])
def test_rien_n_atteint_le_terminal(claim: Path, commande: list[str]) -> None:
    arguments = [a.replace("SORTIE", str(claim.parent / "sortie")) for a in commande]
    resultat = CliRunner().invoke(cli, [arguments[0], str(claim), *arguments[1:]])
    assert resultat.exit_code == 3 and "CHAMP-01" in resultat.stderr, resultat.output
    assert INTERDITS.findall(resultat.stdout + resultat.stderr) == []
    assert "cl31m.yaml:3:1" in resultat.stderr  # the name, its escape sequences removed (OSC and all)


def test_une_valeur_hostile_est_refusee_sans_etre_imprimee(tmp_path: Path) -> None:
    texte = (DEPOT / "samples" / "b2b-menuiserie" / "claim.yaml").read_text(encoding="utf-8")
    avant = 'resume: "Promesse de paiement fin novembre"'
    fichier = tmp_path / "claim.yaml"
    fichier.write_text(texte.replace(avant, f'resume: "Promesse{HOSTILE} de paiement"'), encoding="utf-8")
    resultat = CliRunner().invoke(cli, ["plan", str(fichier)])
    assert resultat.exit_code == 3 and "VALEUR-12" in resultat.stderr
    assert INTERDITS.findall(resultat.stderr) == []


def test_une_cle_inconnue_dans_un_message(tmp_path: Path) -> None:
    texte = (DEPOT / "samples" / "b2b-menuiserie" / "claim.yaml").read_text(encoding="utf-8")
    fichier = tmp_path / "claim.yaml"
    fichier.write_text(texte.replace("version: 1", f'version: 1\n"cle{HOSTILE}": 3', 1), encoding="utf-8")
    resultat = CliRunner().invoke(cli, ["check", str(fichier)])
    assert resultat.exit_code == 3 and "CHAMP-01" in resultat.stderr
    assert INTERDITS.findall(resultat.stderr) == []


def test_le_json_reste_fidele_et_sans_caractere_brut(claim: Path) -> None:
    resultat = CliRunner().invoke(cli, ["check", str(claim), "--json"])
    assert INTERDITS.findall(resultat.stdout) == []  # escaped as \\uXXXX ...
    (constat,) = json.loads(resultat.stdout)["findings"]
    assert constat["ou"].startswith(f"{claim.name}:3:1")  # ... the name intact
