"""Rules over lemmas (`regles.yaml`): an act of coercion or exposure asserted against the debtor's
property, income, family, reputation or a service they depend on — whatever its wording — and the
review band, TON-10 « phrase à relire », for a sentence that reads as coercive where no rule fired.

A rule fires on a sentence (`analyse.py` cuts it, lemmatises its words and marks what a negation
denies) when a word of its `acte` lexicons is asserted (or denied, for `polarite: niee`: a service
« ne sera pas remis » until payment), each of its `avec` lexicons has a word within `fenetre`
words of it, and none of its `sauf` lexicons is in the sentence. The format is documented at the
top of `regles.yaml`; every rule names a code of `codes.yaml` and a category of `motifs.yaml`.

>>> [(r.regle.nom, r.extrait) for r in appliquer("les serrures de l'appartement seront changees le 15.")]
[('serrures-changees', "serrures de l'appartement seront changees")]
>>> appliquer("nous ne couperons evidemment ni l'eau ni le chauffage.")
[]
>>> [(r.regle.code, r.mots) for r in appliquer("sinon il faudra assumer les consequences.")]
[('TON-12', ('assumer les consequences',))]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import cast

from pydantic import Field, StrictBool

from dossier.model.donnees import Entier, ModeleDonnees, Texte, charger_donnees
from dossier.tone import acteurs
from dossier.tone.acteurs import POSSESSIFS
from dossier.tone.analyse import Analyse, Mot, analyser, mots_de
from dossier.tone.texte import normaliser

POLARITES = ("affirmee", "niee", "indifferente")
SUJETS = ("je", "nous", "on", "vous", "il", "elle", "ils", "elles")
FENETRE = 14
# Adverbs that may sit inside an entry without changing it (« vous êtes vraiment un mauvais payeur »)
INTENSIFS = frozenset(
    {"vraiment", "tres", "franchement", "decidement", "totalement", "completement", "absolument",
     "particulierement", "tellement", "reellement", "carrement", "directement", "bien"}
)  # fmt: skip
FIGEES = "locutions-figees"  # their words are read as the phrase only (« en cours » is no lesson)
DEMANDE = "demande-au-debiteur"  # « merci de nous transmettre » : the debtor is asked to act


@dataclass(frozen=True)
class Entree:
    mots: tuple[str, ...]  # lemmas (or forms) read as consecutive words
    possessif: bool  # « votre X »: the debtor's possessive at most two words before


@dataclass(frozen=True)
class Regle:
    nom: str
    code: str
    categorie: str
    acte: tuple[str, ...]
    raison: str
    reference: str
    suggestion: str
    polarite: str = "affirmee"
    avec: tuple[str, ...] = ()
    sauf: tuple[str, ...] = ()
    fenetre: int = FENETRE
    acteur: str | None = None
    chantage: bool = False  # a denied act hung on a payment (« ne sera pas saisi si… ») still counts
    assertion: bool = False  # not inside a hypothesis (« si … ») nor a question
    si: str | None = None
    hors: tuple[str, ...] = ()
    # lexicons of `avec` whose entry, introduced by « par », is the act's agent, not its target:
    # « nous avons été informés par votre banque » tells no third party anything
    agent: tuple[str, ...] = ()
    # "apres": the `avec` words follow the act (« nous écrirons à votre propriétaire ») or, the act
    # in the passive voice, precede it (« votre propriétaire sera mis au courant »); "avant": they
    # precede it (« vos voisins recevront un courrier »)
    ordre: str | None = None


RELIRE = Regle(
    nom="phrase-a-relire",
    code="TON-10",
    categorie="relecture",
    acte=(),
    raison="phrase qui se lit comme une pression sans qu'aucune règle ne la nomme",
    reference="C. conso. L121-6, L121-7 ; bande de relecture, dossier/tone/regles.yaml",
    suggestion="Dites la somme due, le délai et la suite au conditionnel, sans contrainte ni menace voilée.",
)


@dataclass(frozen=True)
class Trouvee:
    regle: Regle
    debut: int  # span in the folded text
    fin: int
    extrait: str  # the folded words, for doctests and the review band
    mots: tuple[str, ...]  # the words that raised it, as the text writes them


@dataclass(frozen=True)
class Relecture:
    seuil: int
    lexiques: tuple[str, ...]
    sauf: tuple[str, ...]


@dataclass(frozen=True)
class Jeu:
    lexiques: dict[str, tuple[Entree, ...]]
    regles: tuple[Regle, ...]
    relecture: Relecture
    formes_exclues: dict[str, tuple[str, ...]]  # forms of a lemma its rules must not read as it


def developper(brute: str) -> list[str]:
    """An entry with alternatives in braces, as the entries it stands for, in order: « {suspendre|
    cesser} nos relance » is « suspendre nos relance » and « cesser nos relance »; « {|tout} »
    may be empty.

    >>> developper("{suspendre|cesser} {nos|toute} relance")
    ['suspendre nos relance', 'suspendre toute relance', 'cesser nos relance', 'cesser toute relance']
    """
    debut = brute.find("{")
    if debut < 0:
        return [" ".join(brute.split())]
    fin = brute.find("}", debut)
    if fin < 0:
        raise ValueError(f"regles.yaml : accolade non fermée : {brute}")
    return [
        suite
        for choix in brute[debut + 1 : fin].split("|")
        for suite in developper(brute[:debut] + choix + brute[fin + 1 :])
    ]


def _entrees(nom: str, brutes: Mapping[str, Sequence[str]], pile: tuple[str, ...] = ()) -> tuple[Entree, ...]:
    if nom in pile or nom not in brutes:
        raise ValueError(f"regles.yaml : lexique inconnu ou circulaire : {nom}")
    entrees: list[Entree] = []
    for brute in brutes[nom]:
        if brute.startswith("@"):  # another lexicon, included whole
            entrees.extend(_entrees(brute[1:], brutes, (*pile, nom)))
            continue
        for developpee in developper(brute):
            mots = tuple(mots_de(normaliser(developpee).texte))
            possessif = len(mots) > 1 and mots[0] == "votre"
            entrees.append(Entree(mots[1:] if possessif else mots, possessif))
    return tuple(entrees)


class RegleYaml(ModeleDonnees):
    nom: Texte
    code: Texte
    categorie: Texte
    acte: tuple[Texte, ...]
    raison: Texte
    reference: Texte
    suggestion: Texte
    polarite: Texte = "affirmee"
    avec: tuple[Texte, ...] = ()
    sauf: tuple[Texte, ...] = ()
    fenetre: Entier = FENETRE
    acteur: Texte | None = None
    chantage: StrictBool = False
    assertion: StrictBool = False
    si: Texte | None = None
    hors: tuple[Texte, ...] = ()
    agent: tuple[Texte, ...] = ()
    ordre: Texte | None = None


class RelectureYaml(ModeleDonnees):
    seuil: Entier
    lexiques: tuple[Texte, ...]
    sauf: tuple[Texte, ...] = ()


class ReglesYaml(ModeleDonnees):
    """`regles.yaml`, through the strict loader (model/donnees.py); `jeu` checks what refers to what."""

    lexiques: dict[str, tuple[Texte, ...]]
    formes_exclues: dict[str, tuple[Texte, ...]] = Field(default={}, alias="formes-exclues")
    regles: tuple[RegleYaml, ...]
    relecture: RelectureYaml


@cache
def jeu() -> Jeu:
    donnees = charger_donnees("dossier.tone", "regles.yaml", ReglesYaml)
    lexiques = {nom: _entrees(nom, donnees.lexiques) for nom in donnees.lexiques}
    regles = []
    for entree in donnees.regles:
        regle = Regle(**entree.model_dump())  # the model's fields are the rule's, defaults included
        inconnus = {*regle.acte, *regle.avec, *regle.sauf, *regle.agent} - set(lexiques)
        if (
            inconnus
            or regle.polarite not in POLARITES
            or regle.acteur not in (None, "creancier")
            or regle.ordre not in (None, "avant", "apres")
        ):
            inconnu = "lexique, polarité, acteur ou ordre inconnu"
            raise ValueError(f"regles.yaml : {regle.nom} : {inconnu} {inconnus}")
        regles.append(regle)
    if len({r.nom for r in regles}) != len(regles):
        raise ValueError("regles.yaml : deux règles portent le même nom")
    relecture = Relecture(**donnees.relecture.model_dump())
    if set(relecture.lexiques + relecture.sauf) - set(lexiques):
        raise ValueError("regles.yaml : relecture : lexique inconnu")
    exclues = dict(donnees.formes_exclues)
    return Jeu(lexiques, tuple(regles), relecture, exclues)


def lemmes_utilises() -> set[str]:
    """Every lemma the lexicons name: the forms table must know each (tests/tone/formes.py)."""
    return {mot for entrees in jeu().lexiques.values() for e in entrees for mot in e.mots}


Index = dict[str, dict[str, list[tuple[int, str, Entree]]]]


@cache
def _index(figees: bool = False) -> Index:
    """First word of an entry → its second word (« » for an entry of one word) → (rank, lexicon,
    entry), over the fixed phrases (`figees`) or every other lexicon. Two words, not one: an
    entry written with alternatives (« sans {attendre|} {votre|le|…} {accord|…} ») stands for
    hundreds that share their first word, and a word of the text is only tried against the
    entries its next word can continue."""
    index: Index = {}
    rang = 0
    for nom, entrees in jeu().lexiques.items():
        if (nom == FIGEES) != figees:
            continue
        for entree in entrees:
            second = entree.mots[1] if len(entree.mots) > 1 else ""
            index.setdefault(entree.mots[0], {}).setdefault(second, []).append((rang, nom, entree))
            rang += 1
    return index


def _suivants(mots: tuple[Mot, ...], i: int) -> set[str]:
    """What the word after word `i` may be read as, in an entry: the lemmas of the next words up
    to the first that is no intensifying adverb (`_suite` may skip those), « votre » for a
    possessive, and « » (an entry may end at word `i`)."""
    lus = {""}
    k = i + 1
    while k < len(mots) and mots[k].phrase == mots[i].phrase:
        lus |= mots[k].lemmes
        if mots[k].forme in POSSESSIFS:
            lus.add("votre")
        if mots[k].forme not in INTENSIFS:
            break
        k += 1
    return lus


def _toutes(analyse: Analyse) -> dict[str, list[tuple[int, int]]]:
    """Every entry of every lexicon met in the text, once per text: lexicon → (first word, last
    word + 1), in reading order. The words of a fixed phrase (`locutions-figees`: « en cours »,
    « examen de votre demande ») are read by no other lexicon."""
    deja = analyse.memo.get("lexiques")
    if deja is not None:
        return cast(dict[str, list[tuple[int, int]]], deja)
    figees = _lire(analyse, True, frozenset())
    dedans = frozenset(k for a, b in figees.get(FIGEES, ()) for k in range(a, b))
    trouves = _lire(analyse, False, dedans)
    trouves.update(figees)
    analyse.memo["lexiques"] = trouves
    return trouves


def _lire(analyse: Analyse, figees: bool, exclus: frozenset[int]) -> dict[str, list[tuple[int, int]]]:
    """The entries met in the text (of the fixed phrases, or of every other lexicon), none
    beginning on a word of `exclus`."""
    index = _index(figees)
    premiers = index.keys()
    mots = analyse.mots
    trouves: dict[str, list[tuple[int, int]]] = {}
    for i, mot in enumerate(mots):
        debuts = mot.lemmes & premiers  # the lemmas of this word that begin an entry
        if not debuts or i in exclus:
            continue
        suivants = _suivants(mots, i)
        candidates = sorted(
            candidate
            for lemme in debuts
            for second, entrees in index[lemme].items()
            if second in suivants
            for candidate in entrees
        )  # in the lexicons' order, whatever the order of the sets
        vues: set[tuple[str, int]] = set()
        for _, nom, entree in candidates:
            n = len(entree.mots)
            if (nom, n) in vues:
                continue
            fin = _suite(mots, i, entree.mots)
            if fin is None:
                continue
            if entree.possessif and not any(
                m.forme in POSSESSIFS and m.phrase == mot.phrase for m in mots[max(0, i - 2) : i]
            ):
                continue
            vues.add((nom, n))
            trouves.setdefault(nom, []).append((i, fin))
    return trouves


def _suite(mots: tuple[Mot, ...], i: int, entree: tuple[str, ...]) -> int | None:
    """Where `entree` read from word `i` ends (its last word + 1), an intensifying adverb allowed
    between its words, « votre » inside it read as any possessive (« l'école de vos enfants »);
    None when the words do not follow (or leave the sentence)."""
    k = i + 1
    for lemme in entree[1:]:
        while k < len(mots) and mots[k].forme in INTENSIFS and lemme not in mots[k].lemmes:
            k += 1
        if k >= len(mots) or mots[k].phrase != mots[i].phrase:
            return None
        if lemme not in mots[k].lemmes and not (lemme == "votre" and mots[k].forme in POSSESSIFS):
            return None
        k += 1
    return k


def _rencontres(analyse: Analyse, lexique: str, debut: int, fin: int) -> list[tuple[int, int]]:
    """The (first word, last word + 1) of each entry of `lexique` met in words [debut, fin)."""
    toutes = _toutes(analyse).get(lexique, [])
    if not toutes:
        return []
    rang = bisect_left(toutes, (debut, 0))
    trouves = []
    while rang < len(toutes) and toutes[rang][0] < fin:
        if toutes[rang][1] <= fin:
            trouves.append(toutes[rang])
        rang += 1
    return trouves


def _pas_du_creancier(analyse: Analyse, rang: int) -> bool:
    """The act at `rang` is not the creditor's doing to someone else (`acteurs.py`), or its clause
    asks the debtor to do it (« merci de nous transmettre les coordonnées de votre employeur »)."""
    if acteurs.pas_du_creancier(analyse, rang):
        return True
    return bool(_rencontres(analyse, DEMANDE, acteurs.debut_de_proposition(analyse, rang), rang))


def paiement_conditionne(analyse: Analyse, phrase: tuple[int, int]) -> bool:
    """The sentence hangs something on a payment (« si vous ne payez pas », « tant que »)."""
    debut, fin = phrase
    return bool(_rencontres(analyse, "tant-que", debut, fin) and _rencontres(analyse, "paiement", debut, fin))


def _polarite_tenue(regle: Regle, analyse: Analyse, a: int, b: int, phrase: tuple[int, int]) -> bool:
    """The act's first word carries its polarity: a negation inside the entry itself (« classer
    sans suite ») is part of the act, not a denial of it."""
    if regle.polarite == "indifferente":
        return True
    nie = analyse.mots[a].nie or analyse.mots[a].restreint
    if regle.polarite == "niee":
        return nie
    return not nie or (regle.chantage and paiement_conditionne(analyse, phrase))


def appliquer(
    texte: str, analyse: Analyse | None = None, civil: bool = True, exclues: Iterable[str] = ()
) -> list[Trouvee]:
    """Every rule that fires in `texte` (folded, lower case), in reading order.

    `exclues`: rule names not to apply (`hors`: the caller has set labels or names aside)."""
    analyse = analyse or analyser(texte)
    sautees = set(exclues)
    presents = _toutes(analyse)
    trouvees: list[Trouvee] = []
    for regle in jeu().regles:
        if regle.nom in sautees or (regle.si == "civil" and not civil):
            continue
        actes = sorted({r for nom in regle.acte for r in presents.get(nom, ())})
        for phrase in sorted({analyse.mots[a].phrase for a, _ in actes}):
            trouvees.extend(_dans_la_phrase(regle, analyse, analyse.phrases[phrase]))
    return sorted(trouvees, key=lambda t: (t.debut, t.regle.code))


def _dans_la_phrase(regle: Regle, analyse: Analyse, phrase: tuple[int, int]) -> list[Trouvee]:
    debut, fin = phrase
    actes = [r for nom in regle.acte for r in _rencontres(analyse, nom, debut, fin)]
    if not actes or _excusee(analyse, regle.sauf, debut, fin):
        return []
    trouvees = []
    for a, b in actes:
        if not _polarite_tenue(regle, analyse, a, b, phrase):
            continue
        if regle.acteur == "creancier" and _pas_du_creancier(analyse, a):
            continue
        if regle.assertion and (analyse.mots[a].hypothese or analyse.mots[a].phrase in analyse.questions):
            continue
        autour = (max(debut, a - regle.fenetre), min(fin, b + regle.fenetre))
        compagnons = []
        for nom in regle.avec:
            proches = [
                r
                for r in _rencontres(analyse, nom, *autour)
                if r != (a, b)
                and not (nom in regle.agent and acteurs.introduit_par(analyse, r[0], b))
                and not (regle.ordre == "apres" and r[0] < b and not acteurs.passif(analyse, a))
                and not (regle.ordre == "avant" and r[1] > a)
            ]
            if not proches:
                break
            compagnons.append(min(proches, key=lambda r: abs(r[0] - a)))
        else:
            etendue = [(a, b), *compagnons]
            premier, dernier = min(x for x, _ in etendue), max(y for _, y in etendue)
            mots = analyse.mots
            d, f = mots[premier].debut, mots[dernier - 1].fin
            dits = tuple(analyse.texte[mots[x].debut : mots[y - 1].fin] for x, y in sorted(etendue))
            trouvees.append(Trouvee(regle, d, f, analyse.texte[d:f], dits))
            break  # one finding per rule and sentence
    return trouvees


def _excusee(analyse: Analyse, sauf: tuple[str, ...], debut: int, fin: int) -> bool:
    """A word of a `sauf` lexicon stands in words [debut, fin) — asserted: « sans passer par un
    juge », « sans discussion possible », « sans attendre aucun jugement » excuse nothing."""
    return any(not analyse.mots[a].nie for nom in sauf for a, _ in _rencontres(analyse, nom, debut, fin))


def a_relire(analyse: Analyse, phrase: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The spans (in the folded text) of the asserted words of the review band's lexicons in
    `phrase`, when there are `seuil` distinct ones and none of its `sauf` lexicons: the sentence
    is « à relire » (TON-10)."""
    relecture = jeu().relecture
    debut, fin = phrase
    if _excusee(analyse, relecture.sauf, debut, fin):
        return ()
    mots = analyse.mots
    dits: dict[int, tuple[int, int]] = {}
    for nom in relecture.lexiques:
        for a, b in _rencontres(analyse, nom, debut, fin):
            if not any(m.nie or m.restreint for m in mots[a:b]):
                dits[a] = (mots[a].debut, mots[b - 1].fin)
    if len({analyse.texte[d:f] for d, f in dits.values()}) < relecture.seuil:
        return ()
    return tuple(dits[k] for k in sorted(dits))
