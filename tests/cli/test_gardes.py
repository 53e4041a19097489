"""Guards on what gets sent (issue 24): a « as of » day in the future, a `piece:` that is not
there, and a letter recalled by the channel it went by. Every check reads the real output back:
the CLI's report, `check --json`, and the text of the PDFs `build` writes.

« Today » is an input of the CLI (cli/communs.py reads the clock, nothing else does): the tests fix
it, so that a day « in the future » is also a day inside the known rate data.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from dossier.cli import communs
from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.assemble.outils import copier_echantillon, position_de
from tests.cli.test_cli import CLAIM, contenu, ecrire_claim, lancer

AUJOURD_HUI = date(2026, 2, 20)  # CLAIM's date_edition, 2026-03-02, is ten days ahead of it


class _Jour(date):
    @classmethod
    def today(cls) -> _Jour:
        return cls(AUJOURD_HUI.year, AUJOURD_HUI.month, AUJOURD_HUI.day)


@pytest.fixture
def jour_fixe(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(communs, "date", _Jour)


# --- a « as of » day in the future ----------------------------------------------------------------


def test_build_refuse_un_jour_futur(tmp_path: Path, jour_fixe: None) -> None:
    claim = ecrire_claim(tmp_path / "dossier", CLAIM)
    sortie = tmp_path / "sortie"
    resultat = lancer("build", claim, "-o", sortie)
    assert resultat.exit_code == ExitCode.USAGE
    message = " ".join(resultat.stderr.split())
    assert "BLOQUANT DATE-01" in message
    assert (
        "date_edition) est le 2 mars 2026, dans 10 jours : les documents seraient datés du futur" in message
    )
    assert f"claim.yaml:{position_de(claim, '2026-03-02')[0]}:" in message
    assert "--futur" in message
    assert not sortie.exists()
    par_option = lancer("build", claim, "-o", sortie, "--date", "2026-02-21")
    assert (
        par_option.exit_code == ExitCode.USAGE
        and "(--date) est le 21 février 2026, dans 1 jour" in " ".join(par_option.stderr.split())
    )
    assert not sortie.exists()


def test_build_futur_accepte_et_le_dit(tmp_path: Path, jour_fixe: None) -> None:
    # the invoice's pièce given: without it INJ-14 warns, and --strict would block on it
    claim = _avec_piece(tmp_path, "pieces/facture-2026-014.pdf", "pieces/facture-2026-014.pdf")
    sortie = tmp_path / "sortie"
    resultat = lancer("build", claim, "-o", sortie, "--futur", "--no-docx", "--strict")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "info DATE-01" in resultat.stdout and "ne les envoyez pas avant cette date" in resultat.stdout
    assert "relance-1.pdf" in contenu(sortie)
    assert "Grenoble, le 2 mars 2026" in normaliser(texte_pdf((sortie / "relance-1.pdf").read_bytes())[0])


def test_check_et_plan_avertissent(tmp_path: Path, jour_fixe: None) -> None:
    claim = _avec_piece(tmp_path, "pieces/facture-2026-014.pdf", "pieces/facture-2026-014.pdf")
    check = lancer("check", claim)
    assert check.exit_code == ExitCode.OK, check.output
    assert "AVERTISSEMENT DATE-01" in check.stdout
    objet = json.loads(lancer("check", "--json", claim).stdout)
    assert [f["severite"] for f in objet["findings"] if f["code"] == "DATE-01"] == ["avertissement"]
    assert lancer("check", claim, "--strict").exit_code == ExitCode.BLOCKING_FINDING
    plan = lancer("plan", claim)
    assert plan.exit_code == ExitCode.OK and "AVERTISSEMENT DATE-01" in plan.stdout
    plan_json = json.loads(lancer("plan", "--json", claim).stdout)
    assert [f["code"] for f in plan_json["findings"]] == ["DATE-01"]
    # a day already past is what a copy or a past state is built for: nothing to say
    passe = lancer("check", claim, "--date", "2026-02-19")
    assert passe.exit_code == ExitCode.OK and "DATE-01" not in passe.output


def test_le_vrai_jour_vaut_sans_rien_fixer(tmp_path: Path) -> None:
    """Without a fixed day: tomorrow, by the machine's clock, is refused before any computation."""
    claim = ecrire_claim(tmp_path / "dossier", CLAIM)
    demain = (date.today() + timedelta(days=1)).isoformat()
    resultat = lancer("build", claim, "-o", tmp_path / "sortie", "--date", demain)
    assert resultat.exit_code == ExitCode.USAGE and "DATE-01" in resultat.stderr


# --- pièces looked for at load ------------------------------------------------------------------


def _avec_piece(tmp_path: Path, ecrit: str, present: str | None) -> Path:
    texte = CLAIM.replace('    montant_ttc: "1860.00"\n', f'    montant_ttc: "1860.00"\n    piece: {ecrit}\n')
    claim = ecrire_claim(tmp_path / "dossier", texte)
    if present is not None:
        (claim.parent / present).parent.mkdir(parents=True, exist_ok=True)
        (claim.parent / present).write_bytes(b"%PDF-1.4\n")
    return claim


