"""`render/archive.zip_fixe` writes the bytes `zipfile` writes (the writer `render/word.py` used
before), on every DOCX member of every sample, with its large members deflated once per process."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from dossier.model import charger
from dossier.pipeline import Options, analyser, documents
from dossier.render import archive, word

RACINE = Path(__file__).resolve().parents[2]
ECHANTILLONS = sorted(p.parent.name for p in (RACINE / "samples").glob("*/claim.yaml"))


def par_zipfile(membres: dict[str, bytes]) -> bytes:
    """What `render/word.py` wrote through `zipfile` before `zip_fixe`."""
    sortie = io.BytesIO()
    with zipfile.ZipFile(sortie, "w") as paquet:
        for nom in sorted(membres, key=lambda n: (n != "[Content_Types].xml", n)):
            info = zipfile.ZipInfo(nom, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            paquet.writestr(info, membres[nom])
    return sortie.getvalue()


def test_echantillons_connus() -> None:
    assert len(ECHANTILLONS) == 8


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_memes_octets_que_zipfile(echantillon: str, monkeypatch: pytest.MonkeyPatch) -> None:
    creance = charger(RACINE / "samples" / echantillon / "claim.yaml")
    assert creance.date_edition is not None
    lettres = [lettre for _, lettre in documents(analyser(creance, Options(jour=creance.date_edition)))]
    assert lettres
    vus: list[dict[str, bytes]] = []
    monkeypatch.setattr(
        word, "zip_fixe", lambda membres: vus.append(dict(membres)) or archive.zip_fixe(membres)
    )
    for lettre in lettres:
        docx = word.rendre_docx(lettre)
        assert docx == par_zipfile(vus[-1])
        assert docx == archive.zip_fixe(vus[-1])  # a second time: the large members' kept deflation
        with zipfile.ZipFile(io.BytesIO(docx)) as lu:
            assert lu.testzip() is None
            assert {i.filename: lu.read(i) for i in lu.infolist()} == vus[-1]
    assert any(len(d) >= archive.GRAND_MEMBRE for d in vus[0].values())  # the styles: kept deflated


@pytest.mark.parametrize(
    "membres",
    [
        {},
        {"a.xml": b""},
        {"z.bin": bytes(range(256)) * 700, "[Content_Types].xml": b"<Types/>", "b/é.xml": "é".encode()},
        {"grand.xml": b"<w:p/>" * 20_000, "petit.xml": b"x"},
    ],
)
def test_cas_limites(membres: dict[str, bytes]) -> None:
    assert archive.zip_fixe(membres) == par_zipfile(membres)
    assert archive.zip_fixe(membres) == par_zipfile(membres)


def test_memoire_bornee() -> None:
    for rang in range(archive.GARDES + 3):
        membres = {"grand.xml": rang.to_bytes(2, "big") * archive.GRAND_MEMBRE}
        assert archive.zip_fixe(membres) == par_zipfile(membres)
    assert len(archive._DEFLES) <= archive.GARDES
