"""The receipt a collection agency owes the debtor for each payment it receives (CPCE R124-6).

« Le mandataire délivre quittance au débiteur pour tout paiement » — one document per payment
recorded with `recu_par: mandataire`, showing how it was applied and what remains due.
"""

from __future__ import annotations

from dossier.law.calcul import Calcul
from dossier.lettres.contexte import adresse_une_ligne
from dossier.lettres.courrier import _destinataire, _expediteur, _signature
from dossier.model.claim import Creance, Paiement
from dossier.render.environment import rendre_blocs
from dossier.render.letter import Lettre

MOYENS = {
    "virement": "virement",
    "cheque": "chèque",
    "prelevement": "prélèvement",
    "especes": "espèces",
    "carte": "carte bancaire",
}


def nom_quittance(paiement: Paiement, rang: int) -> str:
    return f"quittance-{paiement.date.isoformat()}-{rang}"


def quittance(creance: Creance, paiement: Paiement, calcul_du_jour: Calcul) -> Lettre:
    """`calcul_du_jour`: the Computation as of the payment's day (what remains after it)."""
    agence = creance.mandataire
    assert agence is not None, "a receipt is only issued by a collection agency"
    imputations = [
        i
        for i in calcul_du_jour.imputations
        if i.paiement_date == paiement.date and i.paiement_montant == paiement.montant
    ]
    debiteur = creance.debiteur
    valeurs = {
        "mandataire": agence,
        "creancier": creance.creancier,
        "adresse_creancier": adresse_une_ligne(creance.creancier.adresse),
        "debiteur_nom": f"{debiteur.civilite} {debiteur.nom}" if debiteur.civilite else debiteur.nom,
        "paiement": paiement,
        "moyen": MOYENS[paiement.moyen],
        "imputations": imputations,
        "reste_du": calcul_du_jour.principal_restant,
    }
    return Lettre(
        expediteur=_expediteur(creance),
        destinataire=_destinataire(creance),
        lieu=creance.options.lieu or agence.adresse.ville,
        date=paiement.date,
        objet=f"Quittance — dossier {creance.reference}",
        blocs=rendre_blocs("letters/quittance.txt.j2", valeurs),
        signature=_signature(creance),
        titre=f"Quittance du {paiement.date.isoformat()} — {creance.reference}",
        auteur=agence.nom,
        sujet=f"Quittance — {debiteur.nom}",
        references=(f"Dossier du créancier : {creance.reference}",),
    )
