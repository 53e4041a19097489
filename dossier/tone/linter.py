"""Reads a French text and reports what a debtor must never be told (docs/droit.md §2).

The patterns are data (`motifs.yaml`), each with its code, reason, reference and suggested
rewording. The text is folded first (`texte.py`: case, accents, apostrophes, hyphenation at line
ends, spaces), so a pattern matches « Huissier », « huis-⏎sier » and « HUISSIER » alike. Some
patterns only apply in a context (`si: civil`: the €40 indemnity named to a consumer), some admit
exceptions (`sauf`), and the verbatim legal quotations a letter must print (CPCE L111-8 al. 2-3)
are never flagged. `verifier_textes_libres` applies the linter to every text of the claim that a
letter prints verbatim; `dossier.tone.documents` to the letters' text read back from PDF and DOCX.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from dossier.codes import registre
from dossier.findings import Constat, Position, constat
from dossier.law.textes import textes_legaux
from dossier.model.claim import Creance
from dossier.tone import prefixes
from dossier.tone.analyse import Analyse, analyser
from dossier.tone.contexte import CIVIL, Contexte, textes_libres
from dossier.tone.decision_etablie import DecisionLue
from dossier.tone.exceptions_lues import Exceptions, Zones, couvert
from dossier.tone.jeu_de_regles import CONTRAINTE_LUE, LICITE_LUE, PRESSION_MANIFESTE, RELIRE, VETABLES, Regle
from dossier.tone.motifs_yaml import Motif, expression_partagee, expressions, motifs
from dossier.tone.prefixes import IndexDesPrefixes, candidats, candidats_hors, trouvailles
from dossier.tone.pression import modele, pression
from dossier.tone.regles import a_relire, acte_affirme, appliquer, paiement_conditionne
from dossier.tone.termes_cites import termes_rectifies
from dossier.tone.texte import Deux_casses, TexteNormalise, lectures_en_deux_casses, normaliser


@dataclass(frozen=True)
class Rencontre:
    motif: Motif | Regle
    extrait: str  # the source words matched, spaces folded
    debut: int  # their span in the source text
    fin: int
    mots: tuple[str, ...] = ()  # TON-10: the words that made the sentence read as coercive


@cache
def _citations() -> tuple[str, ...]:
    """The legal texts letters reproduce verbatim, folded: quoting the law is never a threat."""
    return tuple(normaliser(citation.texte).texte for citation in textes_legaux().values())


def _zones(texte: TexteNormalise, morceaux: Iterable[str]) -> list[tuple[int, int]]:
    """Where each of `morceaux` (folded, lower case) appears in `texte`, whatever its case: a
    letter may print a name in capitals that the claim writes in small letters."""
    lu = texte.texte.lower() if len(texte.texte.lower()) == len(texte.texte) else texte.texte
    zones = []
    for morceau in morceaux:
        if not morceau:
            continue
        debut = lu.find(morceau)
        while debut >= 0:
            zones.append((debut, debut + len(morceau)))
            debut = lu.find(morceau, debut + 1)
    return zones


@lru_cache(maxsize=16)
def _plies(textes: tuple[str, ...]) -> list[str]:
    """The claim's names, labels and summaries folded — once, not once per page read. Bounded: its
    keys are one claim's texts, and a batch worker reads claim after claim."""
    return [normaliser(t).texte for t in textes]


def _masquer(texte: str, zones: list[tuple[int, int]]) -> str:
    """`texte` with the characters of `zones` replaced by « x » (same length: spans still hold)."""
    if not zones:
        return texte
    morceaux = []
    suite = 0
    for debut, fin in sorted(zones):
        if fin <= suite:
            continue
        debut = max(debut, suite)
        morceaux += [texte[suite:debut], re.sub(r"\S", "x", texte[debut:fin])]
        suite = fin
    return "".join([*morceaux, texte[suite:]])


