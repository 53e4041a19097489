"""What the injonction bundle costs beyond WeasyPrint itself, measured side by side in one run.

For each injonction sample, times (a) the whole `pipeline.build` (load, law, rules, letter copies as
PDF + DOCX, the four court documents, pièces read, converted, checked, stamped, the bookmarked
bundle, calcul.json) and (b) WeasyPrint alone rendering the very same HTML pages that build gave
it (letters, court documents, emails, stamp bands: recorded during a first build by wrapping
`weasyprint.HTML.write_pdf`), then prints the ratio and the bundle's size. The machine is shared
and noisy: only the ratio, measured in the same run, means something.

    python benchmarks/build_injonction.py [--repetitions 5]
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import weasyprint
from build_lettres import mediane  # the script's folder is on sys.path: `python benchmarks/…`
from pypdf import PdfReader

from dossier.model import charger
from dossier.pipeline import Options, build

ECHANTILLONS = Path(__file__).resolve().parent.parent / "samples"
BUNDLE = "injonction/dossier-injonction.pdf"


def rendus_de(construire: Callable[[], object]) -> list[tuple[weasyprint.HTML, dict[str, Any]]]:
    """Every WeasyPrint rendering one build makes: the HTML document and its arguments."""
    original = weasyprint.HTML.write_pdf
    rendus: list[tuple[weasyprint.HTML, dict[str, Any]]] = []

    def enregistrer(self: weasyprint.HTML, *args: Any, **kwargs: Any) -> Any:
        assert not args, "dossier passes write_pdf its options by name"
        rendus.append((self, kwargs))
        return original(self, **kwargs)

    weasyprint.HTML.write_pdf = enregistrer  # type: ignore[method-assign]
    try:
        construire()
    finally:
        weasyprint.HTML.write_pdf = original  # type: ignore[method-assign]
    return rendus


def mesurer(claim: Path, repetitions: int) -> tuple[float, float, int, int, int]:
    """(median s of the whole build, median s of WeasyPrint alone, renderings, bundle pages, bytes)."""
    creance = charger(claim)
    assert creance.date_edition is not None, "samples fix their « as of » day"
    options = Options(jour=creance.date_edition)
    rendus = rendus_de(lambda: build(creance, options))  # also the warm-up: fonts, CSS, schemas
    bundle = build(creance, options).fichiers[BUNDLE]
    complet = mediane(lambda: build(creance, options), repetitions)
    seul = mediane(lambda: [html.write_pdf(**kwargs) for html, kwargs in rendus], repetitions)
    return complet, seul, len(rendus), len(PdfReader(io.BytesIO(bundle)).pages), len(bundle)


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--repetitions", type=int, default=5)
    repetitions = arguments.parse_args().repetitions
    print(
        f"{'échantillon':<17} {'build (s)':>10} {'WeasyPrint seul (s)':>20} {'rapport':>8} "
        f"{'rendus':>7} {'pages':>6} {'dossier (Ko)':>13}"
    )
    for claim in sorted(ECHANTILLONS.glob("injonction-*/claim.yaml")):
        complet, seul, rendus, pages, octets = mesurer(claim, repetitions)
        print(
            f"{claim.parent.name:<17} {complet:>10.3f} {seul:>20.3f} {complet / seul:>8.2f} "
            f"{rendus:>7} {pages:>6} {octets / 1024:>13.0f}"
        )


if __name__ == "__main__":
    main()
