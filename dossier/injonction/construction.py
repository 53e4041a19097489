"""The files of the injonction de payer under `injonction/`: pièces → court documents → bundle.

    fichiers_injonction(creance, calcul, requete, copies) -> {"injonction/requete.pdf": …, …}

`copies` maps the rank of each recorded letter in `courriers` to the PDF of the copy `build`
rebuilt of it: those copies become pièces. The pièces are read, checked and stamped first
(`assemble.pieces`: a missing, corrupt, encrypted or outside-folder file raises `InvalidClaim`,
nothing is written), since the documents cite them by number and the bordereau gives their pages.
The four documents are written alone without any link; inside the bundle, the bordereau's rows
link to their pièce.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING

from dossier.injonction.documents import ORDRE, TITRES, documents_judiciaires
from dossier.law.calcul import Calcul
from dossier.law.procedure.etapes import LettreAProduire
from dossier.model.claim import Creance
from dossier.render.court import rendre_pdf_judiciaire
from dossier.vocabulaire import BUNDLE, CALCUL, CLAIM, INJONCTION, PIECES, document_injonction

if TYPE_CHECKING:
    from dossier.assemble.bundle import Jointe

SIGNETS = {
    "requete": "Requête en injonction de payer",
    "decompte": "Décompte",
    "bordereau": "Bordereau des pièces",
    "historique": "Historique des démarches amiables",
}


def fichiers_injonction(
    creance: Creance, calcul: Calcul, requete: LettreAProduire, copies: Mapping[int, bytes]
) -> dict[str, bytes]:
    # Imported here: `check` never loads the assembly (pypdf, Pillow, factur-x).
    from dossier.assemble.bundle import assembler_bundle
    from dossier.assemble.pieces import preparer_pieces, sources_pieces

    pieces = preparer_pieces(creance, sources_pieces(creance, copies, jour=calcul.jour))
    documents = documents_judiciaires(creance, calcul, requete, pieces)
    seuls = {nom: rendre_pdf_judiciaire(document.sans_liens()) for nom, document in documents.items()}
    dans_le_dossier = {**seuls, "bordereau": rendre_pdf_judiciaire(documents["bordereau"])}
    requete_doc = documents["requete"]
    bundle = assembler_bundle(
        [(SIGNETS[nom], dans_le_dossier[nom]) for nom in ORDRE],
        pieces,
        {
            "titre": f"{TITRES['requete']} — réf. créancier {creance.reference}",
            "auteur": requete_doc.auteur,
            "sujet": requete_doc.sujet,
            "jour": requete_doc.etabli_le.isoformat(),
            "reference": creance.reference,
        },
    )
    fichiers = {document_injonction(nom): seuls[nom] for nom in ORDRE}
    for piece in pieces:
        fichiers[f"{PIECES}{piece.nom_fichier}"] = piece.pdf
    fichiers[BUNDLE] = bundle
    return fichiers


def sources(creance: Creance, calcul: bytes, jour: date) -> list[Jointe]:
    """What the bundle embeds once calcul.json is written: the claim as it was read, the
    computation — a commissaire de justice who receives the bundle alone can recompute it.
    `jour`, the « as of » day, is their modification date (the file's clock would vary)."""
    from dossier.assemble.bundle import Jointe

    claim = "La créance décrite par le créancier (claim.yaml)"
    detail = "Le calcul de chaque montant du dossier (calcul.json)"
    return [
        Jointe(CLAIM, creance.source, "application/yaml", "Source", claim, jour),
        Jointe(CALCUL, calcul, "application/json", "Data", detail, jour),
    ]


def roles_injonction(fichiers: Mapping[str, bytes]) -> dict[str, str]:
    """Each file under injonction/ with its role in the manifest (`verify/manifeste.py`, ROLES)."""
    roles = {}
    for chemin in fichiers:
        if chemin.startswith(PIECES):
            roles[chemin] = "piece"
        elif chemin == BUNDLE:
            roles[chemin] = "dossier_injonction"
        else:
            roles[chemin] = chemin.removeprefix(f"{INJONCTION}/").removesuffix(".pdf")
    return roles
