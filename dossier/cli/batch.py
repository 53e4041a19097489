"""`dossier batch DIR|GLOB -o OUT`: every claim of a portfolio built, each in its own folder."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dossier.cli import aide, report
from dossier.cli.communs import etapes, option_date
from dossier.errors import UsageProblem
from dossier.exit_codes import ExitCode
from dossier.findings import constat

if TYPE_CHECKING:  # the layers below are imported when the command runs (`dossier --help` renders nothing)
    from dossier.portefeuille.execution import Tache
    from dossier.portefeuille.resultats import Resultat


@aide.commande("batch")
@click.argument("source", metavar="DOSSIER|MOTIF")
@aide.option(
    "-o",
    "--sortie",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    metavar=aide.DOSSIER,
    help="Dossier où écrire un dossier par créance, le journal et results.csv / results.json.",
)
@aide.option(
    "--workers",
    "travailleurs",
    type=click.IntRange(min=1),
    default=None,
    metavar="N",
    help="Nombre de processus de travail (par défaut : le nombre de cœurs).",
)
@option_date()
@aide.option(
    "--jusqua",
    type=aide.ChoixDifferes(etapes),
    help="Aller directement à cette étape pour chaque créance (comme « dossier build --jusqua »).",
)
@aide.option("--docx/--no-docx", default=True, help="Écrire aussi les versions DOCX modifiables.")
def commande(
    source: str, sortie: Path, travailleurs: int | None, date_cli: Any, jusqua: str | None, docx: bool
) -> None:
    """Construit chaque claim.yaml trouvé sous DOSSIER (ou par le MOTIF) dans SORTIE/<nom>/.

    Une créance refusée n'arrête pas les autres : ses constats sont dans SORTIE/constats/<nom>.json,
    une erreur interne dans SORTIE/batch.log. Relancé, le lot ne reconstruit que ce qui a changé
    (journal SORTIE/journal.sqlite) et reprend là où il a été interrompu.
    """
    from dossier.cli.lot import construire, preparer_processus
    from dossier.portefeuille import journal
    from dossier.portefeuille.empreinte import empreinte
    from dossier.portefeuille.execution import Tache, executer
    from dossier.portefeuille.recherche import noms_de_sortie, trouver
    from dossier.portefeuille.resultats import ecrire_resultats

    claims = trouver(source, exclu=sortie)
    if not claims:
        raise UsageProblem(
            [
                constat(
                    "USAGE-01",
                    f"aucun fichier claim.yaml trouvé dans « {source} »",
                    que_faire="Donnez un dossier qui contient des créances (cherchées dans ses "
                    "sous-dossiers) ou un motif comme « clients/*/claim.yaml ».",
                )
            ]
        )
    try:
        sortie.mkdir(parents=True, exist_ok=True)
    except OSError as erreur:
        from dossier.output.garde import ecriture_impossible

        raise ecriture_impossible(sortie, erreur.strerror) from None
    racine = sortie.absolute()
    jour = date_cli.date() if date_cli else None
    aujourd_hui = date.today()
    resultats: list[Resultat] = []
    with journal.ouvrir(racine) as connexion, _journal_technique(racine):
        noms = noms_de_sortie(claims, journal.noms(connexion))
        taches: list[Tache] = []
        for claim in claims:
            options = {"date": jour, "jusqua": jusqua, "docx": docx}
            cle = empreinte(claim, options, None, aujourd_hui)
            tache = Tache(claim, racine / noms[claim], racine, cle, jour, jusqua, docx)
            deja = journal.a_jour(connexion, claim, cle)
            if deja is not None and (not deja.reussi or tache.sortie.is_dir()):
                resultats.append(deja.repris_du_journal())
            else:
                taches.append(tache)
        nombre = travailleurs or os.cpu_count() or 1
        with report.progression(len(claims), len(resultats)) as avancer:
            for resultat in executer(
                taches, construire, min(nombre, max(len(taches), 1)), preparer_processus, racine
            ):
                resultats.append(resultat)
                avancer(resultat)
    ecrire_resultats(racine, resultats)
    report.portefeuille(resultats, sortie)
    code = code_du_lot(resultats)
    if code != ExitCode.OK:
        click.get_current_context().exit(code)


def code_du_lot(resultats: list[Resultat]) -> ExitCode:
    """0 when every claim is built; an internal error in one claim: 1; else the highest code met."""
    codes = {ExitCode(r.code_sortie) for r in resultats}
    if ExitCode.INTERNAL_ERROR in codes:
        return ExitCode.INTERNAL_ERROR
    return max(codes, default=ExitCode.OK)


@contextmanager
def _journal_technique(racine: Path) -> Iterator[None]:
    """What the pool itself notices (a worker that died) goes to OUT/batch.log, as the workers' errors."""
    from dossier.cli.lot import JOURNAL_TECHNIQUE

    gestionnaire = logging.FileHandler(racine / JOURNAL_TECHNIQUE, encoding="utf-8")
    gestionnaire.setFormatter(logging.Formatter("%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"))
    log = logging.getLogger("dossier.batch")
    log.addHandler(gestionnaire)
    log.propagate = False
    try:
        yield
    finally:
        log.removeHandler(gestionnaire)
        gestionnaire.close()
