"""The `dossier` command through click's CliRunner (and once through the installed console script):
exit codes 0/2/3/4/6 with their messages, `check --json` against its JSON Schema, user parameter
files, `explain`, `taux`, `init`, and what `build` writes — or leaves untouched when it refuses.
"""

from __future__ import annotations

import doctest
import inspect
import json
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from functools import cache
from importlib import resources
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from jsonschema import Draft202012Validator

from dossier.cli.main import cli
from dossier.codes import registre
from dossier.exit_codes import ExitCode
from dossier.francais import ESPACE_FINE, montant_fr
from dossier.law.parametres.utilisateur import charger_parametres
from dossier.law.rules import module_de
from dossier.render.readback import normaliser, texte_pdf
from tests.golden.echantillons import date_longue, euros, jour
from tests.unit.test_skeleton import remplacer_les_exemples
from tests.verifications import (
    DERNIER_JOUR_CONNU,
    MONTANTS,
    PARAMETRES_SEMESTRE_INCONNU,
    PREMIER_JOUR_INCONNU,
    SEMESTRE_INCONNU,
    UN_MOIS_APRES,
    ecarts_calcul,
)

# a day past the published rates, and the last one they cover (never written as dates: tests/verifications.py)
APRES, DERNIER = UN_MOIS_APRES.isoformat(), DERNIER_JOUR_CONNU.isoformat()

DEPOT = Path(__file__).resolve().parents[2]
ECHANTILLONS = sorted((DEPOT / "samples").glob("*/claim.yaml"))
IDS = [chemin.parent.name for chemin in ECHANTILLONS]
B2B = DEPOT / "samples" / "b2b-menuiserie" / "claim.yaml"
ECOLE = DEPOT / "samples" / "ecole-ogec" / "claim.yaml"
# besides the documents, in every build
PRODUITS = [".dossier-sortie", "calcul.json", "manifest.json", "rapport.html", "rapport.pdf"]
SCHEMA = json.loads(
    resources.files("dossier").joinpath("schemas/calcul.schema.json").read_text(encoding="utf-8")
)

# A small valid claim (B2B, one invoice, nothing sent), to be spoiled by each test.
CLAIM = """\
version: 1
reference: "T-001"
date_edition: "2026-03-02"
creancier:
  nom: "Électricité Vidal"
  type: personne_morale
  forme: EURL
  professionnel: true
  siren: "908660244"
  adresse: {ligne1: "8 rue Lesdiguières", code_postal: "38000", ville: "Grenoble"}
  signataire: {nom: "Marc Vidal", qualite: "Gérant"}
debiteur:
  nom: "Café des Halles"
  type: personne_morale
  commercant: true
  adresse: {ligne1: "2 place aux Herbes", code_postal: "38000", ville: "Grenoble"}
factures:
  - numero: "2026-014"
    date: "2026-01-15"
    echeance: "2026-02-14"
    execution: "2026-01-12"
    montant_ttc: "1860.00"
paiements: []
"""
# The same sum, owed by a consumer for a service completed more than two years ago (C. conso. L218-2).
CLAIM_PRESCRIT = (
    CLAIM.replace('nom: "Café des Halles"\n  type: personne_morale\n  commercant: true',
             'nom: "Jean Martin"\n  type: personne_physique\n  consommateur: true')
    .replace('date: "2026-01-15"', 'date: "2023-01-15"')
    .replace('echeance: "2026-02-14"', 'echeance: "2023-02-14"')
    .replace('execution: "2026-01-12"', 'execution: "2023-01-12"')
)  # fmt: skip
# The prescribed invoice, and a recent one that is not.
CLAIM_EN_PARTIE_PRESCRIT = CLAIM_PRESCRIT.replace(
    "paiements: []",
    """  - numero: "2026-015"
    date: "2026-01-15"
    echeance: "2026-02-14"
    execution: "2026-01-12"
    montant_ttc: "300.00"
paiements: []""",
)
CLAIM_LIQUIDATION = CLAIM.replace(
    "  commercant: true\n",
    '  commercant: true\n  procedure_collective: {type: liquidation, date: "2026-02-02"}\n',
)


def lancer(*arguments: object, env: dict[str, str] | None = None) -> Result:
    """Run `dossier ARGUMENTS`; never a traceback, never an uncaught exception.

    DOSSIER_PARAMETRES is unset unless a test sets it: the developer's own must not leak in.
    """
    environnement: dict[str, str | None] = {"DOSSIER_PARAMETRES": None, **(env or {})}
    resultat = CliRunner().invoke(cli, [str(a) for a in arguments], env=environnement)
    sortie = resultat.stdout + resultat.stderr
    assert "Traceback" not in sortie, sortie
    assert resultat.exception is None or isinstance(resultat.exception, SystemExit), repr(resultat.exception)
    return resultat


