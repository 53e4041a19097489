"""`motifs.yaml` — the tone linter's surface patterns — read like every data file of the package:
the strict YAML reader and a frozen typed model (`model/donnees.py`), a wrong key, type or value
refused with DONNEES-01 at `fichier:ligne:colonne`. Several entries share one `sauf` or `negation`
expression: it is written once under `expressions` and named « @nom » where it is used, « @nom|@autre »
for either of two (the file used YAML anchors, which the strict reader refuses). `linter.motifs()`
compiles the entries and checks what they refer to (codes, categories, conditions).
"""

from __future__ import annotations

from functools import cache

from pydantic import Field, StrictBool

from dossier.model.donnees import ModeleDonnees, Texte, charger_donnees


class CategorieYaml(ModeleDonnees):
    titre: Texte
    article: Texte
    codes: tuple[Texte, ...]


class MotifYaml(ModeleDonnees):
    nom: Texte
    code: Texte
    motif: Texte
    raison: Texte
    reference: Texte
    suggestion: Texte
    brut: StrictBool = False
    si: Texte | None = None
    sauf: Texte | None = None
    negation: Texte | None = None
    hors: tuple[Texte, ...] = ()
    affirmee: StrictBool = False
    assertion: StrictBool = False


class MotifsYaml(ModeleDonnees):
    """`motifs.yaml`, through the strict loader (model/donnees.py); `motifs` checks what refers to what."""

    expressions: dict[str, Texte] = Field(default_factory=dict)
    categories: dict[str, CategorieYaml]
    motifs: tuple[MotifYaml, ...]


@cache
def motifs_yaml() -> MotifsYaml:
    return charger_donnees("dossier.tone", "motifs.yaml", MotifsYaml)


def partagee(entree: MotifYaml, valeur: str | None) -> str | None:
    """`valeur`, where « @nom » is the shared expression `expressions.nom`, and « @nom|@autre »
    either of two."""
    if valeur is None or not valeur.startswith("@"):
        return valeur
    partagees = motifs_yaml().expressions
    noms = [nom.removeprefix("@") for nom in valeur.split("|")]
    inconnus = [nom for nom in noms if nom not in partagees]
    if inconnus or not all(nom.startswith("@") for nom in valeur.split("|")):
        raise ValueError(f"motifs.yaml : {entree.nom} : expression partagée inconnue {valeur!r}")
    return "|".join(partagees[nom] for nom in noms)
