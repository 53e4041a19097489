"""The worker of `dossier batch`: one claim built exactly as `dossier build` builds it
(`communs.preparer`, `build.ecrire`: the same checks, the same atomic swap), in a process that
stays warm between claims. Nothing here prints: a claim's findings go to `OUT/constats/<name>.json`,
an internal error's traceback to `OUT/batch.log`, its row to the journal, its result to the parent.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, time
from pathlib import Path
from time import perf_counter

from dossier.cli.build import ecrire
from dossier.cli.communs import preparer, proteges, refuser_le_futur
from dossier.errors import DossierError
from dossier.exit_codes import ExitCode
from dossier.export import objet_constat
from dossier.findings import Constat
from dossier.output.garde import verifier_cible
from dossier.output.verrou import verrou
from dossier.pipeline import Analyse
from dossier.portefeuille import journal
from dossier.portefeuille.empreinte import donnees_legales
from dossier.portefeuille.execution import Tache, echec, geler_ce_qui_reste, rendre_la_memoire
from dossier.portefeuille.grappe import deposer_recu, recu, recus, un_a_la_fois, verifier_ici
from dossier.portefeuille.resultats import Resultat, statut

JOURNAL_TECHNIQUE = "batch.log"
CONSTATS = "constats"
_FORMAT = "%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"
_journal: sqlite3.Connection | None = None  # this worker's connection, opened once
_log = logging.getLogger("dossier.batch")


def preparer_processus(racine: Path) -> None:
    """Run once in each worker: logs to OUT/batch.log (never the terminal), the journal opened, the
    law data and the templates loaded now; the fonts and their CSS are loaded by the first document
    and kept for the worker's life (`render/pdf.py` caches them per process)."""
    global _journal
    gestionnaire = logging.FileHandler(racine / JOURNAL_TECHNIQUE, encoding="utf-8")
    gestionnaire.setFormatter(logging.Formatter(_FORMAT))
    logging.basicConfig(level=logging.WARNING, handlers=[gestionnaire], force=True)
    logging.getLogger("pypdf").addHandler(logging.NullHandler())
    _journal = journal.connecter(racine)  # closed with the process
    from dossier.law.parametres.lecture import parametres_officiels
    from dossier.render.environment import environnement

    parametres_officiels()
    environnement()
    donnees_legales()


def construire_sur_la_grappe(tache: Tache, attendu: Mapping[str, str]) -> Resultat:
    """A Dask worker's claim (`--scheduler`): refused whole if this process has not the client's
    `outillage()` (`VersionDifferente`, LOT-02); else built by `construire`, one claim at a time per
    process, its errors logged to OUT/batch.log. The client journals the row (`portefeuille/grappe.py`);
    the worker leaves it as a receipt first, under the claim's lock in OUT/.recus: a build of the
    same claim still running for a client that died is waited for, and its row taken, not built again."""
    verifier_ici(attendu)
    verrou_de_la_creance = verrou(recus(tache.racine) / tache.nom, attendre=True)
    with un_a_la_fois, journal_technique(tache.racine), verrou_de_la_creance:
        deja = recu(tache, donnees_legales())
        if deja is not None:
            return deja
        resultat = construire(tache)
        deposer_recu(tache, resultat, donnees_legales())
        return resultat


@contextmanager
def journal_technique(racine: Path, nom: str = "dossier", seul: bool = False) -> Iterator[None]:
    """The warnings and errors of logger `nom` to OUT/batch.log for the time of the block; `seul`:
    not passed on to the process's other handlers (the terminal). A Dask worker serves other work
    too: its own logging is left as it is."""
    gestionnaire = logging.FileHandler(racine / JOURNAL_TECHNIQUE, encoding="utf-8")
    gestionnaire.setFormatter(logging.Formatter(_FORMAT))
    gestionnaire.setLevel(logging.WARNING)
    log = logging.getLogger(nom)
    log.addHandler(gestionnaire)
    propager = log.propagate
    log.propagate = not seul and propager
    try:
        yield
    finally:
        log.propagate = propager
        log.removeHandler(gestionnaire)
        gestionnaire.close()


def construire(tache: Tache) -> Resultat:
    """Build one claim into `tache.sortie`, return its row; never raises. A pool worker journals
    the row itself, as soon as the pack is in place (`preparer_processus` opened its journal)."""
    debut = perf_counter()
    try:
        resultat = _construire(tache, debut)
    except DossierError as erreur:
        _noter_constats(tache, erreur.constats)
        bloquants = tuple(sorted({c.code for c in erreur.constats if c.bloquant}))
        resultat = _ligne(tache, erreur.exit_code, None, bloquants, debut)
    except Exception:
        _log.exception("créance %s : erreur interne", tache.claim)
        resultat = echec(tache, perf_counter() - debut)
    if _journal is not None:
        journal.noter(_journal, resultat, tache.empreinte, donnees_legales())
    geler_ce_qui_reste()
    rendre_la_memoire()
    return resultat


def _construire(tache: Tache, debut: float) -> Resultat:
    quand = datetime.combine(tache.jour, time()) if tache.jour else None
    creance, options = preparer(tache.claim, quand, tache.jusqua, False, None, tache.docx)
    refuser_le_futur(creance, options)
    gardes = proteges(tache.claim, creance)
    verifier_cible(tache.sortie, False, gardes)
    pack, _ecriture, _remis, _lent = ecrire(creance, options, tache.sortie, False, gardes)
    _noter_constats(tache, pack.analyse.constats)
    return _ligne(tache, ExitCode.OK, pack.analyse, (), debut)


def _ligne(
    tache: Tache, code: int, analyse: Analyse | None, bloquants: tuple[str, ...], debut: float
) -> Resultat:
    etape, total = "", ""
    if analyse is not None:
        prevu = analyse.programme
        if prevu.requete is not None:
            etape = "injonction"
        elif prevu.lettres:
            etape = prevu.lettres[-1].etape.value
        total = str(analyse.calcul_publie.total_du)
    return Resultat(
        claim=str(tache.claim),
        statut=statut(code),
        code_sortie=int(code),
        etape=etape,
        total_reclame=total,
        constats_bloquants=bloquants,
        sortie=tache.nom,
        secondes=round(perf_counter() - debut, 3),
    )


def _noter_constats(tache: Tache, constats: Sequence[Constat]) -> None:
    """Every finding of the claim, kept beside the packs (`OUT/constats/<name>.json`)."""
    dossier = tache.racine / CONSTATS
    dossier.mkdir(exist_ok=True)
    lignes = [objet_constat(c) for c in constats]
    chemin = dossier / f"{tache.nom}.json"
    provisoire = chemin.with_name(f".{chemin.name}.provisoire")
    provisoire.write_text(json.dumps(lignes, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    provisoire.replace(chemin)
