"""The strict YAML reader: text only, positions for every node, refused YAML features."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from dossier.model.types import PlainScalar
from dossier.model.yaml_composition import ErreurYaml
from dossier.model.yaml_strict import charger_yaml, lire_yaml
from dossier.model.yaml_syntaxe import chemin_probable

TEXTE = """\
# commentaire
version: 1
creancier:
  nom: "Atelier Durand"
  adresse:
    ligne1: '12 rue des Lilas'
    code_postal: 01000
  contact: {telephone: "04 72 00 00 00", email: compta@example.org}
factures:
  - numero: F-1
    montant_ttc: "2480.00"
  - numero: F-2
    montant_ttc: "1260.00"
courriers:
- type: relance_1
  factures: [F-1, "F-2"]
"""


# --- positions ------------------------------------------------------------------------------


def test_positions_des_cles_imbriquees_et_des_elements() -> None:
    document = lire_yaml(TEXTE)
    p = document.positions
    assert p[()] == (2, 1)  # the root starts at its first key, after the comment
    assert p[("version",)] == (2, 10)  # a scalar: where its value starts
    assert p[("creancier",)] == (3, 1)  # a section: where its key is
    assert p[("creancier", "nom")] == (4, 8)
    assert p[("creancier", "adresse")] == (5, 3)
    assert p[("creancier", "adresse", "ligne1")] == (6, 13)
    assert p[("creancier", "adresse", "code_postal")] == (7, 18)
    assert p[("creancier", "contact")] == (8, 3)
    assert p[("creancier", "contact", "telephone")] == (8, 24)
    assert p[("creancier", "contact", "email")] == (8, 49)
    assert p[("factures",)] == (9, 1)
    assert p[("factures", 0)] == (10, 5)  # a list item: where its content starts, after « - »
    assert p[("factures", 0, "numero")] == (10, 13)
    assert p[("factures", 1, "montant_ttc")] == (13, 18)
    assert p[("courriers", 0)] == (15, 3)  # an item of a list not indented under its key
    assert p[("courriers", 0, "factures")] == (16, 3)
    assert p[("courriers", 0, "factures", 0)] == (16, 14)
    assert p[("courriers", 0, "factures", 1)] == (16, 19)


def test_positions_des_cles() -> None:
    cles = lire_yaml(TEXTE).cles
    assert cles[("version",)] == (2, 1)
    assert cles[("creancier", "nom")] == (4, 3)
    assert cles[("creancier", "contact", "email")] == (8, 42)
    assert cles[("factures", 1, "montant_ttc")] == (13, 5)
    assert ("factures", 0) not in cles  # list items have no key


def test_charger_yaml_rend_valeurs_et_positions() -> None:
    valeur, positions = charger_yaml(TEXTE)
    assert valeur["factures"][1]["numero"] == "F-2"
    assert positions[("factures", 1, "numero")] == (12, 13)


def test_positions_avec_fins_de_ligne_windows() -> None:
    document = lire_yaml("a: 1\r\nb:\r\n  c: x\r\n")
    assert document.positions[("b", "c")] == (3, 6)


# --- scalars: text as written ---------------------------------------------------------------


def test_sans_guillemets_plainscalar_avec_guillemets_texte() -> None:
    valeur = lire_yaml("a: x\nb: \"x\"\nc: 'x'\n").valeur
    assert type(valeur["a"]) is PlainScalar and valeur["a"] == "x"
    assert type(valeur["b"]) is str and valeur["b"] == "x"
    assert type(valeur["c"]) is str and valeur["c"] == "x"


@pytest.mark.parametrize(
    "ecrit",
    [
        "12",
        "0012",
        "1.10",
        "2480.00",
        "1e3",
        "0x1F",
        "0o17",
        ".inf",
        "-.inf",
        ".nan",
        "12:30",
        "+1",
        "2026-03-31",
        "2026-03-31T10:00:00",
        "yes",
        "no",
        "on",
        "off",
        "y",
        "n",
        "True",
        "TRUE",
        "False",
        "Yes",
        "NO",
        "Null",
        "NULL",
        "=",
        "01000",
    ],
)
def test_aucune_conversion_implicite(ecrit: str) -> None:
    valeur = lire_yaml(f"v: {ecrit}\n").valeur["v"]
    assert type(valeur) is PlainScalar
    assert valeur == ecrit


@pytest.mark.parametrize("ecrit", ["12", "0012", "1.10", "2026-03-31", "yes", "true", "null", "~", ""])
def test_entre_guillemets_reste_le_texte(ecrit: str) -> None:
    assert lire_yaml(f'v: "{ecrit}"\n').valeur["v"] == ecrit
    assert type(lire_yaml(f"v: '{ecrit}'\n").valeur["v"]) is str


@pytest.mark.parametrize(
    ("ecrit", "attendu"), [("true", True), ("false", False), ("null", None), ("~", None), ("", None)]
)
def test_seuls_les_mots_du_noyau_yaml_1_2_sont_types(ecrit: str, attendu: object) -> None:
    assert lire_yaml(f"v: {ecrit}\n").valeur["v"] is attendu


@pytest.mark.parametrize(
    ("bloc", "attendu"),
    [
        ("|\n  ligne 1\n  ligne 2\n", "ligne 1\nligne 2\n"),
        ("|-\n  12\n", "12"),
        (">\n  un long\n  paragraphe\n", "un long paragraphe\n"),
        (">-\n  2026-03-31\n", "2026-03-31"),
        ("|\n  yes\n", "yes\n"),
    ],
)
def test_blocs_de_texte_gardes_comme_texte(bloc: str, attendu: str) -> None:
    valeur = lire_yaml(f"v: {bloc}").valeur["v"]
    assert type(valeur) is str  # a block scalar is the user's text, never a PlainScalar
    assert valeur == attendu


def test_les_cles_restent_du_texte() -> None:
    valeur = lire_yaml("1: a\nyes: b\nnull: c\n").valeur
    assert list(valeur) == ["1", "yes", "null"]


def test_cle_de_fusion_entre_guillemets_est_une_cle_ordinaire() -> None:
    assert lire_yaml('"<<": x\n').valeur == {"<<": "x"}


# --- refused features: every problem reported, in the file's order --------------------------


Probleme = tuple[str, int, int, tuple[str | int, ...]]


def _erreurs(texte: str) -> list[Probleme]:
    with pytest.raises(ErreurYaml) as erreur:
        lire_yaml(texte)
    return [(e.code, e.ligne, e.colonne, e.chemin) for e in erreur.value.toutes]


@pytest.mark.parametrize(
    ("texte", "attendu"),
    [
        ("a: 1\na: 2\n", [("YAML-02", 2, 1, ("a",))]),
        ("s:\n  a: 1\n  b: 2\n  a: 3\n", [("YAML-02", 4, 3, ("s", "a"))]),
        ("s: {a: 1, a: 2}\n", [("YAML-02", 1, 11, ("s", "a"))]),
        ("a: &x 1\n", [("YAML-03", 1, 4, ("a",))]),
        ("a: *x\n", [("YAML-03", 1, 4, ("a",))]),
        ("l:\n  - &x {a: 1}\n  - *x\n", [("YAML-03", 2, 5, ("l", 0)), ("YAML-03", 3, 5, ("l", 1))]),
        ("a: !!float 1.5\n", [("YAML-04", 1, 4, ("a",))]),
        ("a: !!str 1.5\n", [("YAML-04", 1, 4, ("a",))]),
        ("a: ! 1.5\n", [("YAML-04", 1, 4, ("a",))]),
        ("a: !python/object:os.system x\n", [("YAML-04", 1, 4, ("a",))]),
        ("s: !!map {a: 1}\n", [("YAML-04", 1, 4, ("s",))]),
        ("s:\n  <<: {a: 1}\n  b: 2\n", [("YAML-05", 2, 3, ("s",))]),
        (
            "a: 1\nb: &ancre 2\nc: !!int 3\na: 4\nd: *ancre\n",
            [
                ("YAML-03", 2, 4, ("b",)),
                ("YAML-04", 3, 4, ("c",)),
                ("YAML-02", 4, 1, ("a",)),
                ("YAML-03", 5, 4, ("d",)),
            ],
        ),
    ],
    ids=[
        "double",
        "double-imbrique",
        "double-meme-ligne",
        "ancre",
        "alias",
        "ancre-et-alias-en-liste",
        "float",
        "str",
        "etiquette-vide",
        "python",
        "etiquette-de-section",
        "fusion",
        "tout-a-la-fois",
    ],
)
def test_fonctions_yaml_refusees(texte: str, attendu: list[Probleme]) -> None:
    assert _erreurs(texte) == attendu


def test_etiquette_montree_comme_ecrite() -> None:
    with pytest.raises(ErreurYaml) as erreur:
        lire_yaml("a: !!float 1.5\n")
    assert "« !!float »" in erreur.value.message


def test_erreur_de_syntaxe_apres_autres_problemes() -> None:
    # problems met before the syntax error are reported with it
    vus = [(code, ligne) for code, ligne, _, _ in _erreurs("a: &x 1\nb: [2\n")]
    assert vus == [("YAML-03", 1), ("YAML-01", 2)]


@pytest.mark.parametrize(
    ("texte", "code", "ligne", "colonne"),
    [
        ("", "YAML-06", 1, 1),
        ("# rien\n", "YAML-06", 1, 1),
        ("- a\n", "YAML-06", 1, 1),
        ("texte\n", "YAML-06", 1, 1),
        ("a: \x00\n", "YAML-07", 1, 4),
        ("a: b\n\tc: d\n", "YAML-01", 2, 1),
    ],
)
def test_fichiers_illisibles(texte: str, code: str, ligne: int, colonne: int) -> None:
    ((vu, li, co, _),) = _erreurs(texte)
    assert (vu, li, co) == (code, ligne, colonne)


# --- the path of a line, for syntax errors --------------------------------------------------


@pytest.mark.parametrize(
    ("ligne", "chemin"),
    [
        (2, ("version",)),
        (4, ("creancier", "nom")),
        (6, ("creancier", "adresse", "ligne1")),
        (8, ("creancier", "contact")),
        (9, ("factures",)),
        (10, ("factures", 0, "numero")),
        (13, ("factures", 1, "montant_ttc")),
        (15, ("courriers", 0, "type")),
        (16, ("courriers", 0, "factures")),
    ],
)
def test_chemin_probable(ligne: int, chemin: tuple[str | int, ...]) -> None:
    assert chemin_probable(TEXTE, ligne) == chemin


def test_chemin_probable_ligne_trop_indentee_ou_sans_cle() -> None:
    texte = "creancier:\n  type: pm\n   forme: SARL\n  adresse:\n    ville Lyon\n"
    assert chemin_probable(texte, 3) == ("creancier", "forme")
    assert chemin_probable(texte, 5) == ("creancier", "adresse")


def test_une_erreur_relancee_par_un_gestionnaire_de_contexte_reste_la_meme() -> None:
    """contextlib assigns `__traceback__` to the exception it re-raises: a frozen error refused it,
    and the French refusal became a FrozenInstanceError."""

    @contextmanager
    def autour() -> Iterator[None]:
        yield

    with pytest.raises(ErreurYaml) as erreur, autour():
        lire_yaml("a: 1\na: 2\n")
    assert erreur.value.code == "YAML-02"
