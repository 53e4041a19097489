"""Exceptions that stop a command, each carrying its exit code and the findings to report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from dossier.exit_codes import ExitCode
from dossier.findings import Constat


class DossierError(Exception):
    """A refusal the user can act on: reported as findings, never as a traceback."""

    exit_code = ExitCode.INTERNAL_ERROR

    def __init__(self, constats: list[Constat]) -> None:
        super().__init__("; ".join(f"{c.code}: {c.message}" for c in constats))
        self.constats = constats


class InvalidClaim(DossierError):
    exit_code = ExitCode.INVALID_INPUT


class LawDataMissing(DossierError):
    exit_code = ExitCode.LAW_DATA_MISSING

    def __init__(self, constats: list[Constat], manquantes: Sequence[tuple[str, date]] = ()) -> None:
        super().__init__(constats)
        # (parameter id, day asked for) of each missing value, for one summary of them all
        self.manquantes = tuple(dict.fromkeys(manquantes))


class RenderFailure(DossierError):
    exit_code = ExitCode.RENDER_FAILURE


class BlockingFindings(DossierError):
    exit_code = ExitCode.BLOCKING_FINDING


class UsageProblem(DossierError):
    exit_code = ExitCode.USAGE
