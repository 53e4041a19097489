"""The tone linter and the recovery calendar through the CLI: findings with their excerpt and
location in `check --json`, a threatening claim refused by `build` (exit 6, nothing written),
warnings blocking under --strict, `explain` for every tone code, and `dossier plan` on every
sample and on the cases its rules distinguish."""

from __future__ import annotations

import json
from decimal import ROUND_DOWN, Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from dossier.codes import registre
from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from dossier.tone.motifs_yaml import motifs
from dossier.tone.sollicitations import fenetres
from tests.cli.test_cli import CLAIM, CLAIM_PRESCRIT, contenu, ecrire_claim, lancer, position, valider
from tests.golden.echantillons import date_longue, euros, jour

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
        # the number is a claim value: the finding points at it in claim.yaml too
        ligne, colonne = position(texte, '"08 99 23 45 67"')
        assert constat["ou"] == f"claim.yaml:{ligne}:{colonne} creancier.contact.telephone"
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


def test_explain_montre_les_motifs_et_les_seuils() -> None:
    """B9: `explain TON-xx` prints the motifs.yaml entries of the code; TON-08 its thresholds."""
    sortie = lancer("explain", "TON-07").stdout
    for motif in motifs():
        if motif.code == "TON-07":
            assert f"{motif.nom} : {motif.raison}" in sortie and motif.suggestion in sortie
    seuils = lancer("explain", "TON-08").stdout
    assert "dossier/tone/sollicitations.yaml" in seuils and "harcelement" not in seuils
    for fenetre in fenetres():
        assert f"au plus {fenetre.maximum} prises de contact en {fenetre.jours} jours" in seuils


@pytest.mark.parametrize("code", sorted(c for c in registre() if c.startswith(("TON-", "MENT-", "FRAIS-0"))))
def test_explain_chaque_code_du_linter(code: str) -> None:
    entree = registre()[code]
    resultat = lancer("explain", code)
    assert resultat.exit_code == ExitCode.OK
    assert f"{code} — {entree.titre}" in resultat.stdout and f"Texte : {entree.article}" in resultat.stdout
    assert entree.article and entree.explication


# --- dossier plan ----------------------------------------------------------------------------------------

# sample -> (step, from which day, title, possible on the sample's day)
PROCHAINES = {
    "agence-mandat": ("relance_2", "2026-02-12", "Prochaine étape : la seconde relance", True),
    "b2b-menuiserie": ("relance_2", "2025-11-20", "Prochaine étape : la seconde relance", True),
    "bailleur-loyers": ("mise_en_demeure", "2026-01-28", "Prochaine étape : la mise en demeure", True),
    # the requête's delay has run, but the contract has no pièce (INJ-01): no date until it has one
    "ecole-ogec": ("injonction", None, "Prochaine étape : la requête en injonction de payer", False),
    "injonction-b2b": (
        "injonction",
        "2026-01-23",
        "Prochaine étape : la requête en injonction de payer",
        True,
    ),
    "injonction-ogec": (
        "injonction",
        "2026-02-06",
        "Prochaine étape : la requête en injonction de payer",
        True,
    ),
    # the first direct debit, three weeks after the agreement signed on the sample's day
    "plan-sepa": (
        "echeance_plan",
        "2026-05-05",
        "Prochaine étape : l'échéance suivante du plan de paiement",
        False,
    ),
    # the 4th instalment (Monday 11 May 2026) unpaid: its reminder from the day after
    "plan-virement": (
        "rappel_echeance",
        "2026-05-12",
        "Prochaine étape : le rappel courtois de l'échéance",
        True,
    ),
}


def test_plan_dans_l_aide() -> None:
    assert "plan" in lancer("--help").stdout


@pytest.mark.parametrize("claim", ECHANTILLONS, ids=IDS)
def test_plan_de_chaque_echantillon(claim: Path) -> None:
    etape, des_le, titre, possible = PROCHAINES[claim.parent.name]
    resultat = lancer("plan", claim)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert titre in resultat.stdout and "Pourquoi :" in resultat.stdout
    assert ("possible dès aujourd'hui" in resultat.stdout) is possible
    objet = json.loads(lancer("plan", "--json", claim).stdout)
    valider_plan(objet)
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == (etape, des_le, possible)
    assert (objet["echeancier"] is None) is ("plan:" not in claim.read_text(encoding="utf-8"))


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
    assert (avant["etape"], avant["possible_aujourd_hui"]) == ("injonction", False)


