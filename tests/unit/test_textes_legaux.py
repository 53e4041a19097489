"""The statute quotations are law data (dossier/law/textes.yaml), read by one law module that both the
letters and the tone linter use: no loop law ↔ lettres ↔ tone (ARCHITECTURE.md, the layers)."""

from __future__ import annotations

import ast
from pathlib import Path

from dossier.law.textes import TexteLegal, textes_legaux
from dossier.tone.texte import normaliser
from tests.golden.test_contenu import L111_8_AL2, L111_8_AL3

PAQUET = Path(__file__).resolve().parents[2] / "dossier"


def test_chaque_texte_dit_son_article_sa_version_et_sa_source() -> None:
    textes = textes_legaux()
    assert set(textes) == {"l111_8_al2", "l111_8_al3"}
    for cle, texte in textes.items():
        assert isinstance(texte, TexteLegal) and texte.cle == cle
        assert texte.article and texte.version and texte.source and texte.texte
        assert "\n" not in texte.texte and "  " not in texte.texte  # one line, as a letter prints it
    assert textes["l111_8_al2"].article == "CPCE, art. L111-8, al. 2"
    assert textes["l111_8_al3"].article == "CPCE, art. L111-8, al. 3"
    assert normaliser(textes["l111_8_al2"].texte).texte == normaliser(L111_8_AL2).texte
    assert normaliser(textes["l111_8_al3"].texte).texte == normaliser(L111_8_AL3).texte


def _modules_hors_du_droit() -> list[Path]:
    return [p for p in sorted(PAQUET.rglob("*.py")) if "law" not in p.relative_to(PAQUET).parts]


def test_les_citations_viennent_du_droit() -> None:
    """Outside law/, nobody reads textes.yaml, and whoever uses the quotations takes them from
    dossier.law.textes — not from lettres/, as the tone linter did."""
    lecteurs, importeurs = [], []
    for module in _modules_hors_du_droit():
        arbre = ast.parse(module.read_text(encoding="utf-8"))
        nom = str(module.relative_to(PAQUET.parent))
        for noeud in ast.walk(arbre):
            if (
                isinstance(noeud, ast.Constant)
                and isinstance(noeud.value, str)
                and "textes.yaml" in noeud.value
            ):
                lecteurs.append(nom)
            if isinstance(noeud, ast.ImportFrom) and any(a.name == "textes_legaux" for a in noeud.names):
                importeurs.append((nom, noeud.module))
    assert lecteurs == []
    assert {n for n, _ in importeurs} >= {
        "dossier/lettres/contexte.py",
        "dossier/tone/linter.py",
        "dossier/tone/mentions.py",
    }
    assert {m for _, m in importeurs} == {"dossier.law.textes"}
