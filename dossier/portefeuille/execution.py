"""Where a batch's claims are built, and the one loop that submits them and collects their rows.

Two executors behind the same loop (`executer`): the local process pool (`pool_local`), whose
workers stay warm from one claim to the next (fonts, templates, law data loaded once per worker),
and an existing Dask cluster (`portefeuille/grappe.py`, `--scheduler`). Either way one claim's
failure never stops the others, and a worker that dies costs only the claims it held.

Local workers are started by `forkserver` (or `spawn` where there is none), never `fork`: a forked
child would inherit the parent's threads and locks (rich's progress refresh among them).
"""

from __future__ import annotations

import ctypes
import gc
import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from dossier.errors import DossierError
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


@contextmanager
def pool_local(travailleurs: int, preparer: Callable[[Path], None], racine: Path) -> Iterator[Executor]:
    """The local process pool; `preparer` (a module-level function: the worker imports it by name)
    runs once in each worker, given OUT."""
    with ProcessPoolExecutor(
        max_workers=travailleurs, mp_context=contexte(), initializer=preparer, initargs=(racine,)
    ) as pool:
        yield pool


def executer(
    taches: Iterable[Tache],
    executeur: Executor,
    travail: Callable[[Tache], Resultat],
    journaliser: Callable[[Tache, Resultat], None] | None = None,
) -> Iterator[Resultat]:
    """Each claim's result as it finishes. `travail` must be picklable by reference (a module-level
    function, or a `functools.partial` of one): the worker imports it by name. `journaliser`, when
    given, records each row on arrival (when the workers do not write the journal themselves).

    A worker that dies (killed, out of memory, lost by the cluster) costs its claim: reported as an
    internal error, left unjournaled for the next run. A `DossierError` raised by `travail` (a worker
    that cannot build for this batch at all: another law-data version) stops the whole batch."""
    en_cours: dict[Future[Resultat], Tache] = {executeur.submit(travail, t): t for t in taches}
    try:
        for fini in as_completed(en_cours):
            tache = en_cours[fini]
            try:
                resultat = fini.result()
            except DossierError:
                raise
            except Exception as erreur:
                _log.error(
                    "créance %s : le processus de travail s'est arrêté avant la fin (%s : %s)",
                    tache.claim,
                    type(erreur).__name__,
                    erreur,
                )
                yield echec(tache, 0.0)
                continue
            if journaliser is not None:
                journaliser(tache, resultat)
            yield resultat
    except BaseException:
        # Ctrl-C, a refusal, or the caller stopped: the claims not started are dropped, not built
        # (the journal has every finished one; the next run builds the rest).
        for futur in en_cours:
            futur.cancel()
        raise


def geler_ce_qui_reste() -> None:
    """After each claim in a worker: what is still alive once the claim's garbage is collected — the
    caches that keep the worker warm (fonts, stylesheets, templates, law data), some 130 000
    objects — moved out of the cyclic collector's reach (`gc.freeze`). Otherwise each full
    collection walked them all: about 10 % of a warm claim's time (12 claims of four samples,
    process time: 0.73 s of 7.1 s in the collector; 0.28 s with this). Objects frozen still go
    when nothing refers to them; only a cycle that forms among them later (an entry leaving a
    bounded cache) would wait, so every `DEGEL`-th claim the whole heap is collected again. Every
    32nd, the worker's memory grew by 7.6 % from the 8th claim to the 23rd; every 8th, by 4.0 %
    to the 29th, as without freezing (3.6 %; `benchmarks/portefeuille.py memoire`)."""
    global _claims_geles
    _claims_geles += 1
    if _claims_geles % DEGEL == 0:
        gc.unfreeze()
    gc.collect()
    gc.freeze()


DEGEL = 8
_claims_geles = 0


def rendre_la_memoire() -> None:
    """After each claim in a worker: the C heap's free pages handed back to the system (glibc's
    `malloc_trim`; nothing elsewhere). Building a pack allocates and frees far more than it keeps
    (pages laid out by Pango, PDFs read back, a bundle merged); glibc keeps the freed memory for
    reuse, so a worker's resident memory stays near the high-water mark of the largest pack it
    met. Measured between claims after the 8th of a 24-claim batch (benchmarks/portefeuille.py
    memoire): 173 MB without, 153 MB with; under 1 ms a claim."""
    liberer = _malloc_trim()
    if liberer is not None:
        liberer(0)


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        fonction: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (macOS, musl)
        return None
    return fonction


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
