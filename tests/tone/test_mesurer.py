"""`python -m tests.tone.mesurer`: the figures of a set measured before it is committed."""

from __future__ import annotations

from pathlib import Path

import dossier
from tests.tone.mesurer import empreinte, mesurer

JEU = """# un jeu d'essai
- texte: "Sans paiement, nous saisirons vos meubles."
  attendu: bloque
  categorie: execution
  contexte: civil
- texte: "Nous restons à votre disposition pour convenir d'un échéancier."
  attendu: licite
  categorie: plan
  contexte: civil
# labelled a threat only so that the tool has a miss to list
- texte: "Merci de régler la facture de mars."
  attendu: bloque
  categorie: ultimatum
  contexte: civil
"""


def test_figures_et_detail(tmp_path: Path) -> None:
    jeu = tmp_path / "jeu.yaml"
    jeu.write_text(JEU, encoding="utf-8")
    resume, *lignes = mesurer(jeu, detail=True).splitlines()
    assert "menaces bloquées 1/2 (0.500), licites bloquées 0/1" in resume
    assert empreinte(jeu.read_bytes())[:16] in resume
    assert f"linter de {Path(dossier.__file__).resolve().parent.parent}" in resume  # which tree ran
    assert lignes == ["  manquée [ultimatum] 'Merci de régler la facture de mars.' []"]
    assert mesurer(jeu).count("\n") == 0  # without --detail, no sentence is printed


def test_empreinte_sans_l_en_tete() -> None:
    assert empreinte(b"# a\n- x") == empreinte(b"# b, autre en-tete\n- x")
