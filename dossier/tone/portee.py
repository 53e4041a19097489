"""How far a denial reaches past the clause that holds it (`polarite.py` marks the clause first):
complements and participles coordinated to a denied one, a list taken up by « rien de tout ça »,
a guarantee refused, a denied power whose infinitive comes after an incise; and the infinitive's
shape those readings share."""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.tone.lexique_negation import (
    AUXILIAIRES,
    COMPLEMENTS,
    DETERMINANTS,
    ETRE,
    GARANTIES,
    LIANTS,
    LITOTES,
    PARTICULES,
    PLUS_TARD,
    PORTEE,
    PRONOMS_SUJETS,
)
from dossier.tone.mots_outils import CHARNIERES, CLITIQUES, INFINITIFS, MODAUX

if TYPE_CHECKING:
    from dossier.tone.analyse import Mot


# the prepositions that open a complement coordinated to the one before (« sur internet ou sur
# les réseaux sociaux »)
PREPOSITIONS = frozenset({"a", "au", "aux", "aupres", "sur", "dans", "chez", "par", "en", "de", "du", "des"})


def complement_coordonne(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« Aucune information ne sera publiée sur internet ou sur les réseaux sociaux »: a complement
    coordinated by « ou » or « ni » to a denied one, with no verb of its own, is denied with it —
    « ou » cut the clause, not the negation."""
    for numero, groupe in enumerate(groupes[1:], start=1):
        avant = groupes[numero - 1]
        formes_ = [mots[r].forme for r in groupe]
        if (
            len(formes_) < 2
            or len(formes_) > 5  # the preposition, a determiner, a noun and its adjective
            or formes_[0] not in ("ou", "ni")  # « pas sur notre site, et sur le tableau » asserts the second
            or formes_[1] not in PREPOSITIONS
            or mots[groupe[0]].phrase != mots[avant[-1]].phrase
            or not mots[avant[-1]].nie
            or set(formes_) & (PRONOMS_SUJETS | ETRE | AUXILIAIRES | CHARNIERES - {"ou"} | {"ne"})
        ):
            continue
        for r in groupe:
            mots[r].nie = True


def participe(mot: Mot) -> bool:
    """« publiée », « affichés », « transmis »: a verb's participle (its lemma an infinitive)."""
    return mot.forme not in DETERMINANTS and any(
        lemme != mot.forme and lemme.endswith(INFINITIFS) and mot.forme.startswith(lemme[:3])
        for lemme in mot.lemmes
    )


def participes_coordonnes(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« Aucune information ne sera publiée, affichée ou communiquée à vos voisins »: participles
    listed after a denied one (a comma, « ou », « ni »), with no subject or auxiliary of their own,
    share its denial — the comma cut the clause, not the negation; « et » may assert (« ne sera pas
    classé, et transmis à notre avocat »), so it does not carry it."""
    for numero, groupe in enumerate(groupes[1:], start=1):
        avant = mots[groupes[numero - 1][-1]]
        formes_ = [mots[r].forme for r in groupe]
        tete = 1 if formes_[0] in ("ou", "ni") else 0
        if (
            len(formes_) <= tete
            or not avant.nie
            or not participe(avant)
            or avant.phrase != mots[groupe[0]].phrase
            or not participe(mots[groupe[tete]])
            # (« à » after the participle is its complement, no auxiliary)
            or set(formes_) & (PRONOMS_SUJETS | ETRE | CHARNIERES - {"ou"} | {"ne"})
        ):
            continue
        for r in groupe:
            mots[r].nie = True


# « rien de tout ça », « aucune de ces choses »: a pronoun that takes up what the sentence listed
REPRISES = (["rien", "de", "tout"], ["rien", "de", "cela"], ["rien", "de", "ceci"], ["rien", "de", "ca"])


def liste_reprise(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« Le tribunal, l'huissier, la saisie : rien de tout ça n'est au programme » — a list of noun
    phrases taken up by a denied « rien de tout ça »: each is denied with it."""
    for numero, groupe in enumerate(groupes[1:], start=1):
        formes_ = [mots[r].forme for r in groupe]
        if formes_[:3] not in REPRISES or "ne" not in formes_:
            continue
        liste = []
        for avant in reversed(groupes[:numero]):
            premiere = mots[avant[0]]
            if (
                premiere.phrase != mots[groupe[0]].phrase
                or premiere.forme not in DETERMINANTS
                or len(avant) > 6
            ):
                break
            if {mots[r].forme for r in avant} & (PRONOMS_SUJETS | ETRE | AUXILIAIRES | {"ne"}):
                break  # a clause of its own, not a member of the list
            liste.append(avant)
        if len(liste) >= 2:
            for avant in liste:
                for r in avant:
                    mots[r].nie = True


def garantie_refusee(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« nous ne pouvons garantir que votre employeur ne sera pas informé »: a guarantee refused
    leaves its « que » clause possible — its own denial no longer holds (the risk is announced)."""
    for numero, groupe in enumerate(groupes[:-1]):
        suivante = groupes[numero + 1]
        if mots[suivante[0]].forme != "que" or mots[suivante[0]].phrase != mots[groupe[0]].phrase:
            continue
        if any((mots[r].nie or mots[r].restreint) and mots[r].forme in GARANTIES for r in groupe):
            for r in suivante:
                mots[r].nie = False


# a power denied as a noun (« notre étude n'a pas le pouvoir, en phase amiable, de saisir vos
# comptes »): like « ne peut pas », it denies the infinitive « de » brings after the incise
CAPACITES = frozenset({"pouvoir", "droit", "possibilite", "capacite"})


def par_dela_l_incise(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« nous ne pouvons pas, seuls, faire saisir vos biens »: a denied « pouvoir » whose
    infinitive comes after an incise (one or two short clauses between commas) denies that
    infinitive and its object as if no comma stood there; so does a denied power named as a noun,
    its infinitive after « de » (« n'a pas le pouvoir, en phase amiable, de saisir vos comptes »)
    — unless the incise says « not yet » (« pas le droit, à ce stade, de… »)."""
    for numero, groupe in enumerate(groupes[:-2]):
        dernier = mots[groupe[-1]]
        modal = dernier.forme in PARTICULES and any(mots[r].forme in MODAUX for r in groupe)
        if not (dernier.nie and (modal or dernier.forme in CAPACITES)):
            continue
        suite = numero + 1
        while (
            suite < len(groupes) - 1
            and suite - numero <= 2
            and len(groupes[suite]) <= 4
            and (mots[groupes[suite][0]].forme not in CHARNIERES or modal_nie_aussi(mots, groupes[suite]))
            and not infinitif_seul(apres_les_clitiques([mots[r].forme for r in groupes[suite]]))
            and (modal or not de_infinitif([mots[r].forme for r in groupes[suite]]))
        ):
            suite += 1
        cible = groupes[suite]
        if suite == numero + 1 or mots[cible[0]].phrase != dernier.phrase:
            continue
        formes_ = [mots[r].forme for r in cible]
        debut = 0  # where the infinitive's clause begins: past « de » after a power named as a noun
        if not modal:
            incise = {mots[r].forme for g in groupes[numero + 1 : suite] for r in g}
            if not de_infinitif(formes_) or incise & PLUS_TARD:
                continue
            debut = 1  # « de vous refuser » → « refuser »
        verbe = debut + formes_[debut:].index(apres_les_clitiques(formes_[debut:]))
        if not infinitif_seul(formes_[verbe]) or mots[cible[verbe]].lemmes & LITOTES:
            continue  # « ne pouvons plus, hélas, éviter la saisie » asserts it
        for k, rang in enumerate(cible):
            if k > PORTEE and not complement_suit(formes_, k):
                break
            mots[rang].nie = True


def de_infinitif(formes_: list[str]) -> bool:
    """« de saisir vos comptes », « de vous refuser »: an infinitive brought by « de »."""
    return len(formes_) > 1 and formes_[0] == "de" and infinitif_seul(apres_les_clitiques(formes_[1:]))


def apres_les_clitiques(formes_: list[str]) -> str:
    """The clause's first word past its pronouns (« vous accorder » → « accorder »), or its first."""
    return next((forme for forme in formes_ if forme not in CLITIQUES), formes_[0])


def infinitif_seul(forme: str) -> bool:
    """« accorder », « saisir », « vendre » — not « notre », « votre », « leur » or « entre »."""
    return forme.endswith(INFINITIFS) and forme not in DETERMINANTS | {
        "notre",
        "leur",
        "entre",
        "contre",
        "outre",
    }


def modal_nie_aussi(mots: list[Mot], groupe: list[int]) -> bool:
    """« et ne voulons pas », « ni ne voulons »: an incise that is itself a denied modal verb."""
    formes_ = [mots[r].forme for r in groupe]
    return formes_[0] in ("et", "ni") and "ne" in formes_ and all(mots[r].nie for r in groupe[1:])


GARDES = frozenset({"gage", "garantie", "otage", "depot"})  # « en gage », « en dépôt »: how a thing is kept


def complement_suit(formes_: list[str], k: int) -> bool:
    """The word at `k` goes on the complement a negation reached: a preposition, a word after a
    linking one (« à la Banque de France »), or the object of an infinitive (« de porter plainte »)."""
    return (
        formes_[k] in COMPLEMENTS
        or formes_[k - 1] in LIANTS
        or infinitif(formes_, k - 1)
        or (formes_[k - 1] == "pour" and formes_[k].endswith(INFINITIFS))  # « pour couvrir des frais »
        # how the thing would be kept: « nous ne garderons pas votre matériel de sono en gage »
        or (formes_[k] == "en" and k + 1 < len(formes_) and formes_[k + 1] in GARDES)
        or (formes_[k - 1] == "en" and formes_[k] in GARDES)
    )


def infinitif(formes_: list[str], k: int) -> bool:
    """« de porter », « à saisir », « de vous facturer » : an infinitive after its preposition (and
    its pronouns), whose object it governs."""
    if k <= 0 or not formes_[k].endswith(INFINITIFS):
        return False
    avant = k - 1
    while avant > 0 and k - avant <= 2 and formes_[avant] in CLITIQUES:
        avant -= 1
    return formes_[avant] in ("de", "a", "pour")
