"""A word of an earlier letter quoted to withdraw or explain it is set aside; one quoted to put it
back is not (the adversarial review of the fifteenth pass)."""

from __future__ import annotations

import pytest

from dossier.tone.linter import examiner
from dossier.tone.termes_cites import termes_rectifies
from dossier.tone.texte import normaliser


@pytest.mark.parametrize(
    "phrase",
    [
        "Le mot « huissier » qui figurait par erreur dans notre précédent courrier était inexact.",
        "Notre courrier contenait la mention « dernier avis avant saisie », qui n'aurait pas dû y figurer.",
        "La mention « frais de recouvrement » correspond uniquement à l'indemnité légale de 40 €.",
    ],
)
def test_le_mot_retire_n_est_pas_lu(phrase: str) -> None:
    assert termes_rectifies(normaliser(phrase).texte.lower())
    assert not examiner(phrase)


@pytest.mark.parametrize(
    "phrase",
    [
        "La mention « avis avant saisie » a été supprimée par erreur et figure bien sur celui-ci.",
        "Le titre « commandement de payer » n'aurait pas dû être retiré : nous le rétablissons.",
        "La mention « dernier avis avant saisie » manquait par erreur dans notre précédent courrier.",
    ],
)
def test_le_mot_remis_reste_lu(phrase: str) -> None:
    assert not termes_rectifies(normaliser(phrase).texte.lower())
    assert {r.motif.code for r in examiner(phrase)} & {"TON-01", "TON-02"}


def test_un_message_dit_bien_de_nous_reste_lu() -> None:
    """« n'est pas une tentative de fraude : il émane bien de notre cabinet » claims the words."""
    phrase = "Le mail « avis de saisie » n'est pas une tentative de fraude : il émane bien de notre cabinet."
    assert not termes_rectifies(normaliser(phrase).texte.lower())
    ecarte = (
        "Le message « avis avant saisie » que vous avez reçu ne vient pas de nous : c'est un hameçonnage."
    )
    assert termes_rectifies(normaliser(ecarte).texte.lower())
