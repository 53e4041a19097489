"""What a lawyer's reading of the eight sample packs found (second review), each defect read back
from the real output — the PDF text, the report or calcul.json — so that it cannot come back."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from dossier.render.readback import normaliser
from tests.golden.echantillons import ECHANTILLONS, Paquet, date_longue, euros, jour


class Rangees(HTMLParser):
    """The text of each table row of a page, its cells in order."""

    def __init__(self) -> None:
        super().__init__()
        self.rangees: list[str] = []
        self._courante: list[str] | None = None

    def handle_starttag(self, balise: str, attributs: list[tuple[str, str | None]]) -> None:
        if balise == "tr":
            self._courante = []

    def handle_endtag(self, balise: str) -> None:
        if balise == "tr" and self._courante is not None:
            self.rangees.append("".join(self._courante))
            self._courante = None

    def handle_data(self, donnees: str) -> None:
        if self._courante is not None:
            self._courante.append(donnees)


def _sans_blancs(texte: str) -> str:
    """Line breaks and spaces fall anywhere in a laid-out cell: compare the characters alone."""
    return "".join(unicodedata.normalize("NFC", texte).split())


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_une_rangee_du_rapport_tient_sur_une_page(paquets: dict[str, Paquet], echantillon: str) -> None:
    """A row of the report's tables is never split between two pages (CSS `break-inside: avoid` on
    `tr`, which WeasyPrint honours): plan-virement's « Intérêts ou pénalités » had its article on
    the next page."""
    paquet = paquets[echantillon]
    lecteur = Rangees()
    lecteur.feed(paquet.fichiers["rapport.html"].decode("utf-8"))
    pages = [_sans_blancs(page) for page in paquet.pages("rapport.pdf")]
    assert len(pages) > 1 and lecteur.rangees
    for rangee in lecteur.rangees:
        texte = _sans_blancs(rangee)
        assert any(texte in page for page in pages), rangee


def test_la_piece_d_un_rendez_vous_porte_le_titre_de_son_document(paquets: dict[str, Paquet]) -> None:
    """injonction-b2b's pièce 5 is the delivery note signed at the meeting: the bordereau and the
    requête name it so (`echanges[].titre_piece`), not « Document du rendez-vous », the default title
    of a file attached to a meeting, which read as minutes of it."""
    paquet = paquets["injonction-b2b"]
    titre = "Bon de livraison BL-2025-118 du 12 septembre 2025, signé sans réserve par M. Chabert"
    assert f"5 {titre} 12/09/2025 1" in paquet.texte("injonction/bordereau.pdf")
    assert f"Pièce n° 5 : {titre}" in paquet.texte("injonction/requete.pdf")
    # the photograph of the note, stamped with its file's name
    assert "bon-livraison-BL-2025-118.jpg" in paquet.texte("injonction/pieces/05-rencontre-2025-09-12.pdf")
    assert "Document du rendez-vous" not in paquet.texte("injonction/dossier-injonction.pdf")


def test_le_courriel_produit_repond_a_une_lettre_envoyee_par_courriel(paquets: dict[str, Paquet]) -> None:
    """injonction-b2b's pièce 6, the debtor's email, quoted an email of 28 November, when the claim
    says the letter of that day went by post (relance 2) and that only relance 1 (14 November) went
    by email: the pièce now answers that one, and its figures are the letter's."""
    paquet = paquets["injonction-b2b"]
    courriel = paquet.texte("injonction/pieces/06-email-2025-12-02.pdf")
    cite = re.search(r"> Le (\d+) nov\. 2025 à \d\d:\d\d, (.+?) a écrit :", courriel)
    assert cite is not None and cite[2] == paquet.claim["creancier"]["nom"]
    envoyes = {c["date"]: c.get("envoi", "courrier") for c in paquet.claim["courriers"]}
    assert envoyes[f"2025-11-{int(cite[1]):02d}"] == "email"
    relance = paquet.texte("relance-1.pdf")
    assert "Total restant dû 6 420,00 €" in relance and "total restant dû 6 420,00 €" in courriel
    assert "échues depuis le 30 août 2025" not in courriel


REFERENCES = re.compile(r"(?:Notre référence|Référence|Premier courrier) : (\S+)|référence « (\S+) »")


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_une_seule_forme_de_reference_par_dossier(paquets: dict[str, Paquet], echantillon: str) -> None:
    """Every letter's reference, the one it recalls (« Premier courrier : … », R124-4) and the one the
    payment asks for are the claim's reference and the letter's suffix: agence-mandat's relance 1
    was recorded as « RE-FO-88231-1 » while relance 2 was drafted « FO-88231-R2 »."""
    paquet = paquets[echantillon]
    prefixe = paquet.claim["reference"] + "-"
    lues = set()
    for nom in paquet.pdfs:
        if nom.startswith(("injonction/", "echeancier", "mandat-sepa")):
            continue  # the court's documents and the plan carry the file's reference alone
        for m in REFERENCES.finditer(paquet.texte(nom)):
            reference = (m[1] or m[2]).rstrip(",")
            lues.add(reference)
            assert reference.startswith(prefixe), (nom, reference)
    assert lues


