"""EPC QR payload (EPC069-12, version 002): exact fields, refusals, deterministic images.

Decoding the QR from the rendered PDF page and from the DOCX image: test_render_letter.py.
"""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import pytest
import segno

from dossier.errors import RenderFailure
from dossier.model import charger
from dossier.pipeline import Options, analyser, documents
from dossier.render.epc import VirementEpc, png_noir_et_blanc, svg_noir_et_blanc

RACINE = Path(__file__).resolve().parents[2]

IBAN = "FR7630006000011234567890189"


def _virement(**changements: object) -> VirementEpc:
    champs: dict[str, object] = {
        "beneficiaire": "Atelier Durand SARL",
        "iban": IBAN,
        "montant": Decimal("2480.00"),
        "libelle": "Facture F-2025-118 réf. 2026-0142",
        "bic": "AGRIFRPPXXX",
    }
    champs.update(changements)
    return VirementEpc(**champs)  # type: ignore[arg-type]


def test_charge_utile() -> None:
    lignes = _virement().charge_utile().decode("utf-8").split("\n")
    assert lignes == [
        "BCD", "002", "1", "SCT", "AGRIFRPPXXX", "Atelier Durand SARL", IBAN, "EUR2480.00", "", "",
        "Facture F-2025-118 réf. 2026-0142",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("montant", "texte"),
    [("2480", "EUR2480.00"), ("0.01", "EUR0.01"), ("999999999.99", "EUR999999999.99"), ("12.5", "EUR12.50")],
)
def test_montant_toujours_a_deux_decimales(montant: str, texte: str) -> None:
    assert _virement(montant=Decimal(montant)).charge_utile().split(b"\n")[7] == texte.encode()


def test_iban_compacte_et_bic_facultatif() -> None:
    lignes = _virement(iban="FR76 3000 6000 0112 3456 7890 189", bic=None).charge_utile().split(b"\n")
    assert lignes[4] == b"" and lignes[6] == IBAN.encode()


@pytest.mark.parametrize(
    ("changement", "motif"),
    [
        ({"montant": Decimal("0")}, "hors des bornes"),
        ({"montant": Decimal("-10")}, "hors des bornes"),
        ({"montant": Decimal("1000000000")}, "hors des bornes"),
        ({"montant": Decimal("1000000000.00")}, "hors des bornes"),
        ({"montant": Decimal("10.001")}, "deux décimales"),
        ({"montant": Decimal("NaN")}, "Decimal"),
        ({"montant": 10.5}, "Decimal"),
        ({"libelle": "x" * 141}, "140"),
        ({"libelle": "  "}, "libellé vide"),
        ({"libelle": "ligne\nautre"}, "saut de ligne"),
        ({"beneficiaire": "x" * 71}, "70"),
        ({"iban": "FR7630006000011234567890188"}, "IBAN ou BIC invalide"),
        ({"bic": "AGRI"}, "IBAN ou BIC invalide"),
    ],
)
def test_refus(changement: dict[str, object], motif: str) -> None:
    with pytest.raises(RenderFailure, match=motif) as erreur:
        _virement(**changement)
    assert erreur.value.constats[0].code == "RENDU-05"


def test_libelle_de_140_caracteres_accepte() -> None:
    virement = _virement(libelle="x" * 140, beneficiaire="y" * 70)
    assert virement.qr().version <= 13
    assert virement.qr().error == "M"


def test_charge_utile_limitee_a_331_octets() -> None:
    with pytest.raises(RenderFailure, match="367 octets"):
        _virement(libelle="é" * 140)  # 140 characters, but 280 bytes in UTF-8


def test_images_deterministes() -> None:
    assert _virement().png() == _virement().png()
    assert _virement().svg_data_uri() == _virement().svg_data_uri()
    assert _virement().png().startswith(b"\x89PNG")
    assert _virement().svg_data_uri().startswith("data:image/svg+xml")


def _png_de_segno(code: segno.QRCode) -> bytes:
    tampon = io.BytesIO()
    code.save(tampon, kind="png", scale=8, border=4, dark="#000000", light="#ffffff")
    return tampon.getvalue()


def test_png_les_octets_de_segno_sur_les_echantillons() -> None:
    """`png_noir_et_blanc` writes segno's PNG byte for byte: every payment code of the samples."""
    virements = []
    for claim in sorted((RACINE / "samples").glob("*/claim.yaml")):
        creance = charger(claim)
        assert creance.date_edition is not None
        for _, lettre in documents(analyser(creance, Options(jour=creance.date_edition))):
            codes = [c for rangee in lettre.rangees_codes for c in rangee if c]
            virements += [lettre.paiement.virement] if lettre.paiement else []
            virements += [c.virement for c in codes]
    assert len(virements) >= 8
    for virement in virements:
        assert virement.png() == _png_de_segno(virement.qr())
        assert virement.svg_data_uri() == _svg_de_segno(virement.qr())


@pytest.mark.parametrize("longueur", [1, 17, 40, 90, 150, 230, 331])
def test_png_les_octets_de_segno_a_chaque_taille(longueur: int) -> None:
    """Codes of every size a payment code may take (versions 1 to 13), odd contents included."""
    code = segno.make_qr(bytes(range(256))[:longueur] * 2, error="m", boost_error=False)
    assert png_noir_et_blanc(code) == _png_de_segno(code)
    assert png_noir_et_blanc(code).startswith(b"\x89PNG\r\n\x1a\n")
    assert svg_noir_et_blanc(code) == _svg_de_segno(code)


def _svg_de_segno(code: segno.QRCode) -> str:
    return str(code.svg_data_uri(scale=1, border=4, dark="#000000", light="#ffffff"))


@pytest.mark.parametrize("version", [1, 2, 5, 13, 40])
def test_svg_de_segno_meme_aux_bords(version: int) -> None:
    """Codes of every size and content, and a Micro QR code: the SVG is segno's."""
    for contenu in (b"", b"0", b"A" * 20, bytes(range(256))):
        try:
            code = segno.make_qr(contenu, version=version, error="l")
        except segno.DataOverflowError:
            continue
        assert svg_noir_et_blanc(code) == _svg_de_segno(code)
    micro = segno.make_micro("12345")
    assert svg_noir_et_blanc(micro) == str(
        micro.svg_data_uri(scale=1, border=4, dark="#000000", light="#ffffff")
    )
