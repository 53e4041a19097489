"""What a letter may claim from this debtor, at this step (docs/decisions.md « Amounts in letters »).

Consumers and other non-professional debtors: the principal, and legal interest once it runs;
never a contractual rate, a clause pénale, fees or the €40 indemnity (CPCE L111-8 al. 2: the
costs of amicable recovery stay with the creditor). Business debtors: relance 1 claims the
principal and recalls, in neutral words, that late-payment penalties and the €40 indemnity are
due by law (C. com. L441-10); from `options.penalites_des` on (default relance 2), letters claim
them itemised — with, under `options.retards_payes: reclamer`, the penalties and indemnity of the
invoices paid late. A letter claims only invoices already due on its date (or those the recorded
letter lists), and every total is the sum of the lines it prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from dossier.law.calcul import Calcul, Nature, Regime, SoldeFacture
from dossier.law.money import somme
from dossier.law.procedure.etapes import SERIE
from dossier.model.claim import Creance
from dossier.vocabulaire import Etape


@dataclass(frozen=True)
class Reclamation:
    factures: tuple[SoldeFacture, ...]
    principal: Decimal
    interets: Decimal | None  # None: not claimed in this letter
    indemnites: Decimal | None
    total: Decimal
    rappel_penalites: bool  # B2B before `penalites_des`: recall that they are due by law, claim nothing
    nature_interets: Nature  # which interest the letter claims, for its wording

    @property
    def nombre_indemnites(self) -> int:
        return sum(1 for f in self.factures if f.indemnite > 0)


def reclamation(
    creance: Creance, calcul: Calcul, etape: Etape, factures_visees: tuple[str, ...] | None = None
) -> Reclamation:
    factures = tuple(
        f
        for f in calcul.factures_reclamees
        if f.echeance < calcul.jour and (factures_visees is None or f.numero in factures_visees)
    )
    principal = somme(f.restant for f in factures)
    interets = somme(f.interets_dus for f in factures)
    if calcul.regime is Regime.CIVIL:
        # Interest only (legal, or the contract's for a non-consumer): never a clause pénale or a fee.
        numeros = {f.numero for f in factures}
        contractuel = any(
            p.nature is Nature.TAUX_CONTRACTUEL for p in calcul.periodes if p.facture in numeros
        )
        nature = Nature.TAUX_CONTRACTUEL if contractuel else Nature.INTERET_LEGAL
        return Reclamation(factures, principal, interets or None, None, principal + interets, False, nature)
    if SERIE.index(etape) < SERIE.index(Etape(creance.options.penalites_des)):
        # before `penalites_des`, only principal: an invoice paid late (claimed for its penalties
        # and indemnity only, `options.retards_payes`) has nothing to claim yet
        factures = tuple(f for f in factures if f.restant > 0)
        return Reclamation(factures, principal, None, None, principal, True, Nature.PENALITES)
    indemnites = somme(f.indemnite for f in factures)
    return Reclamation(
        factures,
        principal,
        interets or None,
        indemnites or None,
        principal + interets + indemnites,
        False,
        Nature.PENALITES,
    )
