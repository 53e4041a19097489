"""Findings (« constats ») and where in the claim they point.

Every message the user sees is a `Constat`: a stable code from the registry (`codes.yaml`), a
severity, a French message, the article behind it, where it points in claim.yaml and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from dossier.codes import registre


class Severite(StrEnum):
    BLOQUANT = "bloquant"
    AVERTISSEMENT = "avertissement"
    INFO = "info"


@dataclass(frozen=True)
class Position:
    """A place in a claim file: `claim.yaml:12:5 factures[0].echeance` (line and column from 1)."""

    fichier: str
    ligne: int
    colonne: int
    chemin: str = ""

    def __str__(self) -> str:
        lieu = f"{self.fichier}:{self.ligne}:{self.colonne}"
        return f"{lieu} {self.chemin}" if self.chemin else lieu


@dataclass(frozen=True)
class Constat:
    code: str
    severite: Severite
    message: str
    article: str
    ou: Position | None = None
    que_faire: str = ""

    @property
    def bloquant(self) -> bool:
        return self.severite is Severite.BLOQUANT


def constat(
    code: str,
    message: str,
    *,
    ou: Position | None = None,
    que_faire: str = "",
    severite: Severite | None = None,
) -> Constat:
    """Build a finding whose severity and article come from the registry.

    `severite` overrides the registered one only where a rule documents why (e.g. `--strict`).
    """
    entree = registre()[code]
    return Constat(
        code=code,
        severite=severite or Severite(entree.severite),
        message=message,
        article=entree.article,
        ou=ou,
        que_faire=que_faire or entree.que_faire,
    )


def durcir(constats: list[Constat]) -> list[Constat]:
    """`--strict`: every warning becomes blocking (STYLE.md rule 6)."""
    return [
        Constat(c.code, Severite.BLOQUANT, c.message, c.article, c.ou, c.que_faire)
        if c.severite is Severite.AVERTISSEMENT
        else c
        for c in constats
    ]
