"""Requête en injonction de payer d'une personne morale : son représentant légal, et le pouvoir de
celui qui signe pour elle.

Texte
    CPC, art. 54 : « A peine de nullité, la demande initiale mentionne : […] 3° […] b) Pour les
    personnes morales, leur forme, leur dénomination, leur siège social et l'organe qui les
    représente légalement ». — CPC, art. 57 : la requête contient, outre les mentions de
    l'article 54, l'indication des pièces sur lesquelles la demande est fondée ; elle est datée et
    signée. — CPC, art. 1407 : la requête est « accompagnée des documents justificatifs ».

Lecture retenue
    - Une personne morale est représentée par son organe légal (le gérant d'une SARL, le président
      d'une SAS ou, selon ses statuts, d'une association) : `creancier.representant_legal: {nom,
      qualite}`. Sans lui, la requête nomme le signataire comme représentant, et un avertissement
      demande de vérifier que c'est bien l'organe légal (INJ-18) : une cheffe d'établissement, un
      directeur salarié ne le sont pas.
    - Quand le signataire n'est pas le représentant légal, la requête nomme l'un puis l'autre
      (« représentée par X, président, agissant par Y, … en vertu d'un pouvoir ») et produit le
      pouvoir écrit parmi les pièces (`creancier.pouvoir: {date, piece}`) ; sans ce pouvoir, la
      requête n'est pas rédigée (INJ-19, bloquant pour la requête).

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> def codes(**creancier):
    ...     c = exemple("b2b", factures=f, creancier=creancier)
    ...     return [k.code for k in verifier(c, calculer(c, date(2026, 1, 15)))]
    >>> codes()
    ['INJ-18']
    >>> codes(representant_legal={"nom": "Claire Durand", "qualite": "Gérante"})
    []
    >>> codes(representant_legal={"nom": "Paul Durand", "qualite": "Gérant"})
    ['INJ-19']
    >>> codes(representant_legal={"nom": "Paul Durand", "qualite": "Gérant"},
    ...       pouvoir={"date": "2025-09-01", "piece": "pieces/pouvoir.pdf"})
    []
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.francais import de
from dossier.law.calcul import Calcul
from dossier.model.claim import Creance
from dossier.model.parties import Creancier

CODES = ("INJ-18", "INJ-19")


def par_delegation(creancier: Creancier) -> bool:
    """The signataire is not the legal representative: the requête names both, with the pouvoir."""
    legal = creancier.representant_legal
    return legal is not None and legal.nom.strip().casefold() != creancier.signataire.nom.strip().casefold()


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    creancier = creance.creancier
    if creancier.type != "personne_morale":
        return []
    signataire = creancier.signataire
    if creancier.representant_legal is None:
        # 54, 3° b) : « l'organe qui les représente légalement »
        return [
            constat(
                "INJ-18",
                f"la requête nommera {signataire.nom}, {signataire.qualite}, comme représentant légal "
                f"{de(creancier.nom)} (CPC 54, 3° b)) : le dossier ne donne pas « representant_legal »",
                ou=creance.position("creancier", "signataire"),
            )
        ]
    pouvoir = creancier.pouvoir
    if par_delegation(creancier) and (pouvoir is None or pouvoir.piece is None):
        legal = creancier.representant_legal
        return [
            constat(
                "INJ-19",
                f"{signataire.nom}, {signataire.qualite}, signe pour {creancier.nom}, dont le représentant "
                f"légal est {legal.nom}, {legal.qualite} : la requête doit produire le pouvoir qu'il lui a "
                "donné, et le dossier n'en donne pas (« creancier.pouvoir.piece »)",
                ou=creance.position("creancier", "pouvoir")
                if pouvoir is not None
                else creance.position("creancier", "representant_legal"),
            )
        ]
    return []
