"""A fear or a belief named without a « que » clause, then denied: what the debtor fears is no act
the creditor asserts.

`paroles_rapportees.py` reads a fear or a belief that governs a « que » or « si » clause (« le
gérant craignait que nous passions… »), and `polarite.py` the debtor's fear said to the debtor
(« vous craignez une saisie ? »). A creditor's staff writes a contact's fear in a note with a noun
or an infinitive, in the third person, and the reassurance after it (« M. X redoute la venue d'un
huissier ; lui précisons qu'aucun commissaire de justice n'est mandaté », « Mme Y pensait être
fichée à la Banque de France ; lui indiquons que nous ne procédons à aucun signalement »); a letter
does the same to the debtor (« vous pensiez être fiché… ; nous ne procédons à aucun signalement »).
The words feared are denied when the answer, in the sentence or the next, denies, grants nothing
and takes nothing back (C. conso. L121-6, L121-7 forbid the threat, not the reassurance).

>>> from dossier.tone.analyse import analyser
>>> a = analyser("m. roux redoute la venue d'un huissier ; lui precisons qu'aucun huissier n'est mandate.")
>>> [m.forme for m in a.mots if m.nie][:4]
['la', 'venue', 'de', 'un']
>>> a = analyser("m. roux redoute la venue d'un huissier ; il a raison, il passera lundi.")
>>> [m.forme for m in a.mots[:8] if m.nie]
[]
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.tone.mots_outils import CHARNIERES, CLITIQUES, INFINITIFS
from dossier.tone.paroles_rapportees import AFFIRMATIONS, NON_TIERS, _va_nier

if TYPE_CHECKING:
    from dossier.tone.analyse import Mot

# the fear or the belief, by lemma (« a peur de », « s'inquiète de » by their noun or verb)
CRAINTES_NOMMEES = frozenset(
    {"craindre", "redouter", "apprehender", "peur", "inquieter", "penser", "croire", "imaginer"}
)
# the note's or the letter's saying verbs (« lui indiquons que », « nous lui avons précisé que »):
# the clause they open carries the answer; « confirmer » is not one of them, it grants
DIRE = frozenset(
    {"indiquer", "preciser", "expliquer", "repondre", "rappeler", "assurer", "dire", "ecrire", "rassurer",
     "signaler", "informer", "redire", "reexpliquer"}
)  # fmt: skip
# (their note forms without a subject, which the lemma table may not know: « la rassurons »)
DIRE_RADICAUX = ("indiqu", "precis", "expliqu", "repond", "rappel", "assur", "rassur", "inform", "signal")
NEGATIONS = frozenset({"ne", "n", "pas", "jamais", "aucun", "aucune", "ni", "rien", "nullement", "personne"})
# what grants the fear or puts it off (« c'est exact », « pas encore », « ce n'est pas exclu »)
ACCORDS = frozenset({"confirmer", "exclure", "deja", "bientot"})
# how far the verb may stand from the clause's start (« le gérant de la boulangerie craint »)
SUJET_LONG = 7
# the subject may not be the creditor's side: `NON_TIERS` less the debtor addressed
SUJETS_EXCLUS = NON_TIERS - {"vous"}


def crainte_nommee(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« M. X redoute la venue d'un huissier ; lui précisons qu'aucun … n'est mandaté »: the words
    after the fear's verb, to the end of its clause, are denied when the answer denies them."""
    for groupe in groupes:
        debut = 1 if mots[groupe[0]].forme in CHARNIERES else 0
        verbe = next(
            (
                j
                for j in range(debut + 1, min(len(groupe), debut + SUJET_LONG))
                if mots[groupe[j]].lemmes & CRAINTES_NOMMEES
            ),
            None,
        )
        if verbe is None or verbe + 1 >= len(groupe):
            continue  # most clauses: no fear's verb, their words not even listed
        formes_ = [mots[r].forme for r in groupe]
        if formes_[verbe + 1] in ("que", "qu", "si"):
            continue
        sujet = formes_[debut:verbe]
        # « il est à craindre », « on peut penser »: no one's fear reported
        infinitif = formes_[verbe].endswith(INFINITIFS) and formes_[verbe - 1] in ("a", "de")
        if infinitif or sujet[0] in SUJETS_EXCLUS or set(sujet) & (SUJETS_EXCLUS - CLITIQUES):
            continue
        if any(mots[r].nie for r in groupe[: verbe + 1]):
            continue  # « il ne craint pas de… »: a denial already read
        phrase = mots[groupe[0]].phrase
        # (the fear's own clause goes on past its group: « … a peur d'une expulsion avant l'hiver »)
        clause = mots[groupe[verbe]].proposition
        reponse = [
            m for m in mots[groupe[-1] + 1 :] if m.phrase in (phrase, phrase + 1) and m.proposition != clause
        ]
        if _dementi(reponse):
            for r in groupe[verbe + 1 :]:
                mots[r].nie = True


def _dementi(reponse: list[Mot]) -> bool:
    """The answer's first clause past its saying verb denies, nothing in it grants or puts off the
    fear, and nothing takes the denial back (`paroles_rapportees._va_nier`)."""
    if not _va_nier(reponse) or any(
        (m.forme in AFFIRMATIONS and not m.nie) or m.forme in ACCORDS or m.lemmes & ACCORDS for m in reponse
    ):
        return False
    propositions: dict[int, list[Mot]] = {}
    for m in reponse:
        propositions.setdefault(m.proposition, []).append(m)
    for clause in propositions.values():
        formes_ = {m.forme for m in clause}
        if (
            any(m.lemmes & DIRE or m.forme.startswith(DIRE_RADICAUX) for m in clause)
            and not formes_ & NEGATIONS
        ):
            continue  # « lui indiquons », « nous lui avons précisé »: the answer follows
        if formes_ <= CHARNIERES | CLITIQUES:
            continue
        return bool(formes_ & NEGATIONS)
    return False
