"""Clause pénale : calculée, montrée à part, jamais réclamée à un consommateur.

Texte
    C. civ., art. 1231-5, al. 1 et 2 : « Lorsque le contrat stipule que celui qui manquera de
    l'exécuter paiera une certaine somme à titre de dommages et intérêts, il ne peut être alloué
    à l'autre partie une somme plus forte ni moindre. Néanmoins, le juge peut, même d'office,
    modérer ou augmenter la pénalité ainsi convenue si elle est manifestement excessive ou
    dérisoire. »

Lecture retenue
    - `contrat.clause_penale: {montant: "150.00"}` : ce montant ; `{taux: "10"}` : ce pourcentage
      du principal que le document réclame, arrondi au centime : au calcul, celui des factures
      échues restant dues (une facture à échoir n'est pas encore inexécutée) ; dans la requête,
      celui des factures qu'elle vise (`clause_du_document`).
    - Elle reste hors du total dû (le juge peut la modérer) ; rien quand plus rien n'est dû.
    - Envers un consommateur : jamais appliquée (FRAIS-02) — elle peut être présumée abusive si
      elle est manifestement disproportionnée (C. conso. R212-2) [S] ; les lettres ne réclament à
      un consommateur que le principal et l'intérêt légal.
    - C. civ., art. 1231-5, al. 5 : « Sauf inexécution définitive, la pénalité n'est encourue que
      lorsque le débiteur est mis en demeure. » La mise en demeure de dossier la nomme donc
      (stipulation et montant, `annoncee`) envers un débiteur professionnel ; envers un autre
      débiteur, un courrier ne nomme jamais de clause pénale (FRAIS-06) : la requête ne peut alors
      pas la demander (`rules/injonction_clause_penale`, INJ-17).

Exemples
    >>> from dossier.model.claim import ClausePenale, Creance
    >>> montant_clause_penale(ClausePenale(taux="10"), Decimal("1234.55"))
    Decimal('123.46')
    >>> montant_clause_penale(ClausePenale(montant="150.00"), Decimal("0.00"))
    Decimal('0.00')
    >>> [" ".join(stipulation(c).split()) for c in (ClausePenale(taux="10"), ClausePenale(montant="150"))]
    ['de 10,00 % des sommes impayées', "d'un montant de 150,00 €"]
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

from dossier.francais import euros, taux
from dossier.law.calcul import Regime
from dossier.law.money import ZERO, arrondir
from dossier.model.claim import ClausePenale, Creance

ARTICLE = "C. civ. 1231-5"
CODE = "FRAIS-02"
_POURCENT = 100  # structurel : un taux s'écrit en pourcentage


def clause_du_document(creance: Creance, principal: Decimal) -> Decimal:
    """La clause pénale d'un document qui réclame `principal` (0,00 envers un consommateur, FRAIS-02)."""
    contrat = creance.contrat
    if contrat is None or creance.debiteur.est_consommateur:
        return ZERO
    return montant_clause_penale(contrat.clause_penale, principal)


def montant_clause_penale(clause: ClausePenale | None, principal_restant: Decimal) -> Decimal:
    """Le montant de la clause, à montrer à part du total dû (0,00 sans clause ou sans principal dû)."""
    if clause is None or principal_restant <= 0:
        return ZERO
    if clause.montant is not None:
        return arrondir(clause.montant)
    assert clause.taux is not None  # le modèle impose l'un ou l'autre
    return arrondir(Fraction(principal_restant) * Fraction(clause.taux) / _POURCENT)


def annoncee(creance: Creance, regime: Regime, principal: Decimal) -> Decimal:
    """Le montant de la clause que nomme la mise en demeure de dossier réclamant `principal` :
    0,00 envers un débiteur non professionnel (FRAIS-06 : un courrier ne lui nomme pas de clause)."""
    if regime is Regime.CIVIL:
        return ZERO
    return clause_du_document(creance, principal)


def stipulation(clause: ClausePenale) -> str:
    """Ce que stipule la clause, dit dans une phrase : « de 10 % des sommes impayées »."""
    if clause.montant is not None:
        return f"d'un montant de {euros(clause.montant)}"
    return f"de {taux(clause.taux)} des sommes impayées"
