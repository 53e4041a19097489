"""The creditor's PAdES signature and the debtor's empty field, read back by two validators.

pyHanko (with the throwaway test CA as the only trust root) and poppler's pdfsig must both find
the creditor's signature intact, valid and covering the whole file; one changed byte inside the
signed range must make both refuse it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import signers
from pyhanko.sign.fields import SigSeedSubFilter
from pypdf import PdfReader

from dossier.assemble.signature import (
    CHAMP_CREANCIER,
    CHAMP_DEBITEUR,
    MOTIF,
    CleInvalide,
    CleSignature,
    Zone,
    ZonesSignature,
    charger_cle,
    signer_pdf,
    verifier_tsa,
    zones_de_l_acte,
)
from dossier.assemble.verification import champs_vides, verifier_signatures
from dossier.errors import RenderFailure, UsageProblem
from dossier.exit_codes import ExitCode
from tests.pdfa import declare_pdfa, ecarts_pdfa
from tests.signature.certificats import MOT_DE_PASSE, Paire, autorite, ecrire_p12, emis_par
from tests.signature.conftest import ZONES_ESSAI
from tests.signature.outils import ServeurHorodatage, falsifier, pdfsig, plages_signees, url_sans_serveur


def test_pyhanko_signature_intacte_valide_de_confiance(signe: bytes, ac: Paire) -> None:
    (etat,) = verifier_signatures(signe, [ac.certificat_der()])
    assert etat.champ == CHAMP_CREANCIER
    assert "Claire Durand" in etat.signataire
    assert etat.intacte and etat.valide and etat.de_confiance and etat.en_ordre
    assert etat.couverture == "ENTIRE_FILE" and etat.modifications == "NONE"
    assert etat.sous_filtre == "/ETSI.CAdES.detached"  # PAdES, not the legacy adbe.pkcs7.detached
    assert (etat.motif, etat.lieu) == (MOTIF, "Lyon")
    assert not etat.horodatee  # B-B: no timestamp asked for
    assert etat.heure_declaree is not None
    assert abs(etat.heure_declaree - datetime.now(UTC)) < timedelta(hours=1)  # the real clock


def test_pyhanko_sans_racine_de_confiance_refuse_la_confiance(signe: bytes) -> None:
    # the trust check can fail: a chain to an unknown CA is not trusted
    (etat,) = verifier_signatures(signe)
    assert etat.intacte and etat.valide
    assert not etat.de_confiance and not etat.en_ordre


def test_pdfsig_signature_valide_et_document_entier(signe: bytes) -> None:
    creancier = next(s for s in pdfsig(signe) if s["Signature Field Name"] == CHAMP_CREANCIER)
    assert creancier["Signature Validation"] == "Signature is Valid."
    assert creancier["Total document signed"] == "oui"
    assert creancier["Signing Hash Algorithm"] == "SHA-256"
    assert creancier["Signature Type"] == "ETSI.CAdES.detached"
    assert creancier["Signer Certificate Common Name"] == "Claire Durand"


def rectangles(pdf: bytes, nom: str) -> dict[int, list[tuple[int, ...]]]:
    """The widgets of field `nom`, by page index: their /Rect rounded to the point."""
    trouves: dict[int, list[tuple[int, ...]]] = {}
    for rang, page in enumerate(PdfReader(BytesIO(pdf)).pages):
        for annotation in page.get("/Annots", []):
            if annotation.get_object().get("/T") == nom:
                rect = tuple(round(float(v)) for v in annotation.get_object()["/Rect"])
                trouves.setdefault(rang, []).append(rect)
    return trouves


def test_champ_vide_du_debiteur_nomme_et_place(signe: bytes) -> None:
    assert champs_vides(signe) == [CHAMP_DEBITEUR]
    debiteur = next(s for s in pdfsig(signe) if s["Signature Field Name"] == CHAMP_DEBITEUR)
    assert debiteur["etat"] == "The signature form field is not signed."
    assert rectangles(signe, CHAMP_DEBITEUR) == {1: [ZONES_ESSAI.debiteur.boite()]}
    assert ZONES_ESSAI.creancier is not None
    assert rectangles(signe, CHAMP_CREANCIER) == {1: [ZONES_ESSAI.creancier.boite()]}


def test_le_champ_du_debiteur_est_sous_la_signature(signe: bytes, pdf_essai: bytes) -> None:
    # Added before signing: the signature covers the whole file, the original bytes untouched
    # (one incremental update), and the debtor's field lies inside the signed bytes.
    assert signe.startswith(pdf_essai)
    (debut, fin), (reprise, total) = plages_signees(signe)
    assert debut == 0 and total == len(signe)
    champ = signe.index(b"Signature du d")
    assert champ < fin or champ >= reprise


def _dans_un_flux(pdf: bytes) -> int:
    """A byte inside the first content stream: changing it keeps the file parseable."""
    return pdf.index(b"stream\n") + len(b"stream\n") + 10


def _dans_le_motif(pdf: bytes) -> int:
    """A byte of the /Reason text in the signature dictionary (also signed)."""
    return pdf.index(b"/Reason") + len(b"/Reason") + 6


def test_signe_ne_se_dit_plus_pdfa(signe: bytes, pdf_essai: bytes) -> None:
    """pyHanko draws the signature in Courier, not embedded: the signed file drops the PDF/A claim
    (dossier/assemble/signature.py, PDF/A) rather than keep a false one; the unsigned one has it."""
    assert declare_pdfa(pdf_essai) and ecarts_pdfa(pdf_essai) == []
    assert not declare_pdfa(signe)
    assert PdfReader(BytesIO(signe)).xmp_metadata is None


@pytest.mark.parametrize("ou", [_dans_un_flux, _dans_le_motif], ids=["contenu", "motif"])
def test_un_octet_change_les_deux_validateurs_refusent(
    signe: bytes, ac: Paire, ou: Callable[[bytes], int]
) -> None:
    position = ou(signe)
    (debut, fin), (reprise, total) = plages_signees(signe)
    assert debut <= position < fin or reprise <= position < total  # inside the signed range
    falsifie = falsifier(signe, position)
    (etat,) = verifier_signatures(falsifie, [ac.certificat_der()])
    assert not etat.intacte and not etat.en_ordre
    creancier = next(s for s in pdfsig(falsifie) if s["Signature Field Name"] == CHAMP_CREANCIER)
    assert creancier["Signature Validation"] != "Signature is Valid."
    assert creancier["Signature Validation"] == "Digest Mismatch."


def test_horodatage_rfc3161_pades_b_t(pdf_essai: bytes, cle: CleSignature, ac: Paire) -> None:
    tsa = emis_par(ac, "Horodatage de test", horodatage=True)
    serveur = ServeurHorodatage(tsa, ac)
    with serveur.en_service():
        signe = signer_pdf(pdf_essai, replace(cle, tsa=serveur.url), ZONES_ESSAI, "Lyon")
    assert serveur.requetes >= 1
    (etat,) = verifier_signatures(signe, [ac.certificat_der()])
    assert etat.horodatee and etat.horodatage_valide and etat.en_ordre
    assert next(s for s in pdfsig(signe) if s["Signature Field Name"] == CHAMP_CREANCIER)[
        "Signature Validation"
    ] == ("Signature is Valid.")


def test_serveur_d_horodatage_injoignable(pdf_essai: bytes, cle: CleSignature) -> None:
    with pytest.raises(RenderFailure) as erreur:
        signer_pdf(pdf_essai, replace(cle, tsa=url_sans_serveur()), ZONES_ESSAI, "Lyon")
    assert erreur.value.exit_code == ExitCode.RENDER_FAILURE
    assert [c.code for c in erreur.value.constats] == ["SIGN-04"]
    assert "n'a pas répondu" in erreur.value.constats[0].message


@pytest.mark.parametrize("url", ["ftp://tsa.exemple.fr", "tsa.exemple.fr", "https://"])
def test_adresse_de_tsa_refusee(url: str) -> None:
    with pytest.raises(UsageProblem) as erreur:
        verifier_tsa(url)
    assert [c.code for c in erreur.value.constats] == ["SIGN-07"]


def test_zones_donnees_sont_respectees(pdf_essai: bytes, cle: CleSignature) -> None:
    zones = ZonesSignature(Zone(0, (60.0, 100.0, 260.0, 160.0)), Zone(1, (320.0, 100.0, 540.0, 170.0)))
    signe = signer_pdf(pdf_essai, cle, zones, "Lyon")
    assert rectangles(signe, CHAMP_DEBITEUR) == {0: [(60, 100, 260, 160)]}
    assert rectangles(signe, CHAMP_CREANCIER) == {1: [(320, 100, 540, 170)]}


def test_sans_cadre_du_creancier_signature_invisible(pdf_essai: bytes, cle: CleSignature, ac: Paire) -> None:
    signe = signer_pdf(pdf_essai, cle, replace(ZONES_ESSAI, creancier=None), "Lyon")
    (etat,) = verifier_signatures(signe, [ac.certificat_der()])
    assert etat.champ == CHAMP_CREANCIER and etat.en_ordre
    assert rectangles(signe, CHAMP_CREANCIER) == {1: [(0, 0, 0, 0)]}  # a field with no visible box
    assert champs_vides(signe) == [CHAMP_DEBITEUR]


def test_un_pdf_sans_cadres_n_est_pas_signe_au_hasard(pdf_essai: bytes) -> None:
    # The test letter has no signature boxes: the agreement's zones are not found, nothing is signed.
    with pytest.raises(RenderFailure, match="RENDU-06"):
        zones_de_l_acte(pdf_essai)


# --- the key -------------------------------------------------------------------------------------


def test_mauvaise_phrase_secrete(cle_p12: Path) -> None:
    with pytest.raises(CleInvalide) as erreur:
        charger_cle(cle_p12, "pas la bonne", datetime.now(UTC))
    assert erreur.value.exit_code == ExitCode.INVALID_INPUT
    (constat,) = erreur.value.constats
    assert constat.code == "SIGN-02" and "phrase secrète incorrecte" in constat.message
    assert "pas la bonne" not in str(erreur.value)


def test_cle_absente_ou_pas_pkcs12(tmp_path: Path) -> None:
    with pytest.raises(CleInvalide, match="SIGN-02") as erreur:
        charger_cle(tmp_path / "absente.p12", MOT_DE_PASSE, datetime.now(UTC))
    assert "illisible" in erreur.value.constats[0].message
    texte = tmp_path / "texte.p12"
    texte.write_text("ceci n'est pas une clé", encoding="utf-8")
    with pytest.raises(CleInvalide, match="SIGN-02"):
        charger_cle(texte, MOT_DE_PASSE, datetime.now(UTC))


@pytest.mark.parametrize(
    ("debut", "fin", "attendu"),
    [(-400, -30, "a expiré le"), (30, 400, "n'est valable qu'à partir du")],
    ids=["expire", "pas-encore-valable"],
)
def test_certificat_hors_validite(tmp_path: Path, debut: int, fin: int, attendu: str) -> None:
    ac = autorite(datetime.now(UTC) - timedelta(days=500))
    maintenant = datetime.now(UTC)
    paire = emis_par(
        ac, "Claire Durand", debut=maintenant + timedelta(days=debut), fin=maintenant + timedelta(days=fin)
    )
    chemin = ecrire_p12(tmp_path / "cle.p12", paire, ac)
    with pytest.raises(CleInvalide) as erreur:
        charger_cle(chemin, MOT_DE_PASSE, maintenant)
    (constat,) = erreur.value.constats
    assert constat.code == "SIGN-03" and attendu in constat.message and "Claire Durand" in constat.message


def test_le_debiteur_signe_ensuite_sans_casser_la_signature_du_creancier(
    signe: bytes, ac: Paire, tmp_path: Path
) -> None:
    """The workflow the empty field is for: the debtor signs it later, in a new revision."""
    debiteur = emis_par(ac, "Sophie Lambert")
    cle_debiteur = charger_cle(
        ecrire_p12(tmp_path / "debiteur.p12", debiteur, ac), MOT_DE_PASSE, datetime.now(UTC)
    )
    ecrivain = IncrementalPdfFileWriter(BytesIO(signe), strict=False)
    metadonnees = signers.PdfSignatureMetadata(field_name=CHAMP_DEBITEUR, subfilter=SigSeedSubFilter.PADES)
    deux_fois = signers.PdfSigner(metadonnees, cle_debiteur.signer).sign_pdf(
        ecrivain, existing_fields_only=True
    )
    pdf = bytes(deux_fois.getvalue())
    etats = {e.champ: e for e in verifier_signatures(pdf, [ac.certificat_der()])}
    assert etats[CHAMP_CREANCIER].en_ordre and etats[CHAMP_DEBITEUR].en_ordre
    assert etats[CHAMP_CREANCIER].couverture == "ENTIRE_REVISION"  # signed before the debtor's revision
    assert etats[CHAMP_CREANCIER].modifications == "FORM_FILLING"  # the debtor's signature, nothing else
    assert etats[CHAMP_DEBITEUR].couverture == "ENTIRE_FILE"
    assert champs_vides(pdf) == []
    rapport = {s["Signature Field Name"]: s for s in pdfsig(pdf)}
    assert {n: s["Signature Validation"] for n, s in rapport.items()} == {
        CHAMP_CREANCIER: "Signature is Valid.",
        CHAMP_DEBITEUR: "Signature is Valid.",
    }
    assert "Total document signed" not in rapport[CHAMP_CREANCIER]
    assert rapport[CHAMP_DEBITEUR]["Total document signed"] == "oui"


def test_une_revision_ulterieure_qui_change_l_acte_est_signalee(signe: bytes, ac: Paire) -> None:
    # Not a byte of the signed range changes, yet the document does: pyHanko's difference analysis
    # sees it, and pdfsig no longer says the whole document is signed.
    ecrivain = IncrementalPdfFileWriter(BytesIO(signe), strict=False)
    ecrivain.root["/Lang"] = generic.TextStringObject("en")
    ecrivain.update_root()
    sortie = BytesIO()
    ecrivain.write(sortie)
    modifie = sortie.getvalue()
    (etat,) = verifier_signatures(modifie, [ac.certificat_der()])
    assert etat.intacte and etat.valide and etat.de_confiance
    assert etat.modifications == "OTHER" and not etat.en_ordre
    creancier = next(s for s in pdfsig(modifie) if s["Signature Field Name"] == CHAMP_CREANCIER)
    assert "Total document signed" not in creancier


@pytest.mark.parametrize("ou", [3, 40])
def test_une_signature_corrompue_est_invalide_jamais_une_erreur(signe: bytes, ac: Paire, ou: int) -> None:
    """A changed hex digit inside the signature itself (/Contents, between the two signed ranges,
    here in its CMS header): the structure no longer parses; the check says « not valid » with the
    reason, and does not crash (issue 26)."""
    (_, fin), _ = plages_signees(signe)
    position = fin + ou
    corrompu = bytearray(signe)
    corrompu[position] = ord("7") if corrompu[position] != ord("7") else ord("8")
    (etat,) = verifier_signatures(bytes(corrompu), [ac.certificat_der()])
    assert not etat.valide and not etat.en_ordre
    assert etat.erreur
