"""Every sample end to end: the files built, their text against the golden files, the DOCX twins,
calcul.json against `check --json`, the amounts each letter claims, inert PDFs, identical bytes.

Golden texts change only through `python -m tests.golden.regenerer` (see README.md here).
"""

from __future__ import annotations

import difflib
import itertools
import re
from decimal import Decimal
from typing import Any

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.render.readback import elements_actifs, normaliser, phrases, texte_docx
from tests.golden.conftest import ConstructionIndependante
from tests.golden.echantillons import (
    ECHANTILLONS,
    GOLDEN,
    INJONCTION,
    MARQUE,
    SAUT_DE_PAGE,
    Paquet,
    Tableau,
    chemin_claim,
    chemin_golden,
    date_longue,
    euros,
    jour,
    lire_tableau,
    texte_golden,
)
from tests.verifications import ecarts_calcul

# What `build` writes for each sample (besides calcul.json and the marker): reviewed by hand.
DOCUMENTS = {
    "agence-mandat": ("quittance-2026-02-10-1", "relance-1", "relance-2"),
    "b2b-menuiserie": ("relance-1", "relance-2"),
    "bailleur-loyers": ("mise-en-demeure", "relance-1", "relance-2"),
    "ecole-ogec": ("mise-en-demeure", "relance-1", "relance-2"),
    "injonction-b2b": ("mise-en-demeure", "relance-1", "relance-2"),
    "injonction-ogec": ("mise-en-demeure", "relance-1", "relance-2"),
    "plan-sepa": ("echeancier", "mandat-sepa", "mise-en-demeure", "relance-1", "relance-2"),
    "plan-virement": ("echeancier", "rappel-echeance-4", "relance-1", "relance-2"),
}
# The court documents of the samples that reach the requête (PDF only, no DOCX twin); the pièces
# and the merged bundle are read back in test_injonction.py.
JUDICIAIRES = ("injonction/bordereau", "injonction/decompte", "injonction/historique", "injonction/requete")
COUR = {"injonction-b2b": JUDICIAIRES, "injonction-ogec": JUDICIAIRES}
CAS = [(echantillon, document) for echantillon, documents in DOCUMENTS.items() for document in documents]
IDS = [f"{echantillon}/{document}" for echantillon, document in CAS]
CAS_PDF = CAS + [(echantillon, document) for echantillon, documents in COUR.items() for document in documents]
IDS_PDF = [f"{echantillon}/{document}" for echantillon, document in CAS_PDF]
SERIE = ("relance_1", "relance_2", "mise_en_demeure")
REGENERER = "python -m tests.golden.regenerer"
_PAGE = re.compile(r"\s*page\s*\d*\s*/\s*\d*\s*$")  # « page 1/2 » (PDF), « page / » (DOCX fields)


def test_chaque_echantillon_est_couvert() -> None:
    assert set(DOCUMENTS) == set(ECHANTILLONS)


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_fichiers_ecrits(paquets: dict[str, Paquet], echantillon: str) -> None:
    attendus = {"calcul.json", "manifest.json", "rapport.html", "rapport.pdf", MARQUE}
    attendus |= {f"{document}.{ext}" for document in DOCUMENTS[echantillon] for ext in ("pdf", "docx")}
    if echantillon in COUR:
        attendus |= {f"{document}.pdf" for document in COUR[echantillon]}
        attendus.add(f"{INJONCTION}/dossier-injonction.pdf")
    fichiers = set(paquets[echantillon].fichiers)
    pieces = {nom for nom in fichiers if re.fullmatch(rf"{INJONCTION}/pieces/\d\d-[a-z0-9-]+\.pdf", nom)}
    assert bool(pieces) == (echantillon in COUR)  # which pièces: test_injonction.py, from the bordereau
    assert fichiers - pieces == attendus


# --- golden text ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("echantillon", "document"), CAS_PDF, ids=IDS_PDF)
def test_texte_du_pdf_egal_au_golden(paquets: dict[str, Paquet], echantillon: str, document: str) -> None:
    golden = chemin_golden(echantillon, f"{document}.pdf")
    assert golden.is_file(), f"{golden} manque : lancez « {REGENERER} » et relisez le diff"
    attendu = golden.read_text(encoding="utf-8")
    obtenu = texte_golden(paquets[echantillon].fichiers[f"{document}.pdf"])
    if obtenu != attendu:
        diff = "\n".join(
            difflib.unified_diff(
                attendu.splitlines(), obtenu.splitlines(), str(golden), "PDF produit", lineterm=""
            )
        )
        pytest.fail(f"Le texte du PDF a changé. Si c'est voulu : {REGENERER}, puis relisez.\n{diff}")
    pages = attendu.split(f"\n{SAUT_DE_PAGE}\n")
    assert len(pages) == len(paquets[echantillon].pages(f"{document}.pdf"))
    for numero, page in enumerate(pages, start=1):
        assert f"page {numero}/{len(pages)}" in page


