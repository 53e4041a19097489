"""Only pypdf's public API: a private name (`_root_object`, `_add_object`, `_objects`, `_ID`…) can
change meaning in any release of the pinned range, and with it the bundle, in silence.

The private names are those pypdf's own objects carry (a writer, a reader, a page, every generic
object); a module that imports pypdf must not reach any of them on anything but itself.
"""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pypdf.generic
from pypdf import PageObject, PdfReader, PdfWriter

from dossier.assemble.tampon import reference_de

RACINE = Path(__file__).resolve().parents[2]
MODULES = sorted(p for d in ("dossier", "tests", "benchmarks") for p in (RACINE / d).rglob("*.py"))


def _noms_prives_de_pypdf() -> set[str]:
    ecrivain = PdfWriter()
    ecrivain.add_blank_page(10, 10)
    tampon = io.BytesIO()
    ecrivain.write(tampon)
    objets: list[object] = [ecrivain, PdfReader(tampon), ecrivain.pages[0], PageObject]
    objets += [c for c in vars(pypdf.generic).values() if isinstance(c, type)]
    return {n for o in objets for n in dir(o) if n.startswith("_") and not n.startswith("__")}


PRIVES = _noms_prives_de_pypdf()


def acces_prives(source: str) -> list[tuple[int, str]]:
    """(line, name) of each private pypdf name reached on something other than `self` or `cls`."""
    trouves = []
    for noeud in ast.walk(ast.parse(source)):
        if not isinstance(noeud, ast.Attribute) or noeud.attr not in PRIVES:
            continue
        if not (isinstance(noeud.value, ast.Name) and noeud.value.id in ("self", "cls")):
            trouves.append((noeud.lineno, noeud.attr))
    return sorted(trouves)


def test_le_detecteur_voit_ce_qu_il_doit_voir() -> None:
    assert {"_root_object", "_add_object", "_objects", "_ID"} <= PRIVES
    source = "w._add_object(x)\nw._root_object['/A'] = 1\nfor o in w._objects: pass\nself._objects = []\n"
    assert acces_prives(source) == [(1, "_add_object"), (2, "_root_object"), (3, "_objects")]


def test_aucun_acces_prive_a_pypdf() -> None:
    trouves = [
        f"{module.relative_to(RACINE)}:{ligne} {nom}"
        for module in MODULES
        if "pypdf" in (texte := module.read_text(encoding="utf-8"))
        for ligne, nom in acces_prives(texte)
    ]
    assert trouves == [], "API privée de pypdf : " + ", ".join(trouves)


def test_reference_de_enregistre_un_objet_une_fois() -> None:
    """The public path that replaced `_add_object`: a new object becomes an indirect object of the
    writer; an object already there keeps its reference."""
    ecrivain = PdfWriter()
    flux = pypdf.generic.DecodedStreamObject()
    flux.set_data(b"q Q")
    reference = reference_de(flux, ecrivain)
    assert reference.pdf is ecrivain and reference.get_object().get_data() == b"q Q"
    copie = reference.get_object()
    assert isinstance(copie, pypdf.generic.DictionaryObject)
    assert reference_de(copie, ecrivain) == reference
