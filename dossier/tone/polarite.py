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
from dossier.tone.lexique_negation import (
    AUXILIAIRES,
    CHARGES,
    CIRCONSTANCES,
    CONCERNE,
    CRAINTES,
    DEPLACEMENTS,
    DETERMINANTS,
    DROIT_REFUSE,
    ETRE,
    FICHIERS,
    INAPPLICABLE,
    INTERDICTIONS,
    LITOTES,
    LOCUTIONS_EN_SANS,
    NEGATEURS,
    NOMS_EN_NON,
    NON_DUS,
    NON_ENVISAGE,
    NON_VERBES,
    OBJETS,
    PAIEMENTS,
    PARTICULES,
    PARTICULES_SANS_NE,
    PAS_INFINITIFS,
    PLUS_TARD,
    PORTEE,
    PRONOMS_SUJETS,
    RELATIFS,
    RESTRICTIFS,
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
                elif _sujet_nie_avant_l_incise(mots, groupes, numero, i):
                    portees.append((i, i + PORTEE + 1))  # « personne, ni à l'accueil ni…, n'est informé »
                elif _nie_par_la_suivante(mots, groupes, numero):
                    portees.append((i, len(formes_)))
                elif (liste := _sujet_negatif_enumere(mots, groupes, numero, i)) is not None:
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
        sujet = _sujet_nie(formes_)
        if sujet and _repris_ensuite(mots, groupes, numero):
            sujet = 0  # « votre employeur n'est pas informé, mais il le sera »
        if sujet:
            sujets = groupe[:sujet]
            coordonne = formes_[0] in ("et", "ou", "ni") and numero > 0
            if coordonne and _sujet_coordonne(mots, groupes[numero - 1], groupe):
                sujets = groupes[numero - 1] + sujets  # « les pénalités et l'indemnité ne s'appliquent pas »
            for r in sujets:
                mots[r].nie = mots[r].sujet_ecarte = True
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
    paroles_rapportees.acte_repris_et_nie(mots, groupes)
    reserves.restreindre(mots, groupes)  # « remis uniquement après règlement »
    reserves.reprendre(mots)  # « personne te mettra dehors, sauf si t'as pas payé »


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


def _sujet_nie_avant_l_incise(mots: list[Mot], groupes: list[list[int]], numero: int, ne: int) -> bool:
    """« Personne, ni à l'accueil ni parmi les résidents, n'est informé », « aucun membre du
    personnel, à notre connaissance, n'a été prévenu »: the « ne » that opens its clause (past its
    pronouns) has for subject a negation the incise (one or two short clauses between commas)
    separates from it — denied as if no comma stood there."""
    groupe = groupes[numero]
    if any(mots[r].forme not in CLITIQUES for r in groupe[:ne]):
        return False
    phrase = mots[groupe[0]].phrase
    for avant in reversed(groupes[max(0, numero - 3) : numero]):
        formes_ = [mots[r].forme for r in avant]
        if mots[avant[0]].phrase != phrase or "ne" in formes_ or len(formes_) > 8:
            return False
        if formes_[0] in SUJETS_NEGATIFS:
            return True
        if formes_[0] in CHARNIERES:  # « si », « que », « mais »… open a clause of their own, not an incise
            return False
    return False


def _nie_par_la_suivante(mots: list[Mot], groupes: list[list[int]], numero: int) -> bool:
    """« nous ne publions et ne publierons aucune liste »: a « ne » with no particle whose clause
    the next one, coordinated (« et ne », « ni ne », « ou ne »), completes with its particle."""
    if numero + 1 >= len(groupes) or mots[groupes[numero][0]].forme == "que":
        return False  # « dommage que votre employeur ne reçoive… et ne découvre » : an expletive « ne »
    suivante = [mots[r].forme for r in groupes[numero + 1]]
    if len(suivante) < 3 or suivante[0] not in ("et", "ni", "ou") or suivante[1] not in ("ne", "n"):
        return False
    return any(forme in PARTICULES for forme in suivante[2:9])


# what opens a further member of a listed subject (« aucun frais de relance, de dossier ou de
# recommandé n'est ajouté »)
MEMBRES = frozenset({"de", "d", "du", "des", "ou", "et", "ni", "le", "la", "les", "l", "un", "une"})
NOMINAL_INTERDIT = PRONOMS_SUJETS | ETRE | AUXILIAIRES | {"ne", "que", "qu", "si"}


def _sujet_negatif_enumere(
    mots: list[Mot], groupes: list[list[int]], numero: int, ne: int
) -> list[int] | None:
    """« aucun frais de relance, de dossier ou de recommandé n'est ajouté »: a « ne » with no particle
    whose subject is a list, cut into clauses by its commas and « ou », opened by a negative subject
    (« aucun », « nul », « rien », « ni ») — the words of the list, or None."""
    groupe = groupes[numero]
    avant_ne = [mots[r].forme for r in groupe[:ne]]
    # (the clause may open on « ne » itself: « nulle pénalité, de retard ou de relance, n'est ajoutée »)
    if avant_ne and (avant_ne[0] not in MEMBRES or set(avant_ne) & NOMINAL_INTERDIT or len(avant_ne) > 6):
        return None
    membres = list(groupe[:ne])
    for precedent in reversed(groupes[max(0, numero - 4) : numero]):
        formes_ = [mots[r].forme for r in precedent]
        if mots[precedent[0]].phrase != mots[groupe[0]].phrase or len(formes_) > 6:
            return None
        if formes_[0] in SUJETS_NEGATIFS | {"ni"}:
            return list(precedent) + membres if not set(formes_[1:]) & NOMINAL_INTERDIT else None
        if formes_[0] not in MEMBRES or set(formes_) & NOMINAL_INTERDIT:
            return None
        membres = list(precedent) + membres
    return None


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


def _sujet_nie(formes_: list[str]) -> int:
    """The number of words before « ne » that its predicate denies (its subject), or 0: a thing
    « n'est pas envisagé », « ne sera pas à l'ordre du jour »; or said not to apply, not to be due
    (« les pénalités ne vous concernent pas », « l'indemnité ne s'applique pas aux particuliers »,
    « ne vous sont pas applicables ») — but not « pas encore », « pas pour l'instant »."""
    for i, forme in enumerate(formes_[1:-2], start=1):
        if forme != "ne":
            continue
        k = i + 1
        while k < len(formes_) - 1 and formes_[k] in CLITIQUES:
            k += 1
        if formes_[k] in ("a", "ont") and formes_[k + 1 : k + 4] == ["rien", "a", "voir"]:
            return i  # « la Banque de France n'a rien à voir avec une facture de coiffure »
        if formes_[k] in ("a", "ont") and formes_[k + 1 : k + 4] in DROIT_REFUSE:
            return i  # « un serrurier n'a pas le droit de reprendre un cylindre posé » : the law stated
        if k + 1 >= len(formes_) or formes_[k + 1] not in ("pas", "nullement", "aucunement", "jamais"):
            return 0
        if PLUS_TARD & set(formes_[k + 2 :]) or RESTRICTIFS & set(formes_[k + 2 : k + 5]):
            return 0  # « pas encore », « pas seulement » : announced for later, or for more
        if formes_[k] in ETRE and NON_ENVISAGE & set(formes_[k + 2 : k + 5]):
            return i
        if formes_[k] in ETRE and formes_[k + 2 : k + 3] and formes_[k + 2] in CONCERNE:
            return i if (FICHIERS | CHARGES) & set(formes_[:i]) else 0
        non_du = formes_[k] in ETRE and bool(NON_DUS & set(formes_[k + 2 : k + 5]))
        inapplicable = formes_[k] in INAPPLICABLE or non_du
        # only a charge is said not to apply (« les pénalités ne vous concernent pas »)
        if inapplicable and CHARGES & set(formes_[:i]):
            return i
        return 0
    return 0


# what takes back a thing said not done: « mais il le sera », « mais nous l'appellerons quand même »
REPRISES_APRES = frozenset({"mais", "pourtant", "cependant", "toutefois", "neanmoins"})


def _repris_ensuite(mots: list[Mot], groupes: list[list[int]], numero: int) -> bool:
    """A later clause of the sentence takes the denial back: « mais … », « il le sera », « quand même »."""
    phrase = mots[groupes[numero][0]].phrase
    suite = [mots[r].forme for g in groupes[numero + 1 :] for r in g if mots[r].phrase == phrase]
    paires = set(pairwise(suite))
    # (« il le sera » takes it back; « et ne le sera pas » denies it again)
    return bool(
        REPRISES_APRES & set(suite)
        or ("quand", "meme") in paires
        or any(
            suite[i] in ("le", "l") and suite[i + 1] in ETRE and (i == 0 or suite[i - 1] != "ne")
            for i in range(len(suite) - 1)
        )
    )


def _sujet_coordonne(mots: list[Mot], avant: list[int], groupe: list[int]) -> bool:
    """The clause `avant`, which « et »/« ou »/« ni » joins to `groupe`, is a first member of its
    subject (« les pénalités de retard | et l'indemnité de 40 € ne s'appliquent pas »): in the
    same sentence, with no verb of its own that a subject pronoun or an auxiliary would show."""
    formes_ = [mots[r].forme for r in avant]
    return (
        mots[avant[0]].phrase == mots[groupe[0]].phrase
        and len(avant) <= 8
        and len(formes_) > 1
        and formes_[0] in DETERMINANTS
        and formes_[1] in CHARGES  # « les pénalités de retard », never « nos agents saisiront… »
        and not set(formes_) & (PRONOMS_SUJETS | ETRE | AUXILIAIRES | {"ne"})
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