@pytest.mark.parametrize("echantillon", ["plan-virement", "plan-sepa"])
def test_apres_un_plan_signe_le_rapport_dit_son_solde(paquets: dict[str, Paquet], echantillon: str) -> None:
    """plan-virement's report said « Total dû 7 077,18 € », the sum the plan acknowledged, when after
    the signed plan what is owed is its balance (2 438,92 €): the plan governs (DESIGN, Decisions).
    The invoices' computation stops the day before the agreement, in calcul.json and in the report."""
    paquet = paquets[echantillon]
    calcul, plan = paquet.calcul, paquet.calcul["plan"]
    assert plan is not None and plan["decheance_du_terme"] is None
    versements = sum(Decimal(v["montant"]) for v in plan["versements"])
    assert Decimal(plan["solde"]) == versements - Decimal(plan["total_paye"])
    assert calcul["total_du"] == plan["reconnu"]["total"]  # calcul.json's totals: the acknowledged sum
    arrete = jour(plan["arrete_au"])
    assert arrete < jour(plan["date_accord"]) and all(jour(p["au"]) <= arrete for p in calcul["periodes"])
    texte = paquet.texte("rapport.pdf")
    solde = euros(Decimal(plan["solde"]))
    assert f"Solde de l'échéancier : ce qui reste dû {solde}" in texte
    assert "Total dû" not in texte
    assert f"arrêtés au {date_longue(arrete)}, veille de l'accord" in texte
    for p in calcul["periodes"]:  # each period's row ends by the eve of the agreement
        assert f"{p['facture']} du {jour(p['du']):%d/%m/%Y} au {jour(p['au']):%d/%m/%Y}" in texte
    if echantillon == "plan-virement":
        assert solde == "2 438,92 €" and "dont échu et impayé 1 220,84 €" in texte


def test_la_requete_s_accorde_avec_une_debitrice(paquets: dict[str, Paquet]) -> None:
    """injonction-ogec's debtor is a woman (`civilite: Madame`): « la débitrice a été mise en
    demeure », in the requête and the history of amicable attempts; a company keeps « le débiteur »."""
    ogec = paquets["injonction-ogec"]
    requete = ogec.texte("injonction/requete.pdf")
    assert "la débitrice a été mise en demeure de payer" in requete
    assert "La débitrice Madame Sophie Lefèvre" in requete
    historique = ogec.texte("injonction/historique.pdf")
    assert "reçue par la débitrice" in historique and "échanges avec la débitrice" in historique
    for texte in (requete, historique):
        assert "le débiteur" not in texte.lower()
    societe = paquets["injonction-b2b"].texte("injonction/requete.pdf")
    assert "le débiteur a été mis en demeure de payer" in societe and "débitrice" not in societe


@pytest.mark.parametrize(
    ("echantillon", "nom"),
    [
        ("injonction-ogec", "OGEC Notre-Dame des Charmettes"),
        ("ecole-ogec", "OGEC Saint-Joseph de Villeurbanne"),
    ],
)
def test_le_nom_d_un_organisme_prend_son_article(
    paquets: dict[str, Paquet], echantillon: str, nom: str
) -> None:
    """« OGEC Saint-Joseph … pourra saisir » lacked its article: `creancier.article: "l'"` gives it
    wherever the name runs in a sentence (« l'OGEC … pourra saisir », « de l'OGEC », « à l'OGEC »),
    while the letterhead and the identity keep the name as registered."""
    paquet = paquets[echantillon]
    assert paquet.claim["creancier"]["article"] == "l'"
    lettre = paquet.texte("mise-en-demeure.pdf")
    assert f"À défaut de règlement dans ce délai, l'{nom} pourra saisir" in lettre
    assert lettre.startswith(nom)  # the letterhead
    if echantillon == "injonction-ogec":
        requete = paquet.texte("injonction/requete.pdf")
        assert f"de payer à l'{nom} :" in requete and f"Présentée par l'{nom} contre" in requete
        assert f"Démarches amiables de l'{nom} auprès" in paquet.texte("injonction/historique.pdf")
        assert f"à l'{nom}, arrêté au" in paquet.texte("injonction/decompte.pdf")
        assert not re.search(rf"(?:par|à|d') {nom}", requete)


