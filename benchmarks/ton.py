"""What the tone linter adds to a warm build of each sample, measured side by side in one run.

For each sample, in alternation and after a warm-up build: (a) the whole `pipeline.build`, the
time spent inside the linter's entry points being clocked (reading every document back, the
patterns and rules, the mandatory mentions, the contact cadence, the claim's free texts); and
(b) the same build with those entry points replaced by no-ops. It prints the medians and three
shares of (b): the linter's clocked time; the same without the text it extracted from files that
the cross-document checks (`verify/`, which every build runs after it) read too — extracted once
per build and shared (`render.readback.Lectures`), it is not the linter's to add: left out, those
checks extract it themselves; and the difference (a) − (b). The machine is shared and noisy: only
the shares, measured in the same run, mean something; the clocked ones are the steadier. Target
(issue 14): ≤ 10 % for every sample.

    python benchmarks/ton.py [--repetitions 7]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import Any

from dossier import pipeline
from dossier.model import charger
from dossier.pipeline import Options, build
from dossier.pipeline import analyse as pipeline_analyse
from dossier.render.readback import Lectures

ECHANTILLONS = Path(__file__).resolve().parent.parent / "samples"
# The linter's entry points in the pipeline: the module that calls each, and what each returns
# when the linter is left out.
ENTREES: dict[str, tuple[ModuleType, Callable[..., Any]]] = {
    "relire": (pipeline, lambda analyse, *_: analyse),
    "relire_requete": (pipeline, lambda analyse, *_: analyse),
    "verifier_textes_libres": (pipeline_analyse, lambda *_: []),
    "verifier_sollicitations": (pipeline_analyse, lambda *_: []),
}


class Chrono:
    def __init__(self) -> None:
        self.secondes = 0.0
        self.dedans = False  # inside an entry point of the linter
        self.extraits: dict[str, float] = {}  # file -> s spent extracting its text inside the linter
        self.lus_ailleurs: set[str] = set()  # files whose text was asked for outside the linter

    def partage(self) -> float:
        """The s of text extraction inside the linter for files read outside it too."""
        return sum(s for nom, s in self.extraits.items() if nom in self.lus_ailleurs)

    def mesure(self, fonction: Callable[..., Any]) -> Callable[..., Any]:
        def mesuree(*arguments: Any, **options: Any) -> Any:
            debut = time.perf_counter()
            self.dedans = True
            try:
                return fonction(*arguments, **options)
            finally:
                self.dedans = False
                self.secondes += time.perf_counter() - debut

        return mesuree


@contextmanager
def linter(chrono: Chrono | None) -> Iterator[None]:
    """The build with the linter clocked (`chrono`), or without it (None)."""
    originaux = {nom: getattr(module, nom) for nom, (module, _) in ENTREES.items()}
    for nom, original in originaux.items():
        module, sans_linter = ENTREES[nom]
        setattr(module, nom, chrono.mesure(original) if chrono else sans_linter)
    pages = Lectures.pages
    if chrono:
        Lectures.pages = _pages_suivies(pages, chrono)  # type: ignore[method-assign]
    try:
        yield
    finally:
        for nom, original in originaux.items():
            setattr(ENTREES[nom][0], nom, original)
        Lectures.pages = pages  # type: ignore[method-assign]


def _pages_suivies(pages: Callable[..., list[str]], chrono: Chrono) -> Callable[..., list[str]]:
    """`Lectures.pages`, noting the files extracted inside the linter and those asked for outside it."""

    def suivies(lectures: Lectures, nom: str, donnees: bytes) -> list[str]:
        if not chrono.dedans:
            chrono.lus_ailleurs.add(nom)
            return pages(lectures, nom, donnees)
        debut = time.perf_counter()
        try:
            return pages(lectures, nom, donnees)
        finally:
            chrono.extraits[nom] = chrono.extraits.get(nom, 0.0) + time.perf_counter() - debut

    return suivies


def mesurer(claim: Path, repetitions: int) -> tuple[float, float, float, float]:
    """(median s with the linter, median s of the linter inside it, the same without the shared
    extraction, median s without it)."""
    creance = charger(claim)
    assert creance.date_edition is not None, "samples fix their « as of » day"
    options = Options(jour=creance.date_edition)
    build(creance, options)  # warm-up: fonts, CSS, schemas, the linter's tables
    avec, dedans, propre, sans = [], [], [], []
    for _ in range(repetitions):
        chrono = Chrono()
        with linter(chrono):
            debut = time.perf_counter()
            build(creance, options)
            avec.append(time.perf_counter() - debut)
        dedans.append(chrono.secondes)
        propre.append(chrono.secondes - chrono.partage())
        with linter(None):
            debut = time.perf_counter()
            build(creance, options)
            sans.append(time.perf_counter() - debut)
    return tuple(statistics.median(m) for m in (avec, dedans, propre, sans))  # type: ignore[return-value]


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--repetitions", type=int, default=7)
    repetitions = arguments.parse_args().repetitions
    print(
        f"{'échantillon':<18} {'avec (s)':>9} {'linter (s)':>11} {'sans (s)':>9} "
        f"{'part chronométrée':>18} {'hors lecture partagée':>22} {'part avec − sans':>17}"
    )
    for claim in sorted(ECHANTILLONS.glob("*/claim.yaml")):
        avec, dedans, propre, sans = mesurer(claim, repetitions)
        # each share over the build without what it counts (the shared extraction stays in the build)
        part, part_propre = dedans / (avec - dedans), propre / (avec - propre)
        print(
            f"{claim.parent.name:<18} {avec:>9.3f} {dedans:>11.3f} {sans:>9.3f} "
            f"{part:>18.1%} {part_propre:>22.1%} {(avec - sans) / sans:>17.1%}"
        )


if __name__ == "__main__":
    main()
