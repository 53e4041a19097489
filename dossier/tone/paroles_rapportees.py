"""Speech reported, then answered: what a sentence quotes is no act the creditor asserts.

`polarite.py` marks each word denied, restricted or in a hypothesis; these readings then deny a
clause someone else said and the letter answers:

- the debtor's question reported, then answered « non » (« vous nous demandez si nous allons saisir
  vos biens : non »), unless it asked whether the creditor would hold back (« si nous renonçons à
  saisir : non » asserts the seizure);
- a third person's question, fear or belief reported in a note (« le gérant craignait que nous
  passions reprendre le matériel ; je lui ai confirmé que non »), unless the creditor's side holds
  it (« nous pensons que… », « notre avocat pense que… ») or the answer grants it (« je lui ai
  répondu que oui »);
- a question the next sentence answers « Non. » or « Bien sûr que non » (« Tu crois vraiment que
  je vais débarquer chez toi ? Non. »);
- the debtor's fear reported, then answered « ce ne sera pas le cas », « c'est inexact » or by the
  very act denied (« vous nous avez écrit craindre que vos enfants soient privés de sortie : il n'en
  est rien », « vous craignez que votre compte soit bloqué. Nous n'avons ni le pouvoir ni l'intention
  de bloquer votre compte »), unless the answer grants it or takes its denial back (« mais lundi »);
  the debtor's question answered by a « Non » opening the next sentence that goes on denying;
- an act taken back at once by « je ne le ferai pas » (« je n'ai jamais dit que j'appellerais ta
  sœur, et je ne le ferai pas »), when nothing after the denial hangs it on a condition.

>>> from dossier.tone.analyse import analyser
>>> a = analyser("vous nous demandez si nous allons saisir vos biens : non.")
>>> [m.forme for m in a.mots[:9] if m.nie]  # the question, not who asked it
['si', 'nous', 'allons', 'saisir', 'vos', 'biens']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dossier.tone.mots_outils import CHARNIERES, CLITIQUES, INFINITIFS

if TYPE_CHECKING:
    from dossier.tone.analyse import Mot

# the debtor's question reported, then answered « non »: « vous nous demandez si nous allons
# saisir vos biens : non »
DEMANDES = frozenset(
    {"demandez", "demande", "demandiez", "demandait", "demandaient", "interrogez", "questionnez"}
)
# ... unless the question was whether we would hold back (« si nous renonçons à saisir : non »
# asserts the seizure): the stems of holding back
RETENUES = (
    "renon", "evit", "attend", "patient", "suspend", "arret", "abandon", "surseo", "laiss", "epargn",
    "oubli", "annul", "differ", "report", "cess", "tranquill",
)  # fmt: skip
# the forms of « être » before a passive participle
ETRE = frozenset({"est", "sera", "serait", "soit", "serai", "seront", "seraient", "sont", "etre", "ete"})
# what may follow the « non » that denies: nothing, or a denial
APRES_NON = frozenset({"jamais", "pas", "nous", "absolument", "aucunement", "bien", "certainement"})


def question_rapportee(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« vous nous (avez) demandé si … : non » — the « si » clause is the debtor's question, and the
    answer denies it: its words are denied. The answer may open the next sentence, a « Non » that
    goes on denying (« …la serrure du logement. Non : un bailleur ne peut en aucun cas… »), or be
    that sentence denying the very act asked about (« vous vous demandiez si votre abonnement serait
    suspendu. Nous ne suspendrons aucun autre contrat… »)."""
    for numero, groupe in enumerate(groupes[1:-1], start=1):
        avant, apres = groupes[numero - 1], groupes[numero + 1]
        if (
            mots[groupe[0]].forme != "si"
            or mots[avant[-1]].forme not in DEMANDES
            or "vous" not in (mots[r].forme for r in avant)
        ):
            continue
        retenues = [r for r in groupe if mots[r].forme.startswith(RETENUES)]
        ici = mots[groupe[0]].phrase
        suivante = [m for m in mots if m.phrase == ici + 1]
        non = (
            not retenues
            and mots[apres[0]].forme == "non"
            and (
                (
                    mots[apres[0]].phrase == ici
                    and (len(apres) == 1 or mots[apres[1]].forme in APRES_NON)
                    and not _borne([m for m in mots[apres[0] :] if m.phrase == ici])
                )
                or (mots[apres[0]].phrase == ici + 1 and _va_nier(suivante[1:]))
            )
        )
        # a word of holding back is the thing asked about only in the passive (« si votre abonnement
        # serait suspendu »), not as our renouncing (« si nous renoncerons à saisir »)
        subi = all(r > groupe[0] and mots[r - 1].forme in ETRE for r in retenues)
        if non or (
            subi and mots[apres[0]].phrase == ici + 1 and _dement_l_acte(suivante, [mots[r] for r in groupe])
        ):
            for r in groupe:
                mots[r].nie = True


