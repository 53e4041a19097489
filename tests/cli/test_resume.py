"""The summary of `check` and `build` fits the terminal without cutting a value (issue 19): at 120
columns a table, narrower one block per invoice; invoice numbers, dates and amounts always whole."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli
from tests.golden.echantillons import euros

DEPOT = Path(__file__).resolve().parents[2]
B2B = DEPOT / "samples" / "b2b-menuiserie" / "claim.yaml"


@pytest.mark.parametrize("colonnes", [60, 80, 120])
def test_chaque_valeur_entiere_a_toute_largeur(colonnes: int) -> None:
    sortie = CliRunner().invoke(cli, ["check", str(B2B)], env={"COLUMNS": str(colonnes)}).stdout
    sortie = sortie.replace("\u202f", " ").replace("\xa0", " ")  # as tests.golden's euros writes them
    assert "…" not in sortie
    factures = sortie[sortie.index("Factures") : sortie.index("Principal restant dû")]
    assert max(len(ligne) for ligne in factures.splitlines()) <= colonnes
    calcul = json.loads(CliRunner().invoke(cli, ["check", str(B2B), "--json"]).stdout)
    for facture in calcul["factures"]:
        annee, mois, jour = facture["echeance"].split("-")
        attendus = [facture["numero"], f"{jour}/{mois}/{annee}", euros(facture["montant_ttc"])]
        attendus += [euros(facture[cle]) for cle in ("paye", "restant", "interets", "indemnite")]
        for valeur in attendus:
            assert valeur in sortie, (colonnes, valeur)
    assert ("┃ facture" in sortie) == (colonnes >= 120)  # the table when it fits, blocks otherwise
