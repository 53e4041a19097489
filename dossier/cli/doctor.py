"""`dossier doctor`: which system libraries and programs were found, and what a missing one costs."""

from __future__ import annotations

import click

from dossier.cli import aide, report
from dossier.exit_codes import ExitCode
from dossier.render.systeme import bibliotheques


@aide.commande("doctor")
@click.pass_context
def commande(ctx: click.Context) -> None:
    """Dit quelles bibliothèques du système sont présentes et ce que coûte l'absence de chacune.

    \b
    Pango (indispensable), libharfbuzz-subset (vitesse), poppler et zbar (tests des codes QR et des
    signatures), chromium (test du rapport), pyHanko (signatures). Sortie 0 : dossier peut produire.
    """
    liste = bibliotheques()
    report.tableau(
        "Bibliothèques",
        ("bibliothèque", "présente", "détail", "sans elle"),
        [(b.nom, "oui" if b.trouvee else "NON", b.detail, "—" if b.trouvee else b.cout) for b in liste],
    )
    ctx.exit(ExitCode.OK)
