"""`lexiques.entrees_de` reads an entry piece by piece (`mots_du_morceau`): for every developed
entry of regles.yaml, the words are those `mots_de(normaliser(entry))` reads in the whole entry."""

from __future__ import annotations

from dossier.model.donnees import charger_donnees
from dossier.tone.analyse import mots_de
from dossier.tone.jeu_de_regles import ReglesYaml
from dossier.tone.lexiques import developper, mots_du_morceau
from dossier.tone.texte import normaliser


def test_par_morceaux_comme_en_entier() -> None:
    donnees = charger_donnees("dossier.tone", "regles.yaml", ReglesYaml)
    entrees = [
        developpee
        for brutes in donnees.lexiques.values()
        for brute in brutes
        if not brute.startswith("@")
        for developpee in developper(brute)
    ]
    assert len(entrees) > 1000
    for entree in entrees:
        par_morceaux = tuple(mot for morceau in entree.split() for mot in mots_du_morceau(morceau))
        assert par_morceaux == tuple(mots_de(normaliser(entree).texte)), entree
