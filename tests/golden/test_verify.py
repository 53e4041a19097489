"""`dossier verify DIR` on every sample as `build` wrote it (exit 0), then on tampered copies: each
tampering fails and names the file.

The tamperer is careful: after changing a file, they rewrite manifest.json with the new hashes
(`rehacher`), so that what catches them is the check under test, not only the hashes. Text is
extracted once per distinct file for the whole module (`LECTURES`, keyed by content).
"""

from __future__ import annotations

import hashlib
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from dossier import pipeline
from dossier.assemble.bundle import sources_jointes
from dossier.assemble.tampon import reference_de
from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.render.readback import Lectures
from dossier.verify.controle import Verification, verifier_dossier
from dossier.verify.manifeste import lire_manifeste
from tests.golden.echantillons import DEPOT, ECHANTILLONS, MARQUE, Paquet, chemin_claim
from tests.verifications import PARAMETRES_SEMESTRE_INCONNU, UN_MOIS_APRES

LECTURES = Lectures()
B2B = "injonction-b2b"
BUNDLE = "injonction/dossier-injonction.pdf"


def verifier(dossier: Path) -> Verification:
    return verifier_dossier(dossier, pipeline.recalculer, LECTURES)


def copie(paquet: Paquet, tmp_path: Path) -> Path:
    cible = tmp_path / paquet.echantillon
    shutil.copytree(paquet.dossier, cible)
    return cible


def rehacher(dossier: Path) -> None:
    """What a careful tamperer does: manifest.json rewritten to the files as they now are."""
    chemin = dossier / "manifest.json"
    objet = json.loads(chemin.read_bytes())
    entrees = []
    for entree in objet["fichiers"]:
        fichier = dossier / entree["chemin"]
        if fichier.is_file():
            octets = fichier.read_bytes()
            entree = {**entree, "octets": len(octets), "sha256": hashlib.sha256(octets).hexdigest()}
            entrees.append(entree)
    chemin.write_text(
        json.dumps({**objet, "fichiers": entrees}, ensure_ascii=False, indent=2), encoding="utf-8"
    )


def echoue(verification: Verification, code: str, *dans: str) -> None:
    assert not verification.en_ordre
    messages = [f"{c.code} {c.message}" for c in verification.constats if c.code == code]
    assert any(all(d in m for d in dans) for m in messages), [
        f"{c.code} {c.message}" for c in verification.constats
    ]


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_chaque_echantillon_se_verifie(paquets: dict[str, Paquet], echantillon: str) -> None:
    verification = verifier(paquets[echantillon].dossier)
    assert verification.en_ordre, [f"{c.code} {c.message}" for c in verification.constats]
    injonction = BUNDLE in paquets[echantillon].fichiers
    assert verification.recalcule is injonction
    assert {c.code for c in verification.constats} == (set() if injonction else {"VERIF-10"})


def test_le_dossier_joint_sa_creance_et_son_calcul(paquets: dict[str, Paquet]) -> None:
    paquet = paquets[B2B]
    jointes = sources_jointes(paquet.fichiers[BUNDLE])
    assert jointes == {
        "claim.yaml": chemin_claim(B2B).read_bytes(),
        "calcul.json": paquet.fichiers["calcul.json"],
    }
    racine = PdfReader(io.BytesIO(paquet.fichiers[BUNDLE])).trailer["/Root"]
    relations = {str(f.get_object()["/UF"]): str(f.get_object()["/AFRelationship"]) for f in racine["/AF"]}
    assert relations == {"claim.yaml": "/Source", "calcul.json": "/Data"}


