"""EPC QR code for a SEPA credit transfer (« code QR de virement », EPC069-12 v2.1, version 002).

The payload is written by hand rather than by `segno.helpers.make_epc_qr`, which drops the
trailing zeros of the amount ("EUR2480"): the letter states « 2 480,00 € », the code says
"EUR2480.00", both exact. Character set 1 (UTF-8), error correction level M, at most QR version 13
and 331 bytes, as the standard requires. Rendering is deterministic: the same transfer gives the
same SVG and PNG bytes.

Refused (RENDU-05), never fixed silently: an amount ≤ 0, ≥ 1 000 000 000 or with more than two
decimals; a beneficiary name empty or over 70 characters; an invalid IBAN or BIC; a remittance text
empty or over 140 characters; a line break in any field.

Public API
    VirementEpc(beneficiaire: str, iban: str, montant: Decimal, libelle: str, bic: str | None = None)
        .charge_utile() -> bytes       the EPC payload
        .qr() -> segno.QRCode
        .svg_data_uri() -> str         for the HTML (`<img src=…>`)
        .png() -> bytes                for the DOCX (docxtpl InlineImage)
    png_noir_et_blanc(code: segno.QRCode) -> bytes   segno's PNG of a code (8 px a module), faster
    svg_noir_et_blanc(code: segno.QRCode) -> str     segno's SVG data URI of a code, faster

>>> v = VirementEpc("Atelier Durand SARL", "FR76 3000 6000 0112 3456 7890 189", Decimal("2480"),
...                 "Facture F-2025-118", bic="AGRIFRPPXXX")
>>> v.charge_utile().decode().split("\\n")  # doctest: +NORMALIZE_WHITESPACE
['BCD', '002', '1', 'SCT', 'AGRIFRPPXXX', 'Atelier Durand SARL', 'FR7630006000011234567890189',
 'EUR2480.00', '', '', 'Facture F-2025-118']
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from urllib.parse import quote

import segno
from stdnum import bic as stdnum_bic
from stdnum import iban as stdnum_iban
from stdnum.exceptions import ValidationError

from dossier.errors import RenderFailure
from dossier.findings import constat

MONTANT_MAX = Decimal("1000000000")  # EPC069-12: at most 999999999.99
CENTIME = Decimal("0.01")
NOM_MAX, LIBELLE_MAX, CHARGE_MAX, VERSION_QR_MAX = 70, 140, 331, 13
_SAUTS = frozenset("\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def _refus(message: str) -> RenderFailure:
    return RenderFailure([constat("RENDU-05", message)])


@lru_cache(maxsize=64)
def _encoder(charge: bytes) -> segno.QRCode:
    """The QR code of a payload, encoded once per process: the PDF's SVG and the DOCX's PNG of a
    letter, and its copy in the injonction bundle, draw the same code."""
    return segno.make_qr(charge, error="m", boost_error=False)


@dataclass(frozen=True)
class VirementEpc:
    beneficiaire: str
    iban: str
    montant: Decimal
    libelle: str
    bic: str | None = None

    def __post_init__(self) -> None:
        for champ in ("beneficiaire", "libelle", "iban", "bic"):
            valeur = getattr(self, champ)
            if valeur is not None and _SAUTS.intersection(valeur):
                raise _refus(f"Code QR de paiement : le champ {champ} contient un saut de ligne.")
        if not isinstance(self.montant, Decimal) or not self.montant.is_finite():
            raise _refus(f"Code QR de paiement : montant {self.montant!r} ; un Decimal est attendu.")
        if not Decimal(0) < self.montant < MONTANT_MAX:
            raise _refus(
                f"Code QR de paiement : montant {self.montant} hors des bornes du standard EPC "
                "(strictement positif et inférieur à 1 000 000 000 €)."
            )
        if self.montant != self.montant.quantize(CENTIME):
            raise _refus(f"Code QR de paiement : montant {self.montant} à plus de deux décimales.")
        if not 0 < len(self.beneficiaire.strip()) <= NOM_MAX:
            raise _refus(
                f"Code QR de paiement : nom du bénéficiaire vide ou de plus de {NOM_MAX} caractères."
            )
        if not 0 < len(self.libelle.strip()) <= LIBELLE_MAX:
            raise _refus(f"Code QR de paiement : libellé vide ou de plus de {LIBELLE_MAX} caractères.")
        try:
            stdnum_iban.validate(self.iban)
            if self.bic is not None:
                stdnum_bic.validate(self.bic)
        except ValidationError as exc:
            raise _refus(f"Code QR de paiement : IBAN ou BIC invalide ({exc}).") from exc
        self.charge_utile()  # refuses a payload over 331 bytes now, not when the letter is laid out

    def charge_utile(self) -> bytes:
        champs = [
            "BCD",  # service tag
            "002",  # version
            "1",  # character set: UTF-8
            "SCT",  # identification: SEPA credit transfer
            stdnum_bic.compact(self.bic) if self.bic else "",
            self.beneficiaire.strip(),
            stdnum_iban.compact(self.iban),
            f"EUR{self.montant:.2f}",
            "",  # purpose code
            "",  # structured creditor reference (ISO 11649): we give the unstructured text instead
            self.libelle.strip(),
        ]
        charge = "\n".join(champs).encode("utf-8")
        if len(charge) > CHARGE_MAX:
            raise _refus(f"Code QR de paiement : {len(charge)} octets, le standard en permet {CHARGE_MAX}.")
        return charge

    def qr(self) -> segno.QRCode:
        code = _encoder(self.charge_utile())
        if not isinstance(code.version, int) or code.version > VERSION_QR_MAX:
            raise _refus(f"Code QR de paiement : version {code.version} au-delà de {VERSION_QR_MAX}.")
        return code

    def svg_data_uri(self) -> str:
        return svg_noir_et_blanc(self.qr())

    def png(self) -> bytes:
        return png_noir_et_blanc(self.qr())


MARGE_SVG = 4  # modules of quiet zone
_MODULES_SOMBRES = re.compile(b"\x01+")


def svg_noir_et_blanc(code: segno.QRCode) -> str:
    """The data URI of segno's `code.svg_data_uri(scale=1, border=4, dark="#000000",
    light="#ffffff")`, written without its module-by-module Python loop: a white square, then one
    path of horizontal strokes, a stroke for each run of dark modules of a row, each move relative
    to the end of the stroke before (the first absolute, half a module down: the stroke's middle),
    as segno writes them; the same percent-encoding of every byte but letters, digits and « _.-~ ».
    (segno would open on an empty stroke if the first module were light: a QR code's never is, it
    is the corner of a finder pattern.)
    tests/unit/test_render_epc.py compares the URIs with segno's on the samples' codes and others."""
    cote = int(code.symbol_size(scale=1, border=MARGE_SVG)[0])
    traits: list[tuple[int, int, float]] = []  # (first module, last + 1, the row's middle)
    for rang, rangee in enumerate(code.matrix):
        milieu = MARGE_SVG + rang + 0.5
        traits += [
            (MARGE_SVG + run.start(), MARGE_SVG + run.end(), milieu)
            for run in _MODULES_SOMBRES.finditer(bytes(rangee))
        ]
    chemin: list[str] = []
    x, y = 0, 0.0
    for debut, fin, milieu in traits:
        dy = milieu - y
        chemin.append(f"{'m' if chemin else 'M'}{debut - x} {int(dy) if int(dy) == dy else dy}h{fin - debut}")
        x, y = fin, milieu
    svg = (
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{cote}' height='{cote}' class='segno'>"
        f"<path fill='#fff' d='M0 0h{cote}v{cote}h-{cote}z'/>"
        f"<path class='qrline' stroke='#000' d='{''.join(chemin)}'/></svg>"
    )
    return "data:image/svg+xml;charset=utf-8," + quote(svg.encode("utf-8"), safe=b"")


ECHELLE_PNG, MARGE_PNG = 8, 4  # pixels a module, modules of quiet zone
_SOMBRE_CLAIR = bytes.maketrans(b"\x00\x01", b"\xff\x00")  # a module (1: dark) → its 8 pixels' byte


def _bloc_png(nom: bytes, donnees: bytes) -> bytes:
    return struct.pack(">I", len(donnees)) + nom + donnees + struct.pack(">I", zlib.crc32(nom + donnees))


def png_noir_et_blanc(code: segno.QRCode) -> bytes:
    """The bytes of segno's `code.save(…, kind="png", scale=8, border=4, dark="#000000",
    light="#ffffff")`, written without its pixel-by-pixel Python loop: a greyscale PNG of one bit
    a pixel (0 black, 1 white), so that at 8 pixels a module each module is one byte (0x00 or
    0xFF) of its scanline; each module row's scanline (filter « None ») is followed by 7 scanlines
    with filter « Up » and no difference, as segno writes them; the same `zlib` level 9.
    tests/unit/test_render_epc.py compares the bytes with segno's on the samples' codes and others."""
    largeur_modules, hauteur_modules = (int(n) for n in code.symbol_size(scale=1, border=0))
    octets_ligne = largeur_modules + 2 * MARGE_PNG  # bytes a scanline: 8 one-bit pixels a module
    marge = b"\xff" * MARGE_PNG
    bord = (b"\x00" + b"\xff" * octets_ligne) * (MARGE_PNG * ECHELLE_PNG)
    repetee = (b"\x02" + b"\x00" * octets_ligne) * (ECHELLE_PNG - 1)
    lignes = [bord]
    for rangee in code.matrix:
        lignes += [b"\x00", marge, bytes(rangee).translate(_SOMBRE_CLAIR), marge, repetee]
    lignes.append(bord)
    largeur = octets_ligne * ECHELLE_PNG
    hauteur = (hauteur_modules + 2 * MARGE_PNG) * ECHELLE_PNG
    return b"".join(
        (
            b"\x89PNG\r\n\x1a\n",
            _bloc_png(b"IHDR", struct.pack(">2I5B", largeur, hauteur, 1, 0, 0, 0, 0)),
            _bloc_png(b"IDAT", zlib.compress(b"".join(lignes), 9)),
            _bloc_png(b"IEND", b""),
        )
    )
