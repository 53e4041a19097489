"""`dossier plan claim.yaml`: the recovery calendar — the next step, from which day, and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from dossier.cli import aide, report
from dossier.cli.communs import option_date, option_parametres, preparer
from dossier.exit_codes import ExitCode

A_DIRE = ("DATE-01", "PIECE-01", "TAUX-05", "INJ-14", "INJ-15")


@aide.commande("plan")
@click.argument("claim", type=click.Path(dir_okay=False, path_type=Path))
@option_date()
@aide.option("--json", "en_json_", is_flag=True, help="Imprime le calendrier en JSON.")
@option_parametres()
@click.pass_context
def commande(ctx: click.Context, claim: Path, date_cli: Any, en_json_: bool, parametres: Path | None) -> None:
    """Dit la prochaine étape du recouvrement de CLAIM, sa date au plus tôt et pourquoi.

    \b
    Appel, relance 1, relance 2, mise en demeure, puis injonction de payer ou échéancier :
    jamais plus vite qu'une cadence raisonnable, jamais une étape dont les conditions manquent.
    """
    from dossier.export import en_json, objet_calendrier
    from dossier.pipeline import prevoir

    creance, options = preparer(claim, date_cli, None, False, parametres)
    analyse, prevu = prevoir(creance, options)
    bloquants = [c for c in analyse.constats if c.bloquant]
    # Besides what blocks, what the user must know before any step: a day in the future, a pièce
    # that is not where the claim says, or that the requête will need and the claim does not give.
    a_dire = [c for c in analyse.constats if c.bloquant or c.code in A_DIRE]
    if en_json_:
        report.brut(en_json(objet_calendrier(prevu, creance.reference, a_dire)).decode("utf-8"))
    else:
        report.calendrier(prevu, creance.reference, a_dire)
    ctx.exit(ExitCode.BLOCKING_FINDING if bloquants else ExitCode.OK)
