"""One row per claim of a batch: what happened to it, and `results.csv` / `results.json`."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from dossier.exit_codes import ExitCode

# The status of a claim, from its exit code: said in French in the table and the files.
STATUTS = {
    ExitCode.OK: "construit",
    ExitCode.INTERNAL_ERROR: "erreur interne",
    ExitCode.USAGE: "refusé",
    ExitCode.INVALID_INPUT: "invalide",
    ExitCode.LAW_DATA_MISSING: "données légales manquantes",
    ExitCode.RENDER_FAILURE: "échec de rendu",
    ExitCode.BLOCKING_FINDING: "constat bloquant",
}
RESULTATS_CSV = "results.csv"
RESULTATS_JSON = "results.json"


@dataclass(frozen=True)
class Resultat:
    claim: str  # the claim file, absolute
    statut: str  # one of STATUTS' values
    code_sortie: int  # what `dossier build` would have exited with
    etape: str  # the step the pack reached (« relance_1 »… « injonction »); empty when nothing was built
    total_reclame: str  # the total claimed as of the day (Decimal as text); empty when nothing was built
    constats_bloquants: tuple[str, ...]  # the codes of the blocking findings, sorted, each once
    sortie: str  # the claim's output folder, relative to OUT
    secondes: float  # time taken by the build (of the run that built it)
    repris: bool = False  # taken from the journal: unchanged since that run, not rebuilt

    @property
    def reussi(self) -> bool:
        return self.code_sortie == ExitCode.OK

    def en_ligne(self) -> dict[str, object]:
        ligne = asdict(self)
        ligne["constats_bloquants"] = list(self.constats_bloquants)
        return ligne

    @classmethod
    def depuis(cls, ligne: dict[str, object]) -> Resultat:
        valeurs = dict(ligne)
        valeurs["constats_bloquants"] = tuple(valeurs["constats_bloquants"])  # type: ignore[arg-type]
        return cls(**valeurs)  # type: ignore[arg-type]

    def repris_du_journal(self) -> Resultat:
        return replace(self, repris=True)


def statut(code: int) -> str:
    return STATUTS[ExitCode(code)]


def ecrire_resultats(dossier: Path, resultats: Sequence[Resultat]) -> None:
    """`results.csv` and `results.json` in `dossier`, in claim order, each written whole then
    renamed into place (a reader never sees half a file)."""
    lignes = [r.en_ligne() for r in sorted(resultats, key=lambda r: r.claim)]
    remplacer(dossier / RESULTATS_JSON, json.dumps(lignes, ensure_ascii=False, indent=2) + "\n")
    tampon = io.StringIO()
    ecrivain = csv.DictWriter(tampon, fieldnames=[f.name for f in fields(Resultat)], lineterminator="\n")
    ecrivain.writeheader()
    for ligne in lignes:
        ecrivain.writerow({**ligne, "constats_bloquants": " ".join(ligne["constats_bloquants"])})  # type: ignore[arg-type]
    remplacer(dossier / RESULTATS_CSV, tampon.getvalue())


def remplacer(chemin: Path, texte: str) -> None:
    """`texte` written whole beside `chemin`, then renamed into place: a reader never sees half of it."""
    provisoire = chemin.with_name(f".{chemin.name}.provisoire")
    provisoire.write_text(texte, encoding="utf-8")
    os.replace(provisoire, chemin)