def test_plan_ne_propose_pas_une_requete_que_check_refuserait() -> None:
    """B6: the requête's delay has run, but `check --jusqua injonction` refuses it (INJ-01: the
    contract has no pièce) — `plan` says what is missing and gives no date."""
    claim = DEPOT / "samples" / "ecole-ogec" / "claim.yaml"
    refus = json.loads(lancer("check", "--json", claim, "--jusqua", "injonction").stdout)
    bloquants = {c["code"] for c in refus["findings"] if c["severite"] == "bloquant"}
    assert "INJ-01" in bloquants
    objet = json.loads(lancer("plan", "--json", claim).stdout)
    valider_plan(objet)
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == ("injonction", None, False)
    assert "ne peut pas être déposée en l'état" in objet["raisons"][0] and "(INJ-01)" in objet["raisons"][0]
    assert any("à partir du lendemain, le 8 février 2026" in r for r in objet["raisons"])
    humain = lancer("plan", claim).stdout
    assert "possible dès aujourd'hui" not in humain and "INJ-01" in humain
    # with its pièce recorded, the same claim may file the requête from the day after the delay
    injonction = DEPOT / "samples" / "injonction-ogec" / "claim.yaml"
    assert json.loads(lancer("plan", "--json", injonction).stdout)["possible_aujourd_hui"] is True


def test_plan_attend_la_fin_d_une_rafale_de_contacts(tmp_path: Path) -> None:
    """B7: the cadence allows the second reminder on 2 March, but two contacts in the week before
    would make a third one too many (TON-08): not before the first day the check stays silent —
    the day `check` drafts it without the warning."""
    consommateur = CLAIM.replace(
        'nom: "Café des Halles"\n  type: personne_morale\n  commercant: true',
        'nom: "Jean Martin"\n  type: personne_physique\n  consommateur: true',
    )
    historique = (
        "echanges:\n"
        '  - {date: "2026-02-16", canal: telephone, initiative: debiteur}\n'
        '  - {date: "2026-02-27", canal: sms}\n'
        '  - {date: "2026-03-01", canal: email}\n'
        'courriers:\n  - {type: relance_1, date: "2026-02-20"}\n'
    )
    claim = ecrire_claim(tmp_path, consommateur + historique)
    objet = json.loads(lancer("plan", "--json", claim, "--date", "2026-03-02").stdout)
    valider_plan(objet)
    # two contacts (27 February, 1 March) in the 7 days before: the next one from 6 March
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == (
        "relance_2",
        "2026-03-06",
        False,
    )
    assert any("TON-08" in r for r in objet["raisons"])
    for le, silencieux in (("2026-03-05", False), ("2026-03-06", True)):
        check = json.loads(lancer("check", "--json", claim, "--date", le).stdout)
        assert [lettre["etape"] for lettre in check["lettres"] if not lettre["copie"]] == ["relance_2"]
        avertis = [c for c in check["findings"] if c["code"] == "TON-08" and c["severite"] != "info"]
        assert (avertis == []) is silencieux, (le, avertis)
    # the same history toward a business: C. conso. L121-7 does not apply, the cadence alone
    affaires = ecrire_claim(tmp_path / "b2b", CLAIM + historique)
    objet = json.loads(lancer("plan", "--json", affaires, "--date", "2026-03-02").stdout)
    assert (objet["etape"], objet["des_le"]) == ("relance_2", "2026-03-02")


def test_plan_mise_en_demeure_sans_accuse_de_reception(tmp_path: Path) -> None:
    texte = CLAIM + 'courriers:\n  - {type: mise_en_demeure, date: "2026-03-02", envoi: lrar}\n'
    objet = json.loads(lancer("plan", "--json", ecrire_claim(tmp_path, texte), "--date", "2026-03-05").stdout)
    valider_plan(objet)
    # 8 days (default) from the letter; but no contract, no receipt, no invoice's pièce: the requête's
    # preconditions (INJ-01, INJ-04, INJ-14) are missing, so no date is given, only the reasons
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == ("injonction", None, False)
    assert "(INJ-01)" in objet["raisons"][0] and "(INJ-04)" in objet["raisons"][1]
    assert "(INJ-14)" in objet["raisons"][2]
    delai = objet["raisons"][3]
    assert "sans accusé de réception enregistré" in delai and "du lendemain, le 11 mars 2026" in delai


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


