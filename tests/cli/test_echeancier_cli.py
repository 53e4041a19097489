"""`dossier check` / `build` on instalment plans: bad plans refused with their exit code and French
message (nothing written), and the sequence after a missed instalment, driven by the date —
reminder, notice period, then only the déchéance du terme."""

from __future__ import annotations

import re
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
    assert (
        "la dernière échéance, prévue le 5 octobre 2028, tombe au-delà de 24 mois après l'accord du "
        "14 avril 2026 (limite : 14 avril 2028)"
    ) in erreur
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
    assert "échéance de 23,22 € : en deçà de 30,00 €, minimum de pratique d'une échéance réaliste" in erreur
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
    assert (
        "AVERTISSEMENT PLAN-05 claim.yaml:43:1 paiements l'échéance n° 4/5 du 11 mai 2026 n'est pas "
        "réglée en entier (retard : 1 220,84 €)"
    ) in _constats(tmp_path, VIREMENT, "2026-05-12")

    # The reminder sent on 20 May, received on 22 May: notice until 6 June.
    envoye = _remplacer(VIREMENT, "courriers:\n", RAPPEL)
    sortie, textes = _construire(tmp_path, envoye, "2026-06-06")
    assert "info PLAN-06" in sortie and "pourra être notifiée à partir du 7 juin 2026" in sortie
    assert "PLAN-10" not in sortie  # the reminder's receipt is recorded
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
    assert (
        "Notre courrier du 20 mai 2026, reçu le 22 mai 2026, vous signalait le retard de paiement de "
        "l'échéance n° 4/5 du 11 mai 2026 et vous laissait 15 jours à compter de sa réception pour le "
        "régulariser, soit jusqu'au 6 juin 2026."
    ) in decheance
    assert "titre exécutoire" in decheance

    # Paid in the meantime: no déchéance.
    regle = _remplacer(
        envoye,
        "echanges:\n",
        '  - {date: "2026-06-01", montant: "1220.84", moyen: virement}\nechanges:\n',
    )
    assert "PLAN-07" not in _constats(tmp_path, regle, "2026-06-08")


def test_premiere_echeance_avant_l_accord_sans_date_accord(tmp_path: Path) -> None:
    # Without date_accord the agreement is dated the « as of » day (14 April 2026): a first
    # instalment on 1 April would be late the day it is agreed (and a reminder drafted at once).
    sans_date = _remplacer(SEPA, '  date_accord: "2026-04-14"\n', "")
    avant = _remplacer(sans_date, 'premiere_echeance: "2026-05-05"', 'premiere_echeance: "2026-04-01"')
    erreur = _refuse(tmp_path, avant, ExitCode.BLOCKING_FINDING)
    assert "BLOQUANT PLAN-09 claim.yaml:57:22 plan.premiere_echeance" in erreur
    assert (
        "la première échéance (1er avril 2026) précède le jour de l'accord : sans « date_accord », "
        "l'échéancier est daté du jour d'édition, le 14 avril 2026"
    ) in erreur
    assert "au plus tôt le jour de l'accord" in erreur and "PLAN-05" not in erreur
    # On the agreement's day itself: accepted, as the advice says.
    le_jour = _remplacer(sans_date, 'premiere_echeance: "2026-05-05"', 'premiere_echeance: "2026-04-14"')
    sortie, textes = _construire(tmp_path, le_jour, "2026-04-14")
    assert "PLAN-0" not in sortie.replace("PLAN-04", "")
    assert "1/6 14/04/2026 533,38 €" in textes["echeancier.pdf"]


AGENCE = """mandataire:
  nom: "Recouvrement Éthique"
  forme: SAS
  siren: "954330122"
  adresse: {ligne1: "40 quai de la Fosse", code_postal: "44000", ville: "Nantes"}
  contact: {telephone: "02 40 00 00 00", email: "dossiers@recouvrement-ethique.example"}
  assurance_rc: "Police n° RC-2025-4471"
  compte_cantonnement: "Compte de cantonnement n° FR45 3000 4000 0100 0123 4567 806"
  banque: {iban: "FR4530004000010001234567806", bic: "BNPAFRPPXXX"}
  mandat: {date: "2026-03-01", reference: "MAND-2026-03"}
debiteur:
"""


