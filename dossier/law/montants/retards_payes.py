"""Factures payées en retard entre professionnels : les pénalités des jours de retard et l'indemnité.

Texte
    C. com., art. L441-10, II : les pénalités de retard sont « exigibles le jour suivant la date de
    règlement figurant sur la facture » et « exigibles sans qu'un rappel soit nécessaire » ; « Tout
    professionnel en situation de retard de paiement est de plein droit débiteur, à l'égard du
    créancier, d'une indemnité forfaitaire pour frais de recouvrement » (montant : D441-5).

Lecture retenue
    - Une facture soldée après son échéance, entre professionnels (régime professionnel), reste
      débitrice des pénalités courues du lendemain de l'échéance au jour du paiement qui l'a soldée
      (inclus : un paiement réduit le solde à partir du lendemain), au taux des pénalités de la
      créance, sur le solde diminué de chaque paiement partiel, et de l'indemnité forfaitaire — même
      si le principal est réglé (le retard de paiement a eu lieu).
    - Par défaut (`options.retards_payes: signaler`), dossier les calcule et les montre (calcul.json,
      rapport) comme dues et non réclamées (INT-03) ; `reclamer` les ajoute aux totaux, aux lettres à
      partir de l'étape `options.penalites_des` et à la requête (INT-11). Hors régime professionnel,
      l'option reste sans effet (INT-12) : un consommateur ne doit ni pénalités ni indemnité.
    - Une facture soldée par les versements d'un échéancier signé n'est pas une facture payée en
      retard : depuis l'accord, le plan régit la dette (docs/decisions.md « After a signed plan, the
      plan governs »).
    - Une facture prescrite n'en porte pas ; un débiteur en procédure collective non plus
      d'indemnité (FRAIS-03), et ses pénalités s'arrêtent la veille du jugement (INT-07).

Exemple (docs/droit.md § 4, calculé à la main) : 1 000,00 € échus le 31 mai 2025, réglés en entier le
31 août 2025 ; pénalités 30 jours à 13,15 % (juin) = 10,81 € et 62 jours à 12,15 % (juillet-août) =
20,64 €, soit 31,45 €, plus l'indemnité de 40,00 € : tests/unit/test_retards_payes.py.
"""

from __future__ import annotations

from datetime import date

from dossier.findings import Constat, constat
from dossier.francais import date_longue, montant_fr, pluriel
from dossier.law.calcul import Imputation, Nature, Regime, RetardPaye
from dossier.law.calendrier import lendemain
from dossier.law.money import ZERO, arrondir
from dossier.law.montants.imputation import mouvements, payes
from dossier.law.montants.interest import FonctionTaux, periodes, total
from dossier.law.parametres.lecture import Parametres
from dossier.model.claim import Creance, Facture

CODES = ("INT-03", "INT-11", "INT-12")
INDEMNITE = "indemnite_forfaitaire.montant"


def retard_paye(
    facture: Facture,
    cours: tuple[Nature, date | None, date, FonctionTaux],
    imputations: tuple[Imputation, ...],
    indemnite_due: bool,
    reclamer: bool,
    parametres: Parametres,
    accord: date | None = None,
) -> RetardPaye | None:
    """Le retard d'une facture soldée entre professionnels, ou None (soldée à temps, ou autre régime).

    `cours` : la nature des intérêts de la facture, leur premier jour, leur dernier jour possible
    (le jour du calcul, ou la veille d'un jugement d'ouverture) et leur taux ; `accord` : le jour
    d'un échéancier signé, à partir duquel les paiements sont ceux du plan, pas des factures.
    """
    nature, depart, fin_du_cours, taux = cours
    if nature is not Nature.PENALITES or depart is None:
        return None
    sur_le_principal = [i for i in imputations if i.facture == facture.numero and i.sur == "principal"]
    if not sur_le_principal or payes(imputations, facture.numero, "principal") < facture.montant_ttc:
        return None
    solde_le = max(i.paiement_date for i in sur_le_principal)
    # soldée par les versements d'un échéancier signé : le plan régit la dette depuis l'accord
    if accord is not None and solde_le >= accord:
        return None
    # « exigibles le jour suivant la date de règlement » : soldée au plus tard à l'échéance, aucun retard
    if solde_le <= facture.echeance:
        return None
    fin = min(solde_le, fin_du_cours)
    faits = mouvements(imputations, facture.numero)
    lignes = (
        periodes(facture.numero, facture.montant_ttc, depart, fin, faits, taux, Nature.PENALITES)
        if depart <= fin
        else ()
    )
    # « de plein droit débiteur […] d'une indemnité forfaitaire » : due dès le premier jour de retard
    montant = ZERO
    if indemnite_due:
        montant = arrondir(parametres.valeur_a(INDEMNITE, lendemain(facture.echeance)).valeur)
    return RetardPaye(
        facture=facture.numero,
        echeance=facture.echeance,
        solde_le=solde_le,
        jours=(solde_le - facture.echeance).days,
        periodes=lignes,
        penalites=total(lignes) - payes(imputations, facture.numero, "interets"),
        indemnite=montant,
        reclame=reclamer,
    )


def phrase(retards: tuple[RetardPaye, ...]) -> str:
    """La convention du décompte : ce qui est dû sur les factures soldées en retard, et son sort."""
    sort = (
        "sont réclamées"
        if retards[0].reclame
        else "restent dues de plein droit mais ne sont pas réclamées : elles n'entrent dans aucun total"
    )
    return (
        f"{pluriel(len(retards), 'Facture')} {', '.join(r.facture for r in retards)}, soldée(s) après "
        "l'échéance : les pénalités courues du lendemain de l'échéance au jour du paiement qui l'a "
        f"soldée, et l'indemnité forfaitaire, {sort} (C. com. L441-10, II ; D441-5)."
    )


def constats(creance: Creance, retards: tuple[RetardPaye, ...], regime: Regime) -> list[Constat]:
    """INT-03 (dus, non réclamés) or INT-11 (réclamés) for each invoice paid late; INT-12 when the
    option is asked outside the business régime, where nothing of the kind is due."""
    resultat = []
    for r in retards:
        rang = next(i for i, f in enumerate(creance.factures) if f.numero == r.facture)
        detail = (
            f"la facture {r.facture}, échue le {date_longue(r.echeance)}, a été soldée le "
            f"{date_longue(r.solde_le)} avec {r.jours} jour{'s' if r.jours > 1 else ''} de retard : "
            f"pénalités de {montant_fr(r.penalites)} €"
            + (f" et indemnité forfaitaire de {montant_fr(r.indemnite)} €" if r.indemnite else "")
        )
        if r.reclame:
            resultat.append(
                constat(
                    "INT-11",
                    f"{detail}, réclamées (options.retards_payes)",
                    ou=creance.position("factures", rang),
                )
            )
        else:
            resultat.append(
                constat(
                    "INT-03",
                    f"{detail}, dues de plein droit et non réclamées",
                    ou=creance.position("factures", rang),
                    que_faire="Pour les réclamer, ajoutez « retards_payes: reclamer » dans « options ».",
                )
            )
    if creance.options.retards_payes == "reclamer" and regime is Regime.CIVIL:
        resultat.append(
            constat(
                "INT-12",
                "« retards_payes: reclamer » est sans effet : pénalités de retard et indemnité forfaitaire "
                "ne sont dues qu'entre professionnels (C. com. L441-10, II)",
                ou=creance.position("options", "retards_payes"),
            )
        )
    return resultat
