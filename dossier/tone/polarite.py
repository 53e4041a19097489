"""The polarity of each word of a clause-cut sentence (`analyse.py` cuts it): denied, restricted,
or in a hypothesis.

Polarity is what keeps a lawful sentence lawful. A word is *denied* when a negation governs it:
« ne » and its particle (« pas », « plus », « jamais », « ni »…) deny the words between them and
the next three (« nous ne ferons pas saisir vos biens »), and on past them to the end of a
complement (« nous ne déclarerons pas cet impayé à la Banque de France ») or an infinitive's
object (« jamais envisagé de porter plainte »); « aucun », « sans », « pas de »,
« jamais », « ni » deny the next three words; a subject that is itself a negation (« aucune
information ne sera communiquée », « personne ne viendra », « rien ne sera saisi ») denies the
« ne » it governs and the next four words. A negation does not cross a clause (a comma, « si »,
« que », « et », « mais »…): in « les serrures seront changées si le loyer n'est pas réglé »
only « réglé » is denied — nor quotation marks, which cut nothing (« aucune « indemnité » ne vous
sera réclamée »). « Ne » alone denies with « pouvoir » and « savoir » (« un retard ne peut donner
lieu à une inscription », « ne saurait justifier une saisie »), and a denied « pouvoir » reaches its
infinitive past an incise (« nous ne pouvons pas, seuls, faire saisir vos biens »). A predicate
that says its subject does not apply or is not due denies that subject (« les pénalités et
l'indemnité ne vous concernent pas », « ne s'appliquent pas », « ne sont pas dues »).
« Ne … que » *restricts* (« ne sera transmis qu'après paiement »). « Sans » in a set phrase
(« chèque sans provision », « resté sans réponse ») denies nothing, and a payment denied does not
reach the circumstance after it (« les familles qui n'ont pas payé lors de l'assemblée »). The
debtor's question reported and answered « non » is denied (« vous nous demandez si nous allons
saisir vos biens : non »), and so is a third person's question, fear or belief reported and
answered (`paroles_rapportees.py`).
« Ne pas hésiter à », « ne pas manquer de », « ne pas en arriver à », « ne pas laisser le
choix de » deny nothing after them (« nous n'hésiterons pas à saisir » asserts the seizure); a
subject (« on », « je » — or « nous », « vous » after a « si » clause) opens a new clause where no comma
does (« si vous ne payez pas on viendra »). The debtor's fear reported (« vous craignez une
saisie ? ») asserts nothing: its clause reads as denied. A sentence ending on « ? » is a
question; a clause opened by « si » is a hypothesis. The spoken negation without « ne » denies
as the written one (« je changerai pas les serrures », « je dirai rien », « personne te mettra
dehors »). The few abbreviations of a text message
(« vs », « ds », « pr ») read as the words they stand for.
The subject's readings — a negative subject apart from its « ne », a subject its predicate denies —
are `sujets_nies.py`'s.

>>> from dossier.tone.analyse import analyser
>>> a = analyser("nous ne ferons pas saisir vos biens : notre demarche reste amiable.")
>>> [m.forme for m in a.mots if m.nie]
['ne', 'ferons', 'pas', 'saisir', 'vos', 'biens']
>>> [m.forme for m in analyser("personne ne se presentera a votre domicile.").mots if m.nie]
['ne', 'se', 'presentera', 'a', 'votre', 'domicile']
>>> [m.forme for m in analyser("si vous ne payez pas on viendra.").mots if m.nie]
['ne', 'payez', 'pas']
>>> a = analyser("le diplome ne sera transmis qu'apres paiement, si vous ne payez pas.")
>>> [m.forme for m in a.mots if m.restreint], [m.forme for m in a.mots if m.hypothese]
(['ne', 'sera', 'transmis'], ['si', 'vous', 'ne', 'payez', 'pas'])
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from dossier.tone import paroles_rapportees, reserves
from dossier.tone.actes_renies import liste_reniee
from dossier.tone.craintes_nommees import crainte_nommee
from dossier.tone.denis_repris import reprendre_les_denis
from dossier.tone.lexique_negation import (
    CIRCONSTANCES,
    CRAINTES,
    DEPLACEMENTS,
    DETERMINANTS,
    INTERDICTIONS,
    LITOTES,
    LOCUTIONS_EN_SANS,
    NEGATEURS,
    NOMS_EN_NON,
    NON_VERBES,
    OBJETS,
    PAIEMENTS,
    PARTICULES,
    PARTICULES_SANS_NE,
    PAS_INFINITIFS,
    PORTEE,
    RELATIFS,
    SUJETS,
    SUJETS_NEGATIFS,
    SUJETS_PARLES,
)
from dossier.tone.mots_outils import CHARNIERES, CLITIQUES, INFINITIFS, MODAUX
from dossier.tone.portee import (
    complement_coordonne,
    complement_suit,
    garantie_refusee,
    liste_reprise,
    par_dela_l_incise,
    participes_coordonnes,
)
from dossier.tone.sujets_nies import ecarter_le_sujet, sujet_negatif_enumere, sujet_nie_avant_l_incise

if TYPE_CHECKING:
    from dossier.tone.analyse import Mot


def _ne_omis(formes_: list[str], particule: int) -> int | None:
    """The position where the spoken negation at `particule` begins — its verb, past the pronouns
    before it, right after its subject (« je | te dirai rien ») — or None: a « ne » stands before
    it, or no subject and verb do (« pas de frais », « en rien »)."""
    if "ne" in formes_[max(0, particule - 6) : particule] or particule < 2:
        return None
    verbe = particule - 1
    if formes_[verbe] in NON_VERBES or formes_[verbe] in CLITIQUES:
        return None
    while verbe > 0 and formes_[verbe - 1] in CLITIQUES - SUJETS_PARLES:
        verbe -= 1
    return verbe if formes_[verbe - 1] in SUJETS_PARLES else None


def _personne_sujet(formes_: list[str], i: int) -> bool:
    """« personne te mettra dehors »: « personne » opens its clause as a subject, with no « ne »
    after it (that one the general case reads)."""
    return (
        (i == 0 or formes_[i - 1] in CHARNIERES)
        and "ne" not in formes_[i + 1 : i + 4]
        and i + 1 < len(formes_)
    )


def _propositions(mots: list[Mot]) -> list[list[int]]:
    groupes: list[list[int]] = []
    for rang, mot in enumerate(mots):
        if groupes and mots[groupes[-1][0]].proposition == mot.proposition:
            groupes[-1].append(rang)
        else:
            groupes.append([rang])
    return groupes


def marquer(mots: list[Mot], questions: frozenset[int] = frozenset()) -> None:
    """Marks each word denied, restricted or in a hypothesis (see the module's docstring);
    `questions` are the sentences that end on « ? »."""
    groupes = _propositions(mots)
    reaffirmees: list[list[int]] = []  # « ne veut pas dire que nous ne viendrons pas »: asserted
    for numero, groupe in enumerate(groupes):
        formes_ = [mots[r].forme for r in groupe]
        if formes_ and formes_[0] == "si":
            for r in groupe:
                mots[r].hypothese = True
        portees: list[tuple[int, int]] = []  # positions in the clause, inclusive
        for i, forme in enumerate(formes_):
            if forme == "ne":
                particule = next(
                    (k for k in range(i + 1, min(i + 9, len(formes_))) if formes_[k] in PARTICULES), None
                )
                if particule is not None:
                    # « nous préférerions ne pas avoir à évoquer votre situation » keeps it possible
                    if not _prefere_ne_pas_avoir(formes_, i, particule):
                        portees.append((i, particule + PORTEE))
                elif "ni" in formes_[:i] or (SUJETS_NEGATIFS | PARTICULES) & set(formes_[:i]):
                    portees.append((i, i + PORTEE + 1))
                elif sujet_nie_avant_l_incise(mots, groupes, numero, i):
                    portees.append((i, i + PORTEE + 1))  # « personne, ni à l'accueil ni…, n'est informé »
                elif _nie_par_la_suivante(mots, groupes, numero):
                    portees.append((i, len(formes_)))
                elif (liste := sujet_negatif_enumere(mots, groupes, numero, i)) is not None:
                    portees.append((i, i + PORTEE + 1))
                    # each member of the denied subject (« de dossier », « ou de recommandé »)
                    for r in liste:
                        mots[r].nie = True
                else:
                    suivante = groupes[numero + 1] if numero + 1 < len(groupes) else []
                    if suivante and mots[suivante[0]].forme == "que":
                        for r in groupe[i:]:
                            mots[r].restreint = True
                    elif (modal := _modal(mots, groupe, i)) is not None:
                        portees.append((i, modal + PORTEE))
            elif forme in PARTICULES_SANS_NE and (verbe := _ne_omis(formes_, i)) is not None:
                portees.append((verbe, i + PORTEE))  # « je changerai pas les serrures »
            elif forme == "personne" and _personne_sujet(formes_, i):
                portees.append((i, i + PORTEE + 1))  # « personne te mettra dehors »
            elif forme in NEGATEURS and (
                forme == "ni" or not (forme in PARTICULES and "ne" in formes_[max(0, i - 5) : i])
            ):  # each « ni » denies its own member: « ne doit ni indemnité ni pénalité »
                if forme == "sans" and i + 1 < len(formes_) and formes_[i + 1] in LOCUTIONS_EN_SANS:
                    continue
                if formes_[i + 1 : i + 2] == ["doute"] and formes_[i - 1 : i] == ["sans"]:
                    continue  # « sans aucun doute »
                if forme == "sans" and formes_[i + 1 : i + 3] in (["aucun", "doute"], ["nul", "doute"]):
                    continue
                if forme == "non" and i + 1 < len(formes_) and formes_[i + 1] in NOMS_EN_NON:
                    continue  # « le non-paiement autorise… » names a fact, denies nothing
                portees.append((i, i + PORTEE))
            elif (
                forme in INTERDICTIONS and formes_[i + 1 : i + 2] == ["de"] and not _malgre_tout(mots, groupe)
            ):
                portees.append((i, i + PORTEE))  # « la loi interdit de couper l'eau »
        if len(formes_) > 1 and formes_[0] == "vous" and formes_[1] in CRAINTES:
            portees.append((1, len(formes_)))
        if _hors_de_question(formes_):  # « il est hors de question que votre employeur soit informé »
            suivante = groupes[numero + 1] if numero + 1 < len(groupes) else []
            if suivante and mots[suivante[0]].forme in ("que", "de"):
                for r in suivante:
                    mots[r].nie = True
        if _sens_nie(formes_):  # « ce mot ne signifie pas qu'un huissier va venir »
            suivante = groupes[numero + 1] if numero + 1 < len(groupes) else []
            if suivante and mots[suivante[0]].forme == "que" and not _double_negation(mots, suivante):
                for r in suivante:
                    mots[r].nie = True
            elif suivante and mots[suivante[0]].forme == "que" and _nie_par_ne(mots, suivante):
                reaffirmees.append(suivante)
        ecarter_le_sujet(mots, groupes, numero)  # « les pénalités ne vous concernent pas »
        for debut, fin in portees:
            for k in range(debut, len(groupe)):
                forme = formes_[k]
                if k > debut and (mots[groupe[k - 1]].lemmes & LITOTES or forme in SUJETS):
                    break  # « ne pas hésiter à » : what follows is asserted; « on » opens a clause
                if forme == "pour" and any(mots[groupe[j]].lemmes & LITOTES for j in range(debut, k)):
                    break  # « nous ne patienterons pas plus longtemps pour saisir » : the purpose is asserted
                if (
                    k > debut
                    and formes_[k - 1] in PAIEMENTS
                    and (
                        forme in CIRCONSTANCES
                        or (forme not in OBJETS and RELATIFS.intersection(formes_[:debut]))
                    )
                ):
                    break  # « qui n'ont pas payé lors de l'assemblée », « … porteront » : the payment only
                if k > debut and forme in ("nous", "vous") and mots[groupe[0]].hypothese and k > fin - PORTEE:
                    break  # « si vous ne payez pas nous viendrons » : the main clause's subject
                if k > fin and not (
                    complement_suit(formes_, k)
                    or (formes_[k - 1] in CLITIQUES and forme.endswith(INFINITIFS))  # « de vous refuser »
                    or _but_d_un_deplacement(mots, groupe, debut, k)
                ):
                    break  # past its reach, the scope runs on to the end of a complement only
                mots[groupe[k]].nie = True
    par_dela_l_incise(mots, groupes)
    liste_reprise(mots, groupes)
    complement_coordonne(mots, groupes)
    participes_coordonnes(mots, groupes)
    garantie_refusee(mots, groupes)
    paroles_rapportees.question_rapportee(mots, groupes)
    paroles_rapportees.opinion_rapportee(mots, groupes)
    paroles_rapportees.question_dementie(mots, questions)
    paroles_rapportees.crainte_dementie(mots, groupes)
    crainte_nommee(mots, groupes)  # « M. X redoute la venue d'un huissier ; lui précisons qu'aucun… »
    liste_reniee(mots, groupes)  # « Saisir vos comptes, prévenir vos clients : rien de tout cela… »
    paroles_rapportees.acte_repris_et_nie(mots, groupes)
    reserves.restreindre(mots, groupes)  # « remis uniquement après règlement »
    reserves.reprendre(mots)  # « personne te mettra dehors, sauf si t'as pas payé »
    for groupe in reaffirmees:  # two negations assert: the clause's own denial is undone
        for r in groupe:
            mots[r].nie = False
    reprendre_les_denis(mots, groupes)  # « aucune saisie n'est lancée, elle le sera lundi »


# the act done anyway: « la loi interdit de couper l'eau ; nous le ferons quand même »
MALGRE_TOUT = frozenset({"pourtant", "malgre", "hesiterons", "hesiter", "ferons", "faire", "feront"})


def _malgre_tout(mots: list[Mot], groupe: list[int]) -> bool:
    """The sentence of `groupe` (or the next, past a semicolon) is a concession or does the
    forbidden act anyway."""
    phrase = mots[groupe[0]].phrase
    formes_ = [m.forme for m in mots if m.phrase in (phrase, phrase + 1)]
    paires = set(pairwise(formes_))
    return bool(
        mots[groupe[0]].hypothese
        or MALGRE_TOUT & set(formes_)
        or {("quand", "meme"), ("meme", "si"), ("bien", "que")} & paires
    )


# « nous préférerions ne pas avoir à prévenir votre directeur » names what will be done unless paid
PREFERENCES = frozenset(
    {"preferons", "prefererions", "prefererais", "aimerions", "aimerais", "souhaiterions", "souhaiterais",
     "voudrions", "voudrais"}
)  # fmt: skip


def _prefere_ne_pas_avoir(formes_: list[str], ne: int, particule: int) -> bool:
    """« préférer ne pas avoir à » : the negation wishes the act away, it does not deny it — an
    adverb between them included (« nous préférerions naturellement ne pas avoir à… »)."""
    avant = formes_[max(0, ne - 3) : ne]
    preference = next((k for k, f in enumerate(avant) if f in PREFERENCES), None)
    if preference is None or not all(f in ADVERBES or f.endswith("ment") for f in avant[preference + 1 :]):
        return False
    apres = formes_[particule + 1 : particule + 3]
    return apres == ["avoir", "a"] or apres[:1] == ["devoir"]


ADVERBES = frozenset({"vraiment", "bien", "tellement", "tant"})


def _nie_par_la_suivante(mots: list[Mot], groupes: list[list[int]], numero: int) -> bool:
    """« nous ne publions et ne publierons aucune liste »: a « ne » with no particle whose clause
    the next one, coordinated (« et ne », « ni ne », « ou ne »), completes with its particle."""
    if numero + 1 >= len(groupes) or mots[groupes[numero][0]].forme == "que":
        return False  # « dommage que votre employeur ne reçoive… et ne découvre » : an expletive « ne »
    suivante = [mots[r].forme for r in groupes[numero + 1]]
    if len(suivante) < 3 or suivante[0] not in ("et", "ni", "ou") or suivante[1] not in ("ne", "n"):
        return False
    return any(forme in PARTICULES for forme in suivante[2:9])


def _modal(mots: list[Mot], groupe: list[int], i: int) -> int | None:
    """The position in the clause of « pouvoir » or « savoir » right after « ne » (past its
    pronouns) at `i`, or None."""
    for k in range(i + 1, min(i + 4, len(groupe))):
        mot = mots[groupe[k]]
        if mot.forme in MODAUX:
            return k
        if mot.forme not in CLITIQUES:
            return None
    return None


def _hors_de_question(formes_: list[str]) -> bool:
    """The clause ends on « hors de question » or « pas question »: what follows is denied."""
    return formes_[-3:] == ["hors", "de", "question"] or formes_[-2:] == ["pas", "question"]


# the verbs that say what a word, a step or a fact means: denied, they deny the clause « que »
# opens after them (« la signification ne veut pas dire que vos biens seront saisis », « je ne
# considère pas que vous soyez condamnée »)
SENS = frozenset(
    {"signifie", "signifient", "signifiait", "signifierait", "signifiera", "implique", "impliquent",
     "impliquerait", "dire", "considere", "considerons", "estime", "estimons"}
)  # fmt: skip
# ... unless that clause is itself denied or escapes the act (« ne signifie pas que vous échapperez
# à la saisie », « … que nous y renonçons »): two negations assert it
ECHAPPER = (
    "echapp", "evit", "renonc", "abandon", "oubli", "laiss", "arret", "dispens", "epargn", "annul", "suspend",
    "stopp", "retir", "clos", "clotur", "lev",
    # (and the act said ruled out or harmless: « … que la saisie est exclue », « … que vous êtes à
    # l'abri », « … que votre salaire restera intact »: denied, the act stands — revue 39j)
    "exclu", "ecart", "abri", "impun", "intact", "tranquill",
    # (or a delay: « … que nous attendrons un jugement », « … que la saisie est reportée »)
    "attend", "patient", "report", "differ",
)  # fmt: skip


def _sens_nie(formes_: list[str]) -> bool:
    """The clause ends on a verb of meaning denied: « ne signifie pas », « ne veut pas dire »,
    « ne veut absolument pas dire », « je ne considère pas ».

    >>> from dossier.tone.analyse import analyser
    >>> [m.forme for m in analyser("cela ne veut pas dire que vos biens seront saisis.").mots if m.nie][-3:]
    ['biens', 'seront', 'saisis']
    >>> [m.forme for m in analyser("cela ne veut pas dire que vous echapperez a la saisie.").mots if m.nie]
    ['ne', 'veut', 'pas', 'dire']
    """
    if "ne" not in formes_:
        return False
    ne = len(formes_) - 1 - formes_[::-1].index("ne")
    apres = formes_[ne + 1 :]
    return len(apres) <= 5 and bool(PARTICULES.intersection(apres)) and bool(SENS.intersection(apres))


def _nie_par_ne(mots: list[Mot], groupe: list[int]) -> bool:
    """The clause « que » opens denies its own verb with « ne … pas / plus / jamais » (« que nous
    ne viendrons pas saisir »): under a denied verb of meaning, the act is asserted."""
    formes_ = [mots[r].forme for r in groupe]
    return any(f in ("ne", "n") for f in formes_) and bool({"pas", "plus", "jamais"} & set(formes_))


def _double_negation(mots: list[Mot], groupe: list[int]) -> bool:
    formes_ = [mots[r].forme for r in groupe]
    return bool(
        {"ne", "n", "pas", "jamais", "rien", "aucun", "aucune", "sans", "plus"} & set(formes_)
        or any(f.startswith(ECHAPPER) for f in formes_)
    )


def _but_d_un_deplacement(mots: list[Mot], groupe: list[int], debut: int, k: int) -> bool:
    """The word at `k` is an infinitive that a visit denied since `debut` came to do."""
    forme = mots[groupe[k]].forme
    return (
        forme.endswith(INFINITIFS)
        and forme not in PAS_INFINITIFS
        and mots[groupe[k - 1]].forme not in DETERMINANTS
        and any(mots[groupe[j]].lemmes & DEPLACEMENTS for j in range(debut, k))
    )
