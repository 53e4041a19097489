"""The rule set of the tone linter: `regles.yaml` read through the strict loader and checked (each
rule's lexicons, polarity, actor and order exist), and the three rules made in code — the review
band (TON-10), an act asserted in a sentence that reads as pressure (TON-13), an act of coercion
named in a sentence that reads as lawful (TON-16). How a rule fires on a sentence is `regles.py`;
the format is documented at the top of `regles.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property

from pydantic import Field, StrictBool

from dossier.model.donnees import Entier, ModeleDonnees, Texte, charger_donnees
from dossier.tone.lexiques import Entree, entrees_de

POLARITES = ("affirmee", "niee", "indifferente")

FENETRE = 14


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
    # False: the act's words (« verser », « déduire ») are no constraint without the rule's companions
    # (the pay, here): the review band's TON-13 does not read them as one
    acte_seul: bool = True
    # lexicons of which the act's sentence must hold one for TON-13 to read the act alone: what the
    # act bears on (« le planning des cours est affiché dans le hall » publishes no debtor, no debt)
    seul_si: tuple[str, ...] = ()
    # … or of which the next sentence holds one (« Nous afficherons la liste au club house. Elle
    # comportera les membres qui n'ont pas réglé leur cotisation. »): the debt or the debtors the
    # publication lists, said right after it — words of the debt, no bare pronoun
    seul_si_ensuite: tuple[str, ...] = ()
    # lexicons of which the next sentence, opened by a consequence (« c'est pourquoi », « pour
    # l'éviter »: `regles.SUITE_DONNEE`), holds one: what the creditor offers because of the harm it
    # names (« vos enfants pourraient en pâtir ; c'est pourquoi nous vous proposons un plan »)
    # excuses the act as its own `sauf` would
    sauf_ensuite: tuple[str, ...] = ()
    # lexicons of `avec` that may stand in the sentence before, taken up by « lui » or « leur » ahead
    # of the act (« Votre ancien colocataire nous a donné votre adresse ; nous lui avons expliqué
    # pourquoi nous vous cherchions »): whom the pronoun names is told all the same
    repris: tuple[str, ...] = ()
    # lexicons of `avec` that may stand in the next sentence instead (« Votre sœur m'a donné ce numéro ;
    # rappelez-moi au sujet de la facture »: the debt named right after whom the creditor approached)
    ensuite: tuple[str, ...] = ()
    # True: an `avec` word counts only as the act's subject (`sujet_nomme.py`: « la saisie aura lieu
    # lundi », not « la réunion pour éviter la saisie aura lieu lundi »)
    sujet: bool = False


RELIRE = Regle(
    nom="phrase-a-relire",
    code="TON-10",
    categorie="relecture",
    acte=(),
    raison="phrase qui se lit comme une pression sans qu'aucune règle ne la nomme",
    reference="C. conso. L121-6, L121-7 ; bande de relecture, dossier/tone/regles.yaml",
    suggestion="Dites la somme due, le délai et la suite au conditionnel, sans contrainte ni menace voilée.",
)


CONTRAINTE_LUE = Regle(
    nom="contrainte-lue",
    code="TON-13",
    categorie="lue",
    acte=(),
    raison="acte de contrainte affirmé dans une phrase qui se lit comme une pression",
    reference="C. conso. L121-6, L121-7 ; dossier/tone/regles.yaml (l'acte), pression.py (la lecture)",
    suggestion="Retirez la phrase, ou dites la somme due, le délai et la suite au conditionnel.",
)


# Above the log-odds of every lawful sentence the reader learnt (`pression.Modele.certain`), its
# reading alone refuses the sentence: a threat no rule names, paraphrased or veiled, that reads as
# pressure more plainly than anything lawful the project has seen (issue 14, 2026-12-06).
PRESSION_MANIFESTE = Regle(
    nom="pression-manifeste",
    code="TON-17",
    categorie="manifeste",
    acte=(),
    raison="phrase lue comme une pression plus nettement que toute phrase licite apprise",
    reference="C. conso. L121-6, L121-7 ; la lecture apprise, dossier/tone/pression.py",
    suggestion="Retirez la phrase, ou dites la somme due, le délai et la suite au conditionnel.",
)

LICITE_LUE = Regle(
    nom="licite-lue",
    code="TON-16",
    categorie="lue",
    acte=(),
    raison="dans une phrase qui se lit comme licite : à relire",
    reference="C. conso. L121-6, L121-7 ; la lecture apprise, dossier/tone/pression.py",
    suggestion="Si la phrase explique la procédure ou écarte la mesure, elle peut rester ; sinon",
)

# The codes whose acts lawful sentences name too, to explain the procedure or rule the act out
# (« l'expulsion supposerait une décision du juge », « votre employeur n'en saura rien »): coercion,
# third parties, ultimatums, a service withheld. A false legal act, an undue fee, an insult, a
# regulated profession, a prescribed or frozen debt stay refused however lawful the sentence reads.
VETABLES = frozenset({"TON-01", "TON-03", "TON-06", "TON-11"})


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
    absences: frozenset[str]  # lexicons whose entries say an absence (« non prévue au contrat »)

    @cached_property
    def par_acte(self) -> dict[str, tuple[int, ...]]:
        """Lexicon → the ranks of the rules it names an act of: a text is read by the rules of the
        lexicons met in it (`regles.appliquer`), not by each of the hundred in turn."""
        rangs: dict[str, list[int]] = {}
        for rang, regle in enumerate(self.regles):
            for nom in regle.acte:
                rangs.setdefault(nom, []).append(rang)
        return {nom: tuple(r) for nom, r in rangs.items()}


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
    acte_seul: StrictBool = True
    seul_si: tuple[Texte, ...] = ()
    seul_si_ensuite: tuple[Texte, ...] = ()
    sauf_ensuite: tuple[Texte, ...] = ()
    repris: tuple[Texte, ...] = ()
    ensuite: tuple[Texte, ...] = ()
    sujet: StrictBool = False


class RelectureYaml(ModeleDonnees):
    seuil: Entier
    lexiques: tuple[Texte, ...]
    sauf: tuple[Texte, ...] = ()


class ReglesYaml(ModeleDonnees):
    """`regles.yaml`, through the strict loader (model/donnees.py); `jeu` checks what refers to what."""

    lexiques: dict[str, tuple[Texte, ...]]
    formes_exclues: dict[str, tuple[Texte, ...]] = Field(default={}, alias="formes-exclues")
    absences: tuple[Texte, ...] = Field(default=(), alias="lexiques-d-absence")
    regles: tuple[RegleYaml, ...]
    relecture: RelectureYaml


@cache
def jeu() -> Jeu:
    donnees = charger_donnees("dossier.tone", "regles.yaml", ReglesYaml)
    lus: dict[str, tuple[Entree, ...]] = {}
    lexiques = {nom: entrees_de(nom, donnees.lexiques, lus) for nom in donnees.lexiques}
    regles = []
    for entree in donnees.regles:
        regle = Regle(**entree.model_dump())  # the model's fields are the rule's, defaults included
        noms_lus = {
            *regle.acte,
            *regle.avec,
            *regle.sauf,
            *regle.agent,
            *regle.seul_si,
            *regle.seul_si_ensuite,
            *regle.sauf_ensuite,
            *regle.repris,
            *regle.ensuite,
        }
        inconnus = noms_lus - set(lexiques)
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
    if set(donnees.absences) - set(lexiques):
        raise ValueError("regles.yaml : lexiques-d-absence : lexique inconnu")
    return Jeu(lexiques, tuple(regles), relecture, exclues, frozenset(donnees.absences))


def lemmes_utilises() -> set[str]:
    """Every lemma the lexicons name: the forms table must know each (tests/tone/formes.py)."""
    return {mot for entrees in jeu().lexiques.values() for e in entrees for mot in e.mots}
