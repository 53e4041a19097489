"""How strongly a sentence reads as pressure on the debtor, learnt from the labelled sentences: the
review band's second reader (issue 14, « a sentence that scores as coercive without a rule firing »).

The rules of `regles.yaml` name acts; a creditor who knows « saisie » is forbidden writes « vous ne
dormirez plus tranquille » or « votre photo sera punaisée à l'entrée ». This reader weighs every
word instead: a naive Bayes model (multinomial) over each word's first six letters — a crude stem
that reads « saisirons » and « saisie » alike without a dictionary — marked « ¬ » when a negation
governs it and « ? » in a hypothesis or a question (`analyse.py`), over each pair of
consecutive stems and over each pair of stems one word apart (« sera … vendu », « votre … liste »:
what an adjective or an article between them would hide from a pair; `tests/tone/croisee.py`
measured what they add). Its weights are the log-ratio of a feature's frequency among the threats
and among the lawful sentences of the corpus and the studied held-out sets (`pression.json`, written by
`python -m tests.tone.pression`; a test says when it must be rewritten). A sentence whose log-odds
reach the file's `seuil` and that no rule named is « à relire » (TON-10): a warning, blocking with
`--strict`, quoting the words that weighed most. With an act of coercion a rule names asserted in
the same sentence, the two readings refuse it (TON-13, `phrases_lues.py`). Alone, it refuses a sentence
only from the file's `certain`: log-odds that no lawful sentence it learnt and the rules let
through reaches — a threat that reads as pressure more plainly than anything lawful the project
has seen (TON-17). The other way round, a sentence whose log-odds fall below the file's `veto`
reads as lawful so plainly that a rule of coercion refusing it is more likely wrong than right — the
procedure explained, an act denied —, and the clause that says the act reads as lawful too
(`veto_proposition`): the two readings disagree and a person decides (TON-16, `phrases_lues.py`).

>>> from dossier.tone.analyse import analyser
>>> a = analyser("votre photo sera affichee a l'entree du magasin tant que vous n'aurez pas paye.")
>>> cote, rangs = pression(a, a.phrases[0])
>>> cote > modele().seuil, [a.mots[r].forme for r in rangs]
(True, ['photo', 'affichee', 'entree'])
>>> a = analyser("nous restons a votre disposition pour convenir d'un echeancier.")
>>> pression(a, a.phrases[0])[0] < modele().seuil
True
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from dossier.tone.analyse import Analyse, Mot

RACINE = 6  # letters of a word kept as its stem
DEBUT = "^"  # the stem before a sentence's first word, for its first pair
QUOTES = 3  # words quoted as having weighed most


@dataclass(frozen=True)
class Modele:
    a_priori: float  # log P(threat) - log P(lawful)
    seuil: float  # log-odds from which a sentence is « à relire »
    veto: float  # log-odds under which a rule's act of coercion is only « à relire » (TON-16)
    veto_proposition: float  # … provided the clauses that say the act are under these log-odds too
    poids: dict[str, float]  # feature -> log-ratio of its frequency among threats and lawful sentences
    certain: float = math.inf  # log-odds from which the reading alone refuses the sentence (TON-17)


def racine(mot: Mot) -> str:
    return mot.forme[:RACINE]


def masque(mot: Mot) -> bool:
    """A name or an address of the claim, blanked by the linter (« xxxxx »): nothing to weigh —
    and « Lyon » or « SARL » must weigh nothing whatever the sentences learnt say of « XXXX »."""
    return not mot.forme.strip("x")


def marque(mot: Mot, question: bool) -> str:
    """« ¬ » for a denied or restricted word, « ? » for one in a hypothesis or a question."""
    return ("¬" if mot.nie or mot.restreint else "") + ("?" if mot.hypothese or question else "")


def traits(analyse: Analyse, phrase: tuple[int, int]) -> list[str]:
    """The features of the words [debut, fin) of `analyse`, in reading order (a feature met twice
    counts twice: the model is multinomial)."""
    debut, fin = phrase
    question = analyse.mots[debut].phrase in analyse.questions if fin > debut else False
    lus: list[str] = []
    avant_avant, avant = None, DEBUT
    for mot in analyse.mots[debut:fin]:
        if masque(mot):
            avant_avant, avant = None, DEBUT
            continue
        ici = racine(mot)
        lus.append(f"m:{marque(mot, question)}{ici}")
        lus.append(f"b:{avant}_{ici}")
        if avant_avant is not None:
            lus.append(f"s:{avant_avant}_{ici}")
        avant_avant, avant = avant, ici
    return lus


def pression(analyse: Analyse, phrase: tuple[int, int]) -> tuple[float, tuple[int, ...]]:
    """The log-odds that `phrase` is a threat — the prior plus the weight of each of its `traits`
    — and the ranks of the (at most three) asserted words of three letters or more whose own weight
    raised it most, in reading order: the pressure itself, not the condition « tant que vous
    n'aurez pas payé »."""
    modele_ = modele()
    poids = modele_.poids
    debut, fin = phrase
    question = analyse.mots[debut].phrase in analyse.questions if fin > debut else False
    cote = modele_.a_priori
    pesees = []
    avant_avant, avant = None, DEBUT
    for rang in range(debut, fin):  # `traits`, summed as it goes: a build weighs every sentence
        mot = analyse.mots[rang]
        if masque(mot):
            avant_avant, avant = None, DEBUT
            continue
        ici = racine(mot)
        signe = marque(mot, question)
        poids_du_mot = poids.get(f"m:{signe}{ici}", 0.0)
        cote += poids_du_mot + poids.get(f"b:{avant}_{ici}", 0.0)
        if avant_avant is not None:
            cote += poids.get(f"s:{avant_avant}_{ici}", 0.0)
        # a word of one or two letters (« de », « la », « à ») tells the reader nothing: never quoted
        if poids_du_mot > 0 and not signe and len(mot.forme) > 2:
            pesees.append((-poids_du_mot, rang))
        avant_avant, avant = avant, ici
    return cote, tuple(sorted(rang for _, rang in sorted(pesees)[:QUOTES]))


@cache
def modele() -> Modele:
    """`pression.json`: {"a_priori", "seuil", "poids": {weight: "feature\\nfeature…"}} — the
    features grouped by their weight (`tests/tone/pression.py`), which a fresh process reads three
    times faster than one number per feature."""
    lu = json.loads(resources.files("dossier.tone").joinpath("pression.json").read_text(encoding="utf-8"))
    poids: dict[str, float] = {}
    for valeur, traits_ in lu["poids"].items():
        poids.update(dict.fromkeys(traits_.split("\n"), float(valeur)))
    return Modele(lu["a_priori"], lu["seuil"], lu["veto"], lu["veto_proposition"], poids, lu["certain"])
