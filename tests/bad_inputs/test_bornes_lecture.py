"""The loader's own bounds (issue 23): a file over 1 MB, a 3,000-level nest and thousands of
problems each end in a clean refusal — exit 3, a coded French message — in bounded time, where they
ended in RecursionError (exit 1) or ran for minutes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.errors import InvalidClaim
from dossier.model import limites, lire
from tests.bad_inputs.test_bad_inputs import BASE


def refus(texte: str) -> list[tuple[str, str, str]]:
    with pytest.raises(InvalidClaim) as erreur:
        lire(texte)
    return [(c.code, str(c.ou), c.message) for c in erreur.value.constats]


@pytest.mark.parametrize(
    "imbrication",
    [
        "x: " + "[" * 3000 + "]" * 3000 + "\n",  # flow
        "x:\n" + "".join(" " * (2 * i) + "-\n" for i in range(1, 3000)),  # block sequences
        "".join(" " * (2 * i) + f"k{i}:\n" for i in range(3000)),  # block mappings
    ],
    ids=["crochets", "listes", "sections"],
)
def test_trois_mille_niveaux(imbrication: str) -> None:
    ((code, _, message),) = refus(BASE + imbrication)
    assert code == "YAML-09" and message.startswith(
        f"valeurs imbriquées sur plus de {limites.PROFONDEUR} niveaux"
    )


def test_des_milliers_de_cles_inconnues() -> None:
    constats = refus(BASE + "".join(f"inconnue{i}: 1\n" for i in range(20_000)))
    assert len(constats) == limites.CONSTATS_MONTRES + 1
    assert constats[0][:2] == ("CHAMP-01", f"claim.yaml:{BASE.count(chr(10)) + 1}:1 inconnue0")
    assert constats[-1][0] == "YAML-10"
    assert (
        constats[-1][2]
        == f"… et {20_000 - limites.CONSTATS_MONTRES} autres problèmes dans claim.yaml, non détaillés"
    )


def test_des_milliers_d_ancres() -> None:
    constats = refus(BASE + "x:\n" + "".join(f"  - &a{i} 1\n" for i in range(20_000)))
    assert [c[0] for c in constats[:-1]] == ["YAML-03"] * limites.CONSTATS_MONTRES
    assert constats[-1][2].startswith("… et d'autres problèmes peut-être (la lecture s'est arrêtée")


def test_un_fichier_de_deux_mega_octets(tmp_path: Path) -> None:
    claim = tmp_path / "claim.yaml"
    claim.write_text(BASE + "# " + "x" * 2_000_000 + "\n", encoding="utf-8")
    resultat = CliRunner().invoke(cli, ["check", str(claim)])
    assert resultat.exit_code == 3 and "YAML-08" in resultat.stderr and "claim.yaml:1:1" in resultat.stderr
    assert "2001 ko" in resultat.stderr
