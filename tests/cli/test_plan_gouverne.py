"""After a signed plan, the plan governs (docs/decisions.md, the entry of that name): calcul.json and the
report show the invoices up to the plan's eve, then its ledger; the signed échéancier is a pièce."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from dossier.assemble.pieces import sources_pieces
from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.model import charger
from tests.property.test_generateur import PIECES, Axes, Details, construire
from tests.verifications import ecarts_calcul

DEPOT = Path(__file__).resolve().parents[2]
VIREMENT = DEPOT / "samples" / "plan-virement" / "claim.yaml"


def _lancer(*arguments: str) -> str:
    resultat = CliRunner().invoke(cli, list(arguments), env={"DOSSIER_PARAMETRES": None})
    assert resultat.exit_code == ExitCode.OK, resultat.output
    return resultat.stdout


def test_calcul_json_montre_les_factures_a_la_veille_puis_le_grand_livre() -> None:
    objet = json.loads(_lancer("check", "--json", str(VIREMENT)))
    plan = objet["plan"]
    assert (objet["date"], plan["date_accord"], plan["arrete_au"]) == (
        "2026-05-20",
        "2026-01-20",
        "2026-01-19",
    )
    # the invoices' penalties stop on the eve: no penalty accrues under the plan
    assert max(p["au"] for p in objet["periodes"]) == "2026-01-19" and ecarts_calcul(objet) == []
    assert objet["total_du"] == plan["reconnu"]["total"] == "7077.18"
    assert [(v["numero"], v["statut"]) for v in plan["versements"]] == [
        (0, "payee"),
        (1, "payee"),
        (2, "payee"),
        (3, "payee"),
        (4, "impayee"),
        (5, "a_venir"),
    ]
    # 7,112.25 to pay in all (the plan bears interest), 4,673.33 paid: 2,438.92 left, 1,220.84 late
    assert (plan["total_a_payer"], plan["total_paye"], plan["solde"], plan["retard"], plan["exigible"]) == (
        "7112.25",
        "4673.33",
        "2438.92",
        "1220.84",
        "1220.84",
    )
    # payments under the plan are not late invoice payments (no INT-03 on the invoices)
    assert "INT-03" not in {c["code"] for c in objet["findings"]}
    rapport = _lancer("check", str(VIREMENT)).replace("\u202f", " ").replace("\xa0", " ")
    assert "Factures arrêtées au 19 janvier 2026, veille de l'échéancier signé le 20 janvier 2026" in rapport
    assert "Solde du plan : 2 438,92 €" in rapport


def _apres_decheance(tmp_path: Path, piece: bool) -> Path:
    cas = construire(
        Axes("b2b", "injonction", "decheance", False, 0), Details(("2160.40",), (), (), "virement")
    )
    if piece:
        cas.donnees["plan"] |= {"piece": "pieces/devis-D-2025-064-signe.pdf"}
    dossier = tmp_path / "plan"
    shutil.copytree(PIECES, dossier / "pieces")
    claim = dossier / "claim.yaml"
    claim.write_text(yaml.safe_dump(cas.donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return claim


def test_l_echeancier_signe_est_une_piece_de_la_requete(tmp_path: Path) -> None:
    claim = _apres_decheance(tmp_path, piece=True)
    titres = [s.titre for s in sources_pieces(charger(claim), {}, jour=None)]
    assert "Échéancier et reconnaissance de dette signés le 20 janvier 2026" in titres
    objet = json.loads(
        _lancer("check", "--json", str(claim), "--date", "2026-04-10", "--jusqua", "injonction")
    )
    assert objet["plan"]["decheance_du_terme"] == "2026-03-09"
    assert "INJ-13" not in {c["code"] for c in objet["findings"]}


def test_sans_echeancier_signe_la_requete_le_demande(tmp_path: Path) -> None:
    claim = _apres_decheance(tmp_path, piece=False)
    objet = json.loads(
        _lancer("check", "--json", str(claim), "--date", "2026-04-10", "--jusqua", "injonction")
    )
    assert "INJ-13" in {c["code"] for c in objet["findings"]}
