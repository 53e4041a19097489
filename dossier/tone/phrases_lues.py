"""What the tone linter reads sentence by sentence once its patterns have run (`linter.examiner`).

The rules over lemmas (`regles.yaml`, `regles.py`) read the sentence cut into words; then the learnt
reader (`pression.py`, `pression.json`) weighs each sentence nothing refused: an act a rule names
in a sentence it reads as pressure (TON-13), a sentence more plainly pressure than any lawful one
it learnt (TON-17), else the review band (TON-10). Last, its veto: the refusals of a sentence it
reads as plainly lawful become « à relire » (TON-16). Each match is a `Rencontre`, the linter's
as well as these readings'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from dossier.codes import registre
from dossier.tone import prefixes
from dossier.tone.acte_seul import acte_affirme
from dossier.tone.analyse import Analyse
from dossier.tone.contexte import Contexte
from dossier.tone.decision_etablie import DecisionLue
from dossier.tone.exceptions_lues import couvert, zones_admises
from dossier.tone.jeu_de_regles import CONTRAINTE_LUE, LICITE_LUE, PRESSION_MANIFESTE, RELIRE, VETABLES, Regle
from dossier.tone.motifs_yaml import Motif, expression_partagee, expressions
from dossier.tone.pression import modele, pression
from dossier.tone.regles import a_relire, appliquer
from dossier.tone.texte import TexteNormalise


@dataclass(frozen=True)
class Rencontre:
    """A match, not yet a finding (`linter.constat_de`): the pattern or rule that read it, the words."""

    motif: Motif | Regle
    extrait: str  # the source words matched, spaces folded
    debut: int  # their span in the source text
    fin: int
    mots: tuple[str, ...] = ()  # TON-10: the words that made the sentence read as coercive


def par_les_regles(
    base: TexteNormalise,
    analyse: Analyse,
    zones: dict[str, list[tuple[int, int]]],
    contexte: Contexte,
    trouvees: list[Rencontre],
    decision: DecisionLue,
) -> list[Rencontre]:
    """The rules over lemmas (`regles.yaml`), then the learnt reader on the sentences that nothing
    refused: an act a rule names in a sentence it reads as pressure (TON-13), a sentence it reads
    as pressure more plainly than any lawful one it learnt (TON-17), else the review band (TON-10).
    A rule's finding that a pattern of the same code already made is not repeated."""
    admises = zones_admises(zones)
    # the law stated (« une saisie sur salaire supposerait de toute façon un jugement ») is read by
    # the rules as the patterns read it (`la-loi-enoncee`, motifs.yaml): no act asserted there —
    # looked for only where a rule or the reader found something (its expression is costly)
    memo: dict[str, list[tuple[int, int]]] = {}

    def enoncee() -> list[tuple[int, int]]:
        if "loi" not in memo:
            memo["loi"] = _loi_enoncee(base.texte)
        return memo["loi"]

    rencontres: list[Rencontre] = []
    for trouvee in appliquer(base.texte, analyse, civil=contexte.civil):
        regle = trouvee.regle
        masques = [z for cle in regle.hors for z in zones[cle]]
        if (
            couvert(trouvee.debut, trouvee.fin, zones_admises(zones, regle.categorie))
            or any(a < trouvee.fin and trouvee.debut < b for a, b in masques)
            or couvert(trouvee.debut, trouvee.fin, enoncee())
        ):
            continue
        a, b = base.etendue(trouvee.debut, trouvee.fin)
        if "noms" in regle.hors and _nom_propre(base.source, a, b):
            continue
        if any(r.motif.code == regle.code and a < r.fin and r.debut < b for r in (*trouvees, *rencontres)):
            continue
        if decision.excuse(regle.nom, False, a):
            continue  # a title's measure, in the hands of its officer (CPCE L111-2)
        rencontres.append(Rencontre(regle, base.extrait(trouvee.debut, trouvee.fin), a, b))
    if contexte.judiciaire:
        return rencontres  # the court documents name measures to the judge: no review band there
    deja = [*trouvees, *rencontres]
    # a warning (« service suspendu, à relire ») does not keep the reader from refusing the
    # sentence when it also asserts a constraint (TON-13): only a refusal already made does
    refusees = [r for r in deja if registre()[r.motif.code].severite == "bloquant"]
    for phrase in analyse.phrases:
        d, f = analyse.mots[phrase[0]].debut, analyse.mots[phrase[1] - 1].fin
        a, b = base.etendue(d, f)
        # a label or the contract's object names what was sold (« mobilier, vitrines »): the reader,
        # which learnt from sentences written to a debtor, would weigh the goods as goods threatened;
        # the rules still read it
        vendu = couvert(d, f, zones["libelles"])
        if vendu or couvert(d, f, admises) or any(r.debut < b and a < r.fin for r in refusees):
            continue
        avertie = any(r.debut < b and a < r.fin for r in deja)
        cote, rangs = pression(analyse, phrase)
        lue = cote >= modele().seuil  # the learnt reader reads it as pressure
        pesants = tuple(base.extrait(analyse.mots[r].debut, analyse.mots[r].fin) for r in rangs if lue)
        acte = _acte_lu(base, analyse, phrase, zones, contexte) if lue else None
        mots = () if acte else tuple(base.extrait(x, y) for x, y in a_relire(analyse, phrase)) or pesants
        # more plainly pressure than any lawful sentence learnt — unless every word of it is denied
        # (« Tu crois que je vais venir reprendre le canapé ? Non. »): the model weighs a denied word,
        # not the denial of a whole sentence, which no rule refuses either
        manifeste = cote >= modele().certain and not all(m.nie for m in analyse.mots[phrase[0] : phrase[1]])
        if (mots or lue) and couvert(d, f, enoncee()):  # an act or TON-17 needs `lue`
            continue
        if acte:
            rencontres.append(Rencontre(CONTRAINTE_LUE, base.extrait(d, f), a, b, (acte, *pesants)))
            continue
        if manifeste:
            rencontres.append(Rencontre(PRESSION_MANIFESTE, base.extrait(d, f), a, b, pesants))
            continue
        if (mots or lue) and not avertie:  # read as pressure, even with no word to quote (a question)
            rencontres.append(Rencontre(RELIRE, base.extrait(d, f), a, b, mots))
    return rencontres


