"""`render/word.py` reads the DOCX template once per process and keeps docxtpl's clean-up of its
XML (`_Modele`): each letter's DOCX is the very bytes docxtpl's own `DocxTemplate` writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from docx.oxml.ns import qn
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


def _retirer_runs_vides_en_python(racine: Any) -> None:
    """The walk `word._retirer_runs_vides` replaced: each run whose children are only `w:rPr` and
    `w:t` without text is dropped."""
    for run in list(racine.iter(qn("w:r"))):
        if all(e.tag == qn("w:rPr") or (e.tag == qn("w:t") and not e.text) for e in run):
            run.getparent().remove(run)


@pytest.mark.parametrize(
    "echantillon", sorted(p.parent.name for p in (RACINE / "samples").glob("*/claim.yaml"))
)
def test_runs_vides_comme_le_parcours_en_python(echantillon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    creance = charger(RACINE / "samples" / echantillon / "claim.yaml")
    lettres = [lettre for _, lettre in documents(analyser(creance, Options(jour=creance.date_edition)))]
    par_xpath = [word.rendre_docx(lettre) for lettre in lettres]
    monkeypatch.setattr(word, "_retirer_runs_vides", _retirer_runs_vides_en_python)
    assert [word.rendre_docx(lettre) for lettre in lettres] == par_xpath
    monkeypatch.setattr(word, "_retirer_runs_vides", lambda _racine: None)
    assert [word.rendre_docx(lettre) for lettre in lettres] != par_xpath  # there were runs to drop


def test_les_styles_figes_partout() -> None:
    """Each relationship of the template read once and its index by rId (`related_parts`) name the
    same part: the parsed styles part, replaced by its bytes, is reachable from neither, so no copy
    of the template copies its tree again."""
    from docx.parts.styles import StylesPart

    relations = word._gabarit_lu().part.rels
    internes = {rid: r.target_part for rid, r in relations.items() if not r.is_external}
    assert internes == relations.related_parts
    assert not any(isinstance(partie, StylesPart) for partie in internes.values())
