"""`dossier verify DIR`: re-check a built pack, with no claim file (issue 12)."""

from __future__ import annotations

from pathlib import Path

import click

from dossier.cli import aide, report
from dossier.exit_codes import ExitCode


@aide.commande("verify")
@click.argument("dossier", type=click.Path(path_type=Path))
@click.pass_context
def commande(ctx: click.Context, dossier: Path) -> None:
    """Revérifie le dossier DOSSIER écrit par « dossier build », sans la créance.

    \b
    Chaque fichier contre manifest.json (empreinte SHA-256, taille), aucun contenu actif, les
    signatures PAdES, les documents entre eux et avec calcul.json (montants, parties, dates,
    pièces, tampons), et calcul.json refait à partir du claim.yaml joint au dossier d'injonction.
    Code de sortie 0 seulement si tout concorde ; sinon 6, chaque écart nommant son fichier.
    """
    from dossier.pipeline import verifier

    verification = verifier(dossier)
    report.verification(verification)
    ctx.exit(ExitCode.OK if verification.en_ordre else ExitCode.BLOCKING_FINDING)
