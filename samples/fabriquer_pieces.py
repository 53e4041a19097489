# ruff: noqa: E501  (a data-heavy, run-once generator: long literal lines read better whole)
"""Make the attachments of the two injonction samples (fictitious documents), once.

    python samples/fabriquer_pieces.py          # from the repository root; rewrites samples/*/pieces/

The files it writes are committed: the samples must build from a fresh clone without this script.
They are what a creditor would scan or export: invoices and a signed quote as PDF (one invoice a
Factur-X PDF whose XML matches the claim), a delivery note photographed sideways (JPEG with an EXIF
orientation), acknowledgements of receipt scanned as PNG and JPEG, an email exported as .eml and
one copied into a .txt file. The school's software exports PDF/A-3b (its bundle is PDF/A-3b); the
joiner's writes plain PDF (its Factur-X invoice declares PDF/A without an output intent, as
facturx makes it of a plain PDF): its bundle carries no PDF/A claim and the build says why
(PIECE-15, `dossier/assemble/pdfa.py`). Every business, person, number and address is invented (SIREN and IBAN
checksums are valid so the claim loads). Deterministic: fixed dates, identifiers and MIME
boundaries, no randomness; run it twice, the bytes do not change.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from html import escape
from pathlib import Path

import facturx
from facturx import facturx as facturx_module
from PIL import Image, ImageDraw, ImageFont

from dossier.francais import date_courte, euros
from dossier.render.pdf import FAMILLE, ecrire_pdf
from dossier.resources import police

ICI = Path(__file__).resolve().parent
B2B = ICI / "injonction-b2b" / "pieces"
OGEC = ICI / "injonction-ogec" / "pieces"
TVA = Decimal("0.20")
CENTIME = Decimal("0.01")


@dataclass(frozen=True)
class Emetteur:
    nom: str
    forme: str
    adresse: tuple[str, str]
    mentions: str  # SIREN, RCS, TVA… as printed at the foot
    contact: str
    iban: str = ""
    bic: str = ""


MOREL = Emetteur(
    "Atelier Morel Agencement",
    "SARL au capital de 20 000 €",
    ("27 rue du Larith", "73000 Chambéry"),
    "SIREN 812 345 676 — RCS Chambéry 812 345 676 — TVA intracommunautaire FR19812345676 — APE 1629Z",
    "04 79 62 18 40 — compta@morel-agencement.example",
    "FR76 1680 6002 0065 1234 7890 168",
    "AGRIFRPP868",
)
CHARMETTES = Emetteur(
    "OGEC Notre-Dame des Charmettes",
    "Association loi 1901 — établissement privé sous contrat d'association avec l'État",
    ("64 chemin des Charmettes", "73000 Chambéry"),
    "SIREN 520 987 637 — TVA non applicable, art. 261-4-4° du CGI",
    "04 79 33 51 20 — comptabilite@nd-charmettes.example",
    "FR76 1380 7008 1232 0215 4773 666",
    "CCBPFRPPXXX",
)
ARAVIS = (
    "Fromagerie des Aravis SAS",
    "À l'attention de M. Luc Chabert, Président",
    "12 avenue de Genève",
    "74000 Annecy",
)
LEFEVRE = ("Madame Sophie Lefèvre", "14 rue Jean Jaurès", "73290 La Motte-Servolex")

CSS = f"""
@page {{ size: A4; margin: 18mm 18mm 26mm 18mm;
  @bottom-center {{ content: element(pied); width: 174mm; }} }}