def test_aucun_golden_orphelin() -> None:
    dossiers = {d.name for d in GOLDEN.iterdir() if d.is_dir() and not d.name.startswith(("_", "."))}
    assert dossiers == set(ECHANTILLONS)
    for echantillon in ECHANTILLONS:
        textes = {f.stem for f in (GOLDEN / echantillon).glob("*.txt")}
        attendus = {*DOCUMENTS[echantillon], *(d.replace("/", "-") for d in COUR.get(echantillon, ()))}
        assert textes == attendus, f"lancez « {REGENERER} »"


# --- DOCX twins ------------------------------------------------------------------------------------


def _dans_le_pdf(phrase: str, pages: list[str]) -> bool:
    """In one page, or cut by a page break: its start in page k, its end opening page k + 1."""
    if any(phrase in page for page in pages):
        return True
    mots = phrase.split(" ")
    for page, suivante in itertools.pairwise(pages):
        for coupure in range(1, len(mots)):
            debut, fin = " ".join(mots[:coupure]), " ".join(mots[coupure:])
            if debut in page and suivante.startswith(fin):
                return True
    return False


@pytest.mark.parametrize(("echantillon", "document"), CAS, ids=IDS)
def test_docx_dit_la_meme_chose_que_le_pdf(
    paquets: dict[str, Paquet], echantillon: str, document: str
) -> None:
    paquet = paquets[echantillon]
    lignes_pdf = [
        normaliser(_PAGE.sub("", ligne))
        for page in paquet.pages(f"{document}.pdf")
        for ligne in page.splitlines()
    ]
    pages = [
        normaliser("\n".join(_PAGE.sub("", ligne) for ligne in page.splitlines()))
        for page in paquet.pages(f"{document}.pdf")
    ]
    paragraphes = [
        normaliser(_PAGE.sub("", ligne))
        for ligne in texte_docx(paquet.fichiers[f"{document}.docx"]).splitlines()
    ]
    paragraphes = [p for p in paragraphes if p]
    texte_word = " ".join(paragraphes)
    assert len(paragraphes) > 10

    # Every sentence of the DOCX is printed in the PDF…
    absentes_du_pdf = [s for p in paragraphes for s in phrases(p) if not _dans_le_pdf(s, pages)]
    assert absentes_du_pdf == []
    # …and every line printed in the PDF is in the DOCX.
    absentes_du_docx = [ligne for ligne in lignes_pdf if ligne and ligne not in texte_word]
    assert absentes_du_docx == []


