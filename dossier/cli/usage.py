"""Click's usage errors, said in French as a finding (docs/style.md rule 7), exit code 2."""

from __future__ import annotations

import click

from dossier.cli.aide import CommandeInconnue
from dossier.findings import Constat, constat
from dossier.francais import enumeration


def constat_usage(erreur: click.UsageError) -> Constat:
    commande = erreur.ctx.command_path if erreur.ctx else "dossier"
    aide = f"Voir « {commande} --help »."
    if isinstance(erreur, click.NoSuchOption):
        proches = (
            f" Vouliez-vous dire {enumeration(sorted(erreur.possibilities), 'ou')} ?"
            if erreur.possibilities
            else ""
        )
        return constat("USAGE-01", f"option inconnue « {erreur.option_name} ».{proches}", que_faire=aide)
    if isinstance(erreur, CommandeInconnue):
        proches = f"Vouliez-vous dire {enumeration(erreur.proches, 'ou')} ? " if erreur.proches else ""
        return constat(
            "USAGE-01",
            f"commande inconnue : « {erreur.nom} »",
            que_faire=f"{proches}Les commandes : {enumeration(erreur.commandes)}. Voir « dossier --help ».",
        )
    if isinstance(erreur, click.MissingParameter):
        nom, pronom = _nom(erreur.param)
        return constat("USAGE-01", f"{nom} manque : {pronom} est obligatoire", que_faire=aide)
    if isinstance(erreur, click.BadParameter):
        return constat(
            "USAGE-01",
            f"valeur refusée pour {_nom(erreur.param)[0]}",
            que_faire=f"{_attendu(erreur.param)} {aide}",
        )
    return constat("USAGE-01", "commande mal formée", que_faire=aide)


def _nom(parametre: click.Parameter | None) -> tuple[str, str]:
    """« l'option --date » or « l'argument CLAIM », as the user typed it, and the pronoun that
    agrees with it (« elle » for an option, « il » for an argument)."""
    if isinstance(parametre, click.Option):
        return f"l'option {' / '.join(parametre.opts)}", "elle"
    if parametre is not None:
        return f"l'argument {parametre.human_readable_name}", "il"
    return "une valeur", "elle"


def _attendu(parametre: click.Parameter | None) -> str:
    genre = parametre.type if parametre is not None else None
    if isinstance(genre, click.DateTime):
        return "Écrivez une date réelle au format AAAA-MM-JJ, par exemple 2026-03-31."
    if isinstance(genre, click.Choice):
        return f"Choisissez parmi : {', '.join(str(c) for c in genre.choices)}."
    if isinstance(genre, click.Path):
        return "Donnez le chemin d'un fichier ou d'un dossier existant, selon l'option."
    return "Corrigez la valeur."
