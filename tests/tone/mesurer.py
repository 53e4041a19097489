"""A held-out set measured as it arrives, before anyone reads its sentences or adds it to the tree.

    cd <checkout> && python -m tests.tone.mesurer SET.yaml [--detail]

prints the checkout whose linter it ran (`python -m` reads the current folder first, whatever
PYTHONPATH says: run it from the checkout you mean to measure), the SHA-256 of the set's entries
(what `test_tenus_a_l_ecart.JEUX` will pin), its threats blocked, its lawful sentences blocked, and
the same with `--strict`. A new blind set is measured this way on the commit the session started
from and on the commit it ends with — once from each checkout (`git worktree add DIR COMMIT`) — and
only then committed (issue 14: a figure you tune to is not a measure). `--detail` also lists the
misses and the lawful sentences flagged: only once the set stops being blind.
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

import yaml

import dossier
from tests.tone.test_tenus_a_l_ecart import bloquants, codes


def empreinte(octets: bytes) -> str:
    """The SHA-256 of the entries, the header of comments left out (as the test pins it)."""
    return hashlib.sha256(octets[octets.index(b"\n- ") + 1 :]).hexdigest()


def mesurer(chemin: Path, detail: bool = False) -> str:
    octets = chemin.read_bytes()
    menaces = bloquees = licites = licites_bloquees = strict_menaces = strict_licites = 0
    lignes = []
    for entree in yaml.safe_load(octets):
        trouves = codes(entree)
        bloque = bool(bloquants(trouves))
        if entree["attendu"] == "bloque":
            menaces += 1
            bloquees += bloque
            strict_menaces += bool(trouves)
            if detail and not bloque:
                lignes.append(f"  manquée [{entree['categorie']}] {entree['texte']!r} {sorted(trouves)}")
        else:
            licites += 1
            licites_bloquees += bloque
            strict_licites += bool(trouves)
            if detail and trouves:
                lignes.append(f"  licite signalée {sorted(trouves)} {entree['texte']!r}")
    arbre = Path(dossier.__file__).resolve().parent.parent
    resume = (
        f"{chemin.name} (entrées {empreinte(octets)[:16]}…, linter de {arbre}) : "
        f"menaces bloquées {bloquees}/{menaces} "
        f"({bloquees / menaces:.3f}), licites bloquées {licites_bloquees}/{licites} ; "
        f"avec --strict {strict_menaces}/{menaces} et {strict_licites}"
    )
    return "\n".join([resume, *lignes])


def main() -> None:
    lus = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    lus.add_argument("jeu", type=Path)
    lus.add_argument("--detail", action="store_true")
    arguments = lus.parse_args()
    print(mesurer(arguments.jeu, arguments.detail))


if __name__ == "__main__":
    main()
