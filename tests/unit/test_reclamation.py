"""What each letter claims (docs/decisions.md « Amounts in letters »), figures checked by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.procedure.reclamation import reclamation
from dossier.vocabulaire import Etape

# B2B: 1000.00 due 2025-05-31, as of 2025-08-31 (docs/droit.md §4 worked example):
# penalties 10.81 (30 days at 13.15 %) + 20.64 (62 days at 12.15 %) = 31.45, indemnity 40.00.
B2B = exemple("b2b", factures=[facture("F-1", "2025-05-01", "2025-05-31", "1000.00")])
JOUR_B2B = date(2025, 8, 31)


def test_b2b_relance_1_reclame_le_principal_et_rappelle_les_penalites() -> None:
    dues = reclamation(B2B, calculer(B2B, JOUR_B2B), Etape.RELANCE_1)
    assert (dues.principal, dues.interets, dues.indemnites, dues.total) == (
        Decimal("1000.00"),
        None,
        None,
        Decimal("1000.00"),
    )
    assert dues.rappel_penalites


def test_b2b_relance_2_detaille_penalites_et_indemnite() -> None:
    dues = reclamation(B2B, calculer(B2B, JOUR_B2B), Etape.RELANCE_2)
    assert dues.interets == Decimal("31.45")
    assert dues.indemnites == Decimal("40.00")
    assert dues.total == Decimal("1071.45")  # 1000.00 + 31.45 + 40.00
    assert not dues.rappel_penalites


def test_penalites_des_la_premiere_relance_si_le_creancier_le_choisit() -> None:
    creance = exemple(
        "b2b",
        factures=[facture("F-1", "2025-05-01", "2025-05-31", "1000.00")],
        options={"penalites_des": "relance_1"},
    )
    dues = reclamation(creance, calculer(creance, JOUR_B2B), Etape.RELANCE_1)
    assert dues.total == Decimal("1071.45")


def test_consommateur_principal_et_interet_legal_seulement_meme_avec_clauses() -> None:
    # 600.00, notice 2025-11-20, as of 2026-02-28 (docs/droit.md §4): 1.86 + 2.54 = 4.40 of legal interest.
    creance = exemple(
        "consommateur",
        factures=[facture("F-1", "2025-10-01", "2025-10-31", "600.00")],
        contrat={
            "type": "prestation",
            "objet": "Travaux",
            "date": "2025-09-01",
            "indemnite_forfaitaire": True,
            "taux_penalites": "12.00",
            "clause_penale": {"montant": "150.00"},
        },
        courriers=[{"type": "mise_en_demeure", "date": "2025-11-20", "envoi": "lrar"}],
    )
    calcul = calculer(creance, date(2026, 2, 28))
    for etape in (Etape.RELANCE_1, Etape.RELANCE_2, Etape.MISE_EN_DEMEURE):
        dues = reclamation(creance, calcul, etape)
        assert (dues.principal, dues.interets, dues.indemnites) == (Decimal("600.00"), Decimal("4.40"), None)
        assert dues.total == Decimal("604.40")
        assert dues.nature_interets == "interet_legal"


def test_une_lettre_ne_reclame_que_les_factures_deja_echues_ou_celles_qu_elle_vise() -> None:
    creance = exemple(
        "b2b",
        factures=[
            facture("F-1", "2025-05-01", "2025-05-31", "1000.00"),
            facture("F-2", "2025-08-01", "2025-09-30", "500.00"),
        ],
    )
    calcul = calculer(creance, JOUR_B2B)
    assert [f.numero for f in reclamation(creance, calcul, Etape.RELANCE_1).factures] == ["F-1"]
    calcul_tard = calculer(creance, date(2025, 10, 15))
    assert [f.numero for f in reclamation(creance, calcul_tard, Etape.RELANCE_1).factures] == ["F-1", "F-2"]
    visees = reclamation(creance, calcul_tard, Etape.RELANCE_1, ("F-2",))
    assert ([f.numero for f in visees.factures], visees.total) == (["F-2"], Decimal("500.00"))