html {{ font-family: "{FAMILLE}"; font-size: 9.5pt; line-height: 1.35; color: #1a1a1a; }}
body {{ margin: 0; }}
.entete {{ display: flex; justify-content: space-between; border-bottom: 1.2pt solid #7a4a1e;
  padding-bottom: 4mm; margin-bottom: 8mm; }}
.marque {{ font-size: 17pt; font-weight: bold; color: #7a4a1e; letter-spacing: 0.5pt; }}
.sous {{ font-size: 8.5pt; color: #555; }}
.client {{ margin: 0 0 8mm 95mm; padding: 3mm 4mm; border: 0.6pt solid #999; }}
h1 {{ font-size: 14pt; margin: 0 0 2mm 0; }}
.ref {{ margin-bottom: 6mm; color: #333; }}
table {{ width: 100%; border-collapse: collapse; margin-bottom: 5mm; }}
th {{ background: #efe6dc; text-align: left; font-size: 8.5pt; padding: 1.5mm 2mm; }}
td {{ padding: 1.5mm 2mm; border-bottom: 0.4pt solid #ccc; vertical-align: top; }}
.n {{ text-align: right; white-space: nowrap; }}
.totaux {{ width: 75mm; margin-left: auto; }}
.totaux td {{ border: none; padding: 1mm 2mm; }}
.totaux tr.ttc td {{ font-weight: bold; border-top: 0.8pt solid #333; }}
.conditions {{ font-size: 8.5pt; color: #333; margin-top: 6mm; }}
.conditions p {{ margin: 0 0 1.5mm 0; }}
.accord {{ margin-top: 10mm; display: flex; justify-content: space-between; }}
.accord div {{ width: 80mm; border: 0.6pt solid #999; padding: 3mm; min-height: 32mm; }}
.manuscrit {{ font-style: italic; color: #1f3a93; font-size: 11pt; }}
.pied {{ position: running(pied); font-size: 7.5pt; color: #555; text-align: center;
  border-top: 0.5pt solid #bbb; padding-top: 2mm; }}
.article {{ margin: 0 0 3mm 0; }}
.article h2 {{ font-size: 10pt; margin: 0 0 1mm 0; }}
"""

SIGNATURE = (
    '<svg width="150" height="46" viewBox="0 0 150 46" xmlns="http://www.w3.org/2000/svg">'
    '<path d="M4 34 C 18 6, 26 6, 30 30 S 44 44, 52 20 S 66 2, 72 28 C 76 40, 88 36, 96 22 '
    'S 112 10, 118 26 L 146 18" fill="none" stroke="#1f3a93" stroke-width="1.6"/></svg>'
)


def _page(corps: str, emetteur: Emetteur) -> str:
    rue, ville = emetteur.adresse
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><style>{CSS}</style></head><body>'
        f'<div class="pied">{escape(emetteur.nom)} — {escape(emetteur.forme)} — {escape(rue)}, '
        f"{escape(ville)}<br>{escape(emetteur.mentions)}</div>"
        f'<div class="entete"><div><div class="marque">{escape(emetteur.nom)}</div>'
        f'<div class="sous">{escape(emetteur.forme)}</div></div>'
        f'<div class="sous" style="text-align:right">{escape(rue)}<br>{escape(ville)}<br>'
        f"{escape(emetteur.contact)}</div></div>{corps}</body></html>"
    )


def _client(lignes: Sequence[str]) -> str:
    return '<div class="client">' + "<br>".join(escape(ligne) for ligne in lignes) + "</div>"


def _montant(valeur: Decimal) -> str:
    return escape(euros(valeur))


@dataclass(frozen=True)
class Ligne:
    designation: str
    quantite: Decimal
    unite: str
    prix: Decimal

    @property
    def total(self) -> Decimal:
        return (self.quantite * self.prix).quantize(CENTIME)


def _tableau(lignes: Sequence[Ligne], avec_tva: bool) -> tuple[str, Decimal, Decimal]:
    rangs = "".join(
        f"<tr><td>{escape(ligne.designation)}</td><td class='n'>{ligne.quantite.normalize():f} "
        f"{escape(ligne.unite)}</td><td class='n'>{_montant(ligne.prix)}</td>"
        f"<td class='n'>{_montant(ligne.total)}</td></tr>"
        for ligne in lignes
    )
    entete = "Prix unitaire HT" if avec_tva else "Prix unitaire"
    total_col = "Total HT" if avec_tva else "Total"
    html = (
        f"<table><tr><th>Désignation</th><th class='n'>Quantité</th><th class='n'>{entete}</th>"
        f"<th class='n'>{total_col}</th></tr>{rangs}</table>"
    )
    ht = sum((ligne.total for ligne in lignes), Decimal(0))
    tva = (ht * TVA).quantize(CENTIME) if avec_tva else Decimal(0)
    return html, ht, tva


def _totaux(ht: Decimal, tva: Decimal, deja: Decimal | None = None) -> str:
    lignes = [f"<tr><td>Total HT</td><td class='n'>{_montant(ht)}</td></tr>"] if tva else []
    if tva:
        lignes.append(f"<tr><td>TVA 20 %</td><td class='n'>{_montant(tva)}</td></tr>")
    libelle = "Total TTC" if tva else "Total à payer"
    lignes.append(f"<tr class='ttc'><td>{libelle}</td><td class='n'>{_montant(ht + tva)}</td></tr>")
    if deja is not None:
        lignes.append(f"<tr><td>Net à payer</td><td class='n'>{_montant(ht + tva - deja)}</td></tr>")
    return "<table class='totaux'>" + "".join(lignes) + "</table>"


MENTIONS_B2B = (
    "Pénalités de retard exigibles dès le lendemain de la date d'échéance, sans rappel, au taux "
    "de refinancement de la Banque centrale européenne majoré de 10 points (C. com. L441-10). "
    "Indemnité forfaitaire pour frais de recouvrement : 40 € (C. com. D441-5). Pas d'escompte pour "
    "paiement anticipé."
)


# --- Atelier Morel Agencement → Fromagerie des Aravis ------------------------------------------------

DEVIS = {
    "F-2025-211": [
        Ligne(
            "Comptoir de vente en chêne massif, plateau inox brossé, 3,20 m",
            Decimal(1),
            "u",
            Decimal("2650.00"),
        ),
        Ligne(
            "Habillage de vitrine réfrigérée, stratifié chêne et plinthe inox",
            Decimal(3),
            "u",
            Decimal("450.00"),
        ),
    ],
    "F-2025-236": [
        Ligne("Rayonnages muraux chêne, consoles acier thermolaqué", Decimal(12), "ml", Decimal("110.00")),
        Ligne("Pose des rayonnages, fixations murales et réglages", Decimal(1), "forfait", Decimal("480.00")),
    ],
    "F-2025-252": [
        Ligne("Éclairage LED intégré aux rayonnages, 3000 K", Decimal(12), "ml", Decimal("45.00")),
        Ligne(
            "Finitions, reprises de teinte et réglages après mise en service",
            Decimal(1),
            "forfait",
            Decimal("260.00"),
        ),
    ],
}
FACTURES_B2B = (
    # numéro, date, échéance, objet, fichier
    ("F-2025-211", date(2025, 7, 31), date(2025, 8, 30), "Tranche 1 : comptoir et habillage des vitrines", "facture-F-2025-211.pdf"),
    ("F-2025-236", date(2025, 9, 15), date(2025, 10, 15), "Tranche 2 : rayonnages muraux et pose", "facture-F-2025-236-facturx.pdf"),
    ("F-2025-252", date(2025, 10, 10), date(2025, 11, 9), "Tranche 3 : éclairage et finitions", "facture-F-2025-252.pdf"),
)  # fmt: skip


def devis_signe() -> bytes:
    lignes = [ligne for groupe in DEVIS.values() for ligne in groupe]
    tableau, ht, tva = _tableau(lignes, avec_tva=True)
    corps = (
        _client(ARAVIS)
        + "<h1>Devis n° D-2025-064</h1>"
        + f"<div class='ref'>Chambéry, le {date_courte(date(2025, 6, 5))} — validité : 30 jours<br>"
        "Objet : fabrication et pose du mobilier de la boutique, 12 avenue de Genève à Annecy</div>"
        + tableau
        + _totaux(ht, tva)
        + "<div class='conditions'><p><b>Facturation</b> par tranche, à l'achèvement de chaque ouvrage "
        "(comptoir et vitrines ; rayonnages ; éclairage et finitions). <b>Paiement</b> à 30 jours date "
        "de facture, par virement.</p>"
        f"<p>{escape(MENTIONS_B2B)}</p><p>Délai de réalisation : juillet à octobre 2025.</p></div>"
        + "<div class='accord'><div>Pour Atelier Morel Agencement<br>Julien Morel, gérant<br>"
        f"{SIGNATURE}</div><div>Bon pour accord, le client<br>"
        "<span class='manuscrit'>Bon pour accord, lu et approuvé.<br>Annecy, le 12/06/2025 — "
        f"L. Chabert, Président</span><br>{SIGNATURE}</div></div>"
    )
    return ecrire_pdf(_page(corps, MOREL), "pieces/courriel.html", "pièce d'exemple", pdfa=False)


def facture_b2b(numero: str, jour: date, echeance: date, objet: str) -> bytes:
    tableau, ht, tva = _tableau(DEVIS[numero], avec_tva=True)
    corps = (
        _client(ARAVIS)
        + f"<h1>Facture n° {escape(numero)}</h1>"
        + f"<div class='ref'>Date : {date_courte(jour)} — Échéance : <b>{date_courte(echeance)}</b><br>"
        f"Devis accepté D-2025-064 du 12/06/2025 — {escape(objet)}</div>"
        + tableau
        + _totaux(ht, tva)
        + f"<div class='conditions'><p>Règlement par virement : IBAN {MOREL.iban} — BIC {MOREL.bic}, "
        f"en rappelant le numéro de facture.</p><p>{escape(MENTIONS_B2B)}</p></div>"
    )
    return ecrire_pdf(_page(corps, MOREL), "pieces/courriel.html", "pièce d'exemple", pdfa=False)


def _cii(numero: str, jour: date, echeance: date, ht: Decimal, tva: Decimal) -> bytes:
    """Factur-X BASIC WL XML (EN 16931 header data, no lines) of an Atelier Morel invoice."""
    ttc = ht + tva

    def j(d: date) -> str:
        return f'<udt:DateTimeString format="102">{d:%Y%m%d}</udt:DateTimeString>'

    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:factur-x.eu:1p0:basicwl</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument>
    <ram:ID>{numero}</ram:ID>
    <ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime>{j(jour)}</ram:IssueDateTime>
  </rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty>
        <ram:Name>Atelier Morel Agencement</ram:Name>
        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">812345676</ram:ID></ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress><ram:PostcodeCode>73000</ram:PostcodeCode><ram:LineOne>27 rue du Larith</ram:LineOne><ram:CityName>Chambéry</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR19812345676</ram:ID></ram:SpecifiedTaxRegistration>
      </ram:SellerTradeParty>
      <ram:BuyerTradeParty>
        <ram:Name>Fromagerie des Aravis</ram:Name>
        <ram:SpecifiedLegalOrganization><ram:ID schemeID="0002">798456125</ram:ID></ram:SpecifiedLegalOrganization>
        <ram:PostalTradeAddress><ram:PostcodeCode>74000</ram:PostcodeCode><ram:LineOne>12 avenue de Genève</ram:LineOne><ram:CityName>Annecy</ram:CityName><ram:CountryID>FR</ram:CountryID></ram:PostalTradeAddress>
      </ram:BuyerTradeParty>
      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>D-2025-064</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery>
      <ram:ActualDeliverySupplyChainEvent><ram:OccurrenceDateTime>{j(date(2025, 9, 12))}</ram:OccurrenceDateTime></ram:ActualDeliverySupplyChainEvent>
    </ram:ApplicableHeaderTradeDelivery>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:PaymentReference>{numero}</ram:PaymentReference>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:SpecifiedTradeSettlementPaymentMeans>
        <ram:TypeCode>58</ram:TypeCode>
        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>{MOREL.iban.replace(" ", "")}</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
      </ram:SpecifiedTradeSettlementPaymentMeans>
      <ram:ApplicableTradeTax>
        <ram:CalculatedAmount>{tva}</ram:CalculatedAmount>
        <ram:TypeCode>VAT</ram:TypeCode>
        <ram:BasisAmount>{ht}</ram:BasisAmount>
        <ram:CategoryCode>S</ram:CategoryCode>
        <ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>
      </ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms>
        <ram:Description>Paiement à 30 jours date de facture. Pénalités : taux BCE + 10 points ; indemnité forfaitaire 40 €.</ram:Description>
        <ram:DueDateDateTime>{j(echeance)}</ram:DueDateDateTime>
      </ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>{ht}</ram:LineTotalAmount>
        <ram:TaxBasisTotalAmount>{ht}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">{tva}</ram:TaxTotalAmount>
        <ram:GrandTotalAmount>{ttc}</ram:GrandTotalAmount>
        <ram:DuePayableAmount>{ttc}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
""".encode()


def facture_facturx(numero: str, jour: date, echeance: date, objet: str) -> bytes:
    _, ht, tva = _tableau(DEVIS[numero], avec_tva=True)
    xml = _cii(numero, jour, echeance, ht, tva)
    facturx.xml_check_xsd(xml, flavor="factur-x", level="basicwl")
    # The library stamps "now" into the PDF and XMP dates: pin them to the invoice's day.
    instant = datetime(jour.year, jour.month, jour.day, 9, 0, tzinfo=UTC)
    facturx_module._get_metadata_timestamp = lambda: instant.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    facturx_module._get_pdf_timestamp = lambda date=None: instant.strftime("D:%Y%m%d%H%M%S+00'00'")
    pdf: bytes = facturx.generate_from_binary(
        facture_b2b(numero, jour, echeance, objet),
        xml,
        flavor="factur-x",
        level="basicwl",
        check_schematron=False,
        pdf_metadata={
            "author": "Atelier Morel Agencement",
            "keywords": "Factur-X, facture",
            "title": f"Atelier Morel Agencement : facture {numero}",
            "subject": f"Facture {numero} du {date_courte(jour)}",
        },
        lang="fr-FR",
    )
    return pdf


# --- scans (Pillow) ------------------------------------------------------------------------------

PAPIER = (247, 245, 238)
ENCRE = (28, 28, 30)
BLEU = (31, 58, 147)


def _police(taille: int, gras: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(police("LiberationSans-Bold.ttf" if gras else "LiberationSans-Regular.ttf")), taille
    )


def _signature(dessin: ImageDraw.ImageDraw, x: int, y: int, echelle: float = 1.0) -> None:
    points = [(0, 40), (14, 8), (26, 4), (32, 36), (44, 52), (56, 20), (68, 0), (78, 32), (92, 44),
              (108, 22), (124, 10), (136, 30), (176, 18)]  # fmt: skip
    dessin.line(
        [(x + px * echelle, y + py * echelle) for px, py in points], fill=BLEU, width=4, joint="curve"
    )


def _bon_de_livraison() -> Image.Image:
    """A delivery note at 150 dpi (A5 landscape), as a phone would photograph it."""
    image = Image.new("RGB", (1240, 874), PAPIER)
    d = ImageDraw.Draw(image)
    d.text((60, 50), "Atelier Morel Agencement", font=_police(40, True), fill=(122, 74, 30))
    d.text((60, 100), "27 rue du Larith — 73000 Chambéry — SIREN 812 345 676", font=_police(22), fill=ENCRE)
    d.text((760, 50), "BON DE LIVRAISON", font=_police(34, True), fill=ENCRE)
    d.text((760, 95), "n° BL-2025-118 du 12/09/2025", font=_police(24), fill=ENCRE)
    d.text(
        (60, 160),
        "Client : Fromagerie des Aravis SAS, 12 avenue de Genève, 74000 Annecy",
        font=_police(24),
        fill=ENCRE,
    )
    d.text(
        (60, 195),
        "Chantier : boutique — devis D-2025-064 accepté le 12/06/2025",
        font=_police(24),
        fill=ENCRE,
    )
    haut, gauche, droite = 250, 60, 1180
    d.rectangle((gauche, haut, droite, haut + 300), outline=ENCRE, width=2)
    d.line((gauche, haut + 44, droite, haut + 44), fill=ENCRE, width=2)
    d.line((900, haut, 900, haut + 300), fill=ENCRE, width=2)
    d.text((gauche + 12, haut + 10), "Désignation", font=_police(22, True), fill=ENCRE)
    d.text((912, haut + 10), "Quantité", font=_police(22, True), fill=ENCRE)
    lignes = (
        ("Rayonnages muraux chêne, consoles acier", "12 ml"),
        ("Pose des rayonnages, fixations et réglages", "1 forfait"),
        ("Comptoir et vitrines (livrés le 25/07/2025, rappel)", "—"),
    )
    for rang, (designation, quantite) in enumerate(lignes):
        y = haut + 60 + rang * 52
        d.text((gauche + 12, y), designation, font=_police(24), fill=ENCRE)
        d.text((912, y), quantite, font=_police(24), fill=ENCRE)
    d.text(
        (60, 580), "Marchandise reçue et pose constatée, sans réserve.", font=_police(24, True), fill=ENCRE
    )
    d.text((60, 630), "Le client (nom, qualité, signature) :", font=_police(22), fill=ENCRE)
    d.text((60, 668), "L. Chabert, Président — le 12/09/2025", font=_police(28), fill=BLEU)
    _signature(d, 90, 720, 1.6)
    d.text((760, 630), "Le poseur :", font=_police(22), fill=ENCRE)
    d.text((760, 668), "T. Girod", font=_police(28), fill=BLEU)
    _signature(d, 780, 720, 1.2)
    return image


def bon_de_livraison_jpeg() -> bytes:
    # Stored sideways with EXIF orientation 6 (« rotate 90° clockwise to display »), as phones do:
    # the assembly must honour it.
    image = _bon_de_livraison().transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    sortie = io.BytesIO()
    image.save(sortie, "JPEG", quality=82, exif=exif.tobytes(), dpi=(150, 150))
    return sortie.getvalue()


def _avis_de_reception(numero: str, expediteur: Sequence[str], destinataire: Sequence[str],
                       presente: date, distribue: date, signataire: str) -> Image.Image:  # fmt: skip
    """A scanned acknowledgement of receipt of a registered letter (a card, 150 dpi)."""
    image = Image.new("RGB", (1240, 780), (250, 236, 232))
    d = ImageDraw.Draw(image)
    d.rectangle((20, 20, 1220, 760), outline=(150, 60, 60), width=3)
    d.text((50, 45), "AVIS DE RÉCEPTION", font=_police(40, True), fill=(150, 60, 60))
    d.text((50, 100), "Lettre recommandée avec avis de réception", font=_police(24), fill=ENCRE)
    d.text(
        (760, 45),
        "N° " + " ".join((numero[:2], numero[2:6], numero[6:10], numero[10:])),
        font=_police(30, True),
        fill=ENCRE,
    )
    d.text((50, 170), "Présentée / avisée le :", font=_police(24), fill=ENCRE)
    d.text((380, 166), date_courte(presente), font=_police(30), fill=BLEU)
    d.text((50, 220), "Distribuée le :", font=_police(24), fill=ENCRE)
    d.text((380, 216), date_courte(distribue), font=_police(30), fill=BLEU)
    d.text((50, 280), "Signature du destinataire ou de son mandataire :", font=_police(24), fill=ENCRE)
    d.text((80, 320), signataire, font=_police(28), fill=BLEU)
    _signature(d, 90, 370, 1.4)
    d.line((640, 160, 640, 720), fill=(150, 60, 60), width=2)
    d.text((670, 170), "Destinataire :", font=_police(22, True), fill=ENCRE)
    for rang, ligne in enumerate(destinataire):
        d.text((670, 205 + rang * 34), ligne, font=_police(24), fill=ENCRE)
    d.text((670, 420), "À renvoyer à l'expéditeur :", font=_police(22, True), fill=ENCRE)
    for rang, ligne in enumerate(expediteur):
        d.text((670, 455 + rang * 34), ligne, font=_police(24), fill=ENCRE)
    d.ellipse((290, 560, 590, 700), outline=(90, 90, 160), width=4)
    d.text((330, 617), f"Distribué {date_courte(distribue)}", font=_police(20, True), fill=(90, 90, 160))
    return image


def ar_b2b_png() -> bytes:
    image = _avis_de_reception(
        "1A20345678912",
        ("Atelier Morel Agencement", "27 rue du Larith", "73000 Chambéry"),
        ("Fromagerie des Aravis SAS", "M. Luc Chabert", "12 avenue de Genève", "74000 Annecy"),
        date(2026, 1, 14), date(2026, 1, 14), "L. Chabert",
    )  # fmt: skip
    sortie = io.BytesIO()
    image.convert("L").save(sortie, "PNG", optimize=True, dpi=(150, 150))
    return sortie.getvalue()


def ar_ogec_jpeg() -> bytes:
    image = _avis_de_reception(
        "1A20456789023",
        ("OGEC Notre-Dame des Charmettes", "64 chemin des Charmettes", "73000 Chambéry"),
        ("Madame Sophie Lefèvre", "14 rue Jean Jaurès", "73290 La Motte-Servolex"),
        date(2026, 1, 20), date(2026, 1, 21), "S. Lefèvre",
    )  # fmt: skip
    sortie = io.BytesIO()
    image.save(sortie, "JPEG", quality=85, dpi=(150, 150))
    return sortie.getvalue()


# --- emails ----------------------------------------------------------------------------------------


def courriel_b2b_eml() -> bytes:
    texte = (
        "Bonjour Monsieur Morel,\n\n"
        "Je reviens vers vous au sujet de vos factures F-2025-211, F-2025-236 et F-2025-252, après\n"
        "votre courrier du 28 novembre.\n"
        "La saison a démarré moins vite que prévu et notre trésorerie est tendue ce mois-ci.\n"
        "Je ne conteste ni les travaux, qui sont très réussis, ni les montants : je vous propose de\n"
        "régler le solde courant janvier, dès l'encaissement des ventes de fin d'année.\n\n"
        "Vous trouverez ci-joint notre prévisionnel de trésorerie.\n\n"
        "Bien cordialement,\n"
        "Luc Chabert\nPrésident — Fromagerie des Aravis\n\n"
        "> Le 14 nov. 2025 à 09:12, Atelier Morel Agencement a écrit :\n"
        "> Sauf erreur ou omission de notre part, les factures F-2025-211, F-2025-236 et F-2025-252\n"
        "> restent dues, en tout ou partie, à ce jour : total restant dû 6 420,00 €.\n"
    )
    html = "<html><body>" + "".join(f"<p>{escape(p)}</p>" for p in texte.split("\n\n")) + "</body></html>"
    message = EmailMessage(policy=SMTP)
    message["From"] = "Luc Chabert <luc.chabert@fromagerie-aravis.example>"
    message["To"] = "Atelier Morel Agencement <compta@morel-agencement.example>"
    message["Date"] = format_datetime(datetime(2025, 12, 2, 18, 42, 10, tzinfo=timezone(timedelta(hours=1))))
    # the reply to relance 1, the only letter sent by email (claim.yaml: relance 2 went by post)
    message["Subject"] = "Re: Rappel de paiement — dossier AMA-2025-0087"
    message["Message-ID"] = "<20251202184210.4471@fromagerie-aravis.example>"
    message.set_content(texte)
    message.add_alternative(html, subtype="html")
    message.add_attachment(
        b"mois;encaissements;decaissements\ndecembre;18400;21250\njanvier;26900;17300\n",
        maintype="text",
        subtype="csv",
        filename="previsionnel-tresorerie.csv",
    )
    message.set_boundary("=_dossier_mixte_2025-12-02")
    for rang, partie in enumerate(message.iter_parts()):
        if partie.is_multipart():
            partie.set_boundary(f"=_dossier_alternative_{rang}")
    return message.as_bytes()


def courriel_ogec_txt() -> bytes:
    return (
        "De : Sophie Lefèvre <s.lefevre@example.org>\n"
        "À : Comptabilité Notre-Dame des Charmettes <comptabilite@nd-charmettes.example>\n"
        "Date : mardi 4 novembre 2025, 21:17\n"
        "Objet : Re: Contribution du 1er trimestre — Hugo Lefèvre (4e B)\n"
        "\n"
        "Madame,\n"
        "\n"
        "Je vous remercie de votre appel du 13 octobre. Comme je l'ai expliqué au secrétariat,\n"
        "j'attends le versement d'une prime. Je vous fais parvenir cette semaine un chèque de\n"
        "200 euros et je réglerai le solde dès que possible.\n"
        "\n"
        "Hugo se plaît beaucoup au collège et nous tenons à ce qu'il y termine son année.\n"
        "\n"
        "Cordialement,\n"
        "Sophie Lefèvre\n"
    ).encode()


# --- OGEC Notre-Dame des Charmettes → Sophie Lefèvre ------------------------------------------------


def contrat_scolarisation() -> bytes:
    articles = (
        ("Article 1 — Objet", "Le présent contrat fixe les conditions dans lesquelles l'élève Hugo Lefèvre, "
         "né le 3 mars 2012, est scolarisé en classe de 4e au collège Notre-Dame des Charmettes pour "
         "l'année scolaire 2025-2026, ainsi que les droits et obligations de chacune des parties."),
        ("Article 2 — Obligations de l'établissement", "L'établissement s'engage à scolariser l'enfant, "
         "à assurer sa demi-pension les jours choisis et à mettre en œuvre son projet éducatif."),
        ("Article 3 — Obligations des parents", "Les parents reconnaissent avoir pris connaissance du "
         "règlement intérieur et du projet éducatif, et s'engagent à régler la contribution des "
         "familles et les frais de demi-pension selon les conditions financières ci-dessous."),
        ("Article 4 — Conditions financières", "Contribution des familles : 1 935,00 € pour l'année, "
         "payable en trois trimestres de 645,00 €, facturés en septembre, décembre et mars, à régler "
         "à 30 jours. Demi-pension (4 jours par semaine) : 6,45 € le repas, facturée par période. "
         "Règlement par prélèvement, virement ou chèque à l'ordre de l'OGEC Notre-Dame des Charmettes."),
        ("Article 5 — Impayés", "En cas de défaut de paiement, l'établissement adresse un rappel puis, "
         "après un entretien proposé à la famille, une mise en demeure ; il peut ensuite recourir aux "
         "voies de droit pour obtenir le paiement des sommes dues."),
        ("Article 6 — Durée, résiliation", "Le contrat est conclu pour l'année scolaire 2025-2026. "
         "Sauf motif légitime (déménagement, orientation), le trimestre commencé reste dû."),
    )  # fmt: skip
    corps = (
        _client(LEFEVRE)
        + "<h1>Contrat de scolarisation — année 2025-2026</h1>"
        + "<div class='ref'>Entre l'OGEC Notre-Dame des Charmettes, représenté par Mme Hélène Vasseur, "
        "cheffe d'établissement, et Madame Sophie Lefèvre, représentante légale de l'élève.</div>"
        + "".join(f"<div class='article'><h2>{escape(t)}</h2><p>{escape(p)}</p></div>" for t, p in articles)
        + "<div class='accord'><div>Pour l'établissement<br>Hélène Vasseur<br>"
        f"{SIGNATURE}</div><div>La représentante légale<br><span class='manuscrit'>Lu et approuvé, "
        f"La Motte-Servolex, le 10/06/2025<br>S. Lefèvre</span><br>{SIGNATURE}</div></div>"
    )
    return ecrire_pdf(_page(corps, CHARMETTES), "pieces/courriel.html", "pièce d'exemple")


def pouvoir_ogec() -> bytes:
    """The président's written authority for the cheffe d'établissement to recover the families'
    unpaid contributions, in court included (CPC 54, 3° b): a pièce of the requête she signs."""
    corps = (
        "<h1>Pouvoir</h1>"
        "<div class='article'><p>Je soussigné Bernard Caillet, président de l'association OGEC "
        "Notre-Dame des Charmettes (association loi 1901, SIREN 520 987 637), dont le siège est 64 chemin "
        "des Charmettes, 73000 Chambéry, agissant en vertu de l'article 12 des statuts et de la "
        "délibération du conseil d'administration du 27 août 2025,</p>"
        "<p>donne pouvoir à Madame Hélène Vasseur, cheffe d'établissement, de recouvrer au nom de "
        "l'association les contributions des familles et frais de demi-pension impayés de l'année "
        "scolaire 2025-2026 : adresser les relances et mises en demeure, convenir d'échéanciers, "
        "présenter et signer toute requête en injonction de payer, et en suivre l'exécution.</p>"
        "<p>Ce pouvoir vaut jusqu'au 31 août 2026.</p></div>"
        "<div class='accord'><div>Fait à Chambéry, le 01/09/2025<br>Bernard Caillet, président<br>"
        f"{SIGNATURE}</div><div>Bon pour acceptation<br>Hélène Vasseur<br>{SIGNATURE}</div></div>"
    )
    return ecrire_pdf(_page(corps, CHARMETTES), "pieces/courriel.html", "pièce d'exemple")


FACTURES_OGEC = (
    ("SCO-2025-T1-0087", date(2025, 9, 2), date(2025, 10, 1),
     [Ligne("Contribution des familles, 1er trimestre 2025-2026 — Hugo Lefèvre (4e B)", Decimal(1), "trimestre", Decimal("645.00"))],
     "facture-SCO-2025-T1-0087.pdf"),
    ("SCO-2025-T2-0087", date(2025, 12, 1), date(2026, 1, 5),
     [Ligne("Contribution des familles, 2e trimestre 2025-2026 — Hugo Lefèvre (4e B)", Decimal(1), "trimestre", Decimal("645.00"))],
     "facture-SCO-2025-T2-0087.pdf"),
    ("DP-2025-12-0087", date(2025, 12, 12), date(2026, 1, 10),
     [Ligne("Demi-pension du 2 septembre au 19 décembre 2025 (4 jours par semaine)", Decimal(64), "repas", Decimal("6.45"))],
     "facture-DP-2025-12-0087.pdf"),
)  # fmt: skip


def facture_ogec(numero: str, jour: date, echeance: date, lignes: Sequence[Ligne]) -> bytes:
    tableau, total, _ = _tableau(lignes, avec_tva=False)
    corps = (
        _client(LEFEVRE)
        + f"<h1>Facture n° {escape(numero)}</h1>"
        + f"<div class='ref'>Date : {date_courte(jour)} — À régler avant le <b>{date_courte(echeance)}</b><br>"
        "Famille Lefèvre — élève : Hugo Lefèvre, classe de 4e B — contrat de scolarisation du 10/06/2025</div>"
        + tableau
        + _totaux(total, Decimal(0))
        + f"<div class='conditions'><p>Règlement par virement (IBAN {CHARMETTES.iban} — BIC "
        f"{CHARMETTES.bic}) ou par chèque à l'ordre de l'OGEC Notre-Dame des Charmettes, en rappelant le "
        "numéro de facture.</p><p>En cas de difficulté, la cheffe d'établissement vous reçoit sur "
        "rendez-vous pour convenir d'un échéancier.</p></div>"
    )
    return ecrire_pdf(_page(corps, CHARMETTES), "pieces/courriel.html", "pièce d'exemple")


def fichiers() -> dict[Path, Callable[[], bytes]]:
    tous: dict[Path, Callable[[], bytes]] = {
        B2B / "devis-D-2025-064-signe.pdf": devis_signe,
        B2B / "bon-livraison-BL-2025-118.jpg": bon_de_livraison_jpeg,
        B2B / "ar-1A20345678912.png": ar_b2b_png,
        B2B / "courriel-2025-12-02.eml": courriel_b2b_eml,
        OGEC / "contrat-scolarisation-2025-2026.pdf": contrat_scolarisation,
        OGEC / "courriel-2025-11-04.txt": courriel_ogec_txt,
        OGEC / "ar-1A20456789023.jpg": ar_ogec_jpeg,
        OGEC / "pouvoir-2025-09-01.pdf": pouvoir_ogec,
    }
    for numero, jour, echeance, objet, nom in FACTURES_B2B:
        fabrique = facture_facturx if nom.endswith("-facturx.pdf") else facture_b2b
        tous[B2B / nom] = lambda f=fabrique, n=numero, j=jour, e=echeance, o=objet: f(n, j, e, o)  # type: ignore[misc]
    for numero, jour, echeance, lignes, nom in FACTURES_OGEC:
        tous[OGEC / nom] = lambda n=numero, j=jour, e=echeance, li=lignes: facture_ogec(n, j, e, li)  # type: ignore[misc]
    return tous


def main() -> None:
    for chemin, fabrique in sorted(fichiers().items()):
        chemin.parent.mkdir(parents=True, exist_ok=True)
        chemin.write_bytes(fabrique())
        print(f"écrit : {chemin.relative_to(ICI.parent)}")


if __name__ == "__main__":
    main()
