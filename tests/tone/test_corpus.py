"""The tone linter against its labelled corpus (`corpus.yaml`): precision and recall, and one
sentence per pattern entry that only this entry catches — so removing an entry fails a test.

Metrics are counted per (sentence, code): a true positive is an expected code raised, a false
positive a code raised that the label does not hold, a false negative an expected code missed.

Floors, and why:
- precision ≥ 0.97: a false positive blocks a lawful letter. It is cheap to get round (rephrase,
  or `sauf` in motifs.yaml) but must stay rare, or users learn to ignore the linter;
- recall ≥ 0.95: a false negative lets a threat reach a debtor, the harm the tool exists to
  prevent; the corpus keeps a few threats the patterns cannot read (veiled menace, « d'autres
  moyens existent »), on purpose, so the figure is honest rather than 1.0 by construction.
Both are measured on sentences written to be hard (inflections, capitals, line-end hyphens,
lawful look-alikes such as « saisir la juridiction », « maître d'œuvre », the L111-8 quotation).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from dossier.tone.linter import Contexte, examiner, motifs

CORPUS = Path(__file__).resolve().parent / "corpus.yaml"
PRECISION_MINIMALE = 0.97
RAPPEL_MINIMAL = 0.95
SORTES = ("menace", "limite", "licite")


@cache
def corpus() -> list[dict[str, Any]]:
    entrees: list[dict[str, Any]] = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    return entrees


def contexte(entree: dict[str, Any]) -> Contexte:
    return Contexte(civil=entree.get("contexte", "civil") == "civil")


def obtenus(entree: dict[str, Any]) -> set[str]:
    return {r.motif.code for r in examiner(entree["texte"], contexte(entree))}


def test_corpus_bien_forme() -> None:
    entrees = corpus()
    assert len(entrees) >= 150
    sortes = Counter(e["sorte"] for e in entrees)
    assert set(sortes) == set(SORTES) and min(sortes.values()) >= 25, sortes
    codes_connus = {m.code for m in motifs()}
    for entree in entrees:
        assert set(entree) <= {"texte", "codes", "sorte", "motif", "contexte"}, entree
        assert set(entree["codes"]) <= codes_connus, entree
        assert entree.get("contexte", "civil") in ("civil", "professionnel")
        assert (entree["sorte"] == "licite") == (not entree["codes"]) or entree["sorte"] == "limite", entree


def test_precision_et_rappel(capsys: pytest.CaptureFixture[str]) -> None:
    vp = fp = fn = 0
    par_code: Counter[tuple[str, str]] = Counter()
    erreurs = []
    for entree in corpus():
        attendus, trouves = set(entree["codes"]), obtenus(entree)
        vp += len(attendus & trouves)
        fp += len(trouves - attendus)
        fn += len(attendus - trouves)
        for code in trouves - attendus:
            par_code[(code, "faux positif")] += 1
        for code in attendus - trouves:
            par_code[(code, "faux négatif")] += 1
        if attendus != trouves:
            erreurs.append(f"  {sorted(attendus)} ≠ {sorted(trouves)} : {entree['texte']!r}")
    precision, rappel = vp / (vp + fp), vp / (vp + fn)
    with capsys.disabled():
        print(
            f"\nCorpus du linter de ton : {len(corpus())} phrases ; précision {precision:.3f} "
            f"({vp} vrais positifs, {fp} faux positifs), rappel {rappel:.3f} ({fn} faux négatifs)"
        )
        print("\n".join(erreurs))
    assert precision >= PRECISION_MINIMALE, par_code
    assert rappel >= RAPPEL_MINIMAL, par_code


def test_aucune_phrase_licite_signalee() -> None:
    """Lawful sentences, the ones every letter needs, raise nothing (no blocking false positive)."""
    signalees = [e["texte"] for e in corpus() if e["sorte"] == "licite" and obtenus(e) - set(e["codes"])]
    assert signalees == []


NOMS = [m.nom for m in motifs()]


def test_chaque_phrase_temoin_nomme_une_entree_existante() -> None:
    """A corpus sentence naming an entry that no longer exists: the entry was removed."""
    nommes = {e["motif"] for e in corpus() if "motif" in e}
    assert nommes - set(NOMS) == set(), "entrée(s) retirée(s) de motifs.yaml"
    assert set(NOMS) - nommes == set(), "entrée(s) sans phrase témoin dans corpus.yaml"


@pytest.mark.parametrize("nom", sorted({e["motif"] for e in corpus() if "motif" in e}))
def test_chaque_entree_attrape_seule_sa_phrase_temoin(nom: str) -> None:
    """Its witness sentence is caught by this entry and by no other entry of the same code: without
    the entry, the linter would miss it."""
    (motif,) = [m for m in motifs() if m.nom == nom] or [None]
    assert motif is not None, f"{nom} n'est plus dans motifs.yaml"
    temoins = [e for e in corpus() if e.get("motif") == nom]
    for entree in temoins:
        rencontres = examiner(entree["texte"], contexte(entree))
        de_ce_code = {r.motif.nom for r in rencontres if r.motif.code == motif.code}
        assert de_ce_code == {nom}, (entree["texte"], de_ce_code)
        assert motif.code in entree["codes"]
