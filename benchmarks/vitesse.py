"""Every ratio of issue 16 next to its target, measured side by side in one run.

WeasyPrint alone means: the very HTML documents one build (or check) handed to WeasyPrint —
letters, the review report, court documents, stamp bands —, recorded during a first run by
wrapping `weasyprint.HTML`, rendered again with nothing of dossier around them.

- warm: in this process, after a first build (fonts, CSS, schemas, compiled templates loaded);
  `pipeline.build` without DOCX, with DOCX, `pipeline.controler` (what `dossier check` runs), each
  against WeasyPrint alone on the documents that run rendered;
- cold: `dossier build --no-docx` in a fresh process, per page, against a fresh process that imports
  WeasyPrint and renders the same documents (the same pages);
- start-up: `dossier --help`, `dossier explain PRESC-01` (a law rule), `dossier explain TON-01` (a tone
  code), `dossier taux`, each a fresh process.

dossier sets the cyclic garbage collector (`dossier/collecte.py`): a build freezes what was alive
before it, the CLI process collects young objects every 10 000 allocations; WeasyPrint alone runs
with CPython's defaults, as any user of it does. Each ratio is also printed « pour mémoire »
against WeasyPrint alone under the same setting (warm: inside `geler_l_existant`; cold: the CLI's
threshold), so that the part of a gain that is only the collector's setting shows.

The machine is shared and noisy: the medians of a few repetitions, and ratios measured in the same
run, are what means something.

dossier's modules are compiled to bytecode first, as `pip install` does (WeasyPrint's already are):
a checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise recompile ~180 modules from source at
every start, a cost no installed copy pays. `--sans-bytecode` measures that case instead.

    python benchmarks/vitesse.py [--repetitions 3] [--echantillon b2b-menuiserie]
"""

from __future__ import annotations

import argparse
import compileall
import io
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import weasyprint
from build_lettres import mediane  # the script's folder is on sys.path: `python benchmarks/…`
from pypdf import PdfReader

from dossier.collecte import JEUNES, geler_l_existant
from dossier.model import charger
from dossier.pipeline import Options, build, controler
from dossier.render.pdf import FAMILLE, POLICES
from dossier.resources import police

DEPOT = Path(__file__).resolve().parent.parent
COMMANDE = str(Path(sys.executable).parent / "dossier")
INJONCTION = "injonction-b2b"
Rendu = tuple[weasyprint.HTML, dict[str, Any], str, str]  # the document, write_pdf's options, HTML, base

# The fresh process of « WeasyPrint alone, cold »: import it, render each document, nothing else.
SEUL_A_FROID = """
import gc, json, sys
if len(sys.argv) > 2:  # « pour mémoire »: the young threshold dossier's CLI sets (dossier/collecte.py)
    gc.set_threshold(int(sys.argv[2]), *gc.get_threshold()[1:])
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration
documents = json.load(open(sys.argv[1], encoding="utf-8"))
configuration = FontConfiguration()
polices = CSS(string=documents["polices"], font_config=configuration)
feuilles = {}  # each stylesheet parsed once per process, as dossier does
for html, base, adresses in documents["documents"]:
    for adresse in adresses:
        if adresse not in feuilles:
            feuilles[adresse] = CSS(url=adresse, font_config=configuration)
    HTML(string=html, base_url=base).write_pdf(
        stylesheets=[polices, *(feuilles[a] for a in adresses)], font_config=configuration
    )
"""


@contextmanager
def enregistrement() -> Iterator[list[Rendu]]:
    """Every WeasyPrint rendering made inside the block: the HTML object, its options, its source."""
    init, ecrire = weasyprint.HTML.__init__, weasyprint.HTML.write_pdf
    rendus: list[Rendu] = []

    def noter(self: weasyprint.HTML, *args: Any, **kwargs: Any) -> None:
        self._source = (kwargs.get("string"), kwargs.get("base_url"))
        init(self, *args, **kwargs)

    def enregistrer(self: weasyprint.HTML, *args: Any, **kwargs: Any) -> Any:
        assert not args, "dossier passes write_pdf its options by name"
        rendus.append((self, kwargs, *self._source))
        return ecrire(self, **kwargs)

    weasyprint.HTML.__init__ = noter  # type: ignore[method-assign]
    weasyprint.HTML.write_pdf = enregistrer  # type: ignore[method-assign]
    try:
        yield rendus
    finally:
        weasyprint.HTML.__init__ = init  # type: ignore[method-assign]
        weasyprint.HTML.write_pdf = ecrire  # type: ignore[method-assign]