@cache
def check_json(claim: Path) -> str:
    resultat = lancer("check", "--json", claim)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    return resultat.stdout


def valider(objet: dict[str, Any]) -> None:
    erreurs = [
        f"{list(e.absolute_path)} : {e.message}" for e in Draft202012Validator(SCHEMA).iter_errors(objet)
    ]
    assert erreurs == []


def ecrire_claim(dossier: Path, texte: str) -> Path:
    dossier.mkdir(parents=True, exist_ok=True)
    chemin = dossier / "claim.yaml"
    chemin.write_text(texte, encoding="utf-8")
    return chemin


def contenu(dossier: Path) -> list[str]:
    return sorted(p.relative_to(dossier).as_posix() for p in dossier.rglob("*"))


def position(texte: str, fragment: str) -> tuple[int, int]:
    """Line and column (from 1) where `fragment`'s value starts in `texte`."""
    avant = texte[: texte.index(fragment)]
    return avant.count("\n") + 1, len(avant) - avant.rfind("\n")


def test_claims_d_essai() -> None:
    """The claims the tests spoil are what they claim to be (a `replace` that misses is silent)."""
    assert "consommateur: true" in CLAIM_PRESCRIT and CLAIM_PRESCRIT.count('"2023-') == 3
    assert CLAIM_EN_PARTIE_PRESCRIT.count("numero:") == 2
    assert "procedure_collective: {type: liquidation" in CLAIM_LIQUIDATION


def test_claim_d_essai_valide(tmp_path: Path) -> None:
    objet = json.loads(lancer("check", "--json", ecrire_claim(tmp_path, CLAIM)).stdout)
    valider(objet)
    assert ecarts_calcul(objet) == []
    # 16 days of penalties (15 Feb → 2 March 2026) at 2.15 + 10 %, and the €40 indemnity.
    assert (objet["regime"], objet["principal_restant"]) == ("professionnel", "1860.00")
    assert (objet["interets"], objet["indemnites"], objet["total_du"]) == ("9.91", "40.00", "1909.91")
    # Relance 1 of a B2B claim asks for the principal and only recalls the penalties (Decisions).
    montants = {"principal": "1860.00", "interets": None, "indemnites": None, "clause_penale": None}
    montants["total"] = "1860.00"
    assert objet["lettres"] == [
        {
            "etape": "relance_1",
            "date": "2026-03-02",
            "copie": False,
            "fichier": "relance-1.pdf",
            "montants": montants,
        }
    ]


def test_version_et_aide() -> None:
    resultat = lancer("--version")
    assert resultat.exit_code == 0 and resultat.stdout == f"dossier, version {version('dossier')}\n"
    aide = lancer("--help")
    assert aide.exit_code == 0
    for commande in ("init", "check", "build", "explain", "taux"):
        assert commande in aide.stdout


# --- check -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("claim", ECHANTILLONS, ids=IDS)
def test_check_de_chaque_echantillon(claim: Path) -> None:
    resultat = lancer("check", claim)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    objet = json.loads(check_json(claim))
    assert f"Dossier {objet['reference']} — arrêté au {date_longue(jour(objet['date']))}" in resultat.stdout
    sortie = resultat.stdout.replace("\u202f", " ").replace("\xa0", " ")
    assert f"Total dû : {euros(objet['total_du'])}".replace("\u202f", " ").replace("\xa0", " ") in sortie


@pytest.mark.parametrize("claim", ECHANTILLONS, ids=IDS)
def test_check_json_conforme_au_schema_et_au_calcul(claim: Path) -> None:
    objet = json.loads(check_json(claim))
    valider(objet)
    assert all(isinstance(objet[nom], str) for nom in MONTANTS)
    assert ecarts_calcul(objet) == []
    assert objet["periodes"] or objet["regime"] == "civil"
    for periode in objet["periodes"]:
        assert periode["fourni_par_utilisateur"] is False


