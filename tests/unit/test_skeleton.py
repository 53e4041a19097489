"""The claim skeleton written by `dossier init` (`dossier/skeleton/claim.yaml`).

It must load as it is, document every key of the models (so it cannot drift from them), and
each example left in a comment must itself be valid once its « # » is removed.
"""

from __future__ import annotations

import re
import typing
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml

from dossier.model import Creance, charger, lire
from dossier.model.attendu import depouiller, modele
from dossier.model.yaml_syntaxe import chemin_probable

SQUELETTE = resources.files("dossier").joinpath("skeleton/claim.yaml").read_text(encoding="utf-8")

# A YAML key line put in a comment: the « # » sits where the key's indentation starts.
_EXEMPLE = re.compile(r"^(?P<retrait> *)# (?P<reste> *(?:- )?[a-z_0-9]+:(?: .*)?)$")
_CLE_ACTIVE = re.compile(r"^ *(?:- )?[a-z_0-9]+:(?: .*)?$")
_FLUX = re.compile(r"([a-z_0-9]+): ")
_UNE_SEULE = "gardez une seule des deux lignes"

Chemin = tuple[str, ...]


def _general(chemin: tuple[str | int, ...]) -> Chemin:
    """('factures', 0, 'date') -> ('factures', '[]', 'date'): one path for every item of a list."""
    return tuple("[]" if isinstance(pas, int) else pas for pas in chemin)


def chemins_des_modeles(classe: Any = Creance, base: Chemin = ()) -> set[Chemin]:
    """Every key path the models accept, walking nested sections and lists of sections."""
    chemins: set[Chemin] = set()
    for nom, champ in classe.model_fields.items():
        chemin = (*base, nom)
        chemins.add(chemin)
        annotation, _ = depouiller(champ.rebuild_annotation())
        if typing.get_origin(annotation) is tuple:
            element = modele(typing.get_args(annotation)[0])
            if element is not None:
                chemins |= chemins_des_modeles(element, (*chemin, "[]"))
        elif (section := modele(annotation)) is not None:
            chemins |= chemins_des_modeles(section, chemin)
    return chemins


def decommenter(texte: str) -> str:
    """Every commented example turned into YAML, prose comments blanked (for path reading only)."""
    lignes = []
    for ligne in texte.splitlines():
        exemple = _EXEMPLE.match(ligne)
        if exemple:
            lignes.append(exemple["retrait"] + exemple["reste"])
        elif ligne.lstrip().startswith("#"):
            lignes.append("")
        else:
            lignes.append(ligne)
    return "\n".join(lignes) + "\n"


def chemins_du_squelette(texte: str) -> set[Chemin]:
    """Key paths written in the skeleton, in use or as commented examples (flow keys included)."""
    ouvert = decommenter(texte)
    chemins: set[Chemin] = set()
    for numero, ligne in enumerate(ouvert.splitlines(), start=1):
        if not _CLE_ACTIVE.match(ligne):
            continue
        chemin = _general(chemin_probable(ouvert, numero))
        chemins.add(chemin)
        valeur = ligne.split(":", 1)[1].split(" #", 1)[0].strip()
        if valeur.startswith("{"):
            chemins |= {(*chemin, cle) for cle in _FLUX.findall(valeur)}
    return chemins


def test_le_squelette_se_charge_sans_erreur() -> None:
    creance = lire(SQUELETTE)
    assert creance.version == 1
    assert len(creance.factures) == 1  # a small business, one invoice
    assert creance.creancier.professionnel is True


def test_le_squelette_se_charge_depuis_un_dossier_init(tmp_path: Path) -> None:
    (tmp_path / "pieces").mkdir()
    (tmp_path / "claim.yaml").write_text(SQUELETTE, encoding="utf-8")
    assert charger(tmp_path / "claim.yaml").dossier_source == tmp_path.resolve()


