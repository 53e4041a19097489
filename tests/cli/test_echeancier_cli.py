"""`dossier check` / `build` on instalment plans: bad plans refused with their exit code and French
message (nothing written), and the sequence after a missed instalment, driven by the date —
reminder, notice period, then only the déchéance du terme."""

from __future__ import annotations

from pathlib import Path

from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.cli.test_cli import contenu, ecrire_claim, lancer

DEPOT = Path(__file__).resolve().parents[2]
SEPA = (DEPOT / "samples" / "plan-sepa" / "claim.yaml").read_text(encoding="utf-8")
VIREMENT = (DEPOT / "samples" / "plan-virement" / "claim.yaml").read_text(encoding="utf-8")
RAPPEL = (
    'courriers:\n  - {type: rappel_echeance, date: "2026-05-20", accuse_reception: {date: "2026-05-22"}}\n'
)


def _remplacer(texte: str, ancien: str, nouveau: str) -> str:
    assert texte.count(ancien) == 1, ancien
    return texte.replace(ancien, nouveau)


def _refuse(tmp_path: Path, texte: str, code: ExitCode) -> str:
    claim = ecrire_claim(tmp_path / "dossier", texte)
    parent = tmp_path / "sorties"
    parent.mkdir()
    resultat = lancer("build", claim, "-o", parent / "out")
    assert resultat.exit_code == code, resultat.output
    assert contenu(parent) == []
    assert lancer("check", claim).exit_code == code
    return normaliser(resultat.stderr)


def test_plan_de_plus_de_24_mois(tmp_path: Path) -> None:
    texte = _remplacer(SEPA, "nombre_echeances: 6", "nombre_echeances: 30")
    erreur = _refuse(tmp_path, texte, ExitCode.BLOCKING_FINDING)
    assert "BLOQUANT PLAN-01" in erreur and "claim.yaml:57:21 plan.nombre_echeances" in erreur
    assert "la dernière échéance (2028-10-05) tombe au-delà de 24 mois après l'accord du 2026-04-14" in erreur
    assert "derogation_24_mois: true" in erreur and "C. civ. 1343-5" in erreur


def test_plan_de_plus_de_24_mois_accepte(tmp_path: Path) -> None:
    texte = _remplacer(SEPA, "nombre_echeances: 6", "nombre_echeances: 30\n  derogation_24_mois: true")
    claim = ecrire_claim(tmp_path / "dossier", texte)
    resultat = lancer("build", claim, "-o", tmp_path / "out", "--no-docx")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "AVERTISSEMENT PLAN-01" in resultat.stdout
    texte_pdf_ = normaliser("\n".join(texte_pdf((tmp_path / "out" / "echeancier.pdf").read_bytes())))
    assert "30/30 05/10/2028" in texte_pdf_
    assert lancer("check", claim, "--strict").exit_code == ExitCode.BLOCKING_FINDING


def test_echeance_trop_faible(tmp_path: Path) -> None:
    texte = _remplacer(SEPA, 'montant_ttc: "3180.00"', 'montant_ttc: "1200.00"')
    texte = _remplacer(texte, "periodicite: mensuelle", "periodicite: hebdomadaire")
    texte = _remplacer(texte, "nombre_echeances: 6", "nombre_echeances: 52")
    erreur = _refuse(tmp_path, texte, ExitCode.BLOCKING_FINDING)
    assert "BLOQUANT PLAN-02" in erreur and "PLAN-01" not in erreur
    assert "en deçà de 30.00 €, minimum de pratique d'une échéance réaliste" in erreur
    assert "Prévoyez moins d'échéances, ou des échéances plus élevées." in erreur


def test_prelevement_sans_compte_du_debiteur(tmp_path: Path) -> None:
    texte = _remplacer(SEPA, '  banque: {iban: "FR7630004008200001098765439", bic: "BNPAFRPPXXX"}\n', "")
    erreur = _refuse(tmp_path, texte, ExitCode.INVALID_INPUT)
    assert "VALEUR-09" in erreur and "claim.yaml:59:10 plan.moyen" in erreur
    assert "le compte du débiteur n'est pas donné (« debiteur.banque » : IBAN et BIC)" in erreur


def _construire(tmp_path: Path, texte: str, jour: str) -> tuple[str, dict[str, str]]:
    claim = ecrire_claim(tmp_path / jour, texte)
    sortie = tmp_path / f"out-{jour}"
    resultat = lancer("build", claim, "-o", sortie, "--date", jour, "--no-docx")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    textes = {p.name: normaliser("\n".join(texte_pdf(p.read_bytes()))) for p in sortie.glob("*.pdf")}
    return normaliser(resultat.stdout), textes


def _constats(tmp_path: Path, texte: str, jour: str) -> str:
    resultat = lancer("check", ecrire_claim(tmp_path / f"check-{jour}", texte), "--date", jour)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    return normaliser(resultat.stdout)


def test_echeance_manquee_puis_decheance_apres_le_preavis(tmp_path: Path) -> None:
    # Up to the 4th instalment's day (Monday 11 May 2026) nothing is late; the day after, a reminder.
    assert "PLAN-0" not in _constats(tmp_path, VIREMENT, "2026-05-11").replace("PLAN-04", "")
    assert "AVERTISSEMENT PLAN-05 claim.yaml:43:1 paiements l'échéance n° 4/5 du 2026-05-11" in _constats(
        tmp_path, VIREMENT, "2026-05-12"
    )

    # The reminder sent on 20 May, received on 22 May: notice until 6 June.
    envoye = _remplacer(VIREMENT, "courriers:\n", RAPPEL)
    sortie, textes = _construire(tmp_path, envoye, "2026-06-06")
    assert "info PLAN-06" in sortie and "pourra être notifiée à partir du 2026-06-07" in sortie
    assert "decheance-du-terme.pdf" not in textes
    assert (
        "Reproduction du courrier daté du 20 mai 2026, établie le 6 juin 2026."
        in textes["rappel-echeance-4.pdf"]
    )

    # From 7 June, still unpaid: the déchéance du terme, by registered letter, for the whole balance.
    sortie, textes = _construire(tmp_path, envoye, "2026-06-07")
    assert "AVERTISSEMENT PLAN-07" in sortie
    decheance = textes["decheance-du-terme.pdf"]
    # Due before 7 June: 1 000,00 + 1 224,59 + 1 225,20 + 1 223,54 + 1 220,84 = 5 894,17; capital still
    # to come: 1 215,46; paid since the agreement: 4 673,33. Exigible: 2 436,30.
    assert "la totalité du solde du plan devient exigible, soit la somme de 2 436,30 €" in decheance
    assert "Paiements échus et non réglés 1 220,84 €" in decheance
    assert "Capital des échéances à venir 1 215,46 €" in decheance
    assert "Lettre recommandée avec demande d'avis de réception" in decheance
    assert "jusqu'au 6 juin 2026" in decheance and "titre exécutoire" in decheance

    # Paid in the meantime: no déchéance.
    regle = _remplacer(
        envoye,
        "echanges:\n",
        '  - {date: "2026-06-01", montant: "1220.84", moyen: virement}\nechanges:\n',
    )
    assert "PLAN-07" not in _constats(tmp_path, regle, "2026-06-08")
