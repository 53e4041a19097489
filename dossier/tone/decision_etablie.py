"""A court's decision stated as existing in one sentence of a text, which licenses the procedure
words of every sentence of it (issue 14, the thirty-second and thirty-third passes): `linter.py`
asks whether the text states one (`DecisionLue.etablie`) and whether the sentence of a finding still
imitates an act (`imite_un_acte`), which no real decision excuses.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from dossier.tone import prefixes
from dossier.tone.analyse import Analyse, Mot
from dossier.tone.motifs_yaml import MESURES_APRES_UNE_DECISION, expression_partagee, expressions
from dossier.tone.texte import TexteNormalise


def _titre(base: TexteNormalise, analyse: Analyse) -> bool:
    """A decision the text says served, rendered by a named court or enforceable: a title, which
    its officer may execute (CPC 503; CPCE L111-2, L111-3 1°) — unlike one merely named (`_nommee`)."""
    return (
        _signifiee(base, analyse)
        or _rendue(base, analyse)
        or _executoire(base, analyse)
        or _acte_de_l_officier(base, analyse)
        or _datee_en_force(base, analyse)
    )


def _datee_en_force(base: TexteNormalise, analyse: Analyse) -> bool:
    """A decision the text dates and says final or executory, or the title it gave
    (`decision-datee-en-force`: « Jugement du 12/05 devenu définitif », « le jugement du 3 octobre
    nous a donné un titre exécutoire »), its words neither denied, supposed nor asked: a title
    (CPC 500-501; CPCE L111-3 1°), dated as a decision is (CPC 454), told of in one sentence as a
    file's notes do.

    >>> from dossier.tone.texte import lectures_en_deux_casses
    >>> from dossier.tone.analyse import analyser
    >>> def lu(t):
    ...     base = lectures_en_deux_casses(t)[1][0]
    ...     return _datee_en_force(base, analyser(base.texte))
    >>> lu("Jugement du 4 mars devenu définitif ; le solde reste dû.")
    True
    >>> lu("Le jugement du 4 mars sera bientôt définitif.")
    False
    >>> lu("Le jugement du 4 mars, validé par le tribunal, est définitif : payez sous 48 h.")
    False
    """
    return _affirme("decision-datee-en-force", base, analyse)


def _acte_de_l_officier(base: TexteNormalise, analyse: Analyse) -> bool:
    """An act of execution the text dates and gives to a named commissaire de justice
    (`acte-de-l-officier-date`: « Maître Dufour, commissaire de justice, vous a signifié le 1er
    décembre un commandement de payer »), its words neither denied, supposed nor asked: such an act
    is made only on a title (CPCE L111-2, L221-1, R221-1), and an act names its officer and its day
    (CPC 648, 654).

    >>> from dossier.tone.texte import lectures_en_deux_casses
    >>> from dossier.tone.analyse import analyser
    >>> def lu(t):
    ...     base = lectures_en_deux_casses(t)[1][0]
    ...     return _acte_de_l_officier(base, analyser(base.texte))
    >>> lu("Maître Roy, commissaire de justice, vous a signifié le 3 mai un commandement de payer.")
    True
    >>> lu("Maître Roy, commissaire de justice, vous signifiera le 3 mai un commandement de payer.")
    False
    >>> lu("Si Maître Roy, commissaire de justice, vous a signifié le 3 mai un commandement, appelez-le.")
    False
    """
    return _affirme("acte-de-l-officier-date", base, analyse)


def _affirme(nom: str, base: TexteNormalise, analyse: Analyse) -> bool:
    """Pattern `nom` met somewhere in the text, its words neither denied, supposed nor asked."""
    for debut, fin in _trouvees(nom, base, None):
        mots = _mots(analyse, debut, fin)
        if mots and _affirmes(analyse, mots):
            return True
    return False


def _signifiee(base: TexteNormalise, analyse: Analyse) -> bool:
    """A decision said served, its verb « signifié » neither denied, supposed nor asked."""
    for debut, fin in _trouvees("decision-signifiee", base, None):
        mots = _mots(analyse, debut, fin)
        verbes = [m for m in mots if m.forme.startswith("signifi")]
        if verbes and _affirmes(analyse, verbes):
            return True
    return False


def _rendue(base: TexteNormalise, analyse: Analyse) -> bool:
    """A decision said rendered by a named court, the words that say so neither supposed nor asked,
    and nothing of their sentence denied: « l'ordonnance rendue par le président du tribunal, que
    nous n'avons pas encore demandée » states none."""
    for debut, fin in _trouvees("decision-rendue", base, "acte"):
        mots = _mots(analyse, debut, fin)
        if not mots or not _affirmes(analyse, mots):
            continue
        premier, dernier = analyse.phrases[mots[0].phrase]
        if not any(m.nie for m in analyse.mots[premier:dernier]):
            return True
    return False


