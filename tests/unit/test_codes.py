"""The registry of finding codes (`dossier/codes.yaml`) is complete, unique and written in French.

Every code a module can emit must have its entry (`dossier explain CODE` reads it), and every
entry must tell the user, in French, what the finding means and what to do (docs/style.md rule 7).
"""

from __future__ import annotations

import ast
import dataclasses
import re
import tokenize
from pathlib import Path
from typing import Literal, get_args

import pytest
import yaml

from dossier.codes import SEVERITES, EntreeCode, registre
from dossier.errors import DossierError
from dossier.model.donnees import ModeleDonnees, Texte, lire_donnees
from dossier.model.yaml_strict import lire_yaml

PAQUET = Path(__file__).resolve().parents[2] / "dossier"
CODES_YAML = PAQUET / "codes.yaml"
CODE = re.compile(r"[A-Z]+-\d\d")


class EntreeCodeYaml(ModeleDonnees):
    """An entry of codes.yaml. `dossier/codes.py` reads the file at every start-up (`explain`,
    every finding) without pydantic nor the strict reader, both too slow to import there (issue
    16): the file goes through them here, in the suite that CI runs before any release."""

    severite: Literal["bloquant", "avertissement", "info"]
    article: Texte
    titre: Texte
    explication: Texte
    que_faire: Texte


Registre = dict[str, EntreeCodeYaml]


def _litteraux_python(fichier: Path) -> list[tuple[str, int]]:
    """Plain string literals of a module (f-strings and bytes left aside), with their line."""
    trouves = []
    with fichier.open("rb") as flux:
        for jeton in tokenize.tokenize(flux.readline):
            if jeton.type != tokenize.STRING:
                continue
            prefixe = jeton.string[: len(jeton.string) - len(jeton.string.lstrip("rRbBuUfF"))]
            if set(prefixe.lower()) & {"f", "b"}:
                continue
            trouves.append((ast.literal_eval(jeton.string), jeton.start[0]))
    return trouves


def _textes_yaml(valeur: object) -> list[str]:
    if isinstance(valeur, str):
        return [valeur]
    if isinstance(valeur, dict):
        return [t for cle, v in valeur.items() for t in (*_textes_yaml(cle), *_textes_yaml(v))]
    if isinstance(valeur, list):
        return [t for v in valeur for t in _textes_yaml(v)]
    return []


def codes_utilises() -> dict[str, list[str]]:
    """Each code written as a whole string literal in dossier/ (Python and YAML data), and where."""
    utilises: dict[str, list[str]] = {}
    for fichier in sorted(PAQUET.rglob("*.py")):
        for texte, ligne in _litteraux_python(fichier):
            if CODE.fullmatch(texte):
                utilises.setdefault(texte, []).append(f"{fichier.relative_to(PAQUET.parent)}:{ligne}")
    for fichier in sorted(PAQUET.rglob("*.yaml")):
        if fichier == CODES_YAML or "skeleton" in fichier.parts:
            continue
        for texte in _textes_yaml(yaml.safe_load(fichier.read_text(encoding="utf-8"))):
            if CODE.fullmatch(texte):
                utilises.setdefault(texte, []).append(str(fichier.relative_to(PAQUET.parent)))
    return utilises


def test_les_codes_sont_trouves() -> None:
    # the scan itself works: the loader's own codes are seen
    assert {"YAML-01", "CHAMP-01", "VALEUR-01"} <= set(codes_utilises())


def test_chaque_code_utilise_est_au_registre() -> None:
    connus = set(registre())
    manquants = {code: ou for code, ou in codes_utilises().items() if code not in connus}
    assert not manquants, "codes absents de dossier/codes.yaml : " + "; ".join(
        f"{code} ({', '.join(ou)})" for code, ou in sorted(manquants.items())
    )


def test_registre_sans_cle_en_double() -> None:
    # PyYAML's safe_load keeps the last of two equal keys: a code would change meaning in silence
    document = lire_yaml(CODES_YAML.read_text(encoding="utf-8"))
    assert list(document.valeur) == list(registre())


def test_registre_suit_son_modele() -> None:
    """Through the strict reader and the typed model, as every other data file of the package;
    and what codes.py builds at start-up is what the model reads."""
    modele = lire_donnees(CODES_YAML.read_text(encoding="utf-8"), "dossier/codes.yaml", Registre)
    assert get_args(EntreeCodeYaml.model_fields["severite"].annotation) == SEVERITES
    assert [f.name for f in dataclasses.fields(EntreeCode)] == ["code", *EntreeCodeYaml.model_fields]
    assert {code: (e.severite, e.article, e.titre) for code, e in modele.items()} == {
        code: (e.severite, e.article, e.titre) for code, e in registre().items()
    }


@pytest.mark.parametrize(
    ("avant", "apres", "ligne", "message"),
    [
        (
            '  titre: "Syntaxe YAML invalide"',
            '  titre: "Syntaxe YAML invalide"\n  titr: "x"',
            9,
            "clé inconnue",
        ),
        ("  severite: bloquant", "  severite: [bloquant]", 6, "valeur non prévue"),
    ],
)
def test_registre_corrompu_refuse_a_sa_position(avant: str, apres: str, ligne: int, message: str) -> None:
    texte = CODES_YAML.read_text(encoding="utf-8").replace(avant, apres, 1)
    with pytest.raises(DossierError) as refus:
        lire_donnees(texte, "dossier/codes.yaml", Registre)
    (constat,) = refus.value.constats
    assert constat.code == "DONNEES-01" and message in constat.message
    assert constat.ou is not None and (constat.ou.fichier, constat.ou.ligne) == ("dossier/codes.yaml", ligne)
    assert constat.ou.chemin.startswith("YAML-01.")


_ANGLAIS = re.compile(
    r"\b(the|is|are|should|must|with|without|and|not|please|missing|invalid|error|field|value|file)\b",
    re.IGNORECASE,
)
_FRANCAIS = re.compile(r"[éèêàùçôî]|\b(le|la|les|de|du|des|un|une|et|à|est|sont|ou|pas|ne)\b", re.IGNORECASE)


@pytest.mark.parametrize("code", list(registre()))
def test_entree_complete_et_en_francais(code: str) -> None:
    assert CODE.fullmatch(code), code
    brut = lire_yaml(CODES_YAML.read_text(encoding="utf-8")).valeur[
        code
    ]  # fields: test_registre_suit_son_modele
    for champ in ("titre", "explication", "que_faire"):
        texte = brut[champ]
        assert not _ANGLAIS.search(texte), f"{code}.{champ} : anglais ? « {texte} »"
    for champ in ("explication", "que_faire"):
        texte = brut[champ].strip()
        assert _FRANCAIS.search(texte), f"{code}.{champ} : pas du français ? « {texte} »"
        assert texte.endswith((".", "»", ")", "…")), f"{code}.{champ} : phrase non terminée « {texte} »"
    assert brut["titre"][:1].isupper(), f"{code}: le titre commence par une majuscule"
    assert brut["que_faire"][:1].isupper(), f"{code}: « que_faire » commence par une majuscule"
