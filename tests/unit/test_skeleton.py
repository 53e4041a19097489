"""The claim skeleton written by `dossier init` (`dossier/skeleton/claim.yaml`).

It must load as it is, document every key of the models (so it cannot drift from them), and
each example left in a comment must itself be valid once its « # » is removed. Its names,
identifiers, accounts, addresses and contacts are its own (no sample's), listed in
dossier/skeleton/exemples.yaml, and refused in a claim until replaced (EXEMPLE-01).
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
from dossier.model.exemples import constats_exemples, exemples
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


# --- the example values (EXEMPLE-01) ------------------------------------------------------------

# Keys whose skeleton value names a person, a company, an account, an address or a contact. The
# court's name and address (`juridiction`) are real and stay out: a user may keep them.
CLES_IDENTIFIANTES = {
    "nom", "titulaire", "siren", "siret", "rcs", "iban", "ics", "ligne1", "email", "telephone",
    "assurance_rc", "compte_cantonnement", "numero_lrar",
}  # fmt: skip


def _identifiants(valeur: object, cle: str = "") -> list[str]:
    if isinstance(valeur, dict):
        return [t for k, v in valeur.items() if k != "juridiction" for t in _identifiants(v, k)]
    if isinstance(valeur, list):
        return [t for v in valeur for t in _identifiants(v, cle)]
    return [str(valeur)] if cle in CLES_IDENTIFIANTES and valeur is not None else []


def test_les_valeurs_d_exemple_sont_celles_du_squelette_et_reciproquement() -> None:
    """dossier/skeleton/exemples.yaml (what EXEMPLE-01 reads) and the skeleton agree, both ways:
    a value added to the skeleton is refused too, and the list names nothing the skeleton lacks."""
    du_squelette = set(_identifiants(yaml.safe_load(decommenter(SQUELETTE))))
    listees = set(exemples().values())
    assert du_squelette - listees == set(), "valeurs du squelette absentes de exemples.yaml"
    orphelines = {v for v in listees if v not in SQUELETTE}
    assert orphelines == set(), "valeurs de exemples.yaml absentes du squelette"


def test_aucun_echantillon_ni_aucun_test_n_utilise_une_valeur_d_exemple() -> None:
    """The skeleton's values are its own: a sample's account in the skeleton is what made a
    forgotten bank block print someone else's IBAN; and a test's claim that used one would be
    refused (EXEMPLE-01) for a reason it does not test."""
    racine = Path(__file__).resolve().parents[2]
    cles = {"".join(v.split()).casefold(): v for v in exemples().values()}
    fichiers = [
        f
        for motif in ("samples/**/*.yaml", "tests/**/*.py", "tests/**/*.yaml")
        for f in racine.glob(motif)
        if f.name != "test_skeleton.py"
    ]
    assert any(f.name == "base_claim.yaml" for f in fichiers)
    for fichier in fichiers:
        texte = "".join(fichier.read_text(encoding="utf-8").split()).casefold()
        assert [v for cle, v in cles.items() if cle in texte] == [], fichier


def test_chaque_valeur_d_exemple_est_un_constat_bloquant_a_sa_place() -> None:
    creance = lire(SQUELETTE)
    constats = constats_exemples(creance)
    assert {c.code for c in constats} == {"EXEMPLE-01"} and all(c.bloquant for c in constats)
    chemins = {c.ou.chemin for c in constats if c.ou is not None}
    assert {"creancier.nom", "creancier.siren", "creancier.banque.iban", "creancier.adresse.ligne1"} <= (
        chemins
    )
    assert {"debiteur.nom", "debiteur.siren", "debiteur.adresse.ligne1", "debiteur.email"} <= chemins
    # Whatever the spelling: the same IBAN with spaces and in lower case is still the example's.
    iban = "FR76 3000 3012 3400 0504 1728 323"
    assert "FR7630003012340005041728323" in SQUELETTE
    autre = lire(SQUELETTE.replace('"FR7630003012340005041728323"', f'"{iban.lower()}"'))
    assert "creancier.banque.iban" in {c.ou.chemin for c in constats_exemples(autre) if c.ou}


def test_remplace_il_ne_reste_rien() -> None:
    assert constats_exemples(lire(remplacer_les_exemples(SQUELETTE))) == []


# Real-looking values of another business, each valid for its checksum (SIREN, IBAN, ICS).
REMPLACEMENTS = {
    "Électricité Barral": "Plomberie Anselme",
    "EURL Électricité Barral": "EURL Plomberie Anselme",
    "Lucas Barral": "Paul Anselme",
    "412873150": "732829320",
    "41287315000020": "73282932000074",
    "RCS Grenoble 412 873 150": "RCS Grenoble 732 829 320",
    "FR7630003012340005041728323": "FR7630006000011234567890189",
    "FR19ZZZ654321": "FR72ZZZ123456",
    "14 rue Servan": "3 rue Très-Cloîtres",
    "04 76 58 21 09": "04 76 42 18 90",
    "contact@electricite-barral.example": "bureau@plomberie-anselme.fr",
    "Café du Jardin": "Brasserie du Lac",
    "SARL Café du Jardin": "SARL Brasserie du Lac",
    "Inès Garcin": "Claire Roux",
    "617428354": "552100554",
    "5 place Saint-André": "12 quai Perrière",
    "contact@cafe-du-jardin.example": "gerance@brasserie-du-lac.fr",
    "04 76 11 22 33": "04 76 87 65 43",
    "FR7630002005500015782946372": "FR7630004008200001098765439",
    "1A02468135790": "1A13579246801",
    "Recouvrement Équitable": "Agence Alpes Recouvrement",
    "Recouvrement Équitable, compte clients": "Agence Alpes Recouvrement, compte clients",
    "523604171": "850616582",
    "11 rue de Strasbourg": "7 avenue Alsace-Lorraine",
    "02 40 11 22 00": "04 76 55 44 33",
    "dossiers@recouvrement-equitable.example": "dossiers@alpes-recouvrement.fr",
    "Police RC-2026-0815, Mutuelle des Professions du Recouvrement": "Police 99-1234, Assurances du Dauphiné",
    "Compte de cantonnement, banque Crédit Mutuel Nantes": "Compte de cantonnement, Banque Populaire",
    "FR7610278360100002198457093": "FR4530004000010001234567806",
    "Yann Kerbrat": "Lise Carron",
}


def remplacer_les_exemples(texte: str) -> str:
    """The skeleton as a user who filled it in would have it (longest values first)."""
    assert set(REMPLACEMENTS) == set(exemples().values())
    for exemple in sorted(REMPLACEMENTS, key=len, reverse=True):
        texte = texte.replace(f'"{exemple}"', f'"{REMPLACEMENTS[exemple]}"')
    return texte
