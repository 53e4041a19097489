"""The plan samples read back from their PDFs (docs/droit.md § 5): the schedule adds up to the
acknowledged sum, which is written in letters and figures; the remaining balances run down; one
payment code per instalment decodes to the right account, amount and remittance text; the SEPA
mandate carries the RUM (re-derived here) and the ICS; the missed instalment's reminder claims the
arrears re-derived from claim.yaml; the signature boxes sit where render/zones.py says; no text of
the plan trips the tone linter.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import re
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream

from dossier.model.load import charger
from dossier.render.zones import RECTANGLES, zone_mention, zones_signature
from dossier.tone.contexte import Contexte
from dossier.tone.linter import examiner
from tests.golden.echantillons import MONTANT, Paquet, chemin_claim, euros, montant_fr
from tests.qr import decoder_codes

SEPA, VIREMENT = "plan-sepa", "plan-virement"
# The acknowledged sums in words, written by hand (C. civ. 1376: letters and figures).
EN_LETTRES = {
    SEPA: "trois mille deux cents euros et trente-deux centimes (3 200,32 €)",
    VIREMENT: "sept mille soixante-dix-sept euros et dix-huit centimes (7 077,18 €)",
}
_RANG = re.compile(
    rf"(?P<rang>Acompte|\d+/\d+) (?P<date>\d\d/\d\d/\d{{4}}) "
    rf"(?:(?P<capital>{MONTANT}) € (?P<interets>{MONTANT}) € )?"
    rf"(?P<montant>{MONTANT}) € (?P<restant>{MONTANT}) €"
)


def _calendrier(texte: str) -> list[dict[str, str]]:
    debut = texte.index("Article 2")
    fin = texte.index("Article 3")
    return [m.groupdict() for m in _RANG.finditer(texte[debut:fin])]


def test_calendrier_s_additionne_au_centime(paquets: dict[str, Paquet]) -> None:
    for echantillon, nombre in ((SEPA, 6), (VIREMENT, 5)):
        paquet = paquets[echantillon]
        texte = paquet.texte("echeancier.pdf")
        assert f"la somme de {EN_LETTRES[echantillon]}" in texte
        total = montant_fr(EN_LETTRES[echantillon].split("(")[1].removesuffix(" €)"))
        rangs = _calendrier(texte)
        numeros = [r["rang"] for r in rangs if r["rang"] != "Acompte"]
        assert numeros == [f"{n}/{nombre}" for n in range(1, nombre + 1)]
        capitaux = [montant_fr(r["capital"] or r["montant"]) for r in rangs]
        assert sum(capitaux, Decimal(0)) == total
        # Each remaining balance is the previous one less this payment's capital, down to zero.
        reste = total
        for rang, capital in zip(rangs, capitaux, strict=True):
            reste -= capital
            assert montant_fr(rang["restant"]) == reste, rang
        assert reste == 0
        # Equal instalments, the rounding cents on the last one (plan by number of instalments),
        # and the text says exactly that — with the two figures of the table.
        reguliers = [c for r, c in zip(rangs, capitaux, strict=True) if r["rang"] != "Acompte"]
        assert len(set(reguliers[:-1])) == 1 and 0 < reguliers[-1] - reguliers[0] < Decimal(nombre) / 100
        assert (
            f"Sur les {nombre} échéances, {nombre - 1} sont de {euros(reguliers[0])} chacune"
            f"{' en capital' if echantillon == VIREMENT else ''} et la dernière de {euros(reguliers[-1])}, "
            "parce qu'elle porte en plus les centimes restants de la division"
        ) in texte
        assert "égales au centime près" not in texte
        payer = sum((montant_fr(r["montant"]) for r in rangs), Decimal(0))
        assert f"Total {euros(total)}" in texte or f"Total {euros(payer)}" in texte


def test_interets_pendant_le_plan_recalcules(paquets: dict[str, Paquet]) -> None:
    """plan-virement: 2.62 % (legal rate, 1st half of 2026) on the principal remaining, day by day.

    C. civ. 1343-2: the 157,18 € of penalties acknowledged bear no interest; the payments pay them
    and the 80,00 € of indemnities first (1343-1), so the base of each instalment is the capital
    remaining, capped at the principal (6 840,00 €). Here the 1 000,00 € down payment, paid at
    signing, covers the 237,18 € at once: from the agreement on, all the capital remaining is
    principal, and the interest is 9,16 + 9,77 + 8,11 + 5,41 + 2,62 = 35,07 € (e.g. the 1st: 6 077,18 ×
    2,62 % × 21 days / 365 = 9,1606… → 9,16 €).
    """
    texte = paquets[VIREMENT].texte("echeancier.pdf")
    assert (
        "taux fixe de 2,62 % l'an" in texte
        and "taux convenu entre les parties par le présent échéancier" in texte
    )
    assert "1907" not in texte  # the loan's article does not govern a debt paid in instalments
    assert (
        "aux pénalités de retard et indemnités forfaitaires (237,18 €), puis sur le principal (article 1343-1"
        in texte
    )
    assert "conditions de l'article 1343-2 du code civil" in texte
    principal = montant_fr(re.search(rf"Principal restant dû ({MONTANT}) €", texte)[1])  # type: ignore[index]
    assert principal == Decimal("6840.00")
    rangs = _calendrier(texte)
    dates = [datetime.strptime(r["date"], "%d/%m/%Y").date() for r in rangs]
    jours = [(apres - avant).days for avant, apres in itertools.pairwise(dates)]
    # capital remaining after the previous payment, capped at the principal
    bases = [min(montant_fr(r["restant"]), principal) for r in rangs[:-1]]
    assert [montant_fr(r["interets"]) for r in rangs[1:]] == [
        Decimal(x) for x in ("9.16", "9.77", "8.11", "5.41", "2.62")
    ]
    for rang, nombre_jours, base in zip(rangs[1:], jours, bases, strict=True):
        attendu = (base * Decimal("2.62") / 100 * nombre_jours / 365).quantize(
            Decimal("0.01"), "ROUND_HALF_UP"
        )
        assert montant_fr(rang["interets"]) == attendu, rang
        assert montant_fr(rang["capital"]) + attendu == montant_fr(rang["montant"])


def test_un_code_de_paiement_par_echeance(paquets: dict[str, Paquet], tmp_path: Path) -> None:
    paquet = paquets[VIREMENT]
    texte = paquet.texte("echeancier.pdf")
    rangs = _calendrier(texte)
    (page,) = [i for i, p in enumerate(paquet.pages("echeancier.pdf"), start=1) if "Codes de paiement" in p]
    charges = decoder_codes(paquet.fichiers["echeancier.pdf"], page, tmp_path)
    banque = paquet.claim["creancier"]["banque"]
    reference = paquet.claim["reference"]
    attendues = {}
    for rang in rangs:
        # The SEPA character set has no accent: « echeance » (EPC217-08).
        libelle = (
            f"{reference} acompte" if rang["rang"] == "Acompte" else f"{reference} echeance {rang['rang']}"
        )
        attendues[libelle] = f"EUR{montant_fr(rang['montant']):.2f}"
    assert len(charges) == len(rangs) == 6
    for charge in charges:
        assert re.fullmatch(r"[A-Za-z0-9/?:().,'+ -]+", charge[-1]), charge[-1]
        assert charge[:4] == ["BCD", "002", "1", "SCT"]
        assert (charge[4], charge[5], charge[6]) == (banque["bic"], banque["titulaire"], banque["iban"])
        assert attendues.pop(charge[-1]) == charge[7]
    assert attendues == {}


def _rum(claim: dict[str, object]) -> str:
    """The RUM as the module's docstring defines it, re-derived from claim.yaml."""
    reference = str(claim["reference"])
    plan, creancier, debiteur = claim["plan"], claim["creancier"], claim["debiteur"]
    assert isinstance(plan, dict) and isinstance(creancier, dict) and isinstance(debiteur, dict)
    jour = plan["date_accord"]
    empreinte = hashlib.sha256(
        f"{creancier['ics']}|{reference}|{debiteur['banque']['iban']}|{jour}".encode()
    ).hexdigest()
    base = re.sub(r"[^A-Z0-9]", "-", reference.upper())[:18].strip("-")
    return f"{base}-{jour.replace('-', '')}-{empreinte[:6].upper()}"


