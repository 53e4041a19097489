"""The values a letter's content template formats: computed here, never in Jinja.

Each letter is drawn as of its own date (a copy of a sent letter shows the amounts of that day,
docs/decisions.md « Which letters build writes »), from the claim and that day's Computation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from dossier.francais import euros
from dossier.law.calcul import Calcul
from dossier.law.montants import clause_penale
from dossier.law.procedure.etapes import LettreAProduire, date_limite_relance_2
from dossier.law.procedure.reclamation import Reclamation, reclamation
from dossier.law.textes import textes_legaux
from dossier.lettres import historique, interets
from dossier.model.claim import Creance
from dossier.model.claim import Paiement as PaiementRecu
from dossier.model.parties import Adresse, Creancier, Mandataire
from dossier.render.epc import MONTANT_MAX
from dossier.vocabulaire import COURRIERS, Etape


@dataclass(frozen=True)
class Paiement:
    """Where and how the debtor pays: the agency's segregated account when it collects (R124-6)."""

    titulaire: str
    iban: str | None
    bic: str | None
    libelle: str  # what to write on the transfer: the file reference and the letter's
    adresse_cheques: str
    montant: Decimal  # what the letter claims: the QR code's amount

    @property
    def iban_lisible(self) -> str:
        return " ".join(self.iban[i : i + 4] for i in range(0, len(self.iban), 4)) if self.iban else ""

    @property
    def qr(self) -> bool:
        """A payment QR code is printed: an account to pay into, and an amount the standard can
        carry (EPC069-12: under a billion euros; above, the letter gives the IBAN alone)."""
        return self.iban is not None and 0 < self.montant < MONTANT_MAX


def reference_lettre(creance: Creance, lettre: LettreAProduire) -> str:
    if lettre.envoye is not None and lettre.envoye.reference:
        return lettre.envoye.reference
    return f"{creance.reference}-{COURRIERS[lettre.etape.value].suffixe}"


def adresse_une_ligne(adresse: Adresse) -> str:
    morceaux = [adresse.ligne1, adresse.ligne2, f"{adresse.code_postal} {adresse.ville}"]
    return ", ".join(m for m in morceaux if m)


def appel_et_salutation(creance: Creance) -> tuple[str, str]:
    """« Monsieur, » … « Monsieur » ; « Madame, Monsieur, » when the addressee's title is unknown."""
    civilite = creance.debiteur.civilite if creance.debiteur.type == "personne_physique" else None
    titre = civilite or "Madame, Monsieur"
    return f"{titre},", titre


def paiement(creance: Creance, lettre: LettreAProduire, montant: Decimal) -> Paiement:
    """Pay the agency when it collects (into its segregated account, R124-6), else the creditor."""
    reference = reference_lettre(creance, lettre)
    libelle = reference if creance.reference in reference else f"{creance.reference} {reference}"
    beneficiaire: Creancier | Mandataire = agence_de(creance, lettre) or creance.creancier
    banque = beneficiaire.banque
    return Paiement(
        titulaire=(banque.titulaire if banque and banque.titulaire else beneficiaire.nom),
        iban=banque.iban if banque else None,
        bic=banque.bic if banque else None,
        libelle=libelle,
        adresse_cheques=f"{beneficiaire.nom}, {adresse_une_ligne(beneficiaire.adresse)}",
        montant=montant,
    )


@dataclass(frozen=True)
class LigneMontant:
    libelle: str
    montant: Decimal


def ventilation(
    dues: Reclamation, par_agence: bool, montant_indemnite: Decimal | None
) -> tuple[LigneMontant, ...]:
    """The lines between the invoices and the total; empty when the total is the principal alone.

    An agency always splits principal, interest and other accessories, even when nil, and names
    each line by its R124-4 element (CPCE R124-4 3° : « en distinguant les différents éléments de
    la dette ») : late-payment penalties are « intérêts », the D441-5 indemnities « autres
    accessoires ».
    """
    if dues.interets is None and dues.indemnites is None and not par_agence:
        return ()
    lignes = [LigneMontant("Principal restant dû", dues.principal)]
    if dues.interets is not None or par_agence:
        nom = interets.libelle(dues, par_agence) if dues.interets else "Intérêts"
        lignes.append(LigneMontant(nom, dues.interets or Decimal("0.00")))
    if dues.indemnites is not None:
        libelle = "Indemnités forfaitaires pour frais de recouvrement"
        if par_agence:
            libelle = "Autres accessoires : indemnités forfaitaires pour frais de recouvrement"
        lignes.append(
            LigneMontant(
                f"{libelle} ({dues.nombre_indemnites} × {euros(montant_indemnite)})", dues.indemnites
            )
        )
    elif par_agence:
        lignes.append(LigneMontant("Autres accessoires", Decimal("0.00")))
    return tuple(lignes)


