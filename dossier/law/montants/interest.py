"""Intérêts simples, jour par jour, découpés en périodes imprimables.

Texte
    C. civ., art. 1231-6, al. 1 : « Les dommages et intérêts dus à raison du retard dans le
    paiement d'une obligation de somme d'argent consistent dans l'intérêt au taux légal, à
    compter de la mise en demeure. » — C. com., art. L441-10, II : pénalités de retard
    « exigibles le jour suivant la date de règlement figurant sur la facture ». Le taux est
    annuel (C. civ. 1343-1, al. 4 : « Il est réputé annuel par défaut »).

Lecture retenue (conventions énoncées dans le décompte, docs/droit.md § 4)
    - intérêt simple : base × taux / 100 × jours / jours de l'année civile (365, ou 366 pour les
      jours d'une année bissextile) ; aucune capitalisation ici (C. civ. 1343-2 : voir INT-04) ;
    - une période va de `du` à `au`, les deux jours comptés : `jours = (au - du).days + 1` ;
    - on coupe à chaque changement de taux (semestre), au 31 décembre, et à chaque paiement ;
      un jour prend le taux du semestre où il tombe ;
    - un paiement réduit le solde à partir du lendemain de sa date ;
    - chaque ligne est arrondie au centime (moitié vers le haut) et le total est la somme des
      lignes imprimées (`money.arrondir`, le seul arrondi).

Exemple (docs/droit.md § 4, créance entre professionnels, taux par défaut) : 1 000,00 € échus le
2025-05-31, arrêtés au 2025-08-31 :

    >>> S1, S2 = (date(2025, 1, 1), date(2025, 6, 30)), (date(2025, 7, 1), date(2025, 12, 31))
    >>> def bareme(jour):  # BCE + 10 points : 13,15 % au 1er semestre 2025, 12,15 % au 2e
    ...     if jour <= S1[1]:
    ...         return TauxApplicable(Decimal("13.15"), *S1, "2025 S1", "L441-10")
    ...     return TauxApplicable(Decimal("12.15"), *S2, "2025 S2", "L441-10")
    >>> lignes = periodes("F-1", Decimal("1000.00"), date(2025, 6, 1), date(2025, 8, 31), (), bareme,
    ...                   Nature.PENALITES)
    >>> for p in lignes:
    ...     print(p.du, p.au, p.jours, p.taux, p.montant)
    2025-06-01 2025-06-30 30 13.15 10.81
    2025-07-01 2025-08-31 62 12.15 20.64
    >>> total(lignes)
    Decimal('31.45')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction

from dossier.law.calcul import Nature, Periode
from dossier.law.calendrier import fin_d_annee, jours_de_l_annee, lendemain
from dossier.law.money import arrondir, somme

_POURCENT = 100  # structurel : un taux s'écrit en pourcentage


@dataclass(frozen=True)
class TauxApplicable:
    """Le taux d'un jour, et jusqu'où il reste le même (`du` ≤ jour ≤ `au`)."""

    taux: Decimal  # % par an
    du: date
    au: date
    source: str  # lisible : quel paramètre, quel semestre, quel texte
    article: str
    fourni_par_utilisateur: bool = False


FonctionTaux = Callable[[date], TauxApplicable]


@dataclass(frozen=True)
class Mouvement:
    """Un paiement imputé sur une facture : le principal baisse de `principal` dès le lendemain.

    `principal` vaut 0 pour un paiement entièrement imputé sur les intérêts (C. civ. 1343-1) :
    la période est quand même coupée à sa date, pour que le décompte montre chaque paiement.
    """

    jour: date
    principal: Decimal


def interet_exact(base: Decimal, taux: Decimal, du: date, au: date) -> Fraction:
    """L'intérêt simple exact (sans arrondi) de `base` à `taux` % du `du` au `au` inclus.

    Les deux jours doivent tomber dans la même année civile (la base annuelle en dépend).

    >>> exact = interet_exact(Decimal("600.00"), Decimal("2.76"), date(2025, 11, 21), date(2025, 12, 31))
    >>> exact, arrondir(exact)  # 600 × 2,76 % × 41 / 365 = 1,8601…
    (Fraction(16974, 9125), Decimal('1.86'))
    """
    if du.year != au.year or au < du:
        raise ValueError(f"période invalide pour un calcul d'intérêts : {du} → {au}")
    jours = (au - du).days + 1
    return Fraction(base) * Fraction(taux) / _POURCENT * jours / jours_de_l_annee(du.year)


def periodes(
    facture: str,
    base: Decimal,
    du: date,
    au: date,
    mouvements: Sequence[Mouvement],
    taux_du_jour: FonctionTaux,
    nature: Nature,
) -> tuple[Periode, ...]:
    """Les lignes d'intérêts de `facture` du `du` au `au` inclus, sur `base` diminuée des paiements.

    Un paiement daté avant `du` réduit déjà la base du premier jour ; un paiement daté `au` ou
    après ne change rien aux lignes. Rien n'est produit quand le solde est nul.
    """
    solde = base - sum((m.principal for m in mouvements if m.jour < du), Decimal(0))
    coupures = sorted({m.jour for m in mouvements if du <= m.jour < au})
    lignes: list[Periode] = []
    jour = du
    while jour <= au and solde > 0:
        taux = taux_du_jour(jour)
        if not taux.du <= jour <= taux.au:
            raise ValueError(f"taux rendu pour {taux.du} → {taux.au}, demandé pour le {jour}")
        fin = min([au, taux.au, fin_d_annee(jour), *(c for c in coupures if c >= jour)])
        montant = arrondir(interet_exact(solde, taux.taux, jour, fin))
        lignes.append(
            Periode(
                facture=facture,
                du=jour,
                au=fin,
                jours=(fin - jour).days + 1,
                base=solde,
                taux=taux.taux,
                montant=montant,
                nature=nature,
                source=taux.source,
                article=taux.article,
                fourni_par_utilisateur=taux.fourni_par_utilisateur,
            )
        )
        solde -= sum((m.principal for m in mouvements if m.jour == fin), Decimal(0))
        jour = lendemain(fin)
    return tuple(lignes)


def total(lignes: Iterable[Periode]) -> Decimal:
    """La somme des lignes imprimées : le seul total d'intérêts qui s'additionne sur le papier."""
    return somme(p.montant for p in lignes)
