"""`render/word.py` reads the DOCX template once per process and keeps docxtpl's clean-up of its
XML (`_Modele`): each letter's DOCX is the very bytes docxtpl's own `DocxTemplate` writes."""

from __future__ import annotations

from pathlib import Path

import pytest
from docxtpl import DocxTemplate

from dossier.model import charger
from dossier.pipeline import Options, analyser, documents
from dossier.render import word

RACINE = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("echantillon", ["plan-sepa", "agence-mandat"])
def test_memes_octets_que_docxtpl(echantillon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    creance = charger(RACINE / "samples" / echantillon / "claim.yaml")
    lettres = [lettre for _, lettre in documents(analyser(creance, Options(jour=creance.date_edition)))]
    assert len(lettres) >= 3
    rapides = [word.rendre_docx(lettre) for lettre in lettres]
    assert [word.rendre_docx(lettre) for lettre in lettres] == rapides  # the template read once stays as read
    monkeypatch.setattr(word, "_Modele", DocxTemplate)
    assert [word.rendre_docx(lettre) for lettre in lettres] == rapides
