"""Bad pièces are refused with their code, the claim.yaml line and column, a French message — and
nothing is written by `dossier build`. Hostile PDFs lose everything active but keep what shows.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import cast

import pytest
from click.testing import CliRunner
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    PdfObject,
    TextStringObject,
)

from dossier.assemble.lecture import SourcePiece
from dossier.assemble.pieces import preparer_pieces, sources_pieces
from dossier.assemble.tampon import reference_de
from dossier.cli.main import cli
from dossier.errors import BlockingFindings, InvalidClaim
from dossier.exit_codes import ExitCode
from dossier.findings import Constat
from dossier.render.readback import elements_actifs, normaliser, texte_pdf
from tests.assemble.outils import copier_echantillon, creance, ecrire, pdf_html, position_de

FACTURE = "pieces/facture-F-2025-211.pdf"  # factures[0].piece of injonction-b2b


def _refus(claim: Path, sources: list[SourcePiece] | None = None) -> list[Constat]:
    lue = creance(claim)
    with pytest.raises((InvalidClaim, BlockingFindings)) as refus:
        preparer_pieces(lue, sources if sources is not None else sources_pieces(lue, {}))
    # a Factur-X invoice that contradicts the claim is a blocking finding; anything else, bad input
    desaccord = all(c.code == "PIECE-06" for c in refus.value.constats)
    attendu = ExitCode.BLOCKING_FINDING if desaccord else ExitCode.INVALID_INPUT
    assert refus.value.exit_code == attendu
    return refus.value.constats


def _un_refus(claim: Path, code: str, extrait: str) -> Constat:
    (constat,) = _refus(claim)
    assert constat.code == code
    assert constat.ou is not None
    assert (constat.ou.ligne, constat.ou.colonne) == position_de(claim, extrait)
    assert constat.ou.fichier == "claim.yaml"
    assert constat.message.startswith("Pièce n° ")
    assert constat.que_faire
    return constat


def test_fichier_introuvable(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / FACTURE).unlink()
    constat = _un_refus(claim, "PIECE-01", FACTURE)
    assert constat.message == (
        f"Pièce n° 2 (Facture F-2025-211 du 31 juillet 2025) : la pièce « {FACTURE} » est introuvable "
        f"(cherchée dans {claim.parent.resolve()})"
    )
    assert str(constat.ou).endswith("factures[0].piece")


def test_un_dossier_au_lieu_d_un_fichier(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / FACTURE).unlink()
    (claim.parent / FACTURE).mkdir()
    assert "est un dossier" in _un_refus(claim, "PIECE-01", FACTURE).message


def test_pdf_endommage(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    fichier = claim.parent / FACTURE
    fichier.write_bytes(fichier.read_bytes()[:1500])  # truncated mid-stream
    assert "endommagé ou tronqué" in _un_refus(claim, "PIECE-03", FACTURE).message


def test_pas_un_pdf_sous_extension_pdf(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / FACTURE).write_bytes(b"PK\x03\x04 un document Word renomme")
    message = _un_refus(claim, "PIECE-03", FACTURE).message
    assert "porte l'extension .pdf mais n'est pas un PDF" in message


def test_pdf_chiffre(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    fichier = claim.parent / FACTURE
    ecrivain = PdfWriter(clone_from=io.BytesIO(fichier.read_bytes()))
    ecrivain.encrypt(user_password="", owner_password="secret")  # opens without a password, still refused
    fichier.write_bytes(ecrire(ecrivain))
    assert "chiffré" in _un_refus(claim, "PIECE-04", FACTURE).message


def _page_cassee(fichier: Path, casser: str) -> None:
    """The invoice's one page, then a copy of it as page 2 whose `casser` reference leads nowhere
    (pypdf, reading leniently, would give null for it and the page would be filed blank)."""
    ecrivain = PdfWriter(clone_from=io.BytesIO(fichier.read_bytes()))
    page = ecrivain.add_page(PdfReader(io.BytesIO(fichier.read_bytes())).pages[0])  # a copy of its own
    perdu = IndirectObject(99999, 0, ecrivain)
    if casser == "contenu":
        page[NameObject("/Contents")] = perdu
    else:
        ressources = cast(DictionaryObject, page["/Resources"]).clone(ecrivain)
        polices = cast(DictionaryObject, ressources["/Font"]).clone(ecrivain)
        polices[next(iter(polices))] = perdu
        ressources[NameObject("/Font")] = polices
        page[NameObject("/Resources")] = ressources
    fichier.write_bytes(ecrire(ecrivain))


@pytest.mark.parametrize(("casser", "manque"), [("contenu", "son contenu manque"), ("police", "une police")])
def test_une_page_illisible_n_est_jamais_produite_blanche(tmp_path: Path, casser: str, manque: str) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    _page_cassee(claim.parent / FACTURE, casser)
    message = _un_refus(claim, "PIECE-13", FACTURE).message
    assert f"la pièce « {FACTURE} » : la page 2 ne peut pas être lue : {manque}" in message


def test_plusieurs_refus_a_la_fois(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / FACTURE).unlink()
    (claim.parent / "pieces/ar-1A20345678912.png").write_bytes(b"\x89PNG\r\n\x1a\ncoupe")
    assert [c.code for c in _refus(claim)] == ["PIECE-01", "PIECE-07"]


def test_format_non_pris_en_charge(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path, [(FACTURE, "pieces/facture.docx")])
    (claim.parent / "pieces/facture.docx").write_bytes(b"PK\x03\x04...")
    assert "format non pris en charge (.docx)" in _un_refus(claim, "PIECE-05", "pieces/facture.docx").message


def test_courriel_texte_non_utf8(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-ogec", tmp_path)
    (claim.parent / "pieces/courriel-2025-11-04.txt").write_bytes("Objet : Relance\n\nRéglé".encode("cp1252"))
    message = _un_refus(claim, "PIECE-08", "pieces/courriel-2025-11-04.txt").message
    assert "n'est pas encodé en UTF-8" in message


@pytest.mark.parametrize("fichier", ["pieces/bon-livraison-BL-2025-118.jpg", "pieces/ar-1A20345678912.png"])
def test_image_tronquee(tmp_path: Path, fichier: str) -> None:
    """WeasyPrint's import lets Pillow load a cut image (grey block): the scan must be refused."""
    import weasyprint  # noqa: F401 - the import that sets ImageFile.LOAD_TRUNCATED_IMAGES
    from PIL import ImageFile

    claim = copier_echantillon("injonction-b2b", tmp_path)
    image = claim.parent / fichier
    donnees = image.read_bytes()
    image.write_bytes(donnees[: len(donnees) * 2 // 3])
    assert "tronquée" in _un_refus(claim, "PIECE-07", fichier).message
    assert ImageFile.LOAD_TRUNCATED_IMAGES  # the process-wide setting is given back


EML = "pieces/courriel-2025-12-02.eml"
ENTETES_EML = (
    b"From: Luc <l@example.org>\r\nTo: Julien <j@example.org>\r\nSubject: Paiement\r\n"
    b"Date: Tue, 02 Dec 2025 18:42:10 +0100\r\nMIME-Version: 1.0\r\n"
)
CORPS_CP1252 = "Je réglerai le solde en janvier.\r\n".encode("cp1252")


@pytest.mark.parametrize(
    ("type_contenu", "extrait"),
    [
        (b"", "UTF-8 (aucun encodage n'est déclaré)"),
        (b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n", "(utf-8)"),
    ],
)
def test_eml_dans_un_autre_encodage_que_le_sien(tmp_path: Path, type_contenu: bytes, extrait: str) -> None:
    """A cp1252 body read as UTF-8 would print « r\ufffdglerai » in the pièce: refused instead."""
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / EML).write_bytes(ENTETES_EML + type_contenu + b"\r\n" + CORPS_CP1252)
    message = _un_refus(claim, "PIECE-08", EML).message
    assert "n'est pas valide dans" in message and extrait in message


def test_eml_en_tete_illisible(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / EML).write_bytes(b"From: L\xe9on <l@example.org>\r\nSubject: Paiement\r\n\r\nBonjour\r\n")
    assert "l'en-tête « De » contient des caractères illisibles" in _un_refus(claim, "PIECE-08", EML).message


def test_eml_en_cp1252_declare_est_lu(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / EML).write_bytes(
        ENTETES_EML + b"Content-Type: text/plain; charset=windows-1252\r\n\r\n" + CORPS_CP1252
    )
    lue = creance(claim)
    (piece,) = preparer_pieces(lue, [s for s in sources_pieces(lue, {}) if s.origine == "echanges[2].piece"])
    assert "Je réglerai le solde en janvier." in normaliser(texte_pdf(piece.pdf)[0])


# --- outside the claim's folder ----------------------------------------------------------------


def _source_hors(chemin: str) -> SourcePiece:
    return SourcePiece("Facture F-2025-211 du 31 juillet 2025", None, "facture", "factures[0].piece",
                       Path(chemin), None, facture="F-2025-211")  # fmt: skip


@pytest.mark.parametrize("chemin", ["../secret.pdf", "pieces/../../secret.pdf", "/etc/passwd"])
def test_chemin_hors_du_dossier(tmp_path: Path, chemin: str) -> None:
    """The loader already refuses these (VALEUR-10); the assembly refuses them again on its own."""
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (tmp_path / "secret.pdf").write_bytes(pdf_html("<p>secret</p>"))
    (constat,) = _refus(claim, [_source_hors(chemin)])
    assert constat.code == "PIECE-02"
    assert constat.message.endswith(f"la pièce « {chemin} » sort du dossier de la créance")
    assert constat.ou is not None and (constat.ou.ligne, constat.ou.colonne) == position_de(claim, FACTURE)


def test_le_chargement_refuse_aussi_ces_chemins(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path, [(FACTURE, "../secret.pdf")])
    with pytest.raises(InvalidClaim) as refus:
        creance(claim)
    assert [c.code for c in refus.value.constats] == ["VALEUR-10"]


def test_lien_symbolique_vers_l_exterieur(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (tmp_path / "ailleurs.pdf").write_bytes(pdf_html("<p>hors du dossier</p>"))
    fichier = claim.parent / FACTURE
    fichier.unlink()
    os.symlink(tmp_path / "ailleurs.pdf", fichier)
    constat = _un_refus(claim, "PIECE-02", FACTURE)
    assert "est un lien qui mène hors du dossier de la créance" in constat.message


def test_lien_symbolique_interne_accepte(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    fichier = claim.parent / FACTURE
    (claim.parent / "archive.pdf").write_bytes(fichier.read_bytes())
    fichier.unlink()
    os.symlink(claim.parent / "archive.pdf", fichier)
    lue = creance(claim)
    (piece,) = preparer_pieces(lue, [s for s in sources_pieces(lue, {}) if s.origine == "factures[0].piece"])
    assert "F-2025-211" in texte_pdf(piece.pdf)[0]


def test_lien_physique_vers_l_exterieur(tmp_path: Path) -> None:
    """A hard link to a file outside the folder (a system file, say) is refused like a symlink."""
    claim = copier_echantillon("injonction-b2b", tmp_path)
    fichier = claim.parent / FACTURE
    (tmp_path / "systeme.pdf").write_bytes(fichier.read_bytes())
    fichier.unlink()
    os.link(tmp_path / "systeme.pdf", fichier)
    assert "lien physique" in _un_refus(claim, "PIECE-02", FACTURE).message


def test_lien_physique_interne_accepte(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    fichier = claim.parent / FACTURE
    os.link(fichier, claim.parent / "archive.pdf")  # two names, both inside the claim's folder
    lue = creance(claim)
    (piece,) = preparer_pieces(lue, [s for s in sources_pieces(lue, {}) if s.origine == "factures[0].piece"])
    assert "F-2025-211" in texte_pdf(piece.pdf)[0]


# --- Factur-X -------------------------------------------------------------------------------------


def test_factur_x_montant_different(tmp_path: Path) -> None:
    claim = copier_echantillon(
        "injonction-b2b", tmp_path, [('montant_ttc: "2160.00"', 'montant_ttc: "2100.00"')]
    )
    constat = _un_refus(claim, "PIECE-06", "pieces/facture-F-2025-236-facturx.pdf")
    assert "montant total TTC 2\u202f160,00\u00a0€ dans la pièce, 2\u202f100,00\u00a0€ dans claim.yaml" in (
        constat.message
    )
    assert constat.article == "CPC 1405 et 1407 (créance déterminée, montant exact)"
    assert "dossier import-facture pieces/facture-F-2025-236-facturx.pdf" in constat.que_faire


def test_factur_x_numero_et_echeance_differents(tmp_path: Path) -> None:
    claim = copier_echantillon(
        "injonction-b2b",
        tmp_path,
        [
            ('numero: "F-2025-236"', 'numero: "F-2025-237"'),
            ('echeance: "2025-10-15"', 'echeance: "2025-10-31"'),
        ],
    )
    message = _un_refus(claim, "PIECE-06", "pieces/facture-F-2025-236-facturx.pdf").message
    assert "numéro « F-2025-236 » dans la pièce, « F-2025-237 » dans claim.yaml" in message
    assert "échéance du 15 octobre 2025 dans la pièce, du 31 octobre 2025 dans claim.yaml" in message


def test_factur_x_xml_non_conforme(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    fichier = claim.parent / FACTURE
    ecrivain = PdfWriter(clone_from=io.BytesIO(fichier.read_bytes()))
    ecrivain.add_attachment(
        "factur-x.xml", b"<rsm:CrossIndustryInvoice xmlns:rsm='x'><a/></rsm:CrossIndustryInvoice>"
    )
    fichier.write_bytes(ecrire(ecrivain))
    assert "données Factur-X inutilisables" in _un_refus(claim, "PIECE-09", FACTURE).message


# --- no partial output ----------------------------------------------------------------------------


def test_build_n_ecrit_rien_si_une_piece_manque(tmp_path: Path) -> None:
    """Found as soon as the claim is read (model/fichiers.py): at the requête's stage a missing
    pièce is a blocking finding, before anything is rendered."""
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / "pieces/ar-1A20345678912.png").unlink()
    sortie = tmp_path / "sortie"
    resultat = CliRunner().invoke(
        cli, ["build", str(claim), "-o", str(sortie)], env={"DOSSIER_PARAMETRES": None}
    )
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING, resultat.output
    assert "BLOQUANT PIECE-01" in resultat.output
    ligne, colonne = position_de(claim, "pieces/ar-1A20345678912.png")
    assert "PIECE-01" in resultat.output
    assert f"claim.yaml:{ligne}:{colonne}" in resultat.output
    assert "Traceback" not in resultat.output
    assert not sortie.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["injonction-b2b"]  # no temporary folder left


# --- hostile PDFs -----------------------------------------------------------------------------------


def _objet(valeur: object) -> PdfObject:
    """Python → PDF object: dict, list, « /Nom », text, number; PDF objects pass through."""
    if isinstance(valeur, dict):
        return DictionaryObject({NameObject(k): _objet(v) for k, v in valeur.items()})
    if isinstance(valeur, list):
        return ArrayObject(_objet(v) for v in valeur)
    if isinstance(valeur, str):
        return NameObject(valeur) if valeur.startswith("/") else TextStringObject(valeur)
    if isinstance(valeur, int | float):
        return FloatObject(valeur)
    assert isinstance(valeur, PdfObject)
    return valeur


def _dictionnaire(valeur: dict[str, object]) -> DictionaryObject:
    return cast(DictionaryObject, _objet(valeur))


def _pdf_hostile() -> bytes:
    """A readable invoice page carrying JavaScript, an OpenAction, a launch link, a URI link, an
    embedded file, a form whose filled field shows « VISA-OK » and page-level additional actions."""
    ecrivain = PdfWriter(clone_from=io.BytesIO(pdf_html("<p>Facture piégée F-666</p>")))
    page = ecrivain.pages[0]

    def script(code: str) -> dict[str, object]:
        return {"/S": "/JavaScript", "/JS": code}

    racine = ecrivain.root_object
    reference = reference_de(_dictionnaire(script("app.alert('pwned');")), ecrivain)
    racine[NameObject("/Names")] = _objet({"/JavaScript": {"/Names": ["init", reference]}})
    racine[NameObject("/OpenAction")] = _objet(script("app.launchURL('x')"))
    ecrivain.add_attachment("charge.exe", b"MZ-charge-utile")
    apparence = DecodedStreamObject()
    apparence.set_data(b"BT /Helv 10 Tf 2 4 Td (VISA-OK) Tj ET")
    helvetica = {"/Type": "/Font", "/Subtype": "/Type1", "/BaseFont": "/Helvetica"}
    apparence.update(
        cast(DictionaryObject, _objet({"/Type": "/XObject", "/Subtype": "/Form", "/BBox": [0, 0, 80, 16],
                                       "/Resources": {"/Font": {"/Helv": helvetica}}}))
    )  # fmt: skip
    annotations = [
        {"/Type": "/Annot", "/Subtype": "/Widget", "/FT": "/Tx", "/T": "visa", "/Rect": [100, 500, 180, 516],
         "/AP": {"/N": reference_de(apparence, ecrivain)}, "/AA": {"/K": script("app.alert(2)")}},
        {"/Type": "/Annot", "/Subtype": "/Link", "/Rect": [0, 0, 50, 50],
         "/A": {"/S": "/Launch", "/F": "cmd.exe"}},
        {"/Type": "/Annot", "/Subtype": "/Link", "/Rect": [60, 0, 90, 50],
         "/A": {"/S": "/URI", "/URI": "https://example.org/x"}},
    ]  # fmt: skip
    references = [reference_de(_dictionnaire(a), ecrivain) for a in annotations]
    page[NameObject("/Annots")] = ArrayObject(references)
    racine[NameObject("/AcroForm")] = _objet({"/Fields": [references[0]]})
    page[NameObject("/AA")] = _objet({"/O": script("app.alert(3)")})
    return ecrire(ecrivain)


def test_pdf_hostile_rendu_inerte(tmp_path: Path) -> None:
    hostile = _pdf_hostile()
    assert len(elements_actifs(hostile)) >= 8  # the fixture really is hostile
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / FACTURE).write_bytes(hostile)
    lue = creance(claim)
    (piece,) = preparer_pieces(lue, [s for s in sources_pieces(lue, {}) if s.origine == "factures[0].piece"])
    assert elements_actifs(piece.pdf) == []
    for trace in (b"app.alert", b"launchURL", b"cmd.exe", b"example.org", b"MZ-charge-utile", b"/JavaScript"):
        assert trace not in piece.pdf
    lecteur = PdfReader(io.BytesIO(piece.pdf))
    assert lecteur.attachments == {} and "/AcroForm" not in lecteur.trailer["/Root"]
    texte = normaliser(texte_pdf(piece.pdf)[0])
    assert "Facture piégée F-666" in texte  # the page itself
    assert "VISA-OK" in texte  # the filled field, flattened into the page: shown, no longer a form
    assert "Pièce n° 1 — page 1/1 — facture-F-2025-211.pdf" in texte


def test_image_png_transparente_et_portrait(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    image = Image.new("RGBA", (600, 900), (255, 255, 255, 0))
    image.paste((20, 20, 20, 255), (100, 100, 500, 140))
    (claim.parent / "pieces/ar-1A20345678912.png").write_bytes(_png(image))
    lue = creance(claim)
    sources = [s for s in sources_pieces(lue, {}) if s.nature == "accuse_reception"]
    (piece,) = preparer_pieces(lue, sources)
    page = PdfReader(io.BytesIO(piece.pdf)).pages[0]
    assert float(page.mediabox.width) < float(page.mediabox.height)  # portrait image, portrait page
    assert page.images[0].image.size == (600, 900)


def _png(image: Image.Image) -> bytes:
    sortie = io.BytesIO()
    image.save(sortie, "PNG")
    return sortie.getvalue()


def test_eml_html_seul(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    (claim.parent / "pieces/courriel-2025-12-02.eml").write_bytes(
        b"From: Luc <l@example.org>\r\nTo: Julien <j@example.org>\r\nSubject: =?utf-8?q?R=C3=A9ponse?=\r\n"
        b"Date: Tue, 02 Dec 2025 18:42:10 +0100\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><head><style>p{color:red}</style><script>alert(1)</script></head>"
        b"<body><p>Bonjour,</p><p>Je paierai <b>en janvier</b>.</p></body></html>\r\n"
    )
    lue = creance(claim)
    (piece,) = preparer_pieces(lue, [s for s in sources_pieces(lue, {}) if s.origine == "echanges[2].piece"])
    texte = normaliser(texte_pdf(piece.pdf)[0])
    assert "Objet : Réponse" in texte and "Je paierai en janvier." in texte
    assert "alert" not in texte and "color:red" not in texte


def test_build_refuse_une_facture_x_contraire_a_la_creance(tmp_path: Path) -> None:
    """The issue: a Factur-X invoice whose amounts differ from the claim is a blocking finding."""
    claim = copier_echantillon(
        "injonction-b2b", tmp_path, [('montant_ttc: "2160.00"', 'montant_ttc: "2100.00"')]
    )
    sortie = tmp_path / "sortie"
    resultat = CliRunner().invoke(
        cli, ["build", str(claim), "-o", str(sortie)], env={"DOSSIER_PARAMETRES": None}
    )
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING, resultat.output
    assert "PIECE-06" in resultat.output and "Traceback" not in resultat.output
    assert not sortie.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["injonction-b2b"]
