"""Each sample is built once per session; a second, independent build runs meanwhile in a fresh process.

The independent build (another process, another hash seed, another output folder) is started
first, so that it runs on the second core while this process builds the same samples; the
determinism test then compares the two byte for byte.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.golden.echantillons import DEPOT, ECHANTILLONS, Paquet, construire, lire_sortie


class ConstructionIndependante:
    def __init__(self, racine: Path) -> None:
        self.racine = racine
        self.processus = subprocess.Popen(
            [sys.executable, "-m", "tests.golden.echantillons", str(racine)],
            cwd=DEPOT,
            env={**os.environ, "PYTHONHASHSEED": "4242"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )

    def attendre(self, echantillon: str) -> dict[str, bytes]:
        sortie, _ = self.processus.communicate(timeout=300)
        assert self.processus.returncode == 0, sortie.decode("utf-8", "replace")
        return lire_sortie(self.racine / echantillon)

    def arreter(self) -> None:
        if self.processus.poll() is None:
            self.processus.kill()
        self.processus.communicate()


@pytest.fixture(scope="session")
def construction_independante(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ConstructionIndependante]:
    construction = ConstructionIndependante(tmp_path_factory.mktemp("autre-processus"))
    yield construction
    construction.arreter()


@pytest.fixture(scope="session")
def paquets(
    tmp_path_factory: pytest.TempPathFactory, construction_independante: ConstructionIndependante
) -> dict[str, Paquet]:
    """Every sample, built once through `dossier build` (in this process)."""
    racine = tmp_path_factory.mktemp("echantillons")
    return {
        echantillon: Paquet(echantillon, racine / echantillon, construire(echantillon, racine / echantillon))
        for echantillon in ECHANTILLONS
    }