# What a third person asked, feared or believed, reported in a note and then answered, is no act
# the creditor asserts: « le gérant craignait que nous passions reprendre le matériel ; je lui ai
# confirmé que non », « M. X demandait si un huissier allait passer ». The verbs, by lemma (« demander »
# and « savoir » with « si » only: « le bailleur demande que les lieux soient libérés » asks it) …
OPINIONS = frozenset(
    {"craindre", "redouter", "apprehender", "penser", "croire", "imaginer", "soupconner", "peur",
     "demander", "savoir"}
)  # fmt: skip
SI_SEULEMENT = frozenset({"demander", "savoir"})
# … an infinitive only after « vouloir » (« voulait savoir si »: « il est à craindre que » is ours)
VOULOIR = frozenset({"voulait", "voulaient", "veut", "veulent", "souhaitait", "cherchait"})
# … whose subject is neither the creditor (« nous pensons que vous serez expulsé » threatens) nor
# the debtor addressed (« vous craignez » has its own reading), nor one who acts for the creditor
NON_TIERS = frozenset(
    {"nous", "je", "j", "on", "vous", "notre", "nos", "mon", "ma", "mes", "avocat", "avocats",
     "huissier", "commissaire", "juge", "tribunal", "bailleur", "proprietaire", "creancier",
     "cabinet", "service", "societe", "direction", "agence", "syndic", "mandataire"}
)  # fmt: skip
# … and the answer does not grant it (« je lui ai répondu que oui », « c'était bien le cas »)
AFFIRMATIONS = frozenset({"oui", "effectivement", "exact", "exactement", "raison", "evidemment", "cas"})


