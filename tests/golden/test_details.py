"""Details a professional would correct (issue 22), read back from the samples' PDFs.

- A payment date a letter gives falls on a business day: the relance 2's « au plus tard le … »,
  moved past a Saturday, a Sunday or a public holiday, as the plan's instalments are.
- Collective proceedings block only the debts born before the opening judgment (C. com. L622-21):
  a debt born after it is payable at its due date (L622-17, I — by L631-14 in a redressement;
  L641-13, I in a liquidation); the letter is drafted and the review report says on what condition.
- The plan's reminder, whose notice period runs from its receipt, is drafted as a registered letter,
  and its copy prints the registered number recorded (`courriers[].numero_lrar`).
- An individual entrepreneur's professional documents name her « … EI » with her SIRET
  (C. com. R526-27, décret 2022-725).
- The prescription's starting point is the creditor's prudent count: said so in the review report,
  left out of the décompte filed in court (where it would read as an admission).
- Citations fit the case: the plan's follow-up cites C. conso. L212-1 only toward a consumer; an
  agreed plan is a term (C. civ. 1305-2), not the judge's grace (1343-5); interest during a plan
  is what the échéancier stipules, not the loan's article 1907.
- The imputation option `legale` (principal first, while C. civ. 1343-1 is interest first) is now
  `principal_d_abord`; the old name still reads, same letters, with the warning INT-14.
- An agency's démarches after its first letter recall that letter's reference and date (CPCE
  R124-4, last paragraph) — letters, plan letters and receipts alike, in one reference block.
"""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import holidays
import pytest
from click.testing import CliRunner, Result

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.golden.echantillons import MOIS, Paquet, jour
from tests.property.test_generateur import (
    IDENTITE,
    PIECES,
    SOCIETE_CREANCIERE,
    SOCIETE_DEBITRICE,
    Axes,
    Cas,
    Details,
    construire,
    ecrire_claim,
)

DELAI_RELANCE_2 = 15  # days, law/procedure/cadence.yaml (practice, not law)
_DATE = re.compile(r"au plus tard le (\d{1,2}|1er) (" + "|".join(MOIS) + r") (\d{4})")


def _ouvre(jour_: date) -> bool:
    return jour_.weekday() < 5 and jour_ not in holidays.country_holidays("FR", years=jour_.year)


def _premier_ouvre(jour_: date) -> date:
    while not _ouvre(jour_):
        jour_ += timedelta(days=1)
    return jour_


def test_la_date_de_paiement_de_la_relance_2_est_un_jour_ouvre(paquets: dict[str, Paquet]) -> None:
    vues = []
    for paquet in paquets.values():
        for courrier in paquet.claim.get("courriers", []):
            if courrier["type"] != "relance_2" or "relance-2.pdf" not in paquet.fichiers:
                continue
            m = _DATE.search(paquet.texte("relance-2.pdf"))
            assert m, paquet.echantillon
            jour_du_texte = date(int(m[3]), MOIS.index(m[2]) + 1, 1 if m[1] == "1er" else int(m[1]))
            prevu = jour(courrier["date"]) + timedelta(days=DELAI_RELANCE_2)
            assert jour_du_texte == _premier_ouvre(prevu), paquet.echantillon
            vues.append(prevu != jour_du_texte)
    # the samples hold deadlines on a business day and on a Saturday (agence-mandat, injonction-b2b)
    assert True in vues and False in vues


def _build(racine: Path, cas: Cas) -> Result:
    racine.mkdir()
    shutil.copytree(PIECES, racine / "pieces")
    claim = ecrire_claim(racine, cas)
    arguments = ["build", str(claim), "-o", str(racine / "sortie"), "--date", cas.jour.isoformat()]
    if cas.jusqua is not None:
        arguments += ["--jusqua", cas.jusqua.value]
    return CliRunner().invoke(cli, arguments, env={"DOSSIER_PARAMETRES": None})


def _texte(chemin: Path) -> str:
    return normaliser("\n".join(texte_pdf(chemin.read_bytes())))


def _en_procedure(type_: str, execution: str) -> Cas:
    """A business claim, one invoice performed on `execution`, the debtor in `type_` since 15/09/2025."""
    cas = construire(Axes("b2b", "relance_1", None, False, 0), Details(("2160.40",), (), (), "virement"))
    procedure: dict[str, Any] = {"type": type_, "date": "2025-09-15"}
    cas.donnees["debiteur"] = {**SOCIETE_DEBITRICE, "procedure_collective": procedure}
    cas.donnees["factures"][0].update(date="2025-10-01", execution=execution, echeance="2025-10-31")
    return cas