def examiner(
    texte: str, contexte: Contexte = CIVIL, deux_casses: Deux_casses | None = None
) -> list[Rencontre]:
    """Every pattern met in `texte`, with the source excerpt it matched, in reading order.
    `deux_casses`: `lectures_en_deux_casses(texte)`, when the caller made it already.

    >>> [r.motif.code for r in examiner("Sans paiement, nous saisirons vos meubles.")]
    ['TON-01']
    >>> examiner("À défaut de règlement, nous pourrons saisir la juridiction compétente.")
    []
    >>> [r.extrait for r in examiner("une indemnité forfaitaire de 40 €")]
    ['indemnité forfaitaire']
    >>> examiner("une indemnité forfaitaire de 40 €", Contexte(civil=False))
    []
    >>> [r.motif.code for r in examiner("rendre une ordonnance portant injonction de payer")]
    ['TON-02']
    >>> examiner("rendre une ordonnance portant injonction de payer", Contexte(civil=True, judiciaire=True))
    []
    """
    lectures = dict(zip((True, False), deux_casses or lectures_en_deux_casses(texte), strict=True))
    # per reading: the lawful quotations, the claim's labels, its names, the quoted summaries
    zones: dict[int, dict[str, list[tuple[int, int]]]] = {}
    autres = {
        "libelles": _plies(contexte.libelles),
        "noms": _plies(contexte.noms),
        "citations": _plies(contexte.citations),
    }
    for casse, plies in lectures.items():
        for v in plies:
            zones[id(v)] = {cle: _zones(v, morceaux) for cle, morceaux in autres.items()}
            zones[id(v)]["loi"] = [] if casse else _zones(v, _citations())
            zones[id(v)]["termes"] = termes_rectifies(v.texte)  # a word withdrawn is named, not used
    base = lectures[False][0]  # the lower-case reading, line-end hyphens joined: what the rules read
    # the parties' names set aside: « Atelier Morel » or « Garage du Centre » is no property seized
    analyse = analyser(_masquer(base.texte, zones[id(base)]["noms"]))
    rencontres: list[Rencontre] = []
    masques: dict[Lecture, tuple[str, list[tuple[int, int]]]] = {}  # a reading blanked, and where
    departs: dict[Lecture, dict[str, list[int]]] = {}  # per reading: where to try each pattern
    zones_sauf: dict[tuple[object, str], Zones] = {}  # per reading blanked: each exception's zones
    decision = DecisionLue(base, analyse)  # a decision stated in the text, read once asked for
    for motif in motifs():
        if (motif.si == "civil" and not contexte.civil) or (motif.si == "amiable" and contexte.judiciaire):
            continue
        etendues: list[tuple[int, int]] = []
        for variante in lectures[motif.brut]:
            ici = zones[id(variante)]
            admises = ici["loi"] + ici["citations"] + ici["termes"]
            # a label or a name is blanked out, not just excused: « ATELIER DURAND SARL ; IBAN »
            # is no sentence in capitals once the name is set aside
            cle = (id(variante), motif.hors)
            if cle not in masques:
                blancs = [z for partie in motif.hors for z in ici[partie]]
                masques[cle] = _masquer(variante.texte, blancs), blancs
            lu, blancs = masques[cle]
            exceptions = Exceptions(motif, lu, cle, zones_sauf)  # read as far as a match needs
            for debut, fin in _trouvailles(motif, lu, departs, cle, (variante.texte, blancs)):
                if fin == debut or couvert(debut, fin, admises) or exceptions.couvrent(debut, fin):
                    continue
                if motif.negation is not None and motif.negation.search(
                    variante.texte, max(0, debut - 80), debut
                ):
                    continue
                a, b = variante.etendue(debut, fin)
                if any(a < y and x < b for x, y in etendues):
                    continue  # the other reading of a line-end hyphen found it already
                if any(r.motif.code == motif.code and r.debut < b and a < r.fin for r in rencontres):
                    continue  # another pattern of the same code read these words: one finding
                if motif.affirmee and _dementi(analyse, _mots_en(base, analyse, a, b), motif.assertion):
                    continue
                if decision.excuse(motif.nom, motif.lit_une_decision, a):
                    continue  # a decision stated in the text, or its measure by its officer
                etendues.append((a, b))
                rencontres.append(Rencontre(motif, variante.extrait(debut, fin), a, b))
    rencontres += _par_les_regles(base, analyse, zones[id(base)], contexte, rencontres, decision)
    if not contexte.judiciaire:  # the court documents name measures to the judge: no reader there
        rencontres = _lues_licites(base, analyse, rencontres)
    return sorted(rencontres, key=lambda r: (r.debut, r.motif.code))


def _lues_licites(base: TexteNormalise, analyse: Analyse, rencontres: list[Rencontre]) -> list[Rencontre]:
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


@cache
def _index_des_prefixes(brut: bool) -> IndexDesPrefixes:
    """First letters → the names of the patterns (of that reading) that may begin with them."""
    index: dict[str, list[str]] = {}
    for motif in motifs():
        if motif.brut == brut and motif.prefixes is not None:
            for debut in motif.prefixes:
                index.setdefault(debut, []).append(motif.nom)
    return IndexDesPrefixes(index)


Lecture = tuple[int, tuple[str, ...]]  # a reading (its id) with the claim's texts it blanks (`hors`)


def _trouvailles(
    motif: Motif,
    lu: str,
    departs: dict[Lecture, dict[str, list[int]]],
    cle: Lecture,
    non_masque: tuple[str, list[tuple[int, int]]],
) -> list[tuple[int, int]]:
    """`motif.expression.finditer(lu)`'s spans — tried only where its first letters begin a word,
    those places found for every pattern in one scan of the reading (prefixes.py); `lu` is that
    reading, `non_masque[0]`, with the zones `non_masque[1]` blanked: its word starts are the
    reading's, but near those zones (`candidats_hors`)."""
    if motif.prefixes is None:  # tried where it can begin, if that can be read (`departs`)
        trouves = prefixes.correspondances(motif.expression, lu, prefixes.departs(motif.source))
        return [trouve.span() for trouve in trouves]
    ici = departs.get(cle)
    if ici is None:
        index = _index_des_prefixes(motif.brut)
        lecture, hors = cle
        if not hors:
            ici = departs[cle] = candidats(lu, index)
        else:
            texte, blancs = non_masque
            entier = departs.get((lecture, ()))
            if entier is None:
                entier = departs[(lecture, ())] = candidats(texte, index)
            ici = departs[cle] = candidats_hors(lu, index, entier, blancs)
    positions = ici.get(motif.nom)
    # no place to try: the pattern is not even compiled (a fresh process compiles only what it reads)
    return trouvailles(motif.expression, lu, positions) if positions else []


