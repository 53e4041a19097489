"""No location leaves with a scan (issue 15): a photo's EXIF data — GPS position, camera, date —
never reaches the stamped pièce or the bundle; the image is redrawn, not copied."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from pypdf import PdfReader

from dossier.assemble.pieces import preparer_pieces, sources_pieces
from tests.assemble.outils import copier_echantillon, creance

PHOTO = "pieces/bon-livraison-BL-2025-118.jpg"  # echanges[0].piece of injonction-b2b


def test_la_position_gps_d_une_photo_ne_passe_pas(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path)
    fichier = claim.parent / PHOTO
    image = Image.open(fichier)
    exif = image.getexif()
    exif[0x010F] = "Fabricant-Trace"  # Make
    exif.get_ifd(0x8825).update({1: "N", 2: (48.0, 51.0, 29.0), 3: "E", 4: (2.0, 17.0, 40.0)})  # GPS
    sortie = io.BytesIO()
    image.save(sortie, "JPEG", exif=exif.tobytes())
    fichier.write_bytes(sortie.getvalue())
    assert b"Fabricant-Trace" in fichier.read_bytes()  # the input does carry it

    lue = creance(claim)
    (piece,) = preparer_pieces(lue, [s for s in sources_pieces(lue, {}) if s.chemin == Path(PHOTO)])
    assert b"Fabricant-Trace" not in piece.pdf and b"Exif\x00\x00" not in piece.pdf
    for page in PdfReader(io.BytesIO(piece.pdf)).pages:
        for dessin in page.images:
            assert b"Exif" not in dessin.data and not dessin.image.getexif()