def test_mandat_sepa(paquets: dict[str, Paquet]) -> None:
    paquet = paquets[SEPA]
    rum = _rum(paquet.claim)
    assert len(rum) <= 35 and re.fullmatch(r"[A-Z0-9-]+", rum)
    ics = paquet.claim["creancier"]["ics"]
    mandat = paquet.texte("mandat-sepa.pdf")
    assert f"Référence unique du mandat (RUM) {rum}" in mandat
    assert f"Identifiant créancier SEPA (ICS) {ics}" in mandat
    assert "Type de paiement Récurrent" in mandat
    assert "IBAN FR76 3000 4008 2000 0109 8765 439" in mandat and "BIC BNPAFRPPXXX" in mandat
    assert "huit semaines qui suivent la date à laquelle son compte a été débité" in mandat
    assert "autorise Menuiseries du Rhône SARL à envoyer à sa banque des ordres de prélèvement" in mandat
    echeancier = paquet.texte("echeancier.pdf")
    assert (
        f"de référence unique {rum} (RUM)" in echeancier
        and f"identifiant créancier SEPA {ics} (ICS)" in echeancier
    )


def test_clauses_de_l_echeancier(paquets: dict[str, Paquet]) -> None:
    for echantillon in (SEPA, VIREMENT):
        texte = paquets[echantillon].texte("echeancier.pdf")
        assert "article 1376 du code civil" in texte and "la somme écrite en toutes lettres prévaut" in texte
        assert "Ce n'est que si le retard persiste à l'expiration d'un délai de 15 jours" in texte
        assert "interrompt la prescription (article 2240 du code civil)" in texte
        assert "Lu et approuvé" in texte and "en deux exemplaires originaux, un pour chaque partie" in texte
    assert "Aucun intérêt ne s'ajoute aux échéances" in paquets[SEPA].texte("echeancier.pdf")
    # 5 July 2026 is a Sunday, 5 September a Saturday: paid the next Monday.
    assert "3/6 06/07/2026" in paquets[SEPA].texte("echeancier.pdf")
    assert "5/6 07/09/2026" in paquets[SEPA].texte("echeancier.pdf")


