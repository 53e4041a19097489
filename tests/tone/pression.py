"""Write dossier/tone/pression.json: the review band's weights, learnt from the labelled sentences.

    python -m tests.tone.pression          # from the repository root, after changing what it learns

A multinomial naive Bayes model (`dossier/tone/pression.py` reads it): for each feature f of the
sentences (a stem with its polarity, a pair of stems), its weight is
log((n₁(f) + α) / (N₁ + αV)) − log((n₀(f) + α) / (N₀ + αV)), where n₁(f) and n₀(f) count f among
the threats and among the lawful sentences, N₁ and N₀ all the features of each, V the distinct
features; the prior is the log-ratio of the number of threats to the number of lawful sentences.
Closed form: no optimiser, no dependency, the same file on every machine.

It learns from the corpus (`menace` and `licite`; a `limite` sentence is neither) and from the
held-out sets already studied by the rules (APPRIS). A set written to measure the linter blind is
never in APPRIS until it has been measured: the model must not have seen it either.
`test_pression_a_jour` says when the file must be rewritten.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from dossier.tone.analyse import analyser
from dossier.tone.pression import traits
from dossier.tone.texte import normaliser

ICI = Path(__file__).resolve().parent
FICHIER = ICI.parents[1] / "dossier" / "tone" / "pression.json"
APPRIS = (
    "corpus.yaml",
    "tenus_a_l_ecart.yaml",
    "tenus_a_l_ecart_2.yaml",
    "tenus_a_l_ecart_3.yaml",
    "tenus_a_l_ecart_4.yaml",
    "tenus_a_l_ecart_5.yaml",
    "tenus_a_l_ecart_6.yaml",
    "tenus_a_l_ecart_7.yaml",
    "tenus_a_l_ecart_8.yaml",
    "tenus_a_l_ecart_9.yaml",
    "tenus_a_l_ecart_10.yaml",
)
LISSAGE = 0.5  # α: a feature seen once weighs log 3 in its class


def exemples() -> list[tuple[str, bool]]:
    """(sentence, is a threat) for every sentence the model learns from."""
    lus: list[tuple[str, bool]] = []
    for nom in APPRIS:
        entrees: list[dict[str, Any]] = yaml.safe_load((ICI / nom).read_text(encoding="utf-8"))
        for entree in entrees:
            if "attendu" in entree:
                lus.append((entree["texte"], entree["attendu"] == "bloque"))
            elif entree["sorte"] != "limite":
                lus.append((entree["texte"], entree["sorte"] == "menace"))
    return lus


def traits_du_texte(texte: str) -> list[str]:
    analyse = analyser(normaliser(texte).texte)
    return [trait for phrase in analyse.phrases for trait in traits(analyse, phrase)]


def seuil(plus_haute: float) -> float:
    """The log-odds of the least probability 1 − 10⁻ᵏ (k ≥ 3) that no lawful sentence it learnt from
    reaches (`plus_haute`: the highest log-odds among them): the model flags nothing it was told is
    lawful, and nothing under 0.999."""
    k = 3
    while math.log(10**k - 1) <= plus_haute:
        k += 1
    return math.log(10**k - 1)


def texte() -> str:
    lus = [(traits_du_texte(phrase), menace) for phrase, menace in exemples()]
    comptes = {True: Counter[str](), False: Counter[str]()}
    for vus_ici, menace in lus:
        comptes[menace].update(vus_ici)
    phrases = Counter(menace for _, menace in lus)
    vus = sorted(set(comptes[True]) | set(comptes[False]))
    totaux = {cle: sum(c.values()) + LISSAGE * len(vus) for cle, c in comptes.items()}
    poids = {
        t: round(
            math.log((comptes[True][t] + LISSAGE) / totaux[True])
            - math.log((comptes[False][t] + LISSAGE) / totaux[False]),
            4,
        )
        for t in vus
    }
    a_priori = round(math.log(phrases[True] / phrases[False]), 4)
    plus_haute = max(a_priori + sum(poids[t] for t in phrase) for phrase in _phrases_licites())
    contenu = {
        "a_propos": (
            "The tone linter's review band: naive Bayes weights learnt from the labelled sentences "
            "(dossier/tone/pression.py). Written by `python -m tests.tone.pression`: do not edit."
        ),
        "appris": {
            "fichiers": list(APPRIS),
            "menaces": phrases[True],
            "licites": phrases[False],
            "traits": len(vus),
            "lissage": LISSAGE,
            "plus_haute_cote_licite": round(plus_haute, 4),
        },
        "a_priori": a_priori,
        "seuil": round(seuil(plus_haute), 4),
        "poids": poids,
    }
    return json.dumps(contenu, ensure_ascii=False, indent=0, sort_keys=True) + "\n"


def _phrases_licites() -> list[list[str]]:
    """The features of each sentence (not each text: the linter weighs sentence by sentence) of the
    lawful texts learnt."""
    phrases = []
    for texte_, menace in exemples():
        if not menace:
            analyse = analyser(normaliser(texte_).texte)
            phrases += [traits(analyse, phrase) for phrase in analyse.phrases]
    return phrases


if __name__ == "__main__":
    FICHIER.write_text(texte(), encoding="utf-8")
    print(f"{FICHIER}: écrit")