class Chiffres(HTMLParser):
    """The report's figures table: each row's anchor, amount (data-montant) and « Imprimé dans »."""

    def __init__(self) -> None:
        super().__init__()
        self.lignes: dict[str, tuple[str, list[str]]] = {}
        self._ancre: str | None = None
        self._montant = ""
        self._cellules: list[str] = []

    def handle_starttag(self, balise: str, attributs: list[tuple[str, str | None]]) -> None:
        attrs = dict(attributs)
        if balise == "tr":
            self._ancre, self._cellules = attrs.get("id"), []
        elif balise == "td" and self._ancre:
            self._cellules.append("")
            self._montant = str(attrs.get("data-montant") or self._montant)

    def handle_data(self, donnees: str) -> None:
        if self._ancre and self._cellules:
            self._cellules[-1] += donnees

    def handle_endtag(self, balise: str) -> None:
        if balise == "tr" and self._ancre and len(self._cellules) == 6:
            ou = normaliser(self._cellules[-1])  # « relance-1.pdf p. 1 ; … », its spaces no-break
            self.lignes[self._ancre] = (self._montant, [] if ou == "—" else ou.split(" ; "))
        if balise == "tr":
            self._ancre, self._montant = None, ""


def _imprime_dans(paquet: Paquet) -> dict[str, tuple[str, list[str]]]:
    lecteur = Chiffres()
    lecteur.feed(paquet.fichiers["rapport.html"].decode("utf-8"))
    assert lecteur.lignes
    return lecteur.lignes


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_imprime_dans_cite_la_ligne_de_ce_chiffre(paquets: dict[str, Paquet], echantillon: str) -> None:
    """« Imprimé dans » matched amounts by value: it cited relance 1 for an invoice relance 1 does
    not print (bailleur-loyers, ecole-ogec, injonction-ogec) and every « 0,00 € » of a « Déjà réglé »
    cell for a nil total (agence-mandat). Now each cited page prints the figure in its place: an
    invoice's row ending with what remains of it, a letter's own total in that letter, a nil figure
    nowhere."""
    paquet = paquets[echantillon]
    factures = {f"facture-{rang}": f for rang, f in enumerate(paquet.calcul["factures"])}
    for ancre, (valeur, lieux) in _imprime_dans(paquet).items():
        if not Decimal(valeur):
            assert lieux == [], (ancre, lieux)
        for lieu in lieux:
            document, page = lieu.rsplit(" p. ", 1)
            texte = normaliser(paquet.pages(document)[int(page) - 1])
            montant = euros(Decimal(valeur))
            assert montant in texte, (ancre, lieu)
            if ancre in factures:
                numero = re.escape(factures[ancre]["numero"])
                rangee = rf"{numero} [^€]*?\d[\d ]*,\d\d € \d[\d ]*,\d\d € {montant}"
                assert re.search(rangee, texte), (ancre, lieu)
            if ancre.startswith("lettre-"):
                assert ancre == "lettre-" + document.replace("/", "-").removesuffix(".pdf"), (ancre, lieu)


def test_imprime_dans_ne_prend_pas_une_echeance_pour_le_retard(paquets: dict[str, Paquet]) -> None:
    """plan-virement: the missed instalment (1 220,84 €) is the delay the reminder names, not the
    échéancier's schedule, which prints the same amount as the instalment itself."""
    lignes = _imprime_dans(paquets["plan-virement"])
    assert lignes["retard-plan"] == ("1220.84", ["rappel-echeance-4.pdf p. 1"])
    # bailleur-loyers' relance 1 does not list the rent notice AVIS-2026-01: it is not cited there
    assert "relance-1.pdf p. 1" not in _imprime_dans(paquets["bailleur-loyers"])["facture-1"][1]


# A plain space where French punctuation holds to its word (before « : ; ! ? », inside « », after
# « n° »): the text of a PDF as extracted, before any normalisation folds its spaces.
ESPACE_SECABLE = re.compile(r" [:;!?»]|« |\bn° ")


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_la_ponctuation_tient_a_son_mot(paquets: dict[str, Paquet], echantillon: str) -> None:
    """French typography, done once for every document (francais.typographie, applied to each
    block's text, each value a template prints and each HTML layout's own words): no-break spaces
    U+00A0 — the house space, the one before « € » and « % » — in the letters, the court documents
    and the report (found in a lawyer's review)."""
    paquet = paquets[echantillon]
    noms = [n for n in paquet.fichiers if n.endswith(".pdf") and not n.startswith("injonction/pieces/")]
    for nom in sorted(n for n in noms if n != "injonction/dossier-injonction.pdf"):
        for rang, page in enumerate(paquet.pages(nom), start=1):
            fautes = [page[max(m.start() - 25, 0) : m.end() + 10] for m in ESPACE_SECABLE.finditer(page)]
            assert not fautes, (nom, rang, fautes)
    assert any("\xa0:" in page for page in paquet.pages("rapport.pdf"))  # no-break, not missing
