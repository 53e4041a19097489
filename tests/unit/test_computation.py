"""`calculer`: the B2B sample to the cent, then each regime, clause and finding."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from dossier.errors import LawDataMissing
from dossier.exit_codes import ExitCode
from dossier.law.calcul import Nature, Regime
from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.parametres.lecture import valeur_a
from dossier.law.parametres.utilisateur import charger_parametres
from dossier.model.load import charger
from tests.verifications import (
    DERNIER_JOUR_CONNU,
    PARAMETRES_SEMESTRE_INCONNU,
    PREMIER_JOUR_INCONNU,
    SEMESTRE_INCONNU,
)

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "b2b-menuiserie" / "claim.yaml"


def _codes(calcul: Any) -> list[str]:
    return [c.code for c in calcul.constats]


def test_b2b_sample_by_hand() -> None:
    creance = charger(SAMPLE)
    assert creance.date_edition == date(2026, 1, 15)
    calcul = calculer(creance, creance.date_edition)
    # Two merchants: L441-10 penalties at the default rate (no clause). ECB on 1 July 2025 and on
    # 1 January 2026: 2.15 % → 12.15 % for both half-years.
    assert calcul.regime is Regime.PROFESSIONNEL and calcul.categorie_taux_legal == "autres_cas"
    lignes = [(p.facture, p.du, p.au, p.jours, p.base, p.taux, p.montant) for p in calcul.periodes]
    assert lignes == [
        # F-2025-118, 2480.00 due 2025-11-01, 500.00 paid (and named) on 2025-12-10:
        #   2 Nov–10 Dec 2025: 29 + 10 = 39 days on 2480.00: 2480 × 12.15 % × 39/365 = 32.196 → 32.20
        (
            "F-2025-118",
            date(2025, 11, 2),
            date(2025, 12, 10),
            39,
            Decimal("2480.00"),
            Decimal("12.15"),
            Decimal("32.20"),
        ),
        #   11–31 Dec 2025: 21 days on 1980.00: 1980 × 12.15 % × 21/365 = 13.841 → 13.84
        (
            "F-2025-118",
            date(2025, 12, 11),
            date(2025, 12, 31),
            21,
            Decimal("1980.00"),
            Decimal("12.15"),
            Decimal("13.84"),
        ),
        #   1–15 Jan 2026: 15 days on 1980.00: 1980 × 12.15 % × 15/365 = 9.886 → 9.89
        (
            "F-2025-118",
            date(2026, 1, 1),
            date(2026, 1, 15),
            15,
            Decimal("1980.00"),
            Decimal("12.15"),
            Decimal("9.89"),
        ),
        # F-2025-131, 1260.00 due 2025-11-19, unpaid:
        #   20 Nov–31 Dec 2025: 11 + 31 = 42 days: 1260 × 12.15 % × 42/365 = 17.616 → 17.62
        (
            "F-2025-131",
            date(2025, 11, 20),
            date(2025, 12, 31),
            42,
            Decimal("1260.00"),
            Decimal("12.15"),
            Decimal("17.62"),
        ),
        #   1–15 Jan 2026: 15 days: 1260 × 12.15 % × 15/365 = 6.291 → 6.29
        (
            "F-2025-131",
            date(2026, 1, 1),
            date(2026, 1, 15),
            15,
            Decimal("1260.00"),
            Decimal("12.15"),
            Decimal("6.29"),
        ),
    ]
    f118, f131 = calcul.factures
    # F-2025-118: 32.20 + 13.84 + 9.89 = 55.93 ; paid 500.00, 1980.00 left ; €40 indemnity
    assert (f118.paye, f118.restant, f118.interets, f118.indemnite) == (
        Decimal("500.00"),
        Decimal("1980.00"),
        Decimal("55.93"),
        Decimal("40.00"),
    )
    # F-2025-131: 17.62 + 6.29 = 23.91 ; €40 indemnity
    assert (f131.paye, f131.restant, f131.interets, f131.indemnite) == (
        Decimal("0.00"),
        Decimal("1260.00"),
        Decimal("23.91"),
        Decimal("40.00"),
    )
    # Prescription, merchants, 5 years (L110-4): F-2025-118 from its execution 2025-09-30, restarted
    # by the payment of 2025-12-10 → 2030-12-10 ; F-2025-131 from its date 2025-10-20 → 2030-10-20.
    assert (f118.prescription_le, f131.prescription_le) == (date(2030, 12, 10), date(2030, 10, 20))
    assert not f118.prescrite and not f131.prescrite
    assert (f118.depart_interets, f131.depart_interets) == (date(2025, 11, 2), date(2025, 11, 20))
    # Totals: principal 1980.00 + 1260.00 = 3240.00 ; interest 55.93 + 23.91 = 79.84 ;
    # indemnities 2 × 40.00 = 80.00 ; total 3240.00 + 79.84 + 80.00 = 3399.84 ; no clause pénale.
    assert calcul.principal_restant == Decimal("3240.00")
    assert calcul.interets == Decimal("79.84")
    assert calcul.indemnites == Decimal("80.00")
    assert calcul.total_du == Decimal("3399.84")
    assert calcul.clause_penale == Decimal("0.00")
    (imputation,) = calcul.imputations
    assert (imputation.facture, imputation.montant, imputation.par_le_debiteur) == (
        "F-2025-118",
        Decimal("500.00"),
        True,
    )
    assert calcul.constats == ()
    assert any("aucun plancher" in phrase for phrase in calcul.choix)
    assert any("40,00 €" in phrase for phrase in calcul.choix)


def _b2b(**cles: Any) -> Any:
    return exemple("b2b", factures=[facture("F-1", "2025-06-01", "2025-06-30", "1000.00")], **cles)


def test_a_contract_rate_above_the_floor_applies() -> None:
    # floor 2nd half 2025: 3 × 2.76 = 8.28 % ; the clause's 15 % applies:
    #   1–31 July 2025: 1000 × 15 % × 31/365 = 12.740 → 12.74
    calcul = calculer(
        _b2b(contrat={"type": "vente", "objet": "x", "date": "2025-01-01", "taux_penalites": "15"}),
        date(2025, 7, 31),
    )
    assert [(p.taux, p.montant) for p in calcul.periodes] == [(Decimal("15"), Decimal("12.74"))]
    assert "INT-01" not in _codes(calcul)


def test_a_contract_rate_below_the_floor_claims_the_lower_of_floor_and_default() -> None:
    # clause 5 % < floor 8.28 % (2nd half 2025); default 12.15 % ; claimed min(8.28, 12.15) = 8.28 %:
    #   1–31 July 2025: 1000 × 8.28 % × 31/365 = 7.032 → 7.03
    calcul = calculer(
        _b2b(contrat={"type": "vente", "objet": "x", "date": "2025-01-01", "taux_penalites": "5"}),
        date(2025, 7, 31),
    )
    assert [(p.taux, p.montant) for p in calcul.periodes] == [(Decimal("8.28"), Decimal("7.03"))]
    assert "plancher légal" in calcul.periodes[0].source
    (alerte,) = [c for c in calcul.constats if c.code == "INT-01"]
    assert "2e semestre 2025" in alerte.message and not alerte.bloquant


def test_the_floor_can_exceed_the_default_rate() -> None:
    # 1st half 2024: floor 3 × 5.07 = 15.21 % > default 14.50 % → the default is the lower claim
    creance = exemple(
        "b2b",
        factures=[facture("F-1", "2024-01-01", "2024-01-31", "1000.00")],
        contrat={"type": "vente", "objet": "x", "date": "2024-01-01", "taux_penalites": "5"},
    )
    calcul = calculer(creance, date(2024, 2, 29))
    assert {p.taux for p in calcul.periodes} == {Decimal("14.50")}


def test_waived_indemnity_and_collective_proceedings() -> None:
    renonce = calculer(
        _b2b(contrat={"type": "vente", "objet": "x", "date": "2025-01-01", "indemnite_forfaitaire": False}),
        date(2025, 8, 31),
    )
    assert renonce.indemnites == Decimal("0.00")
    # redressement opened on 2025-08-01: no indemnity (L441-10 II), interest stops on 2025-07-31
    procedure = calculer(
        _b2b(debiteur={"procedure_collective": {"type": "redressement", "date": "2025-08-01"}}),
        date(2025, 8, 31),
    )
    assert procedure.indemnites == Decimal("0.00")
    assert procedure.periodes[-1].au == date(2025, 7, 31)
    assert {"FRAIS-03", "INT-07"} <= set(_codes(procedure))


def test_a_fully_paid_invoice_bears_nothing() -> None:
    creance = exemple(
        "b2b",
        factures=[
            facture("F-1", "2025-06-01", "2025-06-30", "1000.00"),
            facture("F-2", "2025-06-01", "2025-07-31", "500.00"),
        ],
        paiements=[{"date": "2025-07-15", "montant": "1000.00", "moyen": "virement", "facture": "F-1"}],
    )
    calcul = calculer(creance, date(2025, 8, 31))
    f1 = calcul.factures[0]
    assert (f1.restant, f1.interets, f1.indemnite, f1.depart_interets) == (
        Decimal("0.00"),
        Decimal("0.00"),
        Decimal("0.00"),
        None,
    )
    assert {p.facture for p in calcul.periodes} == {"F-2"}
    assert "INT-03" in _codes(calcul)


def _consommateur(**cles: Any) -> Any:
    return exemple(
        "consommateur",
        factures=[
            facture("F-1", "2025-09-01", "2025-10-01", "600.00"),
            facture("F-2", "2025-11-01", "2025-12-01", "200.00"),
        ],
        **cles,
    )


def test_civil_interest_runs_from_the_receipt_of_the_notice() -> None:
    med = {
        "type": "mise_en_demeure",
        "date": "2025-11-20",
        "envoi": "lrar",
        "numero_lrar": "1A1",
        "accuse_reception": {"date": "2025-11-24"},
    }
    calcul = calculer(_consommateur(courriers=[med]), date(2025, 12, 31))
    # F-1 due before the receipt: from 2025-11-25, 37 days: 600 × 2.76 % × 37/365 = 1.679 → 1.68
    # F-2 due 2025-12-01, after the notice: no interest, INT-02
    assert [(p.facture, p.du, p.jours, p.montant) for p in calcul.periodes] == [
        ("F-1", date(2025, 11, 25), 37, Decimal("1.68"))
    ]
    assert "INT-02" in _codes(calcul)
    assert any(
        "lendemain de la réception, le 24 novembre 2025, de la mise en demeure" in phrase
        for phrase in calcul.choix
    )


def test_a_notice_received_after_the_as_of_day_has_no_effect_yet() -> None:
    med = {"type": "mise_en_demeure", "date": "2025-11-20", "accuse_reception": {"date": "2025-11-24"}}
    calcul = calculer(_consommateur(courriers=[med]), date(2025, 11, 22))
    assert calcul.periodes == ()
    (info,) = [c for c in calcul.constats if c.code == "INT-08"]
    assert "pas encore reçue" in info.message


def test_a_notice_listing_its_invoices_covers_only_them() -> None:
    med = {"type": "mise_en_demeure", "date": "2025-12-10", "factures": ["F-2"]}
    calcul = calculer(_consommateur(courriers=[med]), date(2025, 12, 31))
    assert {p.facture for p in calcul.periodes} == {"F-2"}


def test_no_notice_no_interest() -> None:
    calcul = calculer(_consommateur(), date(2025, 12, 31))
    assert calcul.interets == Decimal("0.00") and "INT-08" in _codes(calcul)


def test_default_by_the_due_date_clause() -> None:
    # C. civ. 1344 clause: from the day after each due date, without notice
    contrat = {"type": "prestation", "objet": "x", "date": "2025-01-01", "demeure_par_exigibilite": True}
    calcul = calculer(_consommateur(contrat=contrat), date(2025, 12, 31))
    assert [(p.facture, p.du) for p in calcul.periodes][:1] == [("F-1", date(2025, 10, 2))]
    assert any("C. civ. 1344" in phrase for phrase in calcul.choix)


def test_a_consumer_never_gets_the_contract_rate_the_clause_or_the_indemnity() -> None:
    contrat = {
        "type": "prestation",
        "objet": "x",
        "date": "2025-01-01",
        "taux_penalites": "12",
        "indemnite_forfaitaire": True,
        "clause_penale": {"taux": "10"},
    }
    calcul = calculer(
        _consommateur(contrat=contrat, courriers=[{"type": "mise_en_demeure", "date": "2025-11-20"}]),
        date(2026, 2, 28),
    )
    assert {p.nature for p in calcul.periodes} == {Nature.INTERET_LEGAL}
    assert calcul.indemnites == calcul.clause_penale == Decimal("0.00")
    assert {"INT-05", "FRAIS-01", "FRAIS-02"} <= set(_codes(calcul))


def test_private_creditor_uses_the_particuliers_rate() -> None:
    # a landlord (private person): 6.65 % in the 2nd half 2025 ; 650 × 6.65 % × 31/365 = 3.671 → 3.67
    creance = exemple(
        "bail",
        factures=[facture("L-10", "2025-10-01", "2025-10-05", "650.00")],
        courriers=[{"type": "mise_en_demeure", "date": "2025-11-30"}],
    )
    calcul = calculer(creance, date(2025, 12, 31))
    assert calcul.categorie_taux_legal == "particuliers"
    assert [(p.taux, p.jours, p.montant) for p in calcul.periodes] == [(Decimal("6.65"), 31, Decimal("3.67"))]


def test_civil_non_consumer_debtor_with_a_contract_rate() -> None:
    contrat = {
        "type": "autre",
        "objet": "x",
        "date": "2025-01-01",
        "taux_penalites": "8",
        "clause_penale": {"montant": "150.00"},
    }
    creance = exemple(
        "civil",
        factures=[facture("F-1", "2025-09-01", "2025-10-01", "1000.00")],
        contrat=contrat,
        courriers=[{"type": "mise_en_demeure", "date": "2025-11-30"}],
    )
    calcul = calculer(creance, date(2025, 12, 31))
    # 1000 × 8 % × 31/365 = 6.795 → 6.79 (6.7945… rounds down)
    assert [(p.nature, p.taux, p.montant) for p in calcul.periodes] == [
        (Nature.TAUX_CONTRACTUEL, Decimal("8"), Decimal("6.79"))
    ]
    assert "INT-06" in _codes(calcul)
    # the clause pénale is computed but stays out of the total due
    assert calcul.clause_penale == Decimal("150.00")
    assert calcul.total_du == Decimal("1006.79")


def test_clause_penale_rate_is_a_share_of_the_principal_still_due() -> None:
    contrat = {"type": "vente", "objet": "x", "date": "2025-01-01", "clause_penale": {"taux": "10"}}
    calcul = calculer(_b2b(contrat=contrat), date(2025, 8, 31))
    assert calcul.clause_penale == Decimal("100.00")
    # due 2025-06-30: 1 July–31 Aug, 62 days at 12.15 % = 20.64 ; total 1000.00 + 20.64 + 40.00, clause apart
    assert calcul.total_du == Decimal("1060.64")


def test_clause_penale_rate_leaves_an_invoice_not_yet_due_out() -> None:
    # F-2 falls due on 30 September: it is claimed in principal but not yet breached (issue 13)
    contrat = {"type": "vente", "objet": "x", "date": "2025-01-01", "clause_penale": {"taux": "10"}}
    creance = exemple(
        "b2b",
        factures=[
            facture("F-1", "2025-06-01", "2025-06-30", "1000.00"),
            facture("F-2", "2025-08-31", "2025-09-30", "2500.00"),
        ],
        contrat=contrat,
    )
    calcul = calculer(creance, date(2025, 8, 31))
    assert calcul.principal_restant == Decimal("3500.00")
    assert calcul.clause_penale == Decimal("100.00")  # 10 % of F-1's 1,000.00, not of 3,500.00


def test_capitalisation_waits_for_a_whole_year() -> None:
    # due 2025-06-30, as of 2025-08-31: two months of penalties, no year is due yet (C. civ. 1343-2)
    contrat = {"type": "vente", "objet": "x", "date": "2025-01-01", "capitalisation": True}
    calcul = calculer(_b2b(contrat=contrat), date(2025, 8, 31))
    assert calcul.interets == Decimal("20.64") and calcul.capitalisations == ()
    assert "INT-04" not in _codes(calcul) and "INT-13" not in _codes(calcul)
    assert any("1343-2" in phrase and "aucune année entière" in phrase for phrase in calcul.choix)


@pytest.mark.donnees_datees
def test_past_the_known_data_the_computation_stops_with_exit_4() -> None:
    with pytest.raises(LawDataMissing) as erreur:
        calculer(_b2b(), PREMIER_JOUR_INCONNU)
    assert erreur.value.exit_code is ExitCode.LAW_DATA_MISSING
    messages = [c.message for c in erreur.value.constats]
    assert any("taux de refinancement de la BCE" in m and SEMESTRE_INCONNU.libelle in m for m in messages)
    assert all(c.code == "TAUX-01" for c in erreur.value.constats)


@pytest.mark.donnees_datees
def test_a_user_file_lets_the_computation_go_on(tmp_path: Path) -> None:
    fichier = tmp_path / "semestre.yaml"
    fichier.write_text(
        PARAMETRES_SEMESTRE_INCONNU.replace('valeur: "2.50"', 'valeur: "3.00"'), encoding="utf-8"
    )
    notifiee = (DERNIER_JOUR_CONNU - timedelta(days=10)).isoformat()
    creance = _consommateur(courriers=[{"type": "mise_en_demeure", "date": notifiee}])
    jour = PREMIER_JOUR_INCONNU + timedelta(days=9)
    with pytest.raises(LawDataMissing):
        calculer(creance, jour)
    calcul = calculer(creance, jour, charger_parametres(fichier))
    # F-1: the last 10 known days at the published rate, then 10 days at 3.00 % (user-supplied)
    publie = valeur_a("taux_interet_legal.autres_cas", DERNIER_JOUR_CONNU).valeur
    assert [(p.facture, p.taux, p.fourni_par_utilisateur) for p in calcul.periodes if p.facture == "F-1"] == [
        ("F-1", publie, False),
        ("F-1", Decimal("3.00"), True),
    ]
    (info,) = {c.code: c for c in calcul.constats if c.code == "TAUX-03"}.values()
    assert "Arrêté d'essai" in info.message
