"""Les textes de loi que les lettres reproduisent mot pour mot : leurs mots, leur article, leur version,
leur source (données : `textes.yaml`).

Texte
    CPCE, art. R124-4 : la lettre de la personne chargée du recouvrement amiable contient « 5° La
    reproduction des deuxième et troisième alinéas de l'article L. 111-8. » (docs/droit.md § 2), que
    `textes.yaml` recopie depuis Légifrance.

Lecture retenue
    Une seule source pour les deux usages : les lettres impriment ces mots (lettres/), le linter
    de ton les cherche dans le texte relu (MENT-04) et ne tient jamais une citation de la loi pour
    une menace (tone/). Un texte se lit d'une traite : les retours à la ligne du fichier ne sont
    que de la mise en forme.

    >>> l111_8 = textes_legaux()["l111_8_al2"]
    >>> l111_8.article, l111_8.source
    ('CPCE, art. L111-8, al. 2', 'Légifrance')
    >>> l111_8.texte.startswith("Les frais de recouvrement entrepris sans titre exécutoire")
    True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dossier.model.donnees import ModeleDonnees, Texte, charger_donnees


class TexteYaml(ModeleDonnees):
    """Une entrée de `textes.yaml` : les quatre champs, non vides, et aucun autre."""

    article: Texte
    version: Texte
    source: Texte
    texte: Texte


@dataclass(frozen=True)
class TexteLegal:
    """Un texte à reproduire : ses mots (sur une ligne) et d'où ils viennent."""

    cle: str
    article: str  # « CPCE, art. L111-8, al. 2 »
    version: str  # « en vigueur depuis le 19 mars 2014 »
    source: str  # « Légifrance »
    texte: str


@cache
def textes_legaux() -> dict[str, TexteLegal]:
    """Chaque texte de `textes.yaml`, par sa clé ; un champ manquant, vide ou inconnu est refusé
    avec sa position (DONNEES-01, `model/donnees.py`)."""
    brut = charger_donnees("dossier.law", "textes.yaml", dict[str, TexteYaml])
    return {
        cle: TexteLegal(cle, e.article, e.version, e.source, " ".join(e.texte.split()))
        for cle, e in brut.items()
    }