def test_check_json_conforme_meme_ligne_par_ligne() -> None:
    """The B2B sample's penalties, held by docs/droit.md § 4: ECB 2.15 + 10 points, from the day after
    each due date; the part-payment of 10 December reduces the base from the 11th."""
    objet = json.loads(check_json(B2B))
    lignes = [(p["facture"], p["du"], p["au"], p["base"], p["taux"]) for p in objet["periodes"]]
    assert lignes[:2] == [
        ("F-2025-118", "2025-11-02", "2025-12-10", "2480.00", "12.15"),
        ("F-2025-118", "2025-12-11", "2025-12-31", "1980.00", "12.15"),
    ]
    indemnites = {f["numero"]: f["indemnite"] for f in objet["factures"]}
    assert indemnites == {"F-2025-118": "40.00", "F-2025-131": "40.00"}


def test_valeurs_entre_crochets_imprimees_telles_quelles(tmp_path: Path) -> None:
    """The user's values are printed as written, never read as rich markup (« [/x] » used to crash
    the report with a traceback, « [red] » to vanish)."""
    texte = CLAIM.replace('reference: "T-001"', 'reference: "[/x]"').replace('"2026-014"', '"F[red]14"')
    resultat = lancer("check", ecrire_claim(tmp_path, texte))
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "Dossier [/x] — arrêté au 2 mars 2026" in resultat.stdout
    assert "F[red]14" in resultat.stdout


def test_check_claim_invalide(tmp_path: Path) -> None:
    texte = CLAIM.replace('echeance: "2026-02-14"', 'echeance: "2026-02-30"')
    claim = ecrire_claim(tmp_path, texte)
    ligne, colonne = position(texte, '"2026-02-30"')
    ou = f"claim.yaml:{ligne}:{colonne} factures[0].echeance"

    resultat = lancer("check", claim)
    assert resultat.exit_code == ExitCode.INVALID_INPUT
    assert "VALEUR-02" in resultat.stderr and ou in resultat.stderr and "2026-02-30" in resultat.stderr

    resultat = lancer("check", "--json", claim)
    assert resultat.exit_code == ExitCode.INVALID_INPUT
    objet = json.loads(resultat.stdout)
    valider(objet)
    assert all(objet[nom] is None for nom in MONTANTS)
    assert objet["factures"] == objet["periodes"] == objet["lettres"] == []
    (constat,) = [c for c in objet["findings"] if c["code"] == "VALEUR-02"]
    assert (constat["severite"], constat["ou"]) == ("bloquant", ou)
    assert "2026-02-30" in constat["message"] and constat["que_faire"]


def test_une_facture_invalide_un_seul_constat(tmp_path: Path) -> None:
    claim = ecrire_claim(tmp_path, CLAIM.replace('echeance: "2026-02-14"', 'echeance: "2026-02-30"'))
    objet = json.loads(lancer("check", "--json", claim).stdout)
    assert [c["code"] for c in objet["findings"]] == ["VALEUR-02"]


def test_check_fichier_absent(tmp_path: Path) -> None:
    resultat = lancer("check", tmp_path / "absent.yaml")
    assert resultat.exit_code in (ExitCode.USAGE, ExitCode.INVALID_INPUT)
    assert "absent.yaml" in resultat.output


@pytest.mark.donnees_datees
@pytest.mark.parametrize(
    ("claim", "periode"),
    [
        (ECOLE, SEMESTRE_INCONNU.libelle),
        (B2B, f"du {date_longue(PREMIER_JOUR_INCONNU)} au {date_longue(UN_MOIS_APRES)}"),
    ],
    ids=["interet-legal", "penalites"],
)
def test_date_au_dela_des_donnees_legales(claim: Path, periode: str) -> None:
    resultat = lancer("check", claim, "--date", APRES)
    assert resultat.exit_code == ExitCode.LAW_DATA_MISSING
    assert resultat.stderr.count("TAUX-01") == 1 and periode in resultat.stderr
    assert "--parametres" in resultat.stderr and "DOSSIER_PARAMETRES" in resultat.stderr

    resultat = lancer("check", "--json", claim, "--date", APRES)
    assert resultat.exit_code == ExitCode.LAW_DATA_MISSING
    objet = json.loads(resultat.stdout)
    valider(objet)
    assert all(objet[nom] is None for nom in MONTANTS)
    assert objet["date"] == APRES
    # every missing value in one finding, with what to do said once (issue 24)
    (constat,) = [c for c in objet["findings"] if c["code"] == "TAUX-01"]
    assert periode in constat["message"] and "publication : " in constat["message"]
    assert f"dossier taux --modele --at {APRES}" in constat["que_faire"]
    assert f"« --date {DERNIER} »" in constat["que_faire"]
    assert "--parametres" in constat["que_faire"] and "du:" not in constat["que_faire"]