def test_chaque_champ_des_modeles_est_documente() -> None:
    manquants = chemins_des_modeles() - chemins_du_squelette(SQUELETTE)
    assert not manquants, "clés absentes du squelette : " + ", ".join(
        ".".join(chemin).replace(".[]", "[]") for chemin in sorted(manquants)
    )


def test_le_squelette_ne_documente_que_des_cles_existantes() -> None:
    inconnus = chemins_du_squelette(SQUELETTE) - chemins_des_modeles()
    assert not inconnus, f"clés du squelette inconnues des modèles : {sorted(inconnus)}"


def test_la_lecture_des_chemins_voit_les_cles_en_commentaire() -> None:
    chemins = chemins_du_squelette(SQUELETTE)
    assert ("mandataire", "mandat", "date") in chemins  # a flow mapping in a commented section
    assert ("courriers", "[]", "accuse_reception", "piece") in chemins  # a commented list item
    assert ("debiteur", "procedure_collective", "type") in chemins


def _valeurs(valeur: object) -> list[str]:
    if isinstance(valeur, dict):
        return [t for v in valeur.values() for t in _valeurs(v)]
    if isinstance(valeur, list):
        return [t for v in valeur for t in _valeurs(v)]
    return [str(valeur)]


def test_valeurs_realistes_sans_texte_a_trou() -> None:
    valeurs = _valeurs(yaml.safe_load(decommenter(SQUELETTE)))
    for valeur in valeurs:
        for trou in ("XXX", "…", "...", "TODO", "à compléter", "exemple"):
            assert trou not in valeur, f"« {valeur} » ressemble à un texte à trou"


def _blocs_en_commentaire(texte: str) -> list[tuple[int, int]]:
    """(first, last) line indexes of each commented example: a key and its deeper lines."""
    lignes = texte.splitlines()
    blocs = []
    i = 0
    while i < len(lignes):
        debut = _EXEMPLE.match(lignes[i])
        if debut is None:
            i += 1
            continue
        retrait = len(debut["retrait"]) + len(debut["reste"]) - len(debut["reste"].lstrip())
        fin = i
        while fin + 1 < len(lignes):
            suite = _EXEMPLE.match(lignes[fin + 1])
            if suite is None:
                break
            reste = suite["reste"]
            profondeur = len(suite["retrait"]) + len(reste) - len(reste.lstrip())
            if profondeur <= retrait:
                break
            fin += 1
        blocs.append((i, fin))
        i = fin + 1
    return blocs


def _avec_exemple(texte: str, debut: int, fin: int) -> str:
    """The skeleton with one commented example put in use (replacing the key it stands for)."""
    lignes = texte.splitlines()
    ouvert = decommenter(texte).splitlines()
    chemin = chemin_probable(decommenter(texte), debut + 1)
    remplacees = {
        n
        for n, ligne in enumerate(lignes)
        if _CLE_ACTIVE.match(ligne) and chemin_probable(texte, n + 1) == chemin
    }
    resultat = []
    for n, ligne in enumerate(lignes):
        if debut <= n <= fin:
            if _UNE_SEULE not in ligne:
                resultat.append(ouvert[n])
        elif n not in remplacees:
            resultat.append(ligne)
    return "\n".join(resultat) + "\n"


BLOCS = _blocs_en_commentaire(SQUELETTE)


def test_les_exemples_en_commentaire_sont_trouves() -> None:
    premiers = {SQUELETTE.splitlines()[debut].strip() for debut, _ in BLOCS}
    assert "# mandataire:" in premiers
    assert "# plan:" in premiers
    assert any(p.startswith("# date_edition:") for p in premiers)


@pytest.mark.parametrize(
    ("debut", "fin"),
    BLOCS,
    ids=[SQUELETTE.splitlines()[d].strip("# ").split(":")[0] + f"-l{d + 1}" for d, _ in BLOCS],
)
def test_chaque_exemple_en_commentaire_est_valide(debut: int, fin: int) -> None:
    texte = _avec_exemple(SQUELETTE, debut, fin)
    assert isinstance(lire(texte), Creance)
