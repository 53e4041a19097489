"""The cyclic garbage collector and a build: what was alive before it is not walked again and again.

A build allocates hundreds of thousands of short-lived container objects (WeasyPrint's boxes,
pypdf's objects, the linter's words); as its survivors pile up, CPython runs full collections,
each walking every object of the process — dossier's modules, fonts, stylesheets, templates, law
data —, about one every other warm build of samples/b2b-menuiserie, 0.1 s each.

- `geler_l_existant()`, around `pipeline.build` and `pipeline.controler`: what is alive when the build
  starts is moved out of the collector's reach (`gc.freeze`) and put back when it ends
  (`gc.unfreeze`): the build's collections walk the build's own objects only, and the caller's
  heap is walked again, as before, once the build is over — nothing is left for the caller to
  collect that it would not have collected anyway (a cycle made before the build waits for its
  end). A caller that freezes objects itself (the batch worker, `portefeuille/execution.py`) keeps
  its own policy: nothing is done then. Warm builds of b2b-menuiserie without DOCX, alternated with
  WeasyPrint alone on the same documents, 12 rounds, process time: 0.49 → 0.40 s a build,
  WeasyPrint alone unchanged (0.34 s) (benchmarks/RESULTS.md, « Cinquième mesure »).
- `espacer_le_processus()`, in the CLI's `main` (one command per process): young collections
  every 10 000 allocations instead of 700, imports included — a fresh `dossier build --no-docx`
  of b2b-menuiserie 1.81 → 1.70 s, of injonction-b2b 4.08 → 3.66 s (peak memory 165 → 174 MB).
  Every cycle is still found, a few thousand allocations later.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

JEUNES = 10_000  # allocations between two young collections (CPython's default: 700)


def espacer_le_processus() -> None:
    seuils = gc.get_threshold()
    gc.set_threshold(seuils[0] and max(JEUNES, seuils[0]), *seuils[1:])  # 0: « never », kept


@contextmanager
def geler_l_existant() -> Iterator[None]:
    if gc.get_freeze_count():  # the caller freezes objects itself: its policy, untouched
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
