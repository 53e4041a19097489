"""The output folder is swapped in whole, or not at all; a folder of the user's is never deleted;
a killed build is undone at the next run; one build at a time (docs/decisions.md « Output
folder » and « Nothing the user made is lost »)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.errors import UsageProblem
from dossier.output import garde
from dossier.output.ecriture import ecrire_pack, nom_conserve, remettre_en_ordre
from dossier.output.garde import MARQUE, Protege, verifier_cible
from dossier.output.releve import releve
from dossier.output.verrou import chemin_verrou, verrou

MAINTENANT = datetime(2026, 12, 4, 10, 15, 30)
DEPOT = Path(__file__).resolve().parents[2]


def manifeste_de(fichiers: dict[str, bytes]) -> bytes:
    """The manifest.json a build writes for `fichiers`, as `lire_manifeste` reads it back."""
    objet = {
        "format": "dossier-manifeste/1",
        "outil": "dossier test",
        "reference": "R-1",
        "date": "2026-12-04",
        "creance": {"fichier": "claim.yaml", "octets": 0, "sha256": hashlib.sha256(b"").hexdigest()},
        "parametres": [],
        "fichiers": [
            {
                "chemin": c,
                "role": "lettre",
                "octets": len(o),
                "sha256": hashlib.sha256(o).hexdigest(),
                "pages": None,
            }
            for c, o in sorted(fichiers.items())
        ],
    }
    return json.dumps(objet).encode()


def ecrire(fichiers: dict[str, bytes], cible: Path, force: bool = False, proteges: tuple[Protege, ...] = ()):
    """Write `fichiers` as a build does: with their manifest.json."""
    pack = {**fichiers, "manifest.json": manifeste_de(fichiers)}
    return ecrire_pack(pack, cible, force, proteges, maintenant=MAINTENANT)


def noms(dossier: Path) -> list[str]:
    return sorted(p.name for p in dossier.iterdir())


def code_du_refus(cible: Path, force: bool = True, proteges: tuple[Protege, ...] = ()) -> str:
    with pytest.raises(UsageProblem) as refus:
        verifier_cible(cible, force, proteges)
    return refus.value.constats[0].code


def test_ecrit_un_dossier_neuf_marque_comme_sortie_de_dossier(tmp_path: Path) -> None:
    ecriture = ecrire({"a.pdf": b"A", "sous/b.pdf": b"B"}, tmp_path / "out")
    assert (tmp_path / "out" / "a.pdf").read_bytes() == b"A"
    assert (tmp_path / "out" / "sous" / "b.pdf").read_bytes() == b"B"
    assert (tmp_path / "out" / MARQUE).is_file()
    assert ecriture.dossier == tmp_path / "out" and ecriture.conserve is None


def test_remplace_une_sortie_precedente_sans_en_garder_les_restes(tmp_path: Path) -> None:
    ecrire({"ancien.pdf": b"1"}, tmp_path / "out")
    ecrire({"nouveau.pdf": b"2"}, tmp_path / "out")
    assert noms(tmp_path / "out") == [MARQUE, "manifest.json", "nouveau.pdf"]
    assert noms(tmp_path) == ["out"]


def test_refuse_un_dossier_de_l_utilisateur_et_n_y_touche_pas(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "mes-notes.txt").write_text("à garder")
    with pytest.raises(UsageProblem) as refus:
        ecrire({"a.pdf": b"A"}, tmp_path / "out")
    assert refus.value.constats[0].code == "SORTIE-01"
    assert noms(tmp_path / "out") == ["mes-notes.txt"]
    assert noms(tmp_path) == ["out"]


def test_force_deplace_le_dossier_de_l_utilisateur_sans_rien_effacer(tmp_path: Path) -> None:
    (tmp_path / "out" / "sous").mkdir(parents=True)
    (tmp_path / "out" / "mes-notes.txt").write_text("à garder")
    (tmp_path / "out" / "sous" / "devis.odt").write_bytes(b"\x00\x01")
    ecriture = ecrire({"a.pdf": b"A"}, tmp_path / "out", force=True)
    conserve = tmp_path / "out.conserve-20261204-101530"
    assert ecriture.conserve == conserve and ecriture.entier
    assert [d.chemin for d in ecriture.deplaces] == ["mes-notes.txt", "sous/devis.odt"]
    assert noms(tmp_path / "out") == [MARQUE, "a.pdf", "manifest.json"]
    assert (conserve / "mes-notes.txt").read_text() == "à garder"
    assert (conserve / "sous" / "devis.odt").read_bytes() == b"\x00\x01"
    assert noms(tmp_path) == ["out", "out.conserve-20261204-101530"]


def test_le_nom_du_dossier_conserve_ne_reprend_jamais_un_nom_pris(tmp_path: Path) -> None:
    (tmp_path / "out.conserve-20261204-101530").mkdir()
    (tmp_path / "out.conserve-20261204-101530-2").write_text("x")
    assert nom_conserve(tmp_path / "out", MAINTENANT).name == "out.conserve-20261204-101530-3"


def test_un_echec_en_cours_d_ecriture_ne_laisse_rien(tmp_path: Path) -> None:
    ecrire({"ancien.pdf": b"1"}, tmp_path / "out")
    with pytest.raises(ValueError):
        ecrire({"a.pdf": b"A", "../evade.pdf": b"X"}, tmp_path / "out")
    assert noms(tmp_path) == ["out"]
    assert (tmp_path / "out" / "ancien.pdf").read_bytes() == b"1"


# --- the guard: real paths ---------------------------------------------------------------------


@pytest.fixture
def creance(tmp_path: Path) -> tuple[Path, tuple[Protege, ...]]:
    """A claim folder with a cited pièce, and what `build` protects for it."""
    dossier = tmp_path / "claim"
    (dossier / "pieces").mkdir(parents=True)
    (dossier / "claim.yaml").write_text("version: 1\n")
    (dossier / "pieces" / "f-1.pdf").write_bytes(b"%PDF-")
    return dossier, (
        Protege(dossier / "claim.yaml", "le fichier claim.yaml"),
        Protege(dossier, "le dossier de la créance"),
        Protege(dossier / "pieces" / "f-1.pdf", "la pièce factures[0].piece (pieces/f-1.pdf)"),
    )


def test_le_dossier_de_la_creance_par_un_detour(
    tmp_path: Path, creance: tuple[Path, tuple[Protege, ...]]
) -> None:
    dossier, proteges = creance
    assert code_du_refus(tmp_path / "zz" / ".." / "claim", proteges=proteges) == "SORTIE-04"
    (tmp_path / "lien").symlink_to(dossier)
    assert code_du_refus(tmp_path / "lien", proteges=proteges) == "SORTIE-04"
    (tmp_path / "parent-lien").symlink_to(tmp_path)
    assert code_du_refus(tmp_path / "parent-lien" / "claim", proteges=proteges) == "SORTIE-04"


def test_un_dossier_de_pieces_ou_un_parent_de_la_creance(
    tmp_path: Path, creance: tuple[Path, tuple[Protege, ...]]
) -> None:
    dossier, proteges = creance
    with pytest.raises(UsageProblem) as refus:
        verifier_cible(dossier / "pieces", True, proteges)
    assert "la pièce factures[0].piece (pieces/f-1.pdf)" in refus.value.constats[0].message
    assert code_du_refus(tmp_path, proteges=proteges) == "SORTIE-04"
    assert (dossier / "pieces" / "f-1.pdf").read_bytes() == b"%PDF-"


def test_la_racine_le_dossier_personnel_et_les_parents_du_dossier_courant(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert code_du_refus(Path(os.sep)) == "SORTIE-04"
    assert (
        code_du_refus(tmp_path / "a" / ".." / ".." / ".." / ".." / ".." / ".." / ".." / "..") == "SORTIE-04"
    )
    monkeypatch.setenv("HOME", str(tmp_path / "maison"))
    (tmp_path / "maison" / "documents").mkdir(parents=True)
    assert code_du_refus(tmp_path / "maison") == "SORTIE-04"
    monkeypatch.chdir(tmp_path / "maison" / "documents")
    assert code_du_refus(Path("..")) == "SORTIE-04"
    assert code_du_refus(Path(".")) == "SORTIE-04"
    verifier_cible(Path("sortie"), True)  # a folder of its own inside the current one is fine


def test_un_alias_que_realpath_ne_voit_pas_est_reconnu_a_son_identite(
    tmp_path: Path, creance: tuple[Path, tuple[Protege, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    # As on a case-insensitive disk, where « Claim » and « claim » are one folder that realpath
    # leaves spelled as given: the folder's identity (samefile) still protects it.
    dossier, proteges = creance
    (tmp_path / "Alias").symlink_to(dossier)
    monkeypatch.setattr(garde.os.path, "realpath", os.path.abspath)
    assert code_du_refus(tmp_path / "Alias", proteges=proteges) == "SORTIE-04"


# --- a killed build, undone at the next run ---------------------------------------------------

TUER_ENTRE_LES_DEUX_RENOMMAGES = """
import os, sys
from datetime import datetime
from pathlib import Path
from dossier.output import ecriture
vrai, appels = os.replace, []
def replace(a, b):
    appels.append(a)
    if len(appels) == 2:
        os._exit(9)  # killed after the old pack left, before the new one came in
    vrai(a, b)