def _executoire(base: TexteNormalise, analyse: Analyse) -> bool:
    """An order or a judgment said executory, the month to oppose gone by without an opposition
    (`titre-devenu-executoire`, CPC 1422-1423: « non frappée d'opposition dans le délai d'un mois »,
    « revêtue de la formule exécutoire »), its words neither supposed nor asked."""
    for debut, fin in _trouvees("titre-devenu-executoire", base, None):
        mots = _mots(analyse, debut, fin)
        if mots and not any(m.hypothese or m.phrase in analyse.questions for m in mots):
            return True
    return False


def _nommee(base: TexteNormalise, analyse: Analyse) -> bool:
    """A decision named as one the debtor knows (`decision-nommee`: « le jugement du 8 octobre reste
    exécutoire », « le juge a statué », « vous avez été condamné »), its words neither supposed nor
    asked, a verb that says it was rendered not denied — in a text that nowhere says there is no
    decision yet (`decision-pas-encore`: « notre requête est pendante », « sans attendre la
    décision »): CPC 480 and CPCE L111-3 1° know the judgment rendered; CPCE L111-2 forbids acting
    before one, and C. pén. 433-13 the letter that invents one. The decision is told of, not
    brandished: the text has more than one sentence, and the decision's sentence dates it
    (`decision-datee`) or the text, beside the words that name the decision, speaks of the court
    stage (`stade-judiciaire`: its service, its execution, its officer, the plan that suspends
    it) or stands the decision behind what the letter grants (`decision-en-toile-de-fond`: an offer,
    sympathy, a receipt, a balance, a file closed — « malgré le jugement, nous restons disposés à un
    règlement échelonné », and no deadline, ultimatum or visit anywhere in the text:
    `decision-brandie-ailleurs`) — a one-line « le tribunal vous a condamné à payer 540 € » reads as the
    amicable stage's invented judgment.

    >>> from dossier.tone.texte import lectures_en_deux_casses
    >>> from dossier.tone.analyse import analyser
    >>> def lu(t):
    ...     base = lectures_en_deux_casses(t)[1][0]
    ...     return _nommee(base, analyser(base.texte))
    >>> lu("Nous vous avons accordé deux reports depuis le jugement. L'échéancier reste ouvert.")
    True
    >>> lu("Le tribunal vous a condamné à payer la somme de 540 €.")
    False
    >>> lu("Malgré le jugement, nous restons disposés à étudier vos propositions. Merci.")
    True
    >>> lu("Le solde du jugement est de 900 €. Il ne vous reste que trois jours pour le régler.")
    False
    >>> lu("Le jugement à intervenir vous condamnera.")
    False
    >>> lu("Le juge n'a pas statué. Le jugement vous condamne.")
    False
    >>> lu("Si le tribunal vous a condamné, réglez auprès de son greffe. Merci.")
    False
    """
    # the text's sentences to their full stops (`analyse.phrases` also cuts at « ; »)
    bornes = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]*", base.texte) if m.group().strip()]
    if len(bornes) < 2 or expression_partagee("decision-pas-encore").search(base.texte):
        return False
    phrases = [base.texte[a:b] for a, b in bornes]
    for debut, fin in _trouvees("decision-nommee", base, "acte"):
        mots = _mots(analyse, debut, fin)
        if not mots or any(m.hypothese or m.phrase in analyse.questions for m in mots):
            continue
        verbe = mots[-1]  # the decision's noun, or the verb that says it was rendered
        if verbe.nie and not verbe.forme.startswith(("jugement", "ordonnance", "condamnation", "arret")):
            continue
        ici = next(i for i, (a, b) in enumerate(bornes) if a <= debut < b)
        autour = [base.texte[bornes[ici][0] : debut] + " " + base.texte[fin : bornes[ici][1]]]
        ailleurs = (*phrases[:ici], *autour, *phrases[ici + 1 :])
        if expression_partagee("decision-datee").search(phrases[ici]) or any(
            expression_partagee("stade-judiciaire").search(p) for p in ailleurs
        ):
            return True
        if any(expression_partagee("decision-en-toile-de-fond").search(p) for p in ailleurs) and not (
            expression_partagee("decision-brandie-ailleurs").search(base.texte)
        ):
            return True
    return False


def _trouvees(nom: str, base: TexteNormalise, groupe: str | None) -> Iterator[tuple[int, int]]:
    """The spans (of the folded text) that the shared expression `nom` finds, or its `groupe`."""
    expression = expression_partagee(nom)
    for trouve in prefixes.correspondances(expression, base.texte, prefixes.departs(expressions()[nom])):
        yield trouve.span(groupe or 0)


def _mots(analyse: Analyse, debut: int, fin: int) -> tuple[Mot, ...]:
    premier = analyse.mot_a(debut)
    if premier is None:
        return ()
    apres = analyse.mot_a(fin)
    return analyse.mots[premier : len(analyse.mots) if apres is None else apres]


def _affirmes(analyse: Analyse, mots: Iterable[Mot]) -> bool:
    return not any(m.nie or m.hypothese or m.phrase in analyse.questions for m in mots)


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


