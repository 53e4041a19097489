"""Late-paid invoices and capitalisation, end to end: `dossier build` up to the requête, the figures
read back from calcul.json and the PDFs (the hand computations are in tests/unit/test_retards_payes.py
and tests/unit/test_capitalisation.py)."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.golden.echantillons import DEPOT, lire_tableau

PIECES = DEPOT / "samples" / "injonction-b2b" / "pieces"
FACTURE_PIECES = {
    "F-1": "pieces/facture-F-2025-211.pdf",
    "F-2": "pieces/facture-F-2025-252.pdf",
    "F-3": "pieces/bon-livraison-BL-2025-118.jpg",
}
CLAIM = """\
version: 1
reference: "RC-2025-01"
creancier:
  nom: "Atelier Morel Agencement"
  type: personne_morale
  forme: SARL
  professionnel: true
  commercant: true
  siren: "812345676"
  adresse: {ligne1: "27 rue du Larith", code_postal: "73000", ville: "Chambéry"}
  banque: {iban: "FR7616806002006512347890168", bic: "AGRIFRPP868"}
  signataire: {nom: "Julien Morel", qualite: "Gérant"}
debiteur:
  nom: "Fromagerie des Aravis"
  type: personne_morale
  forme: SAS
  siren: "798456125"
  representant: {nom: "Luc Chabert", qualite: "Président"}
  commercant: true
  adresse: {ligne1: "12 avenue de Genève", code_postal: "74000", ville: "Annecy"}
contrat:
  type: prestation
  objet: "Agencement de la boutique"
  date: "2024-04-01"
  piece: pieces/devis-D-2025-064-signe.pdf
  capitalisation: CAPITALISATION
factures:
FACTURES
paiements:
PAIEMENTS
courriers:
  - type: mise_en_demeure
    date: "2025-09-01"
    envoi: lrar
    numero_lrar: "1A20345678912"
    delai_jours: 8
    accuse_reception: {date: "2025-09-03", piece: pieces/ar-1A20345678912.png}
juridiction:
  nom: "Tribunal de commerce d'Annecy"
options:
  penalites_des: mise_en_demeure
