"""A denial its own exception takes back: « personne te mettra dehors, sauf si t'as pas payé
lundi », « nous ne changerons les serrures qu'en cas de non-paiement ».

« Ne … pas X, sauf si C » says « X si C », and so do « à moins que C », « excepté si C », « hormis
si C » and the restriction « ne … X que si C ». When C is the debt left unpaid, X is announced for
it as plainly as in « nous changerons les serrures si vous ne payez pas »: the denial no longer
holds, and the rules read X as asserted. An exception that names anything else keeps the denial
(« nous ne communiquerons rien à vos enfants, sauf si vous nous le demandez »), and so does one
that names the payment made (« le diplôme ne sera remis qu'après paiement » is a service withheld,
which the `polarite: niee` rules read on the denial).

>>> from dossier.tone.analyse import analyser
>>> a = analyser("personne te mettra dehors, sauf si t'as pas paye lundi.")
>>> [m.forme for m in a.mots[:5] if m.nie]
[]
>>> a = analyser("nous ne dirons rien a vos enfants, sauf si vous nous le demandez.")
>>> [m.forme for m in a.mots[:7] if m.nie]
['ne', 'dirons', 'rien', 'a', 'vos', 'enfants']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.tone.analyse import Mot

# « sauf erreur de notre part », « sauf omission » qualify what the letter says, hang nothing on it
SAUF_FORMULES = frozenset({"erreur", "omission", "meilleur", "avis"})
EXCEPTIONS = frozenset({"sauf", "excepte", "hormis"})
CONDITIONS = frozenset({("en", "cas"), ("a", "defaut")})
# the words that may open an exception (« à moins » by its second word): only they are looked at
OUVRANTS = EXCEPTIONS | {"que", "moins"}
# how far an exception reads for the debt left unpaid
PORTEE_DE_L_EXCEPTION = 12
# the payment, as a verb (denied: « si vous ne payez pas ») or as a noun (« défaut de paiement »)
# (« tu paies » is read as a form of the noun « paie »: denied, it is the verb)
PAYER = frozenset(
    {"payer", "paie", "regler", "solder", "verser", "rembourser", "acquitter", "honorer", "regulariser",
     "apurer"}
)  # fmt: skip
PAIEMENT = frozenset({"paiement", "reglement", "versement", "virement", "remboursement"})
IMPAYES = frozenset({"impaye", "retard"})
LEMMES = PAYER | PAIEMENT | IMPAYES  # read by lemma: `tests/tone/formes.py` keeps their forms
# what makes a payment noun its absence: « défaut de », « faute de », « non-paiement »
MANQUES = frozenset({"defaut", "faute", "non", "absence"})


# « vous seront remis uniquement après règlement », « seulement une fois la cantine payée »: the
# restriction « ne … qu'après paiement » said without « ne »
RESTRICTIFS_SANS_NE = frozenset({"uniquement", "seulement", "exclusivement"})
# how far after « après », « contre », « une fois », « dès réception » the payment is looked for
PORTEE_DU_PAIEMENT = 4


def restreindre(mots: list[Mot], groupes: list[list[int]]) -> None:
    """Marks restricted the words of a clause before « uniquement après » a payment, as « ne … qu'après
    paiement » marks them: what the clause gives is withheld until the debt is paid.

    >>> from dossier.tone.analyse import analyser
    >>> a = analyser("les bulletins vous seront remis uniquement apres reglement du solde.")
    >>> [m.forme for m in a.mots if m.restreint]
    ['les', 'bulletins', 'vous', 'seront', 'remis']
    >>> [m.forme for m in analyser("nous passerons uniquement apres 18 h.").mots if m.restreint]
    []
    """
    for groupe in groupes:
        for i, rang in enumerate(groupe):
            if i == 0 or mots[rang].forme not in RESTRICTIFS_SANS_NE:
                continue  # (every word of every text read passes here)
            suite = [mots[r] for r in groupe[i + 1 : i + 2 + PORTEE_DU_PAIEMENT]]
            formes = tuple(m.forme for m in suite[:2])
            if not (
                formes[:1] in (("apres",), ("contre",))
                or formes in (("une", "fois"), ("des", "reception"), ("a", "reception"))
            ):
                continue
            if any(m.lemmes & (PAYER | PAIEMENT) for m in suite):
                for r in groupe[:i]:
                    if not mots[r].nie:
                        mots[r].restreint = True


def reprendre(mots: list[Mot]) -> None:
    """Lifts the denial or the restriction of the words before an exception that names the debt left
    unpaid, in the sentence of each (see the module's docstring)."""
    for rang in range(1, len(mots)):
        if mots[rang].forme not in OUVRANTS:
            continue  # (every word of every text read passes here)
        reserve = _reserve(mots, rang)
        if reserve is None or not _impaye(mots, reserve):
            continue
        phrase = mots[rang].phrase
        debut = rang
        while debut > 0 and mots[debut - 1].phrase == phrase:
            debut -= 1
        for mot in mots[debut:rang]:
            mot.nie = mot.sujet_ecarte = mot.restreint = False


def _reserve(mots: list[Mot], rang: int) -> int | None:
    """Where the exception opened by the word at `rang` begins, when that word opens one after a
    denial or a restriction of its sentence; else None."""
    mot = mots[rang]
    avant = [m for m in mots[max(0, rang - 16) : rang] if m.phrase == mot.phrase]
    if mot.forme == "que" and avant and avant[-1].restreint:
        # « ne … que si », « qu'en cas de », « qu'à défaut de » — not « qu'après paiement »
        suite = tuple(m.forme for m in mots[rang + 1 : rang + 3])
        return rang + 1 if suite[:1] in (("si",), ("faute",)) or suite in CONDITIONS else None
    if not any(m.nie for m in avant):
        return None
    suivant = mots[rang + 1].forme if rang + 1 < len(mots) else ""
    if mot.forme in EXCEPTIONS and suivant not in SAUF_FORMULES:
        return rang + 1
    if mot.forme == "moins" and mots[rang - 1].forme == "a" and suivant in ("que", "de"):
        return rang + 2
    return None


def _impaye(mots: list[Mot], debut: int) -> bool:
    """The exception opening at `debut` names the debt left unpaid."""
    phrase = mots[debut - 1].phrase
    lus = [m for m in mots[debut : debut + PORTEE_DE_L_EXCEPTION] if m.phrase == phrase]
    for k, mot in enumerate(lus):
        if mot.lemmes & IMPAYES:
            return True
        if mot.lemmes & PAYER and mot.nie:
            return True
        if mot.lemmes & PAIEMENT and any(m.forme in MANQUES for m in lus[max(0, k - 2) : k]):
            return True
    return False
