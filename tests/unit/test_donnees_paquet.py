"""The package's data files go through the strict reader and their typed model (`model/donnees.py`).

For each file: the shipped file loads through its module's function; a copy with an unknown key,
and a copy with a value of the wrong type, are refused with DONNEES-01 at the line and column of
the change (and the YAML path), with what to do — never a KeyError deep in a rule, never a
silently ignored key. A duplicate key is refused by the reader itself (YAML-02).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest

from dossier.errors import DossierError
from dossier.exit_codes import ExitCode
from dossier.law.plan.echeancier import LimitesYaml, limites
from dossier.law.procedure.etapes import CadenceYaml, delai_reglement_relance_2
from dossier.law.procedure.juridictions_yaml import JuridictionsYaml, donnees
from dossier.law.textes import TexteYaml, textes_legaux
from dossier.model.donnees import CODE, lire_donnees
from dossier.model.exemples import ExemplesYaml, exemples
from dossier.model.yaml_composition import Chemin
from dossier.model.yaml_strict import lire_yaml
from dossier.tone.jeu_de_regles import ReglesYaml, jeu
from dossier.tone.motifs_yaml import MotifsYaml, motifs_yaml
from dossier.tone.sollicitations import SollicitationsYaml, fenetres

# (package, file, its model, the module's loading function, a section where to add a key, a
# one-line scalar to replace by a list)
FICHIERS: list[tuple[str, str, Any, Callable[[], object], Chemin, Chemin]] = [
    (
        "dossier.law",
        "textes.yaml",
        dict[str, TexteYaml],
        textes_legaux,
        ("l111_8_al2",),
        ("l111_8_al2", "article"),
    ),
    (
        "dossier.law.procedure",
        "cadence.yaml",
        CadenceYaml,
        delai_reglement_relance_2,
        ("delais_jours",),
        ("delai_reglement_relance_2",),
    ),
    (
        "dossier.law.plan",
        "echeancier.yaml",
        LimitesYaml,
        limites,
        ("echeance_minimale",),
        ("duree_maximale_mois", "valeur"),
    ),
    (
        "dossier.law.procedure",
        "juridictions.yaml",
        JuridictionsYaml,
        donnees,
        ("experimentation_tae",),
        ("artisans", "depuis"),
    ),
    ("dossier", "skeleton/exemples.yaml", ExemplesYaml, exemples, (), ("noms", 0)),
    ("dossier.tone", "sollicitations.yaml", SollicitationsYaml, fenetres, ("fenetres", 0), ("source",)),
    ("dossier.tone", "regles.yaml", ReglesYaml, jeu, ("regles", 0), ("regles", 0, "code")),
    ("dossier.tone", "motifs.yaml", MotifsYaml, motifs_yaml, ("motifs", 0), ("motifs", 0, "code")),
]
IDS = [fichier for _, fichier, *_ in FICHIERS]


def _texte(paquet: str, fichier: str) -> str:
    return resources.files(paquet).joinpath(fichier).read_text(encoding="utf-8")


def ajouter_cle(texte: str, section: Chemin) -> tuple[str, int]:
    """`texte` with « cle_inconnue: "x" » written beside the first key of `section` (before it, or
    after it when it shares its line with a list's « - »); the line of the new key."""
    document = lire_yaml(texte)
    ligne, colonne = min(
        position
        for chemin, position in document.cles.items()
        if chemin[:-1] == section and len(chemin) == len(section) + 1
    )
    lignes = texte.splitlines(keepends=True)
    seule = not lignes[ligne - 1][: colonne - 1].strip()
    ligne = ligne if seule else ligne + 1
    lignes.insert(ligne - 1, " " * (colonne - 1) + 'cle_inconnue: "x"\n')
    return "".join(lignes), ligne


def remplacer(texte: str, chemin: Chemin) -> tuple[str, int, int]:
    """`texte` with the scalar at `chemin` replaced by a list; where the refusal points: the
    list's key (a collection is shown at its key, `yaml_strict.DocumentYaml`)."""
    ligne, colonne = lire_yaml(texte).positions[chemin]
    lignes = texte.splitlines(keepends=True)
    lignes[ligne - 1] = lignes[ligne - 1][: colonne - 1] + "[1, 2]\n"
    corrompu = "".join(lignes)
    return corrompu, *lire_yaml(corrompu).positions[chemin]


@pytest.mark.parametrize(("paquet", "fichier", "modele", "charger", "section", "scalaire"), FICHIERS, ids=IDS)
def test_le_fichier_du_paquet_se_charge(
    paquet: str, fichier: str, modele: Any, charger: Callable[[], object], section: Chemin, scalaire: Chemin
) -> None:
    assert charger()  # through the module's own loader, the one the rules call
    assert lire_donnees(_texte(paquet, fichier), fichier, modele)


@pytest.mark.parametrize(("paquet", "fichier", "modele", "charger", "section", "scalaire"), FICHIERS, ids=IDS)
def test_une_cle_inconnue_est_refusee_a_sa_position(
    paquet: str, fichier: str, modele: Any, charger: Callable[[], object], section: Chemin, scalaire: Chemin
) -> None:
    nom = f"{paquet.replace('.', '/')}/{fichier}"
    texte, ligne = ajouter_cle(_texte(paquet, fichier), section)
    with pytest.raises(DossierError) as refus:
        lire_donnees(texte, nom, modele)
    assert refus.value.exit_code is ExitCode.INTERNAL_ERROR  # an error of the package, not of the claim
    (constat,) = refus.value.constats
    assert constat.code == CODE
    assert constat.ou is not None and (constat.ou.fichier, constat.ou.ligne) == (nom, ligne)
    assert constat.ou.chemin.endswith("cle_inconnue")
    assert "clé inconnue" in constat.message
    assert "signalez l'erreur aux mainteneurs" in constat.que_faire


@pytest.mark.parametrize(("paquet", "fichier", "modele", "charger", "section", "scalaire"), FICHIERS, ids=IDS)
def test_une_valeur_du_mauvais_type_est_refusee_a_sa_position(
    paquet: str, fichier: str, modele: Any, charger: Callable[[], object], section: Chemin, scalaire: Chemin
) -> None:
    texte, ligne, colonne = remplacer(_texte(paquet, fichier), scalaire)
    with pytest.raises(DossierError) as refus:
        lire_donnees(texte, fichier, modele)
    (constat,) = refus.value.constats
    assert constat.code == CODE
    assert constat.ou is not None and (constat.ou.ligne, constat.ou.colonne) == (ligne, colonne)
    assert constat.message.isascii() is False  # said in French (« … »), not pydantic's English
    assert "Input should" not in constat.message


@pytest.mark.parametrize(("paquet", "fichier", "modele", "charger", "section", "scalaire"), FICHIERS, ids=IDS)
def test_une_cle_en_double_est_refusee_par_le_lecteur(
    paquet: str, fichier: str, modele: Any, charger: Callable[[], object], section: Chemin, scalaire: Chemin
) -> None:
    texte, ligne = ajouter_cle(_texte(paquet, fichier), section)
    texte, _ = ajouter_cle(texte, section)  # the same key twice
    with pytest.raises(DossierError) as refus:
        lire_donnees(texte, fichier, modele)
    assert [(c.code, c.ou.ligne if c.ou else None) for c in refus.value.constats] == [("YAML-02", ligne + 1)]


def test_un_texte_vide_et_un_type_de_juridiction_inconnu_sont_refuses() -> None:
    texte = _texte("dossier.law.procedure", "juridictions.yaml")
    texte = texte.replace(
        '- {mot: "commerce", type: tribunal_de_commerce}', '- {mot: "commerce", type: tribunal_du_coin}'
    )
    texte = texte.replace('libelle: "tribunal de commerce"', 'libelle: " "')
    with pytest.raises(DossierError) as refus:
        lire_donnees(texte, "juridictions.yaml", JuridictionsYaml)
    assert sorted((str(c.ou), c.message.split(" : ")[1]) for c in refus.value.constats) == sorted(
        [
            ("juridictions.yaml:9:14 types.tribunal_de_commerce.libelle", "texte vide"),
            ("juridictions.yaml:108:29 mots[1].type", "valeur non prévue"),
        ]
    )


def test_la_cadence_ne_laisse_pas_la_mise_en_demeure_devancer_la_relance_2() -> None:
    texte = _texte("dossier.law.procedure", "cadence.yaml").replace(
        "delai_reglement_relance_2: 15", "delai_reglement_relance_2: 16"
    )
    with pytest.raises(DossierError) as refus:
        lire_donnees(texte, "cadence.yaml", CadenceYaml)
    (constat,) = refus.value.constats
    assert (constat.code, str(constat.ou)) == (CODE, "cadence.yaml:13:28 delai_reglement_relance_2")
    assert "doit venir après l'échéance que laisse la relance 2 (16 jours)" in constat.message
