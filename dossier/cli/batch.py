"""`dossier batch DIR|GLOB -o OUT`: every claim of a portfolio built, each in its own folder."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from concurrent.futures import Executor
from contextlib import ExitStack
from dataclasses import replace
from datetime import date
from functools import partial
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
@aide.option(
    "--scheduler",
    "ordonnanceur",
    metavar="tcp://HÔTE:PORT",
    default=None,
    help="Construire sur une grappe Dask existante (extra [distributed]) plutôt que sur ce poste.",
)
@option_date()
@aide.option(
    "--jusqua",
    type=aide.ChoixDifferes(etapes),
    help="Aller directement à cette étape pour chaque créance (comme « dossier build --jusqua »).",
)
@aide.option("--docx/--no-docx", default=True, help="Écrire aussi les versions DOCX modifiables.")
def commande(
    source: str,
    sortie: Path,
    travailleurs: int | None,
    ordonnanceur: str | None,
    date_cli: Any,
    jusqua: str | None,
    docx: bool,
) -> None:
    """Construit chaque claim.yaml trouvé sous DOSSIER (ou par le MOTIF) dans SORTIE/<nom>/.

    Une créance refusée n'arrête pas les autres : ses constats sont dans SORTIE/constats/<nom>.json,
    une erreur interne dans SORTIE/batch.log. Relancé, le lot ne reconstruit que ce qui a changé
    (journal SORTIE/journal.sqlite) et reprend là où il a été interrompu. Avec --scheduler, les
    créances sont construites par les travailleurs d'une grappe Dask, à l'identique.
    """
    from dossier.cli.lot import construire, construire_sur_la_grappe, journal_technique, preparer_processus
    from dossier.portefeuille import journal
    from dossier.portefeuille.empreinte import donnees_legales, outillage
    from dossier.portefeuille.execution import executer, pool_local
    from dossier.portefeuille.grappe import grappe, relever_les_recus, retirer_recu
    from dossier.portefeuille.recherche import trouver
    from dossier.portefeuille.resultats import ecrire_resultats

    if ordonnanceur is not None and travailleurs is not None:
        raise UsageProblem(
            [
                constat(
                    "USAGE-01",
                    "--workers et --scheduler ne vont pas ensemble",
                    que_faire="Avec --scheduler, le nombre de processus est celui des travailleurs de la "
                    "grappe (« dask worker … --nworkers N ») : retirez --workers.",
                )
            ]
        )
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
    with ExitStack() as pile:
        # the cluster first: an unreachable one refuses the batch before anything is written
        attendu = outillage()  # what every worker of a cluster must have too
        sur_la_grappe = None
        if ordonnanceur is not None:
            sur_la_grappe = pile.enter_context(grappe(ordonnanceur, attendu))
        try:
            sortie.mkdir(parents=True, exist_ok=True)
        except OSError as erreur:
            from dossier.output.garde import ecriture_impossible

            raise ecriture_impossible(sortie, erreur.strerror) from None
        racine = sortie.absolute()
        connexion = pile.enter_context(journal.ouvrir(racine))
        pile.enter_context(journal_technique(racine, "dossier.batch", seul=True))
        relever_les_recus(racine, connexion, sur_la_grappe is not None)  # a dead client's rows
        resultats, taches = _a_construire(claims, racine, connexion, date_cli, jusqua, docx)
        if sur_la_grappe is None:
            # each pool worker journals its claims as soon as their packs are in place
            nombre = min(travailleurs or os.cpu_count() or 1, max(len(taches), 1))
            executeur: Executor = pile.enter_context(pool_local(nombre, preparer_processus, racine))
            travail: Callable[[Tache], Resultat] = construire
            journaliser: Callable[[Tache, Resultat], None] | None = None
        else:
            # a cluster's workers may be other machines: this process journals (portefeuille/grappe.py)
            executeur, travail = sur_la_grappe, partial(construire_sur_la_grappe, attendu=attendu)

            def journaliser(tache: Tache, resultat: Resultat) -> None:
                journal.noter(connexion, replace(resultat, repris=False), tache.empreinte, donnees_legales())
                retirer_recu(tache)

        avancer = pile.enter_context(report.progression(len(claims), len(resultats)))
        for resultat in executer(taches, executeur, travail, journaliser):
            resultats.append(resultat)
            avancer(resultat)
    ecrire_resultats(racine, resultats)
    report.portefeuille(resultats, sortie)
    code = code_du_lot(resultats)
    if code != ExitCode.OK:
        click.get_current_context().exit(code)


def _a_construire(
    claims: list[Path],
    racine: Path,
    connexion: sqlite3.Connection,
    date_cli: Any,
    jusqua: str | None,
    docx: bool,
) -> tuple[list[Resultat], list[Tache]]:
    """The rows taken unchanged from the journal, and the claims to build."""
    from dossier.portefeuille import journal
    from dossier.portefeuille.empreinte import empreinte
    from dossier.portefeuille.execution import Tache
    from dossier.portefeuille.recherche import noms_de_sortie

    jour = date_cli.date() if date_cli else None
    aujourd_hui = date.today()
    noms = noms_de_sortie(claims, journal.noms(connexion))
    repris: list[Resultat] = []
    taches: list[Tache] = []
    for claim in claims:
        options = {"date": jour, "jusqua": jusqua, "docx": docx}
        cle = empreinte(claim, options, None, aujourd_hui)
        tache = Tache(claim, racine / noms[claim], racine, cle, jour, jusqua, docx)
        deja = journal.a_jour(connexion, claim, cle)
        if deja is not None and (not deja.reussi or tache.sortie.is_dir()):
            repris.append(deja.repris_du_journal())
        else:
            taches.append(tache)
    return repris, taches


def code_du_lot(resultats: list[Resultat]) -> ExitCode:
    """0 when every claim is built; an internal error in one claim: 1; else the highest code met."""
    codes = {ExitCode(r.code_sortie) for r in resultats}
    if ExitCode.INTERNAL_ERROR in codes:
        return ExitCode.INTERNAL_ERROR
    return max(codes, default=ExitCode.OK)
