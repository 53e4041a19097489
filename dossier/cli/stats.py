"""`dossier stats DIR`: the recovery figures of a portfolio (portefeuille/indicateurs.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

import click

from dossier.cli import aide, report
from dossier.cli.communs import option_date
from dossier.errors import UsageProblem
from dossier.findings import constat


@aide.commande("stats")
@click.argument("source", metavar="DOSSIER|MOTIF")
@option_date()
@aide.option(
    "--lot",
    type=click.Path(file_okay=False, path_type=Path),
    metavar=aide.DOSSIER,
    help="Dossier de sortie d'un « dossier batch » : ses statuts s'ajoutent aux indicateurs "
    "(par défaut, le journal de DOSSIER s'il y en a un).",
)
@aide.option("--json", "en_json", is_flag=True, help="Écrire les indicateurs en JSON sur la sortie standard.")
@aide.option(
    "-o",
    "--sortie",
    type=click.Path(file_okay=False, path_type=Path),
    metavar=aide.DOSSIER,
    help="Écrire stats.html (graphiques SVG, s'ouvre hors ligne), stats.json et stats.csv dans ce dossier.",
)
def commande(source: str, date_cli: Any, lot: Path | None, en_json: bool, sortie: Path | None) -> None:
    """Indicateurs de recouvrement des créances trouvées sous DOSSIER : taux de recouvrement, délais
    de paiement, échéanciers tenus, reste dû par ancienneté, paiements après chaque type de contact.

    Jour « arrêté au » : --date, sinon aujourd'hui.
    """
    from dossier.output.ecriture import ecrire_pack
    from dossier.output.garde import Protege
    from dossier.output.verrou import verrou
    from dossier.portefeuille import journal, page
    from dossier.portefeuille.indicateurs import mesurer
    from dossier.portefeuille.recherche import trouver

    claims = trouver(source, exclu=lot)
    if not claims:
        raise UsageProblem(
            [
                constat(
                    "USAGE-01",
                    f"aucun fichier claim.yaml trouvé dans « {source} »",
                    que_faire="Donnez le dossier des créances (cherchées dans ses sous-dossiers) "
                    "ou un motif comme « clients/*/claim.yaml ».",
                )
            ]
        )
    jour = date_cli.date() if date_cli else date.today()
    fichier_journal = (lot if lot is not None else Path(source)) / journal.NOM
    resultats = []
    if fichier_journal.is_file():
        with journal.ouvrir(fichier_journal.parent) as connexion:
            resultats = [r for r, _fini, _donnees in journal.tous(connexion)]
    mesure = mesurer(claims, jour, resultats)
    if sortie is not None:
        fichiers = {
            "stats.html": page.html(mesure).encode("utf-8"),
            "stats.json": page.en_json(mesure).encode("utf-8"),
            "stats.csv": page.en_csv(mesure).encode("utf-8"),
        }
        gardes = [Protege(c.parent, "le dossier d'une créance") for c in claims]
        with verrou(sortie):
            ecrire_pack(fichiers, sortie, False, gardes, maintenant=datetime.now())
    if en_json:
        report.brut(page.en_json(mesure))
    else:
        report.statistiques(*page.pour_le_terminal(mesure))
        if sortie is not None:
            report.ligne(f"\nstats.html, stats.json et stats.csv écrits dans {sortie}/.")
