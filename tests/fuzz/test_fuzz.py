"""Fuzzing in the suite (issue 15): mutated sample claims through `dossier check --json`; every
outcome is exit 0, 3, 4 or 6 with a dossier finding — never 1 (internal error), never a traceback,
never 5 (a rendering failure) without the claim's position. `benchmarks/fuzz.py` runs the same
mutations by the thousand and prints the tally; the seeds below are the crashes issue 23 listed."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dossier.cli.main import cli
from dossier.render.readback import texte_pdf
from tests.fuzz.mutations import muter

DEPOT = Path(__file__).resolve().parents[2]
ECHANTILLONS = sorted(p.parent.name for p in (DEPOT / "samples").glob("*/claim.yaml"))
ISSUES_ACCEPTEES = {0, 3, 4, 6}


def juger(texte: str, dossier: Path) -> tuple[int, dict[str, object]]:
    """`dossier check --json` on `texte` saved as a claim in `dossier` (its pièces beside it)."""
    claim = dossier / "claim.yaml"
    claim.write_text(texte, encoding="utf-8", errors="surrogatepass")
    resultat = CliRunner().invoke(cli, ["check", str(claim), "--json"], env={"DOSSIER_PARAMETRES": None})
    assert resultat.exception is None or isinstance(resultat.exception, SystemExit), resultat.exc_info
    assert "Traceback" not in resultat.output and "Erreur interne" not in resultat.stderr, resultat.stderr
    objet = json.loads(resultat.stdout)
    return resultat.exit_code, objet


def verifier(code: int, objet: dict[str, object]) -> None:
    constats = objet["findings"]
    assert isinstance(constats, list)
    if code == 5:  # a rendering failure must point at the claim value that caused it
        assert all(c["ou"] for c in constats if c["code"].startswith("RENDU-")), constats
    else:
        assert code in ISSUES_ACCEPTEES, (code, constats)
    if code:
        assert constats and all(c["message"] and c["code"] for c in constats)


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    copies = {}
    for nom in ECHANTILLONS:
        copies[nom] = tmp_path_factory.mktemp(nom)
        for fichier in (DEPOT / "samples" / nom).iterdir():
            if fichier.is_dir():  # a copy: a link out of the claim's folder would be refused (PIECE-02)
                shutil.copytree(fichier, copies[nom] / fichier.name)
    return copies


@settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.sampled_from(ECHANTILLONS), st.integers(min_value=0, max_value=2**32))
def test_claims_mutes(dossiers: dict[str, Path], echantillon: str, graine: int) -> None:
    texte = (DEPOT / "samples" / echantillon / "claim.yaml").read_text(encoding="utf-8")
    verifier(*juger(muter(texte, random.Random(graine)), dossiers[echantillon]))


SEMENCES = {
    "imbrication-3000": "x: " + "[" * 3000 + "]" * 3000,
    "nul-dans-un-nom": 'nom: "A\\0B"',
    "cloche-dans-un-nom": 'nom: "A\\x07B"',
    "demi-caractere": 'nom: "A\\ud800B"',
    "demi-caractere-dans-un-choix": 'periodicite: "\\ud800"',  # found by benchmarks/fuzz.py: exit 1
    "montant-400-chiffres": 'montant_ttc: "' + "9" * 400 + '.00"',
    "mot-de-100000-caracteres": 'objet: "' + "x" * 100_000 + '"',
    "nom-de-200000-caracteres": 'nom: "' + "y" * 200_000 + '"',
    "echeances-un-milliard": "nombre_echeances: 1000000000",
    "nom-blanc": 'nom: " "',  # found by benchmarks/fuzz.py: an empty author, exit 5
}


@pytest.mark.parametrize("semence", SEMENCES, ids=list(SEMENCES))
def test_semences_de_l_issue_23(dossiers: dict[str, Path], semence: str) -> None:
    texte = (DEPOT / "samples" / "plan-virement" / "claim.yaml").read_text(encoding="utf-8")
    cle = SEMENCES[semence].split(":")[0]
    lignes = texte.split("\n")
    trouvee = next((i for i, ligne in enumerate(lignes) if ligne.strip().startswith(f"{cle}:")), None)
    if trouvee is None:
        lignes.append(SEMENCES[semence])
    else:
        retrait = lignes[trouvee][: len(lignes[trouvee]) - len(lignes[trouvee].lstrip())]
        lignes[trouvee] = retrait + SEMENCES[semence]
    code, objet = juger("\n".join(lignes), dossiers["plan-virement"])
    verifier(code, objet)
    assert code == 3, objet


def test_un_total_au_dela_de_ce_que_porte_un_code_qr(dossiers: dict[str, Path]) -> None:
    """Found by benchmarks/fuzz.py (exit 5 without a position): an invoice at the bound of
    999 999 999,99 € plus penalties makes a total the payment QR code cannot carry (EPC069-12).
    The letter then gives the IBAN alone, and says nothing of a code."""
    texte = (DEPOT / "samples" / "b2b-menuiserie" / "claim.yaml").read_text(encoding="utf-8")
    texte = texte.replace('montant_ttc: "2480.00"', 'montant_ttc: "999999999.99"', 1)
    code, objet = juger(texte, dossiers["b2b-menuiserie"])
    verifier(code, objet)
    assert code in (0, 6) and not [c for c in objet["findings"] if c["code"].startswith("RENDU")]
    sortie = dossiers["b2b-menuiserie"] / "sortie"
    resultat = CliRunner().invoke(
        cli, ["build", str(dossiers["b2b-menuiserie"] / "claim.yaml"), "-o", str(sortie)]
    )
    assert resultat.exit_code == 0, resultat.output
    lettre = " ".join(texte_pdf((sortie / "relance-2.pdf").read_bytes()))
    assert "IBAN" in lettre and "scannez" not in lettre and "scannant" not in lettre
