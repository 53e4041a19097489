"""law/plan/echeancier.py and law/plan/suivi.py on small claims: what the schedule refuses (more than
24 months, a tiny instalment, nothing to spread), weekly dates, and the sequence after a missed
instalment — reminder, notice period, then only the déchéance du terme."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from dossier.findings import Severite
from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.plan.echeancier import Echeancier, arrete, etablir, jour_accord, limites
from dossier.law.plan.suivi import suivre
from dossier.model.claim import Creance

ACCORD = "2026-03-02"
JOUR_ACCORD = date.fromisoformat(ACCORD)


def _creance(plan: dict[str, Any], **cles: Any) -> Creance:
    cles.setdefault("factures", [facture("F-1", "2026-01-05", "2026-02-05", "2400.00")])
    return exemple(
        "consommateur",
        plan={"date_accord": ACCORD, "premiere_echeance": "2026-03-10", "moyen": "cheques", **plan},
        **cles,
    )


def _etablir(creance: Creance, accord: date = JOUR_ACCORD) -> Echeancier:
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
    assert refuse.constats[0].message == (
        "la dernière échéance, prévue le 10 mars 2028, tombe au-delà de 24 mois après l'accord du "
        "2 mars 2026 (limite : 2 mars 2028)"
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
    assert "échéance de 24,00\xa0€ : en deçà de 30,00\xa0€" in trop_faible.constats[0].message
    assert _codes(_etablir(_creance({"montant_echeance": "29.99"})))[-1] == ("PLAN-02", Severite.BLOQUANT)
    assert _codes(_etablir(_creance({"montant_echeance": "30.00"})))[-1:] != [("PLAN-02", Severite.BLOQUANT)]


def test_rien_a_echelonner() -> None:
    echeancier = _etablir(_creance({"nombre_echeances": 3, "acompte": "2400.00"}))
    assert _codes(echeancier) == [("PLAN-03", Severite.BLOQUANT)] and echeancier.echeances == ()
    (refus,) = echeancier.constats
    assert refus.ou is not None and refus.ou.chemin == "plan.acompte"  # the acompte is the cause
    assert "l'acompte (2\u202f400,00\xa0€) couvre toute la dette (2\u202f400,00\xa0€)" in refus.message


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


def test_premiere_echeance_avant_l_accord_refusee_meme_sans_date_accord() -> None:
    # Without `date_accord` the agreement is the « as of » day (jour_accord): a plan proposed on
    # 12 March cannot have its first instalment on 10 March (it would be late on the day it is signed).
    sans_date = {"nombre_echeances": 3, "premiere_echeance": "2026-03-10", "moyen": "cheques"}
    creance = exemple(
        "consommateur", factures=[facture("F-1", "2026-01-05", "2026-02-05", "2400.00")], plan=sans_date
    )
    assert creance.plan is not None and creance.plan.date_accord is None
    accord = jour_accord(creance.plan, date(2026, 3, 12))
    refuse = _etablir(creance, accord)
    assert _codes(refuse) == [("PLAN-09", Severite.BLOQUANT)] and refuse.echeances == ()
    (refus,) = refuse.constats
    assert refus.ou is not None and refus.ou.chemin == "plan.premiere_echeance"
    assert refus.message == (
        "la première échéance (10 mars 2026) précède le jour de l'accord : sans « date_accord », "
        "l'échéancier est daté du jour d'édition, le 12 mars 2026"
    )
    # On the agreement's day itself: accepted (paid at signing), as VALEUR-09's advice says.
    le_jour = _etablir(creance, date(2026, 3, 10))
    assert _codes(le_jour) == [] and le_jour.echeances[0].date == date(2026, 3, 10)


def test_plan_de_24_mois_dont_la_derniere_echeance_est_reportee() -> None:
    # Agreement 15 April 2026, 24 monthly instalments from 15 May: the 24th is scheduled on Saturday
    # 15 April 2028, the very limit; payable on Tuesday 18 April (17 April is Easter Monday).
    avril = {"date_accord": "2026-04-15", "nombre_echeances": 24}
    echeancier = _etablir(_creance({**avril, "premiere_echeance": "2026-05-15"}), date(2026, 4, 15))
    derniere = echeancier.echeances[-1]
    assert (derniere.date_prevue, derniere.date) == (date(2028, 4, 15), date(2028, 4, 18))
    assert _codes(echeancier) == []
    # One day more on the calendar is past the horizon, whatever the business days.
    trop = _etablir(_creance({**avril, "premiere_echeance": "2026-05-16"}), date(2026, 4, 15))
    assert _codes(trop) == [("PLAN-01", Severite.BLOQUANT)]
    assert "prévue le 16 avril 2028" in trop.constats[0].message


def test_reliquat_trop_faible_ajoute_a_la_derniere_echeance() -> None:
    # 2 400 € by 795 €: three full instalments leave 15 €, under the 30 € minimum — no fourth
    # instalment of 15 €: it goes onto the third.
    echeancier = _etablir(_creance({"montant_echeance": "795.00"}))
    assert [e.capital for e in echeancier.echeances] == [
        Decimal("795.00"),
        Decimal("795.00"),
        Decimal("810.00"),
    ]
    assert echeancier.reliquat == Decimal("15.00") and _codes(echeancier) == []
    # A remainder at the minimum stays an instalment of its own.
    juste = _etablir(_creance({"montant_echeance": "790.00"}))
    assert [e.capital for e in juste.echeances][-1] == Decimal("30.00") and juste.reliquat is None
    # The reviewer's case: 3 200,00 € by instalment on 3 200,32 € would have left 0,32 €.
    petite = _creance(
        {"montant_echeance": "3200.00"},
        factures=[facture("F-1", "2026-01-05", "2026-02-05", "3200.32")],
    )
    assert [e.capital for e in _etablir(petite).echeances] == [Decimal("3200.32")]


def test_interets_du_plan_sur_le_principal_seul() -> None:
    """C. civ. 1343-2: the penalties acknowledged do not bear the plan's interest; the instalments
    pay them (and the indemnities) first (1343-1), so the base is the principal still unpaid."""
    creance = exemple(
        "b2b",
        factures=[facture("F-1", "2025-12-01", "2025-12-31", "2000.00")],
        plan={
            "date_accord": ACCORD,
            "nombre_echeances": 2,
            "premiere_echeance": "2026-04-02",
            "moyen": "cheques",
            "interets_pendant_plan": True,
        },
    )
    echeancier = _etablir(creance)
    reconnue = echeancier.reconnue
    # Penalties 1 Jan – 1 Mar 2026: 60 days × 12,15 % on 2 000 € = 39,95 €; one indemnity of 40 €.
    assert (reconnue.principal, reconnue.interets, reconnue.indemnites) == (
        Decimal("2000.00"),
        Decimal("39.95"),
        Decimal("40.00"),
    )
    assert echeancier.total == Decimal("2079.95") and echeancier.taux is not None
    assert echeancier.taux.taux == Decimal("2.62")
    premiere, seconde = echeancier.echeances
    # 1st: 3 March – 2 April 2026, 31 days on 2 000,00 € (not 2 079,95 €): 2000 × 2,62 % × 31 / 365 =
    # 4,4504… → 4,45 € (on the whole sum it would have been 4,63 €).
    assert (premiere.capital, premiere.base_interets, premiere.interets) == (
        Decimal("1039.97"),
        Decimal("2000.00"),
        Decimal("4.45"),
    )
    # 2nd: Saturday 2 May → Monday 4 May; 3 April – 4 May, 32 days on the 1 039,98 € still due (all
    # principal by then): 1039,98 × 2,62 % × 32 / 365 = 2,3888… → 2,39 €.
    assert (seconde.date, seconde.capital, seconde.base_interets, seconde.interets) == (
        date(2026, 5, 4),
        Decimal("1039.98"),
        Decimal("1039.98"),
        Decimal("2.39"),
    )
    assert echeancier.interets == Decimal("6.84") and echeancier.total_a_payer == Decimal("2086.79")


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
    (constat,) = suivi.constats
    assert constat.message == (
        "l'échéance n° 2/3 du 10 avril 2026 n'est pas réglée en entier (retard : 800,00\xa0€) : "
        "un rappel courtois est rédigé"
    )
    assert constat.ou is not None and constat.ou.chemin == "paiements"
    # No payment at all: the finding points at the plan, not at the top of the file.
    rien = _suivi("2026-03-11", [], [])
    assert [c.code for c in rien.constats] == ["PLAN-05"]
    assert rien.constats[0].ou is not None and rien.constats[0].ou.chemin == "plan"
    (rappel,) = suivi.courriers
    assert (rappel.type, rappel.date, rappel.envoye) == ("rappel_echeance", date(2026, 4, 14), None)
    assert rappel.etat.retard == Decimal("800.00") and rappel.etat.impayee is not None
    assert rappel.etat.impayee.numero == 2


def test_preavis_puis_decheance() -> None:
    # Reminder received on 17 April: the notice runs to 2 May; the déchéance may be notified from 3 May.
    pendant = _suivi("2026-05-02", [PAIEMENT_1], [RAPPEL])
    assert [c.code for c in pendant.constats] == ["PLAN-06"]
    assert "pourra être notifiée à partir du 3 mai 2026" in pendant.constats[0].message
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


def test_rappel_sans_accuse_de_reception_avertit() -> None:
    """Article 4 counts the notice from the reminder's receipt; without a recorded receipt it is
    counted from its date (as docs/decisions.md « Deadlines » does for the mise en demeure), and a
    warning says so."""
    sans_ar = {"type": "rappel_echeance", "date": "2026-04-15"}
    pendant = _suivi("2026-04-30", [PAIEMENT_1], [sans_ar])
    assert [(c.code, c.severite) for c in pendant.constats] == [
        ("PLAN-10", Severite.AVERTISSEMENT),
        ("PLAN-06", Severite.INFO),
    ]
    avertissement = pendant.constats[0]
    assert avertissement.ou is not None and avertissement.ou.chemin == "courriers[0]"
    assert avertissement.message == (
        "le rappel du 15 avril 2026 n'a pas d'accusé de réception inscrit : le préavis de 15 jours est "
        "compté de sa date (jusqu'au 30 avril 2026), alors que l'article 4 de l'échéancier le fait "
        "courir de sa réception"
    )
    apres = _suivi("2026-05-01", [PAIEMENT_1], [sans_ar])
    assert [c.code for c in apres.constats] == ["PLAN-10", "PLAN-07"]
    assert apres.courriers[-1].type == "decheance_du_terme"
    # With the receipt recorded: no warning.
    assert "PLAN-10" not in [c.code for c in _suivi("2026-05-03", [PAIEMENT_1], [RAPPEL]).constats]
