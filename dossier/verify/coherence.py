"""The documents of a pack against each other and against calcul.json, read back from the written
files (README.md: the documents read against each other and against `calcul.json`).

    verifier_coherence(fichiers, lectures, calcul, attendu=None) -> list[Constat]

`fichiers`: the pack (relative path → bytes); `lectures`: the text already extracted from it (the
tone read-back's, `render.readback.Lectures`: one extraction per file); `calcul`: the calcul.json
object; `attendu`: what the claim says (`attendu_de`), when it is known — `build` and `check` have
the claim, `dossier verify` the one embedded in the bundle.

Checks, each with its code (`dossier explain COHER-0N`):
    COHER-01  figures: every amount printed equals calcul.json, or the plan (verify/montants*.py)
    COHER-02  parties: names, SIREN, addresses the same everywhere        (verify/parties.py)
    COHER-03  dates in a coherent order                                   (verify/dates.py)
    COHER-04  pièces cited ↔ bordereau ↔ injonction/pieces/               (verify/pieces.py)
    COHER-05  each pièce's pages and stamps                               (verify/pieces.py)
    COHER-06  no template syntax, « None » or empty mandatory field       (verify/gabarits.py)
    COHER-07  the bundle: pages and bookmarks                             (verify/pieces.py)

Each finding is blocking: `build` refuses to write a pack whose documents disagree (nothing is
swapped in), `check` reports it, `dossier verify` fails.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from dossier.findings import Constat
from dossier.law.plan.echeancier import Echeancier
from dossier.model.claim import Creance
from dossier.render.readback import Lectures
from dossier.verify.dates import verifier_dates
from dossier.verify.gabarits import verifier_gabarits
from dossier.verify.lecture import documents
from dossier.verify.montants import verifier_montants
from dossier.verify.montants_plan import Attente, verifier_plan
from dossier.verify.parties import Partie, parties_de, verifier_parties
from dossier.verify.pieces import est_piece, verifier_pieces
from dossier.vocabulaire import BUNDLE

RAPPORT = "rapport.pdf"  # the review report quotes the documents; it is not one of them (rapport.py)
CODES = ("COHER-01", "COHER-02", "COHER-03", "COHER-04", "COHER-05", "COHER-06", "COHER-07")


@dataclass(frozen=True)
class Attendu:
    """What the claim says the documents must say beyond calcul.json."""

    parties: tuple[Partie, ...]
    plan: Attente | None = None


def attendu_de(creance: Creance, echeancier: Echeancier | None = None) -> Attendu:
    plan = None
    if echeancier is not None and echeancier.echeances:
        echeances = (*((echeancier.acompte,) if echeancier.acompte else ()), *echeancier.echeances)
        plan = Attente(echeancier.total, tuple((e.date, e.montant) for e in echeances))
    return Attendu(parties_de(creance), plan)


def verifier_coherence(
    fichiers: Mapping[str, bytes],
    lectures: Lectures,
    calcul: Mapping[str, Any],
    attendu: Attendu | None = None,
    tampons: bool = True,
) -> list[Constat]:
    """`tampons=False`: the pièces are checked by their page count only, their text (the stamps)
    is not extracted — `build` has stamped them itself a moment ago, and reading a party's scanned
    or heavy PDF back is the slow part; `dossier verify` reads every stamp."""
    ecrits = documents(
        lectures,
        fichiers,
        sorted(n for n in fichiers if n.endswith(".pdf") and not est_piece(n) and n not in (BUNDLE, RAPPORT)),
    )
    # a file the pack does not list (a bailiff's note left in pieces/) is VERIF-04's, not read here
    pieces = documents(
        lectures,
        fichiers,
        sorted(n for n in fichiers if ((est_piece(n) and n.endswith(".pdf")) or n == BUNDLE) and tampons),
    )
    jumeaux = documents(lectures, fichiers, sorted(n for n in fichiers if n.endswith(".docx")))
    constats = verifier_montants(ecrits, calcul)
    constats += verifier_plan(ecrits, attendu.plan if attendu else None)
    if attendu is not None:
        constats += verifier_parties(ecrits, attendu.parties)
    constats += verifier_dates(ecrits, calcul)
    constats += verifier_pieces({**ecrits, **pieces}, fichiers)
    constats += verifier_gabarits({**ecrits, **jumeaux})
    return list(dict.fromkeys(constats))
