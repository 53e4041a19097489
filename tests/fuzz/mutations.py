"""Mutated claims for the fuzz tests and `benchmarks/fuzz.py`: a sample's claim.yaml changed in one
to three places, the way a hurried user or a hostile file would change it.

Each mutation works on the text: a value replaced by a hostile one (huge, invisible, markup,
surrogate, deep nest, bad date, odd number), a line dropped, doubled, re-indented or cut, bytes
flipped. `muter(texte, hasard)` is deterministic for a given `random.Random`.
"""

from __future__ import annotations

import random
import re

VALEURS = (
    '""', '" "', "~", "[]", "{}", "-1", "0", "00012", "1e400", '"1e400"', '"NaN"', '"-0.00"',
    '"' + "9" * 400 + '.00"', '"999999999.99"', '"1000000000.00"', '"0.001"', '"2 480,00 €"',
    '"2026-02-30"', '"0001-01-01"', '"9999-12-31"', '"1989-12-31"', '"31/12/2025"',
    '"\\0"', '"\\x07"', '"\\e[2J"', '"\\u202e"', '"\\u200b"', '"\\ud800"', '"\\r\\n"',
    '"<script>alert(1)</script>"', '"' + "x" * 100_000 + '"', "[" * 500 + "]" * 500,
    "&a x", "*a", "!!python/object:os.system", "<<: {a: 1}", '"../../etc/passwd"', '"/etc/passwd"',
    '"pieces/../../x.pdf"', "true", "false", "null", "1000000000", "-5", '"12.123"', '"Ω≈ç√∫"',
    '"' + "é" * 300 + '"', "'quoted'", "|\n  bloc", '"\\t"',
)  # fmt: skip
_VALEUR = re.compile(r"^(\s*(?:- )?[\w]+: )(.+)$")


def muter(texte: str, hasard: random.Random) -> str:
    """`texte` changed in one place, sometimes two or three."""
    for _ in range(hasard.choice((1, 1, 1, 1, 2, 3))):  # mostly one change: deeper into the pipeline
        texte = hasard.choice(_MUTATIONS)(texte, hasard)
    return texte


def _remplacer_une_valeur(texte: str, hasard: random.Random) -> str:
    lignes = texte.split("\n")
    candidates = [i for i, ligne in enumerate(lignes) if _VALEUR.match(ligne)]
    if not candidates:
        return texte
    i = hasard.choice(candidates)
    trouve = _VALEUR.match(lignes[i])
    assert trouve is not None
    lignes[i] = trouve.group(1) + hasard.choice(VALEURS)
    return "\n".join(lignes)


def _supprimer_une_ligne(texte: str, hasard: random.Random) -> str:
    lignes = texte.split("\n")
    del lignes[hasard.randrange(len(lignes))]
    return "\n".join(lignes)


def _doubler_une_ligne(texte: str, hasard: random.Random) -> str:
    lignes = texte.split("\n")
    i = hasard.randrange(len(lignes))
    lignes.insert(i, lignes[i])
    return "\n".join(lignes)


def _reindenter(texte: str, hasard: random.Random) -> str:
    lignes = texte.split("\n")
    i = hasard.randrange(len(lignes))
    lignes[i] = " " * hasard.choice((0, 1, 3, 5, 8)) + lignes[i].lstrip()
    return "\n".join(lignes)


def _couper(texte: str, hasard: random.Random) -> str:
    return texte[: hasard.randrange(len(texte) + 1)]


def _octets(texte: str, hasard: random.Random) -> str:
    morceaux = list(texte)
    for _ in range(hasard.randint(1, 5)):
        morceaux[hasard.randrange(len(morceaux))] = chr(
            hasard.choice((0x7, 0x1B, 0x9B, 0x202E, 0xFEFF, 0x3A, 0x22, 0x5B))
        )
    return "".join(morceaux)


_MUTATIONS = (
    _remplacer_une_valeur, _remplacer_une_valeur, _remplacer_une_valeur, _supprimer_une_ligne,
    _doubler_une_ligne, _reindenter, _couper, _octets,
)  # fmt: skip
