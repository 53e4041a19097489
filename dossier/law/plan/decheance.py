"""Après la déchéance du terme : le solde de l'échéancier, exigible, porte intérêt au taux d'avant le plan.

Texte
    C. civ., art. 1376 : l'échéancier signé par le débiteur est un acte « par lequel une seule partie
    s'engage envers une autre à lui payer une somme d'argent » — une reconnaissance de dette, qui a
    interrompu la prescription (art. 2240). C. civ., art. 1305-4 et la clause de déchéance du terme
    de l'échéancier (law/plan/suivi.py) : après la notification, tout le solde est exigible.
    C. com., art. L441-10, II : entre professionnels, les pénalités de retard sont « exigibles le jour
    suivant la date de règlement », sans rappel. C. civ., art. 1231-6 et 1344-1 : envers les autres
    débiteurs, l'intérêt au taux légal court « à compter de la mise en demeure ».
    C. com., art. D441-5 : l'indemnité forfaitaire de 40 € est due par facture payée en retard.

Lecture retenue (docs/decisions.md, « After a signed plan, the plan governs »)
    - Après une déchéance du terme inscrite (`courriers[].type: decheance_du_terme`), la dette n'est
      plus celle des factures mais le solde de l'échéancier : une seule ligne de principal, « Solde de
      l'échéancier du … », du montant que la notification déclare exigible à sa date
      (`exigible_apres_decheance` : échéances échues et capital des échéances à venir, moins les
      paiements du plan), exigible au jour où la notification prend effet — sa réception quand
      l'accusé de réception est inscrit, sinon sa date (comme pour une mise en demeure,
      law/delais/demeure.py).
    - Les paiements datés après la notification s'imputent sur ce solde.
    - Il porte intérêt au taux d'avant le plan, par le moteur des factures : entre professionnels,
      les pénalités de L441-10 (taux de la clause du contrat, ou BCE + 10 points) du lendemain de
      cette prise d'effet ; envers les autres, l'intérêt au taux légal (ou le taux du contrat envers
      un non-consommateur qui en avait un, comme avant le plan) du lendemain de la réception d'une
      **nouvelle** mise en demeure, postérieure à la déchéance ; une mise en demeure antérieure
      visait les factures, pas ce solde (sans elle : pas d'intérêts, INT-08).
    - Pas de nouvelle indemnité forfaitaire : celle de D441-5 est due par facture et figure déjà
      dans la somme reconnue ; pas de clause pénale ni de clause de mise en demeure par
      l'exigibilité (elles visaient les factures, le plan les a remplacées).
    - Les constats du calcul ainsi dérivé ne pointent pas dans claim.yaml (leurs rangs ne sont pas
      ceux du fichier) ; les imputations gardent le rang du paiement dans le fichier.

Exemple : 900 € de facture, 940,30 € reconnus (pénalités et 40 € compris) en trois chèques de
313,43 €, 313,43 € et 313,44 € ; le premier seul est payé (300 €). La déchéance est notifiée le
15 mai (reçue le 18) : 313,43 × 2 + 313,44 − 300 = 640,30 € exigibles ; 100 € sont payés le 1er juin.
Entre professionnels, les pénalités (BCE 2,15 % + 10 points) courent du 19 mai :
640,30 × 12,15 % × 14/365 = 2,98 €, puis 540,30 × 12,15 % × 29/365 = 5,22 €, sans nouvelle indemnité.
    >>> from dossier.law.exemples import exemple, facture
    >>> from dossier.law.montants.computation import calculer
    >>> from dossier.law.plan.echeancier import etablir
    >>> plan = {"date_accord": "2026-03-02", "nombre_echeances": 3, "premiere_echeance": "2026-03-10",
    ...         "moyen": "cheques"}
    >>> paiements = [{"date": "2026-03-10", "montant": "300.00", "moyen": "cheque"},
    ...              {"date": "2026-06-01", "montant": "100.00", "moyen": "cheque"}]
    >>> d = {"type": "decheance_du_terme", "date": "2026-05-15", "accuse_reception": {"date": "2026-05-18"}}
    >>> c = exemple("b2b", factures=[facture("F-1", "2026-01-05", "2026-02-28", "900.00")], plan=plan,
    ...             paiements=paiements, courriers=[d])
    >>> e = etablir(c, calculer(c, date(2026, 3, 1)), date(2026, 3, 2))
    >>> k = calcul_apres_decheance(c, e, c.courriers[0], date(2026, 6, 30))
    >>> [(f.numero, str(f.echeance)) for f in k.factures]
    [('Solde de l’échéancier du 02/03/2026', '2026-05-18')]
    >>> [(str(f.montant_ttc), str(f.restant), str(f.indemnite)) for f in k.factures]
    [('640.30', '540.30', '0.00')]
    >>> [(str(p.du), p.jours, str(p.base), str(p.montant)) for p in k.periodes]
    [('2026-05-19', 14, '640.30', '2.98'), ('2026-06-02', 29, '540.30', '5.22')]
    >>> k.total_du, k.solde_echeancier.effet, k.solde_echeancier.solde
    (Decimal('548.50'), datetime.date(2026, 5, 18), Decimal('640.30'))
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache

from dossier.francais import date_courte, date_longue, euros
from dossier.law.calcul import Calcul, Regime, SoldeEcheancier
from dossier.law.money import ZERO, somme
from dossier.law.montants.computation import calculer
from dossier.law.parametres.lecture import Parametres
from dossier.law.plan.echeancier import Echeancier, arrete, etablir
from dossier.law.plan.suivi import etat_au
from dossier.law.rules.injonction_plan import decheance_notifiee
from dossier.model.claim import Contrat, Courrier, Creance, Facture

MISE_EN_DEMEURE = "mise_en_demeure"
RAPPEL = "rappel_echeance"


def libelle_solde(echeancier: Echeancier) -> str:
    """The one principal line's name, where an invoice number stands in tables and calcul.json."""
    return f"Solde de l’échéancier du {date_courte(echeancier.date_accord)}"


