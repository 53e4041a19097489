"""The four court documents of the bundle, as `DocumentJudiciaire` ready to lay out.

    documents = documents_judiciaires(creance, calcul, requete, pieces)
    documents["requete"], documents["decompte"], documents["bordereau"], documents["historique"]

`textes_judiciaires(documents)` lists every text a court document prints (name, text): the hook a
court profile of the tone linter reads (they legitimately say « injonction de payer », « requête »,
« ordonnance », never a threat).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from dossier.francais import compte, date_longue, euros
from dossier.injonction import contexte as valeurs
from dossier.injonction.parties import partie_debitrice
from dossier.injonction.pieces import PieceLue, Renvois
from dossier.law.calcul import Calcul
from dossier.law.money import somme
from dossier.law.procedure.etapes import LettreAProduire
from dossier.model.claim import Creance
from dossier.render.court import DocumentJudiciaire
from dossier.render.environment import rendre_blocs
from dossier.render.letter import Signature
from dossier.vocabulaire import DOCUMENTS_INJONCTION

TITRES = {
    "requete": "Requête en injonction de payer",
    "decompte": "Décompte de la créance",
    "bordereau": "Bordereau des pièces communiquées",
    "historique": "Historique des démarches amiables",
}
# the bundle's order (README.md, « Ce qu'il produit »)
ORDRE = DOCUMENTS_INJONCTION


def documents_judiciaires(
    creance: Creance, calcul: Calcul, requete: LettreAProduire, pieces: Sequence[PieceLue]
) -> dict[str, DocumentJudiciaire]:
    commun = valeurs.contexte_commun(creance, calcul, requete, tuple(pieces))
    contenus: dict[str, dict[str, Any]] = {
        "requete": commun,
        "decompte": valeurs.contexte_decompte(creance, calcul, commun),
        "bordereau": {
            **commun,
            "nombre": len(pieces),
            "pages": sum(p.pages for p in pieces),
        },
        "historique": _historique(creance, calcul, commun, pieces),
    }
    return {nom: _document(nom, creance, calcul, commun, contenus[nom]) for nom in ORDRE}


def _document(
    nom: str, creance: Creance, calcul: Calcul, commun: Mapping[str, Any], contenu: Mapping[str, Any]
) -> DocumentJudiciaire:
    requete = nom == "requete"
    signataire = creance.creancier.signataire
    return DocumentJudiciaire(
        titre=TITRES[nom],
        auteur=commun["creancier"],
        sujet=f"Injonction de payer — {commun['creancier']} contre {commun['debiteur']} — réf. créancier "
        f"{creance.reference}",
        intitule=(
            f"Présentée par {commun['creancier_texte']} contre {commun['debiteur_texte']} "
            "(articles 1405 et suivants du code de procédure civile)"
            if requete
            else f"Joint à la requête en injonction de payer présentée par {commun['creancier_texte']} "
            f"contre {commun['debiteur_texte']}"
        ),
        # who presents it and to whom: nothing that reads like the court's caption or docket number
        entete=(
            f"Requête présentée par {commun['creancier_texte']} — réf. créancier {creance.reference}",
            f"Destinataire : {commun['juridiction']}",
        ),
        blocs=rendre_blocs(f"court/{nom}.txt.j2", contenu),
        pied=(
            f"{TITRES[nom]} présenté{'e' if requete else ''} par {commun['creancier_texte']} "
            f"— réf. créancier {creance.reference}",
        ),
        etabli_le=calcul.jour,
        signature=Signature(signataire.nom, f"{signataire.qualite}, pour {commun['creancier_texte']}")
        if requete
        else None,
        fait_a=f"Fait à {commun['lieu']}, le {date_longue(calcul.jour)}" if requete else None,
        liens_pieces=nom == "bordereau",
    )


def _historique(
    creance: Creance, calcul: Calcul, commun: Mapping[str, Any], pieces: Sequence[PieceLue]
) -> dict[str, Any]:
    evenements = valeurs.evenements(creance, calcul.jour, Renvois(pieces))
    courriers = [c for c in creance.courriers if c.date <= calcul.jour]
    echanges = [e for e in creance.echanges if e.date <= calcul.jour]
    paiements = [p for p in creance.paiements if p.date <= calcul.jour]
    lettres, contacts = compte(len(courriers), "courrier"), compte(len(echanges), "échange")
    resume = f"En tout : {lettres} et {contacts} avec {partie_debitrice(creance)['le_']}"
    if paiements:
        recu = euros(somme(p.montant for p in paiements))
        if len(paiements) == 1:
            resume += f" ; un paiement partiel reçu, de {recu}, déduit au décompte"
        else:
            nombre = len(paiements)
            resume += f" ; {nombre} paiements partiels reçus, pour {recu} en tout, déduits au décompte"
    return {**commun, "evenements": evenements, "resume": f"{resume}."}


def textes_judiciaires(documents: Mapping[str, DocumentJudiciaire]) -> list[tuple[str, str]]:
    """Every text each court document prints, in reading order: (document, text)."""
    textes = []
    for nom, document in documents.items():
        morceaux = [document.titre, document.intitule, *document.entete]
        for bloc in document.blocs:
            morceaux.extend(bloc.textes)
        if document.fait_a:
            morceaux.append(document.fait_a)
        if document.signature:
            morceaux.extend((document.signature.nom, document.signature.qualite))
        morceaux.extend(document.pied)
        textes.append((nom, "\n".join(morceaux)))
    return textes