@pytest.mark.donnees_datees
def test_build_au_dela_des_donnees_legales(tmp_path: Path) -> None:
    resultat = lancer("build", ECOLE, "--date", APRES, "--futur", "-o", tmp_path / "sortie")
    assert resultat.exit_code == ExitCode.LAW_DATA_MISSING and "TAUX-01" in resultat.stderr
    assert contenu(tmp_path) == []


def _verifier_valeurs_fournies(objet: dict[str, Any]) -> None:
    valider(objet)
    assert ecarts_calcul(objet) == []
    apres = [p for p in objet["periodes"] if p["du"] > DERNIER]
    avant = [p for p in objet["periodes"] if p["du"] <= DERNIER]
    assert apres and avant
    assert all(p["fourni_par_utilisateur"] and p["taux"] == "2.50" for p in apres)
    assert not any(p["fourni_par_utilisateur"] for p in avant)
    assert all(p["au"] <= DERNIER for p in avant)
    assert "TAUX-03" in {c["code"] for c in objet["findings"]}


@pytest.mark.donnees_datees
def test_fichier_de_parametres_utilisateur(tmp_path: Path) -> None:
    parametres = tmp_path / "taux-semestre.yaml"
    parametres.write_text(PARAMETRES_SEMESTRE_INCONNU, encoding="utf-8")
    resultat = lancer("check", "--json", ECOLE, "--date", APRES, "--parametres", parametres)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    _verifier_valeurs_fournies(json.loads(resultat.stdout))
    # The same file through the environment gives the same object.
    par_environnement = lancer(
        "check", "--json", ECOLE, "--date", APRES, env={"DOSSIER_PARAMETRES": str(parametres)}
    )
    assert par_environnement.exit_code == ExitCode.OK
    assert par_environnement.stdout == resultat.stdout


@pytest.mark.donnees_datees
def test_fichier_de_parametres_qui_recouvre_les_donnees(tmp_path: Path) -> None:
    parametres = tmp_path / "faux.yaml"
    dans_les_donnees = (DERNIER_JOUR_CONNU - timedelta(days=121)).isoformat()
    parametres.write_text(
        PARAMETRES_SEMESTRE_INCONNU.replace(PREMIER_JOUR_INCONNU.isoformat(), dans_les_donnees),
        encoding="utf-8",
    )
    resultat = lancer("check", ECOLE, "--parametres", parametres)
    assert resultat.exit_code == ExitCode.INVALID_INPUT
    assert "TAUX-02" in resultat.stderr and "faux.yaml" in resultat.stderr


# --- explain, taux ----------------------------------------------------------------------------------


def test_explain_presc_01() -> None:
    entree = registre()["PRESC-01"]
    resultat = lancer("explain", "PRESC-01")
    assert resultat.exit_code == ExitCode.OK
    assert f"PRESC-01 — {entree.titre}" in resultat.stdout
    assert entree.titre == "Toutes les factures restant dues sont prescrites"
    assert f"Texte : {entree.article}" in resultat.stdout and "C. conso. L218-2" in entree.article
    assert normaliser(entree.explication) in normaliser(resultat.stdout)
    assert lancer("explain", "presc-01").stdout == resultat.stdout


def test_explain_imprime_la_regle_sans_rien_perdre() -> None:
    """The rule's docstring is printed as written, brackets and « […] » included — all but its
    doctests, which prove the reading to developers (tests/cli/test_aide.py checks they are gone)."""
    module = module_de("PRESC-01")
    assert module is not None and module.__doc__
    sortie = lancer("explain", "PRESC-01").stdout
    exemples = [e.source.strip() for e in doctest.DocTestParser().get_examples(module.__doc__)]
    assert exemples
    perdues = [
        ligne
        for ligne in inspect.cleandoc(module.__doc__).split("\nExemples")[0].splitlines()
        if ligne.strip() not in sortie and "docs/droit.md" not in ligne
    ]
    assert perdues == []
    assert "[U]" in sortie and "[…]" in sortie


def test_explain_code_inconnu() -> None:
    resultat = lancer("explain", "XYZ-99")
    assert resultat.exit_code == ExitCode.USAGE
    assert "CODE-01" in resultat.stderr and "XYZ-99" in resultat.stderr


