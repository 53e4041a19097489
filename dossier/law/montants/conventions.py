"""Ce que le décompte dit du calcul : ses conventions (`choix`) et ses constats (INT-, FRAIS-, PRESC-, TAUX-).

Le décompte d'une requête en injonction de payer détaille principal, intérêts et accessoires
(CPC 1407) ; docs/droit.md § 4 demande d'y énoncer chaque convention de calcul. Ce module écrit ces
phrases en français, à partir des valeurs déjà calculées (il ne calcule rien) ; aucun nombre de
loi n'y est écrit : ceux qui apparaissent viennent des paramètres, via les lignes calculées.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from dossier.findings import Constat, constat
from dossier.francais import date_longue, decimal_fr, enumeration, montant_fr, pluriel
from dossier.law.calcul import Calcul, Nature, Regime, SoldeFacture
from dossier.law.calendrier import semestre
from dossier.law.delais.demeure import mises_en_demeure, mises_en_demeure_en_attente
from dossier.law.delais.prescription import Prescription, constats_prescription
from dossier.law.montants import bail_commercial, retards_payes
from dossier.law.montants.capitalisation import empechement
from dossier.law.montants.imputation import ResultatImputation, constats_imputation
from dossier.law.montants.interest import FonctionTaux
from dossier.law.montants.penalites import plancher
from dossier.law.parametres.lecture import Parametres
from dossier.model.claim import Creance, Paiement


@dataclass(frozen=True)
class PlanInterets:
    """D'où et jusqu'où courent les intérêts d'une facture, à quel taux, et pourquoi."""

    depart: date | None  # None : ils ne courent pas (régime civil sans mise en demeure)
    fin: date  # le jour du calcul, ou la veille d'un jugement d'ouverture
    taux: FonctionTaux
    nature: Nature
    fondement: str
    hors_mise_en_demeure: bool = False


@dataclass(frozen=True)
class EtatCalcul:
    """Le calcul chiffré et ce dont il vient : ce que lisent `choix` et `constats`.

    Un seul type porte les chiffres : `calcul`, le `Calcul` que `computation.calculer` vient
    d'assembler (ses `choix` et `constats` encore vides ; `enoncer` les y ajoute). À côté, ce que
    le `Calcul` ne garde pas, parce que les documents et `calcul.json` n'ont à lire que des
    valeurs : la créance, le jeu de paramètres, le plan d'intérêts de chaque facture (avec sa
    fonction de taux), les paiements non imputés et le détail de chaque prescription. Deux types
    restent donc, l'un construit dans l'autre : le résultat, et le résultat avec sa provenance,
    qui ne sort pas de `law/montants/`.
    """

    calcul: Calcul
    creance: Creance
    plans: Mapping[str, PlanInterets]
    non_imputes: tuple[tuple[Paiement, Decimal], ...]
    prescriptions: tuple[Prescription, ...]
    parametres: Parametres

    @property
    def soldees_en_retard(self) -> tuple[SoldeFacture, ...]:
        """Factures payées en entier après le début de leurs intérêts, hors retards entre
        professionnels (chiffrés à part : `retards_payes`) — INT-03."""
        chiffrees = {r.facture for r in self.calcul.retards_payes}
        plan = self.creance.plan
        accord = plan.date_accord if plan is not None else None
        resultat = []
        for s in self.calcul.factures:
            if s.numero in chiffrees:
                continue
            depart = self.plans[s.numero].depart
            dates = [i.paiement_date for i in self.calcul.imputations if i.facture == s.numero]
            # settled by a signed plan's payments: the plan governs the debt since the agreement
            par_le_plan = accord is not None and bool(dates) and max(dates) >= accord
            if s.restant == 0 and depart is not None and dates and max(dates) >= depart and not par_le_plan:
                resultat.append(s)
        return tuple(resultat)


def enoncer(etat: EtatCalcul) -> Calcul:
    """Le `Calcul` de l'état, avec ses conventions (`choix`) et ses constats, en phrases françaises."""
    return replace(etat.calcul, choix=choix(etat), constats=tuple(constats(etat)))


def _liste(numeros: list[str]) -> str:
    return enumeration(numeros)


