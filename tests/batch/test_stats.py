"""`dossier stats`: the recovery figures of a small portfolio, worked out by hand, and its page
opened in headless chromium (offline, no script, the figures of stats.json)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from tests.batch.outils import SAMPLES, portefeuille
from tests.golden.test_rapport import CHROMIUM, DRAPEAUX

JOUR = "2026-03-01"


def _stats(*arguments: str) -> tuple[int, str]:
    resultat = CliRunner().invoke(cli, ["stats", *arguments, "--date", JOUR], env={"COLUMNS": "200"})
    return resultat.exit_code, resultat.output


def test_indicateurs_calcules_a_la_main(tmp_path: Path) -> None:
    """Two copies of b2b-menuiserie: invoices 2 480,00 € (due 1 Nov 2025) and 1 260,00 € (due
    19 Nov), 500,00 € paid on 10 Dec 2025 against the first (39 days late), a call on 8 Nov (the
    payment comes 32 days later: not within 30) and a first reminder on 10 Nov (30 days: within)."""
    dossier = portefeuille(tmp_path, 2)
    code, texte = _stats(str(dossier), "--json")
    assert code == ExitCode.OK, texte
    o = json.loads(texte)
    assert (
        o["jour"] == JOUR
        and o["creances"] == 2
        and o["illisibles"] == [str(dossier / "casse" / "claim.yaml")]
    )
    assert o["recouvrement"] == {
        "nombre": 2,
        "reclame": "7480.00",
        "recouvre": "1000.00",
        "restant": "6480.00",
        "taux": "13.37",
    }
    etapes = {e["etape"]: e for e in o["par_etape"]}
    assert etapes["relance_1"]["nombre"] == 2 and etapes["aucune"]["nombre"] == 0
    assert o["delais_paiement"] == {"paiements": 2, "moyenne_jours": "39.0", "mediane_jours": "39.0"}
    tranches = {t["tranche"]: t for t in o["encours_par_anciennete"]}
    # 1 980,00 € at 120 days and 1 260,00 € at 102 days, twice
    assert tranches["91–180 j"] == {"tranche": "91–180 j", "factures": 4, "montant": "6480.00"}
    assert sum(t["factures"] for t in tranches.values()) == 4
    canaux = {c["canal"]: c for c in o["contacts"]["par_canal"]}
    assert (canaux["lettre"]["contacts"], canaux["lettre"]["suivis_d_un_paiement"]) == (2, 2)
    assert canaux["lettre"]["montant_paye"] == "1000.00"
    assert (canaux["appel"]["contacts"], canaux["appel"]["suivis_d_un_paiement"]) == (2, 0)
    assert o["plans"] == {"tenus": 0, "rompus": 0, "en_cours": 0, "taux_tenus": None}
    assert o["cout_par_dossier"] is None and "pas de champ" in o["cout_par_dossier_note"]

    code, texte = _stats(str(dossier))
    assert code == ExitCode.OK
    assert "taux de recouvrement 13,37 %" in texte.replace("\u202f", " ").replace("\xa0", " ")
    assert "moyenne 39,0 jours, médiane 39,0 jours" in texte


def test_aucune_creance(tmp_path: Path) -> None:
    code, texte = _stats(str(tmp_path))
    assert code == ExitCode.USAGE and "USAGE-01" in texte


def test_page_ouverte_dans_chromium(tmp_path: Path) -> None:
    chromium = shutil.which(CHROMIUM)
    if chromium is None:
        pytest.fail("chromium manque : apt-get install -y chromium (.ci/run l'installe)")
    dossier = portefeuille(tmp_path, 2)
    rapport = tmp_path / "rapport"
    code, texte = _stats(str(dossier), "-o", str(rapport))
    assert code == ExitCode.OK, texte
    assert sorted(p.name for p in rapport.iterdir() if not p.name.startswith(".")) == [
        "stats.csv",
        "stats.html",
        "stats.json",
    ]
    source = (rapport / "stats.html").read_text(encoding="utf-8")
    assert "<script" not in source and not re.search(r"""(?:src|href)=["']?(?:https?:|//)""", source)
    commande = [
        chromium,
        *DRAPEAUX,
        f"--user-data-dir={tmp_path / 'profil'}",
        "--dump-dom",
        (rapport / "stats.html").as_uri(),
    ]
    resultat = subprocess.run(commande, capture_output=True, timeout=120, check=False)
    assert resultat.returncode == 0, resultat.stderr.decode("utf-8", "replace")[-2000:]
    dom = resultat.stdout.decode("utf-8")
    assert "<title>Portefeuille — indicateurs de recouvrement au 1er mars 2026</title>" in dom
    stats = json.loads((rapport / "stats.json").read_text(encoding="utf-8"))
    assert f'data-taux="{stats["recouvrement"]["taux"]}"' in dom
    assert dom.count("<svg") == 3 and dom.count("<rect") >= 3
    # the bar of the first reminder's stage carries its rate from stats.json
    etape = next(e for e in stats["par_etape"] if e["etape"] == "relance_1")
    assert f'data-valeur="{etape["taux"]}"' in dom
    csv_lignes = (rapport / "stats.csv").read_text(encoding="utf-8").splitlines()
    assert csv_lignes[0] == "indicateur,cle,valeur" and "recouvrement,taux,13.37" in csv_lignes


def test_echeanciers_rompus_et_en_cours(tmp_path: Path) -> None:
    """plan-virement: a deposit then five monthly instalments from 10 Feb 2026, three paid. On
    20 May 2026 the plan runs (not in the rate); on 30 June its term (10 June) has passed with two
    instalments unpaid: broken, and the rate of plans kept is 0 of 1.

    A plan kept to its term cannot be written yet: its instalments carry the interest the plan
    acknowledged, so their sum exceeds the invoices, which the reader refuses (VALEUR-09)."""
    (tmp_path / "plan").mkdir()
    shutil.copy(SAMPLES / "plan-virement" / "claim.yaml", tmp_path / "plan" / "claim.yaml")
    for jour, attendu in (
        ("2026-05-20", {"tenus": 0, "rompus": 0, "en_cours": 1, "taux_tenus": None}),
        ("2026-06-30", {"tenus": 0, "rompus": 1, "en_cours": 0, "taux_tenus": "0.00"}),
    ):
        resultat = CliRunner().invoke(cli, ["stats", str(tmp_path), "--json", "--date", jour])
        assert resultat.exit_code == ExitCode.OK, resultat.output
        assert json.loads(resultat.output)["plans"] == attendu, jour
