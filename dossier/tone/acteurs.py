"""Who does an act to whom, in a sentence `analyse.py` has cut: what the rules of `regles.yaml`
marked `acteur: creancier`, `agent` or `ordre` need to know (issue 14).

A threat is the creditor doing something to the debtor or telling a third party. The same words
are lawful when the debtor does them (« vous nous avez signalé », « contactez votre banque »),
when the debtor or we are the ones told (« nous vous informons que… », « le syndic nous a
transmis… »), when the third party is the source (« informés par votre banque », « un message de
l'école »), or — read by `ordre` — when the third party is the subject of an active verb
(« votre bailleur vous informe ») rather than its object or the subject of a passive one
(« votre propriétaire sera mis au courant »).

>>> from dossier.tone.analyse import analyser
>>> a = analyser("le syndic nous a transmis le decompte.")
>>> pas_du_creancier(a, 4)
True
>>> a = analyser("nous transmettrons le decompte a votre employeur.")
>>> pas_du_creancier(a, 1)
False
"""

from __future__ import annotations

from collections.abc import Iterable

from dossier.tone.analyse import Analyse, Mot

POSSESSIFS = frozenset({"votre", "vos", "ton", "ta", "tes"})
# « vous » then one of these: the debtor is the one acted upon (« vous serez signalée »)
PASSIF = frozenset(
    {"serez", "etes", "seriez", "sera", "allez", "avez", "etiez", "soyez", "serait", "recevrez", "recevez"}
)
ETRE = frozenset({"sera", "seront", "serait", "seraient", "est", "sont", "etre", "ete", "soit", "soient"})
# what may stand between « vous », the one told, and the act: an auxiliary, an adverb
ENTRE_VOUS_ET_L_ACTE = frozenset(
    {"a", "avait", "aura", "aurait", "ont", "avons", "avions", "allons", "va", "vont", "peut", "etre",
     "deja", "bien"}
)  # fmt: skip
# prepositions after which « nous » is no clitic (« de chez nous », « avec nous »), unlike « pour
# nous prévenir », « de nous informer », where it is the object of the infinitive
PREPOSITIONS = frozenset(
    {"chez", "avec", "entre", "vers", "contre", "parmi", "sans", "selon", "derriere", "devant"}
)  # fmt: skip
AUXILIAIRES_3 = frozenset({"a", "ont", "avait", "avaient", "aura", "auront", "est", "sont", "ayant"})
# the law as the subject of a prohibition (not a creditor's own rules: « notre règlement intérieur »)
LOIS = frozenset(
    {"loi", "lois", "code", "legislateur", "reglementation", "decret", "article", "texte", "textes"}
)
ARTICLES = frozenset({"la", "le", "les", "l", "ce", "cette", "un", "une"})
INTERDICTIONS = frozenset(
    {"interdit", "interdisent", "interdira", "interdiraient", "prohibe", "prohibent", "proscrit"}
)


def debut_de_proposition(analyse: Analyse, rang: int) -> int:
    """The first word of the clause that holds word `rang`."""
    mots = analyse.mots
    k = rang
    while k > 0 and mots[k - 1].proposition == mots[rang].proposition:
        k -= 1
    return k


# between « que vous » and the act of a relative clause whose subject the debtor is: nothing
# (« que vous envoyez ») or the auxiliary of a compound tense (« que vous aviez envoyé »)
VOUS_SUJET_DE_L_ACTE = {(), ("avez",), ("aviez",), ("aurez",), ("auriez",)}


