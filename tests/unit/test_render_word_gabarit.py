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


@pytest.mark.parametrize(
    "echantillon", sorted(p.parent.name for p in (RACINE / "samples").glob("*/claim.yaml"))
)
def test_listing_comme_docxtpl(echantillon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """`_Modele.resolve_listing` returns the XML docxtpl's own pass returns, on each part of each
    sample letter's DOCX as docxtpl gives it (and the DOCX are the same bytes with docxtpl's pass)."""
    creance = charger(RACINE / "samples" / echantillon / "claim.yaml")
    analyse = analyser(creance, Options(jour=creance.date_edition))
    if analyse.bloquee:
        pytest.skip("a blocked claim renders no letter")
    lettres = [lettre for _, lettre in documents(analyse)]
    lus: list[str] = []
    rapide = word._Modele.resolve_listing

    def noter(modele: Any, xml: str) -> str:
        lus.append(xml)
        return rapide(modele, xml)

    monkeypatch.setattr(word._Modele, "resolve_listing", noter)
    rapides = [word.rendre_docx(lettre) for lettre in lettres]
    assert lus and any("\n" in xml for xml in lus)  # the QR's picture: line breaks outside any text
    modele = word._Modele(str(RACINE / "templates" / "letters" / "lettre.docx"))
    for xml in lus:
        assert rapide(modele, xml) == DocxTemplate.resolve_listing(modele, xml)
    monkeypatch.setattr(word._Modele, "resolve_listing", DocxTemplate.resolve_listing)
    assert [word.rendre_docx(lettre) for lettre in lettres] == rapides


def test_listing_d_un_texte_qui_en_a_besoin() -> None:
    """A tab, a line break, « \\a » or « \\f » inside a text: docxtpl's pass runs, and changes it."""
    modele = word._Modele(str(RACINE / "templates" / "letters" / "lettre.docx"))
    for caractere in "\t\n\a\f":
        xml = f'<w:p><w:pPr/><w:r><w:rPr/><w:t xml:space="preserve">a{caractere}b</w:t></w:r></w:p>\n<w:p/>'
        attendu = DocxTemplate.resolve_listing(modele, xml)
        assert attendu != xml
        assert word._Modele.resolve_listing(modele, xml) == attendu
    sans = "<w:p><w:r><w:t>a b</w:t></w:r></w:p>\n<w:p>\t<w:r><w:tab/></w:r></w:p>"
    assert word._Modele.resolve_listing(modele, sans) == DocxTemplate.resolve_listing(modele, sans) == sans
