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

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from dossier.tone import acteurs
from dossier.tone.analyse import Analyse, analyser
from dossier.tone.excuses import excusee
from dossier.tone.jeu_de_regles import Regle, jeu
from dossier.tone.rencontres import dans_la_suivante, phrase_suivante, rencontres, toutes
from dossier.tone.sujet_nomme import mesure_de_la_phrase_d_avant, sujet_de_l_acte

SUJETS = ("je", "nous", "on", "vous", "il", "elle", "ils", "elles")
DEMANDE = "demande-au-debiteur"  # « merci de nous transmettre » : the debtor is asked to act


@dataclass(frozen=True)
class Trouvee:
    regle: Regle
    debut: int  # span in the folded text
    fin: int
    extrait: str  # the folded words, for doctests and the review band
    mots: tuple[str, ...]  # the words that raised it, as the text writes them


# the rules whose act is the creditor's knowing (« nous savons où vous habitez »): for them « j'ai su
# que … » is the act, no news received (`acteurs.le_creancier_recoit`)
SAVOIR = "connaitre"


def _pas_du_creancier(analyse: Analyse, rang: int, *, savoir_est_l_acte: bool = False) -> bool:
    """The act at `rang` is not the creditor's doing to someone else (`acteurs.py`), or its clause
    asks the debtor to do it (« merci de nous transmettre les coordonnées de votre employeur »)."""
    if acteurs.pas_du_creancier(analyse, rang, savoir_est_l_acte=savoir_est_l_acte):
        return True
    # (the act itself may be the imperative that asks: « dites-nous », « indiquez-nous »)
    # (« dites-le-nous »: its object pronoun between) — in the act's own clause: « … est annulé : merci
    # de régler d'abord … » asks the payment, not the act (pass 41)
    debut = acteurs.debut_de_proposition(analyse, rang)
    prop, demandes = analyse.mots[rang].proposition, rencontres(analyse, DEMANDE, debut, rang + 3)
    return any(analyse.mots[d].proposition == prop for d, _ in demandes)


# « pas de paiement », « sans règlement » name the payment at once: « il n'y aura pas
# d'inscription au fichier pour une facture », « sans décision du juge … votre dette » hang nothing
# on it. « Tant que », « si », « faute de », « sinon »… reach across their sentence (« tant que la
# cotisation de l'association n'est pas réglée », « réglez, sinon… »).
CONDITION_SERREE = ("pas", "sans")


def paiement_conditionne(
    analyse: Analyse, phrase: tuple[int, int], hors: frozenset[int] = frozenset()
) -> bool:
    """The sentence hangs something on a payment (« si vous ne payez pas », « tant que ») — a
    payment word at a position of `hors` not counted."""
    debut, fin = phrase
    paiements = [a for a, _ in rencontres(analyse, "paiement", debut, fin) if a not in hors]
    return bool(paiements) and any(
        analyse.mots[a].forme not in CONDITION_SERREE or any(b <= p < b + 3 for p in paiements)
        for a, b in rencontres(analyse, "tant-que", debut, fin)
        # « même si la facture reste impayée » concedes, hangs nothing on the payment
        if not (analyse.mots[a].forme == "si" and a > 0 and analyse.mots[a - 1].forme == "meme")
    )


def _polarite_tenue(regle: Regle, analyse: Analyse, a: int, b: int, phrase: tuple[int, int]) -> bool:
    """The act's first word carries its polarity: a negation inside the entry itself (« classer
    sans suite ») is part of the act, not a denial of it."""
    if regle.polarite == "indifferente":
        return True
    nie = analyse.mots[a].nie or analyse.mots[a].restreint
    if regle.polarite == "niee":  # (a thing said not to apply or not envisaged is withheld from no one)
        return (
            nie
            and not analyse.mots[a].sujet_ecarte
            and not _denie_autre_chose(analyse, a)
            and not _ce_que_paie_la_facture(analyse, a)
            and not _objet_de_la_dette(analyse, a)
        )
    return (
        not nie
        or (regle.chantage and paiement_conditionne(analyse, phrase))
        or (
            regle.categorie == "tiers"
            and acteurs.restreint_a_un_tiers(
                analyse,
                a,
                phrase[1],
                (d for nom in regle.avec for d, _ in rencontres(analyse, nom, a, phrase[1])),
            )
        )
    )


# a payment made or asked for, whose object is what was sold (« réglé les cours »)
PAYER = frozenset(
    {"regle", "reglee", "regles", "reglees", "regler", "paye", "payee", "payes", "payer", "solde", "solder"}
)
# what an invoice is for: « votre facture de cours d'équitation », « le règlement de la cantine »
PIECES_A_PAYER = frozenset(
    {"facture", "factures", "paiement", "paiements", "reglement", "reglements", "solde", "montant",
     "prix", "cout", "tarif", "cotisation", "cotisations", "note", "acompte", "mensualite"}
)  # fmt: skip
# the debt itself named by what it is for (« une créance d'hébergement », « la dette de cantine »)
CREANCES = frozenset({"creance", "creances", "dette", "dettes"})


