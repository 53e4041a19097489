"""Decode a payment QR code the way a banking app sees it: the page rendered, then scanned.

pdftoppm (Debian poppler-utils) renders the page, zbarimg (Debian zbar-tools) reads the code;
.ci/run installs both (docs/decisions.md « Tests of payment codes »).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def outil(nom: str) -> str:
    chemin = shutil.which(nom)
    if chemin is None:
        pytest.fail(f"{nom} manque : installez poppler-utils et zbar-tools (Debian), voir .ci/run")
    return chemin


def decoder_image(image: Path) -> list[str]:
    """The lines of the code's payload, as bytes decoded in UTF-8."""
    # -Sbinary: the bytes as they are (zbar would otherwise guess a charset and garble UTF-8).
    sortie = subprocess.run(
        [outil("zbarimg"), "--raw", "-q", "-Sbinary", str(image)], capture_output=True, check=True
    ).stdout
    return sortie.decode("utf-8").rstrip("\n").split("\n")


def decoder_page(pdf: bytes, page: int, dossier: Path) -> list[str]:
    """Render `page` (from 1) of `pdf` at 200 dpi in `dossier` and decode the QR code on it."""
    fichier = dossier / "lettre.pdf"
    fichier.write_bytes(pdf)
    commande = [outil("pdftoppm"), "-r", "200", "-png", "-f", str(page), "-l", str(page)]
    subprocess.run([*commande, str(fichier), str(dossier / "p")], check=True)
    (image,) = dossier.glob("p-*.png")
    return decoder_image(image)


def decoder_codes(pdf: bytes, page: int, dossier: Path) -> list[list[str]]:
    """Every EPC payment code on `page`, each as the lines of its payload (in no particular order).

    In binary mode zbarimg writes the payloads one after the other with nothing in between; an EPC
    payload always starts with « BCD » then « 002 » (EPC069-12 service tag and version), which is
    where one code ends and the next begins.
    """
    fichier = dossier / "codes.pdf"
    fichier.write_bytes(pdf)
    commande = [outil("pdftoppm"), "-r", "200", "-png", "-f", str(page), "-l", str(page)]
    subprocess.run([*commande, str(fichier), str(dossier / "c")], check=True)
    (image,) = dossier.glob("c-*.png")
    sortie = subprocess.run(
        [outil("zbarimg"), "--raw", "-q", "-Sbinary", str(image)], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [("BCD\n" + morceau).rstrip("\n").split("\n") for morceau in sortie.split("BCD\n")[1:]]
