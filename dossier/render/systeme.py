"""The system libraries and programs `dossier` uses, found or not, and what a missing one costs
(`dossier doctor`; docs/decisions.md « Same bytes on every machine »).

    bibliotheques() -> list[Bibliotheque]     each with `trouvee`, its version or path, its cost
    chemin_lent() -> str | None               why rendering takes a slow path now, or None

Pango renders every PDF (WeasyPrint cannot start without it). Without libharfbuzz-subset,
WeasyPrint subsets fonts with fontTools: about 3 times slower, and its bytes depend on the clock —
`render.pdf` fixes that clock, so the output stays byte-identical. poppler-utils and zbar-tools
let the tests read the payment QR codes back and check signatures a second way; chromium opens the
review report in the tests; pyHanko (the `[sign]` extra) signs and verifies signatures.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from importlib.util import find_spec

MESSAGE_FONTTOOLS = "Using fontTools instead of HarfBuzz-Subset"  # WeasyPrint's warning, per font


@dataclass(frozen=True)
class Bibliotheque:
    nom: str
    trouvee: bool
    detail: str  # version or path found, or the Debian package to install
    cout: str  # what its absence costs


def _harfbuzz_subset() -> bool:
    from dossier.render.bibliotheques import importer_weasyprint

    importer_weasyprint()  # before any rendering: WeasyPrint's libraries found in one ldconfig
    from weasyprint.pdf import fonts
    from weasyprint.text.ffi import harfbuzz

    return bool(fonts.harfbuzz_subset) and bool(harfbuzz.hb_version_atleast(4, 1, 0))


def chemin_lent() -> str | None:
    if _harfbuzz_subset():
        return None
    return (
        "libharfbuzz-subset (≥ 4.1) est introuvable : WeasyPrint découpe les polices avec fontTools, "
        "environ 3 fois plus lentement (les octets restent identiques) ; installez libharfbuzz-subset0"
    )


def bibliotheques() -> list[Bibliotheque]:
    from dossier.render.bibliotheques import importer_weasyprint

    importer_weasyprint()
    from weasyprint.text.ffi import pango

    numero = int(pango.pango_version())  # major * 10000 + minor * 100 + micro
    version_pango = f"{numero // 10000}.{numero // 100 % 100}.{numero % 100}"
    resultat = [
        Bibliotheque("Pango", True, version_pango, "aucun PDF sans elle (libpango-1.0-0)"),
        Bibliotheque(
            "libharfbuzz-subset",
            _harfbuzz_subset(),
            "libharfbuzz-subset0",
            "rendu 3 fois plus lent (fontTools) ; octets identiques tout de même",
        ),
    ]
    for nom, programme, paquet, cout in (
        ("poppler (pdftoppm)", "pdftoppm", "poppler-utils", "les tests ne relisent pas les codes QR"),
        ("poppler (pdfsig)", "pdfsig", "poppler-utils", "les tests ne contre-vérifient pas les signatures"),
        ("zbar (zbarimg)", "zbarimg", "zbar-tools", "les tests ne décodent pas les codes QR"),
        ("chromium", "chromium", "chromium", "les tests n'ouvrent pas le rapport dans un navigateur"),
    ):
        chemin = shutil.which(programme)
        resultat.append(Bibliotheque(nom, chemin is not None, chemin or f"paquet {paquet}", cout))
    signe = find_spec("pyhanko") is not None
    resultat.append(
        Bibliotheque(
            "pyHanko", signe, "extra [sign]", "ni --sign ni vérification des signatures (dossier verify)"
        )
    )
    return resultat