def seul(rendus: list[Rendu], deja_lus: bool = False) -> Callable[[], object]:
    """WeasyPrint alone on the recorded documents: each HTML string parsed (by WeasyPrint's own
    parser, as the cold measure and any user of WeasyPrint does) and rendered with the same options;
    `deja_lus`: the HTML objects dossier built, already parsed, rendered again (the measure of the
    first reports, which left the parsing on dossier's side of the ratio)."""
    if deja_lus:
        return lambda: [html.write_pdf(**options) for html, options, _, _ in rendus]
    return lambda: [
        weasyprint.HTML(string=source, base_url=base).write_pdf(**options)
        for _, options, source, base in rendus
    ]


def espace(mesure: Callable[[], object]) -> Callable[[], object]:
    """`mesure` under dossier's collector setting for a build (`collecte.geler_l_existant`)."""

    def sous_les_seuils() -> object:
        with geler_l_existant():
            return mesure()

    return sous_les_seuils


def memoire(quoi: str, rapport: float, detail: str) -> None:
    print(f"{'  pour mémoire : ' + quoi:<52} {rapport:>6.2f}  {detail}")


def processus(arguments: list[str]) -> float:
    debut = time.perf_counter()
    subprocess.run(arguments, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - debut


def ligne(quoi: str, mesure: float, cible: float, detail: str) -> None:
    tenue = "tenue" if mesure <= cible else "NON tenue"
    print(f"{quoi:<52} {mesure:>6.2f}  (cible ≤ {cible:.2f})  {tenue:<9}  {detail}")


def a_chaud(nom: str, repetitions: int) -> None:
    creance = charger(DEPOT / "samples" / nom / "claim.yaml")
    assert creance.date_edition is not None, "samples fix their « as of » day"
    sans, avec = Options(jour=creance.date_edition, docx=False), Options(jour=creance.date_edition)
    with enregistrement() as rendus_build:
        build(creance, sans)  # also the warm-up
    with enregistrement() as rendus_check:
        controler(creance, avec)
    build(creance, avec)
    t_sans = mediane(lambda: build(creance, sans), repetitions)
    t_avec = mediane(lambda: build(creance, avec), repetitions)
    t_check = mediane(lambda: controler(creance, avec), repetitions)
    w_build = mediane(seul(rendus_build), repetitions)
    w_check = mediane(seul(rendus_check), repetitions)
    w_build_lus = mediane(seul(rendus_build, deja_lus=True), repetitions)
    w_build_esp = mediane(espace(seul(rendus_build)), repetitions)
    w_check_esp = mediane(espace(seul(rendus_check)), repetitions)
    ligne(
        f"{nom}, build --no-docx / WeasyPrint, à chaud",
        t_sans / w_build,
        1.25,
        f"{t_sans:.2f} s / {w_build:.2f} s, {len(rendus_build)} rendus",
    )
    memoire(
        "le même, HTML déjà lu par dossier", t_sans / w_build_lus, f"{t_sans:.2f} s / {w_build_lus:.2f} s"
    )
    memoire(
        "le même, WeasyPrint seul aux réglages de dossier",
        t_sans / w_build_esp,
        f"{t_sans:.2f} s / {w_build_esp:.2f} s",
    )
    avec_docx = f"{t_avec:.2f} s / {w_build:.2f} s"
    ligne(f"{nom}, build avec DOCX / WeasyPrint, à chaud", t_avec / w_build, 1.6, avec_docx)
    memoire(
        "le même, WeasyPrint seul aux réglages de dossier",
        t_avec / w_build_esp,
        f"{t_avec:.2f} s / {w_build_esp:.2f} s",
    )
    ligne(
        f"{nom}, check / WeasyPrint, à chaud",
        t_check / w_check,
        1.3,
        f"{t_check:.2f} s / {w_check:.2f} s, {len(rendus_check)} rendus",
    )
    memoire(
        "le même, WeasyPrint seul aux réglages de dossier",
        t_check / w_check_esp,
        f"{t_check:.2f} s / {w_check_esp:.2f} s",
    )


def a_froid(nom: str, repetitions: int) -> None:
    creance = charger(DEPOT / "samples" / nom / "claim.yaml")
    assert creance.date_edition is not None, "samples fix their « as of » day"
    with enregistrement() as rendus:
        pack = build(creance, Options(jour=creance.date_edition, docx=False))
    pages = sum(len(PdfReader(io.BytesIO(o)).pages) for n, o in pack.fichiers.items() if n.endswith(".pdf"))
    polices = "\n".join(
        f'@font-face {{ font-family: "{FAMILLE}"; src: url("{police(f).as_uri()}"); '
        f"font-weight: {g}; font-style: {s}; }}"
        for f, g, s in POLICES
    )
    with tempfile.TemporaryDirectory() as dossier:
        documents = Path(dossier) / "documents.json"
        # each document with its layout's stylesheets (after the fonts' own): the HTML links none
        documents.write_text(
            json.dumps(
                {
                    "polices": polices,
                    "documents": [
                        (h, b, [f.base_url for f in o.get("stylesheets", [])[1:]]) for _, o, h, b in rendus
                    ],
                }
            )
        )
        sortie = Path(dossier) / "sortie"
        claim = str(DEPOT / "samples" / nom / "claim.yaml")
        construire = [COMMANDE, "build", claim, "-o", str(sortie), "--no-docx", "--force"]
        durees_build, durees_seul, durees_esp = [], [], []
        seul_a_froid = [sys.executable, "-c", SEUL_A_FROID, str(documents)]
        for _ in range(repetitions):  # in alternation, so that the machine's load hits both alike
            durees_build.append(processus(construire))
            durees_seul.append(processus(seul_a_froid))
            durees_esp.append(processus([*seul_a_froid, str(JEUNES)]))
            shutil.rmtree(sortie)
    t_build, t_seul = statistics.median(durees_build), statistics.median(durees_seul)
    t_esp = statistics.median(durees_esp)
    ligne(
        f"{nom}, build --no-docx / WeasyPrint, à froid",
        t_build / t_seul,
        1.25,
        f"par page : {t_build / pages:.3f} s / {t_seul / pages:.3f} s, {pages} pages",
    )
    memoire(
        "le même, WeasyPrint seul aux réglages de dossier",
        t_build / t_esp,
        f"par page : {t_esp / pages:.3f} s",
    )


def injonction(repetitions: int) -> None:
    creance = charger(DEPOT / "samples" / INJONCTION / "claim.yaml")
    assert creance.date_edition is not None, "samples fix their « as of » day"
    options = Options(jour=creance.date_edition)
    with enregistrement() as rendus:
        build(creance, options)
    t_build = mediane(lambda: build(creance, options), repetitions)
    t_seul = mediane(seul(rendus), repetitions)
    t_esp = mediane(espace(seul(rendus)), repetitions)
    ligne(
        f"{INJONCTION}, build / WeasyPrint, à chaud",
        t_build / t_seul,
        1.5,
        f"{t_build:.2f} s / {t_seul:.2f} s, {len(rendus)} rendus",
    )
    memoire(
        "le même, WeasyPrint seul aux réglages de dossier",
        t_build / t_esp,
        f"{t_build:.2f} s / {t_esp:.2f} s",
    )


def demarrage(repetitions: int) -> None:
    for arguments in (["--help"], ["explain", "PRESC-01"], ["explain", "TON-01"], ["taux"]):
        duree = statistics.median(processus([COMMANDE, *arguments]) for _ in range(repetitions))
        ligne(f"dossier {' '.join(arguments)} (s)", duree, 0.2, "processus neuf")
    reference = statistics.median(processus([sys.executable, "-c", "pass"]) for _ in range(repetitions))
    print(f"{'  pour mémoire : python -c pass (s)':<52} {reference:>6.2f}")


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("--repetitions", type=int, default=3)
    arguments.add_argument("--echantillon", default="b2b-menuiserie")
    arguments.add_argument("--sans-bytecode", action="store_true", help="sans compiler dossier d'abord")
    lus = arguments.parse_args()
    if not lus.sans_bytecode:
        compileall.compile_dir(DEPOT / "dossier", quiet=1)
    print(f"bytecode de dossier compilé d'avance : {'non' if lus.sans_bytecode else 'oui'}")
    print(f"{'mesure':<52} {'rapport':>6}")
    demarrage(max(lus.repetitions, 5))
    a_chaud(lus.echantillon, lus.repetitions)
    a_froid(lus.echantillon, lus.repetitions)
    injonction(lus.repetitions)


if __name__ == "__main__":
    main()
