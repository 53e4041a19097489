"""The read-back (render/readback.py) reads PDFium's text and the DOCX's XML directly, for speed:
on every document the samples build, it gives exactly the text pypdf and python-docx give; and the
tone linter's one-scan search of its patterns finds what `finditer` finds on every page."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from dossier.render.readback import _texte_docx_direct, _texte_docx_python_docx, compter_pages, texte_pdf
from tests.golden.echantillons import ECHANTILLONS, Paquet
from tests.tone.test_prefixes import memes_trouvailles


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_meme_texte_que_pypdf_et_python_docx(paquets: dict[str, Paquet], echantillon: str) -> None:
    fichiers = paquets[echantillon].fichiers
    lus = 0
    for nom, donnees in sorted(fichiers.items()):
        if nom.endswith(".pdf"):
            pages = texte_pdf(donnees)
            assert pages == [p.extract_text() for p in PdfReader(io.BytesIO(donnees)).pages], nom
            assert compter_pages(donnees) == len(pages), nom
            assert [memes_trouvailles(page) for page in pages] == [[] for _ in pages], nom
            lus += 1
        elif nom.endswith(".docx"):
            # the direct reader reads every DOCX the samples build (no fallback), as python-docx does
            assert _texte_docx_direct(donnees) == _texte_docx_python_docx(donnees), nom
            lus += 1
    assert lus >= 2