# a capitalised word inside a sentence, after a preposition, is a name (« la consultation du 2
# septembre pour Filou »), unless a determiner, an epithet or a quantity before that preposition
# makes it a word again (« espèce de Voyou », « bande d'Escrocs », « trop de Menteurs »)
_NOM_PROPRE = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+")
# a name as the complement of a preposition (« la consultation pour Filou », « les vaccins de Rex »);
# not after a comma, where a capitalised word is the vocative of an insult (« Payez, Escroc. »)
_AVANT_LE_NOM = re.compile(r"(?i)\b(pour|de|du|d'|à|a|avec|chez|par)\s*$")
_DETERMINE = re.compile(
    r"(?i)\b(un|une|des|le|la|les|l'|ce|bonjour|bonsoir|salut|cher|chère|chere|monsieur|madame|mademoiselle|cet|cette|ces|quel|quelle|espece|espèce|sale|gros|vrai|petit|sacré|sacre|bande|êtes|etes|es|est|sont|restez|reste|vraiment|tellement|trop)\s+(de\s+|d'\s*)?$"
)


def _nom_propre(source: str, debut: int, fin: int) -> bool:
    """The words `source[debut:fin]` are one capitalised word written inside a sentence after a
    preposition, no determiner before it: a name (a pet's, a person's), not the debtor insulted."""
    if not _NOM_PROPRE.fullmatch(source[debut:fin]):
        return False
    avant = source[max(0, debut - 40) : debut]
    return bool(_AVANT_LE_NOM.search(avant)) and not _DETERMINE.search(avant)


def _loi_enoncee(texte: str) -> list[tuple[int, int]]:
    """The spans of `texte` (folded) that state the law on a measure (motifs.yaml's shared
    expression `la-loi-enoncee`: « seul un juge peut… », « … suppose un titre exécutoire »)."""
    zones = []
    departs = prefixes.departs(expressions()["la-loi-enoncee"])
    for trouve in prefixes.correspondances(expression_partagee("la-loi-enoncee"), texte, departs):
        # the law stops at a colon: « une saisie suppose un jugement : nous l'avons obtenu hier,
        # vos meubles seront saisis » states the law, then threatens
        debut, fin = trouve.span()
        deux_points = texte.find(":", debut, fin)
        zones.append((debut, fin if deux_points < 0 else deux_points))
    return zones


