"""The values a letter's content template formats: computed here, never in Jinja.

Each letter is drawn as of its own date (a copy of a sent letter shows the amounts of that day,
DESIGN.md Decisions), from the claim and that day's Computation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from importlib import resources
from typing import Any

import yaml

from dossier.law.calcul import Calcul, Nature
from dossier.law.etapes import Etape, LettreAProduire, delai_reglement_relance_2
from dossier.law.reclamation import Reclamation, reclamation
from dossier.model.claim import Adresse, Creance
from dossier.render.formats import euros

SUFFIXES = {Etape.RELANCE_1: "R1", Etape.RELANCE_2: "R2", Etape.MISE_EN_DEMEURE: "MED"}
LIBELLES_INTERETS = {
    "penalites": "Pénalités de retard (C. com. L441-10)",
    "interet_legal": "Intérêts au taux légal (C. civ. 1231-6)",
}


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
        return self.iban is not None


def reference_lettre(creance: Creance, lettre: LettreAProduire) -> str:
    if lettre.envoye is not None and lettre.envoye.reference:
        return lettre.envoye.reference
    return f"{creance.reference}-{SUFFIXES[lettre.etape]}"


def adresse_une_ligne(adresse: Adresse) -> str:
    morceaux = [adresse.ligne1, adresse.ligne2, f"{adresse.code_postal} {adresse.ville}"]
    return ", ".join(m for m in morceaux if m)


def appel_et_salutation(creance: Creance) -> tuple[str, str]:
    """« Monsieur, » … « Monsieur » ; « Madame, Monsieur, » when the addressee's title is unknown."""
    civilite = creance.debiteur.civilite if creance.debiteur.type == "personne_physique" else None
    titre = civilite or "Madame, Monsieur"
    return f"{titre},", titre


def paiement(creance: Creance, lettre: LettreAProduire, montant: Decimal) -> Paiement:
    reference = reference_lettre(creance, lettre)
    libelle = reference if creance.reference in reference else f"{creance.reference} {reference}"
    agence = creance.mandataire
    if agence is not None:
        banque = agence.banque
        return Paiement(
            titulaire=(banque.titulaire if banque and banque.titulaire else agence.nom),
            iban=banque.iban if banque else None,
            bic=banque.bic if banque else None,
            libelle=libelle,
            adresse_cheques=f"{agence.nom}, {adresse_une_ligne(agence.adresse)}",
            montant=montant,
        )
    creancier = creance.creancier
    banque = creancier.banque
    return Paiement(
        titulaire=(banque.titulaire if banque and banque.titulaire else creancier.nom),
        iban=banque.iban if banque else None,
        bic=banque.bic if banque else None,
        libelle=libelle,
        adresse_cheques=f"{creancier.nom}, {adresse_une_ligne(creancier.adresse)}",
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

    An agency always splits principal, interest and other accessories, even when nil (CPCE R124-4
    3° : « en distinguant les différents éléments de la dette »).
    """
    if dues.interets is None and dues.indemnites is None and not par_agence:
        return ()
    lignes = [LigneMontant("Principal restant dû", dues.principal)]
    if dues.interets is not None or par_agence:
        lignes.append(
            LigneMontant(
                LIBELLES_INTERETS[dues.nature_interets] if dues.interets else "Intérêts",
                dues.interets or Decimal("0.00"),
            )
        )
    if dues.indemnites is not None:
        libelle = "Indemnités forfaitaires pour frais de recouvrement"
        lignes.append(
            LigneMontant(
                f"{libelle} ({dues.nombre_indemnites} × {euros(montant_indemnite)})", dues.indemnites
            )
        )
    elif par_agence:
        lignes.append(LigneMontant("Autres accessoires", Decimal("0.00")))
    return tuple(lignes)


@cache
def textes_legaux() -> dict[str, str]:
    brut = yaml.safe_load(resources.files("dossier.law").joinpath("textes.yaml").read_text(encoding="utf-8"))
    return {cle: " ".join(entree["texte"].split()) for cle, entree in brut.items()}


def contexte(
    creance: Creance,
    lettre: LettreAProduire,
    calcul: Calcul,
    serie: Sequence[LettreAProduire],
    montant_indemnite: Decimal | None,
) -> dict[str, Any]:
    """Everything `templates/letters/<step>.txt.j2` formats for `lettre` (amounts as of its date)."""
    visees = lettre.envoye.factures if lettre.envoye is not None else None
    dues: Reclamation = reclamation(creance, calcul, lettre.etape, visees)
    avant = [
        autre
        for autre in serie
        if autre.date <= lettre.date and autre is not lettre and autre.etape is not lettre.etape
    ]
    appel, salutation = appel_et_salutation(creance)
    contact = (creance.mandataire.contact if creance.mandataire else None) or creance.creancier.contact
    premiere = serie[0] if serie and serie[0] is not lettre and creance.mandataire else None
    return {
        "lettre": {
            "etape": lettre.etape.value,
            "date": lettre.date,
            "reference": reference_lettre(creance, lettre),
        },
        "appel": appel,
        "salutation": salutation,
        "creancier": creance.creancier,
        "adresse_creancier": adresse_une_ligne(creance.creancier.adresse),
        "debiteur": creance.debiteur,
        "mandataire": creance.mandataire,
        "contrat": creance.contrat,
        "reclamation": dues,
        "regime": calcul.regime.value,
        "nature_interets": dues.nature_interets,
        "ventilation": ventilation(dues, creance.mandataire is not None, montant_indemnite),
        "montant_indemnite": montant_indemnite,
        "date_calcul": calcul.jour,
        "depart_interets": _depart_interets(calcul, dues),
        "paiement": paiement(creance, lettre, dues.total),
        "contact": {
            "telephone": contact.telephone if contact else None,
            "email": contact.email if contact else None,
        },
        "message_libre": creance.options.message_libre,
        "textes": textes_legaux(),
        "premiere_lettre": (
            {"date": premiere.date, "reference": reference_lettre(creance, premiere)} if premiere else None
        ),
        "precedente": max(avant, key=lambda a: a.date) if avant else None,
        "precedentes": sorted(avant, key=lambda a: a.date),
        "date_limite": lettre.date + timedelta(days=delai_reglement_relance_2()),
        "delai_jours": _delai_mise_en_demeure(creance, lettre),
    }


def _delai_mise_en_demeure(creance: Creance, lettre: LettreAProduire) -> int:
    if lettre.envoye is not None and lettre.envoye.delai_jours is not None:
        return lettre.envoye.delai_jours
    return creance.options.delai_mise_en_demeure_jours


def _depart_interets(calcul: Calcul, dues: Reclamation) -> date | None:
    """The first day legal interest ran on the claimed invoices (None when it does not run)."""
    numeros = {f.numero for f in dues.factures}
    jours = [p.du for p in calcul.periodes if p.nature is Nature.INTERET_LEGAL and p.facture in numeros]
    return min(jours) if jours else None
