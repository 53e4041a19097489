"""Requête en injonction de payer d'un créancier personne physique : son identité complète.

Texte
    CPC, art. 54 : la demande initiale mentionne, à peine de nullité, « 3° Pour les demandeurs :
    a) Pour les personnes physiques, leurs nom, prénoms, profession, domicile, nationalité, date et
    lieu de naissance ; […] ». — CPC, art. 57 : la requête contient les mentions de l'article 54.
    — CPC, art. 1407 : la requête en injonction de payer contient « les noms, prénoms, profession
    et domiciles des créancier et débiteur » [S].

Lecture retenue
    - Un créancier `type: personne_physique` donne `creancier.profession`, `creancier.nationalite`
      et `creancier.naissance: {date, lieu}` ; la requête les imprime sous son nom. Le nom et les
      prénoms sont `creancier.nom`, le domicile son adresse.
    - Il en manque une : la requête n'est pas rédigée (INJ-11, bloquant pour la requête seulement ;
      atteinte par la série, un avertissement dit ce qui manque) — les lettres, elles, n'en ont pas
      besoin.
    - Une société est désignée par sa forme, son immatriculation, son siège et son représentant
      (CPC 54, 3° b) : rien à vérifier ici.

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]
    >>> c = exemple("civil", factures=f, creancier={"profession": "Enseignante"})
    >>> (k,) = verifier(c, calculer(c, date(2026, 1, 15)))
    >>> print(k.message)  # doctest: +NORMALIZE_WHITESPACE
    le créancier Marie Roux, personne physique, doit être identifié dans la requête par sa
    nationalité, sa date et son lieu de naissance (CPC 54, 3° a)) : le dossier ne les donne pas
    >>> c = exemple("civil", factures=f, creancier={"profession": "Enseignante", "nationalite": "française",
    ...             "naissance": {"date": "1970-03-03", "lieu": "Lyon (Rhône)"}})
    >>> verifier(c, calculer(c, date(2026, 1, 15)))
    []
"""

from __future__ import annotations

from dossier.findings import Constat, constat
from dossier.law.calcul import Calcul
from dossier.model.claim import Creance

CODE = "INJ-11"
# the claim's key → how the message names it
MENTIONS = {
    "profession": "sa profession",
    "nationalite": "sa nationalité",
    "naissance": "sa date et son lieu de naissance",
}


def manquantes(creance: Creance) -> list[str]:
    """Les clés d'identité qu'un créancier personne physique ne donne pas (vide pour une société)."""
    creancier = creance.creancier
    if creancier.type != "personne_physique":
        return []
    return [cle for cle in MENTIONS if getattr(creancier, cle) is None]


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    absentes = manquantes(creance)
    if not absentes:
        return []
    noms = [MENTIONS[cle] for cle in absentes]
    # « sa profession et sa nationalité » ; « sa nationalité, sa date et son lieu de naissance »
    dernier = ", " if " et " in noms[-1] else " et "
    liste = noms[0] if len(noms) == 1 else ", ".join(noms[:-1]) + dernier + noms[-1]
    return [
        constat(
            CODE,
            f"le créancier {creance.creancier.nom}, personne physique, doit être identifié dans la requête "
            f"par {liste} (CPC 54, 3° a)) : le dossier ne {'la' if len(noms) == 1 else 'les'} donne pas",
            ou=creance.position("creancier"),
        )
    ]
