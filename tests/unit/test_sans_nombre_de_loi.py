"""docs/style.md rule 1: no legal number in code — rates, amounts and time limits live in data files
(law/parametres/donnees/, and the practice data beside the modules that read it).

Every numeric literal in dossier/law/ (all its sub-packages) and dossier/parcours/, and every string that is
only a number (``Decimal("40")``), is refused, except the integers 0, 1 and 2 (indexes, halves of
a year, ``2 * n``) and lines annotated ``# structurel : <why>`` (calendar months, per cent, the
cent). Docstrings and prose are not scanned: a number inside a sentence is not a literal.
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

PAQUET = Path(__file__).resolve().parents[2] / "dossier"
FICHIERS = sorted([*(PAQUET / "law").rglob("*.py"), *(PAQUET / "parcours").rglob("*.py")])
_CHAINE = re.compile(r"^[rbuRBU]*(['\"]{1,3})(.*)\1$", re.DOTALL)
_NOMBRE = re.compile(r"[-+]?\d+(\.\d+)?")
PERMIS = {"0", "1", "2"}
ANNOTATION = "# structurel"


def nombres_interdits(texte: str) -> list[tuple[int, str]]:
    """(line, literal) of every legal-looking number in a module's source."""
    trouves = []
    for jeton in tokenize.generate_tokens(io.StringIO(texte).readline):
        if ANNOTATION in jeton.line:
            continue
        if jeton.type == tokenize.NUMBER and jeton.string not in PERMIS:
            trouves.append((jeton.start[0], jeton.string))
        elif jeton.type == tokenize.STRING:
            chaine = _CHAINE.match(jeton.string)
            if chaine and _NOMBRE.fullmatch(chaine.group(2).strip()):
                trouves.append((jeton.start[0], jeton.string))
    return trouves


def test_the_scanner_catches_what_it_should() -> None:
    source = (
        'a = 40\nb = Decimal("3.5")\nc = 0.5\nd = x[1] * 2\ne = 12  # structurel : décembre\nf = "L441-10"\n'
    )
    assert nombres_interdits(source) == [(1, "40"), (2, '"3.5"'), (3, "0.5")]


def test_there_are_files_to_scan() -> None:
    assert {"computation.py", "interest.py", "prescription.py", "calendrier.py"} <= {f.name for f in FICHIERS}


@pytest.mark.parametrize("fichier", FICHIERS, ids=lambda f: str(f.relative_to(PAQUET)))
def test_no_legal_number_in_law_code(fichier: Path) -> None:
    assert nombres_interdits(fichier.read_text(encoding="utf-8")) == [], (
        f"{fichier.name}: move the number to dossier/law/parametres/donnees/ (with its article and source), "
        f"or annotate a structural one with '{ANNOTATION} : <why>'"
    )