# A claim with an agreed plan of four monthly transfers: the creditor's account is required (VALEUR-09).
PLAN_B2B = (
    CLAIM.replace(
        '  signataire: {nom: "Marc Vidal"',
        '  banque: {iban: "FR7617806001000412345678964", bic: "AGRIFRPP878"}\n'
        '  signataire: {nom: "Marc Vidal"',
    )
    + '\nplan:\n  date_accord: "2026-03-02"\n  nombre_echeances: 4\n  premiere_echeance: "2026-03-05"\n'
    "  moyen: virement\n"
)


def _plan(claim: Path, jour: str | None = None) -> tuple[dict[str, Any], str]:
    """`plan --json` (validated) and the human output (plain spaces) as of `jour`."""
    date_ = ("--date", jour) if jour else ()
    objet = json.loads(lancer("plan", "--json", claim, *date_).stdout)
    valider_plan(objet)
    return objet, normaliser(lancer("plan", claim, *date_).stdout)


def _avec_paiements(texte: str, *paiements: tuple[str, Decimal]) -> str:
    lignes = "".join(f'  - {{date: "{d}", montant: "{m}", moyen: virement}}\n' for d, m in paiements)
    return texte.replace("paiements: []\n", f"paiements:\n{lignes}")


def test_plan_suit_les_echeances(tmp_path: Path) -> None:
    """The instalments are those of the schedule `build` writes: equal parts to the cent (the rest on
    the last), business days, payments covering them in order."""
    objet, sortie = _plan(ecrire_claim(tmp_path, PLAN_B2B), "2026-03-02")
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == (
        "echeance_plan",
        "2026-03-05",
        False,
    )
    plan = objet["echeancier"]
    total = Decimal(plan["total"])
    part = (total / 4).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    assert plan["prochaine"] == {"numero": 1, "date": "2026-03-05", "montant": str(part)}
    assert (plan["nombre_echeances"], plan["acompte"], plan["moyen"]) == (4, None, "virement")
    assert (plan["total_paye"], plan["retard"], plan["a_regler"], plan["impayee"]) == (
        "0.00",
        "0.00",
        str(part),
        None,
    )
    assert f"échéance n° 1 sur 4 le 5 mars 2026, {euros(part)} par virement" in sortie
    assert "Le 5 mars 2026 — dans 3 jours." in sortie

    # n° 1 paid the day before: n° 2, planned on Sunday 5 April 2026, is payable on Tuesday the 7th
    # (Easter Monday the 6th is a public holiday)
    claim = ecrire_claim(tmp_path / "une", _avec_paiements(PLAN_B2B, ("2026-03-04", part)))
    objet, sortie = _plan(claim, "2026-04-06")
    assert (objet["etape"], objet["des_le"]) == ("echeance_plan", "2026-04-07")
    assert objet["echeancier"]["prochaine"] == {"numero": 2, "date": "2026-04-07", "montant": str(part)}
    assert "échéance n° 2 sur 4 le 7 avril 2026" in sortie
    assert "(prévue le 5 avril 2026, reportée au premier jour ouvré)" in sortie

    # n° 2 unpaid on the 10th: the reminder of n° 2, from the day after its date, for its amount
    objet, sortie = _plan(claim, "2026-04-10")
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == (
        "rappel_echeance",
        "2026-04-08",
        True,
    )
    plan = objet["echeancier"]
    assert plan["impayee"] == {"numero": 2, "date": "2026-04-07", "montant": str(part)}
    assert (plan["retard"], plan["document"]) == (str(part), "rappel-echeance-2")
    assert "Prochaine étape : le rappel courtois de l'échéance impayée" in sortie

    # nothing paid at all: the first unpaid instalment is n° 1, the delay both instalments
    objet, _ = _plan(ecrire_claim(tmp_path, PLAN_B2B), "2026-04-10")
    assert objet["echeancier"]["impayee"]["numero"] == 1 and objet["echeancier"]["retard"] == str(2 * part)
    assert objet["echeancier"]["document"] == "rappel-echeance-1"

    # n° 1 and 2 paid, half of n° 3 ahead of time: n° 3 on 5 May, for what is left of it
    moitie = (part / 2).quantize(Decimal("0.01"))
    paye = _avec_paiements(PLAN_B2B, ("2026-03-04", part), ("2026-04-07", part), ("2026-04-09", moitie))
    objet, sortie = _plan(ecrire_claim(tmp_path / "paye", paye), "2026-04-10")
    assert (objet["etape"], objet["des_le"]) == ("echeance_plan", "2026-05-05")
    assert objet["echeancier"]["a_regler"] == str(part - moitie)
    assert (
        f"échéance n° 3 sur 4 le 5 mai 2026, {euros(part - moitie)} par virement (sur {euros(part)}" in sortie
    )
    assert "déjà réglés d'avance" in sortie


