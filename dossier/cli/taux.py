"""`dossier taux [--at DATE]`: the legal parameters in force, each with its article and source."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import click

from dossier.cli import aide, report
from dossier.law.montants.baremes import baremes
from dossier.law.parametres.lecture import charger_parametres, chemin_parametres_utilisateur

UNITES = {
    "pourcent_par_an": "% l'an",
    "points": "points",
    "multiple": "×",
    "euros": "€",
    "annees": "ans",
    "jours": "jours",
}


@aide.commande("taux")
@aide.jour(
    "--at",
    "jour",
    help="Les valeurs en vigueur ce jour (AAAA-MM-JJ). Sans elle : toutes les valeurs connues.",
)
@aide.option(
    "--parametres",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar=aide.FICHIER,
    help="Fichier de paramètres fournis par l'utilisateur (ou DOSSIER_PARAMETRES).",
)
def commande(jour: Any, parametres: Path | None) -> None:
    """Affiche les taux et montants légaux (intérêt légal, BCE, pénalités, indemnité, prescription).

    Une date au-delà des données connues s'arrête (code 4) en disant quelle valeur manque.
    """
    donnees = charger_parametres(chemin_parametres_utilisateur(parametres, os.environ))
    tables = baremes(jour.date() if jour else None, donnees)
    for parametre in tables.parametres:
        report.ligne(f"\n{parametre.description} — {parametre.article} ({parametre.id})")
        for v in parametre.valeurs:
            unite = UNITES.get(v.unite, v.unite)
            report.ligne(f"  du {v.du} au {v.au} : {v.valeur} {unite} — {v.citation} [{v.fiabilite}]")
        if jour is None:
            report.ligne(f"  connu jusqu'au {parametre.connu_jusqu_au}")
    report.ligne("\nPénalités de retard entre professionnels, à défaut de clause (C. com. L441-10, II) :")
    for ligne in tables.penalites:
        plancher = f" ; une clause ne peut descendre sous {ligne.plancher} %" if ligne.plancher else ""
        report.ligne(f"  {ligne.semestre} : {ligne.taux} % l'an{plancher}")
    report.ligne(
        f"\nDonnées connues jusqu'au {tables.connu_jusqu_au} ; au-delà, fournissez les valeurs publiées "
        "par --parametres FICHIER ou DOSSIER_PARAMETRES."
    )
