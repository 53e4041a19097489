"""Options and steps shared by `check` and `build`: the claim, the « as of » day, the parameters."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import click

from dossier.law.etapes import Etape
from dossier.law.parametres import chemin_parametres_utilisateur
from dossier.model import charger
from dossier.model.claim import Creance
from dossier.pipeline import Options

F = TypeVar("F", bound=Callable[..., Any])


def options_communes(fonction: F) -> F:
    for decorateur in reversed(
        (
            click.argument("claim", type=click.Path(dir_okay=False, path_type=Path)),
            click.option(
                "--date",
                "date_cli",
                type=click.DateTime(formats=["%Y-%m-%d"]),
                help="Jour « arrêté au » (AAAA-MM-JJ) ; par défaut date_edition, sinon aujourd'hui.",
            ),
            click.option(
                "--jusqua",
                type=click.Choice([e.value for e in Etape]),
                help="Aller directement à cette étape (les étapes non envoyées sont sautées) ; "
                "« injonction » exige ses conditions (contrat prouvé, mise en demeure échue).",
            ),
            click.option("--strict", is_flag=True, help="Les avertissements deviennent bloquants."),
            click.option(
                "--parametres",
                type=click.Path(dir_okay=False, path_type=Path),
                help="Fichier de paramètres légaux fournis par l'utilisateur (ou DOSSIER_PARAMETRES).",
            ),
        )
    ):
        fonction = decorateur(fonction)
    return fonction


def preparer(
    claim: Path, date_cli: Any, jusqua: str | None, strict: bool, parametres: Path | None, docx: bool = True
) -> tuple[Creance, Options]:
    """Load the claim and fix the day: the only place below `cli/` that today's date comes from."""
    creance = charger(claim)
    jour = creance.jour_edition(date_cli.date() if date_cli else None, date.today())
    options = Options(
        jour=jour,
        jusqua=Etape(jusqua) if jusqua else None,
        strict=strict,
        docx=docx,
        parametres=chemin_parametres_utilisateur(parametres, os.environ),
    )
    return creance, options
