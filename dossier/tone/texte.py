"""A French text folded for matching, each folded character pointing back to the source.

A debtor reads « Huissier », « HUISSIER », « huis-⏎sier » (a PDF line break) or « huissier »
alike; so must the linter. `normaliser` folds case, accents, ligatures (« œ », « ﬁ »),
fullwidth and mathematical letters, apostrophes, dashes and every kind of space, drops soft
hyphens and zero-width characters, and rejoins a word cut at a line end. It keeps, for each
character it returns, the index of the source character it comes from, so a match can be
reported with the source excerpt and its line.

Look-alike letters of other scripts are read as the Latin letter they imitate (issue 25): a
« saisie » or a « huissier » typed with Cyrillic « а », « е », « і », « ѕ » or Greek « ο », « ν »
looks Latin to the debtor and must read Latin to the linter. The table is Unicode's own list of
confusables (UTS #39 `confusables.txt`, as the `confusable-homoglyphs` package ships it): every
letter of another script that Unicode lists as confusable with one Latin letter is folded to that
letter, its case kept. dossier writes French letters, so this is done everywhere, not only inside
a word that mixes scripts: a whole word of look-alikes (« ѕаіѕіе ») is the same trick.

A hyphen at a line end between two letters is ambiguous: « huis-⏎sier » is one word cut by
hyphenation, « dommages-et-⏎intérêts » a compound cut at its own hyphen. `variantes` gives both
readings; the linter tries each.

>>> normaliser("Un HUIS-\\nSIER viendra saisir vos  meubles d’ici lundi").texte
"un huissier viendra saisir vos meubles d'ici lundi"
>>> normaliser("dommages-et-\\nintérêts", coupure="garder").texte
'dommages-et-interets'
>>> normaliser("Cœur\\u00a0: 2\\u202f480 €", casse=True).texte
'Coeur : 2 480 €'
>>> t = normaliser("Ligne un\\nsaisie-\\nvente")
>>> t.texte, t.ligne(t.texte.index("vente"))
('ligne un saisievente', 3)
>>> normaliser("ѕаіѕіе, НUISSIER, ｈｕｉｓｓｉｅｒ").texte  # Cyrillic look-alikes, fullwidth letters
'saisie, huissier, huissier'
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal

Coupure = Literal["joindre", "garder"]

TIRETS = frozenset("-\u2010\u2011")  # a hyphen, as typed or as a renderer writes it
AUTRES_TIRETS = frozenset("\u2012\u2013\u2014\u2015\u2212")  # dashes: read as a plain hyphen
APOSTROPHES = frozenset("\u2019\u2018\u02bc\u00b4`")
CESURE = "\u00ad"  # soft hyphen: invisible unless a line breaks there
# Invisible characters a text may carry between the letters of a word: zero-width space, joiners,
# word joiner, invisible operators, byte-order mark. They are dropped, as the soft hyphen is.
INVISIBLES = frozenset("\u00ad\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e")
LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}  # NFKD leaves these whole
_MORCEAUX = re.compile(r"\S+(?: \S+)*|\s+")  # runs of words one plain space apart, or spaces


@dataclass(frozen=True)
class TexteNormalise:
    source: str
    texte: str
    origine: tuple[int, ...]  # origine[i]: index in `source` of `texte[i]`

    def etendue(self, debut: int, fin: int) -> tuple[int, int]:
        """The source span behind `texte[debut:fin]` (fin exclusive, fin > debut)."""
        return self.origine[debut], self.origine[fin - 1] + 1

    def extrait(self, debut: int, fin: int) -> str:
        """The source words behind `texte[debut:fin]`, spaces folded, a line-end hyphen rejoined."""
        a, b = self.etendue(debut, fin)
        return " ".join(self.source[a:b].replace("-\n", "-").split())

    def ligne(self, position: int) -> int:
        """The source line (from 1) of `texte[position]`."""
        return self.source.count("\n", 0, self.origine[position]) + 1


@cache
def sosies_latins() -> dict[str, str]:
    """Each letter of another script that Unicode lists as confusable with one Latin letter → that
    letter (case kept: a capital look-alike of « I », which Unicode's skeleton writes « l », is « I »).

    >>> sosies_latins()["а"], sosies_latins()["Ι"], sosies_latins()["ѕ"]  # Cyrillic a, Greek Iota, Dze
    ('a', 'I', 's')
    """
    fichier = resources.files("confusable_homoglyphs").joinpath("confusables.json")
    donnees = fichier.read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for caractere, semblables in json.loads(donnees).items():
        if len(caractere) != 1 or caractere.isascii() or not caractere.isalpha():
            continue
        if _sans_accents(unicodedata.normalize("NFKD", caractere)).isascii():
            continue  # « é », « ｅ », « 𝐞 »: NFKD already gives the Latin letter
        latines = [s["c"] for s in semblables if len(s["c"]) == 1 and s["c"].isascii() and s["c"].isalpha()]
        if not latines:
            continue
        lettre = latines[0]
        if lettre == "l" and "CAPITAL" in unicodedata.name(caractere, ""):
            lettre = "I"  # Unicode's skeleton folds « I » to « l »; a capital look-alike reads « I »
        table[caractere] = lettre
    return table


def _sans_accents(texte: str) -> str:
    return "".join(c for c in texte if not unicodedata.combining(c))


def _plier(caractere: str, casse: bool) -> str:
    if caractere in APOSTROPHES:
        return "'"
    if caractere in TIRETS or caractere in AUTRES_TIRETS:
        return "-"
    if caractere in INVISIBLES:
        return ""
    caractere = LIGATURES.get(caractere, caractere)
    plie = _sans_accents(unicodedata.normalize("NFKD", caractere))
    sosies = sosies_latins()
    plie = "".join(sosies.get(c, c) for c in plie)
    return plie if casse else plie.lower()


class _Table(dict[int, str]):
    """str.translate's table, each character folded once, the first time it is met."""

    def __init__(self, casse: bool) -> None:
        super().__init__()
        self.casse = casse

    def __missing__(self, code: int) -> str:
        plie = self[code] = _plier(chr(code), self.casse)
        return plie


class _Irregulieres(dict[int, str]):
    """str.translate's table that erases every character folded to exactly one character: what
    remains of a word names the characters (ligature, invisible) that need the slow path."""

    def __missing__(self, code: int) -> str:
        garde = self[code] = "" if len(_plier(chr(code), casse=True)) == 1 else chr(code)
        return garde


_TABLES = {True: _Table(casse=True), False: _Table(casse=False)}
_IRREGULIERES = _Irregulieres()


def _fin_de_ligne(source: str, i: int) -> int | None:
    """After a hyphen at `i`: the index of the next line's first character, if a line ends there."""
    j = i + 1
    while j < len(source) and source[j] in " \t":
        j += 1
    if j >= len(source) or source[j] not in "\r\n":
        return None
    while j < len(source) and source[j].isspace():
        j += 1
    return j if j < len(source) else None


def normaliser(source: str, *, casse: bool = False, coupure: Coupure = "joindre") -> TexteNormalise:
    """`source` folded for matching; `casse=True` keeps capitals (for shouting)."""
    return _normaliser(source, casse, coupure)[0]


def _normaliser(source: str, casse: bool, coupure: Coupure) -> tuple[TexteNormalise, bool]:
    """The folded text, and whether a hyphen at a line end fell between two letters (then the
    other reading of it, `coupure="garder"`, differs)."""
    table = _TABLES[casse]
    sortie: list[str] = []
    origine: list[int] = []
    ambigu = False
    reprise = 0  # the source index from which the next piece is read (a line-end hyphen skips ahead)
    for morceau in _MORCEAUX.finditer(source):
        debut, fin = morceau.span()
        if fin <= reprise:
            continue
        debut = max(debut, reprise)
        if source[debut].isspace():
            if sortie and sortie[-1][-1] != " ":
                sortie.append(" ")
                origine.append(debut)
            continue
        mot = source[debut:fin]
        suite = _fin_de_ligne(source, fin - 1) if mot[-1] in TIRETS else None
        if suite is None and (mot.isascii() or not mot.translate(_IRREGULIERES)):
            sortie.append(mot.translate(table))
            origine.extend(range(debut, fin))
            continue
        for i in range(debut, fin):  # the slow path: a ligature, an invisible, a line-end hyphen
            if i == fin - 1 and suite is not None:
                entre_lettres = i > 0 and source[i - 1].isalpha() and source[suite].isalpha()
                ambigu = ambigu or entre_lettres
                if not (entre_lettres and coupure == "joindre"):
                    sortie.append("-")
                    origine.append(i)
                reprise = suite
                break
            if source[i] == " ":  # a space between the words of the run: spaces fold into one
                if sortie and sortie[-1][-1] != " ":
                    sortie.append(" ")
                    origine.append(i)
                continue
            for lettre in table[ord(source[i])]:
                sortie.append(lettre)
                origine.append(i)
    texte = "".join(sortie)
    if texte.endswith(" "):
        texte = texte[:-1]
        origine.pop()
    return TexteNormalise(source, texte, tuple(origine)), ambigu


def variantes(source: str, *, casse: bool = False) -> tuple[TexteNormalise, ...]:
    """Both readings of a line-end hyphen; one only when the text has none."""
    joint, ambigu = _normaliser(source, casse, "joindre")
    if not ambigu:
        return (joint,)
    garde = normaliser(source, casse=casse, coupure="garder")
    return (joint,) if garde.texte == joint.texte else (joint, garde)


def lectures_en_deux_casses(source: str) -> tuple[tuple[TexteNormalise, ...], tuple[TexteNormalise, ...]]:
    """`variantes(source, casse=True)` and `variantes(source)`, folding the text once: the lower-case
    readings are the capitalised ones lowered, character for character (same origins)."""
    avec_casse = variantes(source, casse=True)
    minuscules = []
    for lecture in avec_casse:
        bas = lecture.texte.lower()
        if len(bas) != len(lecture.texte):  # a capital whose lower case is longer (« İ »)
            return avec_casse, variantes(source)
        minuscules.append(TexteNormalise(source, bas, lecture.origine))
    return avec_casse, tuple(minuscules)


Deux_casses = tuple[tuple[TexteNormalise, ...], tuple[TexteNormalise, ...]]


def minuscules(source: str, deux_casses: Deux_casses | None = None) -> tuple[str, ...]:
    """The texts of `variantes(source)`; taken from `deux_casses` (`lectures_en_deux_casses(source)`,
    which the linter made of the same text) when it is given, instead of folding `source` again.
    Those are the capitalised readings lowered: the same text, character for character, unless a
    capital sigma is among them (`str.lower` writes « ς » at a word's end, folding one character at
    a time writes « σ »): then `source` is folded again.

    >>> minuscules("MISE en de-\\nmeure", lectures_en_deux_casses("MISE en de-\\nmeure"))
    ('mise en demeure', 'mise en de-meure')
    >>> lectures_en_deux_casses("ΟΔΟΣ")[1][0].texte, minuscules("ΟΔΟΣ", lectures_en_deux_casses("ΟΔΟΣ"))
    ('oδoς', ('oδoσ',))
    """
    if deux_casses is not None and not any("\u03a3" in v.texte for v in deux_casses[0]):
        return tuple(v.texte for v in deux_casses[1])
    return tuple(v.texte for v in variantes(source))