OPTIONS
"""


def _build(tmp_path: Path, factures: str, paiements: str, capitalisation: bool, options: str = "") -> Any:
    dossier = tmp_path / "dossier"
    shutil.copytree(PIECES, dossier / "pieces")
    texte = (
        CLAIM.replace("FACTURES", factures)
        .replace("PAIEMENTS", paiements or "  []")
        .replace("CAPITALISATION", "true" if capitalisation else "false")
        .replace("OPTIONS", options)
    )
    texte = texte.replace("paiements:\n  []", "paiements: []")
    for numero, piece in FACTURE_PIECES.items():  # the requête claims no invoice without it (INJ-14)
        texte = texte.replace(f'numero: "{numero}",', f'numero: "{numero}", piece: {piece},')
    (dossier / "claim.yaml").write_text(texte, encoding="utf-8")
    sortie = tmp_path / "sortie"
    resultat = CliRunner().invoke(
        cli,
        ["build", str(dossier / "claim.yaml"), "-o", str(sortie), "--date", "2025-09-30"],
        env={"DOSSIER_PARAMETRES": None},
    )
    assert resultat.exit_code == ExitCode.OK, resultat.output
    textes = {
        p.relative_to(sortie).as_posix(): normaliser("\n".join(texte_pdf(p.read_bytes())))
        for p in sortie.rglob("*.pdf")
    }
    return resultat.output, json.loads((sortie / "calcul.json").read_text(encoding="utf-8")), textes


RETARDS = """\
  - {numero: "F-1", date: "2025-05-01", echeance: "2025-05-31", montant_ttc: "1000.00"}
  - {numero: "F-2", date: "2025-06-01", echeance: "2025-06-30", montant_ttc: "2000.00"}
  - {numero: "F-3", date: "2025-07-01", echeance: "2025-07-31", montant_ttc: "500.00"}"""
PAIEMENTS_RETARDS = """\
  - {date: "2025-08-31", montant: "1000.00", moyen: virement, facture: "F-1"}
  - {date: "2025-07-15", montant: "500.00", moyen: virement, facture: "F-2"}
  - {date: "2025-09-10", montant: "1500.00", moyen: virement, facture: "F-2"}"""


def test_retards_payes_montres_non_reclames(tmp_path: Path) -> None:
    sortie, objet, textes = _build(tmp_path, RETARDS, PAIEMENTS_RETARDS, False)
    retards = {r["facture"]: r for r in objet["retards_payes"]}
    assert (retards["F-1"]["penalites"], retards["F-1"]["indemnite"], retards["F-1"]["reclame"]) == (
        "31.45",
        "40.00",
        False,
    )
    assert (retards["F-2"]["penalites"], retards["F-2"]["jours"]) == ("38.45", 72)
    # F-3 alone in the totals: 500.00 + 10.15 + 40.00
    assert objet["total_du"] == "550.15"
    assert "Facture F-1 soldée le 31 août 2025, 92 jours après l'échéance" in normaliser(sortie)
    requete = textes["injonction/requete.pdf"]
    # not claimed: the requête neither lists nor counts the invoices paid late
    assert "de la somme de 550,15 €" in requete
    assert "F-1 01/05/2025" not in requete and "F-3 01/07/2025 31/07/2025 500,00 €" in requete


def test_retards_payes_reclames_dans_la_mise_en_demeure_et_la_requete(tmp_path: Path) -> None:
    _, objet, textes = _build(tmp_path, RETARDS, PAIEMENTS_RETARDS, False, "  retards_payes: reclamer")
    assert objet["total_du"] == "700.05"  # 500.00 + 31.45 + 38.45 + 10.15 + 3 × 40.00
    tableau = lire_tableau(textes["mise-en-demeure.pdf"])
    # the notice of 1 September: F-1 was settled (claimed for its penalties and indemnity), F-2 not yet
    assert [(r.numero, r.reste) for r in tableau.rangees] == [
        ("F-1", Decimal("0.00")),
        ("F-2", Decimal("1500.00")),
        ("F-3", Decimal("500.00")),
    ]
    assert tableau.total == Decimal("2190.74")
    requete = textes["injonction/requete.pdf"]
    assert "de la somme de 700,05 €" in requete
    assert (
        "Les factures F-1, F-2, réglées après leur échéance, ne sont visées que pour les pénalités" in requete
    )
    decompte = textes["injonction/decompte.pdf"]
    for attendu in ("10,81 €", "20,64 €", "9,99 €", "28,46 €", "10,15 €", "700,05 €"):
        assert attendu in decompte, attendu
    assert "F-1, F-2, soldée(s) après l'échéance" in decompte and "sont réclamées" in decompte


def test_capitalisation_detaillee_dans_le_decompte(tmp_path: Path) -> None:
    facture = '  - {numero: "F-1", date: "2024-05-01", echeance: "2024-05-31", montant_ttc: "10000.00"}'
    _, objet, textes = _build(tmp_path, facture, "", True)
    assert objet["capitalisations"] == [
        {"facture": "F-1", "le": "2025-06-01", "du": "2024-06-01", "au": "2025-05-31", "montant": "1379.25"}
    ]
    # 10,000.00 + 1,850.73 of penalties + 40.00
    assert (objet["interets"], objet["total_du"]) == ("1850.73", "11890.73")
    decompte = textes["injonction/decompte.pdf"]
    assert "Capitalisation des intérêts prévue au contrat (article 1343-2 du code civil)" in decompte
    assert "F-1 01/06/2024 31/05/2025 01/06/2025 1 379,25 €" in decompte
    assert "11 379,25 €" in decompte and "348,49 €" in decompte
    assert Decimal(objet["total_du"]) == Decimal("11890.73")