def _acte_lu(
    base: TexteNormalise,
    analyse: Analyse,
    phrase: tuple[int, int],
    zones: dict[str, list[tuple[int, int]]],
    contexte: Contexte,
) -> str | None:
    """The words of an act of coercion a rule names (`acte_seul.acte_affirme`) asserted in `phrase`,
    outside the parts of the text that rule sets aside, or None."""
    trouve = acte_affirme(analyse, phrase, civil=contexte.civil)
    if trouve is None:
        return None
    regle, x, y = trouve
    if analyse.mots[y - 1].fin - analyse.mots[x].debut < 3:  # « à » alone tells the reader nothing
        x, y = max(phrase[0], x - 1), min(phrase[1], y + 1)
    d, f = analyse.mots[x].debut, analyse.mots[y - 1].fin
    # (nor inside a wording the sentence names rather than uses: `termes_cites.py`)
    if any(a < f and d < b for cle in (*regle.hors, "termes") for a, b in zones[cle]):
        return None
    return base.extrait(d, f)


def lues_licites(base: TexteNormalise, analyse: Analyse, rencontres: list[Rencontre]) -> list[Rencontre]:
    """The refusals of a sentence that the learnt reader reads as plainly lawful (log-odds under
    its `veto`), when every one is an act of coercion lawful sentences also name (`VETABLES`),
    become « à relire » (TON-16, a warning, blocking with `--strict`): the two readings disagree,
    and a lawful sentence refused is the worse failure of a recovery letter. Each keeps its words
    and says which rule read them. The clauses that hold the act must read as lawful too (under the
    model's `veto_proposition`): a threat padded with courtesy (« …, et nous restons bien entendu
    à votre disposition pour convenir d'un échéancier ») sinks the sentence's log-odds, not those
    of the clause that says the act."""
    refus = [r for r in rencontres if registre()[r.motif.code].severite == "bloquant"]
    if not refus:
        return rencontres
    relues: dict[int, Rencontre] = {}
    for phrase in analyse.phrases:
        a, b = base.etendue(analyse.mots[phrase[0]].debut, analyse.mots[phrase[1] - 1].fin)
        ici = [r for r in refus if r.debut < b and a < r.fin]
        if (
            not ici
            or any(r.debut < a or b < r.fin or r.motif.code not in VETABLES for r in ici)
            or pression(analyse, phrase)[0] >= modele().veto
            or pression(analyse, _propositions_de(base, analyse, phrase, ici))[0] >= modele().veto_proposition
        ):
            continue
        for r in ici:
            lue = replace(
                LICITE_LUE,
                raison=f"{r.motif.raison} ({r.motif.code}), {LICITE_LUE.raison}",
                reference=f"{r.motif.reference} ; {LICITE_LUE.reference}",
                suggestion=f"{LICITE_LUE.suggestion} : {_minuscule(r.motif.suggestion)}",
            )
            relues[id(r)] = Rencontre(lue, r.extrait, r.debut, r.fin)
    return [relues.get(id(r), r) for r in rencontres]


def _propositions_de(
    base: TexteNormalise, analyse: Analyse, phrase: tuple[int, int], rencontres: list[Rencontre]
) -> tuple[int, int]:
    """The words [debut, fin) of the clauses of `phrase` that hold a word of `rencontres`."""
    tenues = {
        mot.proposition
        for mot in analyse.mots[phrase[0] : phrase[1]]
        if any(r.debut < b and a < r.fin for a, b in [base.etendue(mot.debut, mot.fin)] for r in rencontres)
    }
    rangs = [rang for rang in range(*phrase) if analyse.mots[rang].proposition in tenues]
    return (rangs[0], rangs[-1] + 1) if rangs else phrase


def _minuscule(phrase: str) -> str:
    return phrase[:1].lower() + phrase[1:]
