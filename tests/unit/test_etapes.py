"""Which letters `build` writes (docs/decisions.md « Which letters build writes »)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dossier.findings import Severite
from dossier.law.exemples import exemple, facture
from dossier.law.montants.computation import calculer
from dossier.law.procedure.etapes import Programme, programme
from dossier.vocabulaire import Etape

FACTURES = [facture("F-1", "2025-09-01", "2025-10-01", "600.00")]


def prevoir(jour: date, courriers: list[dict[str, Any]], jusqua: Etape | None = None) -> Programme:
    creance = exemple("consommateur", factures=FACTURES, courriers=courriers)
    return programme(creance, jour, lambda d: calculer(creance, d), jusqua)


def etapes(prevu: Programme) -> list[tuple[str, date, bool]]:
    return [(lettre.etape.value, lettre.date, lettre.envoye is not None) for lettre in prevu.lettres]


def codes(prevu: Programme) -> list[tuple[str, Severite]]:
    return [(c.code, c.severite) for c in prevu.constats]


def test_sans_historique_la_premiere_relance_est_redigee_au_jour_d_edition() -> None:
    prevu = prevoir(date(2025, 10, 10), [])
    assert etapes(prevu) == [("relance_1", date(2025, 10, 10), False)]
    assert prevu.constats == ()


def test_les_courriers_envoyes_sont_reproduits_a_leur_date_puis_l_etape_suivante() -> None:
    # relance 1 on 2025-10-05; cadence 10 days (law/procedure/cadence.yaml) -> relance 2 possible from 10-15
    prevu = prevoir(date(2025, 10, 20), [{"type": "relance_1", "date": "2025-10-05"}])
    assert etapes(prevu) == [("relance_1", date(2025, 10, 5), True), ("relance_2", date(2025, 10, 20), False)]


def test_une_cadence_trop_rapprochee_repousse_l_etape_et_dit_quand() -> None:
    prevu = prevoir(date(2025, 10, 8), [{"type": "relance_1", "date": "2025-10-05"}])
    assert etapes(prevu) == [("relance_1", date(2025, 10, 5), True)]
    assert codes(prevu) == [("ETAPE-05", Severite.INFO)]
    assert "15 octobre 2025" in prevu.constats[0].message  # French dates in findings (Decision)


def test_apres_la_mise_en_demeure_plus_aucune_relance_et_l_injonction_est_annoncee() -> None:
    envoyes = [{"type": "relance_1", "date": "2025-10-05"}, {"type": "mise_en_demeure", "date": "2025-11-05"}]
    prevu = prevoir(date(2025, 12, 1), envoyes)
    assert [e for e, _, copie in etapes(prevu)] == ["relance_1", "mise_en_demeure"]
    # the requête is the next step; here it lacks the contract's pièce, the notice's proof and the
    # invoice's pièce
    assert codes(prevu) == [
        ("INJ-01", Severite.AVERTISSEMENT),
        ("INJ-04", Severite.AVERTISSEMENT),
        ("INJ-14", Severite.AVERTISSEMENT),
    ]
    assert prevu.requete is None
    assert prevu.constats[0].message.startswith("la requête en injonction de payer n'est pas rédigée : ")


def test_jusqua_saute_les_etapes_non_envoyees_sans_attendre_la_cadence() -> None:
    prevu = prevoir(date(2025, 10, 8), [{"type": "relance_1", "date": "2025-10-05"}], Etape.MISE_EN_DEMEURE)
    assert etapes(prevu)[-1] == ("mise_en_demeure", date(2025, 10, 8), False)
    assert prevu.constats == ()


def test_jusqua_une_etape_deja_depassee_est_bloquant() -> None:
    prevu = prevoir(date(2025, 12, 1), [{"type": "relance_2", "date": "2025-11-05"}], Etape.RELANCE_1)
    assert codes(prevu) == [("ETAPE-02", Severite.BLOQUANT)]
    assert all(lettre.envoye is not None for lettre in prevu.lettres)


def test_un_courrier_posterieur_a_la_date_d_edition_est_ignore() -> None:
    prevu = prevoir(date(2025, 10, 10), [{"type": "relance_1", "date": "2025-11-05"}])
    assert etapes(prevu) == [("relance_1", date(2025, 10, 10), False)]
    assert codes(prevu) == [("ETAPE-01", Severite.INFO)]


@pytest.mark.parametrize(
    ("jusqua", "severite"), [(None, Severite.INFO), (Etape.RELANCE_1, Severite.BLOQUANT)]
)
def test_rien_d_echu_rien_a_rediger(jusqua: Etape | None, severite: Severite) -> None:
    prevu = prevoir(date(2025, 9, 15), [], jusqua)
    assert prevu.lettres == ()
    assert codes(prevu) == [("ETAPE-04", severite)]
    assert "1er octobre 2025" in prevu.constats[0].message
