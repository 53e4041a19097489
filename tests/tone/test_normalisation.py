"""Folding French text for the linter: what a PDF or DOCX extraction does to words must not hide them."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dossier.tone.contexte import Contexte
from dossier.tone.linter import examiner
from dossier.tone.texte import lectures_en_deux_casses, minuscules, normaliser, variantes
from tests.tone.test_tenus_a_l_ecart import AVEUGLES


@pytest.mark.parametrize(
    ("source", "plie"),
    [
        ("HUISSIER", "huissier"),
        ("Procès-Verbal", "proces-verbal"),
        ("Ré-\nPUBLIQUE  FRANÇAISE", "republique francaise"),
        ("huis-\n  sier", "huissier"),  # pypdf: a word cut at a line end, indented next line
        ("huis-\r\nsier", "huissier"),  # Windows line end (DOCX pasted text)
        ("huis\u00adsier", "huissier"),  # soft hyphen left by a renderer
        ("l’huissier", "l'huissier"),  # typographic apostrophe
        ("dommages\u2011et\u2011intérêts", "dommages-et-interets"),  # non-breaking hyphen
        ("40\u00a0€\u202fpar facture", "40 € par facture"),  # no-break and narrow no-break spaces
        ("cœur ŒUVRE", "coeur oeuvre"),
        ("ﬁchier", "fichier"),  # ligature from a PDF font
        ("  saisir\tvos\n\nmeubles  ", "saisir vos meubles"),
    ],
)
def test_pliage(source: str, plie: str) -> None:
    assert normaliser(source).texte == plie


def test_capitales_gardees_a_la_demande() -> None:
    assert normaliser("PAYEZ Immédiatement", casse=True).texte == "PAYEZ Immediatement"


def test_deux_lectures_d_un_tiret_en_fin_de_ligne() -> None:
    lectures = {v.texte for v in variantes("dommages-et-\nintérêts")}
    assert lectures == {"dommages-etinterets", "dommages-et-interets"}
    assert len(variantes("sans tiret")) == 1


def test_un_tiret_entre_chiffres_est_garde() -> None:
    """« F-2025-⏎118 » is a reference cut at its own hyphen, never a hyphenated word."""
    assert normaliser("F-2025-\n118").texte == "f-2025-118"


def test_extrait_et_ligne_dans_la_source() -> None:
    source = "Madame,\nnous ferons sai-\nsir vos meubles\nsi rien n'est réglé."
    (rencontre,) = examiner(source)
    assert rencontre.motif.code == "TON-01"
    assert rencontre.extrait == "sai-sir vos meubles"
    assert source[rencontre.debut : rencontre.fin] == "sai-\nsir vos meubles"
    assert source.count("\n", 0, rencontre.debut) + 1 == 2


@pytest.mark.parametrize(
    ("texte", "code"),
    [
        ("UN HUIS-\nSIER PASSERA", "TON-01"),
        ("Nous saisirons vos biens", "TON-01"),
        ("nous saisissons votre mobilier", "TON-01"),
        ("vos comptes seront bloqués", "TON-01"),
        ("Vos Comptes Seront BLOQUÉS", "TON-01"),
        ("des dommages-et-\nintérêts", "FRAIS-04"),
        ("des DOMMAGES ET INTÉRÊTS", "FRAIS-04"),
        ("frais de\nrelance", "FRAIS-04"),
        ("Sommations", "TON-02"),
        ("Procès\u2011verbal", "TON-02"),
        ("appelez le 08\u00a099\u00a023\u00a045\u00a067", "TON-07"),
    ],
)
def test_robuste_aux_formes(texte: str, code: str) -> None:
    assert code in {r.motif.code for r in examiner(texte)}


@pytest.mark.parametrize(
    "texte",
    [
        "À défaut de règlement, nous pourrons saisir la juridiction compétente afin d'obtenir un titre "
        "exécutoire.",
        "nous pourrons saisir la juridiction compétente, compte tenu de votre silence",
        "La présente vaut mise en demeure au sens de l'article 1344 du Code civil.",
        "Le maître d'ouvrage a réceptionné les travaux.",
        "pénalités de retard de plein droit (C. com. L441-10)",
    ],
)
def test_phrases_licites_d_un_professionnel(texte: str) -> None:
    assert examiner(texte, Contexte(civil=False)) == []


def test_minuscules_des_lectures_du_linter_comme_variantes() -> None:
    """The mentions read the lower-case texts the linter made of a PDF page (`minuscules`): the same
    texts as folding it again, on every sentence of the corpus and of the sets not kept blind, on
    every golden page of the samples, and on capitals whose lower case reads its neighbours."""
    ici = Path(__file__).resolve().parent
    textes = [
        entree["texte"]
        for jeu in sorted(ici.glob("*.yaml"))
        if jeu.name not in AVEUGLES
        for entree in yaml.safe_load(jeu.read_text(encoding="utf-8"))
    ]
    textes += [p.read_text(encoding="utf-8") for p in sorted((ici.parent / "golden").glob("*/*.txt"))]
    textes += ["ΟΔΟΣ ΣΑΣ", "Σ", "İSTANBUL", "MISE EN DE-\nMEURE ; dommages-et-\nintérêts", ""]
    assert len(textes) > 1000
    for texte in textes:
        attendu = tuple(v.texte for v in variantes(texte))
        assert minuscules(texte, lectures_en_deux_casses(texte)) == attendu
        assert minuscules(texte) == attendu
