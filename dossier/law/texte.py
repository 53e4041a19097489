"""Un nombre dans une phrase française du calcul (sources des lignes, conventions du décompte).

Les montants et taux eux-mêmes restent des Decimal : leur mise en forme (espaces, « € ») est
l'affaire du rendu. Seuls les nombres cités à l'intérieur d'une phrase sont écrits ici, avec la
virgule décimale française.

    >>> decimal_fr(Decimal("40.00")), decimal_fr(Decimal("2.15"))
    ('40,00', '2,15')
"""

from __future__ import annotations

from decimal import Decimal


def decimal_fr(nombre: Decimal) -> str:
    return str(nombre).replace(".", ",")