def _mots_en(base: TexteNormalise, analyse: Analyse, debut: int, fin: int) -> range:
    """The words of `analyse` (read from `base`) within [debut, fin) of the source text."""
    premier = analyse.mot_a(bisect_left(base.origine, debut))
    if premier is None:
        return range(0)
    dernier = analyse.mot_a(bisect_left(base.origine, fin))
    return range(premier, len(analyse.mots) if dernier is None else max(dernier, premier + 1))


def _dementi(analyse: Analyse, rangs: range, assertion: bool) -> bool:
    """A word of the match is denied (« ne … pas », « aucun », « ni ») or restricted (« ne … que »)
    and no payment hangs on it; or — for an `assertion` — it opens in a hypothesis (« si … ») or
    a question."""
    if not rangs:
        return False
    mots = [analyse.mots[r] for r in rangs]
    # a payment the denial hangs on is looked for on its side of a colon: « ceci n'est pas un acte
    # d'huissier : réglez avant le 22 » hangs nothing on the payment
    if any(m.nie or m.restreint for m in mots):
        # the fee the match names, or another fee denied beside it (« pas de frais de dossier, ni
        # de frais de relance »), is no payment the denial hangs on
        phrase = analyse.segment(rangs[0])
        frais_nies = {r for r in range(*phrase) if analyse.mots[r].forme == "frais" and analyse.mots[r].nie}
        if not paiement_conditionne(analyse, phrase, frozenset(rangs) | frais_nies):
            return True
    return assertion and (mots[0].hypothese or mots[0].phrase in analyse.questions)


def _par_les_regles(
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
    admises = zones["loi"] + zones["citations"] + zones["termes"]
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
            couvert(trouvee.debut, trouvee.fin, admises)
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
    """The words of an act of coercion a rule names (`regles.acte_affirme`) asserted in `phrase`,
    outside the parts of the text that rule sets aside, or None."""
    trouve = acte_affirme(analyse, phrase, civil=contexte.civil)
    if trouve is None:
        return None
    regle, x, y = trouve
    if analyse.mots[y - 1].fin - analyse.mots[x].debut < 3:  # « à » alone tells the reader nothing
        x, y = max(phrase[0], x - 1), min(phrase[1], y + 1)
    d, f = analyse.mots[x].debut, analyse.mots[y - 1].fin
    if any(a < f and d < b for cle in regle.hors for a, b in zones[cle]):
        return None
    return base.extrait(d, f)


def constat_de(rencontre: Rencontre, quoi: str, **lieu: object) -> Constat:
    """The finding for one match: `quoi` names the text (« message libre », « relance-1.pdf »)."""
    motif = rencontre.motif
    mots = f" (mots relevés : {', '.join(f'« {m} »' for m in rencontre.mots)})" if rencontre.mots else ""
    return constat(
        motif.code,
        f"{quoi} : {motif.raison} — « {rencontre.extrait} »{mots}",
        que_faire=f"{motif.suggestion} ({motif.reference})",
        extrait=rencontre.extrait,
        **lieu,  # type: ignore[arg-type]
    )


def sans_doublons(constats: Iterable[Constat]) -> list[Constat]:
    """One finding per (code, place, excerpt): two entries of one code on the same words (« saisie
    sur salaire » is a seizure named and a seizure of wages) make one finding, not two."""
    vus: dict[tuple[str, Position | None, object, str | None], Constat] = {}
    for c in constats:
        vus.setdefault((c.code, c.ou, c.document, c.extrait), c)
    return list(vus.values())


def verifier_textes_libres(creance: Creance) -> list[Constat]:
    """The claim's free texts, before any letter prints them (they point at claim.yaml).

    A label or the contract's object names the service sold: patterns marked `hors: [libelles]`
    (a visit, a report, a file fee…) do not read it, threats to the debtor do. An exchange's
    summary (`echanges[].resume`) is read like any free text — the court's historique quotes it —
    unless it records the debtor's own words (`auteur: debiteur`: « M. X dit qu'il portera
    plainte » is no threat of ours); those are quoted as they are (`Contexte.citations`).
    """
    contexte = Contexte.de(creance)
    return sans_doublons(
        constat_de(rencontre, nom, ou=ou)
        for texte, ou, nom in textes_libres(creance)
        for rencontre in examiner(texte, contexte)
    )
