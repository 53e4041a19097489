"""The data files read by libyaml (`dossier.yaml_rapide`) are the objects PyYAML's Python
reader makes of them, file by file: the faster reader changes nothing of what dossier reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from dossier.yaml_rapide import Chargeur, lire_yaml_rapide

PAQUET = Path(__file__).resolve().parents[2] / "dossier"
FICHIERS = sorted(PAQUET.rglob("*.yaml"))


def test_libyaml_est_la() -> None:
    # the point of the module: without libyaml, the data would be read by the slow reader
    assert Chargeur is yaml.CSafeLoader


@pytest.mark.parametrize("fichier", FICHIERS, ids=lambda f: str(f.relative_to(PAQUET)))
def test_memes_donnees_que_le_lecteur_python(fichier: Path) -> None:
    texte = fichier.read_text(encoding="utf-8")
    assert lire_yaml_rapide(texte) == yaml.safe_load(texte)


def test_les_fichiers_de_donnees_sont_vus() -> None:
    noms = {f.relative_to(PAQUET).as_posix() for f in FICHIERS}
    assert {"codes.yaml", "tone/motifs.yaml", "tone/regles.yaml", "law/textes.yaml"} <= noms
