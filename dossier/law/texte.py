"""Un nombre ou une date dans une phrase française du calcul (sources des lignes, conventions du
décompte, constats).

Les montants et taux eux-mêmes restent des Decimal : leur mise en forme dans les documents est
l'affaire du rendu (`render/formats.py`, que la couche du droit n'importe pas). Seuls les nombres
et les dates cités à l'intérieur d'une phrase sont écrits ici, à la française : virgule décimale,
milliers séparés par une espace fine insécable (comme `render.formats.euros`), « 1er » le premier
du mois.

    >>> decimal_fr(Decimal("40.00")), decimal_fr(Decimal("2.15"))
    ('40,00', '2,15')
    >>> montant_fr(Decimal("1509.06")).replace("\u202f", " "), montant_fr(Decimal("-1234567.5"))
    ('1 509,06', '-1\u202f234\u202f567,5')
    >>> date_fr(date(2026, 1, 22)), date_fr(date(2026, 7, 1))
    ('22 janvier 2026', '1er juillet 2026')
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

MOIS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre")  # fmt: skip
ESPACE_FINE = "\u202f"  # the thousands separator of fr-FR (CLDR), as render.formats.euros prints it
_CHIFFRES_PAR_GROUPE = 3  # structurel : les milliers


def decimal_fr(nombre: Decimal) -> str:
    return str(nombre).replace(".", ",")


def montant_fr(nombre: Decimal) -> str:
    """A figure in a sentence: « 1 509,06 » (thousands grouped, French decimal comma)."""
    signe, texte = ("-", str(nombre)[1:]) if nombre < 0 else ("", str(nombre))
    entiers, _, decimales = texte.partition(".")
    groupes: list[str] = []
    while len(entiers) > _CHIFFRES_PAR_GROUPE:
        entiers, groupe = entiers[:-_CHIFFRES_PAR_GROUPE], entiers[-_CHIFFRES_PAR_GROUPE:]
        groupes.insert(0, groupe)
    entier = ESPACE_FINE.join([entiers, *groupes])
    return f"{signe}{entier},{decimales}" if decimales else f"{signe}{entier}"


def date_fr(jour: date) -> str:
    """« 22 janvier 2026 », « 1er juillet 2026 » — as `render.formats.date_longue` prints it."""
    premier = "1er" if jour.day == 1 else str(jour.day)
    return f"{premier} {MOIS[jour.month - 1]} {jour.year}"