def choix(etat: EtatCalcul) -> tuple[str, ...]:
    """Les conventions appliquées, en phrases françaises, dans l'ordre du décompte."""
    creance, phrases = etat.creance, []
    contrat = creance.contrat
    if etat.calcul.regime is Regime.PROFESSIONNEL:
        if contrat is not None and contrat.taux_penalites is not None:
            phrases.append(
                f"Pénalités de retard entre professionnels (C. com. L441-10, II) au taux du contrat, "
                f"{decimal_fr(contrat.taux_penalites)} % l'an, qui ne peut être inférieur au plancher légal "
                "(un multiple du taux de l'intérêt légal du semestre) ; dues sans rappel à compter du "
                "lendemain de chaque échéance."
            )
        else:
            phrases.append(
                "Pénalités de retard entre professionnels (C. com. L441-10, II) dues sans rappel à "
                "compter du lendemain de chaque échéance, au taux de la Banque centrale européenne en "
                "vigueur au 1er janvier ou au 1er juillet du semestre, majoré des points fixés par la "
                "loi ; ce taux par défaut n'est soumis à aucun plancher."
            )
    else:
        qualite = (
            "personne physique n'agissant pas pour des besoins professionnels"
            if etat.calcul.categorie_taux_legal == "particuliers"
            else "qui n'est pas une personne physique agissant à titre privé"
        )
        phrases.append(
            "Intérêts au taux légal (C. civ. 1231-6, 1344-1), taux "
            f"« {etat.calcul.categorie_taux_legal.replace('_', ' ')} » "
            f"retenu d'après la qualité du créancier, {qualite} (C. mon. fin. L313-2)."
        )
        departs: dict[str, list[str]] = {}
        for s in etat.calcul.factures_reclamees:
            plan = etat.plans[s.numero]
            if plan.depart is not None:
                departs.setdefault(
                    f"à compter du {date_longue(plan.depart)}, lendemain de la {plan.fondement}"
                    if not plan.fondement.startswith("clause")
                    else f"à compter du {date_longue(plan.depart)} : {plan.fondement}",
                    [],
                ).append(s.numero)
        for texte, numeros in departs.items():
            phrases.append(f"{pluriel(len(numeros), 'Facture')} {_liste(numeros)} : intérêts {texte}.")
    phrases.append(
        "Intérêts simples calculés jour par jour : chaque ligne va de son premier à son dernier jour, "
        "tous deux comptés ; chaque jour prend le taux du semestre où il tombe, sur la base du nombre "
        "de jours de son année (365, ou 366 pour une année bissextile)."
    )
    phrases.append(
        "Chaque ligne est arrondie au centime, la moitié au centime supérieur ; les totaux sont la "
        "somme des lignes imprimées."
    )
    if etat.calcul.imputations:
        phrases.append("Un paiement réduit le solde à compter du lendemain de sa date.")
        if creance.options.imputation == "interets_d_abord":
            phrases.append(
                "Chaque paiement s'impute d'abord sur les intérêts courus, puis sur le principal "
                "(C. civ. 1343-1), sur la facture qu'il désigne ou, à défaut, sur la facture échue "
                "la plus ancienne (C. civ. 1342-10)."
            )
        else:
            phrases.append(
                "Chaque paiement réduit le principal de la facture qu'il désigne ; à défaut, celui de "
                "la facture échue la plus ancienne, puis des suivantes (C. civ. 1342-10) ; le critère "
                "de la dette que le débiteur avait le plus d'intérêt d'acquitter n'est pas appliqué."
            )
    if any(s.indemnite > 0 for s in etat.calcul.factures_reclamees):
        montant = next(s.indemnite for s in etat.calcul.factures_reclamees if s.indemnite > 0)
        phrases.append(
            f"Indemnité forfaitaire pour frais de recouvrement de {decimal_fr(montant)} € par facture échue "
            "restant due (C. com. L441-10, II ; D441-5) ; les frais complémentaires sur justificatifs ne "
            "sont pas calculés."
        )
    if etat.calcul.retards_payes:
        phrases.append(retards_payes.phrase(etat.calcul.retards_payes))
    if etat.soldees_en_retard:
        phrases.append(
            "Les pénalités ou intérêts courus sur une facture payée en entier ne sont pas réclamés."
        )
    if (
        creance.debiteur.procedure_collective is not None
        and creance.debiteur.procedure_collective.date <= etat.calcul.jour
    ):
        phrases.append(
            f"Intérêts arrêtés la veille du jugement d'ouverture du "
            f"{date_longue(creance.debiteur.procedure_collective.date)} (C. com. L622-28)."
        )
    if contrat is not None and contrat.capitalisation:
        phrases.append(_choix_capitalisation(etat))
    if etat.calcul.clause_penale > 0:
        phrases.append(
            "La clause pénale est présentée à part et n'entre pas dans le total dû : le juge peut la "
            "modérer (C. civ. 1231-5)."
        )
    phrases += _choix_prescription(etat)
    return tuple(phrases)


