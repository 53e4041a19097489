"""Findings (« constats ») and where in the claim they point.

Every message the user sees is a `Constat`: a stable code from the registry (`codes.yaml`), a
severity, a French message, the article behind it, where it points in claim.yaml and what to do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
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
class Emplacement:
    """A place in a generated document: `relance-1.pdf, page 1, ligne 12` (a DOCX has no pages)."""

    fichier: str
    page: int | None
    ligne: int

    def __str__(self) -> str:
        page = f", page {self.page}" if self.page is not None else ""
        return f"{self.fichier}{page}, ligne {self.ligne}"


@dataclass(frozen=True)
class Constat:
    code: str
    severite: Severite
    message: str
    article: str
    ou: Position | None = None
    que_faire: str = ""
    extrait: str | None = None  # the offending words, as the debtor would read them
    document: Emplacement | None = None  # where a generated document says them

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
    extrait: str | None = None,
    document: Emplacement | None = None,
    article: str | None = None,
) -> Constat:
    """Build a finding whose severity and article come from the registry.

    `severite` overrides the registered one only where a rule documents why (e.g. `--strict`);
    `article` cites more than the registry only where a text applies to the case alone (a
    consumer's protection cited for a consumer debtor, never for a business).
    """
    entree = registre()[code]
    return Constat(
        code=code,
        severite=severite or Severite(entree.severite),
        message=message,
        article=article or entree.article,
        ou=ou,
        que_faire=que_faire or entree.que_faire,
        extrait=extrait,
        document=document,
    )


def durcir(constats: list[Constat]) -> list[Constat]:
    """`--strict`: every warning becomes blocking (docs/style.md rule 6)."""
    return [
        replace(c, severite=Severite.BLOQUANT) if c.severite is Severite.AVERTISSEMENT else c
        for c in constats
    ]