def opinion_rapportee(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« le client pensait que notre courrier était un acte d'huissier ; je lui ai précisé… »: the
    clause a third person's question, fear or belief governs (and the relatives and « et que »
    clauses after it) is denied, unless the answer after it, in its sentence or the next, grants it."""
    for numero, groupe in enumerate(groupes[1:], start=1):
        avant = groupes[numero - 1]
        tete = mots[groupe[0]].forme
        if tete not in ("que", "si") or mots[avant[-1]].phrase != mots[groupe[0]].phrase:
            continue
        formes_ = [mots[r].forme for r in avant]
        verbe = next(
            (
                j
                for j in range(len(avant) - 1, max(-1, len(avant) - 3), -1)
                if mots[avant[j]].lemmes & OPINIONS
            ),
            None,
        )
        if verbe is None or verbe == 0 or (formes_[0] in CHARNIERES and verbe == 1):
            continue
        lemme = mots[avant[verbe]].lemmes & OPINIONS
        if lemme <= SI_SEULEMENT and tete != "si":
            continue
        if formes_[verbe].endswith(INFINITIFS) and formes_[verbe - 1] not in VOULOIR:
            continue
        sujet = formes_[1:verbe] if formes_[0] in CHARNIERES else formes_[:verbe]
        if sujet[0] in NON_TIERS or set(sujet) & NON_TIERS - CLITIQUES:
            continue
        portee = [groupe]
        for suivant in groupes[numero + 1 :]:
            ouvre = mots[suivant[0]].forme
            if mots[suivant[0]].phrase != mots[groupe[0]].phrase:
                break
            if ouvre in ("que", "qui", "dont") or (len(suivant) == 1 and ouvre in ("et", "ou")):
                portee.append(suivant)
                continue
            break
        fin = portee[-1][-1] + 1
        phrase = mots[groupe[0]].phrase
        reponse = [m for m in mots[fin:] if m.phrase in (phrase, phrase + 1)]
        if any(m.forme in AFFIRMATIONS and not m.nie for m in reponse):
            continue
        for g in portee:
            for r in g:
                mots[r].nie = True


NEGATIONS_DE_REPONSE = frozenset({"ne", "pas", "jamais", "aucun", "aucune", "ni", "rien", "nullement"})
# the answers that deny a question as « non » does (« Est-ce que je vais appeler ton patron ? Bien sûr
# que non »), followed, as « non » is, by nothing or by a denial
REPONSES_NEGATIVES = (
    ("non",), ("bien", "sur", "que", "non"), ("certainement", "pas"), ("evidemment", "pas"),
    ("absolument", "pas"), ("surement", "pas"), ("pas", "du", "tout"), ("jamais",),
)  # fmt: skip


def question_dementie(mots: list[Mot], questions: frozenset[int]) -> None:
    """« Tu crois vraiment que je vais débarquer chez toi pour reprendre le canapé ? Non. » — a
    question the next sentence answers « non » is denied whole, unless it asked whether the creditor
    would hold back (« vous pensez que nous allons attendre ? Non. » asserts what follows)."""
    if not questions:
        return
    par_phrase: dict[int, list[Mot]] = {}  # the words of each sentence, gathered in one pass
    for mot in mots:
        par_phrase.setdefault(mot.phrase, []).append(mot)
    for phrase in questions:
        question = par_phrase.get(phrase, [])
        reponse = [m.forme for m in par_phrase.get(phrase + 1, [])]
        # « … ? Non ? Elle va bientôt le savoir. »: a « non » asked back is no answer, it sets up what follows
        if not question or not reponse or phrase + 1 in questions:
            continue
        ouverture = next((len(o) for o in REPONSES_NEGATIVES if tuple(reponse[: len(o)]) == o), 0)
        if not ouverture:
            continue
        reponse = ["non", *reponse[ouverture:]]
        # « Non. » alone, or a « non » that goes on denying (« Non : je n'en ai pas le pouvoir ») —
        # not « Non, nous l'avons déjà fait ce matin »
        if len(reponse) > 1 and (
            not NEGATIONS_DE_REPONSE & set(reponse[1:]) or "deja" in reponse or _borne_formes(reponse)
        ):
            continue
        if any(m.forme.startswith(RETENUES) for m in question):
            continue
        for mot in question:
            mot.nie = True


# The debtor's fear reported with its clause (« vous nous avez écrit craindre que vos enfants soient
# privés de sortie », « vous avez peur que… ») — the clause is the debtor's, and the letter's answer
# « ce ne sera pas le cas », « il n'en est rien », « non » denies it; an answer that grants it (« c'est
# bien le cas », « vous avez raison ») or no answer leaves it read as ours
CRAINTES_DU_DEBITEUR = frozenset({"craindre", "redouter", "apprehender", "peur", "inquieter"})
# … and what the debtor, or the debtor's message, believes, read or implies (« vous avez lu sur un
# forum que… », « votre courriel laisse entendre que… »): answered as a fear is, when the clause
# itself denies nothing (« vous pensez que nous n'irons pas voir votre employeur ? Ce n'est pas le
# cas » announces it)
CROYANCES_DU_DEBITEUR = frozenset({"penser", "croire", "imaginer", "supposer", "lire", "entendre"})
MESSAGES_DU_DEBITEUR = frozenset(
    {"courriel", "courriels", "message", "messages", "lettre", "courrier", "mail", "email", "sms"}
)


def crainte_dementie(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« vous craignez que X : ce ne sera pas le cas » — the « que » clause after the debtor's fear
    (and the « que », « qui », « dont » clauses after it) is denied when the answer in its sentence
    or the next denies it and nothing there grants it."""
    for numero, groupe in enumerate(groupes[1:], start=1):
        avant = groupes[numero - 1]
        if mots[groupe[0]].forme != "que" or mots[avant[-1]].phrase != mots[groupe[0]].phrase:
            continue
        formes_ = [mots[r].forme for r in avant]
        debut = 1 if formes_[0] in CHARNIERES else 0
        sujet = formes_[debut : debut + 2]
        peur = sujet[:1] == ["vous"] and any(mots[r].lemmes & CRAINTES_DU_DEBITEUR for r in avant[-2:])
        croyance = (
            sujet[:1] == ["vous"]
            or (sujet[:1] == ["votre"] and len(sujet) > 1 and sujet[1] in MESSAGES_DU_DEBITEUR)
        ) and any(mots[r].lemmes & CROYANCES_DU_DEBITEUR for r in avant[debut + 1 :])
        if not peur and not croyance:
            continue
        portee = [groupe]
        for suivant in groupes[numero + 1 :]:
            if mots[suivant[0]].phrase != mots[groupe[0]].phrase or mots[suivant[0]].forme not in (
                "que", "qui", "dont"
            ):  # fmt: skip
                break
            portee.append(suivant)
        phrase = mots[groupe[0]].phrase
        reponse = [m for m in mots[portee[-1][-1] + 1 :] if m.phrase in (phrase, phrase + 1)]
        if [m.forme for m in reponse if m.phrase == phrase + 1] == ["non"]:
            # « Non. Il le sera lundi si rien n'est réglé. »: a bare « Non. » is read with what follows
            reponse += [m for m in mots[portee[-1][-1] + 1 :] if m.phrase == phrase + 2]
        crainte = [mots[r] for g in portee for r in g]
        # a belief about what we did or would do (« que nous aurions prévenu… »; not the law, « qu'une
        # saisie exigeait un jugement ; tel n'est pas le cas » claims the seizure needs none) is
        # answered by a denial that goes on denying (« ce n'est pas le cas : nous ne communiquons
        # jamais… »), not by « Non, c'est déjà fait »
        if not peur and (
            not any(mots[r].forme in ("nous", "on") for r in groupe)
            or any(m.nie for m in crainte)
            or not _va_nier(reponse)
            or any(m.forme == "deja" for m in reponse)
            or _puis_affirme(reponse)
        ):
            continue
        if any(m.forme in AFFIRMATIONS and not m.nie for m in reponse) or not _dement(reponse, crainte):
            continue
        for g in portee:
            for r in g:
                mots[r].nie = True


