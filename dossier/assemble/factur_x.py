"""Factur-X invoices: the structured XML a PDF invoice carries, read and compared with the claim.

A Factur-X PDF embeds `factur-x.xml` (UN/CEFACT CII, EN 16931). The XML is read from the PDF's
attachments with pypdf, parsed by lxml with entities and network off, and checked against the
Factur-X schema of its profile by the `factur-x` package. Only header data is used: number (BT-1),
issue date (BT-2), due date (BT-9), delivery date (BT-72), grand total (BT-112), prepaid (BT-113)
and amount due (BT-115), currency (BT-5), seller and buyer names and SIREN (BT-27/30, BT-44/47).

Public API
    lire_facturx(pdf: bytes) -> FactureX | None     None: the PDF carries no Factur-X XML;
                                                    raises FacturXIllisible if the XML is unusable
    ecarts(facture: Facture, lue: FactureX, siren_creancier: str | None) -> list[str]
                                                    what differs from the claim (French), [] if all agree
    entree_yaml(lue: FactureX, piece: str, source: str) -> str
                                                    the claim.yaml entry (`dossier import-facture`)
"""

from __future__ import annotations

import io
import json
import logging
import sys
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from types import ModuleType
from typing import cast

from lxml import etree
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from dossier.francais import date_longue
from dossier.model.claim import Facture

NOMS_XML = frozenset({"factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml"})
ESPACES = {
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}
TRANSACTION = "/rsm:CrossIndustryInvoice/rsm:SupplyChainTradeTransaction"
REGLEMENT = f"{TRANSACTION}/ram:ApplicableHeaderTradeSettlement"
CENTIME = Decimal("0.01")
TOTAUX = f"{REGLEMENT}/ram:SpecifiedTradeSettlementHeaderMonetarySummation"
AVOIRS = frozenset(
    {"381", "261", "262", "296", "308", "396", "420", "458", "532"}
)  # UNTDID 1001 credit notes


class FacturXIllisible(ValueError):
    """The PDF carries Factur-X XML that cannot be used (message in French)."""


@dataclass(frozen=True)
class Partie:
    nom: str | None
    siren: str | None


@dataclass(frozen=True)
class FactureX:
    numero: str
    type_document: str
    emise_le: date
    echeance: date | None
    livraison: date | None
    devise: str
    total_ttc: Decimal
    deja_paye: Decimal
    net_a_payer: Decimal
    vendeur: Partie
    acheteur: Partie
    profil: str


def _xml_joint(lecteur: PdfReader) -> bytes | None:
    for nom, contenus in lecteur.attachments.items():
        if nom.lower() in NOMS_XML and contenus:
            return contenus[0]
    return None


def _texte(racine: etree._Element, chemin: str) -> str | None:
    trouves = racine.xpath(chemin, namespaces=ESPACES)
    if not trouves:
        return None
    texte = trouves[0].text if isinstance(trouves[0], etree._Element) else str(trouves[0])
    return texte.strip() if texte and texte.strip() else None


def _jour(racine: etree._Element, chemin: str, nom: str) -> date | None:
    texte = _texte(racine, f"{chemin}/udt:DateTimeString")
    if texte is None:
        return None
    try:  # format 102: AAAAMMJJ, the only one Factur-X allows
        return date(int(texte[:4]), int(texte[4:6]), int(texte[6:8]))
    except (ValueError, IndexError):
        raise FacturXIllisible(f"la {nom} « {texte} » n'est pas une date AAAAMMJJ") from None


def _montant(racine: etree._Element, nom_xml: str, nom: str, requis: bool = True) -> Decimal | None:
    texte = _texte(racine, f"{TOTAUX}/ram:{nom_xml}")
    if texte is None:
        if requis:
            raise FacturXIllisible(f"le {nom} ({nom_xml}) manque")
        return None
    try:
        return Decimal(texte)
    except InvalidOperation:
        raise FacturXIllisible(f"le {nom} « {texte} » n'est pas un montant") from None


def _partie(racine: etree._Element, role: str) -> Partie:
    base = f"{TRANSACTION}/ram:ApplicableHeaderTradeAgreement/ram:{role}"
    siren = _texte(racine, f"{base}/ram:SpecifiedLegalOrganization/ram:ID[@schemeID='0002']")
    return Partie(_texte(racine, f"{base}/ram:Name"), siren)


