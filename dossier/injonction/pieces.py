"""What the court documents read of a pièce, and where each claim value's pièce sits in the bordereau.

The pièces are read, numbered and stamped by `assemble.pieces.preparer_pieces`; each keeps the
claim path it comes from (`origine`): « contrat.piece », « factures[0].piece », « echanges[2].piece »,
« courriers[2] » (the copy dossier rebuilt of a recorded letter), « courriers[2].piece » (the user's
own copy), « courriers[2].accuse_reception.piece ». The requête, the décompte and the historique
cite a pièce by its number through these paths.

>>> from datetime import date
>>> from dataclasses import dataclass
>>> @dataclass
... class P:
...     numero: int; titre: str; date: date | None; nature: str; origine: str; pages: int
>>> index = Renvois([P(1, "Devis", None, "contrat", "contrat.piece", 1),
...                   P(2, "Copie", None, "courrier", "courriers[2]", 2)])
>>> index.numero("contrat.piece"), index.courrier(2), index.courrier(0)
(1, 2, None)
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Protocol


class PieceLue(Protocol):
    """The fields of `assemble.pieces.Piece` the court documents use."""

    @property
    def numero(self) -> int: ...
    @property
    def titre(self) -> str: ...
    @property
    def date(self) -> date | None: ...
    @property
    def nature(self) -> str: ...
    @property
    def origine(self) -> str: ...
    @property
    def pages(self) -> int: ...


class Renvois:
    """Claim path → pièce number (the first pièce of that path)."""

    def __init__(self, pieces: Sequence[PieceLue]) -> None:
        self.pieces = tuple(pieces)
        self._numeros: dict[str, int] = {}
        for piece in self.pieces:
            self._numeros.setdefault(piece.origine, piece.numero)

    def numero(self, origine: str) -> int | None:
        return self._numeros.get(origine)

    def courrier(self, rang: int) -> int | None:
        """The letter itself: dossier's copy, else the copy the user attached."""
        return self.numero(f"courriers[{rang}]") or self.numero(f"courriers[{rang}].piece")

    def accuse_reception(self, rang: int) -> int | None:
        return self.numero(f"courriers[{rang}].accuse_reception.piece")
