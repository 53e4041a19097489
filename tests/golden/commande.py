"""`dossier` run in process as a user would, and a PDF it wrote read back: shared by the golden tests
that edit a sample's claim.yaml and check what the command says and writes."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.render.readback import normaliser, texte_pdf


def lancer(*arguments: str | Path) -> tuple[int, str]:
    """The exit code and the normalised output of `dossier ARGUMENTS` (no user parameter file)."""
    resultat = CliRunner().invoke(cli, [str(a) for a in arguments], env={"DOSSIER_PARAMETRES": None})
    return resultat.exit_code, normaliser(resultat.output)


def lire(pdf: Path) -> str:
    """The whole text of a PDF written by `build`, pages joined, normalised."""
    return normaliser(" ".join(texte_pdf(pdf.read_bytes())))
