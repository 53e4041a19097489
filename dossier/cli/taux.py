"""`dossier taux [--at DATE] [--modele]`: the legal parameters in force, each with its article and
source; with `--modele`, the parameter file to fill with every published value missing that day."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dossier.cli import aide, report
from dossier.errors import LawDataMissing
from dossier.francais import date_longue, montant_fr

if TYPE_CHECKING:
    from dossier.law.parametres.lecture import Parametres

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
    "--modele",
    "modele_demande",
    is_flag=True,
    help="Écrit sur la sortie le fichier de paramètres à remplir : chaque valeur publiée inconnue au "
    "jour de --at (par défaut aujourd'hui), avec sa période et où elle est publiée. "
    "Exemple : dossier taux --modele --at 2026-12-04 > parametres.yaml",
)
@aide.option(
    "--parametres",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar=aide.FICHIER,
    help="Fichier de paramètres fournis par l'utilisateur (ou DOSSIER_PARAMETRES).",
)
def commande(jour: Any, modele_demande: bool, parametres: Path | None) -> None:
    """Affiche les taux et montants légaux (intérêt légal, BCE, pénalités, indemnité, prescription).

    Une date au-delà des valeurs publiées connues s'arrête (code 4) en disant quelle valeur manque ;
    « --modele » écrit alors le fichier à remplir. Un texte en vigueur (majoration de L441-10,
    indemnité de D441-5, prescriptions) n'expire pas.
    """
    from dossier.law.montants.baremes import baremes
    from dossier.law.parametres.modele import modele
    from dossier.law.parametres.utilisateur import charger_parametres, chemin_parametres_utilisateur

    donnees = charger_parametres(chemin_parametres_utilisateur(parametres, os.environ))
    if modele_demande:
        au = jour.date() if jour else date.today()  # the CLI is the only place that reads today
        texte = modele(au, donnees)
        if texte is None:
            report.ligne(
                f"Aucune valeur publiée ne manque au {date_longue(au)} : il n'y a pas de fichier de "
                "paramètres à remplir."
            )
        else:
            report.brut(texte)
        return
    if jour is not None:
        en_vigueur(jour.date(), donnees)
        return
    tables = baremes(None, donnees)
    for parametre in tables.parametres:
        report.ligne(f"\n{parametre.description} — {parametre.article} ({parametre.id})")
        for v in parametre.valeurs:
            unite = UNITES.get(v.unite, v.unite)
            periode = (
                f"du {date_longue(v.du)} au {date_longue(v.au)}"
                if v.au != date.max
                else f"depuis le {date_longue(v.du)}"
            )
            report.ligne(f"  {periode} : {montant_fr(v.valeur)} {unite} — {v.citation} [{v.fiabilite}]")
        if parametre.connu_jusqu_au is not None:
            report.ligne(
                f"  connu jusqu'au {date_longue(parametre.connu_jusqu_au)} ; "
                f"publication : {parametre.publication}"
            )
        else:
            report.ligne("  fixé par un texte : vaut jusqu'à ce qu'une nouvelle valeur datée le remplace")
    report.ligne("\nPénalités de retard entre professionnels, à défaut de clause (C. com. L441-10, II) :")
    for ligne in tables.penalites:
        plancher = (
            f" ; une clause ne peut descendre sous {montant_fr(ligne.plancher)} %" if ligne.plancher else ""
        )
        report.ligne(f"  {ligne.semestre} : {montant_fr(ligne.taux)} % l'an{plancher}")
    report.ligne(
        f"\nValeurs publiées connues jusqu'au {date_longue(tables.connu_jusqu_au)} ; au-delà, "
        "« dossier taux --modele --at JOUR » écrit le fichier à remplir, à passer par --parametres "
        "FICHIER ou DOSSIER_PARAMETRES."
    )


def en_vigueur(jour: date, donnees: Parametres) -> None:
    """`taux --at JOUR`: one line per value in force that day, and the default B2B penalty rate; past
    the published values, one finding that names them all (exit 4)."""
    from dossier.law.montants.baremes import baremes
    from dossier.law.parametres.manquantes import regrouper

    try:
        tables = baremes(jour, donnees)
    except LawDataMissing as manque:
        raise regrouper(manque, jour, donnees, option="--at") from None
    report.ligne(f"En vigueur le {date_longue(jour)} (sources et historique : « dossier taux ») :")
    for parametre in tables.parametres:
        (v,) = parametre.valeurs
        valeur = f"{montant_fr(v.valeur)} {UNITES.get(v.unite, v.unite)}"
        periode = (
            f"depuis le {date_longue(v.du)}"
            if v.au == date.max
            else f"du {date_longue(v.du)} au {date_longue(v.au)}"
        )
        fournie = ", valeur fournie par l'utilisateur" if v.fourni_par_utilisateur else ""
        report.ligne(f"  {v.description} : {valeur}, {periode} ({v.article}{fournie}) [{v.fiabilite}]")
    for ligne in tables.penalites:
        plancher = (
            f" ; une clause ne peut descendre sous {montant_fr(ligne.plancher)} %" if ligne.plancher else ""
        )
        report.ligne(
            f"  pénalités de retard entre professionnels à défaut de clause (C. com. L441-10, II), "
            f"{ligne.semestre} : {montant_fr(ligne.taux)} % l'an{plancher}"
        )
