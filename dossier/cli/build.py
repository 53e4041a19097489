"""`dossier build claim.yaml -o DIR`: the documents of the claim's next step, checked."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from dossier.cli import aide, report
from dossier.cli.communs import (
    VARIABLE_MOT_DE_PASSE,
    options_communes,
    ouvrir_cle,
    preparer,
    proteges,
    refuser_le_futur,
)
from dossier.errors import UsageProblem
from dossier.findings import constat

if TYPE_CHECKING:  # imported when the command runs (`dossier --help` renders nothing)
    from dossier.model.claim import Creance
    from dossier.output.ecriture import Ecriture
    from dossier.output.garde import Protege
    from dossier.pipeline import Options, Pack


@aide.commande("build")
@options_communes
@aide.option(
    "-o",
    "--sortie",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    metavar=aide.DOSSIER,
    help="Dossier où écrire les documents (remplacé d'un bloc à la fin).",
)
@aide.option("--docx/--no-docx", default=True, help="Écrire aussi les versions DOCX modifiables.")
@aide.option(
    "--force",
    is_flag=True,
    help="Écrire dans un dossier qui ne vient pas de dossier, ou dans une sortie précédente où vous avez "
    "ajouté ou modifié des fichiers : ceux-ci sont déplacés à côté (SORTIE.conserve-AAAAMMJJ-HHMMSS), "
    "jamais effacés.",
)
@aide.option(
    "--futur",
    is_flag=True,
    help="Accepter un jour « arrêté au » postérieur à aujourd'hui (documents préparés à l'avance).",
)
@aide.option(
    "--sign",
    "cle",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar=aide.FICHIER,
    help="Signer l'échéancier (PAdES) avec cette clé PKCS#12 du créancier (.p12). Phrase secrète : "
    f"variable {VARIABLE_MOT_DE_PASSE}, sinon demandée au clavier ; jamais sur la ligne de commande.",
)
@aide.option(
    "--tsa",
    metavar="URL",
    help="Horodater la signature (PAdES B-T) par ce serveur RFC 3161 ; injoignable : rien n'est écrit.",
)
def commande(
    claim: Path,
    date_cli: Any,
    jusqua: str | None,
    strict: bool,
    parametres: Path | None,
    sortie: Path,
    docx: bool,
    force: bool,
    futur: bool,
    cle: Path | None,
    tsa: str | None,
) -> None:
    """Produit dans SORTIE les courriers de CLAIM et calcul.json."""
    from dossier.output.garde import verifier_cible

    creance, options = preparer(claim, date_cli, jusqua, strict, parametres, docx, futur)
    refuser_le_futur(creance, options)
    gardes = proteges(claim, creance)
    verifier_cible(sortie, force, gardes)  # refuse a bad folder before the work, not after it
    if cle is not None:
        options = replace(options, signature=ouvrir_cle(cle, tsa, creance))
    elif tsa is not None:
        raise UsageProblem([constat("USAGE-01", "--tsa horodate une signature : il va avec --sign")])
    with report.etapes() as etape:
        pack, ecriture, remis, lent = ecrire(creance, replace(options, etape=etape), sortie, force, gardes)
    for fait in remis:
        report.ligne(fait)
    if lent:
        report.ligne(f"Avertissement : {lent}.", erreur=True)
    report.resume(pack.analyse)
    _dire_ce_qui_est_conserve(sortie, ecriture)
    report.ligne(f"\n{len(pack.fichiers)} fichiers écrits dans {sortie}/ :")
    for nom in sorted(pack.fichiers):
        report.ligne(f"  {nom}")


def ecrire(
    creance: Creance, options: Options, sortie: Path, force: bool, gardes: Sequence[Protege]
) -> tuple[Pack, Ecriture, list[str], str | None]:
    """Build the pack and swap it into `sortie`, under its lock: the one path of `build` and of
    each claim of `batch`. Returns the pack, where it went, what an interrupted build left and was
    put back, and the slow-path warning (`chemin_lent`) if any."""
    from dossier.output.ecriture import ecrire_pack, remettre_en_ordre
    from dossier.output.verrou import verrou
    from dossier.pipeline import build
    from dossier.render.systeme import chemin_lent

    maintenant = datetime.now()  # names a folder moved aside; the documents never see it
    with verrou(sortie):
        remis = remettre_en_ordre(sortie, maintenant)
        lent = chemin_lent()
        with _une_fois(lent is not None):
            pack = build(creance, options)
        options.etape(f"Écriture dans {sortie}/")
        ecriture = ecrire_pack(pack.fichiers, sortie, force, gardes, maintenant=maintenant)
    return pack, ecriture, remis, lent


def _dire_ce_qui_est_conserve(sortie: Path, ecriture: Ecriture) -> None:
    """What was moved aside, and where: one line per file, or their count past `LISTE_MAX`."""
    from dossier.francais import compte
    from dossier.output.garde import LISTE_MAX

    if ecriture.conserve is None:
        return
    nombre = compte(len(ecriture.deplaces), "fichier")
    quoi = (
        f"Le contenu précédent de {sortie}/ ({nombre})"
        if ecriture.entier
        else f"Ce que vous aviez ajouté ou modifié dans {sortie}/ ({nombre})"
    )
    if len(ecriture.deplaces) > LISTE_MAX:
        report.ligne(f"\n{quoi} est déplacé, intact, dans {ecriture.conserve}/.")
        return
    report.ligne(f"\n{quoi} est déplacé, intact, dans {ecriture.conserve}/ :")
    for chose in ecriture.deplaces:
        report.ligne(f"  {chose.chemin} ({chose.motif})" if chose.motif else f"  {chose.chemin}")


class _SansRepetition(logging.Filter):
    """WeasyPrint says « Using fontTools instead of HarfBuzz-Subset » for every font of every
    document: `build` says it once, in French."""

    def filter(self, enregistrement: logging.LogRecord) -> bool:
        from dossier.render.systeme import MESSAGE_FONTTOOLS

        return MESSAGE_FONTTOOLS not in enregistrement.getMessage()


@contextmanager
def _une_fois(lent: bool) -> Iterator[None]:
    """While `build` renders on the slow path, WeasyPrint's per-font warning is silenced: the
    command says it once (`chemin_lent`)."""
    filtre = _SansRepetition()
    if lent:
        logging.getLogger("weasyprint").addFilter(filtre)
    try:
        yield
    finally:
        logging.getLogger("weasyprint").removeFilter(filtre)
