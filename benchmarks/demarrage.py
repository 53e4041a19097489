"""What finding WeasyPrint's system libraries once saves at every start (issue 25), side by side.

Each repetition starts two fresh Python processes, in alternation: (a) `import weasyprint` as is,
whose library lookup runs ldconfig, gcc and ld for each name it tries, and (b) the same import
inside `dossier.render.bibliotheques.recherche_unique()`, one `ldconfig -p`. It prints the median
wall time of each and their ratio; the machine is shared and noisy: only the ratio, measured in
the same run, means something.

    python benchmarks/demarrage.py [--repetitions 9]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

STANDARD = "import weasyprint"
UNIQUE = (
    "from dossier.render.bibliotheques import recherche_unique\n"
    "with recherche_unique():\n"
    "    import weasyprint"
)


def duree(code: str) -> float:
    debut = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - debut


def main() -> None:
    parametres = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parametres.add_argument("--repetitions", type=int, default=9)
    repetitions = parametres.parse_args().repetitions
    standard, unique = [], []
    for _ in range(repetitions):
        standard.append(duree(STANDARD))
        unique.append(duree(UNIQUE))
    a, b = statistics.median(standard), statistics.median(unique)
    print(f"import weasyprint, recherche standard : {a:.3f} s (médiane de {repetitions})")
    print(f"import weasyprint, un seul ldconfig    : {b:.3f} s")
    print(f"rapport un seul ldconfig / standard    : {b / a:.2f}  (gain {a - b:.3f} s par démarrage)")


if __name__ == "__main__":
    main()
