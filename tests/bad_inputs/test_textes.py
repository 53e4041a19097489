# ruff: noqa: E501  (a table of exact French messages: one message, one line)
"""Every text is bounded and clean, every amount and date within bounds, refused at load with its
position (docs/decisions.md « Text fields are bounded and clean »; issues 15 and 23): what would
fail later — in the DOCX writer, the PDF metadata, the payment QR code — fails here, at the line
to fix. And a claim at every bound builds: nothing accepted at load fails at render time."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.errors import InvalidClaim
from dossier.exit_codes import ExitCode
from dossier.model import limites, lire
from dossier.pipeline import verifier_dates
from tests.bad_inputs.test_bad_inputs import remplacer

DEPOT = Path(__file__).resolve().parents[2]
NOM = 'nom: "Boulangerie Petit"'  # debiteur.nom, line 26 of the base claim


def refus(texte: str) -> tuple[str, str, str]:
    with pytest.raises(InvalidClaim) as erreur:
        lire(texte)
    premier = erreur.value.constats[0]
    return premier.code, str(premier.ou), premier.message


@pytest.mark.parametrize(
    ("valeur", "message"),
    [
        ('"Boulangerie \\u202ePetit"', "le texte contient un caractère qui change le sens d'écriture (U+202E), au 13e"),
        ('"Boulangerie\\0 Petit"', "le texte contient un caractère de contrôle (U+0000), au 12e caractère"),
        ('"Boulangerie\\a Petit"', "le texte contient un caractère de contrôle (U+0007), au 12e caractère"),
        ('"Boulan\\u200bgerie Petit"', "le texte contient un caractère invisible (de largeur nulle) (U+200B)"),
        ('"Boulangerie\\nPetit"', "le texte contient un saut de ligne (U+000A), au 12e caractère"),
        ('"Boulangerie\\r Petit"', "le texte contient un caractère de contrôle (U+000D)"),
        ('"\\x9b31m Petit"', "le texte contient un caractère de contrôle (U+009B), au premier caractère"),
        ('"Boulangerie <img src=x> Petit"', "le texte contient une balise « <img src=x> »"),
        ('"' + "x" * 200_000 + '"', "texte de 200000 caractères : au plus 200 pour un nom, une adresse ou un libellé"),
    ],
)  # fmt: skip
def test_un_nom_invisible_trop_long_ou_balise_est_refuse(valeur: str, message: str) -> None:
    code, ou, dit = refus(remplacer(NOM, f"nom: {valeur}"))
    assert (code, ou) == ("VALEUR-12", "claim.yaml:26:8 debiteur.nom")
    assert dit.startswith(message)


def test_un_demi_caractere_isole_est_refuse_des_la_lecture() -> None:
    """« \\ud800 » makes a text no encoder writes: refused for any scalar, by the YAML reader."""
    code, ou, dit = refus(remplacer(NOM, 'nom: "Boulangerie \\ud800 Petit"'))
    assert (code, ou) == ("YAML-07", "claim.yaml:26:8 debiteur.nom")
    assert dit.startswith("demi-caractère Unicode isolé")


def test_les_bornes_de_chaque_sorte_de_texte() -> None:
    assert refus(remplacer('reference: "2026-0142"', f'reference: "{"R" * 61}"'))[2] == (
        "texte de 61 caractères : au plus 60 pour une référence"
    )
    long = "x" * (limites.TEXTE_LIBRE + 1)
    code, ou, dit = refus(remplacer("  delai_mise_en_demeure_jours: 8", f'  message_libre: "{long}"'))
    assert (
        code == "VALEUR-12"
        and ou.endswith("options.message_libre")
        and "au plus 2000 pour un texte libre" in dit
    )
    lire(remplacer("  delai_mise_en_demeure_jours: 8", '  message_libre: "Bonjour,\\nmerci.\\tÀ bientôt."'))


def test_montants_et_dates_hors_bornes() -> None:
    code, ou, dit = refus(remplacer('montant_ttc: "2480.00"', f'montant_ttc: "{"9" * 400}.00"'))
    assert (code, ou) == ("VALEUR-01", "claim.yaml:45:18 factures[0].montant_ttc")
    assert dit.startswith("montant « 9999999999999999999999999999999999999999… » au-delà du plus grand")
    assert refus(remplacer('montant_ttc: "2480.00"', 'montant_ttc: "1000000000.00"'))[2] == (
        "montant « 1000000000.00 » au-delà du plus grand qu'un dossier accepte (999\u202f999\u202f999,99 €)"
    )
    assert refus(remplacer('date: "2025-10-02"', 'date: "1985-10-02"'))[:2] == (
        "VALEUR-02",
        "claim.yaml:43:11 factures[0].date",
    )


def test_une_date_dix_ans_apres_le_jour_d_edition() -> None:
    creance = lire(remplacer('echeance: "2025-11-01"', 'echeance: "2062-11-01"'))
    with pytest.raises(InvalidClaim) as erreur:
        verifier_dates(creance, date(2026, 3, 31))
    (constat,) = erreur.value.constats
    assert (constat.code, str(constat.ou)) == ("VALEUR-02", "claim.yaml:44:15 factures[0].echeance")
    assert constat.message.startswith("date du 1er novembre 2062 plus de 10 ans après le jour d'édition")
    verifier_dates(creance, date(2053, 1, 1))


def test_un_nom_trop_long_pour_le_code_qr_sans_titulaire() -> None:
    long = "Organisme de gestion de l'enseignement catholique Notre-Dame des Charmettes"  # 75 characters
    code, ou, dit = refus(remplacer('  nom: "Atelier Durand"', f'  nom: "{long}"'))
    assert (code, ou) == ("VALEUR-12", "claim.yaml:8:8 creancier.nom")
    assert "qui en admet 70 au plus" in dit
    lire(
        remplacer(
            '  nom: "Atelier Durand"',
            f'  nom: "{long}"',
            '    bic: "AGRIFRPPXXX"',
            '    bic: "AGRIFRPPXXX"\n    titulaire: "OGEC ND Charmettes"',
        )
    )


def test_un_dossier_a_toutes_les_bornes_se_construit(tmp_path: Path) -> None:
    """Names of 200 characters, references of 60, a 2,000-character message, the largest amount:
    accepted at load, so they must render — never exit 5 (RENDU-) nor 1."""
    dossier = tmp_path / "bornes"
    shutil.copytree(DEPOT / "samples" / "b2b-menuiserie", dossier)
    claim = dossier / "claim.yaml"
    texte = claim.read_text(encoding="utf-8")
    nom_long = ("Menuiserie " + "Durand-" * 40)[: limites.TEXTE_COURT]
    for avant, apres in (
        ('nom: "Boulangerie Petit"', f'nom: "{nom_long}"'),
        ('reference: "2025-0142"', f'reference: "{"2025-0142-" * 6}"'),
        ('objet: "Agencement du fournil et pose de rayonnages"', f'objet: "{("Agencement " * 20)[:200]}"'),
    ):
        assert avant in texte, avant
        texte = texte.replace(avant, apres, 1)
    claim.write_text(texte, encoding="utf-8")
    resultat = CliRunner().invoke(cli, ["build", str(claim), "-o", str(tmp_path / "sortie")])
    assert resultat.exit_code == ExitCode.OK, resultat.output