def test_agence_et_prelevement_le_titulaire_de_l_ics_est_le_creancier(tmp_path: Path) -> None:
    """The ICS is the creditor's (claim.yaml gives none to an agency): the échéancier and the
    mandate name the same holder of it, the creditor — never the agency managing the file."""
    texte = _remplacer(SEPA, "debiteur:\n", AGENCE)
    _, textes = _construire(tmp_path, texte, "2026-04-14")
    echeancier, mandat = textes["echeancier.pdf"], textes["mandat-sepa.pdf"]
    assert (
        "au profit de Menuiseries du Rhône SARL, identifiant créancier SEPA FR98ZZZ548721 (ICS)" in echeancier
    )
    assert "Créancier Menuiseries du Rhône SARL" in mandat and "(ICS) FR98ZZZ548721" in mandat
    assert "au profit de Recouvrement" not in echeancier and "Recouvrement Éthique" not in mandat


def test_reliquat_ajoute_a_la_derniere_echeance(tmp_path: Path) -> None:
    # 3 200,32 € by 1 060,00 €: three instalments leave 20,32 €, under the 30 € minimum — added to the
    # third instead of a fourth of 20,32 €.
    par_montant = _remplacer(SEPA, "nombre_echeances: 6", 'montant_echeance: "1060.00"')
    _, textes = _construire(tmp_path, par_montant, "2026-04-14")
    echeancier = textes["echeancier.pdf"]
    assert "3/3 06/07/2026 1 080,32 € 0,00 €" in echeancier and not re.search(r"\b4/4 \d\d/", echeancier)
    assert (
        "Chaque échéance est de 1 060,00 € ; la dernière porte le solde, soit 1 080,32 €, dont un reliquat "
        "de 20,32 € qui, trop faible pour faire une échéance de plus, lui est ajouté."
    ) in echeancier
    # The reviewer's case: 3 200,00 € leaves 0,32 € — one instalment of 3 200,32 €, said so.
    _, textes = _construire(
        tmp_path, _remplacer(SEPA, "nombre_echeances: 6", 'montant_echeance: "3200.00"'), "2026-04-15"
    )
    echeancier = textes["echeancier.pdf"]
    # no second instalment row (« page 2/2 » is the foot of the agreement, not an instalment)
    assert "1/1 05/05/2026 3 200,32 € 0,00 €" in echeancier and not re.search(r"\b2/2 \d\d/", echeancier)
    assert (
        "L'échéance comprend un reliquat de 0,32 € qui, trop faible pour faire une échéance de plus"
        in echeancier
    )


def test_decheance_apres_un_rappel_sans_accuse_de_reception(tmp_path: Path) -> None:
    """No receipt recorded: the notice is counted from the reminder's date, with a warning (PLAN-10),
    and the déchéance letter says only what is true — 15 days from receipt were given, more than 15
    days have passed since it was sent — not a deadline computed from an unknown receipt."""
    envoye = _remplacer(
        VIREMENT, "courriers:\n", 'courriers:\n  - {type: rappel_echeance, date: "2026-05-20"}\n'
    )
    sortie = _constats(tmp_path, envoye, "2026-06-04")
    assert "AVERTISSEMENT PLAN-10 claim.yaml:53:5 courriers[0]" in sortie
    assert "compté de sa date (jusqu'au 4 juin 2026)" in sortie and "info PLAN-06" in sortie
    sortie, textes = _construire(tmp_path, envoye, "2026-06-05")
    assert "AVERTISSEMENT PLAN-10" in sortie and "AVERTISSEMENT PLAN-07" in sortie
    decheance = textes["decheance-du-terme.pdf"]
    assert (
        "Notre courrier du 20 mai 2026 vous signalait le retard de paiement de l'échéance n° 4/5 du 11 mai "
        "2026 et vous laissait 15 jours à compter de sa réception pour le régulariser ; plus de 15 jours se "
        "sont écoulés depuis son envoi."
    ) in decheance
    assert "jusqu'au" not in decheance.split("À ce jour")[0]