def test_taux_liste_les_valeurs_et_leurs_sources() -> None:
    resultat = lancer("taux")
    assert resultat.exit_code == ExitCode.OK
    sortie = resultat.stdout
    for parametre in charger_parametres():
        assert f"({parametre.id})" in sortie
        if parametre.connu_jusqu_au is not None:  # published period by period: it expires
            assert f"connu jusqu'au {date_longue(parametre.connu_jusqu_au)} ; publication : " in sortie
        for valeur in parametre.valeurs:
            if valeur.au == date.max:  # set by a text in force: no end date
                assert f"depuis le {date_longue(valeur.du)} : {montant_fr(valeur.valeur)} " in sortie
            else:
                periode = f"du {date_longue(valeur.du)} au {date_longue(valeur.au)}"
                assert f"{periode} : {montant_fr(valeur.valeur)} " in sortie
            assert valeur.source in sortie
    assert "0,87 % l'an" in sortie  # the oldest legal rate is listed too, in French figures
    assert f"5{ESPACE_FINE}000,00 €" in sortie  # the small-claims ceiling, thousands grouped
    assert "fixé par un texte : vaut jusqu'à ce qu'une nouvelle valeur datée le remplace" in sortie


def test_taux_a_une_date() -> None:
    """One line per value in force that day (issue 24: `taux --at` was 143 lines long)."""
    resultat = lancer("taux", "--at", "2026-03-01")
    assert resultat.exit_code == ExitCode.OK
    sortie = resultat.stdout
    lignes = sortie.splitlines()
    assert lignes[0] == "En vigueur le 1er mars 2026 (sources et historique : « dossier taux ») :"
    assert (
        "  taux de l'intérêt légal (autres cas) : 2,62 % l'an, du 1er janvier 2026 au 30 juin 2026 "
        "(C. mon. fin. L313-2, D313-1-A) [V]"
    ) in lignes
    assert any(
        "créancier particulier) : 6,67 % l'an, du 1er janvier 2026 au 30 juin 2026" in x for x in lignes
    )
    assert "0,87" not in sortie and "connu jusqu'au" not in sortie
    # One line per parameter — the value in force that day — and one for the default B2B rate.
    parametres = list(charger_parametres())
    assert len(lignes) == 1 + len(parametres) + 1
    for parametre in parametres:
        valeur = parametre.valeur_a(date(2026, 3, 1))
        assert valeur is not None
        assert any(ligne.startswith(f"  {valeur.description} : ") for ligne in lignes)
    assert "1er semestre 2026 : 12,15 % l'an ; une clause ne peut descendre sous 7,86 %" in sortie


@pytest.mark.donnees_datees
def test_taux_a_une_date_inconnue() -> None:
    # docs/decisions.md « Law data »: nothing is shown as « in force » past the known data.
    resultat = lancer("taux", "--at", APRES)
    assert resultat.exit_code == ExitCode.LAW_DATA_MISSING
    message = resultat.stderr
    assert (
        message.count("TAUX-01") == 1
        and f"3 valeurs publiées manquent pour calculer au {date_longue(UN_MOIS_APRES)}" in message
    )
    assert SEMESTRE_INCONNU.libelle in message and "publication : " in message
    assert "--parametres" in message and f"dossier taux --modele --at {APRES}" in message
    assert f"« --at {DERNIER} »" in " ".join(message.split())
    # the statute constants are in force that day: only the published rates are missing
    assert "majoration" not in message and "indemnité" not in message
    assert len(message.splitlines()) <= 8


@pytest.mark.donnees_datees
def test_taux_modele_ecrit_le_fichier_a_remplir(tmp_path: Path) -> None:
    jour = DERNIER_JOUR_CONNU + timedelta(days=157)  # 2026-12-04 with the data ending on 2026-06-30
    resultat = lancer("taux", "--modele", "--at", jour.isoformat())
    assert resultat.exit_code == ExitCode.OK
    texte = resultat.stdout
    assert texte.startswith(f"# Valeurs publiées inconnues de dossier au {date_longue(jour)}")
    for id in ("taux_interet_legal.autres_cas", "taux_interet_legal.particuliers", "taux_refinancement_bce"):
        assert f"\n  {id}:\n" in texte
    # the file, left as written, is refused at each « … » with its place; filled, check accepts it
    fichier = tmp_path / "parametres.yaml"
    fichier.write_text(texte, encoding="utf-8")
    refus = lancer("check", B2B, "--date", jour.isoformat(), "--parametres", fichier)
    assert refus.exit_code == ExitCode.INVALID_INPUT and "à remplacer par la valeur publiée" in refus.stderr
    rempli = (
        texte.replace('valeur: "…"', 'valeur: "2.40"')
        .replace('reference: "…"', 'reference: "Décision d\'essai"')
        .replace('source: "…"', 'source: "Communiqué d\'essai"')
    )
    fichier.write_text(rempli, encoding="utf-8")
    resultat = lancer("check", "--json", B2B, "--date", jour.isoformat(), "--parametres", fichier)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    objet = json.loads(resultat.stdout)
    assert any(p["fourni_par_utilisateur"] and p["taux"] == "12.40" for p in objet["periodes"])


