"""Rewrite the golden texts of every sample — the only way they change (docs/style.md rule 9).

    python -m tests.golden.regenerer            # from the repository root

Builds each sample (`dossier build`, as the tests do), writes the text of each PDF page by page
to tests/golden/<sample>/<document>.txt, removes golden files whose document is no longer built,
and lists what changed. Review the diff (`git diff tests/golden`) before committing it: every
changed line is a change in a letter a debtor will read.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from tests.golden.echantillons import (
    ECHANTILLONS,
    GOLDEN,
    a_un_golden,
    chemin_golden,
    construire,
    texte_golden,
)


def regenerer(racine: Path) -> list[str]:
    """Build every sample under `racine` and rewrite the golden files; return what changed."""
    changements = []
    for echantillon in ECHANTILLONS:
        fichiers = construire(echantillon, racine / echantillon)
        dossier = GOLDEN / echantillon
        dossier.mkdir(exist_ok=True)
        attendus = set()
        for nom in sorted(n for n in fichiers if a_un_golden(n)):
            cible = chemin_golden(echantillon, nom)
            attendus.add(cible)
            texte = texte_golden(fichiers[nom])
            ancien = cible.read_text(encoding="utf-8") if cible.exists() else None
            if ancien != texte:
                cible.write_text(texte, encoding="utf-8", newline="\n")
                changements.append(f"{'créé' if ancien is None else 'modifié'} : {cible.relative_to(GOLDEN)}")
        for orphelin in sorted(set(dossier.glob("*.txt")) - attendus):
            orphelin.unlink()
            changements.append(f"supprimé : {orphelin.relative_to(GOLDEN)}")
    return changements


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="dossier-golden-") as temporaire:
        changements = regenerer(Path(temporaire))
    if not changements:
        print("Textes de référence inchangés.")
        return 0
    print("\n".join(changements))
    print("\nRelisez le diff avant de l'enregistrer : git diff tests/golden")
    return 0


if __name__ == "__main__":
    sys.exit(main())
