"""Le calcul d'une créance à un jour donné : `calculer(creance, jour) -> Calcul`.

Texte
    C. com., art. L441-10, II (pénalités entre professionnels, dues sans rappel) ; C. civ.,
    art. 1231-6 et 1344-1 (intérêt au taux légal à compter de la mise en demeure) ; C. mon.
    fin., art. L313-2 (le taux légal suit la qualité du créancier). Chaque règle a son module :
    `penalites`, `taux_legal`, `demeure`, `imputation`, `prescription`, `indemnite`,
    `clause_penale` ; les conventions et constats du décompte sont dans `conventions`.

Lecture retenue
    - Régime professionnel quand le créancier agit en professionnel et que le débiteur n'est pas
      un consommateur ; sinon régime civil. Le modèle ne distingue pas un débiteur personne
      morale « non professionnel » (association sans activité économique) : il est traité en
      professionnel [U].
    - Catégorie du taux légal : « particuliers » pour un créancier personne physique qui n'agit
      pas en professionnel, « autres cas » sinon.
    - Régime professionnel : pénalités du lendemain de l'échéance, au taux de la clause
      (`contrat.taux_penalites`, contrainte par le plancher légal) ou au taux par défaut (BCE +
      points, sans plancher) ; indemnité forfaitaire par facture restant due.
    - Régime civil : intérêt au taux légal du lendemain de la prise d'effet de la mise en demeure
      (ou de l'échéance, clause de C. civ. 1344). Un taux contractuel n'est jamais appliqué à un
      consommateur (INT-05) ; envers un autre débiteur civil, il remplace le taux légal (INT-06).
    - Débiteur en procédure collective : les intérêts s'arrêtent la veille du jugement
      d'ouverture (C. com. L622-28 [S], INT-07).
    - Factures soldées après leur échéance, entre professionnels : pénalités des jours de retard et
      indemnité calculées, montrées comme dues (INT-03) ou réclamées sur option (`retards_payes`,
      INT-11). Autres factures soldées : rien n'est réclamé (INT-03). Factures prescrites : hors de
      tout total.
    - Capitalisation (C. civ. 1343-2) quand le contrat la prévoit : les intérêts de chaque année
      entière produisent intérêt (`capitalisation`, INT-13) ; écartée envers un consommateur ou
      avec l'imputation sur les intérêts d'abord (INT-04).
    - Données de droit manquantes : `LawDataMissing` (sortie 4) nommant toutes les valeurs
      manquantes rencontrées, facture par facture.

Exemple : la créance entre professionnels de `samples/b2b-menuiserie` est vérifiée au centime
dans tests/unit/test_computation.py.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dossier.errors import LawDataMissing
from dossier.findings import Constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul, Capitalisation, Nature, Periode, Regime, RetardPaye, SoldeFacture
from dossier.law.calendrier import lendemain, veille
from dossier.law.delais.demeure import point_de_depart
from dossier.law.delais.prescription import prescrire
from dossier.law.money import somme
from dossier.law.montants import bail_commercial, capitalisation, conventions
from dossier.law.montants.clause_penale import clause_du_document
from dossier.law.montants.conventions import EtatCalcul, PlanInterets
from dossier.law.montants.imputation import imputer, mouvements, payes
from dossier.law.montants.indemnite import indemnite, indemnite_applicable
from dossier.law.montants.interest import FonctionTaux, Mouvement, TauxApplicable, periodes, total
from dossier.law.montants.penalites import taux_penalites
from dossier.law.montants.retards_payes import retard_paye
from dossier.law.montants.taux_legal import categorie_taux_legal, taux_interet_legal
from dossier.law.parametres.lecture import Parametres, parametres_officiels
from dossier.model.claim import Creance, Facture

ARTICLE_TAUX_CONTRACTUEL = "C. civ. 1231-5, 1343-1 ; contrat"
CODES = ("INT-03", "INT-04", "INT-05", "INT-06", "INT-07")


def determiner_regime(creance: Creance) -> Regime:
    (
        """Professionnel quand le créancier agit en professionnel et que le débiteur n'est pas un consommateur
    (sauf un bail commercial qui ne stipule pas de pénalités)."""
        ""
    )
    # L441-10 : « Tout professionnel en situation de retard de paiement » envers un créancier professionnel
    # … except a commercial lease that stipulates no penalties (bail_commercial.py: INT-15)
    if creance.creancier.professionnel and not creance.debiteur.est_consommateur:
        return Regime.PROFESSIONNEL if bail_commercial.penalites_stipulees(creance) else Regime.CIVIL
    return Regime.CIVIL


def calculer(
    creance: Creance, jour: date, parametres: Parametres | None = None, interets_jusqu_au: date | None = None
) -> Calcul:
    """Tous les montants de la créance au `jour` (inclus), avec leurs règles, sources et constats.

    `interets_jusqu_au` : les intérêts et pénalités ne courent pas au-delà de ce jour — le dernier
    jour où les valeurs publiées sont connues, pour un calendrier (`dossier plan`) qui n'a pas besoin
    des montants du jour et le dit (TAUX-05) ; jamais pour un document."""
    parametres = parametres or parametres_officiels()
    regime = determiner_regime(creance)
    categorie = categorie_taux_legal(creance.creancier)
    plans = {
        f.numero: _plan(creance, f, regime, categorie, jour, parametres, interets_jusqu_au)
        for f in creance.factures
    }

    def interets_courus(numero: str, jusqu_au: date, faits: tuple[Mouvement, ...]) -> Decimal:
        return total(_lignes(creance.facture(numero), plans[numero], faits, jusqu_au)[0])

    resultat = imputer(
        creance.factures,
        creance.paiements,
        jour,
        interets_d_abord=creance.options.imputation == "interets_d_abord",
        interets_courus=interets_courus,
    )
    imputations = resultat.imputations
    prescriptions = tuple(prescrire(creance, f, imputations, jour, parametres) for f in creance.factures)
    applicable = indemnite_applicable(creance, regime is Regime.PROFESSIONNEL)
    reclamer = creance.options.retards_payes == "reclamer"
    capitaliser = capitalisation.applicable(creance)
    soldes: list[SoldeFacture] = []
    lignes: list[Periode] = []
    capitalisations: list[Capitalisation] = []
    retards: list[RetardPaye] = []
    manquantes: list[Constat] = []
    demandees: list[tuple[str, date]] = []
    for facture, prescription in zip(creance.factures, prescriptions, strict=True):
        restant = facture.montant_ttc - payes(imputations, facture.numero, "principal")
        reclamee = restant > 0 and not prescription.prescrite
        plan = plans[facture.numero]
        retard = None
        try:
            lignes_facture, capitalisees = (
                _lignes(facture, plan, mouvements(imputations, facture.numero), jour, capitaliser)
                if reclamee
                else ((), ())
            )
            montant_indemnite = indemnite(
                applicable, facture, restant, prescription.prescrite, jour, parametres
            )
            if restant <= 0 and not prescription.prescrite:
                # paid in full after its due date: penalties and indemnity stay due (L441-10, II)
                cours = (plan.nature, plan.depart, plan.fin, plan.taux)
                accord = creance.plan.date_accord if creance.plan is not None else None
                retard = retard_paye(facture, cours, imputations, applicable, reclamer, parametres, accord)
        except LawDataMissing as erreur:
            manquantes += erreur.constats
            demandees += erreur.manquantes
            continue
        if retard is not None:
            retards.append(retard)
            if retard.reclame:
                lignes_facture, montant_indemnite = retard.periodes, retard.indemnite
        lignes += lignes_facture
        capitalisations += capitalisees
        soldes.append(
            SoldeFacture(
                numero=facture.numero,
                date=facture.date,
                echeance=facture.echeance,
                montant_ttc=facture.montant_ttc,
                paye=facture.montant_ttc - restant,
                restant=restant,
                interets=total(lignes_facture),
                indemnite=montant_indemnite,
                prescrite=prescription.prescrite,
                prescription_le=prescription.prescription_le,
                prescription_article=prescription.article,
                depart_interets=lignes_facture[0].du if lignes_facture else None,
                interets_payes=payes(imputations, facture.numero, "interets"),
                retard_reclame=retard is not None and retard.reclame,
            )
        )
    if manquantes:
        raise LawDataMissing(list(dict.fromkeys(manquantes)), demandees)

    reclamees = [s for s in soldes if s.reclamee]
    principal = somme(s.restant for s in reclamees)
    interets_payes = somme(s.interets_payes for s in reclamees)
    interets = total(lignes) - interets_payes
    indemnites = somme(s.indemnite for s in reclamees)
    # the clause pénale on the principal of the invoices already due: one not yet due is not breached
    clause = clause_du_document(creance, somme(s.restant for s in reclamees if s.echeance < jour))
    chiffre = Calcul(
        jour=jour,
        regime=regime,
        categorie_taux_legal=categorie,
        factures=tuple(soldes),
        periodes=tuple(lignes),
        imputations=imputations,
        principal_restant=principal,
        interets=interets,
        indemnites=indemnites,
        clause_penale=clause,
        total_du=principal + interets + indemnites,
        interets_payes=interets_payes,
        retards_payes=tuple(retards),
        capitalisations=tuple(capitalisations),
    )
    etat = EtatCalcul(chiffre, creance, plans, resultat.non_imputes, prescriptions, parametres)
    return conventions.enoncer(etat)


def _fin_des_interets(creance: Creance, jour: date) -> date:
    """Le dernier jour d'intérêts : le jour du calcul, ou la veille d'un jugement d'ouverture."""
    procedure = creance.debiteur.procedure_collective
    # C. com. L622-28 : « Le jugement d'ouverture arrête le cours des intérêts légaux et conventionnels »
    if procedure is not None and procedure.date <= jour:
        return veille(procedure.date)
    return jour