def test_taux_modele_sans_valeur_manquante() -> None:
    resultat = lancer("taux", "--modele", "--at", "2026-03-01")
    assert resultat.exit_code == ExitCode.OK
    assert "Aucune valeur publiée ne manque au 1er mars 2026" in resultat.stdout


# --- init ------------------------------------------------------------------------------------------


def test_init_ecrit_un_squelette_que_check_accepte(tmp_path: Path) -> None:
    dossier = tmp_path / "nouveau"
    resultat = lancer("init", dossier)
    assert resultat.exit_code == ExitCode.OK
    assert (dossier / "claim.yaml").is_file() and (dossier / "pieces").is_dir()
    # The skeleton may have no date_edition: fix the day inside the known rate data. As written, its
    # example names, identifiers and accounts block (EXEMPLE-01); the rest of it is sound.
    verification = lancer("check", dossier / "claim.yaml", "--date", "2026-03-31")
    assert verification.exit_code == ExitCode.BLOCKING_FINDING, verification.output
    objet = json.loads(lancer("check", "--json", dossier / "claim.yaml", "--date", "2026-03-31").stdout)
    valider(objet)
    assert ecarts_calcul(objet) == []
    assert {f["code"] for f in objet["findings"] if f["severite"] == "bloquant"} == {"EXEMPLE-01"}
    assert "claim.yaml:" in verification.stdout and "creancier.banque.iban" in verification.stdout
    claim = dossier / "claim.yaml"
    claim.write_text(remplacer_les_exemples(claim.read_text(encoding="utf-8")), encoding="utf-8")
    rempli = lancer("check", claim, "--date", "2026-03-31")
    assert rempli.exit_code == ExitCode.OK, rempli.output
    assert "EXEMPLE-01" not in rempli.output


def test_init_deux_fois_ne_touche_pas_au_fichier(tmp_path: Path) -> None:
    assert lancer("init", tmp_path).exit_code == ExitCode.OK
    claim = tmp_path / "claim.yaml"
    claim.write_text(claim.read_text(encoding="utf-8") + "# mes notes\n", encoding="utf-8")
    avant = claim.read_bytes()
    resultat = lancer("init", tmp_path)
    assert resultat.exit_code == ExitCode.USAGE
    assert "SORTIE-02" in resultat.stderr and "claim.yaml" in resultat.stderr
    assert claim.read_bytes() == avant


# --- build -----------------------------------------------------------------------------------------


def _build(claim: Path, sortie: Path, *options: str) -> Result:
    return lancer("build", claim, "-o", sortie, *options)


def _sans_temporaire(parent: Path, attendus: Sequence[str]) -> None:
    """Nothing beside the output folder: the temporary folder is gone."""
    assert sorted(p.name for p in parent.iterdir()) == sorted(attendus)


