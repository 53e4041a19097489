"""Débiteur en procédure collective : aucune demande individuelle de paiement.

Texte
    C. com., art. L622-21, I : « Le jugement d'ouverture interrompt ou interdit toute action en
    justice de la part de tous les créanciers dont la créance n'est pas mentionnée au I de
    l'article L. 622-17 et tendant : 1° A la condamnation du débiteur au paiement d'une somme
    d'argent ; […] » — applicable au redressement (L631-14) et à la liquidation (L641-3).
    C. com., art. L622-24 et R622-24 : le créancier déclare sa créance au mandataire judiciaire
    dans les deux mois de la publication du jugement d'ouverture au BODACC.

Lecture retenue
    Dès le jugement d'ouverture (date donnée dans le dossier, au plus tard le jour d'édition),
    dossier ne rédige ni relance, ni mise en demeure, ni requête : le constat est bloquant et
    rappelle de déclarer la créance. Les créances nées après le jugement (L622-17) ne sont pas
    distinguées : c'est un cas à traiter par un professionnel.

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> redressement = {"type": "redressement", "date": "2025-12-01"}
    >>> c = exemple("b2b", factures=f, debiteur={"procedure_collective": redressement})
    >>> [k.code for k in verifier(c, calculer(c, date(2026, 1, 15)))]
    ['PROC-01']
    >>> [k.code for k in verifier(c, calculer(c, date(2025, 11, 15)))]  # before the judgment
    []
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.model.claim import Creance

CODE = "PROC-01"


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    procedure = creance.debiteur.procedure_collective
    # « Le jugement d'ouverture interrompt ou interdit toute action… » : from its date on
    if procedure is None or procedure.date > calcul.jour:
        return []
    return [
        constat(
            CODE,
            f"le débiteur est en {procedure.type} judiciaire depuis le {date_longue(procedure.date)} : "
            "aucune demande de paiement ne peut lui être adressée",
            ou=creance.position("debiteur", "procedure_collective"),
        )
    ]
