"""The package's data files parsed by libyaml read exactly as the Python parser reads them.

`yaml_strict.lire_yaml(texte, libyaml=True)` lets libyaml (PyYAML's C parser) parse a file of the
package; its events go through the same strict composer. It may only accept: a file it cannot
parse, or in which anything is to refuse, goes back to the Python parser, whose refusal is the one
reported. Here: every shipped data file reads the same both ways (and through libyaml, the gain),
and each kind of refusal — duplicate key, anchor, alias, merge key, tag, lone surrogate, control
character, syntax error, depth, empty file, a list at the root — comes out identical, message,
line, column and path, whichever reader ran first.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.model import limites
from dossier.model.yaml_composition import ErreurYaml
from dossier.model.yaml_strict import DocumentYaml, _par_libyaml, lire_yaml

DEPOT = Path(__file__).resolve().parents[2]
DONNEES = sorted(p for p in (DEPOT / "dossier").rglob("*.yaml"))
ECHANTILLONS = sorted((DEPOT / "samples").glob("*/claim.yaml"))


def _identiques(a: DocumentYaml, b: DocumentYaml) -> None:
    def types(valeur: object) -> object:
        if isinstance(valeur, dict):
            return {cle: types(v) for cle, v in valeur.items()}
        if isinstance(valeur, list):
            return [types(v) for v in valeur]
        return (type(valeur).__name__, valeur)  # PlainScalar and str, True and "true" told apart

    assert types(a.valeur) == types(b.valeur)
    assert a.positions == b.positions
    assert a.cles == b.cles


def test_les_fichiers_du_paquet_sont_nombreux() -> None:
    assert len(DONNEES) >= 20  # the probe found the package's data (tone, law, parameters, codes)
    assert any(p.name == "regles.yaml" for p in DONNEES)


@pytest.mark.parametrize("chemin", DONNEES + ECHANTILLONS, ids=lambda p: str(p.relative_to(DEPOT)))
def test_chaque_fichier_se_lit_de_meme_par_libyaml(chemin: Path) -> None:
    texte = chemin.read_text(encoding="utf-8")
    rapide = _par_libyaml(texte)
    assert rapide is not None  # libyaml read it: the fast path is the one taken
    _identiques(rapide, lire_yaml(texte))


ACCEPTES = [
    "a: x\nb: \"x\"\nc: 'x'\nd: true\ne: false\nf: null\ng: ~\nh:\ni: 0012\nj: 1.10\nk: no\n",
    "a: 1\r\nb:\r\n  c: x\r\n",
    "\ufeffa: 1\n",
    "a: |\n  ligne 1\n  ligne 2\nb: >-\n  plié\n  ici\n",
    'l: [1, "deux", {c: d}]\nm: {x: [], y: {}}\n',
    "racine:\n- a\n- b: c\n  d: e\n",
    '"<<": x\n1: a\nyes: b\nnull: c\n',
    "a: « guillemets » et € et 🙂\n",
    "# seulement un commentaire avant\na: 1 # et après\n",
]


@pytest.mark.parametrize("texte", ACCEPTES)
def test_un_fichier_accepte_se_lit_de_meme(texte: str) -> None:
    rapide = _par_libyaml(texte)
    assert rapide is not None
    _identiques(rapide, lire_yaml(texte))


REFUSES = {
    "clé en double": "a: 1\nb: 2\na: 3\n",
    "ancre et alias": "a: &x 1\nb: *x\n",
    "clé de fusion": "a: {c: 1}\nb:\n  <<: {c: 2}\n",
    "étiquette": "a: !!float 1.5\nb: !perso x\n",
    "demi-caractère": 'a: "\\ud800"\n',
    "caractère de contrôle": "a: b\x07c\n",
    "guillemet non fermé": 'a: "x\nb: 2\n',
    "tabulation": "a:\n\tb: 1\n",
    "indentation": "creancier:\n  type: pm\n   forme: SARL\n",
    "deux documents": "a: 1\n---\nb: 2\n",
    "profondeur": "a: " + "[" * (limites.PROFONDEUR + 3) + "]" * (limites.PROFONDEUR + 3) + "\n",
    "fichier vide": "# rien\n",
    "liste à la racine": "- a\n- b\n",
    "valeur seule": "texte\n",
    "clé en liste": "[a, b]: c\n",
    "plusieurs problèmes": "a: &x 1\nb: *x\nb: !!str 2\n",
}


@pytest.mark.parametrize("texte", REFUSES.values(), ids=REFUSES.keys())
def test_un_refus_est_celui_du_lecteur_python(texte: str) -> None:
    assert _par_libyaml(texte) is None  # libyaml never accepts what is to refuse
    with pytest.raises(ErreurYaml) as python:
        lire_yaml(texte)
    with pytest.raises(ErreurYaml) as rapide:
        lire_yaml(texte, libyaml=True)

    def tel_quel(e: ErreurYaml) -> list[tuple[object, ...]]:
        return [(p.code, p.message, p.ligne, p.colonne, p.chemin, p.que_faire) for p in e.toutes]

    assert tel_quel(rapide.value) == tel_quel(python.value)
    assert tel_quel(python.value)[0][0].startswith("YAML-")