def pas_du_creancier(analyse: Analyse, rang: int, *, savoir_est_l_acte: bool = False) -> bool:
    """The act at `rang` is not the creditor's doing to someone else: the debtor is the subject of
    its clause (« vous nous avez signalé »), not its object (« vous serez signalée »); or an
    imperative asks the debtor to do it (« contactez votre banque »); or the debtor is the one
    told (« nous vous informons que votre banque a rejeté le prélèvement »); or we are (« le
    syndic nous a transmis le décompte »). `savoir_est_l_acte`: the rule's act is knowing
    (`le_creancier_recoit`)."""
    mots = analyse.mots
    k = debut_de_proposition(analyse, rang)
    # « nous avons appris le départ de votre client »
    if le_creancier_recoit(analyse, rang, savoir_est_l_acte=savoir_est_l_acte):
        return True
    # a relative clause whose verb is the act, the debtor its subject (« le chèque que vous aviez
    # envoyé à votre banque »): the debtor's own act — not the main clause's act after it (« la
    # lettre que vous attendez sera envoyée à votre famille »)
    if (
        mots[k].forme == "que"
        and mots[k + 1].forme == "vous"
        and tuple(m.forme for m in mots[k + 2 : rang]) in VOUS_SUJET_DE_L_ACTE
    ):
        return True
    premier = mots[k].forme  # a subject pronoun opens its clause; « attendez-vous » has none
    # « la loi du 6 juillet 1989 l'interdit pour un bail d'habitation » : the law forbids, not we
    loi = premier in ARTICLES and k + 1 < rang and mots[k + 1].forme in LOIS
    if loi and mots[rang].forme in INTERDICTIONS:
        return True
    # the verb after the subject, past an object pronoun (« vous en recevrez un toutes les heures »)
    suite = k + 2 if k + 2 < len(mots) and mots[k + 1].forme in ("en", "y") else k + 1
    suivant = mots[suite].forme if suite < len(mots) else ""
    recu = suite == k + 2 and suivant in ("aurez", "auriez")  # « des appels, vous en aurez tous les matins »
    if premier == "vous" and suivant not in PASSIF and not recu:
        return True
    # « contactez votre banque » : an imperative — but « attendez-vous à nos appels » is our act, and
    # so is an act named with our people as its agent (« choisissez le créneau du passage de nos agents »)
    if (
        premier.endswith("ez")
        and len(premier) > 3
        and suivant != "vous"
        and not _par_les_notres(analyse, rang)
    ):
        return True
    # « nous vous informons que … », « votre mère vous a peut-être dit que … » : the debtor is the
    # one told (what follows is read on its own)
    avant = rang - 1
    while avant > k and mots[avant].forme in ENTRE_VOUS_ET_L_ACTE:
        avant -= 1
    if avant >= 0 and mots[avant].forme == "vous" and rang + 1 < len(mots) and mots[rang + 1].forme == "que":
        return True
    # « contrairement à ce que vous a dit le gardien » : the debtor told, in a relative whose object is
    # what was said — the third party after the verb is the one who said it, no one we tell
    if avant >= 1 and mots[avant].forme == "vous" and mots[avant - 1].forme in ("que", "qu"):
        return True
    # « le syndic nous a transmis », « votre épouse nous ayant informés », « votre banque nous
    # informe » : « nous » the object of a third person's act (ours would end in « -ons »)
    if rang > 1 and mots[rang - 1].forme in AUXILIAIRES_3 and mots[rang - 2].forme == "nous":
        return True
    # « pouvez-vous me rappeler ou me transmettre le contact … » : « me » the one the act is for
    # (not « je me rapprocherai de votre employeur », « j'ai dû me déplacer »: the subject's own)
    if rang > 0 and mots[rang - 1].forme == "me" and all(m.forme != "je" for m in mots[k:rang]):
        return True
    return (
        rang > 0
        and mots[rang - 1].forme == "nous"
        and not mots[rang].forme.endswith("ons")
        and (rang < 2 or mots[rang - 2].forme not in PREPOSITIONS)  # « deux agents de chez nous passeront »
    )


# the creditor as the one who receives or learns (« nous avons reçu un message de l'école », « j'ai
# appris la maladie de votre associé »): the subject that opens the clause, the verb, what may stand
# between them (an auxiliary, « venons de », an adverb) and between the verb and its object (a
# determiner)
CREANCIER_SUJET = frozenset({"nous", "je", "on"})
# the creditor in the third person, as a staff note writes it (« la société a appris… »; pass 39)
LE_CREANCIER_NOMME = frozenset(
    {"societe", "entreprise", "agence", "cabinet", "etude", "boutique", "magasin", "atelier", "association",
     "club", "ecole", "service", "direction"}
)  # fmt: skip
RECEVOIR_OU_APPRENDRE = frozenset({"recevoir", "apprendre", "decouvrir"})
# … and having come to know (« j'ai su que ton client t'a lâché »; pass 39) — not « nous savons que
# vous rentrez seul le soir », the debtor watched (`on-sait-ou-vous-etes`, TON-13; C. civ. 9)
SU = frozenset({"su", "sue", "sus", "sues"})
ENTRE_LE_CREANCIER_ET_LE_VERBE = frozenset(
    {"avons", "ai", "a", "avions", "avais", "avait", "venons", "viens", "vient", "de", "bien", "deja",
     "aussi", "egalement", "hier", "recemment", "justement", "tout", "juste", "ce", "matin"}
)  # fmt: skip
# what opens the one taught after « à » (« à votre employeur », « à tout le quartier »)
UN_TIERS = frozenset(
    {"votre", "vos", "ton", "ta", "tes", "son", "sa", "ses", "tout", "tous", "toute", "toutes", "le", "la",
     "l", "les"}
)  # fmt: skip
DETERMINANT_DE_L_OBJET = frozenset(
    {"un", "une", "le", "la", "l", "les", "des", "du", "votre", "vos", "ce", "cette"}
)