def prise_d_effet(notification: Courrier) -> date:
    """The day the déchéance takes effect: its receipt when recorded, else the letter's date."""
    recu = notification.accuse_reception
    return recu.date if recu is not None else notification.date


def solde_a_la_decheance(creance: Creance, echeancier: Echeancier, notification: Courrier) -> Decimal:
    """What the notice declared due on its date (law/plan/suivi.py, `exigible_apres_decheance`)."""
    return etat_au(creance, echeancier, notification.date).exigible_apres_decheance


def solde_restant(creance: Creance, echeancier: Echeancier, notification: Courrier, jour: date) -> Decimal:
    """The balance at the déchéance less the payments dated after the notice, up to `jour`."""
    apres = somme(p.montant for p in creance.paiements if notification.date < p.date <= jour)
    return max(solde_a_la_decheance(creance, echeancier, notification) - apres, ZERO)


def creance_apres_decheance(creance: Creance, echeancier: Echeancier, notification: Courrier) -> Creance:
    """The claim as the law sees it after the déchéance: one debt, the plan's balance (see above)."""
    solde = Facture.model_construct(
        numero=libelle_solde(echeancier),
        date=echeancier.date_accord,
        echeance=prise_d_effet(notification),
        montant_ttc=solde_a_la_decheance(creance, echeancier, notification),
    )
    rangs = [i for i, p in enumerate(creance.paiements) if p.date > notification.date]
    paiements = tuple(creance.paiements[i].model_copy(update={"facture": None}) for i in rangs)
    courriers = tuple(
        c.model_copy(update={"factures": None})
        for c in creance.courriers
        if c.type == MISE_EN_DEMEURE and c.date > notification.date
    )
    sans = {"indemnite_forfaitaire": False, "clause_penale": None, "demeure_par_exigibilite": False}
    contrat = (
        creance.contrat.model_copy(update=sans)
        if creance.contrat is not None
        else Contrat.model_construct(
            type="autre", objet=solde.numero, date=echeancier.date_accord, indemnite_forfaitaire=False
        )
    )
    return creance.model_copy(
        update={
            "factures": (solde,),
            "paiements": paiements,
            "courriers": courriers,
            "echanges": (),
            "contrat": contrat,
            "plan": None,
        }
    )


