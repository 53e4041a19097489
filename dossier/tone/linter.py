"""Reads a French text and reports what a debtor must never be told (docs/droit.md §2).

The patterns are data (`motifs.yaml`), each with its code, reason, reference and suggested
rewording. The text is folded first (`texte.py`: case, accents, apostrophes, hyphenation at line
ends, spaces), so a pattern matches « Huissier », « huis-⏎sier » and « HUISSIER » alike. Some
patterns only apply in a context (`si: civil`: the €40 indemnity named to a consumer), some admit
exceptions (`sauf`), and the verbatim legal quotations a letter must print (CPCE L111-8 al. 2-3)
are never flagged. `verifier_textes_libres` applies the linter to every text of the claim that a
letter prints verbatim; `dossier.tone.documents` to the letters' text read back from PDF and DOCX.
The rules over lemmas and the learnt reader then read the text sentence by sentence (`phrases_lues.py`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import cache, lru_cache

from dossier.findings import Constat, Position, constat
from dossier.law.textes import textes_legaux
from dossier.model.claim import Creance
from dossier.tone import prefixes
from dossier.tone.analyse import Analyse, analyser
from dossier.tone.contexte import CIVIL, Contexte, textes_libres
from dossier.tone.decision_etablie import DecisionLue
from dossier.tone.erreurs_reconnues import erreurs_reconnues
from dossier.tone.exceptions_lues import Exceptions, Zones, couvert, zones_admises
from dossier.tone.litteraux import departs_possibles, possible, pour_les_etendues
from dossier.tone.motifs_yaml import Motif, expression_partagee, expressions, motifs
from dossier.tone.phrases_lues import Rencontre, lues_licites, par_les_regles
from dossier.tone.prefixes import IndexDesPrefixes, candidats, candidats_hors, trouvailles
from dossier.tone.regles import paiement_conditionne
from dossier.tone.termes_cites import termes_rectifies
from dossier.tone.texte import Deux_casses, TexteNormalise, lectures_en_deux_casses, normaliser


@cache
def _citations() -> tuple[str, ...]:
    """The legal texts letters reproduce verbatim, folded: quoting the law is never a threat."""
    return tuple(normaliser(citation.texte).texte for citation in textes_legaux().values())


def _zones(texte: TexteNormalise, morceaux: Iterable[str]) -> list[tuple[int, int]]:
    """Where each of `morceaux` (folded, lower case) appears in `texte`, whatever its case: a
    letter may print a name in capitals that the claim writes in small letters."""
    bas = texte.texte.lower()
    lu = bas if len(bas) == len(texte.texte) else texte.texte
    zones = []
    for morceau in morceaux:
        if not morceau:
            continue
        debut = lu.find(morceau)
        while debut >= 0:
            zones.append((debut, debut + len(morceau)))
            debut = lu.find(morceau, debut + 1)
    return zones


class _ZonesDeLaLecture(dict[str, list[tuple[int, int]]]):
    """A reading's zones, each found the first time it is asked for: the claim's labels, names and
    quoted summaries (`autres`), the lawful quotations (« loi », not in capitals), the terms a
    sentence withdraws (« termes »: a word withdrawn is named, not used), the clauses where the
    creditor owns up to a mistake (« erreurs »: the fee rules do not read them), the costs loi
    n° 65-557 art. 10-1 a puts on a co-owner from the mise en demeure (« copropriete »: nor these),
    and between professionals the penalties, the €40 indemnity and the costs beyond it on proof that
    C. com. L441-10 II gives (« professionnels »: none for a civil debtor). The rules read the
    lower-case reading's; a pattern asks only where it matched — most patterns on most pages
    match nowhere, and the capitalised reading's are then never worked out."""

    def __init__(
        self, lecture: TexteNormalise, casse: bool, autres: dict[str, list[str]], civil: bool = True
    ) -> None:
        super().__init__()
        self.lecture, self.casse, self.autres, self.civil = lecture, casse, autres, civil

    def __missing__(self, cle: str) -> list[tuple[int, int]]:
        if cle in self.autres:
            trouvees = _zones(self.lecture, self.autres[cle])
        elif cle == "loi":
            trouvees = [] if self.casse else _zones(self.lecture, _citations())
        elif cle == "termes":
            trouvees = termes_rectifies(self.lecture.texte)
        elif cle == "erreurs":
            trouvees = erreurs_reconnues(self.lecture.texte)
        elif cle == "copropriete":  # loi n° 65-557 art. 10-1 a: the costs the law puts on a co-owner
            trouvees = _etendues("frais-de-copropriete", self.lecture.texte)
        elif cle == "professionnels":  # C. com. L441-10 II: what a professional debtor owes by law
            trouvees = [] if self.civil else _etendues("accessoires-entre-professionnels", self.lecture.texte)
        else:
            raise KeyError(cle)
        self[cle] = trouvees
        return trouvees


def _etendues(expression: str, texte: str) -> list[tuple[int, int]]:
    """The spans of the shared expression `expression` (motifs.yaml) in `texte`, empty ones left out:
    `finditer`'s, tried only where a match can begin (`prefixes.departs`), as `phrases_lues._loi_enoncee`."""
    departs = prefixes.departs(expressions()[expression])
    trouvees = prefixes.correspondances(expression_partagee(expression), texte, departs)
    return [m.span() for m in trouvees if m.end() > m.start()]


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
            zones[id(v)] = _ZonesDeLaLecture(v, casse, autres, contexte.civil)
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
            # a label or a name is blanked out, not just excused: « ATELIER DURAND SARL ; IBAN »
            # is no sentence in capitals once the name is set aside
            cle = (id(variante), motif.hors)
            if cle not in masques:
                blancs = [z for partie in motif.hors for z in ici[partie]]
                masques[cle] = _masquer(variante.texte, blancs), blancs
            lu, blancs = masques[cle]
            trouvees = _trouvailles(motif, lu, departs, cle, (variante.texte, blancs))
            if not trouvees:
                continue  # most patterns, most pages: nothing more to set up
            admises = zones_admises(ici, motif.categorie)
            exceptions = Exceptions(motif, lu, cle, zones_sauf)  # read as far as a match needs
            for debut, fin in trouvees:
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
    rencontres += par_les_regles(base, analyse, zones[id(base)], contexte, rencontres, decision)
    if not contexte.judiciaire:  # the court documents name measures to the judge: no reader there
        rencontres = lues_licites(base, analyse, rencontres)
    return sorted(rencontres, key=lambda r: (r.debut, r.motif.code))


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
    reading's, but near those zones (`candidats_hors`). Only spans are read: the expression is
    tried without its captures (`litteraux.sans_captures`), the same matches found faster."""
    if motif.prefixes is None:  # tried where it can begin, if that can be read (`departs`)
        d = prefixes.departs(motif.source)
        if d is None and not possible(motif.source, lu):
            return []  # else scanned whole: first, are the words it needs there (litteraux.py)?
        if d is not None:  # nor tried where only branches whose words are not there can begin
            d = departs_possibles(motif.source, lu, d)
        return [trouve.span() for trouve in prefixes.correspondances(pour_les_etendues(motif.source), lu, d)]
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
    return trouvailles(pour_les_etendues(motif.source), lu, positions) if positions else []


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
