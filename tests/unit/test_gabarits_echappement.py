"""A claim's markup characters reach the letters as written (issue 25: « | » and « * » in
`contrat.objet` printed « \\| » and « \\* »): every value is escaped for the blocks markup exactly
once, when it is printed — so no `{% set %}` BLOCK may capture a printed value, since printing
the captured text would escape it a second time."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from jinja2 import nodes

from dossier.cli.main import cli
from dossier.render.environment import environnement
from dossier.render.readback import normaliser, texte_pdf
from dossier.resources import dossier_gabarits

DEPOT = Path(__file__).resolve().parents[2]
GABARITS = sorted(p.relative_to(dossier_gabarits()).as_posix() for p in dossier_gabarits().rglob("*.txt.j2"))


@pytest.mark.parametrize("nom", GABARITS)
def test_aucun_bloc_set_ne_capture_une_valeur(nom: str) -> None:
    env = environnement()
    source = env.loader.get_source(env, nom)[0]  # type: ignore[union-attr]
    for bloc in env.parse(source).find_all(nodes.AssignBlock):
        valeurs = [
            n
            for sortie in bloc.find_all(nodes.Output)
            for n in sortie.nodes
            if not isinstance(n, nodes.TemplateData)
        ]
        assert valeurs == [], f"{nom}, ligne {bloc.lineno} : écrivez {{% set x = … %}} (une expression)"


def test_les_caracteres_du_balisage_arrivent_tels_quels(tmp_path: Path) -> None:
    dossier = tmp_path / "b2b"
    shutil.copytree(DEPOT / "samples" / "b2b-menuiserie", dossier)
    claim = dossier / "claim.yaml"
    texte = claim.read_text(encoding="utf-8")
    objet = re.search(r'objet: "([^"]+)"', texte)
    assert objet is not None
    claim.write_text(
        texte.replace(objet[0], 'objet: "Pose | dépose *urgente* # lot > 2 - fin \\\\ x"'), encoding="utf-8"
    )
    resultat = CliRunner().invoke(cli, ["build", str(claim), "-o", str(tmp_path / "sortie"), "--no-docx"])
    assert resultat.exit_code == 0, resultat.output
    lettre = normaliser("\n".join(texte_pdf((tmp_path / "sortie" / "relance-2.pdf").read_bytes())))
    assert "(Pose | dépose *urgente* # lot > 2 - fin \\ x)" in lettre
