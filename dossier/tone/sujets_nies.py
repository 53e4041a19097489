"""The subject of a denial, which `polarite.marquer` reads in each clause: a negative subject
that lets a « ne » without its particle deny, and a subject its own predicate denies.

A negative subject (« personne », « aucun », « nul », « rien », « ni ») may stand apart from the
« ne » it governs: past an incise (« Personne, ni à l'accueil ni parmi les résidents, n'est
informé »), or at the head of a list its commas and « ou » cut into clauses (« aucun frais de
relance, de dossier ou de recommandé n'est ajouté »); the « ne » denies as if no comma stood there.
A predicate that says its subject is not envisaged, does not apply or is not due denies that
subject (« l'indemnité ne s'applique pas aux particuliers », « les pénalités et l'indemnité ne vous
concernent pas »), a first member coordinated before « et » included — unless a later clause of the
sentence takes the denial back (« votre employeur n'est pas informé, mais il le sera »).

>>> from dossier.tone.analyse import analyser
>>> [m.forme for m in analyser("les penalites ne vous concernent pas.").mots if m.sujet_ecarte]
['les', 'penalites']
>>> [m.forme for m in analyser("votre employeur n'est pas informe, mais il le sera.").mots if m.sujet_ecarte]
[]
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from dossier.tone.lexique_negation import (
    AUXILIAIRES,
    CHARGES,
    CONCERNE,
    DETERMINANTS,
    DROIT_REFUSE,
    ETRE,
    FICHIERS,
    INAPPLICABLE,
    NON_DUS,
    NON_ENVISAGE,
    PLUS_TARD,
    PRONOMS_SUJETS,
    RESTRICTIFS,
    SUJETS_NEGATIFS,
)
from dossier.tone.mots_outils import CHARNIERES, CLITIQUES

if TYPE_CHECKING:
    from dossier.tone.analyse import Mot


def ecarter_le_sujet(mots: list[Mot], groupes: list[list[int]], numero: int) -> None:
    """Marks denied and set aside (`sujet_ecarte`) the subject that the predicate of clause
    `numero` denies, if any (see the module's docstring)."""
    groupe = groupes[numero]
    formes_ = [mots[r].forme for r in groupe]
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


def sujet_nie_avant_l_incise(mots: list[Mot], groupes: list[list[int]], numero: int, ne: int) -> bool:
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


# what opens a further member of a listed subject (« aucun frais de relance, de dossier ou de
# recommandé n'est ajouté »)
MEMBRES = frozenset({"de", "d", "du", "des", "ou", "et", "ni", "le", "la", "les", "l", "un", "une"})
# what a member of « n'est ni … ni … » may say beside NON_ENVISAGE for the subject to be denied (« ni
# envisagée ni possible », « ni d'actualité », « ni à l'ordre du jour ») — not a reprieve denied
# (« n'est ni envisagée ni reportée : elle aura lieu… »: the act then stands) (revue 39j)
NI_ECARTES = frozenset(
    {"possible", "possibles", "envisageable", "envisageables", "permis", "permise", "permises", "autorise",
     "autorisee", "autorises", "autorisees", "legal", "legale", "legaux", "legales", "souhaite", "souhaitee",
     "souhaitable", "d", "a", "au"}
)  # fmt: skip
# (an adverb a member may open with: « ni même possible »)
ADVERBES_DU_MEMBRE = frozenset({"meme", "plus", "vraiment", "juridiquement", "legalement", "actuellement"})
NOMINAL_INTERDIT = PRONOMS_SUJETS | ETRE | AUXILIAIRES | {"ne", "que", "qu", "si"}


def sujet_negatif_enumere(
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


def _ni_tous_ecartes(formes_: list[str]) -> bool:
    """Each member « ni » opens says the act is not on the way (« ni envisagée ni possible »); a
    member that denies a reprieve (« ni reportée », « ni annulée », « ni suspendue ») asserts it.

    >>> _ni_tous_ecartes("ni envisagee ni possible".split())
    True
    >>> _ni_tous_ecartes("ni envisagee ni reportee".split())
    False
    >>> _ni_tous_ecartes("ni envisagee ni meme possible".split())
    True
    """
    membres = []
    for i, forme in enumerate(formes_[:-1]):
        if forme == "ni":  # (past an adverb: « ni même possible », « ni juridiquement possible »)
            suite = [f for f in formes_[i + 1 :] if f not in ADVERBES_DU_MEMBRE]
            membres.append(suite[0] if suite else "")
    return bool(membres) and all(m in NON_ENVISAGE or m in NI_ECARTES for m in membres)


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
        # (« n'est ni envisagée ni possible »: each « ni » denies its member, the subject with them)
        if k + 1 >= len(formes_) or formes_[k + 1] not in ("pas", "nullement", "aucunement", "jamais", "ni"):
            return 0
        if PLUS_TARD & set(formes_[k + 2 :]) or RESTRICTIFS & set(formes_[k + 2 : k + 5]):
            return 0  # « pas encore », « pas seulement » : announced for later, or for more
        if formes_[k + 1] == "ni" and not _ni_tous_ecartes(formes_[k + 1 :]):
            return 0  # « n'est ni envisagée ni reportée » : one member denied asserts the act
        if formes_[k] in ETRE and NON_ENVISAGE & set(formes_[k + 2 : k + 5]):
            return i
        if _n_aura_pas_lieu(formes_, k):
            return i  # « l'expulsion n'aura pas lieu », « la coupure n'interviendra pas »
        if formes_[k] in ETRE and formes_[k + 2 : k + 3] and formes_[k + 2] in CONCERNE:
            return i if (FICHIERS | CHARGES) & set(formes_[:i]) else 0
        non_du = formes_[k] in ETRE and bool(NON_DUS & set(formes_[k + 2 : k + 5]))
        inapplicable = formes_[k] in INAPPLICABLE or non_du
        # only a charge is said not to apply (« les pénalités ne vous concernent pas »)
        if inapplicable and CHARGES & set(formes_[:i]):
            return i
        return 0
    return 0


# a measure said not to happen: « la saisie n'aura pas lieu », « l'expulsion n'interviendra pas »,
# « la coupure ne se fera pas » (pass 39) — « ne fera pas » without « se » keeps its subject acting
# (« l'huissier ne fera pas de cadeau »)
AVOIR_LIEU = frozenset({"aura", "auront", "a", "ont", "aurait", "auraient"})
INTERVENIR = frozenset(
    {"interviendra", "interviendront", "intervient", "interviennent", "interviendrait", "interviendraient"}
)
SE_FAIRE = frozenset({"fera", "feront", "fait", "font", "ferait", "feraient"})


def _n_aura_pas_lieu(formes_: list[str], k: int) -> bool:
    """The verb at `k`, past « ne » and its pronouns, says its subject will not happen."""
    verbe = formes_[k]
    return (
        (verbe in AVOIR_LIEU and formes_[k + 2 : k + 3] == ["lieu"])
        or verbe in INTERVENIR
        or (verbe in SE_FAIRE and formes_[k - 1] == "se")
    )


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
