"""`dossier doctor`: which system libraries were found and what a missing one costs; with `--sortie`,
what an interrupted build left beside an output folder."""

from __future__ import annotations

import os
from pathlib import Path

import click

from dossier.cli import aide, report
from dossier.exit_codes import ExitCode


@aide.commande("doctor")
@aide.option(
    "--sortie",
    "sorties",
    multiple=True,
    type=click.Path(file_okay=False, path_type=Path),
    metavar=aide.DOSSIER,
    help="Nomme aussi ce qu'une construction interrompue a laissé à côté de ce dossier de sortie.",
)
@click.pass_context
def commande(ctx: click.Context, sorties: tuple[Path, ...]) -> None:
    """Dit quelles bibliothèques du système sont présentes et ce que coûte l'absence de chacune.

    \b
    Pango (indispensable), libharfbuzz-subset (vitesse), poppler et zbar (tests des codes QR et des
    signatures), chromium (test du rapport), pyHanko (signatures). Sortie 0 : dossier peut produire.
    """
    from dossier.render.systeme import bibliotheques

    liste = bibliotheques()
    report.tableau(
        "Bibliothèques",
        ("bibliothèque", "présente", "détail", "sans elle"),
        [(b.nom, "oui" if b.trouvee else "NON", b.detail, "—" if b.trouvee else b.cout) for b in liste],
    )
    for sortie in sorties:
        _restes(sortie)
    ctx.exit(ExitCode.OK)


def _restes(sortie: Path) -> None:
    """What an interrupted build left beside `sortie`, named and left alone: the next `build` into
    it puts it in order (`output.ecriture.remettre_en_ordre`), under its lock."""
    from dossier.output.ecriture import ANCIEN, restes

    trouves = restes(Path(os.path.realpath(sortie)))
    if not trouves:
        report.ligne(f"{sortie} : aucune construction interrompue n'a laissé de dossier à côté.")
        return
    for sorte, reste in trouves:
        if sorte == ANCIEN:
            quoi = "la production précédente, mise de côté par une construction interrompue"
        else:
            quoi = "une production neuve qu'une construction interrompue n'a pas mise en place"
        report.ligne(f"{sortie} : {reste} — {quoi}.")
    report.ligne(
        f"La prochaine « dossier build … -o {sortie} » les remet en ordre : la production précédente "
        "reprend sa place si le dossier manque, un dossier qui n'est pas de dossier est conservé à "
        "côté, les productions provisoires sont supprimées."
    )
