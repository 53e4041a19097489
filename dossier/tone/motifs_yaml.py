"""`motifs.yaml` — the tone linter's surface patterns — read like every data file of the package:
the strict YAML reader and a frozen typed model (`model/donnees.py`), a wrong key, type or value
refused with DONNEES-01 at `fichier:ligne:colonne`. Several entries share one `sauf` or `negation`
expression: it is written once under `expressions` and named « @nom » where it is used, « @nom|@autre »
for either of two (the file used YAML anchors, which the strict reader refuses). `motifs()`
develops the entries and checks what they refer to (codes, categories, conditions); each is
compiled when a text first needs it (`compilee`); the linter (`linter.py`) applies them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from pydantic import Field, StrictBool

from dossier.model.donnees import ModeleDonnees, Texte, charger_donnees
from dossier.tone.jeu_de_regles import jeu
from dossier.tone.prefixes import prefixes


class CategorieYaml(ModeleDonnees):
    titre: Texte
    article: Texte
    codes: tuple[Texte, ...]


class MotifYaml(ModeleDonnees):
    nom: Texte
    code: Texte
    motif: Texte
    raison: Texte
    reference: Texte
    suggestion: Texte
    brut: StrictBool = False
    si: Texte | None = None
    sauf: Texte | None = None
    negation: Texte | None = None
    hors: tuple[Texte, ...] = ()
    affirmee: StrictBool = False
    assertion: StrictBool = False


class MotifsYaml(ModeleDonnees):
    """`motifs.yaml`, through the strict loader (model/donnees.py); `motifs` checks what refers to what."""

    expressions: dict[str, Texte] = Field(default_factory=dict)
    categories: dict[str, CategorieYaml]
    motifs: tuple[MotifYaml, ...]


@cache
def motifs_yaml() -> MotifsYaml:
    return charger_donnees("dossier.tone", "motifs.yaml", MotifsYaml)


# « (?&nom) » inside an expression stands for the shared expression `nom` (the notation of a
# subroutine call in PCRE; Python's `re` has none, so it cannot mean anything else there)
APPEL = re.compile(r"\(\?&([a-z0-9-]+)\)")


def developpee(texte: str, ou: str, appelantes: tuple[str, ...] = ()) -> str:
    """`texte` with each « (?&nom) » replaced by the shared expression `nom`, itself developed, as
    a group: a guard written once serves every expression that needs it."""
    partagees = motifs_yaml().expressions

    def remplacer(appel: re.Match[str]) -> str:
        nom = appel.group(1)
        if nom not in partagees:
            raise ValueError(f"motifs.yaml : {ou} : expression partagée inconnue (?&{nom})")
        if nom in appelantes:
            raise ValueError(f"motifs.yaml : {ou} : (?&{nom}) s'appelle elle-même")
        return f"(?:{developpee(partagees[nom], ou, (*appelantes, nom))})"

    return APPEL.sub(remplacer, texte)


@cache
def expressions() -> dict[str, str]:
    """The shared expressions of motifs.yaml, each developed."""
    return {nom: developpee(texte, nom, (nom,)) for nom, texte in motifs_yaml().expressions.items()}


@cache
def expression_partagee(nom: str) -> re.Pattern[str]:
    """The shared expression `nom`, compiled once: read by the code itself, not through an entry."""
    return re.compile(expressions()[nom])


def parties(entree: MotifYaml, valeur: str | None) -> tuple[str, ...]:
    """The developed expressions `valeur` joins: each shared expression it names (« @nom »,
    « @nom|@autre »: either of two), or its own expression developed (« (?&nom) »); none for none.
    The linter reads each part apart, so a shared expression is read once per text for every entry
    that names it (`exceptions_lues.py`)."""
    if not valeur:
        return ()
    if not valeur.startswith("@"):
        return (developpee(valeur, entree.nom),)
    partagees = expressions()
    noms = [nom.removeprefix("@") for nom in valeur.split("|")]
    inconnus = [nom for nom in noms if nom not in partagees]
    if inconnus or not all(nom.startswith("@") for nom in valeur.split("|")):
        raise ValueError(f"motifs.yaml : {entree.nom} : expression partagée inconnue {valeur!r}")
    return tuple(partagees[nom] for nom in noms)


def partagee(entree: MotifYaml, valeur: str | None) -> str | None:
    """`valeur`'s parts (`parties`) as one expression, or None."""
    return "|".join(parties(entree, valeur)) or None


