"""Click, in French: the help pages, the metavars, and the unknown command.

Done through click's own extension points, never by patching click: a help formatter whose usage
line and headings are French (`Formateur`, set on every command's context), commands and a group
whose help option says « Affiche cette aide et quitte. » (`Commande`, `Groupe`), options whose
marks are French (`Option`: « [obligatoire] »), and metavars named in French where each option is
declared (`AAAA-MM-JJ`, `FICHIER`, `DOSSIER`). An unknown command is raised as `CommandeInconnue`,
with the group's own list of commands, for `cli/usage.py` to word.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable
from functools import partial
from typing import Any

import click

AIDE = "Affiche cette aide et quitte."
VERSION = "Affiche la version et quitte."
UTILISATION = "Utilisation : "
TITRES = {"Options": "Options", "Commands": "Commandes", "Positional arguments": "Arguments"}
DATE = "AAAA-MM-JJ"
FICHIER = "FICHIER"
DOSSIER = "DOSSIER"


class Formateur(click.HelpFormatter):
    """Click's formatter with a French usage line and French section headings."""

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        super().write_usage(prog, args, UTILISATION if prefix is None else prefix)

    def write_heading(self, heading: str) -> None:
        # French typography: a space before the colon (« Options : »).
        self.write(f"{'':>{self.current_indent}}{TITRES.get(heading, heading)} :\n")


class Contexte(click.Context):
    formatter_class = Formateur


def _aide_en_francais(option: click.Option | None) -> click.Option | None:
    if option is not None:
        option.help = AIDE
    return option


class Commande(click.Command):
    """A command whose help page is French."""

    context_class = Contexte

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _aide_en_francais(super().get_help_option(ctx))


class CommandeInconnue(click.UsageError):
    """`dossier bild`: the word typed, the nearest commands, and every command of the group."""

    def __init__(self, nom: str, commandes: list[str], ctx: click.Context) -> None:
        super().__init__(f"commande inconnue : {nom}", ctx)
        self.nom = nom
        self.commandes = commandes
        self.proches = difflib.get_close_matches(nom, commandes, n=3, cutoff=0.5)


class Groupe(click.Group):
    """The `dossier` group: French help, its commands French too, an unknown command said in full."""

    context_class = Contexte
    command_class = Commande

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("subcommand_metavar", "COMMANDE [ARGUMENTS]...")
        super().__init__(*args, **kwargs)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _aide_en_francais(super().get_help_option(ctx))

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        nom = args[0]
        if self.get_command(ctx, nom) is None and not ctx.resilient_parsing and not nom.startswith("-"):
            raise CommandeInconnue(nom, self.list_commands(ctx), ctx)
        return super().resolve_command(ctx, args)


class Option(click.Option):
    """An option whose help marks are French: « [obligatoire] » instead of « [required] »."""

    def get_help_extra(self, ctx: click.Context) -> Any:
        extra = super().get_help_extra(ctx)
        if "required" in extra:
            extra["required"] = "obligatoire"
        return extra


commande: Callable[..., Callable[[Callable[..., Any]], Commande]] = partial(click.command, cls=Commande)
option: Callable[..., Callable[[Callable[..., Any]], Any]] = partial(click.option, cls=Option)


class ChoixDifferes(click.Choice):  # type: ignore[type-arg]
    """A `click.Choice` whose values come from `source` when first needed (the help page, a value
    to check), so that declaring an option imports nothing of the layers below `cli/`."""

    def __init__(self, source: Callable[[], tuple[str, ...]]) -> None:
        self._source = source
        self.case_sensitive = True

    @property
    def choices(self) -> tuple[str, ...]:  # type: ignore[override]
        return self._source()


def jour(nom: str, *noms: str, help: str) -> Callable[[Callable[..., Any]], Any]:
    """A date option, typed AAAA-MM-JJ (shown so in the help, not as `[%Y-%m-%d]`)."""
    return option(nom, *noms, type=click.DateTime(formats=["%Y-%m-%d"]), metavar=DATE, help=help)
