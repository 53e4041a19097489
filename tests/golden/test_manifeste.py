"""manifest.json in every build: each file's SHA-256, size, pages and role; the claim's hash, the
« as of » day, the tool's version and the law data read — checked against the files really
written (independent hashing and page counting here), against its JSON Schema, and read back by
`lire_manifeste`, which refuses what the schema refuses."""

from __future__ import annotations

import hashlib
import io
import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema import Draft202012Validator
from pypdf import PdfReader

from dossier import __version__
from dossier.cli.main import cli
from dossier.verify.manifeste import ManifesteIllisible, lire_manifeste
from tests.golden.echantillons import DEPOT, ECHANTILLONS, MARQUE, Paquet, chemin_claim
from tests.verifications import PARAMETRES_SEMESTRE_INCONNU, PREMIER_JOUR_INCONNU, UN_MOIS_APRES

SCHEMA = json.loads(resources.files("dossier").joinpath("schemas/manifest.schema.json").read_text("utf-8"))
VALIDATEUR = Draft202012Validator(SCHEMA)


def _manifeste(paquet: Paquet) -> dict[str, Any]:
    objet: dict[str, Any] = json.loads(paquet.fichiers["manifest.json"])
    return objet


def _role_attendu(chemin: str, copies: set[str]) -> str:
    nom = Path(chemin).stem
    if chemin.startswith("injonction/pieces/"):
        return "piece"
    if chemin == "injonction/dossier-injonction.pdf":
        return "dossier_injonction"
    if chemin.startswith("injonction/"):
        return nom
    if chemin == "calcul.json":
        return "calcul"
    if nom == "rapport":
        return "rapport"
    if nom in ("echeancier", "mandat-sepa"):
        return nom.replace("-", "_")
    if nom.startswith("quittance-"):
        return "quittance"
    return "copie" if nom in copies else "lettre"


def test_le_schema_est_valide() -> None:
    Draft202012Validator.check_schema(SCHEMA)


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_manifeste_de_chaque_echantillon(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    objet = _manifeste(paquet)
    assert sorted(VALIDATEUR.iter_errors(objet), key=str) == []
    lu = lire_manifeste(paquet.fichiers["manifest.json"])  # the reader accepts what the schema does

    claim = chemin_claim(echantillon).read_bytes()
    assert objet["outil"] == f"dossier {__version__}" == lu.outil
    assert objet["reference"] == paquet.claim["reference"]
    assert objet["date"] == paquet.claim["date_edition"] == paquet.calcul["date"]
    assert objet["creance"] == {
        "fichier": "claim.yaml",
        "octets": len(claim),
        "sha256": hashlib.sha256(claim).hexdigest(),
    }
    # Every file written but the manifest and the marker, in path order, as written.
    ecrits = sorted(set(paquet.fichiers) - {"manifest.json", MARQUE})
    assert [f["chemin"] for f in objet["fichiers"]] == ecrits
    copies = {Path(lettre["fichier"]).stem for lettre in paquet.lettres() if lettre["copie"]}
    copies |= {
        Path(n).stem for n in paquet.fichiers if "Reproduction du courrier" in _texte_si_plan(paquet, n)
    }
    for entree in objet["fichiers"]:
        octets = paquet.fichiers[entree["chemin"]]
        assert entree["octets"] == len(octets)
        assert entree["sha256"] == hashlib.sha256(octets).hexdigest()
        pages = len(PdfReader(io.BytesIO(octets)).pages) if entree["chemin"].endswith(".pdf") else None
        assert entree["pages"] == pages, entree["chemin"]
        assert entree["role"] == _role_attendu(entree["chemin"], copies), entree["chemin"]
    # The law data read: sorted, cited, none supplied by the user for a sample.
    valeurs = objet["parametres"]
    assert valeurs and [(v["id"], v["du"]) for v in valeurs] == sorted((v["id"], v["du"]) for v in valeurs)
    assert all(v["reference"] and v["source"] and not v["fourni_par_utilisateur"] for v in valeurs)
    ids = {v["id"] for v in valeurs}
    for periode in paquet.calcul["periodes"]:  # each rate printed in the décompte is listed
        if periode["nature"] != "taux_contractuel":
            assert any(v["reference"] in periode["source"] for v in valeurs), periode["source"]
    assert any(i.startswith("prescription.") for i in ids)


def _texte_si_plan(paquet: Paquet, nom: str) -> str:
    """The plan's letters are not in calcul.json's list: a copy says so in its footer."""
    if not nom.endswith(".pdf") or not Path(nom).stem.startswith(("rappel-", "decheance-")):
        return ""
    return paquet.texte(nom)


def test_manifeste_relu_refuse_ce_que_le_schema_refuse(paquets: dict[str, Paquet]) -> None:
    octets = paquets["injonction-b2b"].fichiers["manifest.json"]
    objet = json.loads(octets)
    abimes = {
        "sans fichiers": {k: v for k, v in objet.items() if k != "fichiers"},
        "empreinte courte": {**objet, "creance": {**objet["creance"], "sha256": "abc"}},
        "champ inconnu": {**objet, "signe": True},
        "pages en texte": {**objet, "fichiers": [{**objet["fichiers"][0], "pages": "2"}]},
        "chemin absolu": {**objet, "fichiers": [{**objet["fichiers"][0], "chemin": "/etc/passwd"}]},
        "remonte": {**objet, "fichiers": [{**objet["fichiers"][0], "chemin": "../calcul.json"}]},
    }
    for quoi, abime in abimes.items():
        assert list(VALIDATEUR.iter_errors(abime)), quoi
        with pytest.raises(ManifesteIllisible) as refus:
            lire_manifeste(json.dumps(abime).encode())
        assert refus.value.constats[0].code == "VERIF-01", quoi
    with pytest.raises(ManifesteIllisible, match="pas un JSON lisible"):
        lire_manifeste(octets[:-20])


@pytest.mark.donnees_datees
def test_valeurs_fournies_par_l_utilisateur_signalees(tmp_path: Path) -> None:
    parametres = tmp_path / "taux-semestre.yaml"
    parametres.write_text(PARAMETRES_SEMESTRE_INCONNU, encoding="utf-8")
    sortie = tmp_path / "sortie"
    claim = DEPOT / "samples" / "ecole-ogec" / "claim.yaml"
    apres = UN_MOIS_APRES.isoformat()
    resultat = CliRunner().invoke(
        cli,
        ["build", str(claim), "--date", apres, "--futur", "--parametres", str(parametres), "-o", str(sortie)],
    )
    assert resultat.exit_code == 0, resultat.output
    objet = json.loads((sortie / "manifest.json").read_bytes())
    assert sorted(VALIDATEUR.iter_errors(objet), key=str) == []
    fournies = [v for v in objet["parametres"] if v["fourni_par_utilisateur"]]
    assert [(v["id"], v["du"], v["valeur"]) for v in fournies] == [
        ("taux_interet_legal.autres_cas", PREMIER_JOUR_INCONNU.isoformat(), "2.50")
    ]
    assert fournies[0]["reference"] == "Arrêté d'essai relatif à la fixation du taux de l'intérêt légal"
    publiees = [v for v in objet["parametres"] if v["id"] == "taux_interet_legal.autres_cas"]
    assert len(publiees) > 1  # the published half-years before it are listed too, unflagged
