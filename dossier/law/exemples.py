"""Créances d'exemple pour les doctests et les tests du moteur de droit (jamais pour l'utilisateur).

Chaque profil fixe les parties ; les autres clés de claim.yaml se passent en arguments, sous la
forme qu'elles ont dans le fichier (textes, listes, dictionnaires). La créance passe par le même
chargeur strict que claim.yaml (`model.load.lire`), cohérence comprise.

    >>> c = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")])
    >>> c.debiteur.est_consommateur, c.creancier.professionnel, c.factures[0].montant_ttc
    (True, True, Decimal('600.00'))
"""

from __future__ import annotations

from typing import Any

import yaml

from dossier.model.claim import Creance
from dossier.model.load import lire

_ADRESSE = {"ligne1": "12 rue des Lilas", "code_postal": "69003", "ville": "Lyon"}  # structurel : exemple
_SIGNATAIRE = {"nom": "Claire Durand", "qualite": "Gérante"}
_SOCIETE_CREANCIERE = {
    "nom": "Atelier Durand",
    "type": "personne_morale",
    "forme": "SARL",
    "professionnel": True,
    "commercant": True,
    "siren": "925308298",  # structurel : identifiant d'exemple
    "adresse": _ADRESSE,
    "signataire": _SIGNATAIRE,
}
_SOCIETE_DEBITRICE = {
    "nom": "Boulangerie Petit",
    "type": "personne_morale",
    "forme": "SAS",
    "commercant": True,
    "siren": "954330122",  # structurel : identifiant d'exemple
    "adresse": _ADRESSE,
}
_PARTICULIER = {"nom": "Jean Martin", "type": "personne_physique", "consommateur": True, "adresse": _ADRESSE}
_BAILLEUR = {
    "nom": "Marie Roux",
    "type": "personne_physique",
    "professionnel": False,
    "adresse": _ADRESSE,
    "signataire": {"nom": "Marie Roux", "qualite": "Bailleresse"},
}

PROFILS: dict[str, dict[str, Any]] = {
    # deux sociétés commerçantes : pénalités L441-10, indemnité forfaitaire, prescription L110-4
    "b2b": {"creancier": _SOCIETE_CREANCIERE, "debiteur": _SOCIETE_DEBITRICE},
    # un professionnel et un consommateur : intérêt légal « autres cas », prescription L218-2
    "consommateur": {"creancier": {**_SOCIETE_CREANCIERE, "commercant": False}, "debiteur": _PARTICULIER},
    # un particulier bailleur et son locataire : intérêt légal « particuliers », loi de 1989
    "bail": {
        "creancier": _BAILLEUR,
        "debiteur": _PARTICULIER,
        "contrat": {"type": "bail_habitation", "objet": "Loyers", "date": "2023-01-01"},
    },
    # un particulier créancier d'une société : régime civil, débiteur non consommateur
    "civil": {"creancier": _BAILLEUR, "debiteur": _SOCIETE_DEBITRICE},
}


class _Dumper(yaml.SafeDumper):
    """Recopie chaque valeur partagée : claim.yaml refuse ancres et alias."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def facture(
    numero: str, date: str, echeance: str, montant: str, execution: str | None = None
) -> dict[str, Any]:
    """Une entrée de `factures`, telle qu'on l'écrit dans claim.yaml."""
    entree = {"numero": numero, "date": date, "echeance": echeance, "montant_ttc": montant}
    return entree if execution is None else {**entree, "execution": execution}


def exemple(profil: str, **cles: Any) -> Creance:
    """Une créance du `profil`, complétée ou modifiée par `cles` ; `creancier` et `debiteur` se fusionnent."""
    donnees: dict[str, Any] = {"version": 1, "reference": "EX-1", **PROFILS[profil]}
    for cle, valeur in cles.items():
        if cle in ("creancier", "debiteur") and isinstance(valeur, dict):
            donnees[cle] = {**donnees[cle], **valeur}
        else:
            donnees[cle] = valeur
    return lire(yaml.dump(donnees, Dumper=_Dumper, allow_unicode=True, sort_keys=False), "exemple.yaml")
