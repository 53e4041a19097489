"""HTML → PDF for the pièces dossier renders itself (emails), through the same closed WeasyPrint
setup as the letters: shipped fonts only, the closed URL fetcher, no forms, no attachments, a file
identifier derived from the HTML, no dates. Same HTML, same bytes.

Public API
    html_en_pdf(html: str, base: str = "") -> bytes
"""

from __future__ import annotations

import hashlib

from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError

from dossier.errors import RenderFailure
from dossier.findings import constat
from dossier.render.pdf import _polices, recuperateur
from dossier.resources import dossier_gabarits


def html_en_pdf(html: str, base: str = "") -> bytes:
    """`base`: the folder, under the templates root, that relative URLs (a stylesheet) start from."""
    configuration, feuille_polices = _polices()
    identifiant = hashlib.sha256(html.encode("utf-8")).hexdigest()[:32].encode("ascii")
    try:
        pdf = HTML(
            string=html, base_url=dossier_gabarits().as_uri() + "/" + base, url_fetcher=recuperateur()
        ).write_pdf(
            stylesheets=[feuille_polices],
            font_config=configuration,
            pdf_identifier=identifiant,
            pdf_forms=False,
            custom_metadata=False,
            attachments=None,
        )
    except FatalURLFetchingError as exc:
        raise RenderFailure([constat("RENDU-06", f"Pièce : {exc} ({exc.__cause__}).")]) from exc
    if not isinstance(pdf, bytes):  # pragma: no cover - write_pdf without target returns bytes
        raise RenderFailure([constat("RENDU-06", "WeasyPrint n'a pas rendu d'octets.")])
    return pdf
