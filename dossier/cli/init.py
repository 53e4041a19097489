"""`dossier init [DIR]`: a commented claim skeleton and an attachments folder."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import click

from dossier.cli import aide, report
from dossier.errors import UsageProblem
from dossier.findings import constat


@aide.commande("init")
@click.argument("dossier", type=click.Path(file_okay=False, path_type=Path), default=Path("."))
def commande(dossier: Path) -> None:
    """Écrit un claim.yaml commenté et un dossier pieces/ dans DOSSIER (par défaut : ici)."""
    fichier = dossier / "claim.yaml"
    if fichier.exists():
        raise UsageProblem(
            [
                constat(
                    "SORTIE-02",
                    f"{fichier} existe déjà : il n'est pas écrasé",
                    que_faire="Choisissez un autre dossier, ou renommez le fichier existant.",
                )
            ]
        )
    squelette = resources.files("dossier").joinpath("skeleton/claim.yaml").read_text(encoding="utf-8")
    (dossier / "pieces").mkdir(parents=True, exist_ok=True)
    fichier.write_text(squelette, encoding="utf-8")
    report.ligne(f"Écrit : {fichier} et {dossier / 'pieces'}/")
    report.ligne("Complétez claim.yaml, puis lancez « dossier check claim.yaml ».")
