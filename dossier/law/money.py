"""L'argent : Decimal partout, arrondi en un seul endroit (docs/style.md, règle 4).

Chaque ligne imprimée est arrondie au centime, la moitié vers le haut (« half-up », en s'éloignant
de zéro), et les totaux sont les sommes des lignes imprimées : chaque document s'additionne.
L'intérêt d'une période est d'abord calculé exactement (fraction rationnelle, jamais de float),
puis arrondi ici ; aucun autre module n'arrondit. La mise en forme (virgule, espaces, « € ») est
l'affaire du rendu.

    >>> arrondir(Decimal("10.805")), arrondir(Decimal("10.8049"))
    (Decimal('10.81'), Decimal('10.80'))
    >>> arrondir(Fraction(1, 3)), arrondir(Decimal("-0.005")), arrondir(Decimal(0))
    (Decimal('0.33'), Decimal('-0.01'), Decimal('0.00'))
    >>> somme([Decimal("10.81"), Decimal("20.64")])
    Decimal('31.45')
    >>> repartir(Decimal("100.00"), 3)
    (Decimal('33.33'), Decimal('33.33'), Decimal('33.34'))
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

CENTIME = Decimal("0.01")  # structurel : l'euro se compte en centimes
_CENTIMES_PAR_EURO = 100  # structurel : l'euro se compte en centimes
ZERO = Decimal("0.00")  # structurel : zéro euro, au format centimes


def arrondir(montant: Decimal | Fraction) -> Decimal:
    """Arrondit au centime, la moitié en s'éloignant de zéro ; exact pour une fraction."""
    centimes = Fraction(montant) * _CENTIMES_PAR_EURO
    signe = -1 if centimes < 0 else 1
    n, d = abs(centimes).numerator, abs(centimes).denominator
    entier = (2 * n + d) // (2 * d)  # floor(x + 1/2) : la moitié va vers le haut
    return (Decimal(signe * entier) * CENTIME).quantize(CENTIME)


def somme(montants: Iterable[Decimal]) -> Decimal:
    """Somme de lignes déjà arrondies au centime ; refuse une ligne non arrondie (jamais d'arrondi ici)."""
    total = sum(montants, ZERO)
    if total != total.quantize(CENTIME):
        raise ValueError(f"somme de montants non arrondis au centime : {total}")
    return total.quantize(CENTIME)


def repartir(total: Decimal, parts: int) -> tuple[Decimal, ...]:
    """`total` en `parts` parts égales au centime inférieur, le reste des centimes sur la dernière.

    La somme des parts est exactement `total` ; la dernière dépasse les autres de moins de `parts`
    centimes.
    """
    if parts < 1 or total != total.quantize(CENTIME):
        raise ValueError(f"répartition impossible : {total} en {parts} parts")
    centimes = int(total * _CENTIMES_PAR_EURO)
    base, reste = divmod(centimes, parts)
    montants = [Decimal(base) * CENTIME] * parts
    montants[-1] = Decimal(base + reste) * CENTIME
    return tuple(m.quantize(CENTIME) for m in montants)
