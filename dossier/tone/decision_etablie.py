"""A court's decision stated as existing in one sentence of a text, which licenses the procedure
words of the sentences after it (issue 14, the thirty-second pass): `linter.py` asks where the
first such sentence ends (`fin_de_la_decision`) and whether a later sentence still imitates an act
(`imite_un_acte`), which no real decision excuses.
"""

from __future__ import annotations

from bisect import bisect_left

from dossier.tone import prefixes
from dossier.tone.analyse import Analyse
from dossier.tone.motifs_yaml import expression_partagee, expressions
from dossier.tone.texte import TexteNormalise


def fin_de_la_decision(base: TexteNormalise, analyse: Analyse) -> int | None:
    """Where (in the source text) the first sentence of `base` ends that states a court's decision as
    existing, or None: the findings of TON-02 and TON-05 that the exceptions reading a decision
    served excuse in their own sentence (`lit_une_decision`: « @decision-signifiee »,
    « @delai-depuis-la-signification ») are excused in the sentences that follow it too. A letter
    is paragraphs: « Le jugement du 12 juin vous a été signifié. Nous avons chargé Maître Perrot,
    commissaire de justice, de son exécution » names the officer of a title that exists (CPCE
    L111-2, L111-3 1°: enforcement on a title, by a commissaire de justice), and « … ; vous disposez
    d'un mois pour former opposition » after an order signified describes the procedure (CPC 1411,
    1416). C. pén. 433-13 punishes a letter that imitates an act, not one that describes an act truly
    served. The decision is read as `decision-signifiee` reads it (served by an officer, no visit or
    deadline in its sentence, not by mail), and not where its verb is denied (« aucun jugement ne
    vous a été signifié »), supposed (« si le jugement vous a été signifié… ») or asked: a decision
    announced, hoped for or supposed licenses nothing, and nothing before it. Nor does a real
    decision license a sentence that imitates an act (`imite_un_acte`: « considérez ce courrier comme
    un commandement », « notre cabinet rendra un second jugement »); and the entries where the
    letter calls itself an act (`titre-pretendu`, `acte-notifie`, `acte`) read no decision at all."""
    source = expressions()["decision-signifiee"]
    expression = expression_partagee("decision-signifiee")
    for trouve in prefixes.correspondances(expression, base.texte, prefixes.departs(source)):
        debut, fin = trouve.span()
        premier = analyse.mot_a(debut)
        if premier is None:
            break
        apres = analyse.mot_a(fin)
        mots = analyse.mots[premier : len(analyse.mots) if apres is None else apres]
        verbes = [m for m in mots if m.forme.startswith("signifi")]
        if verbes and not any(m.nie or m.hypothese or m.phrase in analyse.questions for m in verbes):
            return base.etendue(debut, fin)[1]
    return None


def imite_un_acte(base: TexteNormalise, analyse: Analyse, position: int) -> bool:
    """The sentence that holds `position` (of the source text) imitates an act, which no decision
    stated before it excuses (motifs.yaml's `imitation-apres-decision`: the letter taken for an
    act, the creditor rendering or issuing one, the debtor summoned)."""
    rang = analyse.mot_a(bisect_left(base.origine, position))
    if rang is None:
        return False
    premier, dernier = analyse.phrases[analyse.mots[rang].phrase]
    phrase = base.texte[analyse.mots[premier].debut : analyse.mots[dernier - 1].fin]
    return expression_partagee("imitation-apres-decision").search(phrase) is not None
