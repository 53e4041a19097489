"""Options and steps shared by `check` and `build`: the claim, the « as of » day, the parameters,
and, for `build --sign`, the creditor's key and its passphrase."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from dossier.cli import aide
from dossier.errors import UsageProblem
from dossier.findings import Severite, constat

if TYPE_CHECKING:  # the layers below are imported by the command that runs, not by `dossier --help`
    from dossier.assemble.signature import CleSignature
    from dossier.model.claim import Creance
    from dossier.output.garde import Protege
    from dossier.pipeline import Options

F = TypeVar("F", bound=Callable[..., Any])
# The key's passphrase: from this variable, or typed at a hidden prompt; never a command-line value
# (it would stay in the shell history and in the process list).
VARIABLE_MOT_DE_PASSE = "DOSSIER_MOT_DE_PASSE_CLE"


def options_communes(fonction: F) -> F:
    for decorateur in reversed(
        (
            click.argument("claim", type=click.Path(dir_okay=False, path_type=Path)),
            option_date(),
            aide.option(
                "--jusqua",
                type=aide.ChoixDifferes(etapes),
                help="Aller directement à cette étape (les étapes non envoyées sont sautées) ; "
                "« injonction » exige ses conditions (contrat prouvé, mise en demeure échue).",
            ),
            aide.option("--strict", is_flag=True, help="Les avertissements deviennent bloquants."),
            option_parametres(),
        )
    ):
        fonction = decorateur(fonction)
    return fonction


def etapes() -> tuple[str, ...]:
    """The steps `--jusqua` accepts, read when the option is checked or its help shown."""
    from dossier.law.procedure.etapes import SERIE

    return tuple(e.value for e in SERIE)


def option_date() -> Callable[[F], F]:
    return aide.jour(
        "--date",
        "date_cli",
        help="Jour « arrêté au » (AAAA-MM-JJ) ; par défaut date_edition, sinon aujourd'hui.",
    )


def option_parametres() -> Callable[[F], F]:
    return aide.option(
        "--parametres",
        type=click.Path(dir_okay=False, path_type=Path),
        metavar=aide.FICHIER,
        help="Fichier de paramètres légaux fournis par l'utilisateur (ou DOSSIER_PARAMETRES).",
    )


def preparer(
    claim: Path,
    date_cli: Any,
    jusqua: str | None,
    strict: bool,
    parametres: Path | None,
    docx: bool = True,
    futur: bool = False,
) -> tuple[Creance, Options]:
    """Load the claim and fix the day: the only place below `cli/` that today's date comes from."""
    from dossier.law.parametres.utilisateur import chemin_parametres_utilisateur
    from dossier.model import charger
    from dossier.pipeline import Options
    from dossier.vocabulaire import Etape

    creance = charger(claim)
    aujourd_hui = date.today()
    jour = creance.jour_edition(date_cli.date() if date_cli else None, aujourd_hui)
    options = Options(
        jour=jour,
        jusqua=Etape(jusqua) if jusqua else None,
        strict=strict,
        docx=docx,
        parametres=chemin_parametres_utilisateur(parametres, os.environ),
        aujourd_hui=aujourd_hui,
        date_cli=date_cli is not None,
        futur=futur,
    )
    return creance, options


def refuser_le_futur(creance: Creance, options: Options) -> None:
    """`build`: documents dated after today are refused (exit 2) unless --futur says they are meant."""
    from dossier.model.jour import constat_jour_futur

    futur = constat_jour_futur(creance, options.jour, options.aujourd_hui, options.date_cli, options.futur)
    if futur is not None and not options.futur:
        raise UsageProblem([replace(futur, severite=Severite.BLOQUANT)])


def proteges(claim: Path, creance: Creance) -> list[Protege]:
    """What an output folder must never swallow: the claim, its folder, and every file it cites."""
    from dossier.model.yaml_strict import chemin_lisible
    from dossier.output.garde import Protege

    dossier = claim.absolute().parent
    gardes = [Protege(dossier, "le dossier de la créance"), Protege(claim, f"le fichier {claim.name}")]
    for ou, chemin in creance.fichiers_cites():
        gardes.append(Protege(dossier / chemin, f"la pièce {chemin_lisible(ou)} ({chemin})"))
    return gardes


def ouvrir_cle(
    chemin: Path, tsa: str | None, creance: Creance, environnement: Mapping[str, str] = os.environ
) -> CleSignature:
    """`build --sign`: refuse what cannot be signed, read the passphrase, open and check the key.

    Done before the build, so a wrong passphrase costs no rendering and writes nothing.
    """
    if creance.plan is None:
        raise UsageProblem(
            [
                constat(
                    "SIGN-05",
                    "--sign est donné mais la créance n'a pas de section plan : "
                    "il n'y a pas d'échéancier à signer",
                    ou=creance.position(),
                )
            ]
        )
    try:
        from dossier.assemble.signature import charger_cle, verifier_tsa
    except ImportError:
        raise UsageProblem(
            [constat("SIGN-06", "--sign demande le module pyHanko, qui n'est pas installé")]
        ) from None
    if tsa is not None:
        verifier_tsa(tsa)
    mot_de_passe = environnement.get(VARIABLE_MOT_DE_PASSE)
    if mot_de_passe is None:
        if not terminal():
            raise UsageProblem(
                [
                    constat(
                        "SIGN-01",
                        f"la phrase secrète de la clé {chemin} n'est pas donnée : pas de terminal pour la "
                        f"demander, et la variable {VARIABLE_MOT_DE_PASSE} n'est pas définie",
                    )
                ]
            )
        mot_de_passe = click.prompt(
            f"Phrase secrète de la clé {chemin}", hide_input=True, default="", show_default=False, err=True
        )
    # The instant the certificate must be valid at: read here, like today's date (docs/style.md rule 5).
    return charger_cle(chemin, mot_de_passe, datetime.now(UTC), tsa)


def terminal() -> bool:
    """A person at a keyboard can type the passphrase (stdin is a terminal)."""
    return sys.stdin.isatty()
