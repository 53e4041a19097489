"""What each letter says, read from its content blocks (fast: no PDF), for claims built in the test.

Figures are recomputed by hand in the comments; the PDF read-back of the samples lives in
tests/golden/.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from dossier.law.exemples import exemple, facture
from dossier.pipeline import Options, analyser, documents
from dossier.render.letter import Lettre

AGENCE = {
    "nom": "Recouvrement Éthique",
    "siren": "954330122",
    "assurance_rc": "Police RC-1",
    "compte_cantonnement": "Compte clients",
    "adresse": {"ligne1": "40 quai de la Fosse", "code_postal": "44000", "ville": "Nantes"},
    "mandat": {"date": "2025-11-01"},
}


def lettres(creance: Any, jour: date) -> dict[str, Lettre]:
    return dict(documents(analyser(creance, Options(jour=jour))))


def texte(lettre: Lettre) -> str:
    """Block texts, one per line, with no-break spaces and table gaps folded to one space."""
    lignes = (t for bloc in lettre.blocs for t in bloc.textes)
    return "\n".join(re.sub(r"[ \u00a0\u202f]+", " ", ligne) for ligne in lignes)


def test_relance_2_remercie_du_paiement_recu_et_cite_la_relance_1() -> None:
    creance = exemple(
        "consommateur",
        factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
        paiements=[{"date": "2025-10-20", "montant": "200.00", "moyen": "cheque"}],
        courriers=[{"type": "relance_1", "date": "2025-10-10"}],
    )
    lu = texte(lettres(creance, date(2025, 11, 3))["relance-2"])
    assert "Par courrier du 10 octobre 2025 (référence EX-1-R1)" in lu
    assert "Nous vous remercions du règlement de 200,00 € reçu le 20 octobre 2025." in lu
    assert "aucun règlement" not in lu
    assert "Total restant dû 400,00 €" in lu  # 600.00 - 200.00


def test_sans_paiement_la_relance_2_le_dit_sans_accuser() -> None:
    creance = exemple(
        "consommateur",
        factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
        courriers=[{"type": "relance_1", "date": "2025-10-10"}],
    )
    lu = texte(lettres(creance, date(2025, 11, 3))["relance-2"])
    assert "Sauf erreur de notre part, aucun règlement ne nous est parvenu depuis." in lu


def test_lettres_anterieures_au_mandat_restent_celles_du_creancier() -> None:
    creance = exemple(
        "consommateur",
        factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
        mandataire=AGENCE,
        courriers=[{"type": "relance_1", "date": "2025-10-10"}],
    )
    produites = lettres(creance, date(2025, 11, 3))
    assert produites["relance-1"].expediteur[0] == "Atelier Durand SARL"
    assert "activité de recouvrement amiable" not in texte(produites["relance-1"])
    relance_2 = produites["relance-2"]
    assert relance_2.expediteur[0] == "Recouvrement Éthique"
    assert relance_2.signature.nom == "Le service recouvrement"  # never the creditor's signatory
    lu = texte(relance_2)
    assert "Recouvrement Éthique, qui exerce une activité de recouvrement amiable" in lu
    assert "Principal restant dû 600,00 €" in lu and "Autres accessoires 0,00 €" in lu  # R124-4 3°
    assert "Les frais de recouvrement entrepris sans titre exécutoire restent à la charge" in lu


def test_une_quittance_par_paiement_meme_jour_meme_montant() -> None:
    creance = exemple(
        "consommateur",
        factures=[facture("F-1", "2025-09-01", "2025-10-01", "200.00")],
        mandataire=AGENCE,
        paiements=[
            {"date": "2025-11-05", "montant": "50.00", "moyen": "especes", "recu_par": "mandataire"},
            {"date": "2025-11-05", "montant": "50.00", "moyen": "especes", "recu_par": "mandataire"},
        ],
    )
    produites = lettres(creance, date(2025, 11, 20))
    premiere, seconde = texte(produites["quittance-2025-11-05-1"]), texte(produites["quittance-2025-11-05-2"])
    assert "50,00 €, le 5 novembre 2025, en espèces" in premiere
    assert "F-1 50,00 €" in premiere and "F-1 50,00 € F-1" not in premiere.replace("\n", " ")
    assert "il reste dû en principal la somme de 150,00 €" in premiere  # 200 - 50
    assert "il reste dû en principal la somme de 100,00 €" in seconde  # 200 - 50 - 50


def test_interets_au_taux_du_contrat_ne_sont_pas_appeles_taux_legal() -> None:
    # A private creditor and a company debtor (civil regime), 5 % in the contract, default at the
    # due date by clause (C. civ. 1344): 1000.00 x 5 % x 30 / 365 = 4.109... -> 4.11 for 1-30 Nov.
    creance = exemple(
        "civil",
        factures=[facture("F-1", "2025-10-01", "2025-10-31", "1000.00")],
        contrat={
            "type": "autre",
            "objet": "Prêt",
            "date": "2025-01-01",
            "taux_penalites": "5.00",
            "demeure_par_exigibilite": True,
        },
    )
    lu = texte(lettres(creance, date(2025, 11, 30))["relance-1"])
    assert "Intérêts au taux prévu au contrat 4,11 €" in lu
    assert "taux légal" not in lu
    assert "article 1344 du code civil" in lu


def test_un_courrier_anterieur_a_toute_echeance_n_est_pas_reproduit() -> None:
    creance = exemple(
        "consommateur",
        factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
        courriers=[{"type": "relance_1", "date": "2025-09-15"}],
    )
    analyse = analyser(creance, Options(jour=date(2025, 10, 20)))
    assert "ETAPE-06" in [c.code for c in analyse.constats]
    assert [lettre.envoye for lettre in analyse.programme.lettres] == [None]  # only a new relance 1


def test_un_courrier_envoye_apres_paiement_complet_n_est_pas_reproduit_mais_compte() -> None:
    # F-1 paid in full on 10-05, before the relance of 10-10: that relance claimed nothing; F-2
    # fell due later. The copy would ask for 0,00 €, so it is not rebuilt, and the next letter
    # (relance 2: relance 1 was sent) does not claim that F-1 was still due.
    creance = exemple(
        "consommateur",
        factures=[
            facture("F-1", "2025-09-01", "2025-10-01", "600.00"),
            facture("F-2", "2025-10-01", "2025-10-20", "300.00"),
        ],
        paiements=[{"date": "2025-10-05", "montant": "600.00", "moyen": "virement", "facture": "F-1"}],
        courriers=[{"type": "relance_1", "date": "2025-10-10"}],
    )
    analyse = analyser(creance, Options(jour=date(2025, 11, 3)))
    assert "ETAPE-06" in [c.code for c in analyse.constats]
    assert [(lettre.etape.value, lettre.envoye is None) for lettre in analyse.programme.lettres] == [
        ("relance_2", True)
    ]
    lu = texte(lettres(creance, date(2025, 11, 3))["relance-2"])
    assert "F-1" not in lu and "Total restant dû 300,00 €" in lu