def _choix_capitalisation(etat: EtatCalcul) -> str:
    raison = empechement(etat.creance)
    if raison is not None:
        return (
            "La capitalisation des intérêts prévue au contrat (C. civ. 1343-2) n'est pas appliquée "
            f"({raison}) : les intérêts restent simples."
        )
    texte = (
        "Capitalisation des intérêts prévue au contrat (C. civ. 1343-2) : les intérêts dus pour une "
        "année entière, comptée du premier jour d'intérêts de chaque facture, produisent eux-mêmes "
        "intérêt à compter du lendemain de cette année"
    )
    if not etat.calcul.capitalisations:
        return texte + " ; aucune année entière n'est échue au jour du décompte."
    faits = "; ".join(
        f"{c.facture} : {montant_fr(c.montant)} € (intérêts du {date_longue(c.du)} au {date_longue(c.au)}) "
        f"capitalisés le {date_longue(c.le)}"
        for c in etat.calcul.capitalisations
    )
    return f"{texte} — {faits}."


# The prescription's starting point is the tool's prudent computation (the earliest day the debt
# could be said to arise), not the law's word: written for the creditor (calcul.json, the review
# report), it is left out of the documents filed in court, where it would read as an admission.
PRESCRIPTION = "Prescription : "


def pour_le_tribunal(choix: tuple[str, ...]) -> tuple[str, ...]:
    """The conventions a court document prints: all but the creditor's prudent prescription count."""
    return tuple(phrase for phrase in choix if not phrase.startswith(PRESCRIPTION))


def _choix_prescription(etat: EtatCalcul) -> list[str]:
    durees = {(p.duree.valeur, p.article) for p in etat.prescriptions}
    phrases = [
        f"{PRESCRIPTION}{duree} ans ({article}), comptés prudemment à partir de l'exécution de la "
        "prestation ou, à défaut, de la date de la facture, le point de départ le plus précoce ; un "
        "paiement partiel ou une reconnaissance écrite fait courir un nouveau délai (C. civ. 2240, "
        "2231) ; une mise en demeure ne l'interrompt pas."
        for duree, article in sorted(durees)
    ]
    prescrites = [p.facture for p in etat.prescriptions if p.prescrite]
    if prescrites:
        phrases.append(f"Factures prescrites, écartées de tous les totaux : {_liste(prescrites)}.")
    return phrases


def constats(etat: EtatCalcul) -> list[Constat]:
    """Les constats nés du calcul, dans un ordre stable."""
    creance = etat.creance
    restants = {s.numero: s.restant for s in etat.calcul.factures}
    resultat = constats_prescription(creance, etat.prescriptions, restants, etat.calcul.jour, etat.parametres)
    resultat += bail_commercial.constats(creance)
    resultat += _constats_interets(etat)
    resultat += _constats_frais(etat)
    resultat += constats_imputation(creance, ResultatImputation(etat.calcul.imputations, etat.non_imputes))
    fournies = dict.fromkeys(p.source for p in etat.calcul.periodes if p.fourni_par_utilisateur)
    for source in fournies:
        resultat.append(constat("TAUX-03", f"valeur fournie par l'utilisateur utilisée : {source}"))
    return resultat