# --- dossier plan after a missed instalment: the same dates and amounts as the letters build writes ------

VIREMENT = DEPOT / "samples" / "plan-virement" / "claim.yaml"
SEPA = DEPOT / "samples" / "plan-sepa" / "claim.yaml"
RAPPEL_INSCRIT = '  - {type: rappel_echeance, date: "2026-05-20", accuse_reception: {date: "2026-05-22"}}\n'
DECHEANCE_INSCRITE = (
    '  - {type: decheance_du_terme, date: "2026-06-08", envoi: lrar, numero_lrar: "1A00000000001", '
    'accuse_reception: {date: "2026-06-10"}}\n'
)


def _echantillon(dossier: Path, echantillon: Path, courriers: str = "", paiements: str = "") -> Path:
    """The sample with letters appended to its `courriers` and payments to its `paiements`."""
    texte = echantillon.read_text(encoding="utf-8")
    for cle, ajout in (("courriers", courriers), ("echanges", paiements)):
        if ajout:
            assert texte.count(f"\n{cle}:\n") == 1
    texte = texte.replace("\ncourriers:\n", f"\ncourriers:\n{courriers}")
    texte = texte.replace("\nechanges:\n", f"\n{paiements}echanges:\n")
    return ecrire_claim(dossier, texte)


def _construire(claim: Path, sortie: Path, jour: str) -> dict[str, str]:
    resultat = lancer("build", claim, "-o", sortie, "--no-docx", "--date", jour)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    return {p.name: normaliser(" ".join(texte_pdf(p.read_bytes()))) for p in sortie.glob("*.pdf")}


def test_plan_echeance_manquee_le_rappel_que_build_redige(tmp_path: Path) -> None:
    # The 4th instalment's day (planned Sunday 10 May 2026, payable Monday the 11th): nothing late yet.
    objet, sortie = _plan(VIREMENT, "2026-05-11")
    assert (objet["etape"], objet["des_le"]) == ("echeance_plan", "2026-05-11")
    assert "Le 11 mai 2026 — aujourd'hui." in sortie and "échéance n° 4 sur 5 le 11 mai 2026" in sortie

    # On the sample's day (20 May): the reminder of n° 4 is due now, and build writes it.
    objet, sortie = _plan(VIREMENT)
    plan = objet["echeancier"]
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == (
        "rappel_echeance",
        "2026-05-12",
        True,
    )
    assert plan["impayee"]["numero"] == 4 and plan["document"] == "rappel-echeance-4"
    assert plan["fin_preavis"] == "2026-06-04"  # a reminder sent today: 15 days from its date at the earliest
    textes = _construire(VIREMENT, tmp_path / "sortie", "2026-05-20")
    rappel = textes[f"{plan['document']}.pdf"]
    impayee, retard = plan["impayee"], Decimal(plan["retard"])
    assert (
        f"l'échéance n° 4/5 du {date_longue(jour(impayee['date']))}, d'un montant de "
        f"{euros(impayee['montant'])}, n'a pas été réglée en entier : à ce jour, le retard s'élève à "
        f"{euros(retard)}" in rappel
    )
    assert retard == Decimal("1220.84")  # the figure
    assert (
        f"l'échéance n° 4 sur 5 du 11 mai 2026 ({euros(impayee['montant'])}) n'est pas réglée en entier : le "
        f"retard s'élève à {euros(retard)} au 20 mai 2026 ; un rappel courtois" in sortie
    )
    assert "dossier build le rédige (rappel-echeance-4.pdf)" in sortie
    # the next instalment, as the échéancier lists it
    prochaine = plan["prochaine"]
    assert (
        f"5/5 — {jour(prochaine['date']).strftime('%d/%m/%Y')} — {euros(prochaine['montant'])}"
        in textes["echeancier.pdf"]
    )
    assert f"échéance n° 5 sur 5 le 10 juin 2026, {euros(prochaine['montant'])} par virement" in sortie


