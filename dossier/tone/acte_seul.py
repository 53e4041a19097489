"""The act of coercion asserted alone (TON-13): a rule's act word said outright in a sentence whose
companions are missing. Alone it proves nothing (« nous changerons de méthode »); with the learnt
reader's judgement that the sentence reads as pressure, it is a constraint the rules of
`regles.yaml` did not name whole (`phrases_lues.py`). What the act must hold is `regles.py`'s
(polarity, actor, `sauf`); this module says which rules may be read so and what is no act at all.

>>> from dossier.tone.analyse import analyser
>>> analyse = analyser("nous allons changer les serrures.")
>>> regle, _, _ = acte_affirme(analyse, analyse.phrases[0])
>>> regle.nom
'execution-sans-titre'
>>> analyse = analyser("nous pourrions changer les serrures.")
>>> acte_affirme(analyse, analyse.phrases[0]) is None
True
"""

from __future__ import annotations

from dossier.tone import acteurs
from dossier.tone.analyse import Analyse
from dossier.tone.excuses import excusee
from dossier.tone.jeu_de_regles import Regle, jeu
from dossier.tone.regles import actes_tenus, paiement_conditionne
from dossier.tone.remis_aux_notres import remis_aux_notres
from dossier.tone.rencontres import phrase_suivante, rencontres, rencontres_dans

# « le véhicule restera au garage tant que la réparation n'est pas payée » : the repairer's right
# of retention (C. civ. 2286), which TON-13 does not read as a constraint
RETENTION = "retention-du-reparateur"
HORS_RETENTION = ("service", "tiers")  # what the right of retention never reaches
# the unpaid periods of a contract (« les deux mois impayés »): a service of it denied until they are
# paid is the exception d'inexécution (C. civ. 1219-1220), no constraint TON-13 reads alone
PERIODES = "periodes-impayees"
# a cut for works on the network, the old item taken back at delivery: the act named alone (« la
# coupure », « l'eau sera coupée », « l'enlèvement ») is the service's own operation, no measure
# nor service withheld (pass 39 review)
OPERATIONS_DU_SERVICE = ("travaux-sur-le-reseau", "reprise-de-l-ancien")
HORS_DU_CONTRAT = "hors-du-contrat"  # another person, contract or service (`_periodes_du_contrat`)
SUSPENDRE = "retenir-un-service"  # the words of a service withheld, whichever rule reads them
# knowing is no doing: « nous savons », « vous connaissez », « des conséquences suivront » are a
# constraint only with their rule's companions (where the debtor lives, the landlord told), so
# TON-13 never takes them for the act
CONNAITRE = "connaitre"
# a verb in the conditional puts the act among the possibilities (« que nous pourrions saisir »,
# « des conséquences viendraient du juge ») : the neutral next step, never asserted enough for
# TON-13; a word that is its own lemma (« frais », « retrait ») is no conditional
CONDITIONNEL = ("rais", "rait", "rions", "riez", "raient")


# Acts a letter may name (`acte_affirme`): asking for payment (TON-06), the court the creditor
# may seize (TON-09), a service suspended for its own bill (TON-10, C. civ. 1219-1220).
LICITES_EN_SOI = frozenset({"TON-06", "TON-09", "TON-10"})
# Between professionals, penalties the contract provides are due (C. com. L441-10) and a supplier
# may refuse new orders until paid: only a consumer's fees and services are read this way
# (C. conso. L121-6, L121-7 protect consumers).
ENTRE_CONSOMMATEURS = frozenset({"frais", "service"})


