"""A denial that the next clause takes back: « aucune saisie n'est lancée cette semaine, elle le sera
la semaine prochaine », « votre employeur n'est pas prévenu. Il le sera vendredi. », « nous ne
saisissons pas vos meubles aujourd'hui ; nous le ferons lundi », « il n'y a pas encore de saisie,
mais il y en aura une », « ton salaire n'est pas saisi. Pas encore. » (issue 14, pass 39).

The clause after the denial — later in its sentence, or opening the next one — says the denied act
will be done all the same: a pronoun and « le » with « être » or « faire » in the indicative
(« elle le sera », « nous le ferons »), « il y en aura », or « pas encore » alone. The denial only
puts the act off; what it names is asserted, as in « votre employeur n'est pas prévenu, mais il le
sera », which `sujets_nies.py` already reads (C. conso. L121-6, L121-7: a threat put off is still
one). A takeback denied again (« et ne le sera pas »), in the conditional (« elle ne le serait
qu'après un jugement »), or hung on a court or a restriction (« elle le sera uniquement si un juge
l'ordonne ») takes nothing back.

>>> from dossier.tone.analyse import analyser
>>> a = analyser("aucune saisie n'est lancee cette semaine, elle le sera la semaine prochaine.")
>>> [m.forme for m in a.mots if m.nie]
[]
>>> a = analyser("aucune saisie n'est lancee, et elle ne le sera pas.")
>>> [m.forme for m in a.mots[:4] if m.nie]
['aucune', 'saisie', 'ne', 'est']
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dossier.tone.analyse import Mot

# « elle le sera », « ils le seront », « nous le ferons », « on va le faire »
PRONOMS = frozenset({"il", "elle", "ils", "elles", "nous", "on", "je", "ce", "ca", "cela"})
# (« on va le faire »: the auxiliary before « le »)
AVANT_LE = PRONOMS | {"va", "vais", "allons", "vont"}
ETRE_OU_FAIRE = frozenset(
    {"sera", "seront", "est", "sont", "fera", "ferons", "feront", "ferai", "fais", "faisons", "faire"}
)
# what keeps a takeback from taking anything back: denied again or restricted (« et ne le sera
# pas », « elle le sera uniquement… »)
RETENUES = frozenset({"ne", "n", "pas", "jamais", "uniquement", "seulement", "exclusivement"})
# … or hung, in the rest of its sentence, on a court or on the debtor's own wish (« elle le sera
# si un juge l'ordonne »: the law stated; « il le sera à votre demande »)
JUSTICE_OU_ACCORD = frozenset(
    {"juge", "jugement", "tribunal", "decision", "ordonnance", "titre", "accord", "demande", "souhaitez"}
)


def _reprise(formes_: list[str]) -> bool:
    """The words `formes_` (a clause, or a sentence's first clause) take the denial back."""
    if formes_[:2] == ["pas", "encore"] and len(formes_) <= 3:
        return True
    if RETENUES & set(formes_):
        return False
    paires = list(pairwise(formes_))
    if ("y", "en") in paires and any(f in ("aura", "auront", "a") for f in formes_):
        return True
    return any(
        a in ("le", "l") and b in ETRE_OU_FAIRE and k > 0 and formes_[k - 1] in AVANT_LE
        for k, (a, b) in enumerate(paires)
    )


def reprendre_les_denis(mots: list[Mot], groupes: list[list[int]]) -> None:
    """The denied words of a clause that a later clause of its sentence, or the next sentence's
    first clause, takes back (see the module's docstring) are asserted again."""
    for numero, groupe in enumerate(groupes):
        if not any(mots[r].nie for r in groupe) or any(mots[r].hypothese for r in groupe):
            continue
        phrase = mots[groupe[0]].phrase
        suivants = [g for g in groupes[numero + 1 :] if mots[g[0]].phrase == phrase]
        apres = next((g for g in groupes[numero + 1 :] if mots[g[0]].phrase == phrase + 1), None)
        if apres is not None:
            suivants.append(apres)
        reste = [mots[r].forme for g in suivants for r in g if not mots[r].hypothese]
        if not any(_reprise([mots[r].forme for r in g]) for g in suivants) or JUSTICE_OU_ACCORD & set(reste):
            continue
        for r in groupe:
            mots[r].nie = mots[r].sujet_ecarte = False
