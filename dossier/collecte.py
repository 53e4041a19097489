"""The cyclic garbage collector during a build: young objects collected less often (`espacee`).

A build allocates hundreds of thousands of short-lived container objects (WeasyPrint's boxes,
pypdf's objects, the linter's words); with CPython's default thresholds (700, 10, 10) the
collector runs a young collection every 700 allocations and, as survivors pile up, full
collections that walk every object of the process — dossier's modules, fonts, stylesheets, law
data included. Measured on the shared machine (benchmarks/RESULTS.md, « Cinquième mesure »):
a fresh `dossier build --no-docx` of samples/b2b-menuiserie 1.78 → 1.64 s with a young
threshold of 10 000, injonction-b2b 3.65 → 3.12 s (peak memory 165 → 174 MB); a warm
injonction-b2b build 2.38 → 1.95 s of process time. Nothing is collected less: every cycle is
still found, a few thousand allocations later; the thresholds are put back when the build ends,
so a caller's process (the batch worker, a test) keeps its own.

The `dossier` command is one command per process: `main` spaces the young collections for the
whole process (`espacer_le_processus`), the imports included — a fresh build's collector walked
dossier's modules as they were imported, about 0.14 s of its 1.78 s, which the scope of the build
alone (`espacee`, for a library caller) does not reach.

Public API
    espacee()                 context manager (and decorator): the build's thresholds, then the
                              caller's again
    espacer_le_processus()    the same thresholds for the rest of the process (the CLI's `main`)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

JEUNES = 10_000  # allocations between two young collections (CPython's default: 700)


def _seuils(avant: tuple[int, int, int]) -> tuple[int, int, int]:
    return (avant[0] and max(JEUNES, avant[0]), avant[1], avant[2])  # 0: the caller's « never », kept


def espacer_le_processus() -> None:
    gc.set_threshold(*_seuils(gc.get_threshold()))


@contextmanager
def espacee() -> Iterator[None]:
    avant = gc.get_threshold()
    gc.set_threshold(*_seuils(avant))
    try:
        yield
    finally:
        gc.set_threshold(*avant)