CONDITIONS = ("civil", "amiable")
# the shared exceptions that read a court's decision as served (the decision signified, a time limit
# counted from its signification): an entry that names one admits in its sentence what follows a
# decision that exists. Not `apres-une-decision`, a decision supposed: its entries (« notre service
# contentieux a statué », « notre tribunal ») also imitate a court, which no real decision excuses
DECISIONS = ("decision-signifiee", "delai-depuis-la-signification")
# the codes whose entries a decision stated in the text may excuse (`decision_etablie.py`): an act
# imitated (TON-02) or a regulated profession invoked (TON-05) — not an enforcement threatened —,
# and of TON-01 only the commissaire de justice named, who executes a title (CPCE L122-1)
APRES_UNE_DECISION = ("TON-02", "TON-05")
OFFICIER_APRES_UNE_DECISION = "officier-ministeriel"
# the seizures a decision stated in the text makes lawful to name, in the sentence that gives them
# to the commissaire de justice (or the greffe of the juge de l'exécution) and to no one of ours:
# a title executed by its officer (CPCE L111-2, L211-1, L221-1; C. trav. R3252-1), not the
# creditor seizing, nor a seizure set for a day (`decision_etablie.mesure_de_l_officier`); and the
# eviction the judgment ordered (CPCE L411-1), not one we carry out
# (and of the rules over lemmas, regles.yaml, the seizure or the taking of goods said made; the
# employer or the bank told by the act of seizure, CPCE R211-1, C. trav. R3252-1; the costs of the
# execution borne by the debtor once there is a title, CPCE L111-8 al. 1): each with the shared
# expression its sentence must match
MESURES_APRES_UNE_DECISION = {
    "saisie-nommee": "mesure-par-l-officier",
    "expulsion": "expulsion-par-le-titre",
    "saisie-des-biens": "mesure-par-l-officier",
    "saisie-annoncee": "mesure-par-l-officier",
    "saisie-par-le-creancier": "mesure-par-l-officier",
    "biens-emportes": "mesure-par-l-officier",
    "tiers-prevenus": "tiers-de-la-saisie",
    "tiers-informes": "tiers-de-la-saisie",
    "banque-informee": "tiers-de-la-saisie",
    "frais-du-recouvrement-factures": "frais-de-l-execution-sur-titre",
    "service-contentieux": "execution-sur-titre",
    "imminence": "mesure-par-l-officier",
}
HORS = ("libelles", "noms")  # the claim's texts a pattern may be told not to read (`hors`)


@cache
def compilee(source: str) -> re.Pattern[str]:
    """`source` compiled once per process, when a text first needs it: a fresh `dossier build`
    would otherwise compile every pattern and every exception of this file before reading a word —
    0.15 to 0.2 s of its start, for exceptions that are read only where their pattern matched
    (`linter.py`). Every pattern is compiled by the tests (`tests/tone/test_motifs_yaml.py`)."""
    return re.compile(source)


