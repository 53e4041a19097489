"""`dossier check claim.yaml`: validate, compute, run every rule; print findings; build nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from dossier.cli import aide, report
from dossier.cli.communs import options_communes, preparer
from dossier.errors import DossierError
from dossier.exit_codes import ExitCode


@aide.commande("check")
@options_communes
@aide.option("--json", "en_json_", is_flag=True, help="Imprime l'objet de calcul (celui de calcul.json).")
@click.pass_context
def commande(
    ctx: click.Context,
    claim: Path,
    date_cli: Any,
    jusqua: str | None,
    strict: bool,
    parametres: Path | None,
    en_json_: bool,
) -> None:
    """Vérifie CLAIM et calcule la créance, sans rien produire."""
    from dossier.export import en_json, objet_erreur
    from dossier.pipeline import controler

    reference, jour = None, None
    try:
        creance, options = preparer(claim, date_cli, jusqua, strict, parametres)
        reference, jour = creance.reference, options.jour
        analyse = controler(creance, options)
    except DossierError as erreur:
        if not en_json_:
            raise
        # The same object, amounts null, the errors in findings
        # (docs/decisions.md « check --json / calcul.json »).
        report.brut(en_json(objet_erreur(erreur.constats, reference, jour)).decode("utf-8"))
        ctx.exit(erreur.exit_code)
    if en_json_:
        report.brut(en_json(analyse.objet()).decode("utf-8"))
    else:
        report.resume(analyse)
    ctx.exit(ExitCode.BLOCKING_FINDING if analyse.bloquee else ExitCode.OK)
