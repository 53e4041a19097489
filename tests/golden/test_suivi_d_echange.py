"""A first reminder sent after a contact with the debtor follows it up instead of supposing an
oversight (docs/droit.md §1: personalised; found in a lawyer's review: « un simple oubli » after a
call where the debtor had explained a period of short-time working). What was said is not
repeated in the letter: only that the exchange took place, and when."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from dossier.lettres.historique import EchangeSuivi, echange_suivi
from dossier.model import charger
from tests.golden.echantillons import Paquet, date_longue, jour

DEPOT = Path(__file__).resolve().parents[2]


def _dernier_echange_avant(paquet: Paquet, lettre: date, depuis: date) -> dict[str, str] | None:
    echanges = [e for e in paquet.claim.get("echanges", []) if depuis < jour(e["date"]) <= lettre]
    return max(echanges, key=lambda e: e["date"]) if echanges else None


def test_la_relance_suit_l_echange_ou_suppose_un_oubli(paquets: dict[str, Paquet]) -> None:
    suivies = 0
    for paquet in paquets.values():
        if "relance-1.pdf" not in paquet.fichiers:
            continue
        texte = paquet.texte("relance-1.pdf")
        lettre = next(c for c in paquet.calcul["lettres"] if c["etape"] == "relance_1")
        due = min(jour(f["echeance"]) for f in paquet.claim["factures"])
        echange = _dernier_echange_avant(paquet, jour(lettre["date"]), due)
        if echange is None:
            assert "Il s'agit peut-être d'un simple oubli." in texte, paquet.echantillon
            continue
        suivies += 1
        assert "simple oubli" not in texte, paquet.echantillon
        assert (
            f"à la suite de notre entretien téléphonique du {date_longue(jour(echange['date']))}" in texte
            or (f"à la suite de notre rendez-vous du {date_longue(jour(echange['date']))}" in texte)
        ), paquet.echantillon
        assert echange["resume"] not in texte  # the letter does not repeat what the debtor said
    assert suivies >= 2  # ecole-ogec (a call about short-time working), b2b-menuiserie (a promise)


def test_seul_compte_un_echange_entre_l_echeance_et_la_lettre() -> None:
    """ecole-ogec records a call on 14 October 2025 and a meeting on 15 November 2025: a letter of
    20 October follows the call; one dated the day of the call follows it too; a window that
    starts on the call's day (the debt fell due that day) or ends the day before sees nothing."""
    creance = charger(DEPOT / "samples" / "ecole-ogec" / "claim.yaml")
    appel, rendez_vous = date(2025, 10, 14), date(2025, 11, 15)
    assert echange_suivi(creance, date(2025, 9, 1), date(2025, 10, 20)) == EchangeSuivi(
        "notre entretien téléphonique", appel
    )
    assert echange_suivi(creance, date(2025, 9, 1), appel) == EchangeSuivi(
        "notre entretien téléphonique", appel
    )
    assert echange_suivi(creance, appel, date(2025, 10, 20)) is None
    assert echange_suivi(creance, date(2025, 9, 1), appel - timedelta(days=1)) is None
    assert echange_suivi(creance, date(2025, 9, 1), date(2026, 1, 1)) == EchangeSuivi(
        "notre rendez-vous", rendez_vous
    )