def _dement(reponse: list[Mot], crainte: list[Mot] | None = None) -> bool:
    """The answer denies what was feared: « non » first, « ce ne sera pas le cas », « il n'en est
    rien », « c'est inexact », or the very act feared, denied (« vous craignez que votre compte soit
    bloqué. Nous n'avons ni le pouvoir ni l'intention de bloquer votre compte »)."""
    formes_ = [m.forme for m in reponse]
    if _reprend(reponse):
        return False  # « ce n'est pas le cas pour l'instant », « non, sauf si… »: the act deferred
    return bool(formes_) and (
        formes_[0] == "non"
        or any(m.forme == "cas" and m.nie for m in reponse)
        or contient_suite(formes_, (("en", "est", "rien"), ("est", "inexact"), ("est", "faux")))
        or _dement_l_acte(reponse, crainte or [])
    )


def _puis_affirme(reponse: list[Mot]) -> bool:
    """A clause of the answer where we act, and deny nothing (« ce n'est pas le cas : nous irons le
    voir en personne »): the belief corrected by a worse act, no denial that goes on denying."""
    propositions: dict[int, list[Mot]] = {}
    for m in reponse:
        propositions.setdefault(m.proposition, []).append(m)
    return any(
        any(m.forme in ("nous", "on", "je") for m in clause)
        and not any(m.nie or m.forme in NEGATIONS_DE_REPONSE for m in clause)
        for clause in propositions.values()
    )


def _dement_l_acte(reponse: list[Mot], dit: list[Mot]) -> bool:
    """The answer denies a word of what was feared or asked, by its lemma, and takes nothing back."""
    redits = {lemme for m in dit for lemme in m.lemmes if len(lemme) > 4} - {"votre", "notre"}
    return _va_nier(reponse) and any(m.nie and m.lemmes & redits for m in reponse)


# what takes a denial back in its answer (« nous ne le saisirons pas cette semaine, mais lundi »)
REPRISES = frozenset({"mais", "sauf", "sinon", "si", "avant", "tant", "quand", "lorsque", "tard"})


