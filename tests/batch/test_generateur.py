"""benchmarks/portefeuille.py's generator: ≥ 200 claims, varied as it says, the invalid ones
refused by the reader with their position, the others read."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from dossier.errors import DossierError
from dossier.model import charger
from dossier.portefeuille.indicateurs import etape_atteinte

CHEMIN = Path(__file__).resolve().parents[2] / "benchmarks" / "portefeuille.py"


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmarks_portefeuille", CHEMIN)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_portefeuille_de_200_creances(tmp_path: Path) -> None:
    genres = _module().generer(tmp_path, 200, 17)
    assert sum(genres.values()) == 200
    assert genres["prescrite"] >= 5 and genres["avec pièces"] >= 20
    assert sum(n for g, n in genres.items() if g.startswith("invalide")) >= 10
    lues, refusees, etapes, references = 0, 0, set(), set()
    for claim in sorted(tmp_path.glob("*/claim.yaml")):
        try:
            creance = charger(claim)
        except DossierError as erreur:
            refusees += 1
            assert all(c.ou is not None for c in erreur.constats), claim
            continue
        lues += 1
        references.add(creance.reference)
        etapes.add(etape_atteinte(creance, creance.date_edition or creance.factures[0].echeance))
    assert refusees == sum(n for g, n in genres.items() if g.startswith("invalide"))
    assert len(references) == lues  # each its own reference
    assert len(etapes) >= 4, etapes  # stages reached vary


@pytest.mark.parametrize("graine", [1, 2])
def test_meme_graine_memes_creances(tmp_path: Path, graine: int) -> None:
    module = _module()
    module.generer(tmp_path / "a", 16, graine)
    module.generer(tmp_path / "b", 16, graine)
    for claim in (tmp_path / "a").glob("*/claim.yaml"):
        assert claim.read_bytes() == (tmp_path / "b" / claim.parent.name / "claim.yaml").read_bytes()
