"""The README a French user reads first (issue 24): French first, the two commands at the very top,
an English summary after; its claim example copied as it is loads and computes, and is refused only
for its example values until they are replaced; its shell-completion lines produce each shell's
script; the before/after images of a reminder it links to are there, and small.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.model import lire
from tests.cli.test_cli import DEPOT, ecrire_claim, lancer
from tests.unit.test_skeleton import remplacer_les_exemples

README = (DEPOT / "README.md").read_text(encoding="utf-8")


def _blocs(langage: str) -> list[str]:
    return re.findall(rf"```{langage}\n(.+?)\n```", README, re.DOTALL)


def test_le_francais_d_abord_les_deux_commandes_en_tete_l_anglais_ensuite() -> None:
    debut = README.split("```sh", 1)[0]
    assert debut.startswith("# dossier\n\nInstaller et construire le dossier d'un exemple")
    installer, tester = _blocs("sh")[:2]
    assert installer.endswith("dossier build samples/b2b-menuiserie/claim.yaml -o out/b2b-menuiserie")
    assert tester == ". .venv/bin/activate && pip install -e '.[test,sign]' && python -m pytest -q -n auto"
    titres = re.findall(r"^## (.+)$", README, re.MULTILINE)
    assert titres[-1] == "In English" and titres[0] == "Ce qu'il produit"
    assert README.index("## In English") > README.index("## Organisation du code")


def test_l_exemple_de_creance_se_copie_tel_quel(tmp_path: Path) -> None:
    (exemple,) = _blocs("yaml")
    assert "…" not in exemple and "..." not in exemple
    assert lire(exemple).reference  # loads as written
    claim = ecrire_claim(tmp_path / "copie", exemple + "\n")
    refus = lancer("check", "--json", claim)
    assert refus.exit_code == ExitCode.BLOCKING_FINDING  # computed, refused for its example values only
    objet = json.loads(refus.stdout)
    assert objet["total_du"] is not None
    assert {f["code"] for f in objet["findings"] if f["severite"] == "bloquant"} == {"EXEMPLE-01"}
    rempli = ecrire_claim(tmp_path / "rempli", remplacer_les_exemples(exemple) + "\n")
    resultat = lancer("check", rempli)
    assert resultat.exit_code == ExitCode.OK, resultat.output


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_documentee_dans_le_readme(shell: str) -> None:
    """The README's line for each shell produces that shell's completion script (click's own)."""
    ligne = re.search(rf"_DOSSIER_COMPLETE={shell}_source dossier\b[^\n]*", README)
    assert ligne, f"README : la complétion {shell} n'est pas documentée"
    resultat = CliRunner().invoke(cli, [], env={"_DOSSIER_COMPLETE": f"{shell}_source"}, prog_name="dossier")
    assert resultat.exit_code == 0
    assert "_DOSSIER_COMPLETE" in resultat.stdout


def test_les_images_avant_apres_sont_la() -> None:
    for nom in ("relance-2-avant.png", "relance-2-apres.png"):
        assert f"(docs/{nom})" in README
        image = DEPOT / "docs" / nom
        assert image.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and image.stat().st_size < 100_000