def test_build_jusqua_mise_en_demeure(tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    resultat = _build(B2B, sortie, "--jusqua", "mise_en_demeure", "--no-docx")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert contenu(sortie) == sorted([*PRODUITS, "mise-en-demeure.pdf", "relance-1.pdf"])
    texte = normaliser("\n".join(texte_pdf((sortie / "mise-en-demeure.pdf").read_bytes())))
    objet = json.loads((sortie / "calcul.json").read_text(encoding="utf-8"))
    derniere = objet["lettres"][-1]
    assert {k: derniere[k] for k in ("etape", "date", "copie", "fichier")} == {
        "etape": "mise_en_demeure",
        "date": "2026-01-15",
        "copie": False,
        "fichier": "mise-en-demeure.pdf",
    }
    assert derniere["montants"]["total"] == objet["total_du"]
    assert "Mise en demeure de payer" in texte and "nous vous mettons en demeure" in texte
    assert "dans un délai de 8 jours" in texte and "titre exécutoire" in texte
    assert "Lettre recommandée avec demande d'avis de réception" in texte
    assert f"la somme de {euros(objet['total_du'])}" in texte
    _sans_temporaire(tmp_path, ["sortie"])


def test_build_jusqua_une_etape_depassee(tmp_path: Path) -> None:
    resultat = _build(ECOLE, tmp_path / "sortie", "--jusqua", "relance_1")
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING
    assert "ETAPE-02" in resultat.stderr
    assert contenu(tmp_path) == []


@pytest.mark.parametrize(
    ("texte", "code"),
    [(CLAIM_PRESCRIT, "PRESC-01"), (CLAIM_LIQUIDATION, "PROC-01")],
    ids=["prescrit", "liquidation"],
)
def test_build_refuse_ne_laisse_rien(tmp_path: Path, texte: str, code: str) -> None:
    claim = ecrire_claim(tmp_path / "dossier", texte)
    parent = tmp_path / "sorties"
    parent.mkdir()
    resultat = _build(claim, parent / "out")
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING, resultat.output
    assert code in resultat.stderr and "claim.yaml:" in resultat.stderr
    assert contenu(parent) == []
    assert lancer("check", claim).exit_code == ExitCode.BLOCKING_FINDING


def test_facture_prescrite_hors_des_totaux_et_des_lettres(tmp_path: Path) -> None:
    """docs/decisions.md « Prescription per invoice »: only some invoices prescribed → they leave every
    document and total, with a warning."""
    claim = ecrire_claim(tmp_path / "dossier", CLAIM_EN_PARTIE_PRESCRIT)
    resultat = lancer("check", claim)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "PRESC-02" in resultat.stdout and "PRESCRITE" in resultat.stdout
    objet = json.loads(lancer("check", "--json", claim).stdout)
    valider(objet)
    assert ecarts_calcul(objet) == []
    assert [(f["numero"], f["prescrite"]) for f in objet["factures"]] == [
        ("2026-014", True),
        ("2026-015", False),
    ]
    assert (objet["principal_restant"], objet["total_du"]) == ("300.00", "300.00")

    sortie = tmp_path / "sortie"
    assert _build(claim, sortie, "--no-docx").exit_code == ExitCode.OK
    texte = normaliser("\n".join(texte_pdf((sortie / "relance-1.pdf").read_bytes())))
    assert "2026-015" in texte and "2026-014" not in texte and "1 860,00" not in texte
    assert f"la somme de {euros('300.00')}" in texte


def test_build_sans_docx(tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    assert _build(B2B, sortie, "--no-docx").exit_code == ExitCode.OK
    assert contenu(sortie) == sorted([*PRODUITS, "relance-1.pdf", "relance-2.pdf"])
    # The folder gets the user's usual permissions, not those of a private temporary folder (0700).
    masque = os.umask(0o022)
    os.umask(masque)
    assert stat.S_IMODE(sortie.stat().st_mode) == 0o777 & ~masque


def test_build_vers_un_emplacement_impossible(tmp_path: Path) -> None:
    (tmp_path / "fichier").write_text("x", encoding="utf-8")
    resultat = _build(B2B, tmp_path / "fichier" / "sortie", "--no-docx")
    assert resultat.exit_code == ExitCode.USAGE
    assert "Erreur interne" not in resultat.stderr and "SORTIE-" in resultat.stderr


def test_build_ne_remplace_jamais_le_dossier_de_la_creance_meme_force(tmp_path: Path) -> None:
    claim = ecrire_claim(tmp_path, CLAIM)
    resultat = _build(claim, tmp_path, "--no-docx", "--force")
    assert resultat.exit_code == ExitCode.USAGE
    assert "SORTIE-04" in resultat.stderr
    assert claim.read_text(encoding="utf-8") == CLAIM


def test_build_dans_un_dossier_de_l_utilisateur(tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    sortie.mkdir()
    (sortie / "mes-notes.txt").write_text("à garder\n", encoding="utf-8")

    refus = _build(B2B, sortie, "--no-docx")
    assert refus.exit_code == ExitCode.USAGE
    assert "SORTIE-01" in refus.stderr and "--force" in refus.stderr
    assert contenu(sortie) == ["mes-notes.txt"]
    assert (sortie / "mes-notes.txt").read_text(encoding="utf-8") == "à garder\n"
    _sans_temporaire(tmp_path, ["sortie"])

    force = _build(B2B, sortie, "--no-docx", "--force")
    assert force.exit_code == ExitCode.OK, force.output
    assert contenu(sortie) == sorted([*PRODUITS, "relance-1.pdf", "relance-2.pdf"])
    conserves = [p for p in tmp_path.iterdir() if p.name.startswith("sortie.conserve-")]
    assert len(conserves) == 1 and contenu(conserves[0]) == ["mes-notes.txt"]
    assert (conserves[0] / "mes-notes.txt").read_text(encoding="utf-8") == "à garder\n"
    assert f"déplacé, intact, dans {conserves[0]}" in force.stdout and "mes-notes.txt" in force.stdout
    _sans_temporaire(tmp_path, ["sortie", conserves[0].name])


def test_rebuild_dans_une_sortie_precedente(tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    assert _build(B2B, sortie).exit_code == ExitCode.OK
    assert "relance-2.docx" in contenu(sortie)
    # The same folder again, without --force: an earlier output is replaced as a whole.
    resultat = _build(B2B, sortie, "--no-docx")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert contenu(sortie) == sorted([*PRODUITS, "relance-1.pdf", "relance-2.pdf"])
    _sans_temporaire(tmp_path, ["sortie"])
    assert "relance-2.pdf" in resultat.stdout


def test_build_vers_un_fichier(tmp_path: Path) -> None:
    fichier = tmp_path / "sortie"
    fichier.write_text("un fichier\n", encoding="utf-8")
    resultat = _build(B2B, fichier, "--no-docx", "--force")
    assert resultat.exit_code in (ExitCode.USAGE, ExitCode.INVALID_INPUT)
    assert fichier.read_text(encoding="utf-8") == "un fichier\n"
    _sans_temporaire(tmp_path, ["sortie"])


# --- the installed console script ----------------------------------------------------------------------


def test_script_dossier_installe() -> None:
    script = Path(sys.executable).parent / "dossier"
    executable = str(script) if script.exists() else shutil.which("dossier")
    assert executable, "le script « dossier » n'est pas installé (pip install -e .)"
    sortie = subprocess.run(
        [executable, "check", "--json", str(B2B)],
        capture_output=True,
        text=True,
        env={cle: v for cle, v in os.environ.items() if cle != "DOSSIER_PARAMETRES"},
        timeout=120,
    )
    assert sortie.returncode == 0, sortie.stderr
    assert "Traceback" not in sortie.stderr
    assert sortie.stdout == check_json(B2B)


# --- usage errors and --strict --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("check", B2B, "--date", "2026-13-01"), "valeur refusée pour l'option --date"),
        (("check", B2B, "--dtae", "2026-01-01"), "option inconnue « --dtae ». Vouliez-vous dire --date ?"),
        (("build", B2B), "l'option -o / --sortie manque : elle est obligatoire"),
        (("build",), "l'argument CLAIM manque : il est obligatoire"),
        (("build", B2B, "-o", "x", "--jusqua", "relance_3"), "valeur refusée pour l'option --jusqua"),
        (("chek", B2B), "commande inconnue : « chek »"),
    ],
)
def test_erreurs_d_usage_en_francais(arguments: tuple[object, ...], message: str) -> None:
    resultat = lancer(*arguments)
    assert resultat.exit_code == ExitCode.USAGE
    assert "USAGE-01" in resultat.stderr and message in resultat.stderr
    assert "Error" not in resultat.output and "Traceback" not in resultat.output


def test_strict_rend_les_avertissements_bloquants(tmp_path: Path) -> None:
    # A notice recorded without registered post: MED-01 is a warning, blocking under --strict.
    texte = CLAIM + 'courriers:\n  - type: mise_en_demeure\n    date: "2026-03-20"\n'
    claim = ecrire_claim(tmp_path, texte)
    souple = lancer("check", claim, "--date", "2026-03-31")
    assert souple.exit_code == ExitCode.OK, souple.output
    assert "AVERTISSEMENT MED-01" in souple.stdout
    strict = lancer("check", claim, "--date", "2026-03-31", "--strict")
    assert strict.exit_code == ExitCode.BLOCKING_FINDING
    assert "BLOQUANT MED-01" in strict.stdout
    refus = _build(claim, tmp_path / "sortie", "--date", "2026-03-31", "--strict")
    assert refus.exit_code == ExitCode.BLOCKING_FINDING
    assert not (tmp_path / "sortie").exists()


def test_imputation_sur_les_interets_d_abord_le_json_reste_coherent(tmp_path: Path) -> None:
    # C. civ. 1343-1: a part-payment pays accrued interest first; `interets` is what is still owed.
    texte = CLAIM.replace(
        "paiements: []\n",
        'paiements:\n  - {date: "2026-03-16", montant: "500.00", moyen: virement}\n'
        "options: {imputation: interets_d_abord}\n",
    )
    claim = ecrire_claim(tmp_path, texte)
    resultat = lancer("check", "--json", claim, "--date", "2026-03-31")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    objet = json.loads(resultat.stdout)
    valider(objet)
    assert ecarts_calcul(objet) == []
    assert Decimal(objet["interets_payes"]) > 0
    assert any(i["facture"] == "2026-014" and "1343-1" in i["regle"] for i in objet["imputations"])