def le_creancier_recoit(analyse: Analyse, rang: int, *, savoir_est_l_acte: bool = False) -> bool:
    """The word at `rang` is what the creditor receives or learns — the verb itself or its object
    right after it (« nous avons reçu un message de l'école », « j'ai appris la maladie de votre
    associé », « nous venons d'apprendre le départ de votre client »): someone told the creditor,
    the creditor tells no one. Not when the verb teaches someone (« nous apprendrons la nouvelle
    à votre employeur »: « à » and the one taught after it).

    >>> from dossier.tone.analyse import analyser
    >>> le_creancier_recoit(analyser("nous avons recu un message de l'ecole."), 4)
    True
    >>> le_creancier_recoit(analyser("nous apprendrons la nouvelle a votre employeur."), 1)
    False

    Having come to know (« j'ai su que ») is news received for a rule that reads telling, but
    for one whose act is knowing (`savoir_est_l_acte`: « nous savons où vous habitez », the watch
    kept, C. civ. 9; C. conso. L121-6, L121-7) it is that very knowing, in the past tense: « j'ai
    su que vous rentrez seul le soir » is « nous savons » said otherwise (pass 39 review).

    >>> a = analyser("j'ai su que vous rentrez seul le soir.")
    >>> le_creancier_recoit(a, 2), le_creancier_recoit(a, 2, savoir_est_l_acte=True)
    (True, False)
    """
    mots = analyse.mots
    k = debut_de_proposition(analyse, rang)
    if mots[k].forme in CREANCIER_SUJET:
        verbe = k + 1
    elif (
        mots[k].forme in ("la", "le", "l", "notre")
        and k + 1 < rang
        and mots[k + 1].forme in LE_CREANCIER_NOMME
    ):
        verbe = k + 2  # « la société a appris le départ de votre associé » (pass 39)
    else:
        return False
    while verbe <= rang and mots[verbe].forme in ENTRE_LE_CREANCIER_ET_LE_VERBE:
        verbe += 1
    su = mots[verbe].forme in SU and not savoir_est_l_acte
    if verbe > rang or not (mots[verbe].lemmes & RECEVOIR_OU_APPRENDRE or su):
        return False
    if rang - verbe > 2 or any(m.forme not in DETERMINANT_DE_L_OBJET for m in mots[verbe + 1 : rang]):
        return False
    # « apprendre la nouvelle de vos impayés à votre employeur » : the one taught, in the clause
    ici = mots[rang].proposition
    return not (
        "apprendre" in mots[verbe].lemmes
        and any(
            m.forme in ("a", "au", "aux")
            and m.proposition == ici
            and (m.forme != "a" or apres.forme in UN_TIERS)
            for m, apres in zip(mots[verbe + 1 :], mots[verbe + 2 :], strict=False)
        )
    )


def _par_les_notres(analyse: Analyse, rang: int) -> bool:
    """The act at `rang` is a noun whose agent, joined by « de », is the creditor's (« passage de
    nos agents », « visite de notre enquêteur »)."""
    mots = analyse.mots
    return (
        rang + 2 < len(mots)
        and mots[rang + 1].forme == "de"
        and mots[rang + 2].forme in ("nos", "notre")
        and mots[rang + 2].phrase == mots[rang].phrase
    )


def passif(analyse: Analyse, rang: int) -> bool:
    """The act at `rang` is in the passive voice (« votre propriétaire sera mis au courant »): its
    subject is the one acted upon."""
    return any(m.forme in ETRE for m in analyse.mots[max(0, rang - 2) : rang])


def introduit_par(analyse: Analyse, rang: int, fin_acte: int) -> bool:
    """The words at `rang` are the act's agent or source: « par » opens them (« informés par votre
    banque »), or « de » joins them to the act (« un message de l'école de vos enfants »)."""
    mots = analyse.mots
    ici = mots[rang].proposition
    if any(m.forme == "par" and m.proposition == ici for m in mots[max(0, rang - 3) : rang]):
        return True
    if _par_son_mandataire(mots, rang):
        return True
    entre = mots[fin_acte:rang]
    return (
        0 < len(entre) <= 6
        and entre[0].forme == "de"
        and all(m.proposition == ici and m.forme not in ("a", "au", "aux") for m in entre)
    )


