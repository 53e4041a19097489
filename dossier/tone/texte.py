"""A French text folded for matching, each folded character pointing back to the source.

A debtor reads « Huissier », « HUISSIER », « huis-⏎sier » (a PDF line break) or « huissier »
alike; so must the linter. `normaliser` folds case, accents, ligatures (« œ », « ﬁ »),
apostrophes, dashes and every kind of space, drops soft hyphens, and rejoins a word cut at a line
end. It keeps, for each character it returns, the index of the source character it comes from,
so a match can be reported with the source excerpt and its line.

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
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

Coupure = Literal["joindre", "garder"]

TIRETS = frozenset("-\u2010\u2011")  # a hyphen, as typed or as a renderer writes it
AUTRES_TIRETS = frozenset("\u2012\u2013\u2014\u2015\u2212")  # dashes: read as a plain hyphen
APOSTROPHES = frozenset("\u2019\u2018\u02bc\u00b4`")
CESURE = "\u00ad"  # soft hyphen: invisible unless a line breaks there
LIGATURES = {"œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE"}  # NFKD leaves these whole


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


def _plier(caractere: str, casse: bool) -> str:
    if caractere in APOSTROPHES:
        return "'"
    if caractere in TIRETS or caractere in AUTRES_TIRETS:
        return "-"
    caractere = LIGATURES.get(caractere, caractere)
    decompose = unicodedata.normalize("NFKD", caractere)
    plie = "".join(c for c in decompose if not unicodedata.combining(c))
    return plie if casse else plie.lower()


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
    sortie: list[str] = []
    origine: list[int] = []
    i = 0
    while i < len(source):
        caractere = source[i]
        if caractere == CESURE:
            i += 1
            continue
        if caractere in TIRETS:
            suite = _fin_de_ligne(source, i)
            if suite is not None:
                entre_lettres = i > 0 and source[i - 1].isalpha() and source[suite].isalpha()
                if not (entre_lettres and coupure == "joindre"):
                    sortie.append("-")
                    origine.append(i)
                i = suite
                continue
        if caractere.isspace():
            if sortie and sortie[-1] != " ":
                sortie.append(" ")
                origine.append(i)
            i += 1
            continue
        for plie in _plier(caractere, casse):
            sortie.append(plie)
            origine.append(i)
        i += 1
    while sortie and sortie[-1] == " ":
        sortie.pop()
        origine.pop()
    return TexteNormalise(source, "".join(sortie), tuple(origine))


def variantes(source: str, *, casse: bool = False) -> tuple[TexteNormalise, ...]:
    """Both readings of a line-end hyphen; one only when the text has none."""
    joint = normaliser(source, casse=casse, coupure="joindre")
    garde = normaliser(source, casse=casse, coupure="garder")
    return (joint,) if garde.texte == joint.texte else (joint, garde)
