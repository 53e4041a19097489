"""The review band's learnt reader (`dossier/tone/pression.py`): its weights are what the labelled
sentences give, it never learns from a set still measuring blind, and it reaches a debtor's letter
only as a warning that quotes its words."""

from __future__ import annotations

from dossier.codes import registre
from dossier.tone.analyse import analyser
from dossier.tone.linter import Contexte, constat_de, examiner
from dossier.tone.pression import modele, pression
from dossier.tone.texte import normaliser
from tests.tone import pression as apprentissage
from tests.tone.test_tenus_a_l_ecart import AVEUGLES, JEUX

# shaming in words no rule of regles.yaml names (written for this test, learnt from nowhere)
PANNEAU = "Votre nom figurera sur le panneau de l'entrée avec le montant que vous devez."


def test_poids_a_jour() -> None:
    """pression.json is what `python -m tests.tone.pression` writes from the sentences it learns."""
    assert apprentissage.FICHIER.read_text(encoding="utf-8") == apprentissage.texte(), (
        "python -m tests.tone.pression"
    )


def test_aucun_jeu_aveugle_appris() -> None:
    """Every held-out set is either learnt (studied by the rules already) or blind — never both,
    never forgotten: a set written to measure the linter must not have taught the model."""
    appris = set(apprentissage.APPRIS) - {"corpus.yaml"}
    assert appris.isdisjoint(AVEUGLES)
    assert appris | set(AVEUGLES) == set(JEUX)


def test_le_seuil_passe_toute_phrase_licite_apprise() -> None:
    """No lawful sentence it learnt from reaches the threshold, sentence by sentence."""
    seuil = modele().seuil
    for texte, menace in apprentissage.exemples():
        if not menace:
            analyse = analyser(normaliser(texte).texte)
            assert all(pression(analyse, phrase)[0] < seuil for phrase in analyse.phrases), texte


def test_une_pression_sans_mot_de_regle_est_a_relire() -> None:
    """A threat in words no rule names is « à relire » (TON-10, a warning) and its finding quotes
    the words that weighed most; the same sentence denied is lawful."""
    trouvees = examiner(PANNEAU, Contexte(civil=True))
    assert [t.motif.code for t in trouvees] == ["TON-10"]
    assert registre()["TON-10"].severite == "avertissement"
    message = constat_de(trouvees[0], "message libre").message
    assert message.endswith("(mots relevés : « nom », « panneau », « devez »)")
    assert examiner("Votre nom ne figurera sur aucun panneau.", Contexte(civil=True)) == []
    courtoise = "Nous restons à votre disposition pour convenir d'un échéancier."
    assert examiner(courtoise, Contexte(civil=True)) == []


def test_pas_de_bande_dans_les_actes_pour_le_juge() -> None:
    """The court documents name measures to the judge: the band does not read them."""
    assert examiner(PANNEAU, Contexte(civil=True, judiciaire=True)) == []
