"""A file handed within the creditor's own house (« votre dossier a été confié à notre service de
recouvrement interne »): the creditor organises its own work — no third party told (C. civ. 9; a
creditor collecting its own debts is no agency, CPCE R124-1) and no person kept (C. pén. 224-1).
Moved out of `acteurs.py`, which reads who does an act to whom (issue 14)."""

from __future__ import annotations

from dossier.tone.acteurs import debut_de_proposition
from dossier.tone.analyse import Analyse

# The verbs of handing, the creditor's own services (not « nos agents », whose visit is a rule of
# its own), and what is handed: the file, a request, its follow-up — not goods, money or a person.
REMETTRE = frozenset(
    {"confier", "transmettre", "remettre", "transferer", "adresser", "orienter", "passer", "renvoyer",
     "rediriger", "communiquer"}
)  # fmt: skip
A_NOTRE = frozenset({"a", "au", "aupres"})
NOS_SERVICES = frozenset(
    {"service", "services", "equipe", "equipes", "pole", "departement", "direction", "cellule",
     "comptabilite", "gestionnaire", "conseiller", "conseillere", "interlocuteur", "interlocutrice",
     "responsable", "collegue", "collegues", "agence", "siege"}
)  # fmt: skip
DOSSIER_REMIS = frozenset(
    {"dossier", "suivi", "gestion", "traitement", "demande", "reclamation", "contestation", "courrier",
     "courriel", "message", "question", "proposition", "facture", "creance"}
)  # fmt: skip
# how far after the act its recipient may stand (« confié votre dossier de mars à notre service »)
JUSQU_AU_DESTINATAIRE = 8


def remis_aux_notres(analyse: Analyse, rang: int) -> bool:
    """The act at `rang` hands a file, a request or its follow-up to one of the creditor's own
    services, in its clause (« votre dossier a été confié à notre service de recouvrement interne »,
    « nous avons transmis votre réclamation à notre service clients »): it tells no third party and
    keeps no one, whatever a rule's act lexicon holds (« confier » is also a child kept,
    « transmettre » a third party told).

    >>> from dossier.tone.analyse import analyser
    >>> remis_aux_notres(analyser("votre dossier a ete confie a notre service de recouvrement interne."), 4)
    True
    >>> remis_aux_notres(analyser("votre dossier a ete confie a un cabinet de recouvrement."), 4)
    False
    >>> remis_aux_notres(analyser("votre fils sera confie a notre service d'accueil."), 3)
    False

    What is handed is named before its recipient — the clause's subject or the act's object: a
    child « confiée à notre service de garde jusqu'au règlement de votre dossier » is a person kept,
    the file only the reason. And the creditor's own service must be the only recipient: « transmis
    à notre service contentieux ainsi qu'à votre employeur » tells a third party (C. civ. 9; C.
    conso. L121-6; CPCE R124-4).

    >>> garde = "votre fille sera confiee a notre service de garde jusqu'au reglement de votre dossier."
    >>> remis_aux_notres(analyser(garde), 3)
    False
    >>> aussi = "votre dossier a ete transmis a notre service contentieux ainsi qu'a votre employeur."
    >>> remis_aux_notres(analyser(aussi), 4)
    False
    """
    mots = analyse.mots
    if not mots[rang].lemmes & REMETTRE:
        return False
    ici = mots[rang].proposition
    debut = debut_de_proposition(analyse, rang)
    fin = rang + 1
    while fin < len(mots) and mots[fin].proposition == ici:
        fin += 1
    jusqu_a = min(fin, rang + 1 + JUSQU_AU_DESTINATAIRE)
    destinataire = next((k for k in range(rang + 1, jusqu_a) if _a_nos_services(analyse, k, fin)), None)
    return (
        destinataire is not None
        and any(m.forme in DOSSIER_REMIS for m in mots[debut:destinataire])
        and not _autre_destinataire(analyse, destinataire + 1, analyse.phrases[mots[rang].phrase][1])
    )


# « … à notre service, ainsi qu'à votre employeur », « et à votre bailleur », « puis aux voisins »
ET_AUSSI = frozenset({"et", "puis", "que", "ou", "comme"})


def _autre_destinataire(analyse: Analyse, k: int, fin: int) -> bool:
    """Words k… (before `fin`, the sentence's end: « ainsi qu' » opens a clause of its own) hand
    the same thing to someone not of the creditor's house too."""
    mots = analyse.mots
    return any(
        mots[j].forme in ET_AUSSI
        and mots[j + 1].forme in (*A_NOTRE, "aux")
        and mots[j + 2].forme not in ("notre", "nos", "de")
        for j in range(k, min(fin, k + JUSQU_AU_DESTINATAIRE) - 2)
    )


def _a_nos_services(analyse: Analyse, k: int, fin: int) -> bool:
    """Words k… (before `fin`) say « à notre service », « auprès de nos équipes »."""
    mots = analyse.mots
    if mots[k].forme not in A_NOTRE:
        return False
    k += 1 + (k + 1 < fin and mots[k + 1].forme == "de")
    return k + 1 < fin and mots[k].forme in ("notre", "nos") and mots[k + 1].forme in NOS_SERVICES
