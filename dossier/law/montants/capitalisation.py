"""Capitalisation des intérêts (anatocisme) : les intérêts dus pour une année entière produisent intérêt.

Texte
    C. civ., art. 1343-2 (version issue de l'ord. n° 2016-131 du 10 février 2016) : « Les intérêts
    échus, dus au moins pour une année entière, produisent intérêt si le contrat l'a prévu ou si
    une décision de justice le précise. »

Lecture retenue
    - Seulement quand le contrat le prévoit (`contrat.capitalisation: true`) ; une décision de
      justice n'est pas modélisée (le dossier n'en a pas avant la requête). Une lettre qui la
      demanderait ne suffit pas.
    - Année entière : comptée, pour chaque facture, du premier jour où ses intérêts (ou pénalités)
      courent. Au lendemain de chaque année entière, les intérêts de cette année — la somme de ses
      lignes imprimées — s'ajoutent à la base et produisent eux-mêmes intérêt ; une année incomplète
      au jour du calcul n'est pas capitalisée. Le décompte les détaille (montant, année, date).
    - Pénalités de retard entre professionnels (L441-10) : capitalisées comme des intérêts
      moratoires, la clause du contrat visant les intérêts de retard [U] — la demande est signalée
      (INT-13) pour que le lecteur la vérifie.
    - Non appliquée, et signalée (INT-04) : envers un consommateur (une clause d'anatocisme dans un
      contrat de consommation peut être abusive, C. conso. L212-1 [U] : la demande la plus sûre), et
      avec `options.imputation: interets_d_abord` (les paiements éteignent d'abord ces intérêts : une
      année « due » n'est plus certaine).

Exemple (calculé à la main, tests/unit/test_capitalisation.py) : 10 000,00 € échus le 31 mai 2024
entre professionnels, arrêtés au 30 septembre 2025. Première année, du 1er juin 2024 au 31 mai
2025 : 118,85 + 716,39 + 544,01 = 1 379,25 €, capitalisés le 1er juin 2025 ; puis, sur
11 379,25 € : 30 jours à 13,15 % = 122,99 € et 92 jours à 12,15 % = 348,49 €. Intérêts : 1 850,73 €
(1 793,59 € sans capitalisation).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from dossier.law.calcul import Capitalisation, Nature, Periode
from dossier.law.calendrier import ajouter_annees, veille
from dossier.law.money import ZERO
from dossier.law.montants.interest import FonctionTaux, Mouvement, periodes, total
from dossier.model.claim import Creance

CODES = ("INT-04", "INT-13")
ARTICLE = "C. civ. 1343-2"


def empechement(creance: Creance) -> str | None:
    """Pourquoi la clause du contrat n'est pas appliquée, ou None quand elle l'est (ou absente)."""
    contrat = creance.contrat
    if contrat is None or not contrat.capitalisation:
        return None
    if creance.debiteur.est_consommateur:
        return "le débiteur est un consommateur : une telle clause peut être abusive (C. conso. L212-1)"
    if creance.options.imputation == "interets_d_abord":
        return (
            "les paiements s'imputent d'abord sur les intérêts (options.imputation) : les intérêts "
            "dus pour une année entière ne sont pas établis"
        )
    return None


def applicable(creance: Creance) -> bool:
    contrat = creance.contrat
    return contrat is not None and contrat.capitalisation and empechement(creance) is None


def lignes_capitalisees(
    facture: str,
    base: Decimal,
    du: date,
    au: date,
    mouvements: Sequence[Mouvement],
    taux: FonctionTaux,
    nature: Nature,
) -> tuple[tuple[Periode, ...], tuple[Capitalisation, ...]]:
    """Les lignes de `facture` du `du` au `au`, la base augmentée, après chaque année entière, des
    intérêts de cette année ; et ces capitalisations."""
    lignes: list[Periode] = []
    capitalisations: list[Capitalisation] = []
    capitalise, debut, rang = ZERO, du, 1
    while debut <= au:
        anniversaire = ajouter_annees(du, rang)  # « dus au moins pour une année entière »
        fin = min(au, veille(anniversaire))
        annee = periodes(facture, base + capitalise, debut, fin, mouvements, taux, nature)
        lignes += annee
        if fin == veille(anniversaire) and anniversaire <= au and total(annee) > 0:
            # « produisent intérêt » : à compter du lendemain de l'année entière
            capitalisations.append(Capitalisation(facture, anniversaire, debut, fin, total(annee)))
            capitalise += total(annee)
        debut, rang = anniversaire, rang + 1
    return tuple(lignes), tuple(capitalisations)
