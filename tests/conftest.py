"""Shared test policy: any warning logged by the renderers fails the test (STYLE.md rule 9).

WeasyPrint reports bad CSS, unreachable fonts or images, and layout problems only through its
logger; fontTools logs font subsetting problems. A handler collects WARNING and above from those
loggers for the whole session (so renders done in module-scoped fixtures are caught too), and each
test fails if anything was collected since the previous one (setup included).
"""

from __future__ import annotations

import logging
from collections.abc import Generator

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
