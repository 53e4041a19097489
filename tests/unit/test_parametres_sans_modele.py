"""The package's parameter files read without pydantic, never accepting more than the model.

`format.lire_parametre` reads a well-formed file of `law/parametres/donnees/` without importing
pydantic (`dossier taux` starts faster); anything it does not take goes to
`modeles.ParametreYaml`, whose refusal (TAUX-04, with the file, line and column) is reported.
Here: every shipped file is read the fast way with the model's very values; a few hundred
variants of each kind of field (missing, unknown key, wrong type, empty, unquoted number, bad or
too old date, an unknown unit…) are either read with the model's values or left to the model —
never accepted when the model refuses; and a malformed package file is refused with TAUX-04 at
its line and column, whichever reader saw it first.
"""

from __future__ import annotations

import copy
from dataclasses import fields
from importlib import resources
from typing import Any, get_args

import pytest
from pydantic import ValidationError

from dossier.errors import DossierError
from dossier.exit_codes import ExitCode
from dossier.law.parametres.format import (
    FIABILITES,
    PERIODICITES,
    UNITES,
    ParametreLu,
    ValeurLue,
    lire_parametre,
)
from dossier.law.parametres.lecture import lire_fichier_du_paquet, parametres_officiels
from dossier.law.parametres.modeles import ParametreYaml, ValeurYaml
from dossier.model.yaml_strict import PlainScalar, charger_yaml

DONNEES = resources.files("dossier.law.parametres").joinpath("donnees")
FICHIERS = sorted(f.name for f in DONNEES.iterdir() if f.name.endswith(".yaml"))


def _lu(fichier: str) -> Any:
    return charger_yaml(DONNEES.joinpath(fichier).read_text(encoding="utf-8"))[0]


def _memes_valeurs(lu: ParametreLu, modele: ParametreYaml) -> None:
    for champ in fields(ParametreLu):
        if champ.name != "valeurs":
            a, b = getattr(lu, champ.name), getattr(modele, champ.name)
            assert (type(a), a) == (type(b), b), champ.name
    assert len(lu.valeurs) == len(modele.valeurs)
    for valeur, attendue in zip(lu.valeurs, modele.valeurs, strict=True):
        for champ in fields(ValeurLue):
            a, b = getattr(valeur, champ.name), getattr(attendue, champ.name)
            assert (type(a), a) == (type(b), b), champ.name


def test_les_listes_permises_sont_celles_du_modele() -> None:
    assert get_args(ParametreYaml.model_fields["unite"].annotation) == UNITES
    assert get_args(ParametreYaml.model_fields["periodicite"].annotation) == PERIODICITES
    assert get_args(ValeurYaml.model_fields["fiabilite"].annotation) == FIABILITES
    assert {f.name for f in fields(ParametreLu)} == set(ParametreYaml.model_fields)
    assert {f.name for f in fields(ValeurLue)} | {"note"} == set(ValeurYaml.model_fields)


@pytest.mark.parametrize("fichier", FICHIERS)
def test_chaque_fichier_du_paquet_se_lit_sans_le_modele(fichier: str) -> None:
    donnees = _lu(fichier)
    lu = lire_parametre(donnees)
    assert lu is not None  # the fast path is the one taken
    _memes_valeurs(lu, ParametreYaml.model_validate(donnees))


AUTRES = [
    None,
    "",
    " ",
    True,
    [],
    {},
    ["x"],
    {"a": "b"},
    PlainScalar("x"),
    "x",
    "…",
    "2026-01-01",
    PlainScalar("2026-01-01"),
    "2026-13-01",
    "2026-02-30",
    "1899-01-01",
    "26-01-01",
    "01/01/2026",
    "٢٠٢٦-٠١-٠١",
    "2.50",
    PlainScalar("2.50"),
    "-1",
    "1.",
    ".5",
    "٣",
    "V",
    "X",
    "euros",
    "semestrielle",
    "libre",
]


def _variantes(donnees: dict[str, Any]) -> list[dict[str, Any]]:
    """`donnees` with one field removed, replaced by each of AUTRES, or an unknown key added, at
    the top and in the first value."""
    variantes = []
    for dans_valeur in (False, True):
        cible = donnees["valeurs"][0] if dans_valeur else donnees
        for cle in [*cible, "cle_inconnue"]:
            for autre in [..., *AUTRES]:
                variante = copy.deepcopy(donnees)
                section = variante["valeurs"][0] if dans_valeur else variante
                if autre is ...:
                    section.pop(cle, None)
                    if cle == "cle_inconnue":
                        section[cle] = "x"
                else:
                    section[cle] = autre
                variantes.append(variante)
    return variantes


