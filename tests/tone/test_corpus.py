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

The floors did not move after the adversarial review (issue 4), which found recall 0.16 and
precision 0.32 on its own 74 sentences: those sentences are now in the corpus, pinned one by one
(`epingle`), and so are 28 sentences written after the fixes and never tuned to (4 threats of 16
missed, 0 lawful of 12 flagged): they are why recall is below 1.0 on a corpus the patterns were
written against. A figure measured on sentences the patterns were fitted to overstates what a new
letter will meet; the held-out section is the honest part of it.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from dossier.tone.contexte import CIVIL, Contexte
from dossier.tone.jeu_de_regles import RELIRE, jeu
from dossier.tone.linter import examiner
from dossier.tone.motifs_yaml import motifs
from dossier.tone.texte import normaliser

CORPUS = Path(__file__).resolve().parent / "corpus.yaml"
PRECISION_MINIMALE = 0.97
RAPPEL_MINIMAL = 0.95
SORTES = ("menace", "limite", "licite")


@cache
def corpus() -> list[dict[str, Any]]:
    entrees: list[dict[str, Any]] = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    return entrees


def contexte(entree: dict[str, Any]) -> Contexte:
    """The sentence read alone: in a letter to a consumer (default) or a professional; as an invoice
    label (`portee: libelle`); with the claim's party names it prints (`noms`)."""
    return Contexte(
        civil=entree.get("contexte", "civil") == "civil",
        libelles=(entree["texte"],) if entree.get("portee") == "libelle" else (),
        noms=tuple(entree.get("noms", ())),
    )


def obtenus(entree: dict[str, Any]) -> set[str]:
    return {r.motif.code for r in examiner(entree["texte"], contexte(entree))}


def test_corpus_bien_forme() -> None:
    entrees = corpus()
    assert len(entrees) >= 150
    sortes = Counter(e["sorte"] for e in entrees)
    assert set(sortes) == set(SORTES) and min(sortes.values()) >= 25, sortes
    codes_connus = {m.code for m in motifs()} | {r.code for r in jeu().regles} | {RELIRE.code}
    for entree in entrees:
        assert set(entree) <= {"texte", "codes", "sorte", "motif", "contexte", "portee", "noms", "epingle"}, (
            entree
        )
        assert entree.get("portee", "lettre") in ("lettre", "libelle"), entree
        assert set(entree["codes"]) <= codes_connus, entree
        assert entree.get("contexte", "civil") in ("civil", "professionnel")
        # a lawful sentence raises nothing, or only the review band's warning (TON-10) when the
        # learnt reader asks a person to re-read it (`tests/tone/pression.py`, `seuil`)
        if entree["sorte"] == "licite":
            assert set(entree["codes"]) <= {RELIRE.code}, entree
        elif entree["sorte"] == "menace":
            assert entree["codes"], entree


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


NOMS = [m.nom for m in motifs()] + [r.nom for r in jeu().regles]


def test_chaque_phrase_temoin_nomme_une_entree_existante() -> None:
    """A corpus sentence naming an entry that no longer exists: the entry was removed."""
    nommes = {e["motif"] for e in corpus() if "motif" in e}
    assert nommes - set(NOMS) == set(), "entrée(s) retirée(s) de motifs.yaml"
    assert set(NOMS) - nommes == set(), "entrée(s) sans phrase témoin dans corpus.yaml"


@pytest.mark.parametrize("nom", sorted({e["motif"] for e in corpus() if "motif" in e}))
def test_chaque_entree_attrape_seule_sa_phrase_temoin(nom: str) -> None:
    """Its witness sentence is caught by this entry (a pattern of motifs.yaml or a rule of
    regles.yaml) and by no other entry of the same code: without the entry, the linter would miss it."""
    (motif,) = [m for m in (*motifs(), *jeu().regles) if m.nom == nom] or [None]
    assert motif is not None, f"{nom} n'est plus dans motifs.yaml"
    temoins = [e for e in corpus() if e.get("motif") == nom]
    for entree in temoins:
        rencontres = examiner(entree["texte"], contexte(entree))
        de_ce_code = {r.motif.nom for r in rencontres if r.motif.code == motif.code}
        assert de_ce_code == {nom}, (entree["texte"], de_ce_code)
        assert motif.code in entree["codes"]


