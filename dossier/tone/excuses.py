"""When a rule's `sauf` lexicons excuse what it read (`regles.yaml`): an excuse asserted in the
sentence, not denied (« sans passer par un juge » excuses nothing), not taken back by a contrast
after it (« …, mais nous enlèverons le canapé »), and for a service's own price, not a past one's
nor one of a school, care or a funeral; for its own contract, not where another service is named."""

from __future__ import annotations

from dossier.tone.analyse import Analyse
from dossier.tone.rencontres import rencontres


def excusee(
    analyse: Analyse,
    sauf: tuple[str, ...],
    debut: int,
    fin: int,
    nie_admis: bool = False,
    acte: int | None = None,
) -> bool:
    """A word of a `sauf` lexicon stands in words [debut, fin) — asserted: « sans passer par un
    juge », « sans discussion possible », « sans attendre aucun jugement » excuse nothing (unless
    `nie_admis`: the rule reads a denied act, and the excuse shares its denial). An excuse that
    opens on its own negation (« aucun frais », « sans frais ») is denied by itself only, and
    speaks of the act at `acte` only from its clause on: « sans frais pour nous, notre service vous
    facturera 35 € » charges the 35 €."""
    mots = analyse.mots
    return any(
        (
            nie_admis
            or not mots[a].nie
            or (
                mots[a].forme in _NEGATIONS_D_EXCUSE
                and (acte is None or mots[a].proposition >= mots[acte].proposition)
            )
        )
        and not (nom in _EXCUSES_RETOURNABLES and _retournee(analyse, b, fin))
        and not (nom == CONVENU and _sur_le_paiement(analyse, b))
        and not (
            nom == PRIX_DU_SERVICE
            and ((b < len(mots) and mots[b].forme in PASSE) or rencontres(analyse, ESSENTIEL, debut, fin))
        )
        and not (nom == CLAUSE_DU_SERVICE and rencontres(analyse, HORS_DU_CONTRAT, debut, fin))
        and not (nom == PREVENTION and _autre_tiers(analyse, debut, fin))
        and not (nom in DE_L_ACTE and acte is not None and not a <= acte < b)
        and not (nom == PAR_LE_JUGE and _charges_avant_le_juge(analyse, b, fin))
        and not (nom == STATIONNEMENT and any(m.forme in _NOTRES for m in mots[debut:fin]))
        and not (nom == MENTION_ECARTEE and rencontres(analyse, JUSQU_AU_PAIEMENT, debut, fin))
        for nom in sauf
        for a, b in rencontres(analyse, nom, debut, fin)
    )


# excuses that hold the act's own word, and excuse only that act: « aucune réinscription pour
# l'année prochaine » is a contract not renewed, « …, et votre fille ne déjeunera plus à la cantine
# dès lundi » still withholds the canteen; « vous réclamons le règlement de la facture » asks for
# the debt, « …, majoré de 30 € pour nos relances » still bills the relances; « les pénalités
# seront suspendues pendant l'échéancier » stops them, « des frais de 20 € pour l'échéancier » do not;
# « les frais exposés par le syndicat » incur costs, « …, et le syndicat exposera la liste des
# débiteurs » still publishes; a payment « imputé comme le demandait son courrier » or « une procédure
# qui vous coûterait » bill nothing, « …, et nos relances vous seront facturées » still does (pass 40);
# a relative « appelé pour payer à votre place » offers a payment (C. civ. 1342-1), « …, mais vos
# enfants en paieront le prix » is still harm promised; « la facture du serrurier » is a bill, « …, et
# un serrurier passera lundi » still sends one (pass 41)
DE_L_ACTE = frozenset(
    {"service-de-l-annee-suivante", "la-dette-reclamee", "cout-suspendu", "paiement-passe",
     "frais-d-une-demarche", "imputation-demandee", "procedure-qui-couterait", "offre-d-un-proche",
     "facture-d-un-artisan"}
)  # fmt: skip


# the debt kept off a document (« aucune mention de ce retard ne figurera sur le diplôme ») excuses
# nothing where the sentence hangs the document on the payment (« …, qui restera à l'accueil tant
# que la facture n'est pas réglée »: withheld all the same, C. conso. L121-6; pass 41)
MENTION_ECARTEE = "mention-de-la-dette-ecartee"
JUSQU_AU_PAIEMENT = "jusqu-au-paiement"


# the costs left to a judge's decision, then said charged already (« le juge pourrait décider de
# mettre à votre charge nos frais de relance : ils sont d'ailleurs déjà ajoutés à votre solde »):
# no judge has ruled, the sentence charges them (CPC 696, CPCE L111-8 al. 2; pass 40)
PAR_LE_JUGE = "decide-par-le-juge"
_AVANT_LE_JUGE = frozenset({"deja", "desormais", "immediatement", "maintenant", "automatiquement"})
# (the charging word right after: « les frais déjà exposés » is the judge's matter still)
_CHARGES = ("ajout", "inclu", "factur", "compt", "imput", "reclam", "integr", "prelev", "debit", "appliqu")
# (a condition near « nous » charging them: « si le juge le décide, nous les facturerons alors »)
_ATTENTE = frozenset({"si", "cas", "seulement", "uniquement", "alors", "lorsque", "quand", "apres"})


