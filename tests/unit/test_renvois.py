"""The repository explains itself: every reference in code, tests and data points inside it.

Developer references cite `docs/droit.md § N` (a numbered section), `docs/decisions.md` with an
entry's heading between « », or `docs/style.md` (rule N); each must name something that exists. What a user
reads — the values of the data files, not their comments — cites an article or the practice, never
a developer document. No tracked file names a path of a particular machine (docs/style.md, Habits).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

RACINE = Path(__file__).resolve().parents[2]
DOCS = RACINE / "docs"

# The names of the design notes that lived outside the repository, spelt so that this file does not
# match its own search.
ANCIENS = re.compile("|".join(re.escape(n + ".md") for n in ("DESIGN", "DOMAIN", "STYLE")))
CHEMIN_DE_MACHINE = re.compile(r"(?<![\w.])/(?:work|home|root)/")


def _suivis() -> list[Path]:
    sortie = subprocess.run(
        ["git", "ls-files", "-z"], cwd=RACINE, capture_output=True, check=False
    ).stdout.decode("utf-8")
    fichiers = [RACINE / n for n in sortie.split("\0") if n]
    if not fichiers:  # an sdist unpacked without git: every file under the tree
        fichiers = [p for p in RACINE.rglob("*") if p.is_file() and ".venv" not in p.parts]
    return [p for p in fichiers if p.is_file()]


def _textes() -> dict[Path, str]:
    textes = {}
    for chemin in _suivis():
        try:
            textes[chemin] = chemin.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue  # PDF, fonts, images
    return textes


TEXTES = _textes()


def _a_plat(texte: str) -> str:
    """Comment markers and line breaks folded, so that a reference wrapped over two lines reads whole."""
    return re.sub(r"\s*\n\s*(?:#+|\{#-?)?\s*", " ", texte)


def test_aucun_renvoi_hors_du_depot() -> None:
    fautifs = [f"{p.relative_to(RACINE)}" for p, t in TEXTES.items() if ANCIENS.search(t)]
    assert fautifs == []


def test_aucun_chemin_de_machine() -> None:
    fautifs = [
        f"{p.relative_to(RACINE)}: {m.group(0)}"
        for p, t in TEXTES.items()
        for m in CHEMIN_DE_MACHINE.finditer(t)
    ]
    assert fautifs == []


def test_les_sections_citees_de_droit_existent() -> None:
    sections = set(re.findall(r"^## (\d+)\.", (DOCS / "droit.md").read_text(encoding="utf-8"), re.M))
    citees = {
        (p.relative_to(RACINE), n)
        for p, t in TEXTES.items()
        for suite in re.findall(r"docs/droit\.md((?:,? ?(?:et )?§ ?\d+)+)", _a_plat(t))
        for n in re.findall(r"\d+", suite)
    }
    assert citees, "no reference found: the pattern is wrong"
    assert sorted(str(c) for c in citees if c[1] not in sections) == []


def test_les_decisions_citees_existent() -> None:
    titres = set(re.findall(r"^### (.+)$", (DOCS / "decisions.md").read_text(encoding="utf-8"), re.M))
    citees = {
        (str(p.relative_to(RACINE)), titre)
        for p, t in TEXTES.items()
        if p.parent != DOCS
        for titre in re.findall(r"docs/decisions\.md,? « ([^»]+) »", _a_plat(t))
    }
    assert citees, "no reference found: the pattern is wrong"
    assert sorted(c for c in citees if c[1] not in titres) == []


def _valeurs(noeud: Any) -> list[str]:
    if isinstance(noeud, dict):
        return [v for x in noeud.values() for v in _valeurs(x)]
    if isinstance(noeud, list):
        return [v for x in noeud for v in _valeurs(x)]
    return [noeud] if isinstance(noeud, str) else []


@pytest.mark.parametrize(
    "chemin",
    sorted((RACINE / "dossier").rglob("*.yaml")),
    ids=lambda p: str(p.relative_to(RACINE / "dossier")),
)
def test_ce_que_lit_l_utilisateur_ne_cite_pas_la_doc_des_developpeurs(chemin: Path) -> None:
    """`reference:`, `source:`, `article:`, explanations: what a finding, the report or `explain`
    shows. It cites the article or « pratique du recouvrement amiable »."""
    valeurs = _valeurs(yaml.safe_load(chemin.read_text(encoding="utf-8")))
    assert [v for v in valeurs if re.search(r"docs/|\.md\b|seeds", v)] == []
