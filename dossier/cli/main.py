"""The `dossier` command: a thin click shell over the library (docs/style.md rule 8)."""

from __future__ import annotations

import logging
from typing import Any

import click

from dossier.cli import (
    batch,
    build,
    check,
    doctor,
    explain,
    import_facture,
    init,
    plan,
    report,
    stats,
    taux,
    verify,
)
from dossier.cli.aide import VERSION, Groupe
from dossier.cli.usage import constat_usage
from dossier.collecte import espacer_le_processus
from dossier.errors import DossierError
from dossier.exit_codes import ExitCode


class _Groupe(Groupe):
    """Turns every refusal into its findings and exit code; a traceback only with --traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DossierError as erreur:
            report.constats(erreur.constats, erreur=True)
            ctx.exit(erreur.exit_code)
        except click.UsageError as erreur:
            report.constats([constat_usage(erreur)], erreur=True)
            ctx.exit(ExitCode.USAGE)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except KeyboardInterrupt:  # click would print « Aborted! », in English
            report.interrompu()
            ctx.exit(ExitCode.INTERNAL_ERROR)
        except BrokenPipeError:
            # The reader went away (`dossier taux | head -1`): nothing more to say, nobody to say
            # it to. report.py already carries on quietly; this catches any other write.
            report.tube_ferme()
            ctx.exit(ExitCode.OK)
        except Exception as erreur:
            if ctx.params.get("traceback"):
                raise
            report.erreur_interne(erreur)
            ctx.exit(ExitCode.INTERNAL_ERROR)


@click.group(cls=_Groupe, context_settings={"help_option_names": ["-h", "--help"]})
# the version is read from the package metadata when asked, not at start-up
@click.version_option(
    package_name="dossier", prog_name="dossier", message="%(prog)s, version %(version)s", help=VERSION
)
@click.option("--traceback", is_flag=True, help="Affiche le détail technique d'une erreur interne.")
def cli(traceback: bool) -> None:
    """Recouvrement amiable et judiciaire de créances, d'un seul fichier claim.yaml.

    \b
    Codes de sortie : 0 succès, 1 erreur interne, 2 usage, 3 dossier invalide,
    4 données légales manquantes pour la date, 5 échec de rendu, 6 constat bloquant.

    Ce logiciel aide à préparer des documents ; il ne constitue pas un conseil juridique.
    """


for _module in (init, check, build, batch, stats, verify, plan, explain, taux, import_facture, doctor):
    cli.add_command(_module.commande)


def main() -> None:
    espacer_le_processus()  # one command per process: young objects collected less often (collecte.py)
    # pypdf reports, in English and on stderr, each reference it cannot follow in a pièce; what
    # matters of it reaches the user as a finding (PIECE-03, PIECE-13), so its log stays quiet.
    logging.getLogger("pypdf").addHandler(logging.NullHandler())
    cli(prog_name="dossier")