def acte_affirme(
    analyse: Analyse, phrase: tuple[int, int], civil: bool = True
) -> tuple[Regle, int, int] | None:
    """The first rule whose act is asserted in `phrase` — its polarity, actor and `sauf` held,
    outside any hypothesis or question — though its companions (`avec`) are missing: (the rule,
    first word, last word + 1), or None. Alone it proves nothing (« nous changerons de
    méthode »); with the learnt reader's judgement that the sentence reads as pressure, it is a
    constraint the rules did not name whole (TON-13, `phrases_lues.py`) — unless the sentence is about
    a repair's price (`retention-du-reparateur`: the thing repaired kept until the repair is paid,
    C. civ. 2286) and names no document or service and no third party (« votre carte grise
    restera au garage tant que la réparation de la voiture de votre épouse n'est pas soldée » is
    no retention of the thing repaired)."""
    debut, fin = phrase
    if excusee(analyse, (RETENTION,), debut, fin) and not rencontres_dans(
        analyse, HORS_RETENTION, debut, fin
    ):
        return None
    for regle in jeu().regles:
        if (regle.si == "civil" and not civil) or regle.code in LICITES_EN_SOI or not regle.acte_seul:
            continue
        if regle.categorie in ENTRE_CONSOMMATEURS and not civil:
            continue
        if regle.seul_si and not _porte_sur(analyse, regle, debut, fin):
            continue  # what the act bears on is not in the sentence (« le planning est affiché »)
        if regle.polarite == "niee" and not paiement_conditionne(analyse, phrase):
            continue  # « ne pas avoir » is no refusal unless hung on a payment (« tant que »)
        periodes = _periodes_du_contrat(analyse, debut, fin)
        if regle.categorie in ("execution", "service") and excusee(
            analyse, OPERATIONS_DU_SERVICE, debut, fin
        ):
            continue  # « la coupure d'électricité pour des travaux d'Enedis » (C. civ. 1719, 1724)
        if regle.categorie == "service" and periodes:
            continue  # withheld until the contract's own unpaid months: its remedy (rules read it whole)
        for a, b in actes_tenus(regle, analyse, phrase, assertion=True):
            if periodes and rencontres(analyse, SUSPENDRE, a, b):
                # « je suspends mes cours … le temps que les trois mois en retard soient payés »: the
                # word another rule reads as a cut (« suspendre ») withholds the service of those
                # months, the same exception d'inexécution (C. civ. 1219-1220; pass 39)
                continue
            # knowing, or what the creditor receives or learns (« nous avons reçu un message de
            # l'école »), is no act of his, whoever the rule sees told (`acteurs.le_creancier_recoit`)
            sait = (a, b) in rencontres(analyse, CONNAITRE, a, b) or acteurs.le_creancier_recoit(analyse, a)
            # nor is a file handed to its own service (« confié à notre service de recouvrement »)
            chez_lui = remis_aux_notres(analyse, a)
            if not sait and not chez_lui and not _au_conditionnel(analyse, a, debut):
                return regle, a, b
    return None


def _periodes_du_contrat(analyse: Analyse, debut: int, fin: int) -> bool:
    """The contract's own unpaid periods are named in words [debut, fin) (`periodes-impayees`), and
    no other person, contract or service after them (`hors-du-contrat`): « les deux mois impayés
    de votre mari », « …, votre mère ne sera plus reçue à la maison de retraite » are another
    debt or another service, no exception d'inexécution (C. conso. L121-6; pass 39)."""
    if not excusee(analyse, (PERIODES,), debut, fin, nie_admis=True):
        return False
    premier = min(a for a, _ in rencontres(analyse, PERIODES, debut, fin))
    return not rencontres(analyse, HORS_DU_CONTRAT, premier, fin)


def _porte_sur(analyse: Analyse, regle: Regle, debut: int, fin: int) -> bool:
    """What the act bears on (`seul_si`) is in its sentence, or the debt or its debtors
    (`seul_si_ensuite`) in the next one: « Nous afficherons la liste au club house. Elle comportera
    les membres qui n'ont pas réglé leur cotisation. » publishes the debtors all the same (C. civ. 9;
    C. conso. L121-6, L121-7)."""
    if rencontres_dans(analyse, regle.seul_si, debut, fin):
        return True
    if not regle.seul_si_ensuite:
        return False  # (the next sentence looked for only when the rule reads it)
    suivante = phrase_suivante(analyse, fin)
    return suivante is not None and rencontres_dans(analyse, regle.seul_si_ensuite, *suivante)


def _au_conditionnel(analyse: Analyse, rang: int, debut: int) -> bool:
    """A verb in the conditional stands in the clause of the word at `rang`, up to that word."""
    proposition = analyse.mots[rang].proposition
    return any(
        m.proposition == proposition and m.forme.endswith(CONDITIONNEL) and m.lemmes != {m.forme}
        for m in analyse.mots[debut : rang + 1]
    )