def _facturx() -> ModuleType:
    """The factur-x package, imported without `requests`.

    factur-x imports requests (for a remote validation server dossier never calls), which imports
    urllib3, which opens a socket at import to probe IPv6: a build would open a socket for nothing
    (issue 15). A placeholder stands in for requests while factur-x is imported, then leaves.
    """
    if "facturx" in sys.modules:
        return sys.modules["facturx"]
    deja = "requests" in sys.modules
    if not deja:
        sys.modules["requests"] = ModuleType("requests", "absent : dossier n'appelle pas le réseau")
    try:
        import facturx
    finally:
        if not deja:
            del sys.modules["requests"]
    return cast(ModuleType, facturx)


def _verifier_schema(xml: bytes) -> str:
    # Imported here: the package loads its schemas lazily and logs through « factur-x ».
    facturx = _facturx()

    journal = logging.getLogger("factur-x")
    niveau = journal.level
    journal.setLevel(logging.ERROR)  # its INFO/WARNING chatter is not ours to print
    try:
        racine = etree.fromstring(xml, _analyseur())
        profil = str(facturx.get_level(racine, "factur-x"))
        facturx.xml_check_xsd(racine, flavor="factur-x", level=profil)
    except Exception as exc:  # the package raises bare Exceptions for schema errors
        raise FacturXIllisible(f"les données Factur-X ne sont pas conformes au schéma ({exc})") from exc
    finally:
        journal.setLevel(niveau)
    return profil


