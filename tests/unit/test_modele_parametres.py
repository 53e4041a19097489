"""`dossier taux --modele`: one file to fill with every published value missing at a date, which
`--parametres` then reads once filled (docs/decisions.md « Law data »)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from dossier.errors import InvalidClaim, LawDataMissing
from dossier.francais import date_longue
from dossier.law.montants.computation import calculer
from dossier.law.parametres.format import A_REMPLIR
from dossier.law.parametres.lecture import parametres_officiels
from dossier.law.parametres.modele import modele
from dossier.law.parametres.utilisateur import charger_parametres
from dossier.model import charger
from tests.verifications import DERNIER_JOUR_CONNU, SEMESTRE_D_APRES, SEMESTRE_INCONNU, apres_les_donnees

RACINE = Path(__file__).resolve().parents[2]
B2B = RACINE / "samples" / "b2b-menuiserie" / "claim.yaml"


def _remplir(texte: str, valeurs: dict[str, str]) -> str:
    """Fill the template as a user would: each parameter's values, its reference and source."""
    lignes, courant = [], ""
    for ligne in texte.splitlines():
        if ligne.startswith("  ") and not ligne.startswith("   ") and ligne.strip().endswith(":"):
            courant = ligne.strip().removesuffix(":")
        if f'valeur: "{A_REMPLIR}"' in ligne:
            ligne = ligne.replace(f'"{A_REMPLIR}"', f'"{valeurs[courant]}"', 1)
        elif f'reference: "{A_REMPLIR}"' in ligne:
            ligne = ligne.replace(f'"{A_REMPLIR}"', '"Texte d\'essai du 1er juillet"', 1)
        elif f'source: "{A_REMPLIR}"' in ligne:
            ligne = ligne.replace(f'"{A_REMPLIR}"', '"Publication d\'essai"', 1)
        lignes.append(ligne)
    return "\n".join(lignes) + "\n"


@pytest.mark.donnees_datees
def test_the_template_lists_every_published_value_missing_that_day() -> None:
    jour = SEMESTRE_D_APRES.debut + timedelta(days=40)
    texte = modele(jour, parametres_officiels())
    assert texte is not None
    # two semesters of each legal rate, one block for the ECB rate
    for semestre in (SEMESTRE_INCONNU, SEMESTRE_D_APRES):
        assert texte.count(f'du: "{semestre.debut.isoformat()}"  # {semestre.libelle}') == 2
    assert f'connu_jusqu_au: "{SEMESTRE_D_APRES.fin.isoformat()}"' in texte  # a semester's rate: to its end
    assert f'connu_jusqu_au: "{jour.isoformat()}"' in texte  # the ECB rate, to the day asked
    assert "publication : Journal officiel" in texte and "publication : BCE" in texte
    assert date_longue(jour) in texte  # French dates for the reader
    # statute constants never appear: they do not expire
    assert "majoration" not in texte and "indemnite" not in texte and "prescription" not in texte


@pytest.mark.donnees_datees
def test_nothing_missing_no_template() -> None:
    assert modele(DERNIER_JOUR_CONNU, parametres_officiels()) is None


@pytest.mark.donnees_datees
def test_the_filled_template_completes_a_business_claim_past_the_data(tmp_path: Path) -> None:
    """The issue's case: a B2B claim dated 2026-12-04, past the data (which ended on 2026-06-30),
    asks for the ECB rate of the next 1 July or 1 January only."""
    creance = charger(B2B)
    jour = apres_les_donnees(157)
    with pytest.raises(LawDataMissing) as erreur:
        calculer(creance, jour)
    messages = [c.message for c in erreur.value.constats]
    assert len(messages) == 1 and "taux de refinancement de la BCE" in messages[0]
    assert all("majoration" not in m for m in messages)  # L441-10's 10 points are a statute
    texte = modele(jour, parametres_officiels())
    assert texte is not None
    fichier = tmp_path / "parametres.yaml"
    fichier.write_text(
        _remplir(
            texte,
            {
                "taux_interet_legal.autres_cas": "2.50",
                "taux_interet_legal.particuliers": "6.50",
                "taux_refinancement_bce": "2.40",
            },
        ),
        encoding="utf-8",
    )
    parametres = charger_parametres(fichier)
    calcul = calculer(creance, jour, parametres)
    second = [p for p in calcul.periodes if p.du > DERNIER_JOUR_CONNU]
    assert second and all(p.taux == Decimal("12.40") and p.fourni_par_utilisateur for p in second)
    assert "TAUX-03" in {c.code for c in calcul.constats}


@pytest.mark.donnees_datees
def test_a_placeholder_left_in_the_template_is_refused_with_its_place(tmp_path: Path) -> None:
    texte = modele(apres_les_donnees(157), parametres_officiels())
    assert texte is not None
    fichier = tmp_path / "parametres.yaml"
    fichier.write_text(texte, encoding="utf-8")
    with pytest.raises(InvalidClaim) as erreur:
        charger_parametres(fichier)
    constats = erreur.value.constats
    assert {c.code for c in constats} == {"TAUX-02"}
    assert all("à remplacer par la valeur publiée" in c.message for c in constats)
    assert all(c.ou is not None and c.ou.fichier == "parametres.yaml" for c in constats)
    # a list whose items are refused is not reported a second time as « empty »
    assert not any("vide" in c.message for c in constats)


def test_before_the_data_the_template_precedes_it(tmp_path: Path) -> None:
    jour = date(2019, 3, 1)
    texte = modele(jour, parametres_officiels())
    assert texte is not None
    # legal rates from 2019 S1 to the eve of 2020; L441-10's 10 points before the 2019 ordinance
    assert texte.count('du: "2019-01-01"') == 2 and texte.count('du: "2019-07-01"') == 2
    assert "penalites_retard.majoration:" in texte and 'du: "2019-03-01"' in texte
    valeurs = {
        "taux_interet_legal.autres_cas": "0.86",
        "taux_interet_legal.particuliers": "3.40",
        "penalites_retard.majoration": "10",
        "penalites_retard.multiple_plancher": "3",
    }
    fichier = tmp_path / "parametres.yaml"
    fichier.write_text(_remplir(texte, valeurs), encoding="utf-8")
    parametres = charger_parametres(fichier)
    assert parametres.valeur_a("taux_interet_legal.autres_cas", jour).fourni_par_utilisateur
    assert parametres.valeur_a("penalites_retard.majoration", jour).valeur == Decimal("10")
    assert not parametres.valeur_a("penalites_retard.majoration", date(2019, 5, 1)).fourni_par_utilisateur


def test_a_user_value_cannot_follow_a_statute_in_force(tmp_path: Path) -> None:
    fichier = tmp_path / "parametres.yaml"
    fichier.write_text(
        "version: 1\nparametres:\n  indemnite_forfaitaire.montant:\n    valeurs:\n"
        '      - du: "2027-01-01"\n        valeur: "50.00"\n        reference: "r"\n        source: "s"\n',
        encoding="utf-8",
    )
    with pytest.raises(InvalidClaim) as erreur:
        charger_parametres(fichier)
    assert "texte en vigueur depuis le 1er janvier 2013, qui n'expire pas" in erreur.value.constats[0].message
