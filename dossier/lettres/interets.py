"""How a letter names and explains the interest it claims: which text, which rate, from when.

The basis changes the words: late-payment penalties run without notice (C. com. L441-10); legal
interest from the mise en demeure (C. civ. 1231-6, 1344-1) or, under a clause, from the due date
(C. civ. 1344); a contractual rate is the contract's. The figures come from the Computation.
"""

from __future__ import annotations

from decimal import Decimal

from dossier.francais import date_longue, taux
from dossier.law.calcul import Calcul, Nature, Periode
from dossier.law.procedure.reclamation import Reclamation
from dossier.model.claim import Creance

LIBELLES = {
    Nature.PENALITES: "Pénalités de retard (C. com. L441-10)",
    Nature.INTERET_LEGAL: "Intérêts au taux légal",
    Nature.TAUX_CONTRACTUEL: "Intérêts au taux prévu au contrat",
}


def periodes_reclamees(calcul: Calcul, dues: Reclamation) -> list[Periode]:
    numeros = {f.numero for f in dues.factures}
    return [p for p in calcul.periodes if p.facture in numeros]


# An agency names each element of the debt as CPCE R124-4 3° lists them: principal, « intérêts »
# (late-payment penalties are interest, « le taux d'intérêt des pénalités de retard », L441-10),
# other accessories.
LIBELLES_R124_4 = {
    Nature.PENALITES: "Intérêts : pénalités de retard (C. com. L441-10)",
    Nature.INTERET_LEGAL: "Intérêts au taux légal",
    Nature.TAUX_CONTRACTUEL: "Intérêts au taux prévu au contrat",
}


def libelle(dues: Reclamation, par_agence: bool = False) -> str:
    return (LIBELLES_R124_4 if par_agence else LIBELLES)[dues.nature_interets]


def explication(
    creance: Creance, calcul: Calcul, dues: Reclamation, jusqu_au_paiement: bool = False
) -> str | None:
    """One sentence: what runs, from when, at which rate(s), on what basis; None if nothing is claimed.

    `jusqu_au_paiement`: a letter says the figure is stopped at its date and keeps running until
    payment (L441-10 penalties and interest run until the debt is paid); an échéancier does not
    (the plan governs from its date), nor a requête (which asks for it « jusqu'à parfait paiement »)."""
    periodes = periodes_reclamees(calcul, dues)
    if dues.interets is None or not periodes:
        return None
    suite = " et courent jusqu'au paiement" if jusqu_au_paiement else ""
    arrete = f"arrêtés au {date_longue(calcul.jour)}{suite}"
    if dues.nature_interets is Nature.PENALITES:
        return (
            "Les pénalités de retard courent de plein droit depuis le lendemain de chaque échéance "
            f"(article L441-10 du code de commerce), {_taux(periodes)}{_base_penalites(creance, periodes)} ; "
            f"elles sont {arrete.replace('arrêtés', 'arrêtées')}."
        )
    depart = date_longue(min(p.du for p in periodes))
    if creance.contrat is not None and creance.contrat.demeure_par_exigibilite:
        pourquoi = (
            "en application de la clause du contrat qui vaut mise en demeure à l'échéance "
            "(article 1344 du code civil)"
        )
    else:
        pourquoi = "lendemain de la réception de la mise en demeure (articles 1231-6 et 1344-1 du code civil)"
    nom = "au taux légal" if dues.nature_interets is Nature.INTERET_LEGAL else "au taux prévu au contrat"
    return (
        f"Les intérêts {nom} courent depuis le {depart}, {pourquoi}, {_taux(periodes)} ; ils sont {arrete}."
    )


def _taux(periodes: list[Periode]) -> str:
    distincts: list[Decimal] = []
    for periode in sorted(periodes, key=lambda p: p.du):
        if periode.taux not in distincts:
            distincts.append(periode.taux)
    if len(distincts) == 1:
        return f"au taux annuel de {taux(distincts[0])}"
    return (
        "aux taux annuels successifs de "
        + ", ".join(taux(t) for t in distincts[:-1])
        + f" et {taux(distincts[-1])}"
    )


def _base_penalites(creance: Creance, periodes: list[Periode]) -> str:
    clause = creance.contrat.taux_penalites if creance.contrat else None
    if clause is None:
        return " (taux de refinancement de la Banque centrale européenne majoré de 10 points)"
    if all(p.taux == clause for p in periodes):
        return " (taux prévu au contrat)"
    return " (le taux du contrat étant inférieur au minimum légal, c'est ce minimum qui s'applique)"