def _analyseur() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def lire_facturx(pdf: bytes) -> FactureX | None:
    try:
        xml = _xml_joint(PdfReader(io.BytesIO(pdf)))
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise FacturXIllisible(f"les fichiers joints au PDF sont illisibles ({exc})") from exc
    if xml is None:
        return None
    try:
        racine = etree.fromstring(xml, _analyseur())
    except etree.XMLSyntaxError as exc:
        raise FacturXIllisible(f"le fichier XML joint est mal formé ({exc})") from exc
    profil = _verifier_schema(xml)
    numero = _texte(racine, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:ID")
    emise = _jour(racine, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:IssueDateTime", "date")
    if numero is None or emise is None:
        raise FacturXIllisible("le numéro ou la date de la facture manque")
    total = _montant(racine, "GrandTotalAmount", "montant total TTC")
    du = _montant(racine, "DuePayableAmount", "montant dû")
    assert total is not None and du is not None  # requis=True
    return FactureX(
        numero=numero,
        type_document=_texte(racine, "/rsm:CrossIndustryInvoice/rsm:ExchangedDocument/ram:TypeCode") or "",
        emise_le=emise,
        echeance=_jour(racine, f"{REGLEMENT}/ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime", "échéance"),
        livraison=_jour(
            racine,
            f"{TRANSACTION}/ram:ApplicableHeaderTradeDelivery/ram:ActualDeliverySupplyChainEvent"
            "/ram:OccurrenceDateTime",
            "date de livraison",
        ),
        devise=_texte(racine, f"{REGLEMENT}/ram:InvoiceCurrencyCode") or "",
        total_ttc=total,
        deja_paye=_montant(racine, "TotalPrepaidAmount", "montant déjà payé", requis=False) or Decimal(0),
        net_a_payer=du,
        vendeur=_partie(racine, "SellerTradeParty"),
        acheteur=_partie(racine, "BuyerTradeParty"),
        profil=profil,
    )


def _euros(valeur: Decimal) -> str:
    from dossier.francais import euros

    return euros(valeur)


def ecarts(facture: Facture, lue: FactureX, siren_creancier: str | None) -> list[str]:
    """Each difference between the claim's invoice and its Factur-X data, in French.

    The amount due (BT-115) must be the total (BT-112) less what the invoice itself says was prepaid
    (BT-113): an advance deducted on the invoice is a payment, which claim.yaml records in
    `paiements`, while `montant_ttc` is the invoice's total.
    """
    differences = []
    if lue.type_document in AVOIRS:
        differences.append(f"le document est un avoir (code {lue.type_document}), pas une facture")
    if lue.numero != facture.numero:
        differences.append(f"numéro « {lue.numero} » dans la pièce, « {facture.numero} » dans claim.yaml")
    if lue.devise and lue.devise != "EUR":
        differences.append(f"la facture est en {lue.devise}, pas en euros")
    if lue.emise_le != facture.date:
        differences.append(
            f"date du {date_longue(lue.emise_le)} dans la pièce, du {date_longue(facture.date)} "
            "dans claim.yaml"
        )
    if lue.echeance is not None and lue.echeance != facture.echeance:
        differences.append(
            f"échéance du {date_longue(lue.echeance)} dans la pièce, du {date_longue(facture.echeance)} "
            "dans claim.yaml"
        )
    if lue.total_ttc != facture.montant_ttc:
        differences.append(
            f"montant total TTC {_euros(lue.total_ttc)} dans la pièce, "
            f"{_euros(facture.montant_ttc)} dans claim.yaml"
        )
    if lue.net_a_payer != lue.total_ttc - lue.deja_paye:
        differences.append(
            f"la pièce se contredit : montant dû {_euros(lue.net_a_payer)} pour un total de "
            f"{_euros(lue.total_ttc)} et {_euros(lue.deja_paye)} déjà payés"
        )
    if siren_creancier and lue.vendeur.siren and lue.vendeur.siren != siren_creancier:
        differences.append(
            f"émise par le SIREN {lue.vendeur.siren}, celui du créancier est {siren_creancier}"
        )
    return differences


def _chaine(texte: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return json.dumps(texte, ensure_ascii=False)


def _montant_yaml(valeur: Decimal) -> str:
    centimes = valeur.quantize(CENTIME)
    if centimes != valeur:
        raise FacturXIllisible(f"le montant {valeur} a plus de deux décimales")
    return _chaine(f"{centimes:f}")


def entree_yaml(lue: FactureX, piece: str, source: str) -> str:
    """The `factures:` entry of claim.yaml for an invoice read from `source`, ready to paste.

    >>> from datetime import date
    >>> lue = FactureX("F-1", "380", date(2025, 9, 15), date(2025, 10, 15), None, "EUR",
    ...                Decimal("2160.00"), Decimal(0), Decimal("2160.00"), Partie("A", "812345676"),
    ...                Partie("B", None), "basicwl")
    >>> print(entree_yaml(lue, "pieces/f-1.pdf", "f-1.pdf"))  # doctest: +NORMALIZE_WHITESPACE
    # Facture Factur-X lue dans « f-1.pdf » (profil basicwl).
    # Émise par A (SIREN 812345676) pour B.
    # À placer sous « factures: » dans claim.yaml ; le chemin de la pièce est relatif à claim.yaml.
      - numero: "F-1"
        date: "2025-09-15"
        echeance: "2025-10-15"
        montant_ttc: "2160.00"
        piece: "pieces/f-1.pdf"
    """
    if lue.type_document in AVOIRS:
        raise FacturXIllisible(f"le document est un avoir (code {lue.type_document}), pas une facture")
    if lue.devise and lue.devise != "EUR":
        raise FacturXIllisible(f"la facture est en {lue.devise} : dossier ne traite que des euros")

    def partie(p: Partie) -> str:
        nom = p.nom or "(nom absent)"
        return f"{nom} (SIREN {p.siren})" if p.siren else nom

    lignes = [
        f"# Facture Factur-X lue dans « {source} » (profil {lue.profil}).",
        f"# Émise par {partie(lue.vendeur)} pour {partie(lue.acheteur)}.",
        "# À placer sous « factures: » dans claim.yaml ; le chemin de la pièce est relatif à claim.yaml.",
        f"  - numero: {_chaine(lue.numero)}",
        f"    date: {_chaine(lue.emise_le.isoformat())}",
    ]
    if lue.echeance is not None:
        lignes.append(f"    echeance: {_chaine(lue.echeance.isoformat())}")
    else:
        lignes.append(
            "    # echeance : absente des données Factur-X ; écrivez la date d'échéance de la facture"
        )
    if lue.livraison is not None:
        lignes.append(f"    execution: {_chaine(lue.livraison.isoformat())}")
    lignes.append(f"    montant_ttc: {_montant_yaml(lue.total_ttc)}")
    lignes.append(f"    piece: {_chaine(piece)}")
    if lue.deja_paye:
        lignes.append(
            f"# La facture déduit un acompte de {_montant_yaml(lue.deja_paye)} € : "
            "enregistrez-le sous « paiements: »."
        )
    return "\n".join(lignes)
