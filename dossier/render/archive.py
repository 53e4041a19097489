"""An OOXML package's zip, the very bytes `zipfile` writes, its large unchanging parts deflated once.

Every DOCX letter carries the template's styles (`word/styles.xml`, `word/stylesWithEffects.xml`:
790 kB of XML, the same bytes in every letter); deflating them was most of what zipping a DOCX
cost. `zip_fixe` writes the archive itself — local headers, deflated data, central directory,
end record — exactly as `zipfile.ZipFile(…, "w")` + `writestr` write them for a member with a
fixed date (1980-01-01), `create_system` 0, `external_attr` 0 (which `zipfile` turns into
permissions 0o600) and the default deflate level, and keeps the deflated bytes of a large member
by its content: a member whose bytes were deflated before is not deflated again. Same content,
same deflated bytes (zlib is deterministic): the output is byte-identical, and
tests/unit/test_archive_zip.py compares it with `zipfile`'s on every DOCX of the samples.

An archive this writer was not made for (a member of 2 GiB, more than 65 535 members, a name
holding a NUL, which `zipfile` cuts) is left to `zipfile`.

Public API
    zip_fixe(membres: Mapping[str, bytes]) -> bytes   `[Content_Types].xml` first, then by name
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections import OrderedDict
from collections.abc import Mapping

DATE_ZIP = (1980, 1, 1, 0, 0, 0)
PREMIER_MEMBRE = "[Content_Types].xml"
GRAND_MEMBRE = 65_536  # bytes: a member this large has its deflated bytes kept
GARDES = 8  # large members kept (the letter template has two; a bound all the same)
VERSION = 20  # zipfile's DEFAULT_VERSION: what a deflated member needs and is made by
DEFLATE = zipfile.ZIP_DEFLATED
PERMISSIONS = 0o600 << 16  # what zipfile gives a member whose external_attr is 0
UTF8 = 0x800  # the flag of a member name that is not ASCII
LIMITE = (1 << 31) - 1  # zipfile's ZIP64_LIMIT
_HEURE = DATE_ZIP[3] << 11 | DATE_ZIP[4] << 5 | DATE_ZIP[5] // 2
_JOUR = (DATE_ZIP[0] - 1980) << 9 | DATE_ZIP[1] << 5 | DATE_ZIP[2]
_LOCAL = struct.Struct("<4s2B4HL2L2H")  # zipfile's structFileHeader
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")  # structCentralDir
_FIN = struct.Struct("<4s4H2LH")  # structEndArchive

_DEFLES: OrderedDict[bytes, tuple[int, bytes]] = OrderedDict()  # content → (CRC-32, deflated)


def _deflater(donnees: bytes) -> bytes:
    """What zipfile's `_ZipWriteFile` writes: one `compress` of the whole member, then `flush`."""
    compresseur = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return compresseur.compress(donnees) + compresseur.flush()


def _defle(donnees: bytes) -> tuple[int, bytes]:
    if len(donnees) < GRAND_MEMBRE:
        return zlib.crc32(donnees), _deflater(donnees)
    deja = _DEFLES.get(donnees)
    if deja is not None:
        _DEFLES.move_to_end(donnees)
        return deja
    if len(_DEFLES) >= GARDES:
        _DEFLES.popitem(last=False)
    deja = _DEFLES[donnees] = (zlib.crc32(donnees), _deflater(donnees))
    return deja


def _nom(nom: str) -> tuple[bytes, int]:
    """zipfile's `_encodeFilenameFlags`: ASCII as is, anything else UTF-8 with its flag."""
    try:
        return nom.encode("ascii"), 0
    except UnicodeEncodeError:
        return nom.encode("utf-8"), UTF8


def _par_zipfile(noms: list[str], membres: Mapping[str, bytes]) -> bytes:
    sortie = io.BytesIO()
    with zipfile.ZipFile(sortie, "w") as archive:
        for nom in noms:
            info = zipfile.ZipInfo(nom, date_time=DATE_ZIP)
            info.compress_type = DEFLATE
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, membres[nom])
    return sortie.getvalue()


def zip_fixe(membres: Mapping[str, bytes]) -> bytes:
    noms = sorted(membres, key=lambda n: (n != PREMIER_MEMBRE, n))
    if len(noms) > 0xFFFF or any("\0" in n or len(membres[n]) * 1.05 > LIMITE for n in noms):
        return _par_zipfile(noms, membres)
    corps, central = bytearray(), bytearray()
    for nom in noms:
        donnees = membres[nom]
        crc, defles = _defle(donnees)
        octets, drapeaux = _nom(nom)
        central += _CENTRAL.pack(
            b"PK\001\002", VERSION, 0, VERSION, 0, drapeaux, DEFLATE, _HEURE, _JOUR, crc,
            len(defles), len(donnees), len(octets), 0, 0, 0, 0, PERMISSIONS, len(corps),
        )  # fmt: skip
        central += octets
        corps += _LOCAL.pack(
            b"PK\003\004", VERSION, 0, drapeaux, DEFLATE, _HEURE, _JOUR, crc,
            len(defles), len(donnees), len(octets), 0,
        )  # fmt: skip
        corps += octets
        corps += defles
    if len(corps) + len(central) > LIMITE:
        return _par_zipfile(noms, membres)
    fin = _FIN.pack(b"PK\005\006", 0, 0, len(noms), len(noms), len(central), len(corps), 0)
    return bytes(corps + central + fin)
