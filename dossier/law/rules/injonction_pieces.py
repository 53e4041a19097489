"""Requête en injonction de payer : chaque facture demandée et l'avis de réception invoqué, produits.

Texte
    CPC, art. 1407, al. 1 et 2 : la requête contient « l'indication précise du montant de la somme
    réclamée avec le décompte des différents éléments de la créance ainsi que le fondement de
    celle-ci. Elle est accompagnée des documents justificatifs. »
    CPC, art. 1409, al. 1 : « Si, au vu des documents produits, la demande lui paraît fondée en
    tout ou partie, le juge rend une ordonnance portant injonction de payer pour la somme qu'il
    retient. »

Lecture retenue
    Le juge statue au vu des pièces seules (1409) : une facture demandée sans sa pièce est une
    somme que rien ne justifie, et une mise en demeure dite « reçue le … » sans l'avis de réception
    une date que rien ne prouve. La requête n'est donc pas rédigée :
    - quand une facture qu'elle demande (échue, restant due, non prescrite) n'a pas de `piece:`
      (INJ-14, à la position de la facture) ;
    - quand la mise en demeure sur laquelle elle s'appuie (la dernière envoyée,
      `injonction_mise_en_demeure`) porte une date d'accusé de réception sans sa pièce
      (`accuse_reception.piece`) : la requête dirait « reçue le … » (INJ-15, à la position du
      courrier). Sans date d'accusé de réception, la requête ne dit pas « reçue » (MED-02 avertit
      déjà que les délais courent de la date de la lettre).
    Bloquants pour la requête (`--jusqua injonction`, sortie 6) ; à toute étape antérieure, les
    mêmes manques sont dits tôt, en avertissement (`avertir`), pour les factures encore dues et
    les accusés de réception déjà enregistrés : une pièce se rassemble mieux au fil de l'eau que
    le jour de la requête. (Un `piece:` cité mais introuvable est PIECE-01.)

Exemples
    >>> from datetime import date
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.exemples import exemple, facture
    >>> f = [facture("F-1", "2025-09-01", "2025-10-01", "600.00"),
    ...      {**facture("F-2", "2025-09-01", "2025-10-01", "80.00"), "piece": "pieces/f-2.pdf"}]
    >>> med = {"type": "mise_en_demeure", "date": "2026-01-05", "envoi": "lrar",
    ...        "accuse_reception": {"date": "2026-01-07"}}
    >>> c = exemple("consommateur", factures=f, courriers=[med])
    >>> [(k.code, k.severite.value) for k in verifier(c, calculer(c, date(2026, 2, 1)))]
    [('INJ-14', 'bloquant'), ('INJ-15', 'bloquant')]
    >>> [(k.code, k.severite.value) for k in avertir(c, calculer(c, date(2026, 2, 1)))]
    [('INJ-14', 'avertissement'), ('INJ-15', 'avertissement')]
"""

from __future__ import annotations

from collections.abc import Iterable

from dossier.findings import Constat, Severite, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.law.rules.injonction_mise_en_demeure import derniere_mise_en_demeure
from dossier.law.rules.injonction_montant import factures_exigibles
from dossier.model.claim import Creance

CODES = ("INJ-14", "INJ-15")


def verifier(creance: Creance, calcul: Calcul) -> list[Constat]:
    """What the requête drafted on `calcul.jour` would lack: blocking."""
    rang = derniere_mise_en_demeure(creance, calcul.jour)
    return _manques(creance, factures_exigibles(calcul), () if rang is None else (rang,), requete=True)


def avertir(creance: Creance, calcul: Calcul) -> list[Constat]:
    """The same, said early (a warning): every invoice still claimed, every notice received."""
    dues = tuple(f.numero for f in calcul.factures_reclamees)
    recues = tuple(
        i for i, c in enumerate(creance.courriers) if c.type == "mise_en_demeure" and c.date <= calcul.jour
    )
    return _manques(creance, dues, recues, requete=False)


def _manques(
    creance: Creance, factures: Iterable[str], mises_en_demeure: Iterable[int], requete: bool
) -> list[Constat]:
    severite = None if requete else Severite.AVERTISSEMENT
    plus_tard = "la requête en injonction de payer l'exigera"
    quand = (
        "la requête en injonction de payer ne peut pas la demander sans la produire" if requete else plus_tard
    )
    preuve = "la requête ne peut pas invoquer cette réception sans la prouver" if requete else plus_tard
    visees = set(factures)
    constats = [
        # 1407 : « accompagnée des documents justificatifs » ; 1409 : « au vu des documents produits »
        constat(
            "INJ-14",
            f"la facture {facture.numero} n'a pas de pièce (« piece: ») : {quand}",
            ou=creance.position("factures", i),
            que_faire=f"Numérisez la facture {facture.numero} et indiquez son fichier sous la facture : "
            f"« piece: pieces/facture-{facture.numero}.pdf ».",
            severite=severite,
        )
        for i, facture in enumerate(creance.factures)
        if facture.numero in visees and facture.piece is None
    ]
    for i in mises_en_demeure:
        courrier = creance.courriers[i]
        recu = courrier.accuse_reception
        if recu is None or recu.piece is not None:
            continue
        constats.append(
            constat(
                "INJ-15",
                f"la mise en demeure du {date_longue(courrier.date)} est dite reçue le "
                f"{date_longue(recu.date)}, mais l'avis de réception n'est pas produit "
                f"(« accuse_reception.piece ») : {preuve}",
                ou=creance.position("courriers", i, "accuse_reception"),
                que_faire="Numérisez l'avis de réception signé et indiquez son fichier : « accuse_reception: "
                f"{{date: {recu.date.isoformat()}, piece: pieces/avis-de-reception.pdf}} ».",
                severite=severite,
            )
        )
    return constats
