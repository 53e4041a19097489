"""Read the signatures of a PDF back with pyHanko (for `dossier verify` and the tests).

Each signed field gives an `EtatSignature`: is the signed byte range unchanged (`intacte`), is
the cryptographic signature valid (`valide`), does the certificate chain lead to one of the
given trust roots (`de_confiance`; without roots, nothing is trusted), how much of the file it
covers (`couverture`: `ENTIRE_FILE` for the last revision, `ENTIRE_REVISION` once someone, e.g.
the debtor, has signed after it), what pyHanko's difference analysis found changed after it
(`modifications`: `FORM_FILLING` for a later signature, `OTHER` for anything else), and whether
it carries an RFC 3161 timestamp (PAdES B-T).
Empty signature fields are listed by `champs_vides`. Offline: no revocation is fetched.

Public API
    EtatSignature
    verifier_signatures(pdf: bytes, racines=()) -> list[EtatSignature]
    champs_vides(pdf: bytes) -> list[str]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from typing import Any

from asn1crypto import x509
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import EmbeddedPdfSignature, validate_pdf_signature
from pyhanko_certvalidator import ValidationContext


@dataclass(frozen=True)
class EtatSignature:
    champ: str
    signataire: str  # the certificate's subject, as pyHanko words it
    intacte: bool
    valide: bool
    de_confiance: bool
    couverture: str  # pyHanko's SignatureCoverageLevel name: ENTIRE_FILE, ENTIRE_REVISION…
    modifications: str  # what changed after it (ModificationLevel): NONE, FORM_FILLING… OTHER
    horodatee: bool
    horodatage_valide: bool
    heure_declaree: datetime | None  # the signer's own claim (the /M entry)
    motif: str | None
    lieu: str | None
    sous_filtre: str
    erreur: str | None = None  # why the signature could not even be read (it is then not valid)

    @property
    def en_ordre(self) -> bool:
        """Intact, valid, trusted, nothing but form filling (e.g. a later signature) after it, and
        (if timestamped) with a valid timestamp."""
        return (
            self.intacte
            and self.valide
            and self.de_confiance
            and self.modifications in ("NONE", "LTA_UPDATES", "FORM_FILLING")
            and (self.horodatage_valide or not self.horodatee)
        )


def verifier_signatures(pdf: bytes, racines: Sequence[bytes] = ()) -> list[EtatSignature]:
    """Every signature of `pdf`, validated against the DER-encoded trust roots `racines`, in
    signing order; one that cannot even be read comes last, invalid, with the reason."""
    lecteur = PdfFileReader(BytesIO(pdf), strict=False)
    ancres = [x509.Certificate.load(r) for r in racines]
    lues: list[tuple[int, EtatSignature]] = []
    illisibles: list[EtatSignature] = []
    # Each field on its own, not pyHanko's `embedded_regular_signatures`: that list is built in one
    # go, so one damaged signature value would raise for all, and a signature with an unknown
    # SubFilter would be left out in silence.
    for nom, objet, champ in enumerate_sig_fields(lecteur, filled_status=True):
        dictionnaire = objet.get_object()
        if dictionnaire.get("/Type", "/Sig") != "/Sig":  # a document timestamp, not a signature
            continue
        try:
            signature = EmbeddedPdfSignature(lecteur, champ, nom)
            lues.append((signature.signed_revision, _etat(signature, ancres)))
        except (ValueError, TypeError, KeyError, AssertionError, PdfError) as erreur:
            illisibles.append(_illisible(nom, dictionnaire, erreur))
    return [etat for _, etat in sorted(lues, key=lambda paire: paire[0])] + illisibles


def _etat(signature: EmbeddedPdfSignature, ancres: Sequence[x509.Certificate]) -> EtatSignature:
    contexte = ValidationContext(trust_roots=ancres, allow_fetching=False)
    contexte_horodatage = ValidationContext(trust_roots=ancres, allow_fetching=False)
    statut = validate_pdf_signature(signature, contexte, ts_validation_context=contexte_horodatage)
    dictionnaire = signature.sig_object
    horodatage = statut.timestamp_validity
    return EtatSignature(
        champ=str(signature.field_name),
        signataire=str(statut.signing_cert.subject.human_friendly),
        intacte=bool(statut.intact),
        valide=bool(statut.valid),
        de_confiance=bool(statut.trusted),
        couverture=statut.coverage.name if statut.coverage is not None else "UNCLEAR",
        modifications=niveau.name if (niveau := statut.modification_level) is not None else "OTHER",
        horodatee=horodatage is not None,
        horodatage_valide=horodatage is not None
        and bool(horodatage.intact and horodatage.valid and horodatage.trusted),
        heure_declaree=signature.self_reported_timestamp,
        motif=_texte(dictionnaire.get("/Reason")),
        lieu=_texte(dictionnaire.get("/Location")),
        sous_filtre=str(dictionnaire.get("/SubFilter", "")),
    )


def _illisible(nom: str, dictionnaire: Any, erreur: Exception) -> EtatSignature:
    return EtatSignature(
        champ=str(nom),
        signataire="",
        intacte=False,
        valide=False,
        de_confiance=False,
        couverture="UNCLEAR",
        modifications="OTHER",
        horodatee=False,
        horodatage_valide=False,
        heure_declaree=None,
        motif=_texte(dictionnaire.get("/Reason")),
        lieu=_texte(dictionnaire.get("/Location")),
        sous_filtre=str(dictionnaire.get("/SubFilter", "")),
        erreur=f"signature illisible ({type(erreur).__name__} : {erreur})",
    )


def champs_vides(pdf: bytes) -> list[str]:
    """The names of the signature fields nobody has signed yet."""
    lecteur = PdfFileReader(BytesIO(pdf), strict=False)
    return [str(nom) for nom, _, _ in enumerate_sig_fields(lecteur, filled_status=False)]


def _texte(valeur: object) -> str | None:
    return None if valeur is None else str(valeur)
