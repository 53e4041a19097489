"""Making dossier faster weakened no check (issue 16): the same findings, before and after.

`tests/fixtures/constats/` holds what main found before the speed work: for every sample, each
finding of `dossier check` (code, severity, message, the excerpt and the place in the document
read back); for every sentence of the tone corpus and of the two held-out sets, each pattern or
rule met (code and excerpt). These tests recompute them and compare. A change that means to alter
a finding (a new rule, a reworded message) rewrites the fixtures, diff reviewed like a golden:

    python -m tests.unit.test_memes_constats
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from dossier.findings import Constat
from dossier.model import charger
from dossier.pipeline import Options, controler
from dossier.tone.contexte import Contexte
from dossier.tone.linter import examiner

DEPOT = Path(__file__).resolve().parents[2]
FIXTURES = DEPOT / "tests" / "fixtures" / "constats"
ECHANTILLONS = tuple(sorted(p.parent.name for p in (DEPOT / "samples").glob("*/claim.yaml")))
CORPUS = DEPOT / "tests" / "tone"
JEUX = ("corpus.yaml", "tenus_a_l_ecart.yaml", "tenus_a_l_ecart_2.yaml")


def _ligne(c: Constat) -> str:
    """One finding as a line: everything a user reads of it, the claim's path left out."""
    ou = f"{c.ou.ligne}:{c.ou.colonne} {c.ou.chemin}" if c.ou else ""
    return " | ".join(
        (c.code, c.severite, c.message, c.que_faire, c.extrait or "", str(c.document or ""), ou)
    )


def constats_echantillon(nom: str) -> list[str]:
    creance = charger(DEPOT / "samples" / nom / "claim.yaml")
    assert creance.date_edition is not None, "samples fix their « as of » day"
    analyse = controler(creance, Options(jour=creance.date_edition))
    return [_ligne(c) for c in analyse.constats]


def _contexte(entree: dict[str, Any]) -> Contexte:
    """As `tests/tone/test_corpus.py` and `test_tenus_a_l_ecart.py` read each sentence."""
    return Contexte(
        civil=entree.get("contexte", "civil") == "civil",
        libelles=(entree["texte"],) if entree.get("portee") == "libelle" else (),
        noms=tuple(entree.get("noms", ())),
    )


def rencontres_jeu(nom: str) -> list[list[str]]:
    entrees: list[dict[str, Any]] = yaml.safe_load((CORPUS / nom).read_text(encoding="utf-8"))
    return [
        [f"{r.motif.code} | {r.extrait} | {r.debut}-{r.fin}" for r in examiner(e["texte"], _contexte(e))]
        for e in entrees
    ]


def _fixture(nom: str) -> Any:
    return json.loads((FIXTURES / nom).read_text(encoding="utf-8"))


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_memes_constats_sur_chaque_echantillon(echantillon: str) -> None:
    assert constats_echantillon(echantillon) == _fixture("echantillons.json")[echantillon]


@pytest.mark.parametrize("jeu", JEUX)
def test_memes_rencontres_sur_le_corpus_du_ton(jeu: str) -> None:
    attendu = _fixture("ton.json")[jeu]
    obtenu = rencontres_jeu(jeu)
    assert len(obtenu) == len(attendu)
    differences = [(i, a, o) for i, (a, o) in enumerate(zip(attendu, obtenu, strict=True)) if a != o]
    assert not differences, differences


def test_chaque_echantillon_est_enregistre() -> None:
    assert sorted(_fixture("echantillons.json")) == list(ECHANTILLONS)


def enregistrer() -> None:
    FIXTURES.mkdir(parents=True, exist_ok=True)
    echantillons = {nom: constats_echantillon(nom) for nom in ECHANTILLONS}
    ton = {jeu: rencontres_jeu(jeu) for jeu in JEUX}
    for fichier, objet in (("echantillons.json", echantillons), ("ton.json", ton)):
        texte = json.dumps(objet, ensure_ascii=False, indent=1) + "\n"
        (FIXTURES / fichier).write_text(texte, encoding="utf-8")


if __name__ == "__main__":
    enregistrer()
