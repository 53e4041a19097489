"""Taux de l'intérêt légal : deux taux par semestre, selon la qualité du créancier.

Texte
    C. mon. fin., art. L313-2, al. 1 et 2 : « Le taux de l'intérêt légal est, en toute matière,
    fixé par arrêté du ministre chargé de l'économie. Il comprend deux taux, l'un applicable
    lorsque le créancier est une personne physique n'agissant pas pour des besoins
    professionnels, l'autre applicable dans tous les autres cas. » Le taux est calculé et publié
    chaque semestre (L313-2, D313-1-A) ; paramètres `taux_interet_legal.particuliers` et
    `taux_interet_legal.autres_cas`.

Lecture retenue
    C'est la qualité du **créancier** qui compte, jamais celle du débiteur : « particuliers »
    quand le créancier est une personne physique qui n'agit pas en professionnel
    (`creancier.type: personne_physique` et `professionnel: false`), « autres cas » sinon. Un
    jour prend le taux du semestre où il tombe ; un semestre absent des données arrête le calcul
    (TAUX-01), il n'est jamais deviné.

Exemples
    >>> from dossier.law.parametres.lecture import parametres_officiels
    >>> fonction = taux_interet_legal("autres_cas", parametres_officiels())
    >>> t = fonction(date(2025, 12, 1))
    >>> t.taux, t.du, t.au
    (Decimal('2.76'), datetime.date(2025, 7, 1), datetime.date(2025, 12, 31))
    >>> fonction(date(2026, 2, 28)).taux
    Decimal('2.62')
"""

from __future__ import annotations

from datetime import date

from dossier.law.calendrier import semestre
from dossier.law.montants.interest import FonctionTaux, TauxApplicable
from dossier.law.parametres.lecture import Parametres
from dossier.model.parties import Creancier

CATEGORIES = ("particuliers", "autres_cas")
ARTICLE = "C. civ. 1231-6, 1344-1 ; C. mon. fin. L313-2"


def categorie_taux_legal(creancier: Creancier) -> str:
    """« particuliers » pour une personne physique n'agissant pas en professionnel, sinon « autres_cas »."""
    # « lorsque le créancier est une personne physique n'agissant pas pour des besoins professionnels »
    if creancier.type == "personne_physique" and not creancier.professionnel:
        return "particuliers"
    # « l'autre applicable dans tous les autres cas »
    return "autres_cas"


def taux_interet_legal(categorie: str, parametres: Parametres, article: str = ARTICLE) -> FonctionTaux:
    """Le taux légal de la catégorie, jour par jour (borné au semestre de l'arrêté)."""
    if categorie not in CATEGORIES:
        raise ValueError(f"catégorie de taux légal inconnue : {categorie}")

    def taux_du_jour(jour: date) -> TauxApplicable:
        valeur = parametres.valeur_a(f"taux_interet_legal.{categorie}", jour)
        source = f"{valeur.description}, {semestre(jour).libelle} — {valeur.citation}"
        return TauxApplicable(
            valeur.valeur, valeur.du, valeur.au, source, article, valeur.fourni_par_utilisateur
        )

    return taux_du_jour
