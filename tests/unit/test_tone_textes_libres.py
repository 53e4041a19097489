"""The claim's own texts pass the tone linter before any letter prints them (docs/droit.md §2)."""

from __future__ import annotations

from datetime import date

import pytest

from dossier.errors import BlockingFindings
from dossier.law.exemples import exemple, facture
from dossier.pipeline import Options, analyser, build
from dossier.tone.linter import examiner, verifier_textes_libres

REFUSEES = [
    ("Sans paiement, nous saisirons vos meubles.", "TON-01"),
    ("Une saisie sur salaire sera engagée.", "TON-01"),
    ("Un huissier passera à votre domicile.", "TON-01"),
    ("Un commissaire de justice est mandaté.", "TON-01"),
    ("Nous procéderons à votre expulsion.", "TON-01"),
    ("Vos comptes seront bloqués.", "TON-01"),
    ("Nous demanderons le blocage de votre compte.", "TON-01"),
    ("Vous serez inscrit au fichier de la Banque de France.", "TON-01"),
    ("Dernier avis avant poursuites.", "TON-01"),
    ("Nous déposerons plainte.", "TON-01"),
    ("Notre service contentieux judiciaire est saisi.", "TON-02"),
    ("Ceci vaut sommation de payer.", "TON-02"),
    ("Commandement de payer", "TON-02"),
    ("Une injonction de payer a été délivrée contre vous.", "TON-02"),
    ("RÉPUBLIQUE FRANÇAISE", "TON-02"),
    ("Nous informerons votre employeur.", "TON-03"),
    ("Nous préviendrons votre famille de cette dette.", "TON-03"),
    ("Des frais de dossier de 45 € s'ajoutent.", "FRAIS-04"),
    ("Des dommages et intérêts vous seront réclamés.", "FRAIS-04"),
    ("PAYEZ IMMEDIATEMENT VOTRE DETTE", "TON-04"),
    ("Réglez vite !!", "TON-04"),
    ("Un huis-\nsier viendra.", "TON-01"),
]
ADMISES = [
    "À défaut de règlement, nous pourrons saisir la juridiction compétente afin d'obtenir un titre "
    "exécutoire.",
    "La présente vaut mise en demeure au sens de l'article 1344 du code civil.",
    "Nous restons à votre disposition pour convenir d'un échéancier adapté à votre situation.",
    "Nous sommes attachés à ce que la scolarité de Léa se poursuive sereinement.",
    "Madame Roussel peut recevoir votre famille sur rendez-vous.",
    "Les frais de scolarité du deuxième trimestre restent dus.",
    "Contribution des familles, 1er trimestre",
    "Agencement du fournil et pose de rayonnages",
    "Nous vous remercions de votre règlement partiel.",
]


@pytest.mark.parametrize(("phrase", "code"), REFUSEES)
def test_phrase_refusee(phrase: str, code: str) -> None:
    assert code in [r.motif.code for r in examiner(phrase)]


@pytest.mark.parametrize("phrase", ADMISES)
def test_phrase_admise(phrase: str) -> None:
    assert examiner(phrase) == []


FACTURES = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]


def test_le_message_libre_menacant_bloque_le_build_et_pointe_la_ligne() -> None:
    creance = exemple(
        "consommateur",
        factures=FACTURES,
        options={"message_libre": "Sans règlement, un huissier viendra saisir vos meubles."},
    )
    constats = verifier_textes_libres(creance)
    assert sorted(c.code for c in constats) == ["TON-01", "TON-01"]
    assert all(c.ou is not None and c.ou.chemin == "options.message_libre" for c in constats)
    with pytest.raises(BlockingFindings):
        build(creance, Options(jour=date(2025, 10, 20)))


def test_les_libelles_et_l_objet_du_contrat_sont_lus_aussi() -> None:
    creance = exemple(
        "b2b",
        factures=[{**FACTURES[0], "libelle": "Frais de dossier contentieux"}],
        contrat={"type": "prestation", "objet": "Commandement de payer", "date": "2025-01-01"},
    )
    codes = {
        (c.code, c.ou.chemin if c.ou else "")
        for c in analyser(creance, Options(jour=date(2025, 10, 20))).constats
    }
    assert ("TON-02", "contrat.objet") in codes
    assert ("FRAIS-04", "factures[0].libelle") in codes