def textes_a_reproduire() -> dict[str, str]:
    """The statute texts an agency's letter reproduces word for word (CPCE R124-4 5°), by key."""
    return {cle: texte.texte for cle, texte in textes_legaux().items()}


def agence_de(creance: Creance, lettre: LettreAProduire) -> Mandataire | None:
    """The agency that sends `lettre`: none before its written mandate (CPCE R124-3)."""
    agence = creance.mandataire
    if agence is None or (agence.mandat is not None and lettre.date < agence.mandat.date):
        return None
    return agence


# How the claimed documents are called, with the agreements of the words that follow them.
FACTURES = {
    "un": "la facture",
    "plusieurs": "les factures",
    "colonne": "Facture",
    "du": "due",
    "dus": "dues",
    "arrive": "arrivée",
    "arrives": "arrivées",
    "emis": "émise",
    "emis_pl": "émises",
    "regle": "réglée",
    "suivants": "suivantes",
}
AVIS_D_ECHEANCE = {
    "un": "l'avis d'échéance",
    "plusieurs": "les avis d'échéance",
    "colonne": "Avis d'échéance",
    "du": "dû",
    "dus": "dus",
    "arrive": "arrivé",
    "arrives": "arrivés",
    "emis": "émis",
    "emis_pl": "émis",
    "regle": "réglé",
    "suivants": "suivants",
}


# Who speaks: a company or an agency writes « nous » ; a private person (a landlord) « je ».
# Forms chosen so no word depends on the writer's gender.
NOUS = {
    "nous": "nous",
    "notre": "notre",
    "nos": "nos",
    "de_notre_part": "de notre part",
    "nous_vous_remercions": "Nous vous remercions",
    "nous_vous_prions": "Nous vous prions",
    "nous_vous_demandons": "Nous vous demandons",
    "nous_vous_rappelions": "nous vous rappelions",
    "nous_avons_recu": "Nous avons bien reçu",
    "nous_vous_mettons": "nous vous mettons",
    "nous_proposons": "nous vous proposons",
    "nous_est_parvenu": "nous est parvenu",
    "nous_ecrire": "nous écrire",
    "nous_vous_notifions": "nous vous notifions",
    "nous_revenons": "Nous revenons",
}
JE = {
    "nous": "me",
    "notre": "mon",
    "nos": "mes",
    "de_notre_part": "de ma part",
    "nous_vous_remercions": "Je vous remercie",
    "nous_vous_prions": "Je vous prie",
    "nous_vous_demandons": "Je vous demande",
    "nous_vous_rappelions": "je vous rappelais",
    "nous_avons_recu": "J'ai bien reçu",
    "nous_vous_mettons": "je vous mets",
    "nous_proposons": "je vous propose",
    # « me » elides before a vowel: « m'est parvenu », « m'écrire »
    "nous_est_parvenu": "m'est parvenu",
    "nous_ecrire": "m'écrire",
    "nous_vous_notifions": "je vous notifie",
    "nous_revenons": "Je reviens",
}


def ecrit_en_son_nom(creance: Creance, agence: Mandataire | None) -> bool:
    """A private person writing herself: not through an agency, not as a business."""
    creancier = creance.creancier
    return agence is None and creancier.type == "personne_physique" and not creancier.professionnel


def voix(creance: Creance, agence: Mandataire | None) -> dict[str, str]:
    """« je » for a private person writing herself; « nous » for a company or an agency."""
    if ecrit_en_son_nom(creance, agence):
        return {**JE, "creancier_pourra": "je pourrai"}
    return {**NOUS, "creancier_pourra": f"{creance.creancier.nom_en_texte} pourra"}


