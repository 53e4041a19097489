"""The plan's letters: the courteous reminder of a missed instalment, then — only once the notice
period it opens has run out — the notification of the déchéance du terme (law/plan/suivi.py).

File names: `rappel-echeance-N` (N the first instalment unpaid on the letter's day; `rappel-acompte`
for the down payment) and `decheance-du-terme`; a name used twice gets the letter's date.
A copy of a letter recorded in `courriers` says so in its footer, as every copy does.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dossier.law.plan.echeancier import Echeancier, limites
from dossier.law.plan.suivi import DECHEANCE, CourrierPlan, fin_du_preavis
from dossier.lettres import historique
from dossier.lettres.contexte import (
    Paiement,
    adresse_une_ligne,
    appel_et_salutation,
    textes_a_reproduire,
    voix,
)
from dossier.lettres.courrier import (
    _qr,
    composer,
    intitules,
    mode_envoi,
    references,
)
from dossier.lettres.echeancier import beneficiaire, lieu
from dossier.model.claim import Creance
from dossier.model.parties import Mandataire
from dossier.render.letter import Lettre
from dossier.vocabulaire import COURRIERS, nom_de_fichier


def nom_fichier(courrier: CourrierPlan) -> str:
    base = COURRIERS[courrier.type].fichier
    impayee = courrier.etat.impayee
    if courrier.type == DECHEANCE or impayee is None:
        return base
    return "rappel-acompte" if impayee.numero == 0 else f"{base}-{impayee.numero}"


def noms_de_fichiers(courriers: Sequence[CourrierPlan]) -> list[str]:
    """Each of the plan's letters' file name (without extension), in order; a name used twice gets
    the letter's date."""
    noms = [nom_fichier(c) for c in courriers]
    return [nom_de_fichier(nom, c.date, noms.count(nom) > 1) for c, nom in zip(courriers, noms, strict=True)]


def _agence(creance: Creance, jour: date) -> Mandataire | None:
    """The agency writes from its written mandate on (CPCE R124-3), as for every letter."""
    agence = creance.mandataire
    if agence is None or (agence.mandat is not None and jour < agence.mandat.date):
        return None
    return agence


def _reference(creance: Creance, courrier: CourrierPlan) -> str:
    if courrier.envoye is not None and courrier.envoye.reference:
        return courrier.envoye.reference
    if courrier.type == DECHEANCE:
        return f"{creance.reference}-{COURRIERS[DECHEANCE].suffixe}"
    impayee = courrier.etat.impayee
    return f"{creance.reference}-RE{impayee.numero if impayee else 0}"


def courrier(creance: Creance, plan: Echeancier, a_produire: CourrierPlan, jour_edition: date) -> Lettre:
    agence = _agence(creance, a_produire.date)
    etat = a_produire.etat
    decheance = a_produire.type == DECHEANCE
    montant = etat.exigible_apres_decheance if decheance else etat.retard
    qui = beneficiaire(creance)
    reference = _reference(creance, a_produire)
    paiement = Paiement(
        titulaire=qui.titulaire,
        iban=qui.banque.iban if qui.banque else None,
        bic=qui.banque.bic if qui.banque else None,
        libelle=reference if creance.reference in reference else f"{creance.reference} {reference}",
        adresse_cheques=qui.adresse,
        montant=montant,
    )
    appel, salutation = appel_et_salutation(creance)
    contact = (agence.contact if agence else None) or creance.creancier.contact
    impayee = etat.impayee
    rappels = [
        c
        for c in creance.courriers
        if c.type == "rappel_echeance" and impayee is not None and impayee.date < c.date <= a_produire.date
    ]
    rappel = rappels[-1] if rappels else None
    valeurs = {
        "appel": appel,
        "salutation": salutation,
        "voix": voix(creance, agence),
        "mandataire": agence,
        "creancier": creance.creancier,
        "adresse_creancier": adresse_une_ligne(creance.creancier.adresse),
        "contact": {
            "telephone": contact.telephone if contact else None,
            "email": contact.email if contact else None,
        },
        "plan": plan,
        "etat": etat,
        "impayee": etat.impayee,
        "preavis": limites().preavis_decheance_jours,
        "paiement": paiement,
        "rappel": rappel,
        "echange": historique.echange_suivi(creance, impayee.date, a_produire.date) if impayee else None,
        "recu": rappel.accuse_reception.date if rappel and rappel.accuse_reception else None,
        "fin_preavis": fin_du_preavis(rappel) if rappel else None,
        "delai_jours": creance.options.delai_mise_en_demeure_jours,
        "a_venir": etat.exigible_apres_decheance - etat.retard,
        # an agency's letter reproduces L111-8 al. 2 and 3 (CPCE R124-4 5°), as every letter it writes
        "textes": textes_a_reproduire(),
    }
    return composer(
        creance,
        agence,
        a_produire.date,
        jour_edition,
        lieu=lieu(creance),
        **intitules(a_produire.type, creance, reference),
        sujet=f"Échéancier — {creance.debiteur.nom}",
        valeurs=valeurs,
        references=references(creance, agence, reference, a_produire.date, a_produire.envoye),
        reproduit=a_produire.date if a_produire.envoye else None,
        quoi="du courrier daté",
        # drafted by registered post: the reminder's notice period runs « à compter de la
        # réception », the notification ends the term; a copy says how it was really sent
        mode_envoi=mode_envoi(a_produire.envoye, recommande=decheance or a_produire.envoye is None),
        paiement=_qr(paiement),
    )
