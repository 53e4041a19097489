"""After a déchéance du terme, the plan's balance is the debt (docs/decisions.md,
« After a signed plan, the plan governs »): the mise en demeure, the requête, the décompte and
calcul.json claim it, name the plan, the reminder and the déchéance, and cite the signed échéancier.

The case: samples/plan-virement (instalment 4/5 of 11 May 2026 unpaid), then a reminder on 20 May
2026 (received 22 May), the déchéance notified on 8 June 2026 and received on 10 June 2026: the
balance is due from 10 June. For the requête, 500 € paid on 12 June, a mise en demeure of 15 June
received on 17 June (8 days: expired on 25 June), the requête on 30 June 2026.

Every figure below is computed by hand from the échéancier's table (echeancier.pdf).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import yaml

from dossier.render.readback import normaliser, texte_pdf
from tests.cli.test_cli import lancer

DEPOT = Path(__file__).resolve().parents[2]
VIREMENT = DEPOT / "samples" / "plan-virement" / "claim.yaml"
PIECES = DEPOT / "samples" / "injonction-b2b" / "pieces"
AR = "pieces/ar-1A20345678912.png"
CONSOMMATEUR = {
    "nom": "Paul Girard",
    "type": "personne_physique",
    "consommateur": True,
    "civilite": "Monsieur",
    "adresse": {"ligne1": "9 avenue Jean Jaurès", "code_postal": "38100", "ville": "Grenoble"},
}


def _claim(tmp_path: Path, consommateur: bool, requete: bool) -> Path:
    donnees: dict[str, Any] = yaml.safe_load(VIREMENT.read_text(encoding="utf-8"))
    donnees.pop("date_edition")
    dossier = tmp_path / "dossier"
    shutil.copytree(PIECES, dossier / "pieces")
    # the signed échéancier: a file of its own (the same bytes as the contract would be PIECE-11)
    signe = (PIECES / "devis-D-2025-064-signe.pdf").read_bytes() + b"\n% echeancier signe\n"
    (dossier / "pieces" / "echeancier-signe.pdf").write_bytes(signe)
    donnees["contrat"]["piece"] = "pieces/devis-D-2025-064-signe.pdf"
    donnees["plan"]["piece"] = "pieces/echeancier-signe.pdf"
    donnees["juridiction"] = {
        "nom": "Tribunal judiciaire de Grenoble" if consommateur else "Tribunal de commerce de Grenoble"
    }
    if consommateur:
        donnees["debiteur"] = CONSOMMATEUR
        donnees["creancier"]["commercant"] = False
    donnees["courriers"] += [
        {
            "type": "rappel_echeance",
            "date": "2026-05-20",
            "envoi": "lrar",
            "accuse_reception": {"date": "2026-05-22"},
        },
        {
            "type": "decheance_du_terme",
            "date": "2026-06-08",
            "envoi": "lrar",
            "numero_lrar": "1A20345678913",
            "accuse_reception": {"date": "2026-06-10", "piece": AR},
        },
    ]
    if requete:
        donnees["paiements"].append(
            {"date": "2026-06-12", "montant": "500.00", "moyen": "virement", "reference": "BE-2025-087 solde"}
        )
        donnees["courriers"].append(
            {
                "type": "mise_en_demeure",
                "date": "2026-06-15",
                "envoi": "lrar",
                "numero_lrar": "1A20345678912",
                "delai_jours": 8,
                "accuse_reception": {"date": "2026-06-17", "piece": AR},
                # a notice naming an invoice still claims the balance: the plan replaced the invoices
                "factures": ["SC-2025-0412"],
            }
        )
    claim = dossier / "claim.yaml"
    claim.write_text(yaml.safe_dump(donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return claim


def _construire(tmp_path: Path, claim: Path, jour: str, jusqua: str) -> Path:
    sortie = tmp_path / "sortie"
    resultat = lancer(
        "build", claim, "--date", jour, "--futur", "--jusqua", jusqua, "--no-docx", "-o", sortie
    )
    assert resultat.exit_code == 0, resultat.output
    return sortie


def _texte(fichier: Path) -> str:
    return normaliser(" ".join(texte_pdf(fichier.read_bytes())))


def _montants(calcul: dict[str, Any]) -> tuple[str, str, str, str]:
    return calcul["principal_restant"], calcul["interets"], calcul["indemnites"], calcul["total_du"]


def _nomme_le_plan(texte: str, solde: str) -> None:
    """The plan, the reminder, the déchéance and the balance, in the letter's or the requête's words."""
    assert (
        "le 20 janvier 2026, qui vaut reconnaissance de dette (articles 1376 et 2240 du code civil)" in texte
    )
    assert "rappel du 20 mai 2026" in texte and "échéance n° 4/5 du 11 mai 2026" in texte
    assert f"Le solde de l'échéancier, soit {solde}, est exigible depuis le 10 juin 2026" in texte


def test_mise_en_demeure_entre_professionnels(tmp_path: Path) -> None:
    """Balance declared by the notice of 8 June 2026 (law/plan/suivi.py, exigible_apres_decheance):
    instalments due before 8 June, 1,000.00 + 1,224.59 + 1,225.20 + 1,223.54 + 1,220.84 = 5,894.17,
    plus the capital of instalment 5/5 (due 10 June), 1,215.46, less the 4,673.33 paid:
    5,894.17 + 1,215.46 − 4,673.33 = 2,436.30 €, due from the receipt, 10 June 2026.
    L441-10 penalties, ECB 2.15 % + 10 points = 12.15 %, from 11 to 22 June 2026 (12 days):
    2,436.30 × 12.15 % × 12 / 365 = 9.7318 → 9.73 €; no new €40 (D441-5: per invoice, already in
    the acknowledged 7,077.18). Total: 2,436.30 + 9.73 = 2,446.03 €."""
    claim = _claim(tmp_path, False, False)
    sortie = _construire(tmp_path, claim, "2026-06-22", "mise_en_demeure")
    resume = normaliser(lancer("check", claim, "--date", "2026-06-22").stdout)
    assert (
        "Déchéance du terme notifiée le 8 juin 2026 : la dette est le solde de l'échéancier signé le "
        "20 janvier 2026, 2 436,30 €, exigible depuis le 10 juin 2026." in resume
    )
    assert "Total dû : 2 446,03 €" in resume and "Solde exigible après la déchéance : 2 436,30 €" in resume
    calcul = json.loads((sortie / "calcul.json").read_text(encoding="utf-8"))
    assert _montants(calcul) == ("2436.30", "9.73", "0.00", "2446.03")
    (ligne,) = calcul["periodes"]
    assert (ligne["du"], ligne["au"], ligne["jours"], ligne["base"], ligne["taux"]) == (
        "2026-06-11",
        "2026-06-22",
        12,
        "2436.30",
        "12.15",
    )
    assert [f["numero"] for f in calcul["factures"]] == ["Solde de l’échéancier du 20/01/2026"]
    assert calcul["plan"]["exigible"] == "2436.30"
    (med,) = [e for e in calcul["lettres"] if e["etape"] == "mise_en_demeure"]
    assert med["montants"]["total"] == "2446.03" and med["montants"]["indemnites"] is None
    texte = _texte(sortie / "mise-en-demeure.pdf")
    _nomme_le_plan(texte, "2 436,30 €")
    assert (
        "la déchéance du terme vous a ensuite été notifiée par courrier du 8 juin 2026, reçu le 10 juin 2026"
        in texte
    )
    assert "Pénalités de retard (C. com. L441-10) 9,73 €" in texte
    assert "vous mettons en demeure de régler la somme de 2 446,03 €" in texte
    assert "Indemnités forfaitaires" not in texte


def test_requete_entre_professionnels_apres_un_paiement(tmp_path: Path) -> None:
    """The same 2,436.30 € balance; 500.00 € paid on 12 June 2026 reduce it from the 13th.
    Penalties at 12.15 %: 11–12 June (2 days) 2,436.30 × 12.15 % × 2 / 365 = 1.6220 → 1.62 €;
    13–30 June (18 days) 1,936.30 × 12.15 % × 18 / 365 = 11.6017 → 11.60 €; together 13.22 €.
    Total: 1,936.30 + 13.22 = 1,949.52 €."""
    sortie = _construire(tmp_path, _claim(tmp_path, False, True), "2026-06-30", "injonction")
    calcul = json.loads((sortie / "calcul.json").read_text(encoding="utf-8"))
    assert _montants(calcul) == ("1936.30", "13.22", "0.00", "1949.52")
    assert [(p["du"], p["au"], p["jours"], p["base"], p["montant"]) for p in calcul["periodes"]] == [
        ("2026-06-11", "2026-06-12", 2, "2436.30", "1.62"),
        ("2026-06-13", "2026-06-30", 18, "1936.30", "11.60"),
    ]
    assert calcul["plan"]["exigible"] == "1936.30"
    requete = _texte(sortie / "injonction" / "requete.pdf")
    _nomme_le_plan(requete, "2 436,30 €")
    assert "de la somme de 1 949,52 €, arrêtée au 30 juin 2026" in requete
    assert "la somme de 1 936,30 € en principal" in requete
    assert "la somme de 13,22 € au titre des pénalités de retard arrêtées au 30 juin 2026" in requete
    # the reminder and the notice are pièces (their copies), as is the notice's receipt
    assert "malgré le rappel du 20 mai 2026 (pièce n° 5)" in requete
    assert "notifiée au débiteur le 8 juin 2026 (pièce n° 6), qui l'a reçue le 10 juin 2026" in requete
    assert "(accusé de réception, pièce n° 7)" in requete
    # the signed échéancier is pièce n° 2, cited as the acknowledgement and for the balance's line
    assert "(articles 1376 et 2240 du code civil) (pièce n° 2)" in requete
    assert "Pièce n° 2 : Échéancier et reconnaissance de dette signés le 20 janvier 2026" in requete
    assert (
        "Solde de l’échéancier du 20/01/2026 20/01/2026 10/06/2026 2 436,30 € 500,00 € 1 936,30 € n° 2"
        in requete
    )
    decompte = _texte(sortie / "injonction" / "decompte.pdf")
    assert "11/06/2026 12/06/2026 2 2 436,30 € 12,15 % [1] 1,62 €" in decompte
    assert "13/06/2026 30/06/2026 18 1 936,30 € 12,15 % [1] 11,60 €" in decompte
    assert "Total des lignes 13,22 €" in decompte
    assert "Total dû 1 949,52 €" in decompte
    assert "Indemnités forfaitaires" not in decompte
    assert lancer("verify", sortie).exit_code == 0
    # prescription runs again from the last payment (C. civ. 2240): five years from 12 June 2026
    resume = normaliser(
        lancer(
            "check",
            sortie.parent / "dossier" / "claim.yaml",
            "--date",
            "2026-06-30",
            "--jusqua",
            "injonction",
        ).stdout
    )
    assert "le solde de l'échéancier du 20 janvier 2026 sera prescrit après le 12 juin 2031" in resume


def test_mise_en_demeure_envers_un_consommateur(tmp_path: Path) -> None:
    """The consumer's plan (no penalties, no €40: 6,840.00 acknowledged): instalments due before
    8 June, 1,000.00 + 1,176.80 + 1,177.39 + 1,175.80 + 1,173.20 = 5,703.19, plus the capital of 5/5,
    1,168.00, less 4,673.33 paid: 2,197.86 €. No interest yet: the legal rate runs only from the
    receipt of a new mise en demeure (this one)."""
    sortie = _construire(tmp_path, _claim(tmp_path, True, False), "2026-06-22", "mise_en_demeure")
    calcul = json.loads((sortie / "calcul.json").read_text(encoding="utf-8"))
    assert _montants(calcul) == ("2197.86", "0.00", "0.00", "2197.86")
    assert calcul["periodes"] == []
    texte = _texte(sortie / "mise-en-demeure.pdf")
    _nomme_le_plan(texte, "2 197,86 €")
    assert "vous mettons en demeure de régler la somme de 2 197,86 €" in texte
    assert (
        "fait courir les intérêts au taux légal sur la somme due à compter du lendemain de sa réception"
        in texte
    )
    assert "Indemnit" not in texte and "D441-5" not in texte


def test_requete_envers_un_consommateur(tmp_path: Path) -> None:
    """2,197.86 € less 500.00 € paid on 12 June 2026 = 1,697.86 €; the mise en demeure of 15 June was
    received on 17 June: legal interest (« autres cas », 2026 first half: 2.62 %) from 18 to 30 June
    (13 days): 1,697.86 × 2.62 % × 13 / 365 = 1.5844 → 1.58 €. Total: 1,697.86 + 1.58 = 1,699.44 €."""
    sortie = _construire(tmp_path, _claim(tmp_path, True, True), "2026-06-30", "injonction")
    calcul = json.loads((sortie / "calcul.json").read_text(encoding="utf-8"))
    assert _montants(calcul) == ("1697.86", "1.58", "0.00", "1699.44")
    (ligne,) = calcul["periodes"]
    assert (ligne["du"], ligne["jours"], ligne["base"], ligne["taux"], ligne["nature"]) == (
        "2026-06-18",
        13,
        "1697.86",
        "2.62",
        "interet_legal",
    )
    requete = _texte(sortie / "injonction" / "requete.pdf")
    _nomme_le_plan(requete, "2 197,86 €")
    assert "de la somme de 1 699,44 €, arrêtée au 30 juin 2026" in requete
    assert "courent depuis le 18 juin 2026, lendemain de la réception de la mise en demeure" in requete
    decompte = _texte(sortie / "injonction" / "decompte.pdf")
    assert "18/06/2026 30/06/2026 13 1 697,86 € 2,62 %" in decompte and "Total dû 1 699,44 €" in decompte
    assert lancer("verify", sortie).exit_code == 0
