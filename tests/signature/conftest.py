"""Fixtures of the signature tests: a throwaway CA, the creditor's PKCS#12, a signed stand-in PDF.

pyHanko is imported at module level on purpose: without the `[sign]` extra, collecting these
tests fails (CI goes red) instead of skipping them in silence.
"""

from __future__ import annotations

import importlib.util
from datetime import UTC, datetime
from pathlib import Path

import pyhanko.sign  # noqa: F401 - see the docstring: a missing [sign] extra must fail, not skip
import pytest

from dossier.assemble.signature import CleSignature, Zone, ZonesSignature, charger_cle, signer_pdf
from dossier.render.letter import Lettre
from dossier.render.pdf import rendre_pdf
from dossier.render.zones import RECTANGLES
from tests.signature.certificats import MOT_DE_PASSE, Paire, autorite, ecrire_p12, emis_par

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "lettre_essai.py"
# The test letter has two pages and no drawn boxes: its zones are given, where an agreement's are.
ZONES_ESSAI = ZonesSignature(
    debiteur=Zone(1, RECTANGLES["debiteur"]), creancier=Zone(1, RECTANGLES["creancier"])
)


@pytest.fixture(scope="session")
def ac() -> Paire:
    return autorite()


@pytest.fixture(scope="session")
def titulaire(ac: Paire) -> Paire:
    return emis_par(ac, "Claire Durand")


@pytest.fixture(scope="session")
def cle_p12(tmp_path_factory: pytest.TempPathFactory, ac: Paire, titulaire: Paire) -> Path:
    return ecrire_p12(tmp_path_factory.mktemp("cles") / "creancier.p12", titulaire, ac)


@pytest.fixture(scope="session")
def cle(cle_p12: Path) -> CleSignature:
    return charger_cle(cle_p12, MOT_DE_PASSE, datetime.now(UTC))


@pytest.fixture(scope="session")
def lettre_essai() -> Lettre:
    """A two-page letter of the real renderer, to sign at given zones (signer_pdf in isolation)."""
    spec = importlib.util.spec_from_file_location("lettre_essai", FIXTURE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    lettre: Lettre = module.lettre_essai()
    return lettre


@pytest.fixture(scope="session")
def pdf_essai(lettre_essai: Lettre) -> bytes:
    return rendre_pdf(lettre_essai)


@pytest.fixture(scope="session")
def signe(pdf_essai: bytes, cle: CleSignature) -> bytes:
    return signer_pdf(pdf_essai, cle, ZONES_ESSAI, "Lyon", "compta@atelier-durand.fr")
