"""The letters as a debtor sees them (issue 24), measured on the PDFs `build` writes: where each word
lies (poppler's `pdftotext -bbox`) and what the page shows (`pdftoppm`, the payment code read back
by `zbarimg` from a crop of the page image).

- A reminder holds on one page when its content allows; the page count of every sample's reminders
  is fixed here, and a letter on two pages breaks between paragraphs: its last page never holds
  only the closing formula, the signature and the payment code.
- The summary rows of an amounts table (« Principal restant dû », « Pénalités de retard … »,
  « Indemnités forfaitaires … (2 × 40,00 €) », « Total dû ») span the table: label and amount on one
  line, nothing wider than the table.
- The payment code sits beside the signature: in the band under the closing formula, on its left,
  the signatory on its right.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document
from PIL import Image

from dossier.render.readback import texte_docx
from tests.golden.echantillons import ECHANTILLONS, Paquet
from tests.qr import decoder_image, outil

MM = 72 / 25.4  # PDF points per millimetre
GAUCHE, DROITE = 20 * MM, 190 * MM  # the letters' text column (A4, 20 mm margins)
ENTETE_ET_PIED = 10  # no word of the content below the foot's top, in mm from the sheet's bottom

# Each sample's reminders and notices, and the pages their content needs. Two pages: an agency's
# letters (four lines of CPCE R124-4 mentions at the foot, L111-8 quoted verbatim), a table of three
# invoices with their labels, or a notice with its recorded-delivery header and copy footer.
PAGES = {
    "agence-mandat": {"relance-1.pdf": 2, "relance-2.pdf": 2},
    "b2b-menuiserie": {"relance-1.pdf": 1, "relance-2.pdf": 1},
    "bailleur-loyers": {"relance-1.pdf": 1, "relance-2.pdf": 1, "mise-en-demeure.pdf": 2},
    "ecole-ogec": {"relance-1.pdf": 1, "relance-2.pdf": 1, "mise-en-demeure.pdf": 1},
    "injonction-b2b": {"relance-1.pdf": 1, "relance-2.pdf": 2, "mise-en-demeure.pdf": 2},
    "injonction-ogec": {"relance-1.pdf": 1, "relance-2.pdf": 1, "mise-en-demeure.pdf": 2},
    "plan-sepa": {"relance-1.pdf": 1, "relance-2.pdf": 1, "mise-en-demeure.pdf": 1},
    "plan-virement": {"relance-1.pdf": 1, "relance-2.pdf": 1, "rappel-echeance-4.pdf": 1},
}
COURRIER = re.compile(r"^(relance-\d|mise-en-demeure|rappel-echeance-\d+|decheance-du-terme)[^/]*\.pdf$")
RESUMES = re.compile(
    r"^(Principal restant dû|Pénalités de retard \(C\. com\. L441-10\)|Intérêts[^€]*|Autres accessoires|"
    r"Indemnités forfaitaires pour frais de recouvrement \(\d+ × 40,00 €\)|Total dû|Total restant dû)"
    r" -?[\d  ]+,\d\d €$"
)
DEBUT_RESUME = re.compile(
    r"^(Principal|Pénalités de retard|Indemnités forfaitaires|Intérêts|Autres accessoires|Total)\b"
)
FORMULE = re.compile(r"^(Nous vous prions|Je vous prie) d'agréer")


@dataclass(frozen=True)
class Ligne:
    haut: float  # points from the top of the page
    bas: float
    gauche: float
    droite: float
    texte: str


def lignes(pdf: Path) -> list[list[Ligne]]:
    """Each page's lines of words, top to bottom (words grouped by their baseline box)."""
    xml = subprocess.run([outil("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, check=True)
    pages = []
    for page in xml.stdout.decode("utf-8").split("<page ")[1:]:
        mots = [
            (float(y0), float(y1), float(x0), float(x1), m)
            for x0, y0, x1, y1, m in re.findall(
                r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', page
            )
        ]
        rangees: dict[float, list[tuple[float, float, float, float, str]]] = {}
        for mot in mots:
            cle = next((k for k in rangees if abs(k - mot[0]) < 1.5), mot[0])
            rangees.setdefault(cle, []).append(mot)
        pages.append(
            [
                Ligne(
                    min(m[0] for m in ms),
                    max(m[1] for m in ms),
                    min(m[2] for m in ms),
                    max(m[3] for m in ms),
                    html.unescape(" ".join(m[4] for m in sorted(ms, key=lambda m: m[2]))),
                )
                for _, ms in sorted(rangees.items())
            ]
        )
    return pages


def _courriers(paquet: Paquet) -> list[str]:
    return sorted(nom for nom in paquet.fichiers if COURRIER.match(nom))


@pytest.fixture(scope="module")
def mesures(paquets: dict[str, Paquet]) -> dict[tuple[str, str], list[list[Ligne]]]:
    return {
        (echantillon, nom): lignes(paquet.dossier / nom)
        for echantillon, paquet in paquets.items()
        for nom in _courriers(paquet)
    }


def test_chaque_courrier_a_son_nombre_de_pages(paquets: dict[str, Paquet]) -> None:
    assert set(PAGES) == set(ECHANTILLONS)
    constate = {e: {nom: len(p.pages(nom)) for nom in _courriers(p)} for e, p in paquets.items()}
    assert constate == PAGES
    relances = [pages for e in PAGES.values() for nom, pages in e.items() if nom.startswith("relance")]
    assert relances.count(1) >= 12  # before issue 24, every one of the 16 took two pages


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_la_derniere_page_n_est_jamais_que_la_formule_et_la_signature(
    paquets: dict[str, Paquet], mesures: dict[tuple[str, str], list[list[Ligne]]], echantillon: str
) -> None:
    for nom in _courriers(paquets[echantillon]):
        pages = mesures[(echantillon, nom)]
        derniere = pages[-1]
        (formule,) = [i for i, ligne in enumerate(derniere) if FORMULE.match(ligne.texte)]
        if len(pages) > 1:
            avant = " ".join(ligne.texte for ligne in derniere[:formule])  # a paragraph, at least
            assert len(avant) > 40 and avant.endswith((".", "»")), (nom, "page de la seule formule")


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_les_lignes_de_resume_tiennent_sur_une_ligne_du_tableau(
    paquets: dict[str, Paquet], mesures: dict[tuple[str, str], list[list[Ligne]]], echantillon: str
) -> None:
    vus = 0
    for nom in _courriers(paquets[echantillon]):
        for page in mesures[(echantillon, nom)]:
            for ligne in page:
                if ligne.bas > (297 - ENTETE_ET_PIED) * MM:
                    continue
                assert ligne.gauche >= GAUCHE - 0.5 and ligne.droite <= DROITE + 0.5, (nom, ligne)
                if DEBUT_RESUME.match(ligne.texte) and "€" in ligne.texte and "|" not in ligne.texte:
                    assert RESUMES.match(ligne.texte), (nom, ligne.texte)
                    vus += 1
    assert vus >= 2  # every letter has a total; B2B ones their penalties and indemnities too


def test_les_indemnites_ne_sont_plus_coupees(mesures: dict[tuple[str, str], list[list[Ligne]]]) -> None:
    (relance,) = [
        lig for page in mesures[("b2b-menuiserie", "relance-2.pdf")] for lig in page if "Indemn" in lig.texte
    ]
    assert relance.texte == "Indemnités forfaitaires pour frais de recouvrement (2 × 40,00 €) 80,00 €"


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_le_code_de_paiement_est_a_cote_de_la_signature(
    paquets: dict[str, Paquet],
    mesures: dict[tuple[str, str], list[list[Ligne]]],
    echantillon: str,
    tmp_path: Path,
) -> None:
    paquet = paquets[echantillon]
    for nom in _courriers(paquet):
        if "scannez ce code" not in paquet.texte(nom):
            continue
        pages = mesures[(echantillon, nom)]
        derniere = pages[-1]
        (formule,) = [ligne for ligne in derniere if FORMULE.match(ligne.texte)]
        signataire = next(ligne for ligne in derniere if ligne.haut > formule.bas and ligne.gauche > 100 * MM)
        image = _page(paquet.dossier / nom, len(pages), tmp_path)
        echelle = image.height / (297 * MM)
        haut, bas = formule.bas * echelle, (formule.bas + 40 * MM) * echelle
        milieu = 100 * MM * echelle
        assert _codes(image.crop((0, haut, milieu, bas)), tmp_path) == 1, nom  # the code: left, in the band
        assert _codes(image.crop((0, 0, image.width, formule.haut * echelle)), tmp_path) == 0, nom
        assert formule.bas < signataire.haut < formule.bas + 15 * MM, (nom, signataire)  # signatory: right


def _page(pdf: Path, numero: int, dossier: Path) -> Image.Image:
    prefixe = dossier / f"page-{pdf.stem}"
    commande = [outil("pdftoppm"), "-r", "150", "-png", "-f", str(numero), "-l", str(numero)]
    subprocess.run([*commande, str(pdf), str(prefixe)], check=True)
    (fichier,) = dossier.glob(f"page-{pdf.stem}-*.png")
    image = Image.open(fichier)
    image.load()
    fichier.unlink()
    return image


def _codes(image: Image.Image, dossier: Path) -> int:
    fichier = dossier / "decoupe.png"
    image.save(fichier)
    try:
        return len([ligne for ligne in decoder_image(fichier) if ligne == "BCD"])
    except subprocess.CalledProcessError as erreur:  # zbarimg: exit 4, nothing found
        assert erreur.returncode == 4, erreur
        return 0


def test_le_docx_fusionne_les_memes_lignes(paquets: dict[str, Paquet]) -> None:
    """The editable twin spans the same summary rows (docxtpl `colspan`), each cell's text once."""
    document = Document(io.BytesIO(paquets["b2b-menuiserie"].fichiers["relance-2.docx"]))
    (tableau,) = [t for t in document.tables if t.rows[0].cells[0].text == "Facture"]
    debuts = ("Principal", "Pénalités", "Indemn", "Total")
    resumes = [r for r in tableau.rows if r.cells[0].text.startswith(debuts)]
    assert len(resumes) == 4
    for rangee in resumes:
        assert rangee.cells[0].grid_span == len(tableau.rows[0].cells) - 1
    texte = texte_docx(paquets["b2b-menuiserie"].fichiers["relance-2.docx"])
    assert texte.count("Indemnités forfaitaires pour frais de recouvrement (2 × 40,00\xa0€)") == 1