def _ce_que_paie_la_facture(analyse: Analyse, rang: int) -> bool:
    """The service word at `rang` names what an invoice is for (« ne sera ajouté à votre facture
    de cours », « pas une facture de crèche »): a denial there withholds no service."""
    mots = analyse.mots
    k = rang - 1
    if k >= 0 and mots[k].forme in ("la", "le", "les", "vos", "votre", "ces"):
        if k >= 1 and mots[k - 1].forme in PAYER:
            return True  # « n'a toujours pas réglé les cours collectifs »
        k -= 1
    return k >= 1 and mots[k].forme in ("de", "du", "des") and mots[k - 1].forme in PIECES_A_PAYER


def _objet_de_la_dette(analyse: Analyse, rang: int) -> bool:
    """The service word at `rang` says what the debt is for (« une créance d'hébergement »)."""
    mots = analyse.mots
    return rang >= 2 and mots[rang - 1].forme in ("de", "d") and mots[rang - 2].forme in CREANCES


# Lexicons of one word each whose denial, before a service word, withholds nothing: a verb that
# withholds (its denial keeps the service) or our receiving the payment (« pas encore encaissé »).
AUTRE_CHOSE = ("verbes-privatifs", "paiement-recu")


@cache
def _autre_chose_niee() -> frozenset[str]:
    """The words of the `AUTRE_CHOSE` lexicons, once (each entry is one lemma or one form)."""
    return frozenset(mot for nom in AUTRE_CHOSE for entree in jeu().lexiques[nom] for mot in entree.mots)


def _denie_autre_chose(analyse: Analyse, rang: int) -> bool:
    """The denial before the service word at `rang`, in its clause, bears on another verb: one of
    withholding (its denial keeps the service) or of our receiving the payment — or the service word
    is the denied subject of a verb that withholds, after it in its clause."""
    mot = analyse.mots[rang]
    ici = mot.proposition
    for position in range(rang - 1, max(-1, rang - 13), -1):
        avant = analyse.mots[position]
        if avant.proposition != ici:
            # a member of a « ni » list is denied by the verb before it: « nous ne suspendrons ni
            # la scolarité de votre enfant, ni son accès à la cantine »
            if analyse.mots[position + 1].forme != "ni" or avant.phrase != mot.phrase:
                break
            ici = avant.proposition
        if not avant.nie:
            break
        if avant.lemmes & _autre_chose_niee():
            return True
    # the service word the denied subject of a verb that withholds: « aucun accès à votre maison ne
    # sera conditionné au règlement » keeps the access
    if mot.nie:
        for apres in analyse.mots[rang + 1 : rang + 9]:
            if apres.proposition != mot.proposition:
                break
            if apres.nie and apres.lemmes & _autre_chose_niee():
                return True
    return False


def appliquer(
    texte: str, analyse: Analyse | None = None, civil: bool = True, exclues: Iterable[str] = ()
) -> list[Trouvee]:
    """Every rule that fires in `texte` (folded, lower case), in reading order.

    `exclues`: rule names not to apply (`hors`: the caller has set labels or names aside)."""
    analyse = analyse or analyser(texte)
    sautees = set(exclues)
    presents = toutes(analyse)
    trouvees: list[Trouvee] = []
    rangs = sorted({r for nom in presents for r in jeu().par_acte.get(nom, ())})  # an act met: in order
    for regle in (jeu().regles[r] for r in rangs):  # the other rules would find no act to read
        if regle.nom in sautees or (regle.si == "civil" and not civil):
            continue
        actes = sorted({r for nom in regle.acte for r in presents.get(nom, ())})
        for phrase in sorted({analyse.mots[a].phrase for a, _ in actes}):
            trouvees.extend(_dans_la_phrase(regle, analyse, analyse.phrases[phrase]))
    return sorted(trouvees, key=lambda t: (t.debut, t.regle.code))


