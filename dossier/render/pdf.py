"""Letter → PDF bytes, through WeasyPrint, deterministic and closed.

- Layout: `templates/letters/lettre.html` (rendered by the one sandboxed Jinja environment) and
  `templates/letters/lettre.css`; fonts: Liberation Sans shipped in `dossier/fonts/`, declared by
  `@font-face` rules whose file URLs come from the resolver (`dossier.resources`).
- Closed: WeasyPrint may only read the templates folder, the fonts folder and `data:` URIs (the QR);
  any other URL stops the rendering (RENDU-06). The HTML has no links, scripts, forms or
  attachments, so the PDF has no actions, JavaScript or embedded files (checked by the tests with
  `readback.elements_actifs`).
- Deterministic: no "now" anywhere. Creation and modification dates are the day the file was
  made, `Lettre.date_fichier` (`dcterms.created` / `dcterms.modified`), the file identifier /ID
  is derived from the HTML (which holds no file path), and fonts are subset by HarfBuzz
  (Debian `libharfbuzz-subset0`). Same letter, same bytes. Without libharfbuzz-subset, WeasyPrint
  subsets with fontTools, which stamps each subset font's `head.modified` with the clock: the
  rendering runs with SOURCE_DATE_EPOCH set to the file's day (`jour`; fontTools reads it), so
  that path gives the same bytes on every run too (docs/decisions.md « Same bytes on every
  machine »). The two subsetters do not make the same font bytes: each path is stable on its own.
- PDF/A-3b (ISO 19005-3, level B): WeasyPrint's own variant (`pdf_variant="pdf/a-3b"`) writes the
  XMP metadata stream (pdfaid part 3, conformance B; title, author, subject, producer and dates the
  same as the Info dictionary), an OutputIntent with WeasyPrint's sRGB profile, every font
  embedded, annotations printable. Nothing in it is random (no XMP document UUID for PDF/A), so the
  same letter still gives the same bytes. `pdfa=False` writes a plain PDF (samples/ makes pièces
  « exported by a program that does not write PDF/A » with it). A file that pypdf assembles from
  ours declares PDF/A again through `assemble/pdfa.py`, with `intention_srgb` (the same profile).

Public API
    rendre_pdf(lettre: Lettre) -> bytes
    ecrire_pdf(html: str, gabarit_html: str, quoi: str, jour: date | None = None, pdfa: bool = True)
        -> bytes                              any of our HTML layouts (court/); `jour`: the file's day
    intention_srgb() -> tuple[str, bytes]     the output intent's name and ICC profile WeasyPrint uses
    VARIANTE_PDFA                             « pdf/a-3b »
    html_lettre(lettre: Lettre) -> str        the HTML given to WeasyPrint (for inspection, tests)
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from dossier.errors import RenderFailure
from dossier.findings import constat
from dossier.render.bibliotheques import importer_weasyprint
from dossier.render.environment import rendre_gabarit
from dossier.render.letter import Lettre
from dossier.resources import dossier_gabarits, dossier_polices, police

importer_weasyprint()  # WeasyPrint's system libraries, found in one ldconfig instead of ~70 processes
from weasyprint import CSS, HTML  # noqa: E402
from weasyprint.text.fonts import FontConfiguration  # noqa: E402
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse  # noqa: E402

GABARIT_HTML = "letters/lettre.html"
VARIANTE_PDFA = "pdf/a-3b"
PROFIL_SRGB = "sRGB2014.icc"  # shipped by WeasyPrint (weasyprint/pdf/), the ICC's sRGB v2 profile
SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"
FAMILLE = "Dossier Sans"  # our own family name: never confused with a font installed on the system
POLICES = (
    ("LiberationSans-Regular.ttf", "normal", "normal"),
    ("LiberationSans-Bold.ttf", "bold", "normal"),
    ("LiberationSans-Italic.ttf", "normal", "italic"),
    ("LiberationSans-BoldItalic.ttf", "bold", "italic"),
)


class RecuperateurFerme(URLFetcher):  # type: ignore[misc]
    """A WeasyPrint URL fetcher that reads only `data:` URIs and files under the given folders."""

    def __init__(self, racines: tuple[Path, ...]) -> None:
        super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)
        self._racines = tuple(r.resolve() for r in racines)

    def fetch(self, url: str, headers: Any = None) -> URLFetcherResponse:
        if url.startswith("data:"):
            return super().fetch(url, headers)
        if url.startswith("file:"):
            chemin = Path(url2pathname(urlsplit(url).path)).resolve()
            if chemin.is_file() and any(chemin.is_relative_to(r) for r in self._racines):
                return super().fetch(url, headers)
        raise ValueError(f"ressource refusée : {url}")


def recuperateur() -> RecuperateurFerme:
    return RecuperateurFerme((dossier_gabarits(), dossier_polices()))


@cache
def _polices() -> tuple[FontConfiguration, CSS]:
    """One font configuration per process: @font-face rules for the shipped fonts only."""
    regles = "\n".join(
        f'@font-face {{ font-family: "{FAMILLE}"; src: url("{police(fichier).as_uri()}"); '
        f"font-weight: {graisse}; font-style: {style}; }}"
        for fichier, graisse, style in POLICES
    )
    configuration = FontConfiguration()
    feuille = CSS(string=regles, font_config=configuration, url_fetcher=recuperateur())
    return configuration, feuille


def html_lettre(lettre: Lettre) -> str:
    qr = lettre.paiement.virement.svg_data_uri() if lettre.paiement else None
    codes = [
        [{"svg": c.virement.svg_data_uri(), "legende": c.legende} if c else None for c in rangee]
        for rangee in lettre.rangees_codes
    ]
    return rendre_gabarit(
        GABARIT_HTML, {"lettre": lettre, "qr_svg": qr, "codes_svg": codes, "famille": FAMILLE}
    )


def rendre_pdf(lettre: Lettre) -> bytes:
    return ecrire_pdf(html_lettre(lettre), GABARIT_HTML, f"Lettre « {lettre.titre} »", lettre.date_fichier)


@contextmanager
def horloge_des_polices(jour: date | None) -> Iterator[None]:
    """fontTools' clock (SOURCE_DATE_EPOCH, the reproducible-builds convention) fixed to `jour` at
    midnight UTC (1 January 1970 without a day) while WeasyPrint writes, then put back."""
    avant = os.environ.get(SOURCE_DATE_EPOCH)
    secondes = 0 if jour is None else int(datetime(jour.year, jour.month, jour.day, tzinfo=UTC).timestamp())
    os.environ[SOURCE_DATE_EPOCH] = str(secondes)
    try:
        yield
    finally:
        if avant is None:
            del os.environ[SOURCE_DATE_EPOCH]
        else:
            os.environ[SOURCE_DATE_EPOCH] = avant


@cache
def intention_srgb() -> tuple[str, bytes]:
    """The name and bytes of the sRGB ICC profile WeasyPrint's PDF/A output intent carries, read
    as WeasyPrint reads it (Pillow's ImageCms: the name is the profile's model, else its
    description), so that a file assembled from ours holds the same profile once (tests/pdfa.py
    counts the copies)."""
    from PIL import ImageCms

    with (files("weasyprint.pdf") / PROFIL_SRGB).open("rb") as fichier:
        profil = ImageCms.ImageCmsProfile(fichier)
    octets = profil.tobytes()  # first, as WeasyPrint does: reading a tag first changes these bytes
    nom = profil.profile.model or profil.profile.profile_description
    return str(nom), octets


def ecrire_pdf(html: str, gabarit_html: str, quoi: str, jour: date | None = None, pdfa: bool = True) -> bytes:
    """HTML → PDF bytes, closed and deterministic, PDF/A-3b unless `pdfa` is false; relative URLs
    resolve beside `gabarit_html`."""
    configuration, feuille_polices = _polices()
    base = (dossier_gabarits() / gabarit_html).parent.as_uri() + "/"
    identifiant = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    try:
        document = HTML(string=html, base_url=base, url_fetcher=recuperateur())
        with horloge_des_polices(jour), warnings.catch_warnings():
            # WeasyPrint 70 opens its sRGB profile for the PDF/A output intent and never closes it
            # (weasyprint/pdf/__init__.py): the file is released, unclosed, inside this call.
            warnings.filterwarnings("ignore", r"unclosed file .*sRGB2014\.icc", ResourceWarning)
            pdf = document.write_pdf(
                stylesheets=[feuille_polices],
                font_config=configuration,
                pdf_identifier=identifiant,
                pdf_forms=False,
                custom_metadata=False,
                attachments=None,
                pdf_variant=VARIANTE_PDFA if pdfa else None,
            )
    except FatalURLFetchingError as exc:
        raise RenderFailure([constat("RENDU-06", f"{quoi} : {exc} ({exc.__cause__}).")]) from exc
    if not isinstance(pdf, bytes):  # pragma: no cover - write_pdf without target returns bytes
        raise RenderFailure([constat("RENDU-06", "WeasyPrint n'a pas rendu d'octets.")])
    return pdf
