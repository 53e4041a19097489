"""`dossier build -o DIR --force` never swallows the claim, its pièces or the folders around them,
however the path reaches them (each trick found by attacking the output guard, issue 26): exit 2,
SORTIE-04, and not one file of the claim's folder touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.output.verrou import verrou

DEPOT = Path(__file__).resolve().parents[2]
ECHANTILLON = DEPOT / "samples" / "injonction-b2b"


def inventaire(dossier: Path) -> dict[str, bytes]:
    return {p.relative_to(dossier).as_posix(): p.read_bytes() for p in dossier.rglob("*") if p.is_file()}


@pytest.fixture
def claim(tmp_path: Path) -> Path:
    """A copy of the injonction sample (its claim cites pièces under pieces/)."""
    dossier = tmp_path / "dossiers" / "creance"
    shutil.copytree(ECHANTILLON, dossier)
    return dossier / "claim.yaml"


def build_force(claim: Path, sortie: str | Path) -> Result:
    return CliRunner().invoke(cli, ["build", str(claim), "-o", str(sortie), "--force", "--no-docx"])


def refuse_sans_toucher(claim: Path, sortie: str | Path) -> str:
    avant = inventaire(claim.parent.parent)
    resultat = build_force(claim, sortie)
    assert resultat.exit_code == ExitCode.USAGE, resultat.output
    assert "SORTIE-04" in resultat.stderr and "Erreur interne" not in resultat.stderr
    assert inventaire(claim.parent.parent) == avant
    return resultat.stderr


def test_par_un_detour_en_point_point(claim: Path, tmp_path: Path) -> None:
    refuse_sans_toucher(claim, tmp_path / "dossiers" / "zz" / ".." / "creance")


def test_par_un_lien_symbolique_vers_le_dossier(claim: Path, tmp_path: Path) -> None:
    (tmp_path / "raccourci").symlink_to(claim.parent)
    assert "le dossier de la créance" in refuse_sans_toucher(claim, tmp_path / "raccourci")


def test_par_un_parent_symbolique(claim: Path, tmp_path: Path) -> None:
    (tmp_path / "ailleurs").symlink_to(tmp_path / "dossiers")
    refuse_sans_toucher(claim, tmp_path / "ailleurs" / "creance")


def test_depuis_le_dossier_de_la_creance(claim: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(claim.parent)
    refuse_sans_toucher(Path("claim.yaml"), "../creance")
    assert not [p for p in claim.parent.parent.iterdir() if p.name.startswith(".")]  # nothing hidden


def test_le_dossier_des_pieces(claim: Path) -> None:
    assert "la pièce contrat.piece" in refuse_sans_toucher(claim, claim.parent / "pieces")


def test_un_parent_de_la_creance(claim: Path) -> None:
    refuse_sans_toucher(claim, claim.parent.parent)


def test_remonter_vers_les_parents_du_dossier_courant(
    claim: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "travail" / "a" / "b").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "travail" / "a" / "b")
    assert "le dossier courant" in refuse_sans_toucher(claim, "quelque/../../../")


B2B = DEPOT / "samples" / "b2b-menuiserie" / "claim.yaml"


def test_une_construction_interrompue_est_reparee_a_la_suivante(tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    assert CliRunner().invoke(cli, ["build", str(B2B), "-o", str(sortie), "--no-docx"]).exit_code == 0
    avant = inventaire(sortie)
    # as a build killed between its two renames leaves it: the previous pack set aside, a new one
    # complete but not swapped in, no output folder
    (tmp_path / ".sortie.ancien.0123456789ab").mkdir()
    sortie.rename(tmp_path / ".sortie.ancien.0123456789ab" / "sortie")
    (tmp_path / ".sortie.fedcba987654").mkdir()
    resultat = CliRunner().invoke(cli, ["build", str(B2B), "-o", str(sortie), "--no-docx"])
    assert resultat.exit_code == 0, resultat.output
    assert "remise en place" in resultat.stdout and "provisoire" in resultat.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sortie"]
    assert inventaire(sortie) == avant  # same claim, same day: the same pack


def test_deux_constructions_dans_le_meme_dossier(tmp_path: Path) -> None:
    sortie = tmp_path / "sortie"
    with verrou(sortie):  # another build, holding the folder
        resultat = CliRunner().invoke(cli, ["build", str(B2B), "-o", str(sortie), "--no-docx"])
    assert resultat.exit_code == ExitCode.USAGE and "SORTIE-05" in resultat.stderr
    assert not sortie.exists()
