"""Throwaway keys for the signature tests, made at test time (never a key stored in the repository).

A self-signed test CA issues the creditor's signing certificate (packed as a PKCS#12 with a
passphrase, as a real creditor's key would be) and a timestamping certificate for the fake TSA.
RSA 2048, SHA-256: what PAdES baseline profiles and poppler's pdfsig both accept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

MOT_DE_PASSE = "correct horse battery staple"


@dataclass(frozen=True)
class Paire:
    cle: rsa.RSAPrivateKey
    certificat: x509.Certificate

    def cle_der(self) -> bytes:
        return self.cle.private_bytes(
            serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def certificat_der(self) -> bytes:
        return self.certificat.public_bytes(serialization.Encoding.DER)


def _nom(commun: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Atelier Durand SARL"),
            x509.NameAttribute(NameOID.COMMON_NAME, commun),
        ]
    )


def _cle() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def autorite(maintenant: datetime | None = None) -> Paire:
    maintenant = maintenant or datetime.now(UTC)
    cle = _cle()
    nom = _nom("AC de test dossier")
    certificat = (
        x509.CertificateBuilder()
        .subject_name(nom)
        .issuer_name(nom)
        .public_key(cle.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(maintenant - timedelta(days=1))
        .not_valid_after(maintenant + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(cle.public_key()), critical=False)
        .sign(cle, hashes.SHA256())
    )
    return Paire(cle, certificat)


def emis_par(
    ac: Paire,
    commun: str,
    *,
    debut: datetime | None = None,
    fin: datetime | None = None,
    horodatage: bool = False,
) -> Paire:
    """A leaf certificate: the creditor's signing key, or (`horodatage`) a TSA's."""
    maintenant = datetime.now(UTC)
    cle = _cle()
    constructeur = (
        x509.CertificateBuilder()
        .subject_name(_nom(commun))
        .issuer_name(ac.certificat.subject)
        .public_key(cle.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(debut or maintenant - timedelta(days=1))
        .not_valid_after(fin or maintenant + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=not horodatage,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(cle.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ac.cle.public_key()), critical=False
        )
    )
    if horodatage:  # RFC 3161 § 2.3: the only EKU, critical
        constructeur = constructeur.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True
        )
    return Paire(cle, constructeur.sign(ac.cle, hashes.SHA256()))


def ecrire_p12(chemin: Path, signataire: Paire, ac: Paire, mot_de_passe: str = MOT_DE_PASSE) -> Path:
    chemin.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"creancier",
            signataire.cle,
            signataire.certificat,
            [ac.certificat],
            serialization.BestAvailableEncryption(mot_de_passe.encode("utf-8")),
        )
    )
    return chemin