@pytest.mark.parametrize(
    "fichier", ["taux_interet_legal.autres_cas.yaml", "indemnite_forfaitaire.montant.yaml"]
)
def test_la_lecture_rapide_ne_prend_que_ce_que_le_modele_accepte(fichier: str) -> None:
    variantes = _variantes(_lu(fichier))
    assert len(variantes) > 400
    prises = laissees = 0
    for variante in variantes:
        lu = lire_parametre(variante)
        try:
            modele = ParametreYaml.model_validate(variante)
        except ValidationError:
            assert lu is None, variante  # never taken when the model refuses it
            laissees += 1
            continue
        if lu is not None:
            _memes_valeurs(lu, modele)
            prises += 1
    assert prises > 30 and laissees > 200  # the probe saw both kinds


def _refus(
    texte: str, nom: str = "dossier/law/parametres/donnees/indemnite_forfaitaire.montant.yaml"
) -> list[str]:
    with pytest.raises(DossierError) as refus:
        lire_fichier_du_paquet(texte, nom)
    assert refus.value.exit_code is ExitCode.INTERNAL_ERROR  # an error of the package, not of the claim
    assert {c.code for c in refus.value.constats} == {"TAUX-04"}
    return [c.message for c in refus.value.constats]


INDEMNITE = DONNEES.joinpath("indemnite_forfaitaire.montant.yaml").read_text(encoding="utf-8")
NOM = "dossier/law/parametres/donnees/indemnite_forfaitaire.montant.yaml"


def test_le_fichier_du_paquet_se_lit() -> None:
    parametre = lire_fichier_du_paquet(INDEMNITE, NOM)
    assert parametre == parametres_officiels()["indemnite_forfaitaire.montant"]


@pytest.mark.parametrize(
    ("avant", "apres", "ou", "message"),
    [
        ('valeur: "40.00"', "valeur: 40.00", "16:13 valeurs[0].valeur", "valeur « 40.00 » : écrivez"),
        ("fiabilite: V", "fiabilite: X", "19:16 valeurs[0].fiabilite", "valeur non prévue"),
        ("unite: euros", "unite: euro", "5:8 unite", "valeur non prévue"),
        (
            '    source: "JORF',
            '    cle_inconnue: "x"\n    source: "JORF',
            "18:19 valeurs[0].cle_inconnue",
            "clé inconnue",
        ),
        ('depuis: "2013-01-01"', 'depuis: "2013-02-30"', "7:9 depuis", "la date « 2013-02-30 » n'existe pas"),
        ('publication: "Légifrance', 'publication: ""\nautre: "Légifrance', "8:14 publication", "texte vide"),
        ("periodicite: libre\n", "", "2:1 periodicite", "clé obligatoire absente"),
    ],
)
def test_un_fichier_du_paquet_mal_forme_est_refuse_a_sa_position(
    avant: str, apres: str, ou: str, message: str
) -> None:
    assert avant in INDEMNITE
    messages = _refus(INDEMNITE.replace(avant, apres, 1))
    position, chemin = ou.split(" ")
    attendu = f"{NOM}:{position} {chemin} : « {chemin} » : {message}"
    assert any(m.startswith(attendu) for m in messages), messages


def test_le_lecteur_yaml_refuse_aussi_a_sa_position() -> None:
    (message,) = _refus(INDEMNITE.replace('depuis: "2013-01-01"', 'depuis: &d "2013-01-01"'))
    assert message.startswith(f"{NOM}:7:9 ancre « &d » refusée")
    (message,) = _refus(INDEMNITE.replace("unite: euros\n", "unite: euros\nunite: euros\n"))
    assert message.startswith(f"{NOM}:6:1 clé « unite » en double")


def test_un_id_autre_que_le_nom_du_fichier_est_refuse() -> None:
    (message,) = _refus(INDEMNITE, "dossier/law/parametres/donnees/autre.yaml")
    assert "ne correspond pas au nom du fichier" in message