def _constats_interets(etat: EtatCalcul) -> list[Constat]:
    creance, resultat = etat.creance, []
    contrat = creance.contrat
    taux_contrat = contrat.taux_penalites if contrat is not None else None
    if etat.calcul.regime is Regime.PROFESSIONNEL and taux_contrat is not None:
        # L441-10 : la clause « ne peut toutefois fixer un taux inférieur à trois fois le taux
        # d'intérêt légal »
        semestres = sorted(
            {
                semestre(p.du)
                for p in etat.calcul.periodes
                if plancher(p.du, etat.parametres).taux > taux_contrat
            }
        )
        if semestres:
            noms = ", ".join(s.libelle for s in semestres)
            resultat.append(
                constat(
                    "INT-01",
                    f"le taux contractuel de {decimal_fr(taux_contrat)} % est inférieur au plancher "
                    f"légal pour : {noms} ; le plus bas du plancher et du taux par défaut est "
                    "réclamé",
                    ou=creance.position("contrat", "taux_penalites"),
                )
            )
    if etat.calcul.regime is Regime.CIVIL:
        if taux_contrat is not None:
            code = "INT-05" if creance.debiteur.est_consommateur else "INT-06"
            texte = (
                "n'est pas appliqué à un consommateur : seul l'intérêt au taux légal est calculé"
                if code == "INT-05"
                else "est appliqué à la place du taux légal, du même point de départ"
            )
            resultat.append(
                constat(
                    code,
                    f"le taux contractuel de {decimal_fr(taux_contrat)} % {texte}",
                    ou=creance.position("contrat", "taux_penalites"),
                )
            )
        hors = [s.numero for s in etat.calcul.factures_reclamees if etat.plans[s.numero].hors_mise_en_demeure]
        if hors:
            resultat.append(
                constat(
                    "INT-02",
                    (
                        f"facture {_liste(hors)} : échue après la mise en demeure ou non visée par elle"
                        if len(hors) == 1
                        else f"factures {_liste(hors)} : échues après la mise en demeure ou non visées "
                        "par elle"
                    )
                    + ", pas d'intérêts avant une nouvelle mise en demeure",
                    ou=creance.position("courriers"),
                )
            )
        sans = [
            s.numero
            for s in etat.calcul.factures_reclamees
            if etat.plans[s.numero].depart is None and not etat.plans[s.numero].hors_mise_en_demeure
        ]
        if sans and not mises_en_demeure(creance, etat.calcul.jour):
            attente = mises_en_demeure_en_attente(creance, etat.calcul.jour)
            detail = " ; la mise en demeure envoyée n'était pas encore reçue ce jour-là" if attente else ""
            resultat.append(
                constat(
                    "INT-08",
                    f"aucune mise en demeure n'a pris effet au {date_longue(etat.calcul.jour)} : "
                    f"pas d'intérêts sur {_liste(sans)}{detail}",
                    ou=creance.position("courriers"),
                )
            )
    resultat += retards_payes.constats(etat.creance, etat.calcul.retards_payes, etat.calcul.regime)
    for s in etat.soldees_en_retard:
        resultat.append(
            constat(
                "INT-03",
                f"la facture {s.numero}, payée en entier, ne porte aucune demande : les "
                "pénalités ou intérêts courus jusqu'à son paiement ne sont pas réclamés",
            )
        )
    raison = empechement(creance)
    if raison is not None:
        resultat.append(
            constat(
                "INT-04",
                f"la capitalisation des intérêts prévue au contrat n'est pas calculée : {raison} ; "
                "les intérêts restent simples",
                ou=creance.position("contrat", "capitalisation"),
            )
        )
    for c in etat.calcul.capitalisations:
        resultat.append(
            constat(
                "INT-13",
                f"facture {c.facture} : {montant_fr(c.montant)} € d'intérêts du {date_longue(c.du)} au "
                f"{date_longue(c.au)}, dus pour une année entière, capitalisés le {date_longue(c.le)} "
                "(clause du contrat)",
                ou=creance.position("contrat", "capitalisation"),
            )
        )
    procedure = creance.debiteur.procedure_collective
    if procedure is not None and procedure.date <= etat.calcul.jour:
        resultat.append(
            constat(
                "INT-07",
                f"intérêts arrêtés le {date_longue(procedure.date)}, jour du jugement "
                f"d'ouverture ({procedure.type})",
                ou=creance.position("debiteur", "procedure_collective"),
            )
        )
    return resultat


def _constats_frais(etat: EtatCalcul) -> list[Constat]:
    creance, resultat = etat.creance, []
    contrat = creance.contrat
    if etat.calcul.regime is Regime.CIVIL and contrat is not None and contrat.indemnite_forfaitaire:
        resultat.append(
            constat(
                "FRAIS-01",
                "l'indemnité forfaitaire de recouvrement n'est pas due par un débiteur "
                "qui n'agit pas en professionnel envers un créancier professionnel : elle est écartée",
                ou=creance.position("contrat", "indemnite_forfaitaire"),
            )
        )
    if creance.debiteur.est_consommateur and contrat is not None and contrat.clause_penale is not None:
        resultat.append(
            constat(
                "FRAIS-02",
                "la clause pénale n'est pas appliquée à un consommateur",
                ou=creance.position("contrat", "clause_penale"),
            )
        )
    indemnite_voulue = contrat is None or contrat.indemnite_forfaitaire is not False
    if (
        etat.calcul.regime is Regime.PROFESSIONNEL
        and creance.debiteur.procedure_collective is not None
        and indemnite_voulue
    ):
        resultat.append(
            constat(
                "FRAIS-03",
                "débiteur en procédure collective : l'indemnité forfaitaire n'est "
                "comptée pour aucune facture",
                ou=creance.position("debiteur", "procedure_collective"),
            )
        )
    return resultat
