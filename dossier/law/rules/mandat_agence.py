"""Société de recouvrement : mandat écrit et lettre conforme (CPCE R124-3 et R124-4).

Texte
    CPCE, art. R124-3 : la personne chargée du recouvrement amiable pour le compte d'autrui doit
    avoir conclu avec le créancier une convention écrite (le mandat), qui précise notamment le
    fondement et le montant des sommes dues et les conditions de sa rémunération.
    CPCE, art. R124-4, dernier alinéa : « Les références et date d'envoi de la lettre mentionnée
    au premier alinéa sont rappelées à l'occasion de toute autre démarche auprès du débiteur en
    vue du recouvrement amiable. »

Lecture retenue
    Quand un mandataire est déclaré, les lettres sont les siennes et portent toutes les mentions
    de R124-4 (identité et activité de recouvrement amiable, créancier, fondement, montant
    détaillé, modalités de paiement, L111-8 al. 2 et 3 reproduits). Sans date de mandat, dossier
    avertit : il ne peut vérifier que la démarche est couverte par un mandat écrit. Une lettre
    envoyée avant la date du mandat est signalée.

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> agence = {"nom": "Recouvrement Éthique", "siren": "954330122", "assurance_rc": "Police RC-1",
    ...           "compte_cantonnement": "Compte clients", "adresse": {"ligne1": "40 quai de la Fosse",
    ...           "code_postal": "44000", "ville": "Nantes"}}
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> c = exemple("consommateur", factures=f, mandataire=agence)
    >>> [k.code for k in verifier(c, calculer(c, date(2026, 1, 15)))]
    ['AGENCE-01']
    >>> c = exemple("consommateur", factures=f, mandataire={**agence, "mandat": {"date": "2025-12-01"}},
    ...             courriers=[{"type": "relance_1", "date": "2025-11-10"}])
    >>> [k.code for k in verifier(c, calculer(c, date(2026, 1, 15)))]
    ['AGENCE-02']
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.model.claim import Creance

CODES = ("AGENCE-01", "AGENCE-02")


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    mandataire = creance.mandataire
    if mandataire is None:
        return []
    # R124-3 : « convention écrite » — the claim must date it so each letter can be checked against it
    if mandataire.mandat is None:
        return [
            constat(
                "AGENCE-01",
                f"aucun mandat écrit n'est daté pour {mandataire.nom}",
                ou=creance.position("mandataire"),
            )
        ]
    return [
        constat(
            "AGENCE-02",
            f"le courrier du {date_longue(courrier.date)} précède le mandat du "
            f"{date_longue(mandataire.mandat.date)}",
            ou=creance.position("courriers", i, "date"),
        )
        for i, courrier in enumerate(creance.courriers)
        if courrier.date < mandataire.mandat.date and courrier.date <= calcul.jour
    ]
