"""The creditor's electronic signature of the échéancier (PAdES), and the debtor's empty field.

What is signed, and how
    `dossier build … --sign creancier.p12` signs `echeancier.pdf` with the creditor's key: a
    PAdES baseline signature (ETSI EN 319 142-1), level B-B, or B-T when `--tsa URL` adds an
    RFC 3161 timestamp of the signature; SHA-256, sub-filter ETSI.CAdES.detached; reason
    « Échéancier accepté par le créancier », place: the creditor's town. The signature field is
    visible in the creditor's signature zone. In the same incremental update, and before the
    signature is computed, an EMPTY signature field « Signature du débiteur » is laid on the
    debtor's zone: the debtor signs it later in his PDF reader, which appends a new revision and
    leaves the creditor's intact. Nothing modifies the file after the creditor's signature (it is
    the last step of the build); the DOCX twin is never signed.

PDF/A
    The unsigned échéancier is PDF/A-3b (`render.pdf`). pyHanko draws the visible signature in
    Courier, a standard font it does not embed (embedding one needs its `opentype` extra,
    uharfbuzz, not a dependency of dossier), and writes its own producer in the XMP metadata but
    not in the Info dictionary: a signed échéancier would break the claim. The same incremental
    update therefore removes the catalog's XMP metadata (`/Metadata`, which carries the claim):
    a signed échéancier declares no PDF/A conformance rather than a false one.

Time
    The signature states when it was made: pyHanko stamps it with the real clock, not the
    « as of » day. A signed `echeancier.pdf` is therefore the one documented exception to
    byte-identical builds; every unsigned file of the pack stays byte-identical.

Law [U]
    C. civ. art. 1367 al. 2: an electronic signature is « l'usage d'un procédé fiable
    d'identification garantissant son lien avec l'acte auquel elle s'attache »; its reliability is
    presumed only for a qualified signature (décret n° 2017-1416). Which level a key reaches
    depends on its certificate, which dossier does not judge; it checks that the certificate is in
    its validity period.

Public API
    CleSignature                                 the creditor's key, opened and checked
    charger_cle(chemin, mot_de_passe, instant, tsa=None) -> CleSignature
    Zone(page, rectangle) ; ZonesSignature(debiteur, creancier)
    signer_pdf(pdf, cle, zones, lieu, contact=None) -> bytes
    signer_echeancier(fichiers, creance, cle) -> bytes      (called last by pipeline.build)
    zones_de_l_acte(pdf) -> ZonesSignature                  the boxes `render.zones` finds
    CHAMP_DEBITEUR, CHAMP_CREANCIER, MOTIF, ECHEANCIER
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509 as pyca_x509
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields, signers
from pyhanko.sign.fields import SigFieldSpec, SigSeedSubFilter
from pyhanko.sign.general import SigningError
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.timestamps.common_utils import TimestampRequestError
from pyhanko.stamp import TextStampStyle

from dossier import vocabulaire
from dossier.errors import DossierError, RenderFailure, UsageProblem
from dossier.exit_codes import ExitCode
from dossier.findings import constat
from dossier.francais import date_longue
from dossier.model.claim import Creance
from dossier.render.zones import zones_signature

ECHEANCIER = f"{vocabulaire.ECHEANCIER}.pdf"
CHAMP_DEBITEUR = "Signature du débiteur"
CHAMP_CREANCIER = "Signature du créancier"
MOTIF = "Échéancier accepté par le créancier"
DELAI_TSA_SECONDES = 10
# Shown in the creditor's zone; %(signer)s and %(ts)s are filled in by pyHanko at signing time.
TEXTE_VISIBLE = "Signé électroniquement par\n%(signer)s\nle %(ts)s"
FORMAT_HEURE = "%d/%m/%Y %H:%M:%S %Z"


class CleInvalide(DossierError):
    """The key file, its passphrase or its certificate cannot be used: bad input (exit 3)."""

    exit_code = ExitCode.INVALID_INPUT


@dataclass(frozen=True)
class CleSignature:
    """A creditor's key, opened and checked, with the timestamp server to use (B-T) if any."""

    signer: signers.SimpleSigner
    titulaire: str  # the certificate's common name, for messages
    tsa: str | None = None


@dataclass(frozen=True)
class Zone:
    """A signature box: page index from 0, rectangle (x0, y0, x1, y1) in PDF points from bottom left."""

    page: int
    rectangle: tuple[float, float, float, float]

    def boite(self) -> tuple[int, int, int, int]:
        x0, y0, x1, y1 = self.rectangle
        return round(x0), round(y0), round(x1), round(y1)


@dataclass(frozen=True)
class ZonesSignature:
    debiteur: Zone
    creancier: Zone | None  # None: the creditor's signature is invisible (a field without a box)


def verifier_tsa(url: str) -> str:
    """An http(s) URL with a host, or a usage error (SIGN-07) before any work."""
    morceaux = urlsplit(url)
    if morceaux.scheme not in ("http", "https") or not morceaux.hostname:
        raise UsageProblem(
            [
                constat(
                    "SIGN-07",
                    f"« {url} » n'est pas l'adresse d'un serveur d'horodatage (http:// ou https://)",
                )
            ]
        )
    return url