def _plan(
    creance: Creance,
    facture: Facture,
    regime: Regime,
    categorie: str,
    jour: date,
    parametres: Parametres,
    interets_jusqu_au: date | None = None,
) -> PlanInterets:
    """D'où courent les intérêts de `facture`, jusqu'où, à quel taux et pourquoi."""
    fin = _fin_des_interets(creance, jour)
    if interets_jusqu_au is not None:
        fin = min(fin, interets_jusqu_au)
    taux_contrat = creance.contrat.taux_penalites if creance.contrat is not None else None
    if regime is Regime.PROFESSIONNEL:
        # « pénalités de retard exigibles le jour suivant la date de règlement figurant sur la facture »
        return PlanInterets(
            lendemain(facture.echeance),
            fin,
            taux_penalites(parametres, taux_contrat),
            Nature.PENALITES,
            f"lendemain de l'échéance du {date_longue(facture.echeance)}",
        )
    depart = point_de_depart(creance, facture, jour)
    if taux_contrat is not None and not creance.debiteur.est_consommateur:
        return PlanInterets(
            depart.depart,
            fin,
            _taux_fixe(taux_contrat),
            Nature.TAUX_CONTRACTUEL,
            depart.fondement,
            depart.hors_mise_en_demeure,
        )
    return PlanInterets(
        depart.depart,
        fin,
        taux_interet_legal(categorie, parametres),
        Nature.INTERET_LEGAL,
        depart.fondement,
        depart.hors_mise_en_demeure,
    )


def _taux_fixe(taux: Decimal) -> FonctionTaux:
    def taux_du_jour(jour: date) -> TauxApplicable:
        return TauxApplicable(
            taux, date.min, date.max, "taux contractuel (contrat.taux_penalites)", ARTICLE_TAUX_CONTRACTUEL
        )

    return taux_du_jour


def _lignes(
    facture: Facture,
    plan: PlanInterets,
    faits: tuple[Mouvement, ...],
    jusqu_au: date,
    capitaliser: bool = False,
) -> tuple[tuple[Periode, ...], tuple[Capitalisation, ...]]:
    """The interest lines of `facture` to `jusqu_au`, and the capitalisations (C. civ. 1343-2) when
    the contract provides them."""
    fin = min(plan.fin, jusqu_au)
    if plan.depart is None or plan.depart > fin:
        return (), ()
    if capitaliser:
        return capitalisation.lignes_capitalisees(
            facture.numero, facture.montant_ttc, plan.depart, fin, faits, plan.taux, plan.nature
        )
    return periodes(facture.numero, facture.montant_ttc, plan.depart, fin, faits, plan.taux, plan.nature), ()
