"""`lexiques.entrees_de` reads an entry piece by piece (`mots_du_morceau`) and brace by brace
(`mots_developpes`): for every entry of regles.yaml, the words of each entry it stands for are those
`mots_de(normaliser(entry))` reads in the whole developed string, in `developper`'s order."""

from __future__ import annotations

import pytest

from dossier.model.donnees import charger_donnees
from dossier.tone.analyse import mots_de
from dossier.tone.jeu_de_regles import ReglesYaml
from dossier.tone.lexiques import developper, mots_developpes
from dossier.tone.texte import normaliser


def _en_entier(brute: str) -> list[tuple[str, ...]]:
    return [tuple(mots_de(normaliser(developpee).texte)) for developpee in developper(brute)]


def test_par_morceaux_comme_en_entier() -> None:
    donnees = charger_donnees("dossier.tone", "regles.yaml", ReglesYaml)
    brutes = [b for liste in donnees.lexiques.values() for b in liste if not b.startswith("@")]
    assert sum(len(developper(b)) for b in brutes) > 1000
    for brute in brutes:
        assert mots_developpes(brute) == _en_entier(brute), brute


@pytest.mark.parametrize(
    "brute",
    [
        "l'{accord|avis} de {votre|l'} employeur",  # a brace against a word: read as strings
        "{re|}venir {|tout} {de suite|aussitôt}",
        "sans  {attendre|}   {votre|le} accord",
    ],
)
def test_accolades_contre_un_mot(brute: str) -> None:
    assert mots_developpes(brute) == _en_entier(brute)


def test_accolade_ouverte_refusee() -> None:
    with pytest.raises(ValueError, match="accolade non fermée"):
        mots_developpes("payer {avant|après demain")