def _va_nier(reponse: list[Mot]) -> bool:
    """An answer that denies and takes nothing back, nor bounds its denial in time."""
    return any(m.forme in NEGATIONS_DE_REPONSE for m in reponse) and not _reprend(reponse)


def _reprend(reponse: list[Mot]) -> bool:
    """The answer takes its denial back (`REPRISES`) or bounds it in time (`BORNES`)."""
    return any(m.forme in REPRISES for m in reponse) or _borne(reponse)


# what bounds a denial in time (« ce n'est pas encore le cas », « pas pour l'instant », « pas
# aujourd'hui », « pas ce mois-ci », « dans l'immédiat »): the act is put off, not renounced — a
# threat deferred is still one (C. conso. L121-6, L121-7; C. pén. 222-17)
BORNES = frozenset({"encore", "instant", "moment", "heure", "immediat", "present", "hui", "semaine", "ci"})


# (and « à moins que », « tout dépendra », « cela peut évoluer », « reste à voir »: the denial holds
# only until the creditor decides otherwise — a threat kept in reserve, C. conso. L121-6, L121-7;
# revue 38. Not « à ce stade » alone: « nous n'en avons ni le droit ni l'intention à ce stade »
# denies the right)
BORNES_SEULES = frozenset({"dependra", "dependre", "depend", "evoluer", "evoluera", "changer", "changera"})
BORNES_SUITES = (("tout", "de", "suite"), ("a", "moins"), ("reste", "a", "voir"))


def _borne_formes(formes_: list[str]) -> bool:
    """The words `formes_` bound a denial in time or keep it in reserve (`BORNES`, `BORNES_SEULES`,
    « tout de suite », « à moins que », « reste à voir »)."""
    return bool(set(formes_) & (BORNES | BORNES_SEULES)) or contient_suite(formes_, BORNES_SUITES)


def contient_suite(formes_: list[str], suites: tuple[tuple[str, ...], ...]) -> bool:
    """One of `suites` stands in `formes_`, its words in a row (« reste à voir », « à ce jour »)."""
    return any(tuple(formes_[i : i + len(s)]) == s for s in suites for i in range(len(formes_)))


def _borne(reponse: list[Mot]) -> bool:
    return _borne_formes([m.forme for m in reponse])


# « …, et je ne le ferai pas »: the clause just before is taken back whole — only when the denial
# ends its sentence or a reassurance follows (« je ne le ferai pas, rassure-toi »): « je ne le ferai
# pas si tu paies lundi » hangs it on a payment, « je ne le ferai pas de gaieté de cœur » does it
# (and a practice denied in the present: « afficher le nom de clients débiteurs est interdit, et nous
# ne le faisons pas »)
FAIRE_NIE = frozenset(
    {"ferai", "ferons", "fera", "feront", "ferais", "ferions", "ferait", "faisons", "fais", "fait"}
)
SUJETS_QUI_RENONCENT = frozenset({"je", "nous", "on", "j"})


def acte_repris_et_nie(mots: list[Mot], groupes: list[list[int]]) -> None:
    """« Je n'ai jamais dit que j'appellerais ta sœur, et je ne le ferai pas »: the clause before
    « (et) je ne le ferai pas » is denied."""
    for numero, groupe in enumerate(groupes[1:], start=1):
        formes_ = [mots[r].forme for r in groupe]
        if formes_[:1] == ["et"]:
            formes_ = formes_[1:]
        if (
            len(formes_) != 5
            or formes_[0] not in SUJETS_QUI_RENONCENT
            or formes_[1:3] != ["ne", "le"]
            or formes_[3] not in FAIRE_NIE
            or formes_[4] not in ("pas", "jamais")
        ):
            continue
        phrase = mots[groupe[0]].phrase
        suivant = groupes[numero + 1] if numero + 1 < len(groupes) else []
        if suivant and mots[suivant[0]].phrase == phrase and not mots[suivant[0]].forme.startswith("rassur"):
            continue
        avant = groupes[numero - 1]
        if mots[avant[0]].phrase != phrase or mots[avant[0]].hypothese:
            continue
        for r in avant:
            mots[r].nie = True
