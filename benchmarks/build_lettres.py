"""How much `build` costs beyond WeasyPrint itself, measured side by side in one run.

For each sample, times (a) the whole `pipeline.build` (load, law, rules, letters as PDF + DOCX,
their read-back by the tone linter, calcul.json) and (b) WeasyPrint alone rendering the very same
letters, then prints the ratio. Samples that reach the injonction de payer are measured by
`build_injonction.py` (their build also assembles the bundle, which this ratio would not show).
The machine is shared and noisy: only the ratio, measured in the same run, means something.

    python benchmarks/build_lettres.py [--repetitions 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from dossier.model import charger
from dossier.pipeline import Options, analyser, build, documents
from dossier.render.pdf import rendre_pdf

ECHANTILLONS = Path(__file__).resolve().parent.parent / "samples"


def mediane(fonction: Callable[[], object], repetitions: int) -> float:
    durees = []
    for _ in range(repetitions):
        debut = time.perf_counter()
        fonction()
        durees.append(time.perf_counter() - debut)
    return statistics.median(durees)


def mesurer(claim: Path, repetitions: int) -> tuple[float, float]:
    """(median seconds of the whole build, median seconds of WeasyPrint alone on the same letters)."""
    creance = charger(claim)
    assert creance.date_edition is not None, "samples fix their « as of » day"
    options = Options(jour=creance.date_edition)
    lettres = [lettre for _, lettre in documents(analyser(creance, options))]
    rendre_pdf(lettres[0])  # warm-up: fonts and CSS are loaded once per process
    complet = mediane(lambda: build(creance, options), repetitions)
    seul = mediane(lambda: [rendre_pdf(lettre) for lettre in lettres], repetitions)
    return complet, seul


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--repetitions", type=int, default=5)
    repetitions = arguments.parse_args().repetitions
    print(f"{'échantillon':<18} {'build (s)':>10} {'WeasyPrint seul (s)':>20} {'rapport':>8}")
    for claim in sorted(ECHANTILLONS.glob("*/claim.yaml")):
        creance = charger(claim)
        assert creance.date_edition is not None, "samples fix their « as of » day"
        if analyser(creance, Options(jour=creance.date_edition)).programme.requete:
            print(f"{claim.parent.name:<18} → benchmarks/build_injonction.py")
            continue
        complet, seul = mesurer(claim, repetitions)
        print(f"{claim.parent.name:<18} {complet:>10.3f} {seul:>20.3f} {complet / seul:>8.2f}")


if __name__ == "__main__":
    main()
