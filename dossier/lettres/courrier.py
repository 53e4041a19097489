"""Assemble one letter (relance, mise en demeure) as a `render.letter.Lettre`, ready to lay out.

The content comes from its one Jinja source (`templates/letters/<step>.txt.j2`); the header,
footer and payment block come from the claim. A letter is the agency's from its written mandate
on (CPCE R124-3), the creditor's before. A copy of a letter already sent says so in its footer,
so a rebuilt copy is never mistaken for the original.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal
from typing import Any, TypedDict

from dossier.francais import date_longue, euros, reproduit
from dossier.law.calcul import Calcul
from dossier.law.procedure.etapes import LettreAProduire
from dossier.lettres.contexte import (
    Paiement,
    adresse_une_ligne,
    agence_de,
    contexte,
    ecrit_en_son_nom,
    reference_lettre,
)
from dossier.model.claim import Courrier, Creance
from dossier.model.parties import Adresse, Contact, Creancier, Mandataire
from dossier.render.environment import rendre_blocs
from dossier.render.epc import VirementEpc
from dossier.render.letter import Lettre, Signature, Signatures
from dossier.render.letter import Paiement as PaiementQr
from dossier.vocabulaire import COURRIERS, ENVOIS, Etape, nom_de_fichier

LRAR = "Lettre recommandée avec demande d'avis de réception"


def nom_fichier(a_produire: LettreAProduire, serie: Sequence[LettreAProduire]) -> str:
    """`relance-1`; a step recorded twice (two notices) gets its date: `mise-en-demeure-2026-01-05`."""
    doublon = sum(1 for autre in serie if autre.etape is a_produire.etape) > 1
    return nom_de_fichier(COURRIERS[a_produire.etape.value].fichier, a_produire.date, doublon)


def lettre(
    creance: Creance,
    a_produire: LettreAProduire,
    calcul: Calcul,
    serie: Sequence[LettreAProduire],
    montant_indemnite: Decimal | None,
    jour_edition: date,
) -> Lettre:
    valeurs = contexte(creance, a_produire, calcul, serie, montant_indemnite)
    agence = agence_de(creance, a_produire)
    reference = reference_lettre(creance, a_produire)
    return composer(
        creance,
        agence,
        a_produire.date,
        jour_edition,
        lieu=creance.options.lieu or (agence.adresse if agence else creance.creancier.adresse).ville,
        **intitules(a_produire.etape.value, creance, reference),
        sujet=f"Recouvrement amiable — {creance.debiteur.nom}",
        valeurs=valeurs,
        references=_references(creance, agence, a_produire, reference),
        reproduit=a_produire.date if a_produire.envoye else None,
        quoi=f"du {_nom_de_l_envoi(a_produire)} daté",
        mode_envoi=_mode_envoi(a_produire),
        paiement=_qr(valeurs["paiement"]),
    )


class Intitules(TypedDict):
    objet: str
    titre: str
    gabarit: str


def intitules(sorte_de_courrier: str, creance: Creance, reference: str) -> Intitules:
    """A drafted letter's object line (« Rappel de paiement — dossier FA-2026-014 »), its PDF
    title (the object with the letter's own reference) and its template, from its kind."""
    sorte = COURRIERS[sorte_de_courrier]
    assert sorte.objet is not None, f"{sorte_de_courrier} is not a letter dossier drafts"
    return Intitules(
        objet=f"{sorte.objet} — dossier {creance.reference}",
        titre=f"{sorte.objet} — {reference}",
        gabarit=sorte.gabarit,
    )


def composer(
    creance: Creance,
    agence: Mandataire | None,
    jour: date,
    jour_edition: date,
    *,
    lieu: str,
    objet: str,
    titre: str,
    sujet: str,
    gabarit: str,
    valeurs: Mapping[str, Any],
    references: tuple[str, ...],
    reproduit: date | None,
    quoi: str,
    mode_envoi: str | None = None,
    paiement: PaiementQr | None = None,
    genre: str = "lettre",
    codes: tuple[PaiementQr, ...] = (),
    titre_codes: str = "",
    signatures: Signatures | None = None,
) -> Lettre:
    """Every document of the file sent to the debtor (letters, receipts, the agreement and its
    mandate), dated `jour` and drafted on `jour_edition`: written by the agency (`agence`, from its
    mandate on) or the creditor, who signs it and is its author; addressed to the debtor; its text
    from `gabarit`; its footer the sender's mentions and, for a copy of a document dated
    `reproduit` (`quoi`: « du courrier daté »), the line that says so."""
    return Lettre(
        expediteur=expediteur(creance, agence),
        destinataire=destinataire(creance),
        lieu=lieu,
        date=jour,
        objet=objet,
        blocs=rendre_blocs(gabarit, valeurs),
        signature=signature(creance, agence),
        titre=titre,
        auteur=agence.nom if agence else creance.creancier.nom,
        sujet=sujet,
        references=references,
        mode_envoi=mode_envoi,
        pied=pied(creance, agence, reproduit, jour_edition, quoi),
        paiement=paiement,
        etabli_le=jour_edition,
        genre=genre,
        codes=codes,
        titre_codes=titre_codes,
        signatures=signatures,
    )


def expediteur(creance: Creance, agence: Mandataire | None) -> tuple[str, ...]:
    if agence is not None:
        nom, adresse, contact = nom_et_forme(agence.nom, agence.forme), agence.adresse, agence.contact
    else:
        creancier = creance.creancier
        nom, adresse, contact = (
            nom_creancier(creancier),
            creancier.adresse,
            creancier.contact,
        )
    return (nom, *_lignes_adresse(adresse), *_lignes_contact(contact))


def destinataire(creance: Creance) -> tuple[str, ...]:
    debiteur = creance.debiteur
    lignes = [nom_debiteur(creance)]
    if debiteur.type == "personne_morale" and debiteur.representant:
        lignes.append(f"À l'attention de {debiteur.representant.nom}, {debiteur.representant.qualite}")
    return (*lignes, *_lignes_adresse(debiteur.adresse))


def signature(creance: Creance, agence: Mandataire | None) -> Signature:
    if agence is not None:
        if agence.signataire is None:  # never the creditor's signatory under the agency's letterhead
            return Signature("Le service recouvrement", agence.nom)
        return Signature(agence.signataire.nom, f"{agence.signataire.qualite}, {agence.nom}")
    return Signature(creance.creancier.signataire.nom, creance.creancier.signataire.qualite)


def pied(
    creance: Creance, agence: Mandataire | None, reproduit: date | None, jour: date, quoi: str
) -> tuple[str, ...]:
    """The sender's legal mentions; for a rebuilt copy (`quoi`: « du courrier daté »), the line saying so."""
    lignes = []
    if agence is not None:
        lignes.append(
            f"{nom_et_forme(agence.nom, agence.forme)} — SIREN {agence.siren} — activité de recouvrement "
            f"amiable de créances — {adresse_une_ligne(agence.adresse)}"
        )
        lignes.append(
            f"Assurance de responsabilité civile professionnelle : {agence.assurance_rc} — "
            f"fonds reçus sur : {agence.compte_cantonnement}"
        )
    else:
        creancier = creance.creancier
        mentions = [nom_creancier(creancier)]
        if (identifiant := identifiant_creancier(creancier)) is not None:
            mentions.append(identifiant)
        mentions.append(adresse_une_ligne(creancier.adresse))
        lignes.append(" — ".join(mentions))
    if reproduit is not None and reproduit != jour:
        lignes.append(f"Reproduction {quoi} du {date_longue(reproduit)}, établie le {date_longue(jour)}.")
    return tuple(lignes)


def nom_et_forme(nom: str, forme: str | None) -> str:
    """« Atelier Morel Agencement SARL »; a long form (« Association loi 1901 ») stays out of the name."""
    return f"{nom} {forme}" if forme and forme not in nom and len(forme) <= len("SELARL") else nom


# C. com. R526-27 (décret 2022-725, from 15 May 2022): an individual entrepreneur uses « une
# dénomination incorporant son nom […] précédé ou suivi immédiatement des mots : « entrepreneur
# individuel » ou des initiales : « EI » », printed « sur les documents et correspondances à usage
# professionnel ».
_EI = re.compile(r"\bEI\b|entrepreneur individuel", re.IGNORECASE)


def entrepreneur_individuel(creancier: Creancier) -> bool:
    """A natural person acting for her business: her documents carry « EI » (R526-27)."""
    return creancier.type == "personne_physique" and creancier.professionnel


def nom_creancier(creancier: Creancier) -> str:
    """How every document names the creditor: « Atelier Morel Agencement SARL »; an individual
    entrepreneur's name followed by « EI » (C. com. R526-27), unless her name or form says it.

    >>> from dossier.law.exemples import exemple, facture
    >>> societe = exemple("b2b", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")]).creancier
    >>> personne = {"type": "personne_physique", "nom": "Pierre Martin", "forme": None}
    >>> artisan = societe.model_copy(update=personne)
    >>> nom_creancier(artisan), nom_creancier(artisan.model_copy(update={"forme": "EI"}))
    ('Pierre Martin EI', 'Pierre Martin EI')
    >>> nom_creancier(artisan.model_copy(update={"professionnel": False})), nom_creancier(societe)
    ('Pierre Martin', 'Atelier Durand SARL')
    """
    nom = nom_et_forme(creancier.nom, creancier.forme)
    if entrepreneur_individuel(creancier) and not _EI.search(nom):
        return f"{nom} EI"
    return nom


def identifiant_creancier(creancier: Creancier) -> str | None:
    """The registration the creditor's documents print: « RCS … », else the SIRET of the
    establishment when the claim gives it, else the SIREN."""
    if creancier.rcs:
        return creancier.rcs
    if creancier.siret:
        return f"SIRET {creancier.siret}"
    return f"SIREN {creancier.siren}" if creancier.siren else None


def nom_debiteur(creance: Creance) -> str:
    """« Madame Sophie Lefèvre », « Fromagerie des Aravis SAS »: how every document names the debtor."""
    d = creance.debiteur
    if d.type == "personne_physique":
        return f"{d.civilite} {d.nom}" if d.civilite else d.nom
    return nom_et_forme(d.nom, d.forme)


def _lignes_adresse(adresse: Adresse) -> tuple[str, ...]:
    lignes = [adresse.ligne1, adresse.ligne2, f"{adresse.code_postal} {adresse.ville}"]
    if adresse.pays and adresse.pays != "France":
        lignes.append(adresse.pays.upper())
    return tuple(ligne for ligne in lignes if ligne)


def _lignes_contact(contact: Contact | None) -> tuple[str, ...]:
    if contact is None:
        return ()
    return tuple(v for v in (contact.telephone, contact.email) if v)


def _references(
    creance: Creance, agence: Mandataire | None, a_produire: LettreAProduire, reference: str
) -> tuple[str, ...]:
    return references(creance, agence, reference, a_produire.date, a_produire.envoye)


def premier_courrier(
    creance: Creance, agence: Mandataire, jour: date, envoye: Courrier | None = None
) -> str | None:
    """« Premier courrier : FO-88231-R1 du 2 février 2026 » — CPCE R124-4, last paragraph: « Les
    références et date d'envoi de la lettre mentionnée au premier alinéa sont rappelées à l'occasion
    de toute autre démarche auprès du débiteur ». The agency's first letter recorded (from its
    mandate on), when it is not the document itself (`envoye`) and was sent by `jour`."""
    depuis = agence.mandat.date if agence.mandat else date.min
    envois = [c for c in creance.courriers if c.type != "autre" and depuis <= c.date <= jour]
    premier = min(envois, key=lambda c: c.date, default=None)  # min keeps the first of a day
    if premier is None or premier is envoye:
        return None
    # The reference it was sent under when the claim does not give it: the scheme the drafts use
    # (`contexte.reference_lettre`, `suivi._reference`); a plan's reminder, numbered after its
    # instalment, is recalled by its date alone.
    suffixe = COURRIERS[premier.type].suffixe
    reference = premier.reference or (f"{creance.reference}-{suffixe}" if suffixe else None)
    quoi = f"{reference} du" if reference else "courrier du"
    return f"Premier courrier : {quoi} {date_longue(premier.date)}"


def references(
    creance: Creance,
    agence: Mandataire | None,
    reference: str | None,
    jour: date,
    envoye: Courrier | None = None,
) -> tuple[str, ...]:
    """The one reference block of every letter, plan letter and receipt: its own reference; for an
    agency the creditor's file, the mandate and the first letter (R124-4); a registered number."""
    lignes = []
    if reference is not None:
        lignes.append(
            f"{'Référence' if ecrit_en_son_nom(creance, agence) else 'Notre référence'} : {reference}"
        )
    if agence is not None:
        lignes.append(f"Dossier du créancier : {creance.reference}")
        if agence.mandat and agence.mandat.reference:
            lignes.append(f"Mandat de recouvrement : {agence.mandat.reference}")
        if (premier := premier_courrier(creance, agence, jour, envoye)) is not None:
            lignes.append(premier)
    return (*lignes, *numero_recommande(envoye))


def numero_recommande(envoye: Courrier | None) -> tuple[str, ...]:
    """« Recommandé n° 1A… » under the references of a copy whose registered number is recorded."""
    return (f"Recommandé n° {envoye.numero_lrar}",) if envoye is not None and envoye.numero_lrar else ()


def mode_envoi(envoye: Courrier | None, recommande: bool) -> str | None:
    """The line above the references: registered post for a letter that must be proved (`recommande`:
    a notice, a plan's reminder) and for any copy sent so; for the copy of a letter that went
    otherwise than by post, how it went (« Envoyé par courriel »), never a postal look."""
    if envoye is not None and (ligne := ENVOIS[envoye.envoi].ligne) is not None:
        return ligne
    if recommande or (envoye is not None and envoye.envoi == "lrar"):
        return LRAR
    return None


def _mode_envoi(a_produire: LettreAProduire) -> str | None:
    return mode_envoi(a_produire.envoye, a_produire.etape is Etape.MISE_EN_DEMEURE)


def _nom_de_l_envoi(a_produire: LettreAProduire) -> str:
    """What the copy reproduces (registered post is said by the line above the references)."""
    return reproduit(a_produire.envoye.envoi if a_produire.envoye else "courrier")


def _qr(paiement: Paiement) -> PaiementQr | None:
    if not paiement.qr or paiement.iban is None:
        return None
    virement = VirementEpc(
        paiement.titulaire, paiement.iban, paiement.montant, paiement.libelle, bic=paiement.bic
    )
    return PaiementQr(
        virement,
        (
            "Pour payer par virement, scannez ce code avec l'application de votre banque.",
            f"Montant : {euros(paiement.montant)} — IBAN {paiement.iban_lisible}",
        ),
    )