def test_plan_rappel_inscrit_preavis_puis_decheance_le_lendemain(tmp_path: Path) -> None:
    claim = _echantillon(tmp_path / "rappel", VIREMENT, RAPPEL_INSCRIT)
    # The reminder of 20 May, received on the 22nd: notice until 6 June; nothing to send till then.
    objet, sortie = _plan(claim, "2026-06-06")
    plan = objet["echeancier"]
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == (
        "decheance_du_terme",
        "2026-06-07",
        False,
    )
    assert (plan["fin_preavis"], plan["document"]) == ("2026-06-06", None)
    annonce = Decimal(plan["exigible_apres_decheance"])
    assert "le rappel du 20 mai 2026, reçu le 22 mai 2026, laisse au débiteur jusqu'au 6 juin 2026" in sortie
    assert "rien n'est à envoyer pendant ce préavis" in sortie
    assert "pourra être envoyée à partir du 7 juin 2026" in sortie and f"soit {euros(annonce)}" in sortie

    # The day after: the notice is due; build writes it with the very amount announced the day before.
    objet, sortie = _plan(claim, "2026-06-07")
    plan = objet["echeancier"]
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == (
        "decheance_du_terme",
        "2026-06-07",
        True,
    )
    assert plan["document"] == "decheance-du-terme" and Decimal(plan["exigible_apres_decheance"]) == annonce
    textes = _construire(claim, tmp_path / "sortie", "2026-06-07")
    notification = textes["decheance-du-terme.pdf"]
    assert f"la totalité du solde du plan devient exigible, soit la somme de {euros(annonce)}" in notification
    assert f"Paiements échus et non réglés {euros(plan['retard'])}" in notification
    assert f"jusqu'au {date_longue(jour(plan['fin_preavis']))}" in notification
    assert annonce == Decimal("2436.30")  # worked out by hand in tests/cli/test_echeancier_cli.py
    assert "dossier build la rédige (decheance-du-terme.pdf)" in sortie
    assert f"rend exigible tout le solde du plan, soit {euros(annonce)}" in sortie

    # The delay paid during the notice period: the plan goes on, next instalment n° 5.
    regle = _echantillon(
        tmp_path / "regle",
        VIREMENT,
        RAPPEL_INSCRIT,
        '  - {date: "2026-06-01", montant: "1220.84", moyen: virement}\n',
    )
    objet, sortie = _plan(regle, "2026-06-08")
    assert (objet["etape"], objet["des_le"]) == ("echeance_plan", "2026-06-10")
    assert objet["echeancier"]["retard"] == "0.00" and objet["echeancier"]["prochaine"]["numero"] == 5