def test_commande_en_ordre_puis_un_octet_change(paquets: dict[str, Paquet], tmp_path: Path) -> None:
    dossier = copie(paquets["ecole-ogec"], tmp_path)
    resultat = CliRunner().invoke(cli, ["verify", str(dossier)])
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "tout concorde" in resultat.stdout and "VERIF-10" in resultat.stdout
    lettre = dossier / "relance-2.pdf"
    octets = bytearray(lettre.read_bytes())
    octets[len(octets) // 2] ^= 0x01
    lettre.write_bytes(bytes(octets))
    resultat = CliRunner().invoke(cli, ["verify", str(dossier)])
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING
    assert (
        "VERIF-03" in resultat.stdout and "relance-2.pdf : modifié depuis sa construction" in resultat.stdout
    )


def test_un_octet_change_dans_chaque_fichier(paquets: dict[str, Paquet]) -> None:
    """The hashes alone (no text read): one byte changed in any file of the pack is named."""
    from dossier.verify.paquet import verifier_empreintes

    paquet = paquets[B2B]
    fichiers = {n: o for n, o in paquet.fichiers.items() if n != MARQUE}  # as `lire_dossier` reads them
    manifeste = lire_manifeste(paquet.fichiers["manifest.json"])
    listes = [f.chemin for f in manifeste.fichiers]
    assert len(listes) == len(fichiers) - 1  # all but the manifest
    for chemin in listes:
        octets = bytearray(fichiers[chemin])
        octets[-2] ^= 0x20
        constats = verifier_empreintes(manifeste, {**fichiers, chemin: bytes(octets)}, [])
        assert [(c.code, c.message.split(" : ")[0]) for c in constats] == [("VERIF-03", chemin)]


def test_verify_dossier_absent(tmp_path: Path) -> None:
    resultat = CliRunner().invoke(cli, ["verify", str(tmp_path / "rien")])
    assert resultat.exit_code == ExitCode.USAGE and "VERIF-11" in resultat.stderr


def _b2b(paquets: dict[str, Paquet], tmp_path: Path, geste: Callable[[Path], None]) -> Verification:
    dossier = copie(paquets[B2B], tmp_path)
    geste(dossier)
    rehacher(dossier)
    return verifier(dossier)


def test_montant_modifie_dans_calcul_json(paquets: dict[str, Paquet], tmp_path: Path) -> None:
    def geste(dossier: Path) -> None:
        calcul = dossier / "calcul.json"
        calcul.write_bytes(calcul.read_bytes().replace(b'"total_du": "6910.38"', b'"total_du": "6190.38"'))

    verification = _b2b(paquets, tmp_path, geste)
    echoue(
        verification, "VERIF-07", "calcul.json : total_du = 6190.38 ; recalculé depuis claim.yaml : 6910.38"
    )
    echoue(verification, "VERIF-08", "calcul.json joint diffère")


def test_montant_modifie_dans_les_lignes_de_calcul_json(paquets: dict[str, Paquet], tmp_path: Path) -> None:
    def geste(dossier: Path) -> None:
        calcul = dossier / "calcul.json"
        calcul.write_bytes(calcul.read_bytes().replace(b'"montant": "128.52"', b'"montant": "182.52"'))

    verification = _b2b(paquets, tmp_path, geste)
    echoue(verification, "VERIF-07", "periodes[1].montant = 182.52")
    echoue(verification, "COHER-01", "decompte.pdf", "182,52 €")


@pytest.fixture(scope="module")
def autre_requete(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same claim with one payment of 1 400 € instead of 1 500 €: its requête and bundle print
    other figures, everything else the same."""
    source = tmp_path_factory.mktemp("variante") / B2B
    shutil.copytree(DEPOT / "samples" / B2B, source)
    claim = source / "claim.yaml"
    texte = claim.read_text(encoding="utf-8")
    assert 'montant: "1500.00"' in texte
    claim.write_text(texte.replace('montant: "1500.00"', 'montant: "1400.00"'), encoding="utf-8")
    sortie = source.parent / "sortie"
    resultat = CliRunner().invoke(
        cli, ["build", str(claim), "-o", str(sortie)], env={"DOSSIER_PARAMETRES": None}
    )
    assert resultat.exit_code == 0, resultat.output
    return sortie


def test_montant_modifie_dans_un_document(
    paquets: dict[str, Paquet], tmp_path: Path, autre_requete: Path
) -> None:
    def geste(dossier: Path) -> None:
        shutil.copy(autre_requete / "injonction/requete.pdf", dossier / "injonction/requete.pdf")

    verification = _b2b(paquets, tmp_path, geste)
    echoue(
        verification,
        "COHER-01",
        "injonction/requete.pdf, page 1",
        "somme réclamée",
        "7 016,77 €",
        "6 910,38 €",
    )
    echoue(verification, "COHER-07", BUNDLE, "ne reproduit pas injonction/requete.pdf, page 1")


def test_bundle_d_une_autre_creance(paquets: dict[str, Paquet], tmp_path: Path, autre_requete: Path) -> None:
    def geste(dossier: Path) -> None:
        shutil.copy(autre_requete / BUNDLE, dossier / BUNDLE)

    verification = _b2b(paquets, tmp_path, geste)
    echoue(verification, "VERIF-08", BUNDLE, "n'est pas celui que le manifeste")
    echoue(verification, "COHER-07", BUNDLE, "ne reproduit pas injonction/requete.pdf")


def test_piece_retiree(paquets: dict[str, Paquet], tmp_path: Path) -> None:
    piece = "injonction/pieces/05-rencontre-2025-09-12.pdf"
    dossier = copie(paquets[B2B], tmp_path)
    (dossier / piece).unlink()
    echoue(verifier(dossier), "VERIF-02", piece)  # the manifest still lists it
    rehacher(dossier)  # the manifest no longer does: the bordereau still cites it
    echoue(verifier(dossier), "COHER-04", "injonction/bordereau.pdf", "pièce n° 5", "n'a pas de fichier")


def test_pieces_echangees(paquets: dict[str, Paquet], tmp_path: Path) -> None:
    deux, trois = "injonction/pieces/02-facture-f-2025-211.pdf", "injonction/pieces/03-facture-f-2025-236.pdf"

    def geste(dossier: Path) -> None:
        a, b = (dossier / deux).read_bytes(), (dossier / trois).read_bytes()
        (dossier / deux).write_bytes(b)
        (dossier / trois).write_bytes(a)

    verification = _b2b(paquets, tmp_path, geste)
    echoue(verification, "COHER-05", deux, "Pièce n° 3 — page 1/1")
    echoue(verification, "COHER-05", trois, "Pièce n° 2 — page 1/1")


def test_contenu_actif_ajoute(paquets: dict[str, Paquet], tmp_path: Path) -> None:
    def geste(dossier: Path) -> None:
        lettre = dossier / "relance-1.pdf"
        ecrivain = PdfWriter(clone_from=PdfReader(io.BytesIO(lettre.read_bytes())))
        action = DictionaryObject(
            {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert(1)")}
        )
        ecrivain.root_object[NameObject("/OpenAction")] = reference_de(action, ecrivain)
        sortie = io.BytesIO()
        ecrivain.write(sortie)
        lettre.write_bytes(sortie.getvalue())

    echoue(_b2b(paquets, tmp_path, geste), "VERIF-06", "relance-1.pdf : contenu actif", "/OpenAction")


def test_fichier_ajoute_et_manifeste_retire(paquets: dict[str, Paquet], tmp_path: Path) -> None:
    dossier = copie(paquets["b2b-menuiserie"], tmp_path)
    (dossier / "notes.txt").write_text("à relire", encoding="utf-8")
    echoue(verifier(dossier), "VERIF-04", "notes.txt")
    (dossier / "manifest.json").unlink()
    echoue(verifier(dossier), "VERIF-01", "manifest.json absent")


def test_fichier_etranger_parmi_les_pieces(paquets: dict[str, Paquet], tmp_path: Path) -> None:
    """A bailiff's note left among the stamped pièces is reported (VERIF-04), not read as a pièce
    (it once ended in « Erreur interne (BadZipFile) »)."""
    dossier = copie(paquets[B2B], tmp_path)
    (dossier / "injonction" / "pieces" / "notes.txt").write_text("à relire", encoding="utf-8")
    echoue(verifier(dossier), "VERIF-04", "injonction/pieces/notes.txt")


@pytest.mark.donnees_datees
def test_recalcul_avec_les_valeurs_fournies_que_liste_le_manifeste(tmp_path: Path) -> None:
    """Past the published data, the user supplied a rate (--parametres): the manifest lists it,
    flagged, and `verify` recomputes with it — and with it only: a rate changed in the manifest
    no longer gives calcul.json's figures."""
    parametres = tmp_path / "taux.yaml"
    parametres.write_text(PARAMETRES_SEMESTRE_INCONNU, encoding="utf-8")
    sortie = tmp_path / "sortie"
    claim = chemin_claim("injonction-ogec")
    commande = [
        "build",
        str(claim),
        "--date",
        UN_MOIS_APRES.isoformat(),
        "--futur",
        "--parametres",
        str(parametres),
        "-o",
        str(sortie),
    ]
    resultat = CliRunner().invoke(cli, commande, env={"DOSSIER_PARAMETRES": None})
    assert resultat.exit_code == 0, resultat.output
    manifeste = json.loads((sortie / "manifest.json").read_bytes())
    assert [v["valeur"] for v in manifeste["parametres"] if v["fourni_par_utilisateur"]] == ["2.50"]
    verification = verifier(sortie)
    assert verification.en_ordre and verification.recalcule, verification.constats

    chemin = sortie / "manifest.json"
    chemin.write_bytes(chemin.read_bytes().replace(b'"valeur": "2.50"', b'"valeur": "3.50"'))
    echoue(verifier(sortie), "VERIF-07", "calcul.json : ", "recalculé depuis claim.yaml")