# whoever acts for a party (« par l'agence gestionnaire de votre bailleur », « par l'avocat de votre
# propriétaire »): the party is the sender's principal, the letter's source, told nothing — the
# mandatary acts in its name (C. civ. 1984; loi n° 70-9 art. 1 for a managing agent). Not a channel
# (« par l'intermédiaire de », « par le biais de »): the party is then the one the debt goes through
MANDATAIRES = frozenset(
    {"agence", "gestionnaire", "cabinet", "avocat", "avocate", "conseil", "mandataire", "notaire",
     "syndic", "service", "services", "comptable", "secretariat", "assistant", "assistante"}
)  # fmt: skip


def _par_son_mandataire(mots: tuple[Mot, ...], rang: int) -> bool:
    """« par » + a mandatary (one or two words of `MANDATAIRES`) + « de » + the words at `rang`,
    its possessive or article between, all in one clause."""
    k = rang - 1
    while k >= 0 and mots[k].forme in DETERMINANTS:
        k -= 1
    if k < 2 or mots[k].forme not in ("de", "du"):
        return False
    k -= 1
    noms = 0
    while k >= 0 and mots[k].forme in MANDATAIRES and noms < 2:
        k, noms = k - 1, noms + 1
    if not noms:
        return False
    if k >= 0 and mots[k].forme in DETERMINANTS:
        k -= 1
    ici = mots[rang].proposition
    return k >= 0 and mots[k].forme == "par" and all(m.proposition == ici for m in mots[k:rang])


DETERMINANTS = frozenset(
    {"le", "la", "les", "un", "une", "votre", "vos", "ton", "ta", "tes", "son", "sa", "ses"}
)


def avant_le_determinant(analyse: Analyse, rang: int) -> int:
    """The first word of the noun phrase whose noun is at `rang` (« votre » of « votre mère »: a
    lexicon's « votre X » entry begins on X)."""
    while rang > 0 and analyse.mots[rang - 1].forme in DETERMINANTS:
        rang -= 1
    return rang


# between a subject and its verb: a modal, an auxiliary, « lui-même », an adverb, the creditor as
# the one addressed (« votre fille m'a dit que vous étiez à l'hôpital », « votre voisin nous a
# appris… »: the third party tells the creditor, it is told nothing)
ENTRE_SUJET_ET_VERBE = frozenset(
    {"peut", "peuvent", "pourra", "pourront", "pourrait", "pourraient", "doit", "doivent", "devra",
     "devront", "va", "vont", "a", "ont", "lui", "elle", "eux", "elles", "meme", "memes", "aussi",
     "egalement", "toujours", "directement", "bien", "deja", "alors", "me", "nous"}
)  # fmt: skip
# verbs whose subject is the one told (« vos voisins apprendront »): their subject is no agent
APPRENDRE = frozenset({"savoir", "apprendre", "decouvrir", "connaitre"})


def sujet_de_l_acte(analyse: Analyse, compagnon: tuple[int, int], acte: int) -> bool:
    """The third party `compagnon` opens the clause of the act at `acte` as its subject, the act in the
    active voice (« votre mère peut solliciter l'aide sociale »): it does the asking, it is not told
    — unless the act is learning (« vos voisins apprendront que… »)."""
    mots = analyse.mots
    debut, fin = compagnon
    return (
        fin <= acte
        and avant_le_determinant(analyse, debut) == debut_de_proposition(analyse, acte)
        and all(m.forme in ENTRE_SUJET_ET_VERBE for m in mots[fin:acte])
        and not mots[acte].lemmes & APPRENDRE
        and not passif(analyse, acte)
    )


def reprend_un_tiers(analyse: Analyse, rang: int) -> bool:
    """A pronoun before the act at `rang`, in its clause, takes up someone named before (« nous leur
    écrirons », « nous en informerons »)."""
    debut = debut_de_proposition(analyse, rang)
    return any(mot.forme in ("leur", "lui", "les", "en", "y") for mot in analyse.mots[debut:rang])


# how far after « qu' » the third party a restriction names may begin (« qu'au directeur de
# l'agence bancaire où vous êtes client »)
APRES_LA_RESTRICTION = 6


def restreint_a_un_tiers(analyse: Analyse, a: int, fin: int, tiers: Iterable[int]) -> bool:
    """The act at `a` restricted to a third party (`tiers`: where the sentence names one), who is told
    all the same: « nous n'en avons parlé qu'à votre banquier » (« ne … qu'à vous » keeps it between
    the parties)."""
    mots = analyse.mots
    if mots[a].nie or not mots[a].restreint:
        return False
    que = next(
        (
            k
            for k in range(a + 1, fin)
            if mots[k].forme == "que" and mots[k].proposition != mots[a].proposition
        ),
        None,
    )
    if que is None or que + 1 >= fin or mots[que + 1].forme not in ("a", "au", "aux"):
        return False
    return any(que + 1 <= debut <= que + 1 + APRES_LA_RESTRICTION for debut in tiers)
