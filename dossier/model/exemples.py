"""The skeleton's example values, refused until replaced (EXEMPLE-01).

`dossier init` writes a complete, realistic claim so that a user sees every key filled in. Its
names, identifiers, accounts, addresses and contacts are listed once, in
`dossier/skeleton/exemples.yaml`; a claim that still carries one of them (compared without regard
to case or spaces, so « FR76 3000 3012 … » is the same IBAN) gets a blocking finding at the field
that holds it: nothing is sent in the name of « Électricité Barral », nor paid into its account.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path

from pydantic import BaseModel

from dossier.findings import Constat, constat
from dossier.model.claim import Creance
from dossier.model.donnees import ModeleDonnees, Texte, charger_donnees

SOURCE = "skeleton/exemples.yaml"
QUE_FAIRE = "Remplacez-la par celle de votre dossier, ou retirez la ligne si elle est facultative."


class ExemplesYaml(ModeleDonnees):
    """`skeleton/exemples.yaml`: the skeleton's example values, by kind."""

    noms: tuple[Texte, ...]
    identifiants: tuple[Texte, ...]
    comptes: tuple[Texte, ...]
    adresses: tuple[Texte, ...]
    contacts: tuple[Texte, ...]


def _cle(valeur: str) -> str:
    return "".join(valeur.split()).casefold()


@cache
def exemples() -> dict[str, str]:
    """Each example value, by its comparison key (no spaces, case folded)."""
    listes = charger_donnees("dossier", SOURCE, ExemplesYaml)
    return {_cle(v): v for nom in ExemplesYaml.model_fields for v in getattr(listes, nom)}


def _textes(valeur: object, ou: tuple[str | int, ...]) -> Iterator[tuple[tuple[str | int, ...], str]]:
    if isinstance(valeur, str):
        yield ou, valeur
    elif isinstance(valeur, Path):
        return
    elif isinstance(valeur, BaseModel):
        for nom in type(valeur).model_fields:
            yield from _textes(getattr(valeur, nom), (*ou, nom))
    elif isinstance(valeur, tuple):
        for rang, element in enumerate(valeur):
            yield from _textes(element, (*ou, rang))


def constats_exemples(creance: Creance) -> list[Constat]:
    """EXEMPLE-01 for every field of the claim that still holds a value of the skeleton."""
    connus = exemples()
    constats = []
    for ou, texte in _textes(creance, ()):
        exemple = connus.get(_cle(texte))
        if exemple is None:
            continue
        constats.append(
            constat(
                "EXEMPLE-01",
                f"« {texte} » est la valeur d'exemple écrite par « dossier init »",
                ou=creance.position(*ou),
                que_faire=QUE_FAIRE,
            )
        )
    return constats