def test_rappel_de_l_echeance_impayee(paquets: dict[str, Paquet]) -> None:
    """Instalments due before 20 May 2026, less the payments since the agreement: the arrears."""
    paquet = paquets[VIREMENT]
    rangs = _calendrier(paquet.texte("echeancier.pdf"))
    dues = sum(
        (
            montant_fr(r["montant"])
            for r in rangs
            if tuple(reversed(r["date"].split("/"))) < ("2026", "05", "20")
        ),
        Decimal(0),
    )
    payes = sum((Decimal(p["montant"]) for p in paquet.claim["paiements"]), Decimal(0))
    retard = dues - payes
    assert retard == Decimal("1220.84")
    texte = paquet.texte("rappel-echeance-4.pdf")
    assert f"l'échéance n° 4/5 du 11 mai 2026, d'un montant de {euros(retard)}" in texte
    assert f"le retard s'élève à {euros(retard)}" in texte
    assert "dans un délai de 15 jours à compter de la réception" in texte
    assert "rappel écrit prévu à l'article 4 de l'échéancier" in texte
    assert "decheance-du-terme.pdf" not in paquet.fichiers  # only after the notice period


def test_ton_courtois(paquets: dict[str, Paquet]) -> None:
    """No threat, no judicial dress, no fee, read with the claim's own context: between businesses
    the L441-10 penalties and the D441-5 indemnity are lawfully named, never to a consumer."""
    for echantillon in (SEPA, VIREMENT):
        paquet = paquets[echantillon]
        contexte = Contexte.de(charger(chemin_claim(echantillon)))
        for nom in paquet.pdfs:
            assert examiner(paquet.texte(nom), contexte) == [], nom


def _cadres(pdf: bytes) -> list[tuple[float, float, float, float]]:
    """The rectangles drawn on the last page, in PDF points from the bottom left (WeasyPrint draws in
    CSS pixels, 0.75 pt, on a y-axis flipped from the page's top)."""
    lecteur = PdfReader(io.BytesIO(pdf))
    page = lecteur.pages[-1]
    hauteur = float(page.mediabox.height)
    cadres = []
    for operandes, operateur in ContentStream(page.get_contents(), lecteur).operations:
        if operateur == b"re":
            x, y, largeur, haut = (float(o) * 0.75 for o in operandes)
            cadres.append(
                (round(x, 2), round(hauteur - y - haut, 2), round(x + largeur, 2), round(hauteur - y, 2))
            )
    return cadres


def test_zones_de_signature_mesurees(paquets: dict[str, Paquet]) -> None:
    for echantillon, nom, parties in (
        (SEPA, "echeancier.pdf", {"creancier", "debiteur"}),
        (VIREMENT, "echeancier.pdf", {"creancier", "debiteur"}),
        (SEPA, "mandat-sepa.pdf", {"debiteur"}),
    ):
        pdf = paquets[echantillon].fichiers[nom]
        derniere = len(PdfReader(io.BytesIO(pdf)).pages) - 1
        zones = zones_signature(pdf)
        assert set(zones) == parties
        cadres = _cadres(pdf)
        for partie, (page, rectangle) in zones.items():
            assert page == derniere and rectangle == RECTANGLES[partie]
            assert rectangle in cadres, (nom, partie, cadres)  # the outer edge of the drawn frame
        mention = zone_mention(pdf)
        if nom == "echeancier.pdf":
            assert mention == (derniere, RECTANGLES["mention"]) and RECTANGLES["mention"] in cadres
        else:
            assert mention is None
