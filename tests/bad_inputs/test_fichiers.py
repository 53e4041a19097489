"""Files that cannot even be read as text: missing, a folder, not UTF-8 (`dossier.model.charger`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import InvalidClaim
from dossier.exit_codes import ExitCode
from dossier.findings import Constat
from dossier.model import charger

BASE = (Path(__file__).parent / "base_claim.yaml").read_text(encoding="utf-8")


def _refus(fichier: Path) -> Constat:
    with pytest.raises(InvalidClaim) as refus:
        charger(fichier)
    assert refus.value.exit_code == ExitCode.INVALID_INPUT
    (constat,) = refus.value.constats
    return constat


def test_fichier_introuvable(tmp_path: Path) -> None:
    fichier = tmp_path / "claim.yaml"
    constat = _refus(fichier)
    assert constat.code == "YAML-07"
    assert constat.message == f"fichier introuvable : {fichier}"
    assert constat.que_faire == "Vérifiez le chemin, ou créez un dossier avec « dossier init »."
    assert constat.ou is None  # no line in a file that does not exist: the path is in the message


def test_un_dossier_au_lieu_du_fichier(tmp_path: Path) -> None:
    constat = _refus(tmp_path)
    assert constat.code == "YAML-07"
    assert constat.message == f"{tmp_path} est un dossier, pas un fichier"
    exemple = tmp_path / "claim.yaml"
    assert constat.que_faire == f"Donnez le chemin du fichier lui-même, par exemple {exemple}."


def test_fichier_en_latin_1(tmp_path: Path) -> None:
    fichier = tmp_path / "durand.yaml"
    sans_commentaires = "\n".join(ligne for ligne in BASE.splitlines() if not ligne.startswith("#"))
    fichier.write_bytes(sans_commentaires.encode("latin-1"))  # UTF-8 decoding fails at « Gérante »
    constat = _refus(fichier)
    assert constat.code == "YAML-07"
    assert constat.message == (
        "durand.yaml n'est pas un texte UTF-8 : l'octet 0xE9 ne peut pas être lu "
        "(fichier sans doute enregistré en Windows-1252 ou Latin-1)"
    )
    assert str(constat.ou) == "durand.yaml:21:49"
    assert constat.que_faire == (
        "Enregistrez le fichier en UTF-8 depuis votre éditeur (« Enregistrer sous », encodage UTF-8)."
    )
