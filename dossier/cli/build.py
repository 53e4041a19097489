"""`dossier build claim.yaml -o DIR`: the documents of the claim's next step, checked."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from dossier.cli import report
from dossier.cli.communs import options_communes, preparer
from dossier.output import ecrire_pack, verifier_cible
from dossier.pipeline import build


@click.command("build")
@options_communes
@click.option(
    "-o",
    "--sortie",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Dossier où écrire les documents (remplacé d'un bloc à la fin).",
)
@click.option("--docx/--no-docx", default=True, help="Écrire aussi les versions DOCX modifiables.")
@click.option("--force", is_flag=True, help="Remplacer un dossier de sortie qui ne vient pas de dossier.")
def commande(
    claim: Path,
    date_cli: Any,
    jusqua: str | None,
    strict: bool,
    parametres: Path | None,
    sortie: Path,
    docx: bool,
    force: bool,
) -> None:
    """Produit dans SORTIE les courriers de CLAIM et calcul.json."""
    creance, options = preparer(claim, date_cli, jusqua, strict, parametres, docx)
    proteges = (claim, claim.absolute().parent)
    verifier_cible(sortie, force, proteges)  # refuse a bad folder before the work, not after it
    pack = build(creance, options)
    ecrire_pack(pack.fichiers, sortie, force, proteges)
    report.resume(pack.analyse)
    report.ligne(f"\n{len(pack.fichiers)} fichiers écrits dans {sortie}/ :")
    for nom in sorted(pack.fichiers):
        report.ligne(f"  {nom}")