def _charges_avant_le_juge(analyse: Analyse, apres: int, fin: int) -> bool:
    """In words [apres, fin), « déjà », « désormais »… within two words of a charging verb — or
    « nous » charging them ourselves (« …, que nous prélèverons sur votre compte »), no condition
    (« si », « dans ce cas », « alors ») before or just after: the judge is not waited for (pass 40
    review)."""
    mots = analyse.mots
    return any(
        (
            mot.forme in _AVANT_LE_JUGE
            and any(m.forme.startswith(_CHARGES) for m in mots[max(apres, i - 2) : i + 3])
        )
        or (
            mot.forme == "nous"
            and not mot.hypothese
            and any(m.forme.startswith(_CHARGES) for m in mots[i + 1 : i + 4])
            and not any(m.forme in _ATTENTE for m in mots[apres : min(fin, i + 7)])
        )
        for i, mot in enumerate(mots[apres:fin], start=apres)
    )


# the public parking charge (CGCT L2333-87) excuses no cost of the creditor's own beside it (« le FPS
# impayé sera majoré du coût de nos courriers de rappel »: CPCE L111-8 al. 2; pass 40)
STATIONNEMENT = "forfait-de-stationnement"
_NOTRES = frozenset({"nos", "notre", "mes", "mon"})


# the current period's fee excuses a suspension of that period's service — not a past one's
# (« la cotisation de la saison dernière » is another debt)
PRIX_DU_SERVICE = "prix-du-service-meme"
# ... nor a school, care or a funeral: no club fee pays for them (C. conso. L121-6)
ESSENTIEL = "service-essentiel"
PASSE = frozenset(
    {"dernier", "derniere", "passe", "passee", "precedent", "precedente", "ecoule", "ecoulee", "anterieur",
     "anterieure"}
)  # fmt: skip
# the debt's own contract or its renewal named as the ground of a suspension: the exception
# d'inexécution (C. civ. 1219-1220) — not where the sentence names another service, contract or debt,
# a relative, or a school, care, a home (C. conso. L121-6: pressure through another service)
CLAUSE_DU_SERVICE = "clause-du-service"
HORS_DU_CONTRAT = "hors-du-contrat"
# the prevention of evictions (loi n° 89-462 art. 24): an excuse only where the third parties of the
# sentence are the bodies it names (the préfet, the CCAPEX, the social services), no one else (pass 39)
PREVENTION = "prevention-des-expulsions"
ACTEURS_DE_LA_PREVENTION = "acteurs-de-la-prevention"
TIERS = "tiers"
CONVENU = "convenu"  # the excuse of what is agreed with the debtor (`_sur_le_paiement`)
_NEGATIONS_D_EXCUSE = frozenset({"aucun", "aucune", "nul", "nulle", "sans"})
# excuses a contrast after them takes back (« aucune incidence sur l'inscription de votre fils,
# sauf si elle reste impayée : il ne sera pas réinscrit », « le vendeur a été saisi de votre
# réclamation, mais nous enlèverons le canapé »); sympathy too, and a consequence drawn from it
# takes it back as well (« nous vous présentons nos condoléances, c'est pourquoi nous nous
# adresserons désormais à votre fils »: the courtesy is the pretext, the third party is told)
_EXCUSES_RETOURNABLES = frozenset(
    {"sans-incidence", "saisi-d-une-plainte", "restitution-par-le-juge", CONVENU, "moyens-nommes", "empathie",
     "suite-annoncee-licite"}
)  # fmt: skip
_CONTRASTES = frozenset(
    {"mais", "sauf", "sinon", "toutefois", "cependant", "pourtant", "neanmoins", "revanche", "pourquoi"}
)


# what is agreed with the debtor excuses the act it is about (« à une date que nous fixerons
# ensemble »), not a payment plan offered beside it: « notre agent passera à votre bureau…, et nous
# restons à votre disposition pour convenir ensemble d'un échéancier » agrees to no visit
_PLANS = frozenset(
    {"echeancier", "plan", "calendrier", "etalement", "mensualites", "mensualite", "remboursement",
     "reglement", "paiement", "versements", "modalites"}
)  # fmt: skip


def _sur_le_paiement(analyse: Analyse, apres: int) -> bool:
    """A payment plan is named within the four words after the excuse ending at `apres`."""
    return any(mot.forme in _PLANS for mot in analyse.mots[apres : apres + 4])


def _retournee(analyse: Analyse, apres: int, fin: int) -> bool:
    """A contrast (« mais », « sauf », « sinon »…) stands in words [apres, fin)."""
    return any(mot.forme in _CONTRASTES for mot in analyse.mots[apres:fin])


def _autre_tiers(analyse: Analyse, debut: int, fin: int) -> bool:
    """A third party stands in words [debut, fin) that is none of the bodies of the prevention of
    evictions (« la préfecture et votre employeur en sont avisés »)."""
    publics = rencontres(analyse, ACTEURS_DE_LA_PREVENTION, debut, fin)
    return any(
        not any(x <= a and b <= y for x, y in publics) for a, b in rencontres(analyse, TIERS, debut, fin)
    )