def charger_cle(
    chemin: Path, mot_de_passe: str | None, instant: datetime, tsa: str | None = None
) -> CleSignature:
    """Open the PKCS#12 `chemin` and check its certificate is valid at `instant` (an aware datetime).

    The passphrase is never echoed in a message. An empty passphrase means « no passphrase ».
    """
    try:
        contenu = chemin.read_bytes()
    except OSError as erreur:
        raise CleInvalide(
            [constat("SIGN-02", f"la clé de signature {chemin} est illisible : {erreur.strerror}")]
        ) from None
    secret = mot_de_passe.encode("utf-8") if mot_de_passe else None
    try:
        cle, certificat, autres = pkcs12.load_key_and_certificates(contenu, secret)
    except (ValueError, TypeError):
        raise CleInvalide(
            [
                constat(
                    "SIGN-02",
                    f"la clé de signature {chemin} ne s'ouvre pas : phrase secrète incorrecte, "
                    "ou fichier qui n'est pas une clé PKCS#12 (.p12, .pfx)",
                )
            ]
        ) from None
    if cle is None or certificat is None:
        raise CleInvalide(
            [
                constat(
                    "SIGN-02",
                    f"le fichier {chemin} ne contient pas à la fois une clé privée et son certificat",
                )
            ]
        )
    titulaire = _titulaire(certificat)
    if instant < certificat.not_valid_before_utc:
        raise CleInvalide(
            [
                constat(
                    "SIGN-03",
                    f"le certificat de {titulaire} n'est valable qu'à partir du "
                    f"{date_longue(certificat.not_valid_before_utc.date())}",
                )
            ]
        )
    if instant > certificat.not_valid_after_utc:
        raise CleInvalide(
            [
                constat(
                    "SIGN-03",
                    f"le certificat de {titulaire} a expiré le "
                    f"{date_longue(certificat.not_valid_after_utc.date())}",
                )
            ]
        )
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(contenu, other_certs=(), passphrase=secret)
    except (ValueError, TypeError, NotImplementedError) as erreur:
        raise CleInvalide(
            [constat("SIGN-02", f"la clé de signature {chemin} n'est pas utilisable : {erreur}")]
        ) from None
    del autres  # the chain in the PKCS#12 is embedded by pyHanko itself, from its own reading
    return CleSignature(signer, titulaire, tsa)


def _titulaire(certificat: pyca_x509.Certificate) -> str:
    noms = certificat.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(noms[0].value) if noms else certificat.subject.rfc4514_string()


def signer_pdf(
    pdf: bytes, cle: CleSignature, zones: ZonesSignature, lieu: str, contact: str | None = None
) -> bytes:
    """Add the debtor's empty field, then sign for the creditor; one incremental update, returned whole."""
    ecrivain = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
    if "/Metadata" in ecrivain.root:  # no PDF/A claim the signature appearance would break (above)
        del ecrivain.root["/Metadata"]
        ecrivain.update_root()  # type: ignore[no-untyped-call]  # pyHanko leaves it unannotated
    # Before the signature: the empty debtor field is part of what the creditor signs.
    fields.append_signature_field(
        ecrivain, SigFieldSpec(CHAMP_DEBITEUR, on_page=zones.debiteur.page, box=zones.debiteur.boite())
    )
    metadonnees = signers.PdfSignatureMetadata(
        field_name=CHAMP_CREANCIER,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=MOTIF,
        location=lieu,
        contact_info=contact,
    )
    horodateur = HTTPTimeStamper(cle.tsa, timeout=DELAI_TSA_SECONDES) if cle.tsa else None
    signataire = signers.PdfSigner(
        metadonnees,
        cle.signer,
        timestamper=horodateur,
        stamp_style=TextStampStyle(stamp_text=TEXTE_VISIBLE, timestamp_format=FORMAT_HEURE, border_width=0),
        new_field_spec=SigFieldSpec(
            CHAMP_CREANCIER, on_page=zones.creancier.page, box=zones.creancier.boite()
        )
        if zones.creancier is not None
        else SigFieldSpec(CHAMP_CREANCIER, on_page=zones.debiteur.page),
    )
    try:
        sortie = signataire.sign_pdf(ecrivain)
    except (TimeoutError, TimestampRequestError, OSError) as erreur:
        raise RenderFailure(
            [
                constat(
                    "SIGN-04",
                    f"le serveur d'horodatage {cle.tsa} n'a pas répondu ({type(erreur).__name__}) : "
                    "l'échéancier n'est pas signé et rien n'est écrit",
                )
            ]
        ) from None
    except SigningError as erreur:
        raise RenderFailure(
            [constat("SIGN-08", f"la signature de l'échéancier a échoué : {erreur}")]
        ) from None
    return bytes(sortie.getvalue())


def signer_echeancier(
    fichiers: Mapping[str, bytes],
    creance: Creance,
    cle: CleSignature,
) -> bytes:
    """The signed `echeancier.pdf` of a pack; SIGN-05 (usage) when the pack has none."""
    pdf = fichiers.get(ECHEANCIER)
    if pdf is None:
        raise UsageProblem(
            [
                constat(
                    "SIGN-05",
                    "--sign est donné mais ce dossier ne produit pas d'échéancier",
                    que_faire="Relancez sans --sign : cette production n'a pas d'échéancier à signer.",
                )
            ]
        )
    creancier = creance.creancier
    contact = creancier.contact.email if creancier.contact is not None else None
    return signer_pdf(pdf, cle, zones_de_l_acte(pdf), creancier.adresse.ville, contact)


def zones_de_l_acte(pdf: bytes) -> ZonesSignature:
    """The boxes the renderer drew on the agreement's last page (`render.zones`; RENDU-06 if absent)."""
    trouvees = zones_signature(pdf)
    page, rectangle = trouvees["debiteur"]
    creancier = trouvees.get("creancier")
    return ZonesSignature(
        debiteur=Zone(page, rectangle),
        creancier=Zone(*creancier) if creancier is not None else None,
    )
