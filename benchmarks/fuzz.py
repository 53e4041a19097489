"""10,000 mutated claims through `dossier check --json`, and the tally of outcomes (issue 15).

The mutations are the fuzz tests' (tests/fuzz/mutations.py), on every sample in turn, from a fixed
seed so a run can be repeated. Every outcome must be exit 0, 3, 4 or 6 with a dossier finding, or
5 with the claim's position; anything else is listed with its seed.

    python benchmarks/fuzz.py [--nombre 10000] [--graine 1]
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

from click.testing import CliRunner

from dossier.cli.main import cli
from tests.fuzz.mutations import muter

DEPOT = Path(__file__).resolve().parent.parent


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--nombre", type=int, default=10_000)
    options.add_argument("--graine", type=int, default=1)
    arguments = options.parse_args()
    echantillons = sorted(p.parent for p in (DEPOT / "samples").glob("*/claim.yaml"))
    issues: collections.Counter[str] = collections.Counter()
    fautes: list[str] = []
    debut = time.perf_counter()
    with tempfile.TemporaryDirectory() as temporaire:
        dossiers = {}
        for echantillon in echantillons:
            dossiers[echantillon] = Path(temporaire) / echantillon.name
            dossiers[echantillon].mkdir()
            for fichier in echantillon.iterdir():
                if fichier.is_dir():  # a copy: a link out of the claim's folder would be refused (PIECE-02)
                    shutil.copytree(fichier, dossiers[echantillon] / fichier.name)
        for rang in range(arguments.nombre):
            graine = arguments.graine * 1_000_003 + rang
            hasard = random.Random(graine)
            echantillon = hasard.choice(echantillons)
            claim = dossiers[echantillon] / "claim.yaml"
            claim.write_text(muter((echantillon / "claim.yaml").read_text(encoding="utf-8"), hasard),
                             encoding="utf-8", errors="surrogatepass")  # fmt: skip
            resultat = CliRunner().invoke(
                cli, ["check", str(claim), "--json"], env={"DOSSIER_PARAMETRES": None}
            )
            code = resultat.exit_code
            try:
                constats = json.loads(resultat.stdout)["findings"]
            except (ValueError, KeyError):
                constats = None
            sans_position = code == 5 and any(not c["ou"] for c in constats or [])
            if (
                code not in (0, 3, 4, 5, 6)
                or constats is None
                or sans_position
                or "Traceback" in resultat.output
            ):
                fautes.append(
                    f"graine {graine} ({echantillon.name}) : sortie {code} {resultat.stderr[:200]!r}"
                )
            issues[f"sortie {code}"] += 1
    duree = time.perf_counter() - debut
    print(f"{arguments.nombre} dossiers mutés en {duree:.0f} s (graine {arguments.graine})")
    for issue, nombre in sorted(issues.items()):
        print(f"  {issue} : {nombre}")
    print(f"  fautes : {len(fautes)}")
    for faute in fautes[:50]:
        print(f"    {faute}")


if __name__ == "__main__":
    main()
