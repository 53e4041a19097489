"""The batch's process pool: each claim built in a worker that stays warm from one claim to the
next (fonts, templates, law data loaded once per worker), one claim's failure never stopping the
others.

Workers are started by `forkserver` (or `spawn` where there is none), never `fork`: a forked child
would inherit the parent's threads and locks (rich's progress refresh among them).
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from dossier.exit_codes import ExitCode
from dossier.portefeuille.resultats import Resultat, statut

_log = logging.getLogger("dossier.batch")


@dataclass(frozen=True)
class Tache:
    """One claim to build, as the worker receives it (picklable)."""

    claim: Path
    sortie: Path  # OUT/<name>
    racine: Path  # OUT: the journal, the findings and the log
    empreinte: str
    jour: date | None  # --date
    jusqua: str | None
    docx: bool

    @property
    def nom(self) -> str:
        return self.sortie.name


def contexte() -> multiprocessing.context.BaseContext:
    methodes = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methodes else "spawn")


def executer(
    taches: Iterable[Tache],
    travail: Callable[[Tache], Resultat],
    travailleurs: int,
    preparer: Callable[[Path], None],
    racine: Path,
) -> Iterator[Resultat]:
    """Each claim's result as it finishes. `travail` and `preparer` (run once per worker, given OUT)
    must be module-level functions: the worker imports them by name. A worker that dies (killed,
    out of memory) costs its claim and those waiting: each is reported as an internal error,
    left unjournaled for the next run."""
    with ProcessPoolExecutor(
        max_workers=travailleurs, mp_context=contexte(), initializer=preparer, initargs=(racine,)
    ) as pool:
        en_cours: dict[Future[Resultat], Tache] = {pool.submit(travail, t): t for t in taches}
        try:
            for fini in as_completed(en_cours):
                tache = en_cours[fini]
                try:
                    yield fini.result()
                except BrokenProcessPool:
                    _log.error("créance %s : le processus de travail s'est arrêté avant la fin", tache.claim)
                    yield echec(tache, 0.0)
        except BaseException:
            # Ctrl-C, or the caller stopped: the claims not started are dropped, not built (the
            # journal has every finished one; the next run builds the rest).
            pool.shutdown(wait=True, cancel_futures=True)
            raise


def echec(tache: Tache, secondes: float) -> Resultat:
    """The row of a claim whose build failed inside dossier (the detail goes to the log)."""
    return Resultat(
        claim=str(tache.claim),
        statut=statut(ExitCode.INTERNAL_ERROR),
        code_sortie=int(ExitCode.INTERNAL_ERROR),
        etape="",
        total_reclame="",
        constats_bloquants=(),
        sortie=tache.nom,
        secondes=round(secondes, 3),
    )
