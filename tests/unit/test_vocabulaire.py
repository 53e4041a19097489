"""One vocabulary, one table (issue 18): the words for a channel, a type of letter, a way of sending
and a step are written in `dossier/vocabulaire.py` only, and cover every value the model accepts.

The scan reads the package's source (AST, not text): a dict literal whose keys are all values of one
vocabulary (three of them at least), or keyed by `Etape` members, or an enum whose values repeat
three steps, anywhere but in `vocabulaire.py`, is a second table of that vocabulary — its words
belong in the one table, as a named field of its entries.
"""

from __future__ import annotations

import ast
from pathlib import Path
from typing import get_args

import pytest

from dossier import vocabulaire
from dossier.law.procedure.etapes import SERIE
from dossier.model.claim import Courrier, Echange
from dossier.vocabulaire import CANAUX, COURRIERS, ENVOIS, ETAPES, Etape

PAQUET = Path(vocabulaire.__file__).parent
SOURCES = sorted(p for p in PAQUET.rglob("*.py") if p != Path(vocabulaire.__file__))
MINIMUM = 3  # fewer keys in common is a coincidence (« courrier » is a channel and a type of letter)
VOCABULAIRES = {
    "CANAUX (echanges[].canal)": frozenset(CANAUX),
    "COURRIERS (courriers[].type)": frozenset(COURRIERS),
    "ENVOIS (courriers[].envoi)": frozenset(ENVOIS),
    "ETAPES (Etape)": frozenset(e.value for e in Etape),
}


def _valeurs(literal: object) -> frozenset[str]:
    return frozenset(v for v in get_args(literal) if isinstance(v, str))


def test_chaque_valeur_du_modele_a_ses_mots() -> None:
    assert set(CANAUX) == _valeurs(Echange.model_fields["canal"].annotation)
    assert set(COURRIERS) == _valeurs(Courrier.model_fields["type"].annotation)
    assert set(ENVOIS) == _valeurs(Courrier.model_fields["envoi"].annotation)
    assert set(ETAPES) == set(Etape)


def test_la_serie_et_les_courriers_partagent_leurs_valeurs() -> None:
    """A letter `build` drafts is named, filed and titled by its type of letter's entry."""
    for etape in SERIE:
        if etape is not Etape.INJONCTION:  # the requête is a court document, not a letter
            assert COURRIERS[etape.value].objet, etape
    assert {Etape.RAPPEL_ECHEANCE.value, Etape.DECHEANCE.value} <= set(COURRIERS)


def _cle(noeud: ast.expr | None) -> str | None:
    if isinstance(noeud, ast.Constant) and isinstance(noeud.value, str):
        return noeud.value
    if isinstance(noeud, ast.Attribute) and isinstance(noeud.value, ast.Name) and noeud.value.id == "Etape":
        return Etape[noeud.attr].value
    return None


def secondes_tables(source: str) -> list[str]:
    """Each dict literal or enum of `source` that repeats a vocabulary, as « line: vocabulary ».

    >>> secondes_tables('X = {"telephone": "appel", "email": "courriel", "sms": "SMS"}')
    ['1: CANAUX (echanges[].canal)']
    >>> secondes_tables('X = {Etape.RELANCE_1: "Rappel"}')
    ['1: ETAPES (Etape)']
    >>> secondes_tables('X = {Etape.RELANCE_2: Etape.RELANCE_1}')
    []
    >>> secondes_tables('X = {"lettre": 1, "email": 2, "sms": 3, "appel": 4}')
    []
    """
    trouvees: list[tuple[int, str]] = []
    for noeud in ast.walk(ast.parse(source)):
        if isinstance(noeud, ast.Dict):
            cles = [_cle(k) for k in noeud.keys]
            par_etape = any(isinstance(k, ast.Attribute) and _cle(k) is not None for k in noeud.keys)
            mots = all(isinstance(v, (ast.Constant, ast.JoinedStr)) for v in noeud.values)
            if par_etape and mots:  # words keyed by step (a step-to-step map is the series' logic)
                trouvees.append((noeud.lineno, "ETAPES (Etape)"))
                continue
            if None in cles:
                continue
            valeurs = frozenset(c for c in cles if c is not None)
        elif isinstance(noeud, ast.ClassDef) and any(
            isinstance(b, ast.Name) and b.id.endswith("Enum") for b in noeud.bases
        ):
            valeurs = frozenset(
                v.value.value
                for v in noeud.body
                if isinstance(v, ast.Assign)
                and isinstance(v.value, ast.Constant)
                and isinstance(v.value.value, str)
            )
            etapes = VOCABULAIRES["ETAPES (Etape)"]
            if len(valeurs & etapes) >= MINIMUM:
                trouvees.append((noeud.lineno, "ETAPES (Etape)"))
            continue
        else:
            continue
        for nom, vocabulaire_ in VOCABULAIRES.items():
            if len(valeurs) >= MINIMUM and valeurs <= vocabulaire_:
                trouvees.append((noeud.lineno, nom))
    return [f"{ligne}: {nom}" for ligne, nom in sorted(trouvees)]


def test_la_sonde_voit_les_tables_d_origine() -> None:
    """The scan finds the tables this module replaced, as they were written (so it can fail)."""
    anciennes = (
        'CANAUX = {"telephone": "Note de l\'appel", "email": "Courriel", "courrier": "Courrier",\n'
        '          "rencontre": "Document du rendez-vous", "sms": "SMS"}\n'
        'COURRIERS = {"relance_1": "relance 1", "relance_2": "relance 2", "autre": "courrier",\n'
        '             "rappel_echeance": "rappel", "decheance_du_terme": "déchéance"}\n'
        'ENVOIS = {"courrier": "lettre simple", "email": "courriel", "lrar": "recommandé"}\n'
        "class Pas(StrEnum):\n"
        '    APPEL = "appel"\n    RELANCE_1 = "relance_1"\n    RELANCE_2 = "relance_2"\n'
        '    MISE_EN_DEMEURE = "mise_en_demeure"\n'
    )
    assert [t.split(": ")[1] for t in secondes_tables(anciennes)] == [
        "CANAUX (echanges[].canal)",
        "COURRIERS (courriers[].type)",
        "ENVOIS (courriers[].envoi)",
        "ETAPES (Etape)",
    ]


@pytest.mark.parametrize("fichier", SOURCES, ids=lambda f: str(f.relative_to(PAQUET)))
def test_une_seule_table_par_vocabulaire(fichier: Path) -> None:
    assert secondes_tables(fichier.read_text(encoding="utf-8")) == [], (
        f"{fichier.relative_to(PAQUET)} repeats a vocabulary of dossier/vocabulaire.py: "
        "add a named field to its entries there instead"
    )
