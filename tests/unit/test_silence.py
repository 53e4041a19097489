"""docs/style.md rule 8: only `dossier/cli/report.py` prints.

The layer contracts in pyproject.toml (`lint-imports`) keep click and rich out of every layer below
cli/; this test reads every module's syntax tree for the ways to reach the terminal without them:
the `print` builtin, `sys.stdout` / `sys.stderr`, `click.echo` / `click.secho` and rich's Console.
Docstrings are not code: a doctest's `print` is not a call.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PAQUET = Path(__file__).resolve().parents[2] / "dossier"
SEUL_AUTORISE = PAQUET / "cli" / "report.py"
MODULES = sorted(p for p in PAQUET.rglob("*.py") if p != SEUL_AUTORISE and "_templates" not in p.parts)
FLUX = {"stdout", "stderr", "__stdout__", "__stderr__"}
ECRITURES = {"echo", "secho"}


def sorties_terminal(source: str) -> list[tuple[int, str]]:
    """(line, what) of every place `source` writes to the terminal."""
    trouves = []
    for noeud in ast.walk(ast.parse(source)):
        if isinstance(noeud, ast.Call) and isinstance(noeud.func, ast.Name) and noeud.func.id == "print":
            trouves.append((noeud.lineno, "print()"))
        elif (
            isinstance(noeud, ast.Attribute)
            and noeud.attr in FLUX
            and isinstance(noeud.value, ast.Name)
            and noeud.value.id == "sys"
        ):
            trouves.append((noeud.lineno, f".{noeud.attr}"))
        elif isinstance(noeud, ast.Attribute) and noeud.attr in ECRITURES:
            trouves.append((noeud.lineno, f".{noeud.attr}()"))
        elif isinstance(noeud, ast.Name) and noeud.id == "Console":
            trouves.append((noeud.lineno, "Console"))
        elif isinstance(noeud, ast.ImportFrom) and any(a.name in FLUX | ECRITURES for a in noeud.names):
            trouves.append((noeud.lineno, f"from {noeud.module} import …"))
    return sorted(trouves)


def test_the_reader_finds_each_way_to_print() -> None:
    source = (
        '"""\n>>> print(1)\n"""\n'
        "print('x')\nimport sys\nsys.stderr.write('x')\nclick.echo('x')\nConsole().print('x')\n"
        "from sys import stdout\nreport.ligne('x')\nsubprocess.run(['x'], stdout=subprocess.PIPE).stdout\n"
    )
    assert sorties_terminal(source) == [
        (4, "print()"),
        (6, ".stderr"),
        (7, ".echo()"),
        (8, "Console"),
        (9, "from sys import …"),
    ]


def test_there_are_modules_to_read() -> None:
    assert {"analyse.py", "computation.py", "linter.py", "main.py"} <= {m.name for m in MODULES}


@pytest.mark.parametrize("module", MODULES, ids=lambda m: str(m.relative_to(PAQUET)))
def test_only_report_prints(module: Path) -> None:
    assert sorties_terminal(module.read_text(encoding="utf-8")) == [], (
        f"{module.relative_to(PAQUET)} writes to the terminal: return a value, and let "
        "dossier/cli/report.py print it"
    )
