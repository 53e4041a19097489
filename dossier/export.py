"""The `check --json` / `calcul.json` object (docs/decisions.md « check --json / calcul.json »).

Amounts are strings with two decimals, `taux` a percent per year with two decimals, dates ISO,
`article` one string, `ou` "claim.yaml:12:5 factures[0].echeance" or null. When the claim cannot
be computed (exit 3 or 4) the same object is returned with its amounts null and the errors in
`findings`. Its JSON Schema is `schemas/calcul.schema.json`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from dossier import __version__
from dossier.findings import Constat, Emplacement
from dossier.law.calcul import Calcul, Periode
from dossier.law.plan.echeancier import Echeance
from dossier.law.plan.grand_livre import GrandLivre
from dossier.law.procedure.etapes import LettreAProduire
from dossier.law.procedure.reclamation import Reclamation
from dossier.parcours.pas import Calendrier, SituationPlan
from dossier.vocabulaire import Etape

# `interets` is what remains owed: the sum of the periods less `interets_payes`, the interest that
# part-payments covered first (C. civ. 1343-1, option `imputation: interets_d_abord`).
MONTANTS = ("total_du", "principal_restant", "interets", "interets_payes", "indemnites", "clause_penale")


def objet_calcul(
    calcul: Calcul,
    constats: Sequence[Constat],
    reference: str,
    lettres: Sequence[tuple[LettreAProduire, str, Reclamation]] = (),
    *,
    jour: date | None = None,
    plan: GrandLivre | None = None,
) -> dict[str, Any]:
    """`lettres`: each letter of the series (and the requête), its file in the pack and what it
    claims, as of its date; `jour`: the « as of » day, when the invoices' computation stops earlier
    (a signed plan's eve); `plan`: that plan's ledger."""
    return {
        "outil": f"dossier {__version__}",
        "reference": reference,
        "date": (jour or calcul.jour).isoformat(),
        "regime": calcul.regime.value,
        "categorie_taux_legal": calcul.categorie_taux_legal,
        **{nom: _montant(getattr(calcul, nom)) for nom in MONTANTS},
        "factures": [
            {
                "numero": f.numero,
                "date": f.date.isoformat(),
                "echeance": f.echeance.isoformat(),
                "montant_ttc": _montant(f.montant_ttc),
                "paye": _montant(f.paye),
                "restant": _montant(f.restant),
                "interets": _montant(f.interets),
                "indemnite": _montant(f.indemnite),
                "prescrite": f.prescrite,
                "prescription_le": f.prescription_le.isoformat(),
                "prescription_article": f.prescription_article,
                "depart_interets": _jour(f.depart_interets),
            }
            for f in calcul.factures
        ],
        "periodes": [_periode(p) for p in calcul.periodes],
        "retards_payes": [
            {
                "facture": r.facture,
                "echeance": r.echeance.isoformat(),
                "solde_le": r.solde_le.isoformat(),
                "jours": r.jours,
                "penalites": _montant(r.penalites),
                "indemnite": _montant(r.indemnite),
                "reclame": r.reclame,
                "periodes": [_periode(p) for p in r.periodes],
            }
            for r in calcul.retards_payes
        ],
        "capitalisations": [
            {
                "facture": c.facture,
                "le": c.le.isoformat(),
                "du": c.du.isoformat(),
                "au": c.au.isoformat(),
                "montant": _montant(c.montant),
            }
            for c in calcul.capitalisations
        ],
        "imputations": [
            {
                "paiement_date": i.paiement_date.isoformat(),
                "paiement_montant": _montant(i.paiement_montant),
                "facture": i.facture,
                "montant": _montant(i.montant),
                "sur": i.sur,
                "regle": i.regle,
            }
            for i in calcul.imputations
        ],
        "choix": list(calcul.choix),
        "plan": _objet_grand_livre(plan) if plan is not None else None,
        "lettres": [
            {
                "etape": lettre.etape.value,
                "date": lettre.date.isoformat(),
                "copie": lettre.envoye is not None,
                "fichier": fichier,
                "montants": _montants_lettre(lettre, dues, calcul),
            }
            for lettre, fichier, dues in lettres
        ],
        "findings": [objet_constat(c) for c in constats],
    }


def _periode(p: Periode) -> dict[str, Any]:
    return {
        "facture": p.facture,
        "du": p.du.isoformat(),
        "au": p.au.isoformat(),
        "jours": p.jours,
        "base": _montant(p.base),
        "taux": _montant(p.taux),
        "montant": _montant(p.montant),
        "nature": p.nature.value,
        "source": p.source,
        "article": p.article,
        "fourni_par_utilisateur": p.fourni_par_utilisateur,
    }


def _objet_grand_livre(livre: GrandLivre) -> dict[str, Any]:
    """The signed plan's ledger: the acknowledged sum, each payment and its status, the balance."""
    return {
        "date_accord": livre.date_accord.isoformat(),
        "arrete_au": livre.arrete_au.isoformat(),
        "reconnu": {
            "principal": _montant(livre.reconnu_principal),
            "interets": _montant(livre.reconnu_interets),
            "indemnites": _montant(livre.reconnu_indemnites),
            "total": _montant(livre.reconnu_total),
        },
        "versements": [
            {
                "numero": v.numero,
                "date": v.date.isoformat(),
                "montant": _montant(v.montant),
                "statut": v.statut,
            }
            for v in livre.versements
        ],
        "total_a_payer": _montant(livre.total_a_payer),
        "total_paye": _montant(livre.total_paye),
        "retard": _montant(livre.retard),
        "solde": _montant(livre.solde),
        "decheance_du_terme": _jour(livre.decheance),
        "exigible": _montant(livre.exigible),
    }


def _montants_lettre(lettre: LettreAProduire, dues: Reclamation, calcul: Calcul) -> dict[str, Any]:
    """What a letter prints in its table and asks for: `null` for what it does not claim. The
    requête asks for the clause pénale besides (CPC 1407: one exact sum, `total`)."""
    clause = calcul.clause_penale if lettre.etape is Etape.INJONCTION and calcul.clause_penale > 0 else None
    return {
        "principal": _montant(dues.principal),
        "interets": _montant(dues.interets) if dues.interets is not None else None,
        "indemnites": _montant(dues.indemnites) if dues.indemnites is not None else None,
        "clause_penale": _montant(clause) if clause is not None else None,
        "total": _montant(dues.total + clause if clause is not None else dues.total),
    }


def objet_erreur(constats: Sequence[Constat], reference: str | None, jour: date | None) -> dict[str, Any]:
    """The same object for a claim that could not be computed: amounts null, errors in findings."""
    return {
        "outil": f"dossier {__version__}",
        "reference": reference,
        "date": _jour(jour),
        "regime": None,
        "categorie_taux_legal": None,
        **dict.fromkeys(MONTANTS),
        "factures": [],
        "periodes": [],
        "retards_payes": [],
        "capitalisations": [],
        "imputations": [],
        "choix": [],
        "plan": None,
        "lettres": [],
        "findings": [objet_constat(c) for c in constats],
    }


def objet_constat(constat: Constat) -> dict[str, Any]:
    return {
        "code": constat.code,
        "severite": constat.severite.value,
        "message": constat.message,
        "article": constat.article,
        "ou": str(constat.ou) if constat.ou else None,
        "que_faire": constat.que_faire,
        "extrait": constat.extrait,
        "document": _emplacement(constat.document),
    }


def _emplacement(lieu: Emplacement | None) -> dict[str, Any] | None:
    return {"fichier": lieu.fichier, "page": lieu.page, "ligne": lieu.ligne} if lieu else None


def objet_calendrier(prevu: Calendrier, reference: str, constats: Sequence[Constat] = ()) -> dict[str, Any]:
    """`dossier plan --json` (schema: `schemas/plan.schema.json`)."""
    return {
        "outil": f"dossier {__version__}",
        "reference": reference,
        "date": prevu.jour.isoformat(),
        "etape": prevu.etape.value,
        "des_le": _jour(prevu.des_le),
        "possible_aujourd_hui": prevu.possible_aujourd_hui,
        "raisons": list(prevu.raisons),
        "ensuite": list(prevu.ensuite),
        "historique": [{"date": f.date.isoformat(), "quoi": f.quoi} for f in prevu.historique],
        "echeancier": _objet_situation_plan(prevu.plan) if prevu.plan else None,
        "findings": [objet_constat(c) for c in constats],
    }


def _objet_situation_plan(plan: SituationPlan) -> dict[str, Any]:
    """`plan --json`'s `echeancier`: where the plan stands, with the figures `build` writes."""

    def echeance(e: Echeance | None) -> dict[str, Any] | None:
        if e is None:
            return None
        return {"numero": e.numero, "date": e.date.isoformat(), "montant": _montant(e.montant)}

    return {
        "nombre_echeances": plan.nombre,
        "acompte": _montant(plan.acompte) if plan.acompte is not None else None,
        "total": _montant(plan.total),
        "moyen": plan.moyen,
        "total_paye": _montant(plan.total_paye),
        "retard": _montant(plan.retard),
        "impayee": echeance(plan.impayee),
        "prochaine": echeance(plan.prochaine),
        "a_regler": _montant(plan.a_regler) if plan.a_regler is not None else None,
        "fin_preavis": _jour(plan.fin_preavis),
        "exigible_apres_decheance": _montant(plan.exigible) if plan.exigible is not None else None,
        "decheance_du_terme": _jour(plan.decheance),
        "document": plan.document,
    }


def en_json(objet: dict[str, Any]) -> bytes:
    """Stable bytes: same object, same file (keys in the contract's order, UTF-8, final newline)."""
    return (json.dumps(objet, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _montant(valeur: Decimal) -> str:
    return f"{valeur.quantize(Decimal('0.01'))}"


def _jour(valeur: date | None) -> str | None:
    return valeur.isoformat() if valeur else None
