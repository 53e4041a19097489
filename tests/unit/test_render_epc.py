"""EPC QR payload (EPC069-12, version 002): exact fields, refusals, deterministic images.

Decoding the QR from the rendered PDF page and from the DOCX image: test_render_letter.py.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from dossier.errors import RenderFailure
from dossier.render.epc import VirementEpc

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