@pytest.mark.parametrize(
    ("type_", "article"),
    [("redressement", "C. com. L622-17, I, applicable par L631-14"), ("liquidation", "C. com. L641-13, I")],
)
def test_une_creance_nee_apres_l_ouverture_se_reclame(tmp_path: Path, type_: str, article: str) -> None:
    resultat = _build(tmp_path / "c", _en_procedure(type_, "2025-09-30"))
    assert resultat.exit_code == ExitCode.OK, resultat.output
    sortie = tmp_path / "c" / "sortie"
    assert "Il s'agit peut-être d'un simple oubli" in _texte(sortie / "relance-1.pdf")
    rapport = _texte(sortie / "rapport.pdf")
    assert "PROC-02" in rapport and "PROC-01" not in rapport
    assert (
        "la facture F-1, née après le jugement, est payable à son échéance si elle est née régulièrement"
        in rapport
    )
    assert f"({article})" in rapport


@pytest.mark.parametrize(
    ("type_", "article"),
    [
        ("sauvegarde", "C. com. L622-21)"),
        ("redressement", "C. com. L622-21, applicable par L631-14)"),
        ("liquidation", "C. com. L622-21, applicable par L641-3)"),
    ],
)
def test_une_creance_nee_avant_l_ouverture_bloque(tmp_path: Path, type_: str, article: str) -> None:
    resultat = _build(tmp_path / "c", _en_procedure(type_, "2025-09-12"))
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING, resultat.output
    sortie = normaliser(resultat.output)
    assert (
        "PROC-01" in sortie
        and "la facture F-1, née avant le jugement d'ouverture, ne peut plus être" in sortie
    )
    assert article in sortie
    assert not (tmp_path / "c" / "sortie").exists()


LRAR = "Lettre recommandée avec demande d'avis de réception"


def test_le_rappel_d_echeance_est_un_recommande(paquets: dict[str, Paquet]) -> None:
    texte = paquets["plan-virement"].texte("rappel-echeance-4.pdf")
    assert LRAR in texte and "à compter de la réception de ce courrier" in texte


def test_la_copie_du_rappel_imprime_son_numero_de_recommande(tmp_path: Path) -> None:
    cas = construire(
        Axes("b2b", "relance_1", "decheance", False, 0), Details(("2160.40",), (), (), "virement")
    )
    for courrier, numero in zip(cas.donnees["courriers"], ("1A00000000017", "1A00000000024"), strict=True):
        courrier.update(envoi="lrar", numero_lrar=numero)
    resultat = _build(tmp_path / "c", cas)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    sortie = tmp_path / "c" / "sortie"
    rappel = _texte(sortie / "rappel-echeance-1.pdf")
    assert LRAR in rappel and "Recommandé n° 1A00000000017" in rappel
    assert "Reproduction du courrier daté du 16 février 2026" in rappel
    decheance = _texte(sortie / "decheance-du-terme.pdf")
    assert LRAR in decheance and "Recommandé n° 1A00000000024" in decheance


def test_la_copie_d_un_rappel_envoye_par_courriel_ne_se_dit_pas_recommandee(tmp_path: Path) -> None:
    cas = construire(
        Axes("b2b", "relance_1", "decheance", False, 0), Details(("2160.40",), (), (), "virement")
    )
    cas.donnees["courriers"][0]["envoi"] = "email"
    resultat = _build(tmp_path / "c", cas)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    rappel = _texte(tmp_path / "c" / "sortie" / "rappel-echeance-1.pdf")
    assert "Envoyé par courriel" in rappel and LRAR not in rappel


ARTISAN = {
    **SOCIETE_CREANCIERE,
    **IDENTITE,
    "nom": "Pierre Martin",
    "type": "personne_physique",
    "commercant": False,
    "artisan": True,
    "siret": "90866024400017",
    "signataire": {"nom": "Pierre Martin", "qualite": "Artisan électricien"},
}


def test_l_entrepreneur_individuel_se_nomme_ei_avec_son_siret(tmp_path: Path) -> None:
    cas = construire(
        Axes("b2b", "injonction", "decheance", False, 2),
        Details(("2160.40",), (True, True), (False, False), "virement"),
    )
    artisan = {k: v for k, v in ARTISAN.items() if k != "forme"}
    cas.donnees["creancier"] = artisan
    resultat = _build(tmp_path / "c", cas)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    sortie = tmp_path / "c" / "sortie"
    pdfs = [
        p
        for p in sorted(sortie.rglob("*.pdf"))
        if "pieces" not in p.parts and p.name not in ("dossier-injonction.pdf", "rapport.pdf")
    ]
    assert len(pdfs) > 8
    for pdf in pdfs:
        texte = _texte(pdf)
        noms = re.findall(r"Pierre Martin(?: EI)?", texte)
        # the signature names the person; the creditor's name is « Pierre Martin EI » at least once
        assert "Pierre Martin EI" in noms, pdf.name
    for lettre in ("relance-1.pdf", "rappel-echeance-1.pdf", "decheance-du-terme.pdf", "echeancier.pdf"):
        assert "Pierre Martin EI — SIRET 90866024400017 — 8 rue Lesdiguières" in _texte(sortie / lettre), (
            lettre
        )
    assert "Pierre Martin EI, SIRET 90866024400017, demeurant 8 rue Lesdiguières" in _texte(
        sortie / "echeancier.pdf"
    )
    requete = _texte(sortie / "injonction" / "requete.pdf")
    assert "Pierre Martin EI, SIRET 90866024400017, profession : Enseignante" in requete
    assert "de payer à Pierre Martin EI :" in requete


