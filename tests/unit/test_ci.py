"""`.ci/run` runs the README's test command verbatim, and stops at its first failing step (issue 19:
inside an `&&` chain, `set -e` let a failed `pip install` go on to ruff and mypy)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

DEPOT = Path(__file__).resolve().parents[2]
CI = (DEPOT / ".ci" / "run").read_text(encoding="utf-8")


def commande_readme() -> str:
    """The second command block of the README: « install the test extras and run the tests »."""
    blocs = re.findall(r"```sh\n(.+?)\n```", (DEPOT / "README.md").read_text(encoding="utf-8"), re.DOTALL)
    return blocs[1]


def test_la_ci_lance_la_commande_du_readme_telle_quelle() -> None:
    (valeur,) = re.findall(r'^COMMANDE_TESTS="(.+)"$', CI, re.MULTILINE)
    assert valeur == commande_readme()
    assert re.search(r'^bash -c "\$COMMANDE_TESTS"$', CI, re.MULTILINE)  # a command of its own
    assert CI.splitlines()[3] == "set -euo pipefail"


def test_un_echec_au_milieu_de_la_chaine_arrete_la_ci(tmp_path: Path) -> None:
    """The same two lines, with a chain whose middle step fails: the script stops there."""
    script = tmp_path / "run"
    script.write_text(
        'set -euo pipefail\nCOMMANDE_TESTS="true && false && true"\nbash -c "$COMMANDE_TESTS"\necho apres\n',
        encoding="utf-8",
    )
    fini = subprocess.run(["bash", str(script)], capture_output=True, text=True, check=False)
    assert fini.returncode != 0 and "apres" not in fini.stdout
