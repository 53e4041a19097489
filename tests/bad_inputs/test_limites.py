"""Every count a claim gives is bounded at load (VALEUR-11, dossier/model/limites.py): a billion
instalments once made `check` grow to 23 GB. Each bound is met exactly once, then passed by one."""

from __future__ import annotations

import resource
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.errors import InvalidClaim
from dossier.model import limites, lire
from tests.bad_inputs.test_bad_inputs import BASE, ajouter, remplacer


def _factures(nombre: int) -> str:
    return "".join(
        f'  - {{numero: "G-{i}", date: "2025-10-20", echeance: "2025-11-19", montant_ttc: "10.00"}}\n'
        for i in range(nombre)
    )


def _refus(texte: str) -> list[tuple[str, str, str]]:
    with pytest.raises(InvalidClaim) as refus:
        lire(texte)
    return [(c.code, str(c.ou), c.message) for c in refus.value.constats]


def test_les_limites_tiennent_dans_un_dossier_reel() -> None:
    lire(remplacer("paiements:\n", _factures(limites.FACTURES - 2) + "paiements:\n"))


def test_trop_de_factures() -> None:
    ligne = BASE[: BASE.index("factures:")].count("\n") + 1
    assert _refus(remplacer("paiements:\n", _factures(limites.FACTURES - 1) + "paiements:\n")) == [
        (
            "VALEUR-11",
            f"claim.yaml:{ligne}:1 factures",
            f"la liste « factures » compte {limites.FACTURES + 1} éléments : "
            f"au plus {limites.FACTURES} sont acceptés dans un dossier",
        )
    ]


@pytest.mark.parametrize(("liste", "element", "plafond"), [
    ("courriers", '  - {type: autre, date: "2025-12-01"}\n', limites.COURRIERS),
    ("paiements", '  - {date: "2025-12-01", montant: "1.00", moyen: cheque}\n', limites.PAIEMENTS),
    ("echanges", '  - {date: "2025-12-01", canal: telephone}\n', limites.ECHANGES),
])  # fmt: skip
def test_trop_de_courriers_paiements_echanges(liste: str, element: str, plafond: int) -> None:
    if f"\n{liste}:\n" in BASE:  # the base has some already: one more than the bound in all
        deja = BASE.split(f"\n{liste}:\n")[1].split("\n")
        avant = next(i for i, ligne in enumerate(deja) if not ligne.startswith(" "))
        elements = sum(1 for ligne in deja[:avant] if ligne.startswith("  - "))
        texte = remplacer(f"\n{liste}:\n", f"\n{liste}:\n" + element * (plafond + 1 - elements))
    else:
        texte = ajouter(f"{liste}:\n" + element * (plafond + 1))
    (code, _, message), *_ = _refus(texte)
    assert code == "VALEUR-11" and f"« {liste} » compte {plafond + 1} éléments" in message


def test_trop_de_pieces_citees() -> None:
    echanges = "".join(
        f'  - {{date: "2025-12-01", canal: email, piece: "pieces/m-{i}.eml"}}\n' for i in range(600)
    )
    (code, ou, message), *_ = _refus(ajouter("echanges:\n" + echanges))
    assert code == "VALEUR-11" and message.startswith("la créance cite 603 pièces : au plus 500")
    assert ou.endswith(f"echanges[{limites.PIECES - 2}].piece")  # the first pièce past the bound (after 2)


def test_un_milliard_d_echeances() -> None:
    plan = (
        "plan:\n  nombre_echeances: 1000000000\n  derogation_24_mois: true\n"
        '  premiere_echeance: "2026-04-05"\n  moyen: virement\n'
    )
    assert _refus(ajouter(plan)) == [
        (
            "VALEUR-11",
            f"claim.yaml:{BASE.count(chr(10)) + 2}:21 plan.nombre_echeances",
            f"« nombre_echeances » vaut 1000000000 : au plus {limites.ECHEANCES} dans un dossier",
        )
    ]


def test_check_ne_deborde_pas(tmp_path: Path) -> None:
    """The real command, in a child process whose address space is capped at 3 GB (it grew to
    23 GB before the bound): a clean refusal, exit 3."""
    plan = (
        "plan:\n  nombre_echeances: 1000000000\n  derogation_24_mois: true\n"
        '  premiere_echeance: "2026-04-05"\n  moyen: virement\n'
    )
    claim = tmp_path / "claim.yaml"
    claim.write_text(ajouter(plan), encoding="utf-8")

    def plafonner() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (3 << 30, 3 << 30))

    fini = subprocess.run(
        [sys.executable, "-c", "from dossier.cli.main import main; main()", "check", str(claim)],
        capture_output=True, text=True, preexec_fn=plafonner, timeout=120, check=False,
    )  # fmt: skip
    assert fini.returncode == 3, fini.stderr
    assert "VALEUR-11" in fini.stderr
