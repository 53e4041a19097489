"""law/echeancier.py and law/suivi_plan.py on small claims: what the schedule refuses (more than
24 months, a tiny instalment, nothing to spread), weekly dates, and the sequence after a missed
instalment — reminder, notice period, then only the déchéance du terme."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from dossier.findings import Severite
from dossier.law.computation import calculer
from dossier.law.echeancier import Echeancier, arrete, etablir, limites
from dossier.law.exemples import exemple, facture
from dossier.law.suivi_plan import suivre
from dossier.model.claim import Creance

ACCORD = "2026-03-02"


def _creance(plan: dict[str, Any], **cles: Any) -> Creance:
    return exemple(
        "consommateur",
        factures=[facture("F-1", "2026-01-05", "2026-02-05", "2400.00")],
        plan={"date_accord": ACCORD, "premiere_echeance": "2026-03-10", "moyen": "cheques", **plan},
        **cles,
    )


def _etablir(creance: Creance) -> Echeancier:
    accord = date.fromisoformat(ACCORD)
    return etablir(creance, calculer(creance, arrete(accord)), accord)


def _codes(echeancier: Echeancier) -> list[tuple[str, Severite]]:
    return [(c.code, c.severite) for c in echeancier.constats]


def test_somme_arretee_la_veille_de_l_accord() -> None:
    echeancier = _etablir(_creance({"nombre_echeances": 4}))
    assert echeancier.arrete_au == date(2026, 3, 1) and echeancier.total == Decimal("2400.00")
    assert [e.capital for e in echeancier.echeances] == [Decimal("600.00")] * 4
    assert _codes(echeancier) == []


def test_plus_de_24_mois_refuse_puis_accepte_par_derogation() -> None:
    # 25 monthly instalments from 10 March 2026: the last on 10 March 2028, past 2 March 2028.
    refuse = _etablir(_creance({"nombre_echeances": 25}))
    assert _codes(refuse) == [("PLAN-01", Severite.BLOQUANT)]
    assert (
        "au-delà de 24 mois après l'accord du 2026-03-02 (limite : 2028-03-02)" in refuse.constats[0].message
    )
    accepte = _etablir(_creance({"nombre_echeances": 25, "derogation_24_mois": True}))
    assert _codes(accepte) == [("PLAN-01", Severite.AVERTISSEMENT)]
    assert _codes(_etablir(_creance({"nombre_echeances": 24}))) == []


def test_echeance_trop_faible() -> None:
    minimum = limites().echeance_minimale
    assert minimum == Decimal("30.00")
    # 2 400 € in 100 weekly instalments of 24 €: under the practice minimum (and within 24 months).
    trop_faible = _etablir(_creance({"nombre_echeances": 100, "periodicite": "hebdomadaire"}))
    assert _codes(trop_faible) == [("PLAN-02", Severite.BLOQUANT)]
    assert "échéance de 24.00 €" in trop_faible.constats[0].message
    assert _codes(_etablir(_creance({"montant_echeance": "29.99"})))[-1] == ("PLAN-02", Severite.BLOQUANT)
    assert _codes(_etablir(_creance({"montant_echeance": "30.00"})))[-1:] != [("PLAN-02", Severite.BLOQUANT)]


def test_rien_a_echelonner() -> None:
    echeancier = _etablir(_creance({"nombre_echeances": 3, "acompte": "2400.00"}))
    assert _codes(echeancier) == [("PLAN-03", Severite.BLOQUANT)] and echeancier.echeances == ()


def test_hebdomadaire_jours_ouvres() -> None:
    # From Friday 1 May 2026 (public holiday) weekly: 1 May → Mon 4 May; 8 May (holiday) → Mon 11 May.
    echeancier = _etablir(
        _creance({"nombre_echeances": 3, "premiere_echeance": "2026-05-01", "periodicite": "hebdomadaire"})
    )
    assert [e.date for e in echeancier.echeances] == [date(2026, 5, 4), date(2026, 5, 11), date(2026, 5, 15)]
    assert [e.date_prevue for e in echeancier.echeances] == [
        date(2026, 5, 1),
        date(2026, 5, 8),
        date(2026, 5, 15),
    ]


def test_acompte_et_montant_fixe() -> None:
    echeancier = _etablir(_creance({"montant_echeance": "700.00", "acompte": "300.00"}))
    assert [e.montant for e in echeancier.paiements] == [Decimal(x) for x in ("300", "700", "700", "700")]
    assert echeancier.acompte is not None and echeancier.acompte.date == date(2026, 3, 2)


# --- after a missed instalment --------------------------------------------------------------------

PAIEMENT_1 = {"date": "2026-03-10", "montant": "800.00", "moyen": "cheque"}
RAPPEL = {"type": "rappel_echeance", "date": "2026-04-15", "accuse_reception": {"date": "2026-04-17"}}


def _suivi(jour: str, paiements: list[dict[str, str]], courriers: list[dict[str, Any]]) -> Any:
    creance = _creance({"nombre_echeances": 3}, paiements=paiements, courriers=courriers)
    return suivre(creance, _etablir(creance), date.fromisoformat(jour))


def test_echeance_payee_rien_a_rediger() -> None:
    suivi = _suivi("2026-04-09", [PAIEMENT_1], [])
    assert suivi.constats == () and suivi.courriers == () and suivi.etat.retard == 0


def test_echeance_manquee_rappel_redige() -> None:
    # The 2nd instalment (10 April 2026, a Friday) is not paid on 14 April.
    suivi = _suivi("2026-04-14", [PAIEMENT_1], [])
    assert [c.code for c in suivi.constats] == ["PLAN-05"]
    (rappel,) = suivi.courriers
    assert (rappel.type, rappel.date, rappel.envoye) == ("rappel_echeance", date(2026, 4, 14), None)
    assert rappel.etat.retard == Decimal("800.00") and rappel.etat.impayee is not None
    assert rappel.etat.impayee.numero == 2


def test_preavis_puis_decheance() -> None:
    # Reminder received on 17 April: the notice runs to 2 May; the déchéance may be notified from 3 May.
    pendant = _suivi("2026-05-02", [PAIEMENT_1], [RAPPEL])
    assert [c.code for c in pendant.constats] == ["PLAN-06"]
    assert "pourra être notifiée à partir du 2026-05-03" in pendant.constats[0].message
    assert [(c.type, c.envoye is not None) for c in pendant.courriers] == [("rappel_echeance", True)]
    apres = _suivi("2026-05-03", [PAIEMENT_1], [RAPPEL])
    assert [c.code for c in apres.constats] == ["PLAN-07"]
    decheance = apres.courriers[-1]
    assert (decheance.type, decheance.date, decheance.envoye) == (
        "decheance_du_terme",
        date(2026, 5, 3),
        None,
    )
    # Due before 3 May: 2 × 800 (instalments of 10 March and 10 April); to come: 800 of capital; paid: 800.
    assert decheance.etat.exigible_apres_decheance == Decimal("1600.00")


def test_retard_regularise_pas_de_decheance() -> None:
    regularise = {"date": "2026-04-20", "montant": "800.00", "moyen": "cheque"}
    suivi = _suivi("2026-05-05", [PAIEMENT_1, regularise], [RAPPEL])
    assert suivi.constats == () and [c.type for c in suivi.courriers] == ["rappel_echeance"]


def test_decheance_notifiee() -> None:
    decheance = {"type": "decheance_du_terme", "date": "2026-05-04", "envoi": "lrar"}
    suivi = _suivi("2026-06-01", [PAIEMENT_1], [RAPPEL, decheance])
    assert [c.code for c in suivi.constats] == ["PLAN-08"]
    assert [c.type for c in suivi.courriers] == ["rappel_echeance", "decheance_du_terme"]