def mesure_de_l_officier(base: TexteNormalise, position: int, nom: str) -> bool:
    """The sentence that holds `position` (to its full stop) matches the shared expression `nom`:
    it gives the seizure it names to the commissaire de justice (or to the greffe of the juge de
    l'exécution), with no one of ours seizing, no employer told by us, no day, hours or visit
    (`mesure-par-l-officier`), or the employer told by the act of seizure (`tiers-de-la-saisie`),
    or the costs of the execution borne by the debtor (`frais-de-l-execution-sur-titre`): once a
    title exists, what CPCE L111-2, L111-8, L211-1, L221-1 and C. trav. R3252-1 let its officer do,
    described truly."""
    ici = bisect_left(base.origine, position)
    debut = max(base.texte.rfind(fin, 0, ici) for fin in ".!?") + 1
    fins = [f for f in (base.texte.find(fin, ici) for fin in ".!?") if f >= 0]
    phrase = base.texte[debut : min(fins, default=len(base.texte))]  # to its full stop, « ; » within
    return expression_partagee(nom).match(phrase) is not None


class DecisionLue:
    """What a text's decision excuses, the decision read once, when a finding first asks
    (`linter.examiner` and its rules): an entry that reads one (`lit_une_decision`) outside a
    sentence that imitates an act, and a measure of `MESURES_APRES_UNE_DECISION` in a sentence
    that gives it to the officer of a title the text says served or enforceable (CPCE L111-2,
    L111-3 1°; CPC 503)."""

    def __init__(self, base: TexteNormalise, analyse: Analyse) -> None:
        self.base, self.analyse = base, analyse
        self._titre: bool | None = None
        self._nommee: bool | None = None
        self._executoire: bool | None = None

    def titre(self) -> bool:
        if self._titre is None:
            self._titre = _titre(self.base, self.analyse)
        return self._titre

    def nommee(self) -> bool:
        if self._nommee is None:
            self._nommee = _nommee(self.base, self.analyse)
        return self._nommee

    def etablie(self) -> bool:
        """Whether a sentence of the text states a court's decision as existing: the findings of TON-02
        and TON-05 that the exceptions reading a decision served excuse in their own sentence
        (`lit_une_decision`: « @decision-signifiee », « @delai-depuis-la-signification »), and the
        commissaire de justice named (`officier-ministeriel`), are excused in every sentence of the
        text, before it as after it. A letter is paragraphs: « Par jugement du 18 septembre, le tribunal
        judiciaire de Rennes vous a condamnée à nous verser 4 320 €. Ce jugement vous a été signifié le
        2 octobre » names a decision in one sentence and its service in the next; « Le jugement du 12
        juin vous a été signifié. Nous avons chargé Maître Perrot, commissaire de justice, de son
        exécution » names the officer of a title that exists (CPCE L111-2, L111-3 1°: enforcement on a
        title, by a commissaire de justice); « … ; vous disposez d'un mois pour former opposition »
        describes the procedure (CPC 1411, 1416). C. pén. 433-13 punishes a letter that imitates an
        act, not one that describes an act truly served or a judgment truly rendered.

        The decision is read as `decision-signifiee` reads it (served by an officer, no visit or
        deadline in its sentence, not by mail), or as `decision-rendue` does (rendered against the
        debtor by a court the sentence names, dated, final or enforceable), and not where its verb is
        denied (« aucun jugement ne vous a été signifié »), supposed (« si le tribunal vous a
        condamné… ») or asked: a decision announced, hoped for or supposed licenses nothing. Nor does a
        real decision license a sentence that imitates an act (`imite_un_acte`: « considérez ce courrier
        comme un commandement », « notre cabinet rendra un second jugement »); and the entries where the
        letter calls itself an act (`titre-pretendu`, `acte-notifie`, `acte`) read no decision at all.
        Each of its readings is made once, when first asked."""
        return self.titre() or self.nommee()

    def executoire(self) -> bool:
        """A decision the text states and says served or enforceable: only such a decision is
        executed (CPC 503: a judgment is executed once notified; CPCE L111-2, L111-3 1°) — a
        decision merely named (`_nommee`) licenses its words, not its measures, unless the text
        says its title stands (`titre-en-etat`)."""
        if self._executoire is None:
            self._executoire = self.titre() or (
                expression_partagee("titre-en-etat").search(self.base.texte) is not None and self.nommee()
            )
        return self._executoire

    def excuse(self, nom: str, lit_une_decision: bool, position: int) -> bool:
        """Whether the finding of entry `nom` at `position` (of the source text) is excused."""
        if lit_une_decision and self.etablie() and not imite_un_acte(self.base, self.analyse, position):
            return True
        sur_titre = MESURES_APRES_UNE_DECISION.get(nom)
        return (
            sur_titre is not None
            and mesure_de_l_officier(self.base, position, sur_titre)
            and self.executoire()
        )