@pytest.mark.parametrize(
    "entree", [e for e in corpus() if e.get("epingle")], ids=lambda e: str(e["texte"])[:50]
)
def test_phrase_epinglee(entree: dict[str, Any]) -> None:
    """The sentences of the adversarial review (issue 4): exactly their codes, one by one — a
    pattern narrowed back, or an exception widened again, fails here whatever the overall figures."""
    assert obtenus(entree) == set(entree["codes"])


# Each term the issue names, in a sentence where only that term can match: the finding's excerpt
# must contain it, so removing the term from motifs.yaml fails this test.
TERMES = [
    ("FICP", "Votre dossier sera signalé au FICP.", "TON-01"),
    ("Banque de France", "Un signalement à la Banque de France est envisagé.", "TON-01"),
    ("saisir vos meubles", "Nous viendrons saisir vos meubles.", "TON-01"),
    ("huissier", "Un huissier est mandaté.", "TON-01"),
    ("commissaire de justice", "Un commissaire de justice est mandaté.", "TON-01"),
    ("expulsion", "Nous demanderons votre expulsion.", "TON-01"),
    ("dernier avis avant", "Dernier avis avant poursuites.", "TON-06"),
    ("sous 48 heures", "Réglez sous 48 heures ou le tribunal sera informé.", "TON-06"),
    ("immédiatement", "Réglez immédiatement, sinon une procédure suivra.", "TON-06"),
    ("contentieux judiciaire", "Le contentieux judiciaire vous écrit.", "TON-02"),
    ("sommation", "Sommation de régler la somme due.", "TON-02"),
    ("commandement de payer", "Veuillez considérer ce courrier comme un commandement de payer.", "TON-02"),
    ("procès-verbal", "Le présent procès-verbal vous est remis.", "TON-02"),
    ("jugement", "Le jugement vous condamne à payer.", "TON-02"),
    ("République française", "République française", "TON-02"),
    ("employeur", "Nous allons contacter votre employeur.", "TON-03"),
    ("voisins", "Nous allons interroger vos voisins.", "TON-03"),
    ("frais de l'acte", "Les frais de l'acte seront à votre charge.", "FRAIS-04"),
    ("frais de gestion", "Des frais de gestion de 25 € s'ajoutent.", "FRAIS-04"),
    ("frais de recouvrement", "Des frais de recouvrement de 30 € s'ajoutent.", "FRAIS-04"),
    ("dommages et intérêts", "Nous réclamons des dommages et intérêts.", "FRAIS-04"),
    ("indemnité forfaitaire", "Une indemnité forfaitaire s'ajoute.", "FRAIS-05"),
    ("L441-10", "Pénalités prévues à l'article L441-10.", "FRAIS-05"),
    ("taux BCE", "Intérêts au taux BCE majoré.", "FRAIS-05"),
    ("08 2", "Appelez le 08 25 12 34 56.", "TON-07"),
    ("08 9", "Appelez le 08 99 12 34 56.", "TON-07"),
    ("!!", "Payez!!", "TON-04"),
    ("MERCI DE PAYER VITE", "MERCI DE PAYER VITE.", "TON-04"),
]


@pytest.mark.parametrize(("terme", "phrase", "code"), TERMES, ids=[t for t, _, _ in TERMES])
def test_chaque_terme_de_l_issue_est_lu(terme: str, phrase: str, code: str) -> None:
    plie = normaliser(terme).texte
    extraits = [normaliser(r.extrait).texte for r in examiner(phrase, CIVIL) if r.motif.code == code]
    assert any(plie in extrait for extrait in extraits), (phrase, extraits)