def _dans_la_phrase(regle: Regle, analyse: Analyse, phrase: tuple[int, int]) -> list[Trouvee]:
    debut, fin = phrase
    trouvees = []
    for a, b in actes_tenus(regle, analyse, phrase, regle.assertion):
        autour = (max(debut, a - regle.fenetre), min(fin, b + regle.fenetre))
        compagnons = []
        for nom in regle.avec:
            proches = [
                r
                for r in rencontres(analyse, nom, *autour)
                if r != (a, b)
                # a fee a denial sets aside is not charged (« le montant réclamé ne comprend ni frais
                # de dossier ni frais d'huissier »), the charging act asserted — unless the lexicon
                # says an absence (« non prévue au contrat »)
                and not (
                    regle.categorie == "frais"
                    and analyse.mots[r[0]].nie
                    and not analyse.mots[a].nie
                    and nom not in jeu().absences
                )
                # nor is a third party a denial sets aside in another clause (« ni auprès des
                # autres parents : nous vous écrivons en toute discrétion »), nor a call's frequency
                # (« nous n'appellerons ni le soir ni le week-end : si vous préférez un courriel… »)
                and not (
                    (regle.categorie == "tiers" or nom == SANS_CESSE)
                    and analyse.mots[r[0]].nie
                    and not analyse.mots[a].nie
                    and analyse.mots[r[0]].proposition != analyse.mots[a].proposition
                    # (a debt told, « que vous ne payez pas vos charges », says an absence itself)
                    and nom not in jeu().absences
                    # « … ne seront épargnés : nous leur écrirons »
                    and not acteurs.reprend_un_tiers(analyse, a)
                )
                and not (
                    nom in regle.agent
                    and (acteurs.introduit_par(analyse, r[0], b) or acteurs.sujet_de_l_acte(analyse, r, a))
                )
                # nor a service the debt is for (« une créance d'hébergement »): named, not withheld
                and not (
                    regle.categorie == "service" and nom == "service" and _objet_de_la_dette(analyse, r[0])
                )
                # nor the relative whose bill it is (« la facture de votre père »), named, not told
                and not (
                    regle.categorie == "tiers" and nom in TIERS and _proche_dont_c_est_la_dette(analyse, r[0])
                )
                # nor the body paying the aid the creditor receives, told as the law requires
                and not (regle.categorie == "tiers" and _organisme_de_l_aide_versee(analyse, r, phrase))
                and not (regle.ordre == "apres" and r[0] < b and not acteurs.passif(analyse, a))
                and not (regle.ordre == "avant" and r[1] > a)
                and not (regle.sujet and not sujet_de_l_acte(analyse, r, a))
            ]
            if not proches and nom in regle.repris:
                proches = _repris_de_la_phrase_d_avant(analyse, nom, a)
            if not proches and nom in regle.ensuite:  # (the debt named in the next sentence: pass 41)
                proches = dans_la_suivante(analyse, nom, fin)
            if not proches and regle.sujet:  # « La saisie ? Elle aura lieu. » (pass 39 review)
                proches = mesure_de_la_phrase_d_avant(analyse, nom, a)
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


# the pronouns that take up a person named before as whom the act is addressed to
PRONOMS_DATIFS = frozenset({"lui", "leur"})


def _repris_de_la_phrase_d_avant(analyse: Analyse, nom: str, a: int) -> list[tuple[int, int]]:
    """The words of lexicon `nom` in the sentence right before the act at `a`, when « lui » or
    « leur » stands before the act in its clause (`Regle.repris`): « Votre ancienne voisine nous a
    répondu ; nous lui avons expliqué pourquoi nous vous cherchions »."""
    mots = analyse.mots
    debut = acteurs.debut_de_proposition(analyse, a)
    if mots[a].phrase == 0 or not any(m.forme in PRONOMS_DATIFS for m in mots[debut:a]):
        return []
    return list(rencontres(analyse, nom, *analyse.phrases[mots[a].phrase - 1]))


# what a relative's bill is called: « la facture de votre père », « le dossier de votre mère », « la
# part de votre mère » name whom the debt concerns (an EHPAD writes to the child who pays), no one told
PROCHE_DE_LA_DETTE = "dette-d-un-proche"
SANS_CESSE = "sans-cesse"  # the frequency of calls or messages (« chaque soir », « le week-end »)
TIERS = ("tiers", "tiers-ou-bailleur")
# the words of the noun phrase between the bill and « de votre père » (« la facture d'aide-ménagère »)
ENTRE_LA_DETTE_ET_LE_PROCHE = 4
# a preposition ends the bill's noun phrase: what follows is where it goes, not whose it is
HORS_DU_NOM = frozenset(
    {"a", "au", "aux", "chez", "aupres", "pour", "par", "vers", "avec", "sur", "dans", "en"}
)


# a landlord paid the housing aid (« en tiers payant ») must report an unpaid rent to the body that pays
# it (CCH L824-1, R824-4 [S]): « … nous avons signalé l'impayé à la CAF » tells no third party of the debt
ORGANISME_PAYEUR = "organisme-payeur"
AIDE_VERSEE = "aide-versee-au-creancier"