def test_le_point_de_depart_de_la_prescription_reste_au_rapport(paquets: dict[str, Paquet]) -> None:
    for echantillon in ("injonction-b2b", "injonction-ogec"):
        paquet = paquets[echantillon]
        decompte = paquet.texte("injonction/decompte.pdf")
        assert "Conventions de calcul" in decompte
        assert "Prescription" not in decompte and "à défaut, de la date de la facture" not in decompte
        rapport = paquet.texte("rapport.pdf")
        assert (
            "comptés prudemment à partir de l'exécution de la prestation ou, à défaut, de la date de la "
            "facture, le point de départ le plus précoce" in rapport
        )


def _constat_du_rapport(rapport: str, code: str) -> str:
    """The review report's paragraph of finding `code`: from its code to the next finding's."""
    debut = rapport.index(f"{code} — ")
    suite = re.search(r"[A-Z]+-\d\d — ", rapport[debut + len(code) :])
    return rapport[debut : debut + len(code) + suite.start()] if suite else rapport[debut:]


def test_le_suivi_du_plan_ne_cite_le_code_de_la_consommation_qu_a_un_consommateur(
    paquets: dict[str, Paquet], tmp_path: Path
) -> None:
    entre_professionnels = paquets["plan-virement"].texte("rapport.pdf")
    plan_05 = _constat_du_rapport(entre_professionnels, "PLAN-05")
    assert "C. civ. 1225" in plan_05 and "L212-1" not in plan_05
    assert "L212-1" not in entre_professionnels  # the calendar's reminder, too (a lawyer's review)
    assert "C. civ. 1305-2" in _constat_du_rapport(entre_professionnels, "PLAN-04")
    assert "1343-5" not in _constat_du_rapport(entre_professionnels, "PLAN-04")
    echeancier = paquets["plan-virement"].texte("echeancier.pdf")
    assert (
        "taux convenu entre les parties par le présent échéancier" in echeancier and "1907" not in echeancier
    )

    cas = construire(
        Axes("consommateur", "relance_1", "impaye", False, 0), Details(("2160.40",), (), (), "virement")
    )
    resultat = _build(tmp_path / "c", cas)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    envers_un_consommateur = _texte(tmp_path / "c" / "sortie" / "rapport.pdf")
    assert "C. civ. 1225 ; C. conso. L212-1" in _constat_du_rapport(envers_un_consommateur, "PLAN-05")


@pytest.mark.parametrize("nom", ["principal_d_abord", "legale"])
def test_l_option_legale_est_renommee_principal_d_abord(tmp_path: Path, nom: str) -> None:
    cas = construire(
        Axes("b2b", "relance_2", None, False, 2),
        Details(("2160.40",), (True, False), (False, False), "virement"),
    )
    cas.donnees["options"] = {"imputation": nom}
    resultat = _build(tmp_path / "c", cas)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    sortie = tmp_path / "c" / "sortie"
    # the same letter under both names: the payments reduce the principal (80,00 € paid on 2 160,40 €)
    assert "2 080,40 €" in _texte(sortie / "relance-2.pdf")
    rapport = _texte(sortie / "rapport.pdf")
    if nom == "legale":
        assert "INT-14" in rapport and "s'appelle désormais « principal_d_abord »" in rapport
    else:
        assert "INT-14" not in rapport


PREMIER = "Premier courrier : RE-FO-88231-1 du 2 février 2026"


def test_l_agence_rappelle_sa_premiere_lettre(paquets: dict[str, Paquet]) -> None:
    paquet = paquets["agence-mandat"]
    assert PREMIER not in paquet.texte("relance-1.pdf")  # the first letter itself
    for document in ("relance-2.pdf", "quittance-2026-02-10-1.pdf"):
        texte = paquet.texte(document)
        assert PREMIER in texte, document
        assert "Dossier du créancier : FO-88231 Mandat de recouvrement : MAND-FO-2026-03 " + PREMIER in texte


def test_le_rappel_d_echeance_d_une_agence_rappelle_sa_premiere_lettre(tmp_path: Path) -> None:
    cas = construire(
        Axes("b2b", "mise_en_demeure", "impaye", True, 2),
        Details(("2160.40",), (True, True), (False, False), "virement"),
    )
    resultat = _build(tmp_path / "c", cas)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    rappel = _texte(tmp_path / "c" / "sortie" / "rappel-echeance-1.pdf")
    assert (
        "Notre référence : GEN-1-RE1 Dossier du créancier : GEN-1 Mandat de recouvrement : MAND-2025-07 "
        "Premier courrier : R1-2025 du 10 décembre 2025"
    ) in rappel
