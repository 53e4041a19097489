"""Helpers of the signature tests: poppler's pdfsig, a local fake TSA, one-byte tampering.

`pdfsig` (Debian poppler-utils) is the validator independent of pyHanko: its report is parsed
into one dict per signature field. The fake TSA is a real HTTP server on 127.0.0.1 answering
RFC 3161 requests with pyHanko's `DummyTimeStamper` (signed by a test TSA certificate), so the
`--tsa` path runs through pyHanko's own HTTP client, offline.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from asn1crypto import keys, tsp, x509
from pyhanko.sign.timestamps import DummyTimeStamper

from tests.signature.certificats import Paire


def pdfsig(pdf: bytes) -> list[dict[str, str]]:
    """pdfsig's report of each signature field, e.g. {"Signature Field Name": …, "Signature Validation": …}.

    `-nocert`: the certificate chain is not checked by pdfsig (our test CA is not in its NSS
    store, and it must not go online); the chain is checked by pyHanko with the test CA as root.
    An empty field gets {"Signature Field Name": …, "etat": "The signature form field is not signed."}.
    """
    if shutil.which("pdfsig") is None:  # a red test, never a silent skip: the second validator is required
        pytest.fail("pdfsig manque : installez poppler-utils (Debian), voir .ci/run")
    with tempfile.TemporaryDirectory() as dossier:
        chemin = Path(dossier) / "signe.pdf"
        chemin.write_bytes(pdf)
        sortie = subprocess.run(
            ["pdfsig", "-nocert", str(chemin)], capture_output=True, text=True, check=False, timeout=60
        )
    signatures: list[dict[str, str]] = []
    for ligne in sortie.stdout.splitlines():
        if re.match(r"Signature #\d+:", ligne):
            signatures.append({})
        elif signatures and (champ := re.match(r"\s+- ([^:]+): (.*)", ligne)):
            signatures[-1][champ.group(1)] = champ.group(2)
        elif signatures and ligne.strip() == "- Total document signed":
            signatures[-1]["Total document signed"] = "oui"
        elif signatures and ligne.startswith("  ") and ligne.strip():
            signatures[-1]["etat"] = ligne.strip()
    assert signatures or "does not contain any signatures" in sortie.stdout + sortie.stderr, sortie
    return signatures


def falsifier(pdf: bytes, position: int) -> bytes:
    """The same file with the byte at `position` changed (so its length and offsets stay)."""
    falsifie = bytearray(pdf)
    falsifie[position] ^= 0x01
    return bytes(falsifie)


def plages_signees(pdf: bytes) -> list[tuple[int, int]]:
    """The /ByteRange of the last signature: [(start, end), (start, end)]."""
    valeurs = [int(v) for v in re.findall(rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)", pdf)[-1]]
    return [(valeurs[0], valeurs[0] + valeurs[1]), (valeurs[2], valeurs[2] + valeurs[3])]


class ServeurHorodatage:
    """A fake RFC 3161 TSA on 127.0.0.1 (port chosen by the system), counting the requests."""

    def __init__(self, tsa: Paire, ac: Paire) -> None:
        horodateur = DummyTimeStamper(
            tsa_cert=x509.Certificate.load(tsa.certificat_der()),
            tsa_key=keys.PrivateKeyInfo.load(tsa.cle_der()),
            certs_to_embed=[x509.Certificate.load(ac.certificat_der())],
        )
        serveur = self
        self.requetes = 0

        class Guichet(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                serveur.requetes += 1
                demande = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
                reponse = horodateur.request_tsa_response(demande).dump()
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(reponse)))
                self.end_headers()
                self.wfile.write(reponse)

            def log_message(self, format: str, *args: object) -> None:  # quiet
                pass

        self._http = ThreadingHTTPServer(("127.0.0.1", 0), Guichet)
        self.url = f"http://127.0.0.1:{self._http.server_address[1]}/tsa"

    @contextmanager
    def en_service(self) -> Iterator[ServeurHorodatage]:
        fil = threading.Thread(target=self._http.serve_forever, daemon=True)
        fil.start()
        try:
            yield self
        finally:
            self._http.shutdown()
            self._http.server_close()
            fil.join(timeout=10)


def url_sans_serveur() -> str:
    """A loopback URL where nothing listens (a port just released by the system)."""
    import socket

    with socket.socket() as prise:
        prise.bind(("127.0.0.1", 0))
        port = prise.getsockname()[1]
    return f"http://127.0.0.1:{port}/tsa"