# --- calcul.json -------------------------------------------------------------------------------------


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_calcul_json_egal_a_check_json(paquets: dict[str, Paquet], echantillon: str) -> None:
    resultat = CliRunner().invoke(
        cli, ["check", "--json", str(chemin_claim(echantillon))], env={"DOSSIER_PARAMETRES": None}
    )
    assert resultat.exit_code == 0, resultat.output
    assert resultat.stdout.encode("utf-8") == paquets[echantillon].fichiers["calcul.json"]


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_calcul_json_se_recalcule(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    assert ecarts_calcul(paquet.calcul) == []
    assert paquet.calcul["date"] == paquet.claim["date_edition"]
    assert paquet.calcul["reference"] == paquet.claim["reference"]
    assert {f["numero"] for f in paquet.calcul["factures"]} == {f["numero"] for f in paquet.claim["factures"]}


# --- the amounts each letter claims -----------------------------------------------------------------


def _verifier_tableau(tableau: Tableau) -> None:
    """Each invoice line adds up, the lines add up to the principal, the principal and the
    other lines add up to the printed total."""
    assert tableau.rangees, "aucune facture dans le tableau"
    for rangee in tableau.rangees:
        assert rangee.ttc - rangee.paye == rangee.reste, rangee
    somme_restes = sum((r.reste for r in tableau.rangees), Decimal(0))
    if not tableau.postes:
        assert tableau.libelle_total == "Total restant dû"
        assert somme_restes == tableau.total
        return
    libelle, principal = tableau.postes[0]
    assert libelle == "Principal restant dû"
    assert principal == somme_restes
    assert sum((montant for _, montant in tableau.postes), Decimal(0)) == tableau.total
    for nombre, unite in tableau.multiples:
        (indemnites,) = [m for libelle, m in tableau.postes if libelle.startswith("Indemnités forfaitaires")]
        assert nombre * unite == indemnites


def _autres_postes(tableau: Tableau) -> dict[str, Decimal]:
    return {libelle: montant for libelle, montant in tableau.postes[1:] if montant}


def _principal_au(claim: dict[str, Any], date_lettre: str, visees: list[str] | None) -> dict[str, tuple]:
    """Per invoice due before the letter's day: (TTC, paid, remaining), from the claim alone.

    A payment goes to the invoice it names, else to the oldest invoice due that still has a
    balance (C. civ. 1342-10, as the samples use it).
    """
    factures = sorted(claim["factures"], key=lambda f: f["echeance"])
    paye = {f["numero"]: Decimal(0) for f in factures}
    for paiement in sorted(claim.get("paiements") or [], key=lambda p: p["date"]):
        if paiement["date"] > date_lettre:
            continue
        numero = paiement.get("facture") or next(
            f["numero"]
            for f in factures
            if f["echeance"] < paiement["date"] and Decimal(f["montant_ttc"]) > paye[f["numero"]]
        )
        paye[numero] += Decimal(paiement["montant"])
    return {
        f["numero"]: (
            Decimal(f["montant_ttc"]),
            paye[f["numero"]],
            Decimal(f["montant_ttc"]) - paye[f["numero"]],
        )
        for f in factures
        if f["echeance"] < date_lettre and (visees is None or f["numero"] in visees)
    }


def _effet_premiere_mise_en_demeure(claim: dict[str, Any]) -> str | None:
    dates = [
        (c.get("accuse_reception") or {}).get("date") or c["date"]
        for c in claim.get("courriers") or []
        if c["type"] == "mise_en_demeure"
    ]
    return min(dates) if dates else None


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_chaque_lettre_additionne_ses_lignes(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    for lettre in paquet.lettres():
        texte = paquet.texte(lettre["fichier"])
        tableau = lire_tableau(texte)
        _verifier_tableau(tableau)
        total = euros(tableau.total)
        assert f"la somme de {total}" in texte, lettre["fichier"]
        if "scannez ce code" in texte:
            assert f"Montant : {total}" in texte, lettre["fichier"]
        # calcul.json says what each letter claims: its table's lines and total, as printed.
        montants = lettre["montants"]
        principal = sum((r.reste for r in tableau.rangees), Decimal(0))
        assert (Decimal(montants["principal"]), Decimal(montants["total"])) == (principal, tableau.total)
        reclames = sorted(Decimal(montants[k]) for k in ("interets", "indemnites") if montants[k] is not None)
        assert sorted(m for m in _autres_postes(tableau).values()) == [m for m in reclames if m], lettre


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_lettre_a_envoyer_reclame_ce_que_permet_la_loi(paquets: dict[str, Paquet], echantillon: str) -> None:
    """The draft claims, from calcul.json: consumer → principal + legal interest; B2B → the principal
    alone before `penalites_des` (default relance_2), then principal + penalties + indemnities."""
    paquet = paquets[echantillon]
    calcul = paquet.calcul
    brouillons = [lettre for lettre in paquet.lettres() if not lettre["copie"]]
    if not brouillons:  # the notice is sent: the next step is the requête, drafted or not (and why);
        # or a plan suspends the series
        requete = [lettre for lettre in calcul["lettres"] if lettre["etape"] == "injonction"]
        pourquoi = {"ETAPE-04", "ETAPE-05", "INJ-01", "INJ-05", "PLAN-04"} & {
            f["code"] for f in calcul["findings"]
        }
        assert requete or pourquoi
        return
    (brouillon,) = brouillons
    assert brouillon["date"] == calcul["date"]
    tableau = lire_tableau(paquet.texte(brouillon["fichier"]))
    dues = [f for f in calcul["factures"] if not f["prescrite"] and f["echeance"] < calcul["date"]]
    assert [r.numero for r in tableau.rangees] == [f["numero"] for f in dues]
    for rangee, facture in zip(tableau.rangees, dues, strict=True):
        assert (rangee.ttc, rangee.paye, rangee.reste) == (
            Decimal(facture["montant_ttc"]),
            Decimal(facture["paye"]),
            Decimal(facture["restant"]),
        )
    principal = sum((Decimal(f["restant"]) for f in dues), Decimal(0))
    interets = sum((Decimal(f["interets"]) for f in dues), Decimal(0))
    indemnites = sum((Decimal(f["indemnite"]) for f in dues), Decimal(0))
    penalites_des = (paquet.claim.get("options") or {}).get("penalites_des", "relance_2")
    if calcul["regime"] == "civil":
        assert paquet.consommateur or paquet.claim["creancier"]["professionnel"] is False
        attendu, autres = principal + interets, ({"interets": interets} if interets else {})
        assert indemnites == 0
    elif SERIE.index(brouillon["etape"]) < SERIE.index(penalites_des):
        attendu, autres = principal, {}
    else:
        attendu = principal + interets + indemnites
        autres = {k: v for k, v in (("interets", interets), ("indemnites", indemnites)) if v}
    assert tableau.total == attendu
    postes = _autres_postes(tableau)
    assert sorted(postes.values()) == sorted(autres.values()), postes


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_copies_reclament_les_montants_de_leur_date(paquets: dict[str, Paquet], echantillon: str) -> None:
    """A copy shows the amounts as of its own date, re-derived here from claim.yaml alone."""
    paquet = paquets[echantillon]
    courriers = {(c["type"], c["date"]): c for c in paquet.claim.get("courriers") or []}
    effet = _effet_premiere_mise_en_demeure(paquet.claim)
    penalites_des = (paquet.claim.get("options") or {}).get("penalites_des", "relance_2")
    copies = [lettre for lettre in paquet.lettres() if lettre["copie"]]
    assert {(c["etape"], c["date"]) for c in copies} == {
        k for k in courriers if k[0] != "autre" and k[1] <= paquet.claim["date_edition"]
    }
    for copie in copies:
        courrier = courriers[(copie["etape"], copie["date"])]
        tableau = lire_tableau(paquet.texte(copie["fichier"]))
        attendues = _principal_au(paquet.claim, copie["date"], courrier.get("factures"))
        assert {r.numero: (r.ttc, r.paye, r.reste) for r in tableau.rangees} == attendues, copie
        principal = sum((reste for _, _, reste in attendues.values()), Decimal(0))
        sans_interets = (
            (effet is None or copie["date"] <= effet)
            if paquet.calcul["regime"] == "civil"
            else SERIE.index(copie["etape"]) < SERIE.index(penalites_des)
        )
        if sans_interets:
            assert tableau.total == principal, copie
            assert _autres_postes(tableau) == {}, copie


# --- inert, deterministic ------------------------------------------------------------------------


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_pdf_sans_contenu_actif(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    # the bundle keeps its internal links (bookmarks, bordereau → pièce) and its two sources
    # (claim.yaml, calcul.json: test_verify.py reads them back), nothing else
    bundle = f"{INJONCTION}/dossier-injonction.pdf"
    pdfs = [*paquet.pdfs, "rapport.pdf"]  # the review report too: links only in its HTML twin
    assert {
        nom: elements_actifs(
            paquet.fichiers[nom],
            liens_internes=nom == bundle,
            pieces_jointes=("claim.yaml", "calcul.json") if nom == bundle else (),
        )
        for nom in pdfs
    } == {nom: [] for nom in pdfs}
    if bundle in paquet.fichiers:  # without the permission, the attachments are reported
        assert elements_actifs(paquet.fichiers[bundle], liens_internes=True)


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_meme_claim_memes_octets(
    paquets: dict[str, Paquet], construction_independante: ConstructionIndependante, echantillon: str
) -> None:
    """Built again in another process (other hash seed, other folder): every file byte-identical."""
    autre = construction_independante.attendre(echantillon)
    ici = paquets[echantillon].fichiers
    assert sorted(autre) == sorted(ici)
    assert [nom for nom in sorted(ici) if autre[nom] != ici[nom]] == []


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_chaque_lettre_porte_sa_date(paquets: dict[str, Paquet], echantillon: str) -> None:
    """Copies carry their recorded date; the draft is dated the « as of » day."""
    paquet = paquets[echantillon]
    for lettre in paquet.lettres():
        assert jour(lettre["date"]) <= jour(paquet.calcul["date"])
        assert f", le {date_longue(jour(lettre['date']))}" in normaliser(paquet.pages(lettre["fichier"])[0])
