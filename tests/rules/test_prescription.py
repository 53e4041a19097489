"""Prescription per invoice: a case table, each expected date computed by hand in its comment.

Rule (dossier/law/delais/prescription.py): start = execution date, else invoice date (never the due date);
the start day is not counted (C. civ. 2228) and the claim can be acted on until the day of the
same number N years later (2229), Feb 29 → Feb 28; an imputed part-payment or a written
acknowledgement restarts a full period from its own day (2240, 2231); a mise en demeure never does.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from dossier.law.delais.prescription import prescrire, regle_prescription
from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.parametres.lecture import parametres_officiels
from dossier.model.claim import Creance

MED = {"type": "mise_en_demeure", "date": "2025-12-01"}


def _cas(profil: str, factures: list[dict[str, str]], **cles: Any) -> Creance:
    return exemple(profil, factures=factures, **cles)


CAS = [
    # id, claim, as-of day, expected last day, prescribed?, article
    (
        "b2b-last-day",
        _cas("b2b", [facture("F", "2021-03-10", "2021-04-09", "100.00")]),
        # merchants, 5 years (L110-4) from the invoice date 2021-03-10 → 2026-03-10, still open that day
        date(2026, 3, 10),
        date(2026, 3, 10),
        False,
        "C. com. L110-4, I",
    ),
    (
        "b2b-day-after",
        _cas("b2b", [facture("F", "2021-03-10", "2021-04-09", "100.00")]),
        # same invoice one day later: 2026-03-11 > 2026-03-10 → prescribed
        date(2026, 3, 11),
        date(2026, 3, 10),
        True,
        "C. com. L110-4, I",
    ),
    (
        "execution-first",
        _cas("b2b", [facture("F", "2021-03-10", "2021-04-09", "100.00", execution="2021-02-28")]),
        # execution 2021-02-28 precedes the invoice: 2021-02-28 + 5 years → 2026-02-28
        date(2026, 3, 1),
        date(2026, 2, 28),
        True,
        "C. com. L110-4, I",
    ),
    (
        "never-the-due-date",
        _cas("consommateur", [facture("F", "2024-01-10", "2024-03-10", "100.00")]),
        # consumer (L218-2, 2 years) from the invoice date 2024-01-10, not the due date → 2026-01-10
        date(2026, 2, 1),
        date(2026, 1, 10),
        True,
        "C. conso. L218-2",
    ),
    (
        "29-february",
        _cas("consommateur", [facture("F", "2024-02-29", "2024-03-30", "100.00")]),
        # 2024-02-29 + 2 years: no 29 Feb 2026 → last day of February, 2026-02-28
        date(2026, 2, 28),
        date(2026, 2, 28),
        False,
        "C. conso. L218-2",
    ),
    (
        "residential-lease",
        _cas("bail", [facture("L-01", "2023-01-05", "2023-01-10", "650.00")]),
        # loi 89-462 art. 7-1, 3 years from 2023-01-05 → 2026-01-05
        date(2026, 1, 6),
        date(2026, 1, 5),
        True,
        "loi n° 89-462 du 6 juillet 1989, art. 7-1",
    ),
    (
        "civil-2224",
        _cas("civil", [facture("F", "2022-06-15", "2022-07-15", "100.00")], debiteur={"commercant": False}),
        # no merchant, no consumer: C. civ. 2224, 5 years from 2022-06-15 → 2027-06-15
        date(2026, 1, 1),
        date(2027, 6, 15),
        False,
        "C. civ. 2224",
    ),
    (
        "mixed-act",
        _cas(
            "b2b",
            [facture("F", "2022-06-15", "2022-07-15", "100.00")],
            debiteur={
                "type": "personne_physique",
                "consommateur": False,
                "commercant": False,
                "forme": None,
                "siren": None,
            },
        ),
        # merchant creditor, non-merchant professional debtor: L110-4 ("entre commerçants et non-commerçants")
        date(2026, 1, 1),
        date(2027, 6, 15),
        False,
        "C. com. L110-4, I",
    ),
    (
        "part-payment-restarts",
        _cas(
            "consommateur",
            [facture("F", "2024-01-10", "2024-02-09", "100.00")],
            paiements=[{"date": "2025-06-01", "montant": "10.00", "moyen": "cheque"}],
        ),
        # the payment of 2025-06-01 (before 2026-01-10) restarts 2 years: 2027-06-01
        date(2026, 6, 1),
        date(2027, 6, 1),
        False,
        "C. conso. L218-2",
    ),
    (
        "acknowledgement-restarts",
        _cas(
            "consommateur",
            [facture("F", "2024-01-10", "2024-02-09", "100.00")],
            echanges=[{"date": "2025-09-15", "canal": "email", "reconnaissance": True}],
        ),
        # a written acknowledgement on 2025-09-15 restarts 2 years: 2027-09-15
        date(2026, 6, 1),
        date(2027, 9, 15),
        False,
        "C. conso. L218-2",
    ),
    (
        "phone-call-does-not",
        _cas(
            "consommateur",
            [facture("F", "2024-01-10", "2024-02-09", "100.00")],
            echanges=[{"date": "2025-09-15", "canal": "telephone"}],
        ),
        # an exchange without acknowledgement changes nothing: 2026-01-10
        date(2026, 6, 1),
        date(2026, 1, 10),
        True,
        "C. conso. L218-2",
    ),
    (
        "notice-does-not",
        _cas("consommateur", [facture("F", "2024-01-10", "2024-02-09", "100.00")], courriers=[MED]),
        # a mise en demeure (2025-12-01) does not interrupt: still 2026-01-10
        date(2026, 1, 11),
        date(2026, 1, 10),
        True,
        "C. conso. L218-2",
    ),
    (
        "too-late-to-interrupt",
        _cas(
            "consommateur",
            [facture("F", "2023-01-10", "2023-02-09", "100.00")],
            paiements=[{"date": "2025-03-01", "montant": "10.00", "moyen": "cheque", "facture": "F"}],
        ),
        # prescribed after 2025-01-10; a payment of 2025-03-01 cannot restart it: 2025-01-10
        date(2025, 6, 1),
        date(2025, 1, 10),
        True,
        "C. conso. L218-2",
    ),
    (
        "later-events-ignored",
        _cas(
            "consommateur",
            [facture("F", "2024-01-10", "2024-02-09", "100.00")],
            echanges=[{"date": "2025-09-15", "canal": "email", "reconnaissance": True}],
        ),
        # as of 2025-09-14 the acknowledgement has not happened yet: 2026-01-10, open
        date(2025, 9, 14),
        date(2026, 1, 10),
        False,
        "C. conso. L218-2",
    ),
]


@pytest.mark.parametrize(
    ("creance", "jour", "dernier_jour", "prescrite", "article"), [c[1:] for c in CAS], ids=[c[0] for c in CAS]
)
def test_case_table(creance: Creance, jour: date, dernier_jour: date, prescrite: bool, article: str) -> None:
    calcul = calculer(creance, jour)
    (solde,) = calcul.factures
    assert (solde.prescription_le, solde.prescrite, solde.prescription_article) == (
        dernier_jour,
        prescrite,
        article,
    )
    resultat = prescrire(creance, creance.factures[0], calcul.imputations, jour, parametres_officiels())
    assert resultat.prescription_le == dernier_jour


def test_the_lease_rule_wins_over_the_consumer_rule() -> None:
    bail = exemple(
        "bail",
        factures=[facture("L-01", "2025-01-05", "2025-01-10", "650.00")],
        creancier={"professionnel": True},
    )  # a professional landlord, a consumer tenant
    assert regle_prescription(bail) == "prescription.bail_habitation"


def test_all_prescribed_blocks_and_claims_nothing() -> None:
    creance = exemple(
        "consommateur",
        factures=[
            facture("F-1", "2023-01-10", "2023-02-09", "100.00"),
            facture("F-2", "2023-03-10", "2023-04-09", "50.00"),
        ],
    )
    calcul = calculer(creance, date(2026, 1, 1))
    (bloquant,) = [c for c in calcul.constats if c.code == "PRESC-01"]
    assert bloquant.bloquant and "F-1" in bloquant.message and "F-2" in bloquant.message
    assert calcul.total_du == calcul.principal_restant == calcul.interets == Decimal("0.00")
    assert calcul.factures_reclamees == () and calcul.periodes == ()


def test_some_prescribed_leave_every_total() -> None:
    # F-1 (2023-06-01 + 2 y = 2025-06-01) is prescribed on 2026-01-15; F-2 (2025-06-01 → 2027-06-01) is not
    creance = exemple(
        "consommateur",
        factures=[
            facture("F-1", "2023-06-01", "2023-07-01", "100.00"),
            facture("F-2", "2025-06-01", "2025-07-01", "50.00"),
        ],
        courriers=[MED],
    )
    calcul = calculer(creance, date(2026, 1, 15))
    (avertissement,) = [c for c in calcul.constats if c.code == "PRESC-02"]
    assert "F-1" in avertissement.message and not avertissement.bloquant
    assert avertissement.ou is not None and avertissement.ou.chemin == "factures[0]"
    assert calcul.principal_restant == Decimal("50.00")
    assert {p.facture for p in calcul.periodes} == {"F-2"}
    assert [f.numero for f in calcul.factures_reclamees] == ["F-2"]
    assert any("F-1" in phrase and "prescrites" in phrase for phrase in calcul.choix)


@pytest.mark.parametrize(
    ("jour", "alerte"),
    [
        (date(2026, 3, 9), False),  # 2026-05-08 − 2026-03-09 = 60 days left: no warning
        (date(2026, 3, 10), True),  # 59 days left: warning (threshold 60, from prescription.seuil_alerte)
        (date(2026, 5, 8), True),  # last day: 0 days left
        (date(2026, 5, 9), False),  # prescribed: PRESC-01, no longer "soon"
    ],
)
def test_warning_when_fewer_than_the_threshold_days_remain(jour: date, alerte: bool) -> None:
    # consumer invoice of 2024-05-08 → last day 2026-05-08
    creance = exemple("consommateur", factures=[facture("F-1", "2024-05-08", "2024-06-07", "100.00")])
    codes = [c.code for c in calculer(creance, jour).constats]
    assert ("PRESC-03" in codes) is alerte


def test_an_unnamed_payment_imputed_on_a_prescribed_invoice_is_flagged() -> None:
    # F-1 (2023-01-10) is prescribed after 2025-01-10; an unnamed payment of 2025-03-01 goes to the
    # oldest due invoice, F-1, by C. civ. 1342-10 — doubtful [U]: PRESC-04, and no interruption
    creance = exemple(
        "consommateur",
        factures=[
            facture("F-1", "2023-01-10", "2023-02-09", "100.00"),
            facture("F-2", "2025-01-10", "2025-02-09", "80.00"),
        ],
        paiements=[{"date": "2025-03-01", "montant": "30.00", "moyen": "cheque"}],
    )
    calcul = calculer(creance, date(2025, 6, 1))
    assert [c.code for c in calcul.constats if c.code.startswith("PRESC")] == ["PRESC-02", "PRESC-04"]
    assert calcul.factures[0].prescription_le == date(2025, 1, 10)


def test_a_deposit_before_the_invoice_neither_interrupts_nor_is_flagged() -> None:
    # an unnamed deposit of 2025-02-15 goes to F-1 (dated 2025-03-01, not yet due): it cannot move the
    # start (2025-03-01 + 2 years → 2027-03-01) and it is not a payment on a prescribed debt
    creance = exemple(
        "consommateur",
        factures=[facture("F-1", "2025-03-01", "2025-03-31", "100.00")],
        paiements=[{"date": "2025-02-15", "montant": "30.00", "moyen": "cheque"}],
    )
    calcul = calculer(creance, date(2025, 6, 1))
    assert calcul.factures[0].prescription_le == date(2027, 3, 1)
    assert not [c for c in calcul.constats if c.code.startswith("PRESC")]
