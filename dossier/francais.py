"""French wording of values — amounts, rates, dates, numbers and plurals — for every layer.

One module below `model/`, `law/` and `render/`, used by all three: the documents print through it
(the Jinja filters `euros`, `taux`, `date_longue`, `date_courte`, `de`, `en_lettres`, `enumeration`,
registered by `render/environment.py`), and the sentences of the computation and of the findings are
worded with it (a date in a message is « 23 janvier 2026 », docs/decisions.md « Dates in
messages »).

It only writes a value; it never rounds or computes (docs/style.md rule 4: money is rounded in one
place, in `law/money.py`). A value that would need rounding is refused, so a template cannot print
a figure that differs from the Computation. Output is fixed by babel's CLDR data for `fr_FR` (babel
is pinned in pyproject.toml), with the French typographic spaces: narrow no-break space (U+202F)
between thousands, no-break space (U+00A0) before `€` and `%`.

>>> from decimal import Decimal
>>> from datetime import date
>>> euros(Decimal("2480"))
'2\\u202f480,00\\xa0€'
>>> euros(Decimal("-12.5"))
'-12,50\\xa0€'
>>> taux(Decimal("12.15"))
'12,15\\xa0%'
>>> date_longue(date(2026, 1, 15)), date_longue(date(2026, 3, 1))
('15 janvier 2026', '1er mars 2026')
>>> date_courte(date(2026, 1, 5))
'05/01/2026'
>>> en_lettres(Decimal("3240.84"))
'trois mille deux cent quarante euros et quatre-vingt-quatre centimes'
>>> montant_fr(Decimal("1509.06")), decimal_fr(Decimal("2.15"))
('1\u202f509,06', '2,15')
>>> compte(0, "courrier"), compte(1, "échange"), compte(3, "courrier"), pluriel(2, "Facture")
('aucun courrier', 'un échange', '3 courriers', 'Factures')
>>> enumeration(["F-1", "F-2", "F-3"]), enumeration(["build", "plan"], "ou")
('F-1, F-2 et F-3', 'build ou plan')
>>> envoi("email"), envoi("lrar", pluriel=True)
('courriel', 'courriers recommandés')
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from dossier.errors import RenderFailure
from dossier.findings import constat
from dossier.vocabulaire import ENVOIS

LOCALE = "fr_FR"
ESPACE_INSECABLE = "\u00a0"
ESPACE_FINE = "\u202f"  # the thousands separator of fr-FR (CLDR), as `euros` prints it
CENTIME = Decimal("0.01")
_CHIFFRES_PAR_GROUPE = 3  # structurel : les milliers


def _refus(filtre: str, valeur: object, attendu: str) -> RenderFailure:
    from jinja2.runtime import Undefined  # a refusal only: `dossier --help` need not import Jinja

    if isinstance(valeur, Undefined):
        str(valeur)  # StrictUndefined raises here: the error names the missing variable
    return RenderFailure(
        [
            constat(
                "RENDU-02",
                f"Le filtre « {filtre} » a reçu {valeur!r} ({type(valeur).__name__}) : {attendu}.",
            )
        ]
    )


def _decimal_au_centime(filtre: str, valeur: object) -> Decimal:
    # bool and float are refused: no float in the money path (docs/style.md rule 4).
    if not isinstance(valeur, Decimal) or not valeur.is_finite():
        raise _refus(filtre, valeur, "un Decimal fini est attendu")
    if valeur != valeur.quantize(CENTIME):
        raise _refus(filtre, valeur, "plus de deux décimales : arrondissez dans le calcul, pas le gabarit")
    return valeur


@cache
def _locale() -> Locale:
    """babel's `fr_FR`, parsed once: given its name, each `format_*` parses it again and builds a
    new `Locale` (about 150 times in a check of two letters); the same data either way."""
    return Locale.parse(LOCALE)


def euros(valeur: object) -> str:
    """`Decimal("2480")` → « 2 480,00 € » (two decimals always)."""
    montant = _decimal_au_centime("euros", valeur)
    return str(format_currency(montant, "EUR", locale=_locale(), currency_digits=True))


def taux(valeur: object) -> str:
    """A percent per year, `Decimal("12.15")` → « 12,15 % » (two decimals always)."""
    pourcentage = _decimal_au_centime("taux", valeur)
    return str(format_decimal(pourcentage, format="#,##0.00", locale=_locale())) + ESPACE_INSECABLE + "%"


def _jour(filtre: str, valeur: object) -> date:
    # A datetime would print a day that depends on its time zone: only plain dates are written.
    if not isinstance(valeur, date) or isinstance(valeur, datetime):
        raise _refus(filtre, valeur, "une date (sans heure) est attendue")
    return valeur


def date_longue(valeur: object) -> str:
    """« 15 janvier 2026 »; the first of the month is written « 1er » as French usage requires."""
    jour = _jour("date_longue", valeur)
    texte = str(format_date(jour, format="d MMMM y", locale=_locale()))
    return "1er" + texte[1:] if jour.day == 1 else texte


def date_courte(valeur: object) -> str:
    """« 15/01/2026 »."""
    return str(format_date(_jour("date_courte", valeur), format="dd/MM/y", locale=_locale()))


# French punctuation's spaces (Lexique des règles typographiques en usage à l'Imprimerie nationale):
# no-break before « : ; ! ? » and « », after « and « n° », so that no line begins with a colon or a
# closing guillemet, nor ends on « n° » away from its number; and between a number and its unit
# (« 15 jours », « 2 mois », « 40 € », « 10 % »), which the same rules keep on one line. The house
# space is U+00A0, the one `euros` and `taux` already put before their unit.
# Each match is one plain space, so the pattern opens on it: `re` then jumps from space to space
# instead of trying three alternatives, two of them lookbehinds, at every character (5× faster on a
# letter's values; tests/unit/test_typographie.py compares with « (?=[:;!?»])|(?<=«) |(?<=\b[nN]°) »).
_UNITES = r"(?:jours?|semaines?|mois|ans?|années?|heures?|minutes?|€|%)(?!\w)"
_TYPOGRAPHIE = re.compile(rf" (?:(?=[:;!?»])|(?<=« )|(?<=\b[nN]° )|(?<=\d )(?={_UNITES}))")


def typographie(texte: str) -> str:
    """The plain spaces French punctuation holds to its word, made no-break (U+00A0).

    Applied once for every document — to the text of each block (`render/blocks.py`) and to every
    value a template prints (`render/environment.py`) — never by hand in a template. Only an existing
    plain space changes: « Re: » and « 18:42 » stay as written, and reading back (which folds every
    space to one) sees the same text.

    >>> typographie("Objet : relance ; n° 12 « Total » ? Re: 18:42") == (
    ...     "Objet\xa0: relance\xa0; n°\xa012 «\xa0Total\xa0»\xa0? Re: 18:42")
    True
    >>> typographie("dans 15 jours, 40 € et 3 ans ; 2 jourées") == (
    ...     "dans 15\xa0jours, 40\xa0€ et 3\xa0ans\xa0; 2 jourées")
    True
    """
    return _TYPOGRAPHIE.sub(ESPACE_INSECABLE, texte)


_VOYELLES = "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜŸ"


# A name that begins with the article « Le » or « Les » contracts it with « de » and « à », as French
# does for every name that carries its article (« le tarif du Bistrot », « payer aux Halles ») ;
# « La » and « L' » do not contract (« de La Poste », « à L'Atelier »).
_CONTRACTIONS = {"Le": ("du", "au"), "Les": ("des", "aux")}


def _contraction(nom: str, rang: int) -> str | None:
    article, espace, reste = nom.partition(" ")
    if espace and reste and article in _CONTRACTIONS:
        return f"{_CONTRACTIONS[article][rang]} {reste}"
    if espace and reste and article in ("le", "les"):  # the article `avec_article` gave the name
        return f"{_CONTRACTIONS[article.capitalize()][rang]} {reste}"
    return None


def avec_article(nom: str, article: str | None) -> str:
    """A name in running text, with the article an organisation takes there (`article` in
    claim.yaml: « l'OGEC Saint-Joseph pourra saisir… », « la Fromagerie des Aravis »); `de` and `a`
    then contract or elide it as French does (« de l'OGEC », « du Cabinet Martin »).

    >>> avec_article("OGEC Saint-Joseph", "l'"), avec_article("Cabinet Martin", "le")
    ("l'OGEC Saint-Joseph", 'le Cabinet Martin')
    >>> de(avec_article("OGEC Saint-Joseph", "l'")), de(avec_article("Cabinet Martin", "le"))
    ("de l'OGEC Saint-Joseph", 'du Cabinet Martin')
    >>> a(avec_article("Halles de Lyon", "les")), avec_article("Atelier Durand SARL", None)
    ('aux Halles de Lyon', 'Atelier Durand SARL')
    """
    if article is None:
        return nom
    return f"{article}{nom}" if article.endswith("'") else f"{article} {nom}"


def de(nom: object) -> str:
    """The preposition « de » before a name: elided before a vowel (« d'Atelier Durand »), contracted
    with the name's own article (« du Bistrot », « des Halles »), else plain (« de L'Atelier »).

    A leading « h » is left alone (aspirated or not cannot be told from spelling). Only the capital
    article followed by a word contracts: a name written « Prénom Nom » never does.

    >>> de("Atelier Durand"), de("Fibre Ouest"), de("OGEC Saint-Joseph")
    ("d'Atelier Durand", 'de Fibre Ouest', "d'OGEC Saint-Joseph")
    >>> de("Le Bistrot SARL"), de("Les Halles"), de("L'Atelier"), de("La Poste"), de("Lebrun SA")
    ('du Bistrot SARL', 'des Halles', "de L'Atelier", 'de La Poste', 'de Lebrun SA')
    """
    if not isinstance(nom, str) or not nom:
        raise _refus("de", nom, "un nom (texte non vide)")
    if (contracte := _contraction(nom, 0)) is not None:
        return contracte
    return f"d'{nom}" if nom[0].upper() in _VOYELLES else f"de {nom}"


def a(nom: object) -> str:
    """The preposition « à » before a name, contracted with the name's own article: « au Bistrot »,
    « aux Halles », but « à L'Atelier », « à La Poste », « à Marie Lambert ».

    >>> a("Le Bistrot"), a("Les Halles"), a("L'Atelier"), a("Atelier Morel Agencement SARL")
    ('au Bistrot', 'aux Halles', "à L'Atelier", 'à Atelier Morel Agencement SARL')
    """
    if not isinstance(nom, str) or not nom:
        raise _refus("a", nom, "un nom (texte non vide)")
    contracte = _contraction(nom, 1)
    return contracte if contracte is not None else f"à {nom}"


def en_lettres(valeur: object) -> str:
    """An amount in words, the way an acknowledgement of debt writes it (C. civ. 1376).

    num2words writes the number in the traditional spelling (« quatre-vingts », « deux cents »,
    « mille » invariable); « d'euros » after a round million or milliard, as French requires.

    >>> en_lettres(Decimal("80.00")), en_lettres(Decimal("1.01")), en_lettres(Decimal("0.50"))
    ('quatre-vingts euros', 'un euro et un centime', 'zéro euro et cinquante centimes')
    >>> en_lettres(Decimal("2000000.00")), en_lettres(Decimal("1200.00"))
    ("deux millions d'euros", 'mille deux cents euros')
    """
    from num2words import num2words  # its language tables: only for the letters that spell amounts

    montant = _decimal_au_centime("en_lettres", valeur)
    if montant < 0:
        raise _refus("en_lettres", valeur, "un montant positif")
    euros_entiers = int(montant)
    centimes = int((montant - euros_entiers) * 100)
    mots = str(num2words(euros_entiers, lang="fr"))
    if euros_entiers > 1 and mots.endswith(("million", "millions", "milliard", "milliards")):
        texte = f"{mots} d'euros"
    else:
        texte = f"{mots} {'euros' if euros_entiers > 1 else 'euro'}"
    if centimes:
        texte += f" et {num2words(centimes, lang='fr')} {'centimes' if centimes > 1 else 'centime'}"
    return texte


def decimal_fr(nombre: Decimal) -> str:
    """A rate or a figure written as computed, with the French decimal comma: « 2,15 »."""
    return str(nombre).replace(".", ",")


def montant_fr(nombre: Decimal) -> str:
    """A figure in a sentence, as computed (no rounding, no unit): « 1 509,06 », thousands grouped."""
    signe, texte = ("-", str(nombre)[1:]) if nombre < 0 else ("", str(nombre))
    entiers, _, decimales = texte.partition(".")
    groupes: list[str] = []
    while len(entiers) > _CHIFFRES_PAR_GROUPE:
        entiers, groupe = entiers[:-_CHIFFRES_PAR_GROUPE], entiers[-_CHIFFRES_PAR_GROUPE:]
        groupes.insert(0, groupe)
    entier = ESPACE_FINE.join([entiers, *groupes])
    return f"{signe}{entier},{decimales}" if decimales else f"{signe}{entier}"


def pluriel(combien: int, nom: str) -> str:
    """The noun alone, in the plural from two on: « Facture », « Factures » (regular plurals only)."""
    return nom if combien <= 1 else f"{nom}s"


def compte(combien: int, nom: str) -> str:
    """A count in words: « aucun courrier », « un échange », « 3 courriers » (masculine nouns)."""
    if combien == 0:
        return f"aucun {nom}"
    return f"un {nom}" if combien == 1 else f"{combien} {pluriel(combien, nom)}"


def enumeration(elements: object, conjonction: str = "et") -> str:
    """A French list: « A », « A et B », « A, B et C » (« ou » for a choice); never « A, B, C ».

    >>> enumeration(["F-2025-118"]), enumeration(("A", "B"))
    ('F-2025-118', 'A et B')
    """
    if isinstance(elements, str) or not hasattr(elements, "__iter__"):
        raise _refus("enumeration", elements, "une liste de textes")
    textes = [str(e) for e in elements]
    if not textes:
        raise _refus("enumeration", elements, "une liste non vide")
    if len(textes) == 1:
        return textes[0]
    return f"{', '.join(textes[:-1])} {conjonction} {textes[-1]}"


def envoi(canal: str, pluriel: bool = False) -> str:
    """The noun for a letter sent by `canal`: « courrier », « courriel », « courrier recommandé »."""
    return ENVOIS[canal].pluriel if pluriel else ENVOIS[canal].nom


def reproduit(canal: str) -> str:
    """What the copy of a letter sent by `canal` reproduces: « courriel » for an email, else a
    « courrier » (remis en main propre when it was; registered post is said by the letter itself).

    >>> reproduit("email"), reproduit("lrar"), reproduit("remise_en_main_propre")
    ('courriel', 'courrier', 'courrier remis en main propre')
    """
    return envoi("courrier" if canal == "lrar" else canal)


def envoye_le(canal: str) -> str:
    """The word before its date: « du 3 mars » — but « remis en main propre le 3 mars »."""
    return "le" if canal == "remise_en_main_propre" else "du"