def _organisme_de_l_aide_versee(
    analyse: Analyse, compagnon: tuple[int, int], phrase: tuple[int, int]
) -> bool:
    """The third party `compagnon` is the body that pays a housing aid, and the sentence says (not
    denies) that the aid is paid to the creditor."""
    a, b = compagnon
    if not any(x <= a and b <= y for x, y in rencontres(analyse, ORGANISME_PAYEUR, max(0, a - 2), b)):
        return False
    return any(not analyse.mots[x].nie for x, _ in rencontres(analyse, AIDE_VERSEE, *phrase))


def _proche_dont_c_est_la_dette(analyse: Analyse, rang: int) -> bool:
    """The third party at `rang` is the complement of a bill's name, in its clause: « au sujet de la
    facture d'aide-ménagère de votre père », « joint au dossier de votre mère »."""
    mots = analyse.mots
    de = acteurs.avant_le_determinant(analyse, rang) - 1
    if de < 1 or mots[de].forme not in ("de", "du", "des"):
        return False
    debut = max(acteurs.debut_de_proposition(analyse, rang), de - ENTRE_LA_DETTE_ET_LE_PROCHE)
    return any(
        not any(m.forme in HORS_DU_NOM for m in mots[b:de])  # « votre dossier à un cabinet de détectives »
        for _, b in rencontres(analyse, PROCHE_DE_LA_DETTE, debut, de)
    )


def actes_tenus(
    regle: Regle, analyse: Analyse, phrase: tuple[int, int], assertion: bool
) -> Iterator[tuple[int, int]]:
    """The spans of the rule's acts in `phrase` that hold (`_acte_tenu`), in the lexicons' order;
    none when a word of its `sauf` lexicons excuses the sentence."""
    debut, fin = phrase
    actes = [r for nom in regle.acte for r in rencontres(analyse, nom, debut, fin)]
    if actes and regle.sauf_ensuite and _excusee_ensuite(analyse, regle.sauf_ensuite, fin):
        return
    # a rule on a denied act is excused by words under the same denial (« aucune inscription au
    # fichier » is no service refused)
    nie_admis = regle.polarite == "niee"
    yield from (
        (a, b)
        for a, b in actes
        if not excusee(analyse, regle.sauf, debut, fin, nie_admis, acte=a)
        and _acte_tenu(regle, analyse, a, b, phrase, assertion)
    )


# what opens a sentence as the consequence of the one before (« c'est pourquoi », « pour l'éviter »)
SUITE_DONNEE = "suite-donnee"


def _excusee_ensuite(analyse: Analyse, sauf: tuple[str, ...], fin: int) -> bool:
    """The sentence after the one ending at word `fin` opens (within its first two words) on a
    consequence and holds an excuse of `sauf`, asserted: « … ; c'est pourquoi nous vous proposons
    un échéancier » — the harm named is what the offer is made to spare (pass 39)."""
    suivante = phrase_suivante(analyse, fin)
    if suivante is None:
        return False
    debut, bout = suivante
    ouvre = any(a <= debut + 1 for a, _ in rencontres(analyse, SUITE_DONNEE, debut, min(bout, debut + 8)))
    return ouvre and excusee(analyse, sauf, debut, bout)


def _acte_tenu(
    regle: Regle, analyse: Analyse, a: int, b: int, phrase: tuple[int, int], assertion: bool
) -> bool:
    """The act in words [a, b) keeps the rule's polarity, is the creditor's where the rule says so,
    and (`assertion`) stands outside a hypothesis or a question."""
    if not _polarite_tenue(regle, analyse, a, b, phrase):
        return False
    if regle.acteur == "creancier" and _pas_du_creancier(analyse, a, savoir_est_l_acte=SAVOIR in regle.acte):
        return False
    return not (assertion and (analyse.mots[a].hypothese or analyse.mots[a].phrase in analyse.questions))


def a_relire(analyse: Analyse, phrase: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The spans (in the folded text) of the asserted words of the review band's lexicons in
    `phrase`, when there are `seuil` distinct ones and none of its `sauf` lexicons: the sentence
    is « à relire » (TON-10)."""
    relecture = jeu().relecture
    debut, fin = phrase
    if excusee(analyse, relecture.sauf, debut, fin):
        return ()
    mots = analyse.mots
    dits: dict[int, tuple[int, int]] = {}
    for nom in relecture.lexiques:
        for a, b in rencontres(analyse, nom, debut, fin):
            if not any(m.nie or m.restreint for m in mots[a:b]):
                dits[a] = (mots[a].debut, mots[b - 1].fin)
    if len({analyse.texte[d:f] for d, f in dits.values()}) < relecture.seuil:
        return ()
    return tuple(dits[k] for k in sorted(dits))