def test_piece_absente_avertie_des_la_premiere_relance(tmp_path: Path) -> None:
    claim = _avec_piece(tmp_path, "pieces/facture-2026-014.pdf", "pieces/Facture-2026-014.PDF")
    resultat = lancer("check", claim)
    assert resultat.exit_code == ExitCode.OK, resultat.output
    sortie = " ".join(resultat.stdout.split())
    ligne, colonne = position_de(claim, "pieces/facture-2026-014.pdf")
    assert f"AVERTISSEMENT PIECE-01 claim.yaml:{ligne}:{colonne} factures[0].piece" in sortie
    assert "la pièce « pieces/facture-2026-014.pdf » est introuvable" in sortie
    assert "Vouliez-vous dire « pieces/Facture-2026-014.PDF » ?" in sortie
    assert "AVERTISSEMENT PIECE-01" in lancer("plan", claim).stdout
    build = lancer("build", claim, "-o", tmp_path / "sortie", "--no-docx")
    assert build.exit_code == ExitCode.OK and "PIECE-01" in build.stdout
    present = _avec_piece(tmp_path / "bon", "pieces/facture.pdf", "pieces/facture.pdf")
    assert "PIECE-01" not in lancer("check", present).output


def test_piece_absente_bloque_a_la_requete_avec_le_fichier_le_plus_proche(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    facture = claim.parent / "pieces/facture-F-2025-211.pdf"
    facture.rename(facture.with_name("facture-F-2025-211 (1).pdf"))
    resultat = lancer("check", claim)
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING, resultat.output
    sortie = " ".join(resultat.stdout.split())
    assert "BLOQUANT PIECE-01" in sortie and "la requête en injonction de payer la citerait" in sortie
    assert "Vouliez-vous dire « pieces/facture-F-2025-211 (1).pdf » ?" in sortie
    assert lancer("build", claim, "-o", tmp_path / "sortie").exit_code == ExitCode.BLOCKING_FINDING
    assert not (tmp_path / "sortie").exists()


# --- how a letter went --------------------------------------------------------------------------


def _courriers(tmp_path: Path, courriers: str, jour: str) -> tuple[Path, Path]:
    texte = (
        CLAIM.replace('date_edition: "2026-03-02"', f'date_edition: "{jour}"') + f"courriers:\n{courriers}"
    )
    claim = ecrire_claim(tmp_path / "dossier", texte)
    sortie = tmp_path / "sortie"
    resultat = lancer("build", claim, "-o", sortie, "--no-docx")
    assert resultat.exit_code == ExitCode.OK, resultat.output
    return claim, sortie


def _texte(fichier: Path) -> str:
    return normaliser(" ".join(texte_pdf(fichier.read_bytes())))


def test_un_courriel_est_rappele_comme_un_courriel(tmp_path: Path) -> None:
    claim, sortie = _courriers(
        tmp_path, '  - {type: relance_1, date: "2026-02-20", envoi: email}\n', "2026-03-10"
    )
    relance_2 = _texte(sortie / "relance-2.pdf")
    assert "Par courriel du 20 février 2026 (référence T-001-R1)" in relance_2
    assert "Par courrier du" not in relance_2
    copie = _texte(sortie / "relance-1.pdf")
    assert "Envoyé par courriel" in copie
    assert "Reproduction du courriel daté du 20 février 2026" in copie and "du courrier daté" not in copie
    assert "relance_1 du 20/02/2026 (reproduction du courriel)" in lancer("check", claim).stdout


def test_canaux_melanges_dans_la_mise_en_demeure(tmp_path: Path) -> None:
    courriers = (
        '  - {type: relance_1, date: "2026-02-20", envoi: email}\n'
        '  - {type: relance_2, date: "2026-03-04", envoi: remise_en_main_propre}\n'
    )
    _, sortie = _courriers(tmp_path, courriers, "2026-03-20")
    med = _texte(sortie / "mise-en-demeure.pdf")
    assert (
        "Malgré notre courriel du 20 février 2026 (référence T-001-R1) et notre courrier remis en main "
        "propre le 4 mars 2026 (référence T-001-R2), les sommes ci-dessous"
    ) in med
    assert "Remis en main propre" in _texte(sortie / "relance-2.pdf")


def test_memes_canaux_au_pluriel(tmp_path: Path) -> None:
    courriers = (
        '  - {type: relance_1, date: "2026-02-20", envoi: email}\n'
        '  - {type: relance_2, date: "2026-03-04", envoi: email}\n'
    )
    _, sortie = _courriers(tmp_path, courriers, "2026-03-20")
    med = _texte(sortie / "mise-en-demeure.pdf")
    assert "Malgré nos courriels du 20 février 2026 (référence T-001-R1) et du 4 mars 2026" in med
