"""`juridictions.yaml`, the courts of the requête (CPC 1406), as typed models: what
`law/procedure/juridiction.py` reads, through the strict loader of the package's data files
(`model/donnees.py`): an unknown key, a kind of court that does not exist, a date that is not one
is refused with its position (DONNEES-01).
"""

from __future__ import annotations

from functools import cache
from typing import Literal

from dossier.model.donnees import Fiabilite, Jour, ModeleDonnees, Texte, charger_donnees

TypeJuridiction = Literal[
    "tribunal_de_commerce",
    "tribunal_des_activites_economiques",
    "tribunal_judiciaire",
    "juge_des_contentieux_de_la_protection",
]


class TypeYaml(ModeleDonnees):
    libelle: Texte
    juge: Texte
    article: Texte
    fiabilite: Fiabilite
    motif: Texte


class JudiciaireYaml(TypeYaml):
    motif_creancier: Texte  # the debtor is a merchant or an artisan, the creditor is neither


class TypesYaml(ModeleDonnees):
    """One entry per kind of court, each with the article and the reason it is proposed."""

    tribunal_de_commerce: TypeYaml
    tribunal_des_activites_economiques: TypeYaml
    tribunal_judiciaire: JudiciaireYaml
    juge_des_contentieux_de_la_protection: TypeYaml

    def du_type(self, cle: str) -> TypeYaml:
        entree: TypeYaml = getattr(self, cle)
        return entree


class BailCommercialYaml(ModeleDonnees):
    type: TypeJuridiction
    article: Texte
    fiabilite: Fiabilite
    motif: Texte


class FormesYaml(ModeleDonnees):
    article: Texte
    fiabilite: Fiabilite
    formes: tuple[Texte, ...]


class ArtisansYaml(ModeleDonnees):
    depuis: Jour
    article: Texte
    fiabilite: Fiabilite


class MotYaml(ModeleDonnees):
    mot: Texte
    type: TypeJuridiction


class SiegeYaml(ModeleDonnees):
    ville: Texte
    departement: Texte
    ressort: Texte


class ExperimentationYaml(ModeleDonnees):
    du: Jour
    au: Jour
    reference: Texte
    source: Texte
    fiabilite: Fiabilite
    sieges: tuple[SiegeYaml, ...]


class JuridictionsYaml(ModeleDonnees):
    """`law/procedure/juridictions.yaml`."""

    types: TypesYaml
    bail_commercial: BailCommercialYaml
    formes_commerciales: FormesYaml
    artisans: ArtisansYaml
    mots: tuple[MotYaml, ...]
    experimentation_tae: ExperimentationYaml


@cache
def donnees() -> JuridictionsYaml:
    """The file, read once a process; refused with its position when it does not fit."""
    return charger_donnees("dossier.law.procedure", "juridictions.yaml", JuridictionsYaml)