def test_plan_apres_la_decheance_mise_en_demeure_puis_injonction(tmp_path: Path) -> None:
    claim = _echantillon(tmp_path / "decheance", VIREMENT, RAPPEL_INSCRIT + DECHEANCE_INSCRITE)
    # Notified on 8 June, received on the 10th, giving 8 days (options default): the notice from 19 June.
    objet, sortie = _plan(claim, "2026-06-12")
    plan = objet["echeancier"]
    assert (objet["etape"], objet["des_le"], objet["possible_aujourd_hui"]) == (
        "mise_en_demeure",
        "2026-06-19",
        False,
    )
    assert (plan["decheance_du_terme"], plan["exigible_apres_decheance"], plan["prochaine"]) == (
        "2026-06-08",
        "2436.30",
        None,
    )
    assert "la déchéance du terme notifiée le 8 juin 2026, reçue le 10 juin 2026, a rendu exigible" in sortie
    assert "jusqu'au 18 juin 2026" in sortie and "dossier build --jusqua mise_en_demeure" in sortie
    assert "déchéance du terme notifiée le 8 juin 2026." in sortie  # the plan's summary line
    # what the calendar says build does: the notice drafted on request that day
    verifie = json.loads(
        lancer("check", "--json", claim, "--date", "2026-06-19", "--jusqua", "mise_en_demeure").stdout
    )
    assert [(x["etape"], x["date"]) for x in verifie["lettres"] if not x["copie"]] == [
        ("mise_en_demeure", "2026-06-19")
    ]

    # A payment since the notification lowers what is left.
    paye = _echantillon(
        tmp_path / "paye",
        VIREMENT,
        RAPPEL_INSCRIT + DECHEANCE_INSCRITE,
        '  - {date: "2026-06-11", montant: "1000.00", moyen: virement}\n',
    )
    _, sortie = _plan(paye, "2026-06-12")
    assert f"{euros('1000.00')} reçus depuis, reste {euros('1436.30')}" in sortie

    # A mise en demeure sent before the plan (plan-sepa) does not open the requête for the plan's
    # balance (docs/decisions.md « After a signed plan, the plan governs »): a new notice first,
    # after the déchéance's delay.
    sepa = _echantillon(
        tmp_path / "sepa",
        SEPA,
        '  - {type: rappel_echeance, date: "2026-05-07", accuse_reception: {date: "2026-05-09"}}\n'
        '  - {type: decheance_du_terme, date: "2026-05-26", envoi: lrar, numero_lrar: "1A00000000002", '
        'accuse_reception: {date: "2026-05-28"}}\n',
    )
    objet, sortie = _plan(sepa, "2026-05-29")
    # the déchéance's delay runs until 5 June
    assert (objet["etape"], objet["des_le"]) == ("mise_en_demeure", "2026-06-06")
    assert objet["echeancier"]["exigible_apres_decheance"] == objet["echeancier"]["total"]  # nothing paid
    assert "la mise en demeure du 12 janvier 2026, antérieure à la déchéance du terme, ne vaut pas" in sortie
    assert "dossier build --jusqua mise_en_demeure" in sortie
    # the notice of the balance sent after the déchéance: the requête, once its own delay has run
    apres = _echantillon(
        tmp_path / "sepa-med",
        SEPA,
        '  - {type: rappel_echeance, date: "2026-05-07", accuse_reception: {date: "2026-05-09"}}\n'
        '  - {type: decheance_du_terme, date: "2026-05-26", envoi: lrar, numero_lrar: "1A00000000002", '
        'accuse_reception: {date: "2026-05-28"}}\n'
        '  - {type: mise_en_demeure, date: "2026-06-08", envoi: lrar, numero_lrar: "1A00000000003", '
        'delai_jours: 8, accuse_reception: {date: "2026-06-10"}}\n',
    )
    objet, sortie = _plan(apres, "2026-06-12")
    # the sample files no pièce of its contract (INJ-01): plan says so and gives no date yet
    assert (objet["etape"], objet["des_le"]) == ("injonction", None)
    assert "possible à partir du 19 juin 2026" in sortie and "(INJ-01)" in sortie
    assert "la mise en demeure du solde, du 8 juin 2026" in sortie
    assert "dossier build --jusqua injonction" in sortie


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


# --- the adversarial review (issue 4): check ≡ build, labels, names, duplicates, history -----------------


def _copie_echantillon(tmp_path: Path, nom: str, *remplacements: tuple[str, str]) -> Path:
    """A sample's folder (its pièces with it) copied, claim.yaml edited: `(old, new)` each once."""
    import shutil

    dossier = tmp_path / nom
    shutil.copytree(DEPOT / "samples" / nom, dossier)
    claim = dossier / "claim.yaml"
    texte = claim.read_text(encoding="utf-8")
    for avant, apres in remplacements:
        assert texte.count(avant) == 1, avant
        texte = texte.replace(avant, apres)
    claim.write_text(texte, encoding="utf-8")
    return claim