ecriture.os.replace = replace
ecriture.ecrire_pack({"nouveau.pdf": b"2"}, Path(sys.argv[1]), maintenant=datetime(2026, 12, 4))
"""


def test_une_construction_tuee_entre_les_deux_renommages_est_reparee(tmp_path: Path) -> None:
    cible = tmp_path / "out"
    ecrire({"ancien.pdf": b"1"}, cible)
    tuee = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(TUER_ENTRE_LES_DEUX_RENOMMAGES), str(cible)],
        cwd=DEPOT,
        check=False,
    )
    assert tuee.returncode == 9
    assert not cible.exists() and len(noms(tmp_path)) == 2  # .out.ancien.<hex> and .out.<hex>
    avant = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    docteur = CliRunner().invoke(cli, ["doctor", "--sortie", str(cible)])
    assert docteur.exit_code == 0, docteur.output
    lignes = [ligne for ligne in docteur.output.splitlines() if ligne.startswith(f"{cible} : ")]
    assert len(lignes) == 2, docteur.output  # each leftover named, with what it is
    assert any("production précédente" in ligne and ".out.ancien." in ligne for ligne in lignes)
    assert any("pas mise en place" in ligne for ligne in lignes)
    assert sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*")) == avant  # touched nothing
    faits = remettre_en_ordre(cible, MAINTENANT)
    assert (cible / "ancien.pdf").read_bytes() == b"1" and noms(tmp_path) == ["out"]
    assert any("remise en place" in f for f in faits) and any("provisoire" in f for f in faits)


def test_les_restes_d_une_sortie_deja_remplacee(tmp_path: Path) -> None:
    cible = tmp_path / "out"
    ecrire({"a.pdf": b"A"}, cible)
    (tmp_path / ".out.0123456789ab").mkdir()
    (tmp_path / ".out.0123456789ab" / "moitie.pdf").write_bytes(b"%")
    for ancien, marque in ((".out.ancien.aaaaaaaaaaaa", True), (".out.ancien.bbbbbbbbbbbb", False)):
        (tmp_path / ancien / "sortie").mkdir(parents=True)
        (tmp_path / ancien / "sortie" / "x.txt").write_text(ancien)
        if marque:
            (tmp_path / ancien / "sortie" / MARQUE).write_text("dossier\n")
            (tmp_path / ancien / "sortie" / "manifest.json").write_bytes(
                manifeste_de({"x.txt": ancien.encode()})
            )
    (tmp_path / ".out.cafe").mkdir()  # not a name dossier gives: left alone
    remettre_en_ordre(cible, MAINTENANT)
    conserve = tmp_path / "out.conserve-20261204-101530"
    assert noms(tmp_path) == [".out.cafe", "out", "out.conserve-20261204-101530"]
    assert (conserve / "x.txt").read_text() == ".out.ancien.bbbbbbbbbbbb"  # not ours: kept
    assert noms(cible) == [MARQUE, "a.pdf", "manifest.json"]


# --- one build at a time -----------------------------------------------------------------------


def test_une_seule_construction_a_la_fois(tmp_path: Path) -> None:
    cible = tmp_path / "neuf" / "out"
    with verrou(cible):
        assert chemin_verrou(cible).read_text().strip() == str(os.getpid())
        with pytest.raises(UsageProblem) as refus, verrou(cible):
            pass
        assert refus.value.constats[0].code == "SORTIE-05"
        assert str(os.getpid()) in refus.value.constats[0].message
    assert noms(tmp_path) == []  # lock removed, and the folder made for it, left empty, too
    with verrou(cible):
        ecrire({"a.pdf": b"A"}, cible)
    assert noms(tmp_path / "neuf") == ["out"]


# --- what the user made in an earlier output: compared with its manifest.json ------------------


def test_le_releve_nomme_ajouts_et_modifications_pas_les_suppressions(tmp_path: Path) -> None:
    cible = tmp_path / "out"
    ecrire({"a.pdf": b"A", "b.docx": b"B", "sous/c.pdf": b"C"}, cible)
    (cible / "a.pdf").unlink()  # deleted: no obstacle
    (cible / "b.docx").write_bytes(b"B retouche")
    (cible / "sous" / "note.txt").write_text("n")
    (cible / "vide").mkdir()
    (cible / "lien").symlink_to(tmp_path)  # a link: judged and moved as a link, never followed
    (cible / "sous" / "c.pdf").unlink()
    (cible / "sous" / "c.pdf").symlink_to(cible / "b.docx")  # ours, replaced by a link: modified
    (cible / ".DS_Store").write_bytes(b"\x00")  # written by a file browser: nobody's work
    vu = releve(cible)
    assert vu.sans_manifeste is None
    motifs = {a.chemin: a.motif.split(" depuis")[0] for a in vu.a_conserver}
    assert motifs == {
        "b.docx": "modifié",
        "lien": "ajouté",
        "sous/c.pdf": "modifié",
        "sous/note.txt": "ajouté",
        "vide/": "ajouté",
    }
    with pytest.raises(UsageProblem) as refus:
        verifier_cible(cible)
    assert refus.value.constats[0].code == "SORTIE-06"
    assert "b.docx : modifié depuis la construction du " in refus.value.constats[0].message


def test_force_met_de_cote_sous_le_meme_chemin_et_remplace_le_reste(tmp_path: Path) -> None:
    cible = tmp_path / "out"
    ecrire({"a.pdf": b"A", "sous/b.docx": b"B"}, cible)
    (cible / "sous" / "b.docx").write_bytes(b"B retouche")
    (cible / "vide").mkdir()
    (cible / "note.txt").write_text("n")
    ecrit = ecrire({"a.pdf": b"A2", "sous/b.docx": b"B2"}, cible, force=True)
    conserve = tmp_path / "out.conserve-20261204-101530"
    assert ecrit.conserve == conserve and not ecrit.entier
    assert [a.chemin for a in ecrit.deplaces] == ["note.txt", "sous/b.docx", "vide/"]
    assert (conserve / "sous" / "b.docx").read_bytes() == b"B retouche"
    assert (conserve / "note.txt").read_text() == "n" and (conserve / "vide").is_dir()
    assert noms(cible) == [MARQUE, "a.pdf", "manifest.json", "sous"]
    assert (cible / "sous" / "b.docx").read_bytes() == b"B2"
    assert noms(tmp_path) == ["out", "out.conserve-20261204-101530"]


def test_un_echec_apres_la_mise_de_cote_remet_tout_en_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cible = tmp_path / "out"
    ecrire({"a.pdf": b"A"}, cible)
    (cible / "sous").mkdir()
    (cible / "sous" / "note.txt").write_text("n")

    def panne(provisoire: Path, cible: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("dossier.output.ecriture._permuter", panne)
    with pytest.raises(OSError):
        ecrire({"a.pdf": b"A2"}, cible, force=True)
    assert noms(tmp_path) == ["out"]  # no provisional nor conserve folder left
    assert (cible / "sous" / "note.txt").read_text() == "n" and (cible / "a.pdf").read_bytes() == b"A"


def test_une_sortie_sans_manifeste_ne_peut_pas_etre_comparee(tmp_path: Path) -> None:
    cible = tmp_path / "out"
    ecrire_pack({"a.pdf": b"A"}, cible, maintenant=MAINTENANT)  # as a dossier without manifest.json did
    with pytest.raises(UsageProblem) as refus:
        ecrire({"a.pdf": b"A"}, cible)
    assert refus.value.constats[0].code == "SORTIE-06" and "a.pdf" in refus.value.constats[0].message
    assert (cible / "a.pdf").read_bytes() == b"A"
    ecrit = ecrire({"a.pdf": b"A2"}, cible, force=True)
    assert ecrit.entier and [a.chemin for a in ecrit.deplaces] == ["a.pdf"]
    assert (tmp_path / "out.conserve-20261204-101530" / "a.pdf").read_bytes() == b"A"


def test_une_sortie_laissee_de_cote_avec_un_fichier_de_l_utilisateur_est_gardee(tmp_path: Path) -> None:
    cible = tmp_path / "out"
    ecrire({"a.pdf": b"A"}, cible)
    reste = tmp_path / ".out.ancien.cccccccccccc" / "sortie"
    shutil.copytree(cible, reste)
    (reste / "note.txt").write_text("à garder")
    faits = remettre_en_ordre(cible, MAINTENANT)
    assert (tmp_path / "out.conserve-20261204-101530" / "note.txt").read_text() == "à garder"
    assert any("conservé" in f for f in faits)


def test_un_refus_nomme_vingt_fichiers_puis_compte_les_autres(tmp_path: Path) -> None:
    cible = tmp_path / "out"
    ecrire({"a.pdf": b"A"}, cible)
    for i in range(25):
        (cible / f"scan-{i:02}.txt").write_text(str(i))
    with pytest.raises(UsageProblem) as refus:
        verifier_cible(cible)
    lignes = refus.value.constats[0].message.splitlines()[1:]
    assert lignes[:2] == ["scan-00.txt : ajouté", "scan-01.txt : ajouté"]
    assert len(lignes) == 20 and lignes[-1] == "… et 6 autres"


def test_un_dossier_de_sortie_sous_un_fichier_ne_s_ecrit_pas(tmp_path: Path) -> None:
    (tmp_path / "un-fichier").write_text("x")
    cible = tmp_path / "un-fichier" / "out"
    with pytest.raises(UsageProblem) as refus:
        ecrire({"a.pdf": b"A"}, cible)
    (trouve,) = refus.value.constats
    assert trouve.code == "SORTIE-03" and str(cible) in trouve.message and trouve.que_faire
    assert (tmp_path / "un-fichier").read_text() == "x"
