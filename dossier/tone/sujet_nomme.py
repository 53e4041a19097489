"""The noun that a rule marked `sujet: true` reads as its act's subject (`regles.yaml`): a
measure stated as a fact to come, with no one doing it — « la saisie aura lieu lundi », « qu'elle
pleure, la saisie se fera quand même », « l'expulsion est programmée » (issue 14, pass 39).

The act of such a rule is a verb of happening (« avoir lieu », « intervenir », « être programmé »)
and its companion the measure; the measure counts only as the one that happens: it opens the
act's clause, past its determiner, a word that opens a clause (« que », « mais ») or an adverb —
or it opens the clause just before, alone there, and a subject pronoun opening the act's clause
takes it up (« la saisie, elle aura lieu »). A measure named inside another subject (« la réunion
de médiation pour éviter la saisie aura lieu lundi ») or as a complement after the verb is not
what happens.

>>> from dossier.tone.analyse import analyser
>>> a = analyser("qu'elle pleure, la saisie aura lieu quand meme.")
>>> sujet_de_l_acte(a, (4, 5), 5)
True
>>> a = analyser("la reunion pour eviter la saisie aura lieu lundi.")
>>> sujet_de_l_acte(a, (5, 6), 6)
False
>>> a = analyser("la saisie, elle aura lieu.")
>>> sujet_de_l_acte(a, (1, 2), 3)
True

The measure may also stand alone as the sentence before, a question or a heading the act's
pronoun answers (« La saisie ? Elle aura lieu, point. »): the same measure taken up
(`mesure_de_la_phrase_d_avant`; pass 39 review).

>>> a = analyser("la saisie ? elle aura lieu, point.")
>>> mesure_de_la_phrase_d_avant(a, "mesure-d-execution", 4)
[(1, 2)]
>>> a = analyser("la saisie a ete evitee. elle aura lieu ailleurs.")
>>> mesure_de_la_phrase_d_avant(a, "mesure-d-execution", 7)
[]
"""

from __future__ import annotations

from dossier.tone.acteurs import debut_de_proposition
from dossier.tone.analyse import Analyse
from dossier.tone.mots_outils import CHARNIERES
from dossier.tone.rencontres import rencontres

# what may stand before the subject in its clause: a determiner, the word that opens the clause,
# an adverb of time or certainty (« et donc la saisie aura lieu », « objet : saisie prévue le 14 »),
# a negative determiner (« aucune saisie n'aura lieu »: the act's polarity then says it is denied)
AVANT_LE_SUJET = CHARNIERES | frozenset(
    {"le", "la", "les", "un", "une", "ce", "cet", "cette", "ces", "votre", "vos", "ton", "ta", "tes",
     "son", "sa", "ses", "leur", "leurs", "notre", "nos", "toute", "aucun", "aucune", "nul", "nulle",
     "desormais", "deja", "bien", "ainsi", "maintenant", "enfin", "ensuite", "puis", "aussi", "meme",
     "objet", "ref", "rappel", "info", "note"}
)  # fmt: skip
# the pronouns that take up the measure named alone in the clause before (« la saisie, elle … »)
REPRISES = frozenset({"il", "elle", "ils", "elles", "celle", "celui", "ca", "cela", "ce"})
# what gives the sentence before a verb of its own (« la saisie a été évitée. Elle aura lieu
# ailleurs. » is another sentence about it, not the measure asked and answered)
AUXILIAIRES = frozenset(
    {"est", "sont", "sera", "seront", "ont", "aura", "auront", "etait", "ete", "va", "vont", "serait",
     "aurait", "avait", "doit", "peut", "fut"}
)  # fmt: skip
# the words the measure's noun phrase may hold after it when it stands alone before the pronoun
# (« la saisie de vos meubles, elle aura lieu »)
COMPLEMENT = 5


def sujet_de_l_acte(analyse: Analyse, compagnon: tuple[int, int], acte: int) -> bool:
    """The measure `compagnon` (its words) is the subject of the act at `acte` (see the module's
    docstring)."""
    mots = analyse.mots
    debut, fin = compagnon
    if fin > acte:
        return False
    ouverture = debut_de_proposition(analyse, acte)
    if debut >= ouverture:
        return all(m.forme in AVANT_LE_SUJET for m in mots[ouverture:debut])
    # « la saisie, elle aura lieu »: the measure alone in the clause before, taken up
    if mots[ouverture].forme not in REPRISES or mots[debut].phrase != mots[acte].phrase:
        return False
    avant = debut_de_proposition(analyse, debut)
    return (
        mots[ouverture - 1].proposition == mots[debut].proposition
        and all(m.forme in AVANT_LE_SUJET for m in mots[avant:debut])
        and ouverture - fin <= COMPLEMENT
    )


def mesure_de_la_phrase_d_avant(analyse: Analyse, nom: str, acte: int) -> list[tuple[int, int]]:
    """The measure (lexicon `nom`) that the sentence before the act at `acte` holds alone — its
    determiner, the measure, at most `COMPLEMENT` words of its noun phrase (« La saisie ? »,
    « Votre expulsion. ») — when a subject pronoun opens the act's clause and takes it up
    (« Elle aura lieu, point. »): a threat split in two sentences is the same threat (CPCE L111-2;
    C. conso. L121-6, L121-7)."""
    mots = analyse.mots
    phrase = mots[acte].phrase
    ouverture = debut_de_proposition(analyse, acte)
    if phrase == 0 or mots[ouverture].forme not in REPRISES:
        return []
    debut, fin = analyse.phrases[phrase - 1]
    trouvees = rencontres(analyse, nom, debut, fin)
    if len(trouvees) != 1:
        return []
    d, f = trouvees[0]
    seule = all(m.forme in AVANT_LE_SUJET for m in mots[debut:d]) and fin - f <= COMPLEMENT
    # nothing but the noun phrase: no clause of its own in that sentence (« la saisie a été évitée »)
    sans_verbe = not any(m.forme in AUXILIAIRES for m in mots[debut:fin])
    return [trouvees[0]] if seule and sans_verbe else []