@dataclass(frozen=True)
class Motif:
    nom: str
    code: str
    source: str  # the developed pattern; `expression` is it compiled
    raison: str
    reference: str
    suggestion: str
    brut: bool  # applied with capitals kept
    # "civil": only when the debtor owes nothing under C. com. L441-10; "amiable": only in letters
    # to the debtor, not in the court documents (a requête names the order it asks for)
    si: str | None = None
    source_sauf: str | None = None  # a match inside one of these is lawful (`sauf`)
    sources_sauf: tuple[str, ...] = ()  # the same, in its parts (`parties`), as the linter reads it
    source_negation: str | None = None  # a match right after one of these is lawful (« aucun », `negation`)
    # "libelles": not read inside an invoice label or the contract's object, which name the service
    # sold (« Déplacement à votre domicile »); "noms": nor inside a party's name or address
    hors: tuple[str, ...] = ()
    categorie: str = ""  # the category of motifs.yaml that lists its code
    prefixes: frozenset[str] | None = None  # where a match can start (prefixes.py), None: anywhere
    affirmee: bool = False  # a match the sentence denies is lawful (polarite.py reads the negation)
    assertion: bool = False  # ... and one inside a hypothesis (« si … ») or a question too
    # its `sauf` names a reading of a court's decision served (`DECISIONS`) and its code is one of
    # `APRES_UNE_DECISION` (or it is `OFFICIER_APRES_UNE_DECISION`): a decision stated as existing in
    # any sentence of the text excuses it too (`decision_etablie.py`)
    lit_une_decision: bool = False

    @property
    def expression(self) -> re.Pattern[str]:
        return compilee(self.source)

    @property
    def sauf(self) -> re.Pattern[str] | None:
        return None if self.source_sauf is None else compilee(self.source_sauf)

    @property
    def negation(self) -> re.Pattern[str] | None:
        return None if self.source_negation is None else compilee(self.source_negation)


@dataclass(frozen=True)
class Categorie:
    nom: str
    titre: str
    article: str
    codes: tuple[str, ...]


@cache
def categories() -> dict[str, Categorie]:
    """The kinds of thing the linter refuses, each with its article; each code in one of them."""
    trouvees = {
        nom: Categorie(nom, c.titre, c.article, c.codes) for nom, c in motifs_yaml().categories.items()
    }
    codes = [code for c in trouvees.values() for code in c.codes]
    if len(set(codes)) != len(codes):
        raise ValueError("motifs.yaml : un code est dans deux catégories")
    for regle in jeu().regles:
        if regle.categorie not in trouvees or regle.code not in trouvees[regle.categorie].codes:
            raise ValueError(
                f"regles.yaml : {regle.nom} : catégorie {regle.categorie!r} sans le code {regle.code}"
            )
    return trouvees


def categorie_du_code(code: str) -> str:
    return next(c.nom for c in categories().values() if code in c.codes)


@cache
def motifs() -> tuple[Motif, ...]:
    entrees = motifs_yaml().motifs
    noms = [entree.nom for entree in entrees] + [regle.nom for regle in jeu().regles]
    if len(set(noms)) != len(noms):
        raise ValueError("motifs.yaml, regles.yaml : deux entrées portent le même nom")
    trouves = []
    for entree in entrees:
        if entree.si not in (None, *CONDITIONS):
            raise ValueError(f"motifs.yaml : {entree.nom} : condition inconnue {entree.si!r}")
        if not set(entree.hors) <= set(HORS):
            raise ValueError(f"motifs.yaml : {entree.nom} : « hors » inconnu {entree.hors!r}")
        saufs, negation = parties(entree, entree.sauf), partagee(entree, entree.negation)
        motif = developpee(entree.motif, entree.nom)
        trouves.append(
            Motif(
                nom=entree.nom,
                code=entree.code,
                source=motif,
                raison=entree.raison,
                reference=entree.reference,
                suggestion=entree.suggestion,
                brut=entree.brut,
                si=entree.si,
                source_sauf="|".join(saufs) or None,
                sources_sauf=saufs,
                source_negation=f"(?:{negation}) ?$" if negation else None,
                hors=entree.hors,
                categorie=categorie_du_code(entree.code),
                prefixes=prefixes(motif),
                affirmee=entree.affirmee or entree.assertion,
                assertion=entree.assertion,
                lit_une_decision=(
                    entree.code in APRES_UNE_DECISION or entree.nom == OFFICIER_APRES_UNE_DECISION
                )
                and any(f"@{nom}" in (entree.sauf or "").split("|") for nom in DECISIONS),
            )
        )
    return tuple(trouves)
