"""`dossier taux [--at DATE]`: the legal parameters in force, each with its article and source."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from dossier.cli import report
from dossier.law.parametres import charger_parametres, chemin_parametres_utilisateur


@click.command("taux")
@click.option(
    "--at",
    "jour",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Les valeurs en vigueur ce jour (AAAA-MM-JJ). Sans elle : toutes les valeurs connues.",
)
@click.option(
    "--parametres",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Fichier de paramètres fournis par l'utilisateur (ou DOSSIER_PARAMETRES).",
)
def commande(jour: Any, parametres: Path | None) -> None:
    """Affiche les taux et montants légaux (intérêt légal, BCE, pénalités, indemnité, prescription)."""
    donnees = charger_parametres(chemin_parametres_utilisateur(parametres, os.environ))
    for parametre in donnees:
        if jour is None:
            valeurs = parametre.valeurs
        else:
            trouvee = parametre.valeur_a(jour.date())
            valeurs = (trouvee,) if trouvee else ()
        report.ligne(f"\n{parametre.description} — {parametre.article} ({parametre.id})")
        if not valeurs:
            report.ligne(
                f"  aucune valeur connue le {jour.date()} : données connues jusqu'au "
                f"{parametre.connu_jusqu_au} (fournissez-la par --parametres)"
            )
            continue
        for v in valeurs:
            marque = " [fournie par l'utilisateur]" if v.fourni_par_utilisateur else ""
            report.ligne(
                f"  du {v.du} au {v.au} : {v.valeur} {_unite(v.unite)} — {v.citation} [{v.fiabilite}]{marque}"
            )
        if jour is None:
            report.ligne(f"  connu jusqu'au {parametre.connu_jusqu_au}")


def _unite(unite: str) -> str:
    return {
        "pourcent_par_an": "% l'an",
        "points": "points",
        "multiple": "×",
        "euros": "€",
        "annees": "ans",
        "jours": "jours",
    }.get(unite, unite)
