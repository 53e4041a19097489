"""What the largest pièce dossier accepts costs (issues 15, 23): time and peak memory, each in a
fresh process, beside the same work on the sample's ordinary pièce measured in the same run.

Three inputs at their bound (dossier/assemble/bornes.py) replace a pièce of the injonction-b2b
sample: a PDF of `PAGES` pages of text, a PNG scan of nearly `PIXELS` pixels, an .eml of nearly
`COURRIEL_OCTETS` with one attachment; each is read, laid out and stamped (`preparer_pieces` on
that one source). The machine is shared and noisy: read the ratios, not the seconds.

    python benchmarks/piece_maximale.py
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from dossier.assemble import bornes
from dossier.render.pdf import ecrire_pdf

DEPOT = Path(__file__).resolve().parent.parent
ECHANTILLON = DEPOT / "samples" / "injonction-b2b"
ENFANT = """
import json, resource, sys, time
from pathlib import Path
from dossier.assemble.pieces import preparer_pieces, sources_pieces
from dossier.model import charger
creance = charger(Path(sys.argv[1]) / "claim.yaml")
source = next(s for s in sources_pieces(creance, {}) if s.origine == sys.argv[2])
debut = time.perf_counter()
(piece,) = preparer_pieces(creance, [source])
memoire = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(json.dumps({"secondes": time.perf_counter() - debut, "pages": piece.pages, "memoire_mo": memoire}))
"""


def pdf(pages: int) -> bytes:
    page = "<section style='break-after: page'><h1>Facture F-2025-211, page {n}</h1><p>{texte}</p></section>"
    corps = "".join(page.format(n=n, texte="Texte du contrat. " * 150) for n in range(1, pages + 1))
    return ecrire_pdf(f"<html><body>{corps}</body></html>", "pieces/courriel.html", "PDF d'essai")


def png(pixels: int) -> bytes:
    """A scan-like page: white, with a band of grain every tenth of its height (a scan compresses;
    pure noise of that size would pass the file-size bound first)."""
    cote = int(pixels**0.5)
    image = Image.new("L", (cote, cote), 255)
    grain = Image.effect_noise((cote, cote // 100), 60).convert("L")
    for rang in range(10):
        image.paste(grain, (0, rang * cote // 10))
    sortie = io.BytesIO()
    image.save(sortie, "PNG")
    return sortie.getvalue()


def eml(octets: int) -> bytes:
    entete = (
        b"From: a@example.org\nTo: b@example.org\nSubject: Relance\nMIME-Version: 1.0\n"
        b'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n'
        b"Bonjour.\n--b\nContent-Type: application/octet-stream\n"
        b'Content-Disposition: attachment; filename="releve.pdf"\nContent-Transfer-Encoding: base64\n\n'
    )
    return entete + b"QUJD" * ((octets - len(entete) - 100) // 4) + b"\n--b--\n"


def mesurer(dossier: Path, origine: str) -> dict[str, float]:
    commande = [sys.executable, "-c", ENFANT, str(dossier), origine]
    return dict(json.loads(subprocess.run(commande, capture_output=True, text=True, check=True).stdout))


CAS: tuple[tuple[str, str, str, Callable[[], bytes]], ...] = (
    ("PDF", "factures[0].piece", "pieces/facture-F-2025-211.pdf", lambda: pdf(bornes.PAGES)),
    ("PNG", "courriers[2].accuse_reception.piece", "pieces/ar-1A20345678912.png",
     lambda: png(bornes.PIXELS - 1_000_000)),
    ("courriel", "echanges[2].piece", "pieces/courriel-2025-12-02.eml",
     lambda: eml(bornes.COURRIEL_OCTETS - 10_000)),
)  # fmt: skip


def main() -> None:
    print(f"{'pièce':<9} {'taille':>9} {'pages':>6} {'secondes':>9} {'× ordinaire':>12} {'mémoire max':>12}")
    with tempfile.TemporaryDirectory() as temporaire:
        for nom, origine, fichier, contenu in CAS:
            ordinaire = mesurer(ECHANTILLON, origine)
            dossier = Path(temporaire) / nom
            shutil.copytree(ECHANTILLON, dossier)
            (dossier / fichier).write_bytes(contenu())
            taille = (dossier / fichier).stat().st_size / 1e6
            grand = mesurer(dossier, origine)
            rapport = grand["secondes"] / ordinaire["secondes"]
            print(
                f"{nom:<9} {taille:>6.1f} Mo {grand['pages']:>6.0f} {grand['secondes']:>9.2f} "
                f"{rapport:>12.1f} {grand['memoire_mo']:>9.0f} Mo"
            )


if __name__ == "__main__":
    main()
