"""The tone linter and the recovery calendar through the CLI: findings with their excerpt and
location in `check --json`, a threatening claim refused by `build` (exit 6, nothing written),
warnings blocking under --strict, `explain` for every tone code, and `dossier plan` on every
sample and on the cases its rules distinguish."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from dossier.codes import registre
from dossier.exit_codes import ExitCode
from tests.cli.test_cli import CLAIM, CLAIM_PRESCRIT, contenu, ecrire_claim, lancer, position, valider

DEPOT = Path(__file__).resolve().parents[2]
ECHANTILLONS = sorted((DEPOT / "samples").glob("*/claim.yaml"))
IDS = [chemin.parent.name for chemin in ECHANTILLONS]


def _schema(nom: str) -> dict[str, Any]:
    texte = resources.files("dossier").joinpath(f"schemas/{nom}").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(texte)
    return schema


REGISTRE = Registry().with_resources(
    [(nom, Resource.from_contents(_schema(nom))) for nom in ("calcul.schema.json", "plan.schema.json")]
)


def valider_plan(objet: dict[str, Any]) -> None:
    validateur = Draft202012Validator(_schema("plan.schema.json"), registry=REGISTRE)
    assert [f"{list(e.absolute_path)} : {e.message}" for e in validateur.iter_errors(objet)] == []


def _avec_message(message: str) -> str:
    return CLAIM + f'options:\n  message_libre: "{message}"\n'


# --- the linter through check and build ---------------------------------------------------------------


def test_numero_surtaxe_imprime_dans_la_lettre_trouve_avec_son_emplacement(tmp_path: Path) -> None:
    """The premium-rate number is a claim value; only the rendered letter shows it in a sentence."""
    texte = CLAIM.replace(
        '  signataire: {nom: "Marc Vidal"',
        '  contact: {telephone: "08 99 23 45 67"}\n  signataire: {nom: "Marc Vidal"',
    )
    claim = ecrire_claim(tmp_path, texte)
    resultat = lancer("check", "--json", claim)
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING
    objet = json.loads(resultat.stdout)
    valider(objet)
    surtaxes = [c for c in objet["findings"] if c["code"] == "TON-07"]
    assert surtaxes, objet["findings"]
    for constat in surtaxes:
        assert constat["extrait"] == "08 99 23 45 67" and constat["severite"] == "bloquant"
        assert constat["document"]["fichier"] == "relance-1.pdf" and constat["document"]["page"] == 1
        assert constat["document"]["ligne"] >= 1 and "L121-16" in constat["article"]
    humain = lancer("check", claim)
    assert humain.exit_code == ExitCode.BLOCKING_FINDING
    assert "BLOQUANT TON-07" in humain.stdout and "dans relance-1.pdf, page 1, ligne" in humain.stdout
    refus = lancer("build", claim, "-o", tmp_path / "sortie")
    assert refus.exit_code == ExitCode.BLOCKING_FINDING and "TON-07" in refus.stderr
    assert not (tmp_path / "sortie").exists()


def test_message_libre_menacant_exit_6_et_aucun_dossier(tmp_path: Path) -> None:
    texte = _avec_message("Sans règlement sous 48 heures, un huissier viendra saisir vos biens.")
    claim = ecrire_claim(tmp_path / "dossier", texte)
    parent = tmp_path / "sorties"
    parent.mkdir()
    resultat = lancer("build", claim, "-o", parent / "out")
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING
    ligne, colonne = position(texte, '"Sans règlement')
    assert f"claim.yaml:{ligne}:{colonne} options.message_libre" in resultat.stderr
    for code in ("TON-01", "TON-06"):
        assert f"BLOQUANT {code}" in resultat.stderr
    assert "« huissier »" in resultat.stderr
    assert contenu(parent) == []
    objet = json.loads(lancer("check", "--json", claim).stdout)
    valider(objet)
    extraits = {c["extrait"] for c in objet["findings"] if c["code"] == "TON-01"}
    assert extraits == {"huissier", "saisir vos biens"}


def test_avertissement_de_ton_liste_puis_bloquant_en_strict(tmp_path: Path) -> None:
    claim = ecrire_claim(tmp_path, _avec_message("MERCI DE NOUS CONTACTER RAPIDEMENT."))
    souple = lancer("check", claim)
    assert souple.exit_code == ExitCode.OK, souple.output
    assert "AVERTISSEMENT TON-04" in souple.stdout
    objet = json.loads(lancer("check", "--json", claim).stdout)
    valider(objet)
    (criard,) = [c for c in objet["findings"] if c["code"] == "TON-04"]
    # found in the claim (its place in claim.yaml) and in the letter that prints it (its page, line)
    assert (
        criard["ou"].endswith("options.message_libre")
        and criard["extrait"] == "MERCI DE NOUS CONTACTER RAPIDEMENT"
    )
    assert criard["document"]["fichier"] == "relance-1.pdf" and criard["document"]["page"] == 1
    sortie = tmp_path / "sortie"
    construit = lancer("build", claim, "-o", sortie, "--no-docx")
    assert construit.exit_code == ExitCode.OK and "AVERTISSEMENT TON-04" in construit.stdout
    calcul = json.loads((sortie / "calcul.json").read_text(encoding="utf-8"))
    assert [c for c in calcul["findings"] if c["code"] == "TON-04"] == [criard]
    strict = lancer("build", claim, "-o", tmp_path / "strict", "--strict")
    assert strict.exit_code == ExitCode.BLOCKING_FINDING and "BLOQUANT TON-04" in strict.stderr
    assert not (tmp_path / "strict").exists()


@pytest.mark.parametrize("code", sorted(c for c in registre() if c.startswith(("TON-", "MENT-", "FRAIS-0"))))
def test_explain_chaque_code_du_linter(code: str) -> None:
    entree = registre()[code]
    resultat = lancer("explain", code)
    assert resultat.exit_code == ExitCode.OK
    assert f"{code} — {entree.titre}" in resultat.stdout and f"Texte : {entree.article}" in resultat.stdout
    assert entree.article and entree.explication


# --- dossier plan ----------------------------------------------------------------------------------------

PROCHAINES = {
    "agence-mandat": ("relance_2", "2026-02-12", "Prochaine étape : la seconde relance"),
    "b2b-menuiserie": ("relance_2", "2025-11-20", "Prochaine étape : la seconde relance"),
    "bailleur-loyers": ("mise_en_demeure", "2026-01-28", "Prochaine étape : la mise en demeure"),
    "ecole-ogec": ("injonction", "2026-02-08", "Prochaine étape : la requête en injonction de payer"),
    "injonction-b2b": ("injonction", "2026-01-23", "Prochaine étape : la requête en injonction de payer"),
    "injonction-ogec": ("injonction", "2026-02-06", "Prochaine étape : la requête en injonction de payer"),
}


def test_plan_dans_l_aide() -> None:
    assert "plan" in lancer("--help").stdout


@pytest.mark.parametrize("claim", ECHANTILLONS, ids=IDS)
def test_plan_de_chaque_echantillon(claim: Path) -> None:
    etape, des_le, titre = PROCHAINES[claim.parent.name]
    resultat = lancer("plan", claim)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert titre in resultat.stdout and "Pourquoi :" in resultat.stdout
    assert "possible dès aujourd'hui" in resultat.stdout
    objet = json.loads(lancer("plan", "--json", claim).stdout)
    valider_plan(objet)
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == (etape, des_le, True)


def test_plan_explique_la_cadence_de_la_mise_en_demeure() -> None:
    sortie = lancer("plan", DEPOT / "samples" / "bailleur-loyers" / "claim.yaml").stdout
    assert (
        "la mise en demeure pourra être envoyée à partir du 28 janvier 2026, 16 jours après la relance 2 du "
        "12 janvier 2026" in sortie
    )


def test_plan_apres_mise_en_demeure_le_lendemain_du_delai() -> None:
    sortie = lancer("plan", DEPOT / "samples" / "ecole-ogec" / "claim.yaml").stdout
    assert "reçue le 23 janvier 2026, laissait 15 jours" in sortie
    assert (
        "le délai expire le 7 février 2026" in sortie and "à partir du lendemain, le 8 février 2026" in sortie
    )
    avant = json.loads(
        lancer(
            "plan", "--json", DEPOT / "samples" / "ecole-ogec" / "claim.yaml", "--date", "2026-02-07"
        ).stdout
    )
    assert (avant["etape"], avant["des_le"], avant["possible_aujourd_hui"]) == (
        "injonction",
        "2026-02-08",
        False,
    )


def test_plan_mise_en_demeure_sans_accuse_de_reception(tmp_path: Path) -> None:
    texte = CLAIM + 'courriers:\n  - {type: mise_en_demeure, date: "2026-03-02", envoi: lrar}\n'
    objet = json.loads(lancer("plan", "--json", ecrire_claim(tmp_path, texte), "--date", "2026-03-05").stdout)
    valider_plan(objet)
    assert (objet["etape"], objet["des_le"]) == (
        "injonction",
        "2026-03-11",
    )  # 8 days (default) from the letter
    assert "sans accusé de réception enregistré" in objet["raisons"][0]


def test_plan_d_abord_un_appel_puis_la_relance(tmp_path: Path) -> None:
    objet = json.loads(lancer("plan", "--json", ecrire_claim(tmp_path, CLAIM), "--date", "2026-02-10").stdout)
    valider_plan(objet)
    # due 14 February: the call from the 15th, the first reminder 5 days after the due date
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == ("appel", "2026-02-15", False)
    assert "la première relance pourra être envoyée à partir du 19 février 2026" in objet["ensuite"][0]


def test_plan_et_build_d_accord_sur_la_date(tmp_path: Path) -> None:
    """The date `plan` gives is the first day `check`/`build` drafts the letter: not one day before."""
    historique = 'echanges:\n  - {date: "2026-02-16", canal: telephone}\n'
    texte = CLAIM + historique + 'courriers:\n  - {type: relance_1, date: "2026-02-20"}\n'
    claim = ecrire_claim(tmp_path, texte)
    objet = json.loads(lancer("plan", "--json", claim, "--date", "2026-02-25").stdout)
    assert (objet["etape"], objet["des_le"]) == ("relance_2", "2026-03-02")
    veille = json.loads(lancer("check", "--json", claim, "--date", "2026-03-01").stdout)
    jour = json.loads(lancer("check", "--json", claim, "--date", "2026-03-02").stdout)
    assert [lettre["etape"] for lettre in veille["lettres"] if not lettre["copie"]] == []
    assert [lettre["etape"] for lettre in jour["lettres"] if not lettre["copie"]] == ["relance_2"]


def test_plan_suit_les_echeances(tmp_path: Path) -> None:
    plan = '\nplan:\n  nombre_echeances: 4\n  premiere_echeance: "2026-03-05"\n  moyen: virement\n'
    claim = ecrire_claim(tmp_path, CLAIM + plan)
    objet = json.loads(lancer("plan", "--json", claim, "--date", "2026-03-02").stdout)
    valider_plan(objet)
    assert (objet["etape"], objet["des_le"]) == ("echeance_plan", "2026-03-05")
    assert "échéance n° 1 sur 4 le 5 mars 2026" in objet["raisons"][0]
    # 5 April passed without any payment: a written warning before any déchéance du terme
    retard = json.loads(lancer("plan", "--json", claim, "--date", "2026-04-10").stdout)
    assert retard["etape"] == "echeance_plan" and "2 échéance(s) du plan passée(s)" in retard["raisons"][0]
    assert "déchéance du terme" in retard["raisons"][0]
    paye = CLAIM.replace(
        "paiements: []",
        'paiements:\n  - {date: "2026-03-04", montant: "465.00", moyen: virement}\n'
        '  - {date: "2026-04-05", montant: "465.00", moyen: virement}',
    )
    claim = ecrire_claim(tmp_path / "paye", paye + plan)
    suivi = json.loads(lancer("plan", "--json", claim, "--date", "2026-04-10").stdout)
    assert suivi["des_le"] == "2026-05-05" and "échéance n° 3 sur 4" in suivi["raisons"][0]


def test_plan_d_une_creance_prescrite(tmp_path: Path) -> None:
    claim = ecrire_claim(tmp_path, CLAIM_PRESCRIT)
    resultat = lancer("plan", claim)
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING
    assert "Prochaine étape : aucune démarche" in resultat.stdout and "PRESC-01" in resultat.stdout
    objet = json.loads(lancer("plan", "--json", claim).stdout)
    valider_plan(objet)
    assert (objet["etape"], objet["des_le"]) == ("aucune", None)


def test_plan_claim_invalide(tmp_path: Path) -> None:
    resultat = lancer("plan", ecrire_claim(tmp_path, CLAIM.replace('"2026-02-14"', '"2026-02-30"')))
    assert resultat.exit_code == ExitCode.INVALID_INPUT and "VALEUR-02" in resultat.stderr