def calcul_apres_decheance(
    creance: Creance,
    echeancier: Echeancier,
    notification: Courrier,
    jour: date,
    parametres: Parametres | None = None,
    interets_jusqu_au: date | None = None,
) -> Calcul:
    """The Computation as of `jour` of the plan's balance after the déchéance notified by `notification`."""
    derivee = creance_apres_decheance(creance, echeancier, notification)
    calcul = calculer(derivee, jour, parametres, interets_jusqu_au)
    rangs = [i for i, p in enumerate(creance.paiements) if p.date > notification.date]
    imputations = tuple(
        replace(i, paiement_rang=rangs[i.paiement_rang]) if i.paiement_rang >= 0 else i
        for i in calcul.imputations
    )
    constats = tuple(replace(c, ou=None) for c in calcul.constats)
    solde = solde_echeancier(creance, echeancier, notification.date)
    choix = (*([convention(solde, calcul.regime)] if solde is not None else []), *calcul.choix)
    return replace(calcul, imputations=imputations, constats=constats, solde_echeancier=solde, choix=choix)


def convention(solde: SoldeEcheancier, regime: Regime) -> str:
    """The décompte's first convention after a déchéance: where the one principal line comes from."""
    recue = f", reçue le {date_longue(solde.effet)}" if solde.recue else ""
    return (
        f"Après la déchéance du terme notifiée le {date_longue(solde.notification_date)}{recue}, la "
        f"créance est le solde de l'échéancier signé le {date_longue(solde.date_accord)} (reconnaissance "
        f"de dette, C. civ. 1376 et 2240) : {euros(solde.solde)}, versements échus non réglés et capital "
        f"des échéances à venir, exigible depuis le {date_longue(solde.effet)} ; les paiements reçus "
        "depuis s'imputent sur ce solde"
        + (
            " ; l'indemnité forfaitaire de C. com. D441-5, due par facture, est comprise dans la somme "
            "reconnue et n'est pas réclamée de nouveau."
            if regime is Regime.PROFESSIONNEL
            else "."
        )
    )


def solde_echeancier(creance: Creance, echeancier: Echeancier, jour: date) -> SoldeEcheancier | None:
    """The déchéance recorded by `jour` and what it made due, or None when there is none (or when
    nothing was late on its date: ETAPE-06 says it is not reproduced, the invoices stay the debt)."""
    notification = decheance_notifiee(creance, jour)
    if notification is None or notification.date < echeancier.date_accord or not echeancier.echeances:
        return None
    etat = etat_au(creance, echeancier, notification.date)
    if etat.impayee is None:
        return None
    rappels = [
        (c.date, i)
        for i, c in enumerate(creance.courriers)
        if c.type == RAPPEL and c.date <= notification.date
    ]
    rappel = max(rappels, default=None)
    return SoldeEcheancier(
        date_accord=echeancier.date_accord,
        libelle=libelle_solde(echeancier),
        nombre=echeancier.nombre,
        impayee_numero=etat.impayee.numero,
        impayee_date=etat.impayee.date,
        rappel=rappel[1] if rappel else None,
        rappel_date=rappel[0] if rappel else None,
        notification=next(i for i, c in enumerate(creance.courriers) if c is notification),
        notification_date=notification.date,
        effet=prise_d_effet(notification),
        recue=notification.accuse_reception is not None,
        solde=etat.exigible_apres_decheance,
    )


def calculs(
    creance: Creance, parametres: Parametres | None = None, interets_jusqu_au: date | None = None
) -> Callable[[date], Calcul]:
    """The Computation as of any day: the invoices', or after a recorded déchéance du terme of the
    signed plan, its balance's (`calcul_apres_decheance`). Each letter, the requête and calcul.json
    read it, so every figure they print is one of these."""

    def factures(jour: date) -> Calcul:
        return calculer(creance, jour, parametres, interets_jusqu_au)

    plan = creance.plan
    if plan is None or plan.date_accord is None:
        return factures
    accord = plan.date_accord

    @cache
    def echeancier() -> Echeancier:
        return etablir(creance, factures(arrete(accord)), accord, parametres)

    def au(jour: date) -> Calcul:
        if decheance_notifiee(creance, jour) is None:  # the common case: no échéancier to draw
            return factures(jour)
        solde = solde_echeancier(creance, echeancier(), jour)
        if solde is None:
            return factures(jour)
        notification = creance.courriers[solde.notification]
        return calcul_apres_decheance(
            creance, echeancier(), notification, jour, parametres, interets_jusqu_au
        )

    return au
