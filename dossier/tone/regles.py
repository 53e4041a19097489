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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import cast

from pydantic import Field, StrictBool

from dossier.model.donnees import Entier, ModeleDonnees, Texte, charger_donnees
from dossier.tone.analyse import Analyse, analyser, mots_de
from dossier.tone.texte import normaliser

POLARITES = ("affirmee", "niee", "indifferente")
POSSESSIFS = frozenset({"votre", "vos", "ton", "ta", "tes"})
SUJETS = ("je", "nous", "on", "vous", "il", "elle", "ils", "elles")
PASSIF = frozenset({"serez", "etes", "seriez", "sera", "allez", "avez", "etiez", "soyez", "serait"})
FENETRE = 14


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


def _entrees(nom: str, brutes: dict[str, list[str]], pile: tuple[str, ...] = ()) -> tuple[Entree, ...]:
    if nom in pile or nom not in brutes:
        raise ValueError(f"regles.yaml : lexique inconnu ou circulaire : {nom}")
    entrees: list[Entree] = []
    for brute in brutes[nom]:
        if brute.startswith("@"):  # another lexicon, included whole
            entrees.extend(_entrees(brute[1:], brutes, (*pile, nom)))
            continue
        mots = tuple(mots_de(normaliser(brute).texte))
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
    brut = charger_donnees("dossier.tone", "regles.yaml", ReglesYaml).model_dump(
        by_alias=True, exclude_unset=True
    )
    lexiques = {nom: _entrees(nom, brut["lexiques"]) for nom in brut["lexiques"]}
    regles = []
    for entree in brut["regles"]:
        regle = Regle(
            nom=entree["nom"],
            code=entree["code"],
            categorie=entree["categorie"],
            acte=tuple(entree["acte"]),
            raison=entree["raison"],
            reference=entree["reference"],
            suggestion=entree["suggestion"],
            polarite=entree.get("polarite", "affirmee"),
            avec=tuple(entree.get("avec", ())),
            sauf=tuple(entree.get("sauf", ())),
            fenetre=int(entree.get("fenetre", FENETRE)),
            acteur=entree.get("acteur"),
            chantage=bool(entree.get("chantage", False)),
            assertion=bool(entree.get("assertion", False)),
            si=entree.get("si"),
            hors=tuple(entree.get("hors", ())),
        )
        inconnus = {*regle.acte, *regle.avec, *regle.sauf} - set(lexiques)
        if inconnus or regle.polarite not in POLARITES or regle.acteur not in (None, "creancier"):
            raise ValueError(f"regles.yaml : {regle.nom} : lexique, polarité ou acteur inconnu {inconnus}")
        regles.append(regle)
    if len({r.nom for r in regles}) != len(regles):
        raise ValueError("regles.yaml : deux règles portent le même nom")
    releve = brut["relecture"]
    relecture = Relecture(int(releve["seuil"]), tuple(releve["lexiques"]), tuple(releve.get("sauf", ())))
    if set(relecture.lexiques + relecture.sauf) - set(lexiques):
        raise ValueError("regles.yaml : relecture : lexique inconnu")
    exclues = {lemme: tuple(formes) for lemme, formes in brut.get("formes-exclues", {}).items()}
    return Jeu(lexiques, tuple(regles), relecture, exclues)


def lemmes_utilises() -> set[str]:
    """Every lemma the lexicons name: the forms table must know each (tests/tone/formes.py)."""
    return {mot for entrees in jeu().lexiques.values() for e in entrees for mot in e.mots}


@cache
def _index() -> dict[str, list[tuple[str, Entree]]]:
    """First word of an entry → (lexicon, entry), over every lexicon."""
    index: dict[str, list[tuple[str, Entree]]] = {}
    for nom, entrees in jeu().lexiques.items():
        for entree in entrees:
            index.setdefault(entree.mots[0], []).append((nom, entree))
    return index


def _toutes(analyse: Analyse) -> dict[str, list[tuple[int, int]]]:
    """Every entry of every lexicon met in the text, once per text: lexicon → (first word, last
    word + 1), in reading order."""
    deja = analyse.memo.get("lexiques")
    if deja is not None:
        return cast(dict[str, list[tuple[int, int]]], deja)
    index = _index()
    mots = analyse.mots
    trouves: dict[str, list[tuple[int, int]]] = {}
    for i, mot in enumerate(mots):
        vues: set[tuple[str, int]] = set()
        for lemme in mot.lemmes:
            for nom, entree in index.get(lemme, ()):
                n = len(entree.mots)
                if (nom, n) in vues or i + n > len(mots) or mots[i + n - 1].phrase != mot.phrase:
                    continue
                if any(entree.mots[k] not in mots[i + k].lemmes for k in range(1, n)):
                    continue
                if entree.possessif and not any(
                    m.forme in POSSESSIFS and m.phrase == mot.phrase for m in mots[max(0, i - 2) : i]
                ):
                    continue
                vues.add((nom, n))
                trouves.setdefault(nom, []).append((i, i + n))
    analyse.memo["lexiques"] = trouves
    return trouves


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


def _acteur_debiteur(analyse: Analyse, rang: int) -> bool:
    """The debtor is the subject of the act's clause (« vous nous avez signalé »), not its object
    (« vous serez signalée »)."""
    mots = analyse.mots
    k = rang
    while k > 0 and mots[k - 1].proposition == mots[rang].proposition:
        k -= 1
    premier = mots[k].forme  # a subject pronoun opens its clause; « attendez-vous » has none
    suivant = mots[k + 1].forme if k + 1 < len(mots) else ""
    return premier == "vous" and suivant not in PASSIF


def paiement_conditionne(analyse: Analyse, phrase: tuple[int, int]) -> bool:
    """The sentence hangs something on a payment (« si vous ne payez pas », « tant que »)."""
    debut, fin = phrase
    return bool(_rencontres(analyse, "tant-que", debut, fin) and _rencontres(analyse, "paiement", debut, fin))


def _polarite_tenue(regle: Regle, analyse: Analyse, a: int, b: int, phrase: tuple[int, int]) -> bool:
    mots = analyse.mots[a:b]
    if regle.polarite == "indifferente":
        return True
    nie = any(m.nie or m.restreint for m in mots)
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
    if not actes or any(_rencontres(analyse, nom, debut, fin) for nom in regle.sauf):
        return []
    trouvees = []
    for a, b in actes:
        if not _polarite_tenue(regle, analyse, a, b, phrase):
            continue
        if regle.acteur == "creancier" and _acteur_debiteur(analyse, a):
            continue
        if regle.assertion and (analyse.mots[a].hypothese or analyse.mots[a].phrase in analyse.questions):
            continue
        autour = (max(debut, a - regle.fenetre), min(fin, b + regle.fenetre))
        compagnons = []
        for nom in regle.avec:
            proches = [r for r in _rencontres(analyse, nom, *autour) if r != (a, b)]
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


def a_relire(analyse: Analyse, phrase: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The spans (in the folded text) of the asserted words of the review band's lexicons in
    `phrase`, when there are `seuil` distinct ones and none of its `sauf` lexicons: the sentence
    is « à relire » (TON-10)."""
    relecture = jeu().relecture
    debut, fin = phrase
    if any(_rencontres(analyse, nom, debut, fin) for nom in relecture.sauf):
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
