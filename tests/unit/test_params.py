"""The dated legal parameters: the data as docs/droit.md § 7 lists it, and the refusal to guess beyond it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from dossier.errors import InvalidClaim, LawDataMissing
from dossier.exit_codes import ExitCode
from dossier.francais import date_longue
from dossier.law.calendrier import semestre
from dossier.law.montants.baremes import baremes
from dossier.law.parametres.format import erreurs_d_entete
from dossier.law.parametres.lecture import ENV_PARAMETRES, parametres_officiels, valeur_a
from dossier.law.parametres.modeles import ParametreYaml
from dossier.law.parametres.utilisateur import charger_parametres, chemin_parametres_utilisateur
from tests.verifications import (
    DERNIER_JOUR_CONNU,
    PARAMETRES_SEMESTRE_INCONNU,
    PREMIER_JOUR_INCONNU,
    SEMESTRE_INCONNU,
    UN_MOIS_APRES,
)

DEBUT, FIN = SEMESTRE_INCONNU.debut.isoformat(), SEMESTRE_INCONNU.fin.isoformat()

# docs/droit.md § 7: semester, particuliers, autres cas, mark
TAUX_LEGAL = [
    ((2020, 1), "3.15", "0.87", "S"),
    ((2020, 2), "3.11", "0.84", "S"),
    ((2021, 1), "3.14", "0.79", "S"),
    ((2021, 2), "3.12", "0.76", "S"),
    ((2022, 1), "3.13", "0.76", "S"),
    ((2022, 2), "3.15", "0.77", "S"),
    ((2023, 1), "4.47", "2.06", "S"),
    ((2023, 2), "6.82", "4.22", "S"),
    ((2024, 1), "8.01", "5.07", "S"),
    ((2024, 2), "8.16", "4.92", "S"),
    ((2025, 1), "7.21", "3.71", "S"),
    ((2025, 2), "6.65", "2.76", "S"),
    ((2026, 1), "6.67", "2.62", "V"),
]

# docs/droit.md § 7: default B2B penalty rate (ECB on 1 January / 1 July + 10 points)
PENALITES_PAR_DEFAUT = {
    **{f"{'1er' if s == 1 else '2e'} semestre {a}": "10.00" for a in (2020, 2021, 2022) for s in (1, 2)},
    "1er semestre 2023": "12.50",
    "2e semestre 2023": "14.00",
    "1er semestre 2024": "14.50",
    "2e semestre 2024": "14.25",
    "1er semestre 2025": "13.15",
    "2e semestre 2025": "12.15",
    "1er semestre 2026": "12.15",
}

IDS = {
    "taux_interet_legal.particuliers",
    "taux_interet_legal.autres_cas",
    "taux_refinancement_bce",
    "penalites_retard.majoration",
    "penalites_retard.multiple_plancher",
    "indemnite_forfaitaire.montant",
    "prescription.commerciale",
    "prescription.droit_commun",
    "prescription.consommation",
    "prescription.bail_habitation",
    "prescription.seuil_alerte",
    "prescription.seuil_injonction",
    "petites_creances.plafond",
}
# published period by period: the only values that expire
# (docs/decisions.md « Statute constants do not expire »)
PUBLIEES = {"taux_interet_legal.particuliers", "taux_interet_legal.autres_cas", "taux_refinancement_bce"}


def test_every_parameter_file_loads_with_its_sources() -> None:
    parametres = list(parametres_officiels())
    assert {p.id for p in parametres} == IDS
    for parametre in parametres:
        assert parametre.article and parametre.description
        for valeur in parametre.valeurs:
            assert valeur.reference and valeur.source and valeur.fiabilite in ("V", "S", "U")
            assert not valeur.fourni_par_utilisateur
        assert parametre.publication
        # contiguous: each value runs to the eve of the next, the last one to connu_jusqu_au, or
        # without end for a value a text sets (docs/decisions.md « Statute constants do not expire »)
        for precedente, suivante in zip(parametre.valeurs, parametre.valeurs[1:], strict=False):
            assert (suivante.du - precedente.au).days == 1
        assert parametre.valeurs[-1].au == (parametre.connu_jusqu_au or date.max)
        assert parametre.publiee_par_periode == (parametre.id in PUBLIEES)


def test_statute_constants_do_not_expire() -> None:
    """L441-10's 10 points and 3x floor, D441-5's 40 EUR, the prescription periods: no end date."""
    loin = date(2040, 1, 1)
    assert valeur_a("penalites_retard.majoration", loin).valeur == Decimal("10")
    assert valeur_a("penalites_retard.multiple_plancher", loin).valeur == Decimal("3")
    assert valeur_a("indemnite_forfaitaire.montant", loin).valeur == Decimal("40.00")
    assert valeur_a("prescription.commerciale", loin).valeur == 5
    # only the values published period by period expire
    for id in PUBLIEES:
        with pytest.raises(LawDataMissing):
            valeur_a(id, loin)


def test_a_package_file_says_whether_it_expires() -> None:
    brut = ParametreYaml.model_validate(
        {
            "id": "x",
            "description": "x",
            "article": "x",
            "unite": "points",
            "periodicite": "libre",
            "publication": "Légifrance",
            "valeurs": [
                {"du": "2019-04-26", "valeur": "10", "reference": "r", "source": "s", "fiabilite": "V"}
            ],
        }
    )
    assert "soit « connu_jusqu_au »" in erreurs_d_entete(brut)[0]
    deux = brut.model_copy(update={"depuis": date(2019, 4, 26), "connu_jusqu_au": date(2026, 6, 30)})
    assert "soit « connu_jusqu_au »" in erreurs_d_entete(deux)[0]
    assert erreurs_d_entete(brut.model_copy(update={"depuis": date(2019, 4, 26)})) == []
    faux = erreurs_d_entete(brut.model_copy(update={"depuis": date(2020, 1, 1)}))
    assert "date de la dernière valeur" in faux[0]


@pytest.mark.parametrize(("periode", "particuliers", "autres_cas", "marque"), TAUX_LEGAL)
def test_legal_rate_semester_by_semester(
    periode: tuple[int, int], particuliers: str, autres_cas: str, marque: str
) -> None:
    annee, numero = periode
    debut = date(annee, 1 if numero == 1 else 7, 1)
    milieu = date(annee, 3 if numero == 1 else 10, 15)
    for categorie, attendu in (("particuliers", particuliers), ("autres_cas", autres_cas)):
        valeur = valeur_a(f"taux_interet_legal.{categorie}", milieu)
        assert valeur.valeur == Decimal(attendu)
        assert (valeur.du, valeur.au) == (debut, semestre(debut).fin)
        assert valeur.fiabilite == marque
        assert valeur.reference.startswith("Arrêté du ")


def test_2026_first_half_cites_its_arrete() -> None:
    valeur = valeur_a("taux_interet_legal.autres_cas", date(2026, 1, 1))
    assert "15 décembre 2025" in valeur.reference and valeur.source == "JORF 26 déc. 2025"


@pytest.mark.donnees_datees
def test_default_penalty_rates_match_the_published_table() -> None:
    tableau = {p.semestre: p.taux for p in baremes().penalites}
    for libelle, attendu in PENALITES_PAR_DEFAUT.items():
        assert tableau[libelle] == Decimal(attendu), libelle
    assert SEMESTRE_INCONNU.libelle not in tableau


def test_ecb_rate_is_read_on_the_first_day_of_the_half_year() -> None:
    # the ECB cut to 2.15 % on 2025-06-11, but 1st half 2025 keeps the rate of 1 January (3.15 %)
    assert valeur_a("taux_refinancement_bce", date(2025, 6, 20)).valeur == Decimal("2.15")
    premier = next(p for p in baremes().penalites if p.semestre == "1er semestre 2025")
    assert premier.taux == Decimal("13.15") and "1er janvier 2025" in premier.source


def test_statutory_values() -> None:
    jour = date(2026, 1, 15)
    assert valeur_a("penalites_retard.majoration", jour).valeur == Decimal("10")
    assert valeur_a("penalites_retard.multiple_plancher", jour).valeur == Decimal("3")
    assert valeur_a("indemnite_forfaitaire.montant", jour).valeur == Decimal("40.00")
    assert valeur_a("indemnite_forfaitaire.montant", jour).du == date(2013, 1, 1)
    annees = {
        id: valeur_a(id, jour).valeur for id in IDS if id.startswith("prescription.") and "seuil" not in id
    }
    assert annees == {
        "prescription.commerciale": 5,
        "prescription.droit_commun": 5,
        "prescription.consommation": 2,
        "prescription.bail_habitation": 3,
    }
    assert valeur_a("prescription.seuil_alerte", jour).valeur == 60


@pytest.mark.donnees_datees
def test_the_next_half_year_is_never_guessed() -> None:
    with pytest.raises(LawDataMissing) as erreur:
        valeur_a("taux_interet_legal.autres_cas", PREMIER_JOUR_INCONNU)
    assert erreur.value.exit_code is ExitCode.LAW_DATA_MISSING
    (manquant,) = erreur.value.constats
    assert manquant.code == "TAUX-01" and manquant.bloquant
    assert f"taux de l'intérêt légal (autres cas), {SEMESTRE_INCONNU.libelle}" in manquant.message
    # French dates, where the value is published, and the command that writes the file to fill
    assert f"du 1er janvier 2020 au {date_longue(DERNIER_JOUR_CONNU)}" in manquant.message
    assert "publication : Journal officiel" in manquant.message
    assert f"dossier taux --modele --at {PREMIER_JOUR_INCONNU.isoformat()}" in manquant.que_faire
    assert "--parametres" in manquant.que_faire and ENV_PARAMETRES in manquant.que_faire
    assert "version: 1" not in manquant.que_faire and "du:" not in manquant.que_faire


def test_before_the_data_is_refused_too() -> None:
    with pytest.raises(LawDataMissing) as erreur:
        valeur_a("taux_interet_legal.particuliers", date(2019, 12, 31))
    assert "2e semestre 2019" in erreur.value.constats[0].message


@pytest.mark.donnees_datees
def test_every_missing_value_is_named_at_once() -> None:
    with pytest.raises(LawDataMissing) as erreur:
        baremes(UN_MOIS_APRES)
    messages = " ".join(c.message for c in erreur.value.constats)
    assert "taux de refinancement de la BCE" in messages and "(particuliers" not in messages
    assert (
        f"créancier particulier), {SEMESTRE_INCONNU.libelle}" in messages
        and f"(autres cas), {SEMESTRE_INCONNU.libelle}" in messages
    )


def test_taux_at_a_date_lists_the_values_in_force() -> None:
    tableau = baremes(date(2025, 9, 1))
    assert all(len(f.valeurs) == 1 for f in tableau.parametres)
    assert [(p.semestre, p.taux, p.plancher) for p in tableau.penalites] == [
        ("2e semestre 2025", Decimal("12.15"), Decimal("8.28"))
    ]


@pytest.mark.donnees_datees
def test_the_last_known_day_is_the_last_day_every_published_value_is_known() -> None:
    assert baremes().connu_jusqu_au == DERNIER_JOUR_CONNU
    for id in PUBLIEES:
        assert valeur_a(id, DERNIER_JOUR_CONNU).valeur is not None
    with pytest.raises(LawDataMissing):
        baremes(PREMIER_JOUR_INCONNU)


def _fichier(tmp_path: Path, texte: str) -> Path:
    chemin = tmp_path / "parametres.yaml"
    chemin.write_text(texte, encoding="utf-8")
    return chemin


@pytest.mark.donnees_datees
def test_a_user_file_supplies_the_missing_half_year(tmp_path: Path) -> None:
    parametres = charger_parametres(_fichier(tmp_path, PARAMETRES_SEMESTRE_INCONNU))
    pendant = SEMESTRE_INCONNU.debut + timedelta(days=62)
    valeur = parametres.valeur_a("taux_interet_legal.autres_cas", pendant)
    assert (valeur.valeur, valeur.fourni_par_utilisateur, valeur.fiabilite) == (Decimal("2.50"), True, "U")
    assert "fournie par l'utilisateur" in valeur.citation
    # the published values are untouched and stay marked as such
    avant = DERNIER_JOUR_CONNU - timedelta(days=120)
    assert not parametres.valeur_a("taux_interet_legal.autres_cas", avant).fourni_par_utilisateur
    assert parametres["taux_interet_legal.autres_cas"].connu_jusqu_au == SEMESTRE_INCONNU.fin
    with pytest.raises(LawDataMissing):  # the other category is still unknown
        parametres.valeur_a("taux_interet_legal.particuliers", pendant)


@pytest.mark.donnees_datees
def test_a_user_file_may_precede_the_data(tmp_path: Path) -> None:
    texte = PARAMETRES_SEMESTRE_INCONNU.replace(f'connu_jusqu_au: "{FIN}"\n    ', "").replace(
        DEBUT, "2019-07-01"
    )
    parametres = charger_parametres(_fichier(tmp_path, texte))
    valeur = parametres.valeur_a("taux_interet_legal.autres_cas", date(2019, 12, 31))
    assert valeur.fourni_par_utilisateur and valeur.au == date(2019, 12, 31)


@pytest.mark.donnees_datees
@pytest.mark.parametrize(
    ("remplacer", "par", "attendu"),
    [
        (DEBUT, (DERNIER_JOUR_CONNU - timedelta(days=121)).isoformat(), "recouvre les données publiées"),
        (
            DEBUT,
            (SEMESTRE_INCONNU.fin + timedelta(days=1)).isoformat(),
            f"doit commencer le {date_longue(SEMESTRE_INCONNU.debut)} (« {DEBUT} »",
        ),
        (
            "taux_interet_legal.autres_cas:",
            "taux_interet_legal.autre_cas:",
            "Vouliez-vous dire « taux_interet_legal.autres_cas »",
        ),
        (f'    connu_jusqu_au: "{FIN}"\n', "", "connu_jusqu_au"),
        ('valeur: "2.50"', "valeur: 2.50", "nombre décimal entre guillemets"),
        ('source: "JORF d\'essai"', "", "valeurs[0].source » : clé obligatoire absente"),
        ("version: 1", "version: 2", "« version » : valeur non prévue"),
    ],
)
def test_a_bad_user_file_is_refused_with_its_place(
    tmp_path: Path, remplacer: str, par: str, attendu: str
) -> None:
    assert remplacer in PARAMETRES_SEMESTRE_INCONNU
    with pytest.raises(InvalidClaim) as erreur:
        charger_parametres(_fichier(tmp_path, PARAMETRES_SEMESTRE_INCONNU.replace(remplacer, par)))
    constat = erreur.value.constats[0]
    assert constat.code == "TAUX-02" and attendu in constat.message + constat.que_faire
    assert constat.ou is not None and constat.ou.fichier == "parametres.yaml" and constat.ou.ligne >= 1


@pytest.mark.donnees_datees
def test_a_user_file_cannot_leave_a_semester_out(tmp_path: Path) -> None:
    un_an_apres = str(SEMESTRE_INCONNU.debut.year + 1)
    suite = PARAMETRES_SEMESTRE_INCONNU.split("valeurs:\n")[1].replace(DEBUT, un_an_apres + DEBUT[4:])
    texte = (PARAMETRES_SEMESTRE_INCONNU + suite).replace(FIN, un_an_apres + FIN[4:])
    with pytest.raises(InvalidClaim) as erreur:
        charger_parametres(_fichier(tmp_path, texte))
    assert "semestre manquant" in erreur.value.constats[0].message


def test_an_unreadable_or_malformed_user_file(tmp_path: Path) -> None:
    with pytest.raises(InvalidClaim) as erreur:
        charger_parametres(tmp_path / "absent.yaml")
    assert erreur.value.constats[0].code == "TAUX-02"
    with pytest.raises(InvalidClaim) as erreur:
        charger_parametres(_fichier(tmp_path, PARAMETRES_SEMESTRE_INCONNU + "version: 1\n"))
    assert erreur.value.constats[0].code == "YAML-02"


def test_where_the_user_file_comes_from() -> None:
    assert chemin_parametres_utilisateur(None, {}) is None
    assert chemin_parametres_utilisateur(None, {ENV_PARAMETRES: "  "}) is None
    assert chemin_parametres_utilisateur(None, {ENV_PARAMETRES: "t.yaml"}) == Path("t.yaml")
    assert chemin_parametres_utilisateur(Path("o.yaml"), {ENV_PARAMETRES: "t.yaml"}) == Path("o.yaml")
