"""Acts listed, then denied as a whole: « Saisir vos comptes, bloquer vos licences, prévenir vos
clients : rien de tout cela n'entre dans nos pratiques ».

A letter names the measures the debtor fears, or the practices the law forbids, as bare acts — an
infinitive, a noun, a quoted word, no one doing them — and the clause after them denies them all
(« rien de tout cela », « aucune de ces mesures », « aucun de ces mots »). What the list names is
then no act the creditor asserts (C. conso. L121-6, L121-7 forbid the threat, not its denial) —
unless the list has a subject of ours (« nous avons saisi vos comptes : rien de tout cela n'était
nécessaire » did it), or the denial is taken back or bounded in time (« rien de tout cela pour
l'instant », « … si vous payez »).

>>> from dossier.tone.analyse import analyser
>>> a = analyser("saisir vos comptes, prevenir vos clients : rien de tout cela n'entre dans nos pratiques.")
>>> [m.forme for m in a.mots[:3] if m.nie]
['saisir', 'vos', 'comptes']
>>> a = analyser("nous saisirons vos comptes : rien de tout cela ne vous arriverait si vous aviez paye.")
>>> [m.forme for m in a.mots[:3] if m.nie]
[]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.tone.lexique_negation import LITOTES
from dossier.tone.mots_outils import CHARNIERES
from dossier.tone.paroles_rapportees import _reprend, contient_suite

if TYPE_CHECKING:
    from dossier.tone.analyse import Mot

# what opens the denial of everything before it: « rien de tout cela », « rien de cela », « aucun de
# ces … », « aucune de ces … », « ni l'un ni l'autre »
OUVERTURES = (
    ("rien", "de", "tout", "cela"), ("rien", "de", "tout", "ceci"), ("rien", "de", "tout", "ca"),
    ("rien", "de", "cela"), ("rien", "de", "ceci"), ("aucun", "de", "ces"), ("aucune", "de", "ces"),
    ("aucun", "de", "ceux"), ("aucune", "de", "celles"), ("ni", "l", "un", "ni", "l", "autre"),
)  # fmt: skip
# a subject of ours or the debtor's in the list: acts done or told, not named
SUJETS = frozenset({"nous", "je", "j", "on", "vous", "tu", "il", "elle", "ils", "elles"})
# the first words of the openings: a clause that begins with none of them opens none
_PREMIERS = frozenset(o[0] for o in OUVERTURES)


def liste_reniee(mots: list[Mot], groupes: list[list[int]]) -> None:
    """The clauses of a sentence before « rien de tout cela … », « aucune de ces mesures … » are
    denied, when they name bare acts and the denial takes nothing back."""
    for numero, groupe in enumerate(groupes[1:], start=1):
        debut = 1 if mots[groupe[0]].forme in CHARNIERES else 0
        if debut >= len(groupe) or mots[groupe[debut]].forme not in _PREMIERS:
            continue  # most clauses: no opening begins there, their words not even listed
        formes_ = [mots[r].forme for r in groupe]
        if not any(tuple(formes_[debut : debut + len(o)]) == o for o in OUVERTURES):
            continue
        phrase = mots[groupe[0]].phrase
        reste = [m for m in mots[groupe[0] :] if m.phrase == phrase]
        # « rien de tout cela n'est exclu »: a litotes grants what it seems to deny
        if _reprend(reste) or _a_ce_jour(reste) or any(mots[r].lemmes & LITOTES for r in groupe):
            continue
        avant = [r for g in groupes[:numero] for r in g if mots[r].phrase == phrase]
        if not avant or any(mots[r].forme in SUJETS for r in avant) or any(mots[r].hypothese for r in avant):
            continue
        for r in avant:
            mots[r].nie = True


# a list's denial said true « à ce jour », « à ce stade », « actuellement »: what was listed has not
# been done yet, nothing more — the list stays the measures the creditor holds ready (C. conso.
# L121-6, L121-7) (revue 38: « prévenir vos voisins, afficher votre nom : aucune de ces mesures n'a
# été prise à ce jour »)
JUSQU_ICI = (("ce", "jour"), ("ce", "stade"), ("actuellement",), ("jusqu", "ici"), ("jusqu", "a", "present"))


def _a_ce_jour(reste: list[Mot]) -> bool:
    """The words after the denial hold « à ce jour », « à ce stade », « actuellement » (`JUSQU_ICI`)."""
    return contient_suite([m.forme for m in reste], JUSQU_ICI)
