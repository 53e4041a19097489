"""The receipt a collection agency gives the debtor for each payment (CPCE R124-6).

CPCE R124-6, al. 1 : « Une quittance est remise au débiteur pour tout paiement. » One document per
payment recorded with `recu_par: mandataire`, dated the payment's day, showing how it was applied
and the principal that remained due right after it.
"""

from __future__ import annotations

from datetime import date

from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.law.money import somme
from dossier.lettres.contexte import adresse_une_ligne
from dossier.lettres.courrier import composer, references
from dossier.model.claim import Creance
from dossier.render.letter import Lettre

# « par virement », « par chèque »… but « en espèces »
MOYENS = {
    "virement": "par virement",
    "cheque": "par chèque",
    "prelevement": "par prélèvement",
    "especes": "en espèces",
    "carte": "par carte bancaire",
}


def nom_quittance(rang: int, creance: Creance) -> str:
    """`quittance-2026-02-10-1`: the payment's day, then its number among the agency's receipts."""
    paiement = creance.paiements[rang]
    recus = [i for i, p in enumerate(creance.paiements) if p.recu_par == "mandataire"]
    return f"quittance-{paiement.date.isoformat()}-{recus.index(rang) + 1}"


def quittance(creance: Creance, rang: int, calcul_du_jour: Calcul, jour_edition: date) -> Lettre:
    """The receipt of `creance.paiements[rang]`; `calcul_du_jour` is the Computation on its day."""
    agence = creance.mandataire
    assert agence is not None, "a receipt is only issued by a collection agency"
    paiement = creance.paiements[rang]
    imputations = [i for i in calcul_du_jour.imputations if i.paiement_rang == rang]
    # The day's Computation counts every payment of that day; add back those recorded after this one.
    plus_tard = somme(
        i.montant
        for i in calcul_du_jour.imputations
        if i.paiement_date == paiement.date and i.paiement_rang > rang and i.sur == "principal"
    )
    debiteur = creance.debiteur
    valeurs = {
        "mandataire": agence,
        "creancier": creance.creancier,
        "adresse_creancier": adresse_une_ligne(creance.creancier.adresse),
        "debiteur_nom": f"{debiteur.civilite} {debiteur.nom}" if debiteur.civilite else debiteur.nom,
        "paiement": paiement,
        "moyen": MOYENS[paiement.moyen],
        "imputations": imputations,
        "reste_du": calcul_du_jour.principal_restant + plus_tard,
    }
    return composer(
        creance,
        agence,
        paiement.date,
        jour_edition,
        lieu=creance.options.lieu or agence.adresse.ville,
        objet=f"Quittance de votre règlement du {date_longue(paiement.date)} — dossier {creance.reference}",
        titre=f"Quittance du {date_longue(paiement.date)} — {creance.reference}",
        sujet=f"Quittance — {debiteur.nom}",
        gabarit="letters/quittance.txt.j2",
        valeurs=valeurs,
        references=references(creance, agence, None, paiement.date),
        reproduit=paiement.date,
        quoi="de la quittance datée",
    )
