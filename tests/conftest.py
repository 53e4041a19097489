"""Shared test policy: any warning logged by the renderers fails the test (docs/style.md rule 9).

WeasyPrint reports bad CSS, unreachable fonts or images, and layout problems only through its
logger; fontTools logs font subsetting problems. A handler collects WARNING and above from those
loggers for the whole session (so renders done in module-scoped fixtures are caught too), and each
test fails if anything was collected since the previous one (setup included).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Generator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

JOURNAUX_SURVEILLES = ("weasyprint", "fontTools")


class Collecteur(logging.Handler):
    def __init__(self) -> None:
        super().__init__(level=logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.name} [{record.levelname}] {record.getMessage()}")

    def vider(self) -> list[str]:
        messages, self.messages = self.messages, []
        return messages


COLLECTEUR = Collecteur()


def _installer() -> None:
    for nom in JOURNAUX_SURVEILLES:
        journal = logging.getLogger(nom)
        journal.addHandler(COLLECTEUR)  # no-op when already there
        if journal.level == logging.NOTSET or journal.level > logging.WARNING:
            journal.setLevel(logging.WARNING)


_installer()  # at import too: whichever way pytest loads this conftest, nothing slips through


def pytest_sessionstart(session: pytest.Session) -> None:
    _installer()


def pytest_sessionfinish(session: pytest.Session) -> None:
    for nom in JOURNAUX_SURVEILLES:
        logging.getLogger(nom).removeHandler(COLLECTEUR)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Generator[None, object, object]:
    try:
        resultat = yield
    except BaseException:
        COLLECTEUR.vider()  # the test failed anyway; pytest shows the captured log
        raise
    messages = COLLECTEUR.vider()
    if messages:
        pytest.fail("Le moteur de rendu a journalisé :\n" + "\n".join(messages), pytrace=False)
    return resultat


@pytest.fixture
def collecteur_journaux() -> Collecteur:
    return COLLECTEUR


# The data-date test (tests/unit/test_donnees_datees.py) runs the cases marked `donnees_datees` in a
# child pytest against a copy of the law data that has one more dated value: this variable names the
# folder holding that copy (`donnees/`), read instead of the package's own for the whole session.
DONNEES_D_ESSAI = "DOSSIER_TESTS_DONNEES"


class _RessourcesDEssai:
    def __init__(self, racine: Path) -> None:
        self.racine = racine

    def files(self, paquet: str) -> Any:
        return self.racine if paquet == "dossier.law.parametres" else resources.files(paquet)


def _lire_les_donnees_d_essai() -> None:
    racine = os.environ.get(DONNEES_D_ESSAI)
    if not racine:
        return
    from dossier.law.parametres import lecture

    lecture.resources = _RessourcesDEssai(Path(racine))  # type: ignore[assignment]
    lecture.parametres_officiels.cache_clear()


_lire_les_donnees_d_essai()  # at import, before any test module reads the data
