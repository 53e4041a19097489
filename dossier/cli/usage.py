"""Click's usage errors, said in French as a finding (STYLE.md rule 7), exit code 2."""

from __future__ import annotations

import click

from dossier.findings import Constat, constat


def constat_usage(erreur: click.UsageError) -> Constat:
    commande = erreur.ctx.command_path if erreur.ctx else "dossier"
    aide = f"Voir « {commande} --help »."
    if isinstance(erreur, click.NoSuchOption):
        proches = (
            f" Vouliez-vous dire {', '.join(sorted(erreur.possibilities))} ?" if erreur.possibilities else ""
        )
        return constat("USAGE-01", f"option inconnue « {erreur.option_name} ».{proches}", que_faire=aide)
    if isinstance(erreur, click.MissingParameter):
        return constat("USAGE-01", f"{_nom(erreur.param)} manque : il est obligatoire", que_faire=aide)
    if isinstance(erreur, click.BadParameter):
        return constat(
            "USAGE-01",
            f"valeur refusée pour {_nom(erreur.param)}",
            que_faire=f"{_attendu(erreur.param)} {aide}",
        )
    if erreur.message.startswith("No such command"):
        return constat(
            "USAGE-01",
            "commande inconnue",
            que_faire="Voir « dossier --help » : init, check, build, plan, explain, taux.",
        )
    return constat("USAGE-01", "commande mal formée", que_faire=aide)


def _nom(parametre: click.Parameter | None) -> str:
    """« l'option --date » or « l'argument CLAIM », as the user typed it."""
    if isinstance(parametre, click.Option):
        return f"l'option {' / '.join(parametre.opts)}"
    if parametre is not None:
        return f"l'argument {parametre.human_readable_name}"
    return "une valeur"


def _attendu(parametre: click.Parameter | None) -> str:
    genre = parametre.type if parametre is not None else None
    if isinstance(genre, click.DateTime):
        return "Écrivez une date réelle au format AAAA-MM-JJ, par exemple 2026-03-31."
    if isinstance(genre, click.Choice):
        return f"Choisissez parmi : {', '.join(str(c) for c in genre.choices)}."
    if isinstance(genre, click.Path):
        return "Donnez le chemin d'un fichier ou d'un dossier existant, selon l'option."
    return "Corrigez la valeur."