def test_check_relit_les_documents_du_tribunal_comme_build(tmp_path: Path) -> None:
    """B3: a text only the court documents print (the court's name) is refused by `check` as by
    `build`: check builds the requête and its annexes in memory and reads them back."""
    claim = _copie_echantillon(
        tmp_path,
        "injonction-ogec",
        (
            '  nom: "Tribunal judiciaire de Chambéry"',
            '  nom: "Tribunal judiciaire de Chambéry — République française"',
        ),
    )
    objet = json.loads(lancer("check", "--json", claim).stdout)
    valider(objet)
    emblemes = [c for c in objet["findings"] if c["code"] == "TON-02"]
    assert emblemes and all(c["severite"] == "bloquant" for c in emblemes)
    assert {c["document"]["fichier"] for c in emblemes} >= {"injonction/requete.pdf"}
    assert all(c["ou"].endswith("juridiction.nom") for c in emblemes)  # where the words come from
    assert lancer("check", claim).exit_code == ExitCode.BLOCKING_FINDING
    refus = lancer("build", claim, "-o", tmp_path / "sortie", "--no-docx")
    assert refus.exit_code == ExitCode.BLOCKING_FINDING and "TON-02" in refus.stderr
    assert not (tmp_path / "sortie").exists()


def test_propos_du_debiteur_rapportes_a_l_historique(tmp_path: Path) -> None:
    """B3: « M. Chabert parle de porter plainte » is the debtor's word, reported to the judge in the
    historique (which prints it, read back below): marked `auteur: debiteur`, no threat — check and
    build both accept it. Unmarked, the summary is the creditor's text and is read (issue 14)."""
    resume = "M. Chabert conteste la facture, parle de porter plainte pour malfaçon et de saisir son avocat."
    ancien = 'resume: "M. Chabert annonce un règlement avant la fin novembre."'
    lu = _copie_echantillon(tmp_path / "lu", "injonction-b2b", (ancien, f'resume: "{resume}"'))
    refus = json.loads(lancer("check", "--json", lu).stdout)
    assert {c["ou"].split(" ")[-1] for c in refus["findings"] if c["code"] == "TON-01"} == {
        "echanges[1].resume"
    }
    claim = _copie_echantillon(
        tmp_path, "injonction-b2b", (ancien, f'resume: "{resume}"\n    auteur: debiteur')
    )
    objet = json.loads(lancer("check", "--json", claim).stdout)
    assert [c for c in objet["findings"] if c["code"].startswith("TON-")] == []
    sortie = tmp_path / "sortie"
    construit = lancer("build", claim, "-o", sortie, "--no-docx")
    assert construit.exit_code == ExitCode.OK, construit.output
    historique = normaliser(" ".join(texte_pdf((sortie / "injonction" / "historique.pdf").read_bytes())))
    assert "parle de porter plainte" in historique


def test_libelles_et_noms_des_parties(tmp_path: Path) -> None:
    """Labels name the service sold (no visit threatened), names in capitals are no shouting; but a
    threat in the contract's object is one finding (B2: two entries of one code, one finding)."""
    texte = (
        CLAIM.replace('nom: "Électricité Vidal"', 'nom: "ATELIER DURAND SARL"')
        .replace('nom: "Café des Halles"', 'nom: "BOULANGERIE PETIT ET FILS"')
        .replace(
            '    montant_ttc: "1860.00"',
            '    montant_ttc: "1860.00"\n    libelle: "Déplacement à votre domicile"',
        )
        .replace(
            "paiements: []",
            'paiements: []\ncontrat: {type: prestation, objet: "Dépannage", date: "2026-01-10"}',
        )
    )
    objet = json.loads(lancer("check", "--json", ecrire_claim(tmp_path, texte)).stdout)
    valider(objet)
    assert [lettre["etape"] for lettre in objet["lettres"]] == ["relance_1"]  # read back: it prints both
    assert [c for c in objet["findings"] if c["code"].startswith(("TON-", "FRAIS-04"))] == []
    menace = texte.replace('objet: "Dépannage"', 'objet: "Dépannage ; saisie sur salaire envisagée"')
    objet = json.loads(lancer("check", "--json", ecrire_claim(tmp_path / "menace", menace)).stdout)
    saisies = [c for c in objet["findings"] if c["code"] == "TON-01"]
    assert len(saisies) == 1 and saisies[0]["ou"].endswith("contrat.objet"), saisies
    assert saisies[0]["extrait"] == "saisie sur salaire"
