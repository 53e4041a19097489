"""The data-date test: adding the next published half-year to the law data breaks no test.

Every test that depends on where the published rates end reads that day from the data
(`tests/verifications.py`: `DERNIER_JOUR_CONNU` and what follows from it) and is marked
`donnees_datees`. Here the package's parameter files are copied, each value published per period
(the legal interest rates, the ECB rate) gets one more half-year — dated, with its reference — and
the marked cases run again in a child pytest that reads the copy (`tests/conftest.py`,
`DOSSIER_TESTS_DONNEES`). The day the real next half-year is added, nothing else needs to change.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import pytest

from dossier.law.calendrier import semestre
from tests.conftest import DONNEES_D_ESSAI
from tests.verifications import DERNIER_JOUR_CONNU

RACINE = Path(__file__).resolve().parents[2]
MARQUE = "pytest.mark.donnees_datees"
JOUR_ATTENDU = "DOSSIER_TESTS_DERNIER_JOUR"  # what the child must read as the last known day
CONNU = re.compile(r'^connu_jusqu_au: "(\d{4}-\d{2}-\d{2})"', re.MULTILINE)


def prolonger(texte: str) -> tuple[str, date] | None:
    """A parameter file with one more half-year, at the value of the last one; None for a value a
    text sets (it has no end to move)."""
    connu = CONNU.search(texte)
    if connu is None:
        return None
    suivant = semestre(date.fromisoformat(connu[1]) + timedelta(days=1))
    derniere = re.findall(r'^    valeur: "([^"]+)"$', texte, re.MULTILINE)[-1]
    texte = texte.replace(connu[0], f'connu_jusqu_au: "{suivant.fin.isoformat()}"')
    texte = texte.rstrip("\n") + (
        f'\n  - du: "{suivant.debut.isoformat()}"\n'
        f'    valeur: "{derniere}"\n'
        '    reference: "Valeur d\'essai du test des données datées (tests/unit/test_donnees_datees.py)"\n'
        '    source: "Aucune publication : valeur d\'essai"\n'
        "    fiabilite: U\n"
    )
    return texte, suivant.fin


def test_prolonger_ajoute_un_semestre_date() -> None:
    texte = 'id: x\nconnu_jusqu_au: "2026-06-30"\nvaleurs:\n  - du: "2026-01-01"\n    valeur: "2.62"\n'
    prolonge = prolonger(texte)
    assert prolonge is not None
    nouveau, fin = prolonge
    assert fin == date(2026, 12, 31) and 'connu_jusqu_au: "2026-12-31"' in nouveau
    assert '  - du: "2026-07-01"\n    valeur: "2.62"\n' in nouveau
    assert prolonger('id: x\ndepuis: "2019-04-26"\n') is None


def fichiers_marques() -> list[str]:
    return sorted(
        str(p.relative_to(RACINE))
        for p in (RACINE / "tests").rglob("test_*.py")
        if MARQUE in p.read_text(encoding="utf-8")
    )


def test_une_valeur_publiee_de_plus_ne_casse_aucun_test(tmp_path: Path) -> None:
    copie = tmp_path / "donnees"
    shutil.copytree(Path(str(resources.files("dossier.law.parametres").joinpath("donnees"))), copie)
    fins = []
    for fichier in sorted(copie.glob("*.yaml")):
        prolonge = prolonger(fichier.read_text(encoding="utf-8"))
        if prolonge is not None:
            fichier.write_text(prolonge[0], encoding="utf-8")
            fins.append(prolonge[1])
    assert len(fins) >= 3  # the two legal interest rates and the ECB rate
    nouveau_dernier_jour = min(fins)
    assert nouveau_dernier_jour > DERNIER_JOUR_CONNU

    fichiers = fichiers_marques()
    assert len(fichiers) >= 8, fichiers
    environnement = {k: v for k, v in os.environ.items() if k != "DOSSIER_PARAMETRES"}
    environnement[DONNEES_D_ESSAI] = str(tmp_path)
    environnement[JOUR_ATTENDU] = nouveau_dernier_jour.isoformat()
    enfant = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-m", "donnees_datees", "-p", "no:cacheprovider", *fichiers],
        cwd=RACINE,
        env=environnement,
        capture_output=True,
        text=True,
        check=False,
    )
    assert enfant.returncode == 0, enfant.stdout[-6000:] + enfant.stderr[-2000:]
    (bilan,) = re.findall(r"^(\d+) passed", enfant.stdout, re.MULTILINE)
    assert int(bilan) >= 25, enfant.stdout[-2000:]


@pytest.mark.donnees_datees
def test_l_enfant_lit_bien_la_copie() -> None:
    """In the child run, the data read are the copy with one more half-year (skipped otherwise)."""
    attendu = os.environ.get(JOUR_ATTENDU)
    if not attendu:
        pytest.skip("run by test_une_valeur_publiee_de_plus_ne_casse_aucun_test only")
    assert DERNIER_JOUR_CONNU.isoformat() == attendu