def noms_documents(creance: Creance) -> dict[str, str]:
    """Rent is claimed through « avis d'échéance », everything else through invoices."""
    if creance.contrat is not None and creance.contrat.type == "bail_habitation":
        return AVIS_D_ECHEANCE
    return FACTURES


def contexte(
    creance: Creance,
    lettre: LettreAProduire,
    calcul: Calcul,
    serie: Sequence[LettreAProduire],
    montant_indemnite: Decimal | None,
) -> dict[str, Any]:
    """Everything `templates/letters/<step>.txt.j2` formats for `lettre` (amounts as of its date)."""
    dues: Reclamation = reclamation(creance, calcul, lettre.etape, lettre.factures)
    agence = agence_de(creance, lettre)
    references = {id(autre): reference_lettre(creance, autre) for autre in serie}
    appel, salutation = appel_et_salutation(creance)
    contact = (agence.contact if agence else None) or creance.creancier.contact
    return {
        "lettre": {
            "etape": lettre.etape.value,
            "date": lettre.date,
            "reference": reference_lettre(creance, lettre),
        },
        "appel": appel,
        "voix": voix(creance, agence),
        "salutation": salutation,
        "creancier": creance.creancier,
        "adresse_creancier": adresse_une_ligne(creance.creancier.adresse),
        "debiteur": creance.debiteur,
        "mandataire": agence,
        "contrat": creance.contrat,
        "bail": creance.contrat is not None and creance.contrat.type == "bail_habitation",
        "documents": noms_documents(creance),
        "libelles": {f.numero: f.libelle for f in creance.factures if f.libelle},
        "reclamation": dues,
        "regime": calcul.regime.value,
        "ventilation": ventilation(dues, agence is not None, montant_indemnite),
        "montant_indemnite": montant_indemnite,
        "explication_interets": interets.explication(creance, calcul, dues, jusqu_au_paiement=True),
        "paiement": paiement(creance, lettre, dues.total),
        "contact": {
            "telephone": contact.telephone if contact else None,
            "email": contact.email if contact else None,
        },
        # A copy reproduces what was sent: today's personal paragraph was not in it.
        "message_libre": creance.options.message_libre if lettre.envoye is None else None,
        "textes": textes_a_reproduire(),
        "rappel": historique.rappel(creance, lettre, serie, dues, references),
        "echange": historique.echange_suivi(
            creance, min((f.echeance for f in dues.factures), default=lettre.date), lettre.date
        ),
        "date_limite": date_limite_relance_2(lettre.date),
        "delai_jours": _delai_mise_en_demeure(creance, lettre),
        "clause_penale": _clause_penale(creance, lettre, calcul, dues),
        # after a déchéance du terme: the plan, the reminder and the notice the letter names
        "echeancier": calcul.solde_echeancier,
        "reglements_apres_decheance": reglements_apres_decheance(creance, calcul),
    }


def _clause_penale(
    creance: Creance, lettre: LettreAProduire, calcul: Calcul, dues: Reclamation
) -> dict[str, Any] | None:
    """The clause pénale a mise en demeure names, which makes it incurred (C. civ. 1231-5 al. 5):
    its stipulation and its amount on the principal claimed; never to a non-professional debtor
    (FRAIS-06), never in the copy of a notice recorded as not naming it."""
    contrat = creance.contrat
    if lettre.etape is not Etape.MISE_EN_DEMEURE or contrat is None or contrat.clause_penale is None:
        return None
    if lettre.envoye is not None and lettre.envoye.clause_penale_annoncee is False:
        return None
    montant = clause_penale.annoncee(creance, calcul.regime, dues.principal)
    if not montant:
        return None
    return {"stipulee": clause_penale.stipulation(contrat.clause_penale), "montant": montant}


def reglements_apres_decheance(creance: Creance, calcul: Calcul) -> tuple[PaiementRecu, ...]:
    """The payments received since the notice of the déchéance, up to the Computation's day."""
    solde = calcul.solde_echeancier
    if solde is None:
        return ()
    return tuple(p for p in creance.paiements if solde.notification_date < p.date <= calcul.jour)


def _delai_mise_en_demeure(creance: Creance, lettre: LettreAProduire) -> int:
    if lettre.envoye is not None and lettre.envoye.delai_jours is not None:
        return lettre.envoye.delai_jours
    return creance.options.delai_mise_en_demeure_jours
