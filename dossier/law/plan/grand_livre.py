"""Le grand livre d'un échéancier signé : ce que le plan a fixé, ce qui est échu, payé, impayé, le solde.

Texte
    C. civ., art. 1376 (reconnaissance de dette) et 2240 (elle interrompt la prescription) ; la
    clause de déchéance du terme de l'échéancier (law/plan/suivi.py).

Lecture retenue (docs/decisions.md « After a signed plan, the plan governs »)
    - À partir de `plan.date_accord`, la dette est la somme reconnue, arrêtée la veille : le calcul
      des factures s'arrête à cette veille et le plan prend le relais. Aucune pénalité ne court sur
      une échéance qui n'est pas encore échue.
    - Chaque versement du plan (acompte, puis échéances) est couvert dans l'ordre des dates par les
      paiements reçus depuis l'accord, cumulativement (comme `suivi.etat_au`) : payé, payé en
      partie, impayé (échu et non couvert), ou à venir.
    - Solde du plan : ce qu'il reste à payer de tous les versements ; après la déchéance du terme
      notifiée, tout le solde est exigible (`exigible_apres_decheance`).
    Après la déchéance, ce qui est dû (solde déclaré par la notification, intérêts au taux d'avant
    le plan, paiements reçus depuis) est calculé par law/plan/decheance.py : c'est ce calcul que
    réclament les lettres et la requête, et que calcul.json publie.

Exemple
    >>> from datetime import date
    >>> from dossier.law.exemples import exemple, facture
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.plan.echeancier import etablir
    >>> from dossier.law.plan.suivi import etat_au
    >>> c = exemple("consommateur", factures=[facture("F-1", "2026-01-05", "2026-02-05", "900.00")],
    ...             plan={"date_accord": "2026-03-02", "nombre_echeances": 3,
    ...                   "premiere_echeance": "2026-03-10", "moyen": "cheques"},
    ...             paiements=[{"date": "2026-03-10", "montant": "300.00", "moyen": "cheque"}])
    >>> e = etablir(c, calculer(c, date(2026, 3, 1)), date(2026, 3, 2))
    >>> livre = grand_livre(e, etat_au(c, e, date(2026, 4, 20)), None)
    >>> [(v.numero, v.statut) for v in livre.versements], livre.retard, livre.solde
    ([(1, 'payee'), (2, 'impayee'), (3, 'a_venir')], Decimal('300.00'), Decimal('600.00'))
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dossier.law.money import ZERO
from dossier.law.plan.echeancier import Echeancier
from dossier.law.plan.suivi import EtatPlan

STATUTS = ("payee", "partiellement_payee", "impayee", "a_venir")


@dataclass(frozen=True)
class Versement:
    numero: int  # 0 : l'acompte
    date: date
    montant: Decimal
    statut: str  # un de STATUTS


@dataclass(frozen=True)
class GrandLivre:
    date_accord: date
    arrete_au: date  # la veille de l'accord : le jour où la somme reconnue est arrêtée
    reconnu_principal: Decimal
    reconnu_interets: Decimal
    reconnu_indemnites: Decimal
    reconnu_total: Decimal
    versements: tuple[Versement, ...]
    total_a_payer: Decimal  # somme des versements (intérêts du plan compris)
    total_paye: Decimal
    retard: Decimal
    solde: Decimal  # ce qui reste à payer du plan
    decheance: date | None  # la déchéance du terme notifiée, s'il y en a une
    exigible: Decimal  # ce qui est exigible aujourd'hui : le retard, ou tout le solde après déchéance


def grand_livre(echeancier: Echeancier, etat: EtatPlan, decheance: date | None) -> GrandLivre:
    """Le grand livre au jour de `etat`, la déchéance du terme notifiée le `decheance` s'il y a lieu."""
    versements, cumul = [], ZERO
    for echeance in echeancier.paiements:
        cumul += echeance.montant
        if cumul <= etat.total_paye:
            statut = "payee"
        elif echeance.date >= etat.jour:
            statut = "a_venir"
        elif cumul - echeance.montant < etat.total_paye:
            statut = "partiellement_payee"
        else:
            statut = "impayee"
        versements.append(Versement(echeance.numero, echeance.date, echeance.montant, statut))
    reconnue = echeancier.reconnue
    solde = max(echeancier.total_a_payer - etat.total_paye, ZERO)
    return GrandLivre(
        date_accord=echeancier.date_accord,
        arrete_au=echeancier.arrete_au,
        reconnu_principal=reconnue.principal,
        reconnu_interets=reconnue.interets or ZERO,
        reconnu_indemnites=reconnue.indemnites or ZERO,
        reconnu_total=reconnue.total,
        versements=tuple(versements),
        total_a_payer=echeancier.total_a_payer,
        total_paye=etat.total_paye,
        retard=etat.retard,
        solde=solde,
        decheance=decheance,
        exigible=etat.exigible_apres_decheance if decheance is not None else etat.retard,
    )
