"""The injonction de payer bundle of each sample that reaches it, read back from what `build` wrote.

- every pièce the bordereau lists exists under injonction/pieces/ with the stated page count, each
  page stamped « Pièce n° N — page i/n », and the same pages sit in dossier-injonction.pdf;
- one bookmark per document and per pièce, on its first page; page labels per document and pièce;
  continuous « Réf. créancier <ref> — page p/P »; the bordereau's links go to each pièce's first page;
- the requête's and the décompte's figures are calcul.json's; metadata title, author, subject;
- the court proposed (tribunal de commerce between merchants, tribunal judiciaire for a consumer)
  is the one the requête is addressed to;
- each failed precondition of the requête asked with `--jusqua injonction` → exit 6, a French
  message with its code, nothing written.
"""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader
from pypdf.generic import Destination

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser
from tests.golden.echantillons import (
    DEPOT,
    INJONCTION,
    MONTANT,
    Paquet,
    date_longue,
    euros,
    jour,
    montant_fr,
)

ECHANTILLONS = ("injonction-b2b", "injonction-ogec")
DOCUMENTS = (
    ("requete", "Requête en injonction de payer"),
    ("decompte", "Décompte"),
    ("bordereau", "Bordereau des pièces"),
    ("historique", "Historique des démarches amiables"),
)
# A bordereau row: « 3 Facture F-2025-236 du 15 septembre 2025 15/09/2025 1 » (the title may wrap).
_RANG = re.compile(
    r"(?m)^(?P<numero>\d+) (?P<titre>.+?)\s(?P<date>\d\d/\d\d/\d{4}|—) (?P<pages>\d+)$", re.DOTALL
)


@dataclass(frozen=True)
class Ligne:
    numero: int
    titre: str
    pages: int


def bordereau(paquet: Paquet) -> list[Ligne]:
    texte = "\n".join(paquet.pages(f"{INJONCTION}/bordereau.pdf"))
    tableau = re.split(r"\n\d+ pièces, \d+ pages au total\.", texte.split("N° Pièce Date Pages\n", 1)[1])[0]
    lignes = [
        Ligne(int(m["numero"]), normaliser(m["titre"]), int(m["pages"])) for m in _RANG.finditer(tableau)
    ]
    assert lignes and [ligne.numero for ligne in lignes] == list(range(1, len(lignes) + 1)), lignes
    return lignes


def lecteur(paquet: Paquet, nom: str) -> PdfReader:
    return PdfReader(io.BytesIO(paquet.fichiers[f"{INJONCTION}/{nom}"]))


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_chaque_piece_du_bordereau_existe_avec_ses_pages_et_son_tampon(
    paquets: dict[str, Paquet], echantillon: str
) -> None:
    paquet = paquets[echantillon]
    lignes = bordereau(paquet)
    fichiers = sorted(n for n in paquet.fichiers if n.startswith(f"{INJONCTION}/pieces/"))
    assert [Path(n).name[:3] for n in fichiers] == [f"{ligne.numero:02d}-" for ligne in lignes]
    total = 0
    for ligne, nom in zip(lignes, fichiers, strict=True):
        pages = paquet.pages(nom)
        assert len(pages) == ligne.pages, (nom, ligne)
        for i, page in enumerate(pages, start=1):
            assert f"Pièce n°\xa0{ligne.numero} — page {i}/{ligne.pages}" in page, (nom, i)
        total += ligne.pages
    assert f"{len(lignes)} pièces, {total} pages au total." in paquet.texte(f"{INJONCTION}/bordereau.pdf")
    # the recorded letters' copies are pièces; so are the contract, every invoice and the receipt
    titres = " | ".join(ligne.titre for ligne in lignes)
    for facture in paquet.claim["factures"]:
        assert f"Facture {facture['numero']} du" in titres
    courriels = sum(c.get("envoi") == "email" for c in paquet.claim["courriers"])
    assert titres.count("reproduction du courriel") == courriels  # an email's copy is not a letter's
    assert titres.count("reproduction du courrier") == len(paquet.claim["courriers"]) - courriels
    assert "Contrat du" in lignes[0].titre and "Avis de réception" in lignes[-1].titre


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_le_dossier_fusionne_signets_etiquettes_pagination_liens(
    paquets: dict[str, Paquet], echantillon: str
) -> None:
    paquet = paquets[echantillon]
    lignes = bordereau(paquet)
    fusion = lecteur(paquet, "dossier-injonction.pdf")
    tailles = [len(lecteur(paquet, f"{nom}.pdf").pages) for nom, _ in DOCUMENTS]
    premieres = [sum(tailles[:i]) for i in range(len(tailles))]
    debut_pieces = sum(tailles)
    for ligne in lignes:
        premieres.append(debut_pieces)
        debut_pieces += ligne.pages
    assert len(fusion.pages) == debut_pieces

    signets = [s for s in fusion.outline if isinstance(s, Destination)]
    assert [s.title for s in signets] == [titre for _, titre in DOCUMENTS] + [
        f"Pièce n° {ligne.numero} — {ligne.titre}" for ligne in lignes
    ]
    assert [fusion.get_destination_page_number(s) for s in signets] == premieres

    etiquettes = list(fusion.page_labels)
    for (nom, titre), debut, taille in zip(DOCUMENTS, premieres, tailles, strict=False):
        assert etiquettes[debut : debut + taille] == [f"{titre} {i}" for i in range(1, taille + 1)], nom
    for ligne, debut in zip(lignes, premieres[len(DOCUMENTS) :], strict=True):
        assert etiquettes[debut] == f"Pièce {ligne.numero} p. 1"

    total = len(fusion.pages)
    reference = paquet.claim["reference"]
    for p, page in enumerate(fusion.pages, start=1):
        assert f"Réf. créancier {reference} — page {p}/{total}" in page.extract_text(), p
    for ligne, debut in zip(lignes, premieres[len(DOCUMENTS) :], strict=True):
        assert f"Pièce n°\xa0{ligne.numero} — page 1/{ligne.pages}" in fusion.pages[debut].extract_text()

    # every row of the bordereau links to its pièce's first page, and nothing else is linked
    cibles: set[int] = set()
    page_bordereau = premieres[2]
    for page in fusion.pages[page_bordereau : page_bordereau + tailles[2]]:
        for annotation in page.get("/Annots") or []:
            lien = annotation.get_object()
            assert "/A" not in lien and lien["/Subtype"] == "/Link"
            cibles.add(fusion.get_page_number(lien["/Dest"][0].get_object()))
    assert cibles == set(premieres[len(DOCUMENTS) :])

    metadonnees = fusion.metadata
    assert metadonnees is not None
    assert metadonnees.title == f"Requête en injonction de payer — réf. créancier {reference}"
    assert metadonnees.author and paquet.claim["creancier"]["nom"] in metadonnees.author
    assert metadonnees.subject and paquet.claim["debiteur"]["nom"] in metadonnees.subject


def _montant_apres(texte: str, avant: str) -> Decimal:
    trouve = re.search(re.escape(avant) + rf" ({MONTANT}) €", texte)
    assert trouve is not None, avant
    return montant_fr(trouve[1])


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_requete_et_decompte_egaux_a_calcul_json(paquets: dict[str, Paquet], echantillon: str) -> None:
    paquet = paquets[echantillon]
    calcul = paquet.calcul
    total, principal = Decimal(calcul["total_du"]), Decimal(calcul["principal_restant"])
    interets, indemnites = Decimal(calcul["interets"]), Decimal(calcul["indemnites"])
    arrete = date_longue(jour(calcul["date"]))
    assert total == principal + interets + indemnites

    requete = paquet.texte(f"{INJONCTION}/requete.pdf")
    assert f"de la somme de {euros(total)}, arrêtée au {arrete}" in requete
    assert _montant_apres(requete, "Principal restant dû") == principal
    assert _montant_apres(requete, "Total") == total
    assert f"la somme de {euros(principal)} en principal ;" in requete
    assert f"la somme de {euros(interets)} au titre des" in requete
    if indemnites:
        assert f"la somme de {euros(indemnites)} au titre des indemnités forfaitaires" in requete
    else:
        assert "indemnité" not in requete.lower() and "frais" not in requete.lower()

    decompte = paquet.texte(f"{INJONCTION}/decompte.pdf")
    assert f"arrêté au {arrete}" in decompte
    assert _montant_apres(decompte, "Total dû") == total
    assert _montant_apres(decompte, "Principal restant dû") == principal
    assert _montant_apres(decompte, "Total des lignes") == sum(
        Decimal(p["montant"]) for p in calcul["periodes"]
    )
    for p in calcul["periodes"]:
        du, au = jour(p["du"]), jour(p["au"])
        ligne = (
            f"{p['facture']} {du:%d/%m/%Y} {au:%d/%m/%Y} {p['jours']} {euros(p['base'])} "
            f"{p['taux'].replace('.', ',')} %"
        )
        assert re.search(re.escape(ligne) + r" \[\d+\] " + re.escape(euros(p["montant"])), decompte), ligne
    for i in calcul["imputations"]:
        assert f"{jour(i['paiement_date']):%d/%m/%Y} {euros(i['paiement_montant'])}" in decompte
        assert normaliser(i["regle"]) in decompte
    if indemnites:
        assert _montant_apres(decompte, "Indemnités forfaitaires pour frais de recouvrement") == indemnites


@pytest.mark.parametrize(
    ("echantillon", "taux"),
    [
        ("injonction-b2b", "au taux de refinancement de la BCE majoré de 10 points"),
        ("injonction-ogec", "au taux légal en vigueur (article L313-2 du code monétaire et financier)"),
    ],
)
def test_ce_qui_court_apres_l_arrete_dit_son_taux(
    paquets: dict[str, Paquet], echantillon: str, taux: str
) -> None:
    """CPC 1407: the continuing interest the requête asks for states its rate."""
    principal = euros(paquets[echantillon].calcul["principal_restant"])
    requete = paquets[echantillon].texte(f"{INJONCTION}/requete.pdf")
    assert f"{taux} sur la somme de {principal} à compter du" in requete


def test_clause_penale_comprise_dans_la_somme_demandee(tmp_path: Path) -> None:
    """One exact sum asked for (CPC 1407): calcul.json's total_du + clause_penale, in the requête's
    opening, its table and its request, and in the décompte's « Total demandé »."""
    claim = _copie(
        tmp_path, "injonction-b2b", ("  indemnite_forfaitaire: true\n", "  indemnite_forfaitaire: true\n"
                                     '  clause_penale: {taux: "10"}\n'),
    )  # fmt: skip
    sortie = tmp_path / "sortie"
    resultat = CliRunner().invoke(
        cli, ["build", str(claim), "-o", str(sortie)], env={"DOSSIER_PARAMETRES": None}
    )
    assert resultat.exit_code == ExitCode.OK, resultat.output
    paquet = Paquet("injonction-b2b", sortie, {str(f.relative_to(sortie)): f.read_bytes()
                                                 for f in sortie.rglob("*") if f.is_file()})  # fmt: skip
    total_du, clause = Decimal(paquet.calcul["total_du"]), Decimal(paquet.calcul["clause_penale"])
    assert clause == Decimal("642.00")  # 10 % of the 6 420,00 € principal
    demande = total_du + clause
    requete = paquet.texte(f"{INJONCTION}/requete.pdf")
    arrete = date_longue(jour(paquet.calcul["date"]))
    assert f"de la somme de {euros(demande)}, arrêtée au {arrete}, qui se décompose" in requete
    assert _montant_apres(requete, "Clause pénale stipulée au contrat (C. civ. 1231-5)") == clause
    assert _montant_apres(requete, "Total") == demande
    assert f"la somme de {euros(clause)} au titre de la clause pénale du contrat ;" in requete
    assert f"soit au total la somme de {euros(demande)}, arrêtée au {arrete} ;" in requete
    assert f"sans elle, la somme due est de {euros(total_du)}" in requete
    decompte = paquet.texte(f"{INJONCTION}/decompte.pdf")
    assert _montant_apres(decompte, "Total dû") == total_du
    assert _montant_apres(decompte, "Total demandé") == demande


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_dates_et_pluriels_a_la_francaise(paquets: dict[str, Paquet], echantillon: str) -> None:
    """A court reads « 22 janvier 2026 », never « 2026-01-22 », and no « courrier(s) »."""
    for nom, _ in DOCUMENTS:
        texte = paquets[echantillon].texte(f"{INJONCTION}/{nom}.pdf")
        assert not re.search(r"\b\d{4}-\d\d-\d\d\b", texte), (nom, re.findall(r"\S+ \d{4}-\d\d-\d\d", texte))
        assert "(s)" not in texte, nom
    if echantillon == "injonction-ogec":  # interest from the receipt of the notice (C. civ. 1231-6, 1344-1)
        decompte = paquets[echantillon].texte(f"{INJONCTION}/decompte.pdf")
        assert (
            "intérêts à compter du 22 janvier 2026, lendemain de la réception, le 21 janvier 2026" in decompte
        )
        historique = paquets[echantillon].texte(f"{INJONCTION}/historique.pdf")
        resume = "En tout : 3 courriers et 2 échanges avec la débitrice ; un paiement partiel reçu"
        assert resume in historique


@pytest.mark.parametrize(
    ("echantillon", "juridiction", "destinataire"),
    [
        ("injonction-b2b", "Tribunal de commerce d'Annecy", "Président du tribunal de commerce d'Annecy"),
        (
            "injonction-ogec",
            "Tribunal judiciaire de Chambéry",
            "Président du tribunal judiciaire de Chambéry",
        ),
    ],
)
def test_juridiction_proposee_et_retenue(
    paquets: dict[str, Paquet], echantillon: str, juridiction: str, destinataire: str
) -> None:
    paquet = paquets[echantillon]
    codes = {f["code"]: f for f in paquet.calcul["findings"]}
    attendu = "Tribunal de commerce compétent pour" if echantillon.endswith("b2b") else "Tribunal judiciaire"
    assert attendu in codes["JUR-01"]["message"]
    assert "JUR-04" not in codes  # the confirmed name is the expected kind of court
    assert ("JUR-03" in codes) == (echantillon == "injonction-ogec")  # La Motte-Servolex ≠ Chambéry
    for code in ("INJ-02", "INJ-08", "INJ-09"):
        assert codes[code]["severite"] == "info"
    assert ("INJ-10" in codes) == (Decimal(paquet.calcul["total_du"]) <= Decimal("5000"))
    requete = paquet.texte(f"{INJONCTION}/requete.pdf")
    assert f"À Madame, Monsieur le {destinataire}" in requete
    creancier, reference = paquet.claim["creancier"]["nom"], paquet.claim["reference"]
    creancier = paquet.claim["creancier"].get("article", "") + creancier  # « l'OGEC … » in a sentence
    for nom, _ in DOCUMENTS:  # who presents it, to whom: no court caption, no docket-like number
        texte = paquet.texte(f"{INJONCTION}/{nom}.pdf")
        assert texte.startswith(f"Requête présentée par {creancier}"), nom
        assert f"— réf. créancier {reference} Destinataire : {juridiction}" in texte[:200], nom
        assert f"Dossier {reference}" not in texte and f"dossier {reference}" not in texte, nom


# --- preconditions: exit 6, nothing written ------------------------------------------------------


def _copie(tmp_path: Path, echantillon: str, *remplacements: tuple[str, str]) -> Path:
    dossier = tmp_path / echantillon
    shutil.copytree(DEPOT / "samples" / echantillon, dossier)
    claim = dossier / "claim.yaml"
    texte = claim.read_text(encoding="utf-8")
    for ancien, nouveau in remplacements:
        assert ancien in texte, ancien
        texte = texte.replace(ancien, nouveau)
    claim.write_text(texte, encoding="utf-8")
    return claim


MED_B2B = """  - type: mise_en_demeure
    date: "2026-01-12"
    envoi: lrar
    numero_lrar: "1A20345678912"
    delai_jours: 8
    accuse_reception: {date: "2026-01-14", piece: pieces/ar-1A20345678912.png}
"""
REFUS = [
    ("sans pièce du contrat", "injonction-b2b",
     (("  piece: pieces/devis-D-2025-064-signe.pdf\n", ""),), (), "INJ-01"),
    ("sans mise en demeure", "injonction-b2b", ((MED_B2B, ""),), (), "INJ-03"),
    ("délai non expiré", "injonction-b2b", (), ("--date", "2026-01-20"), "INJ-05"),
    ("prescrite", "injonction-ogec",
     tuple((f'execution: "2025-{j}"', f'execution: "2023-{j}"') for j in ("09-01", "12-01", "12-19")),
     (), "PRESC-01"),
    ("procédure collective", "injonction-b2b",
     (("  commercant: true\n  adresse: {ligne1: \"12 avenue",
       "  commercant: true\n  procedure_collective: {type: redressement, date: \"2026-02-02\"}\n"
       "  adresse: {ligne1: \"12 avenue"),), (), "PROC-01"),
    # a requête names its court (CPC 1407): never « le tribunal de commerce compétent pour … »
    ("juridiction non confirmée", "injonction-b2b",
     (("juridiction:\n  nom: \"Tribunal de commerce d'Annecy\"\n", ""),), (), "JUR-02"),
    ("particulier sans juridiction", "injonction-ogec",
     (("juridiction:\n  nom: \"Tribunal judiciaire de Chambéry\"\n", ""),), (), "JUR-02"),
    # two merchants before the civil court: C. com. L721-3, 1°; CPC 1406 (the judge declines)
    ("tribunal judiciaire entre commerçants", "injonction-b2b",
     (("Tribunal de commerce d'Annecy", "Tribunal judiciaire d'Annecy"),), (), "JUR-05"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("cas", "echantillon", "remplacements", "options", "code"), REFUS, ids=[r[0] for r in REFUS]
)
def test_condition_manquante_sortie_6_rien_d_ecrit(
    tmp_path: Path,
    cas: str,
    echantillon: str,
    remplacements: tuple[tuple[str, str], ...],
    options: tuple[str, ...],
    code: str,
) -> None:
    claim = _copie(tmp_path, echantillon, *remplacements)
    sortie = tmp_path / "sortie"
    resultat = CliRunner().invoke(
        cli,
        ["build", str(claim), "-o", str(sortie), "--jusqua", "injonction", *options],
        env={"DOSSIER_PARAMETRES": None},
    )
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING, resultat.output
    assert f"BLOQUANT {code}" in resultat.stderr
    assert not sortie.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [echantillon]  # no temporary folder left
    message = resultat.stderr.split(f"BLOQUANT {code}", 1)[1]
    assert re.search(r"\b(la|le|les|de|du|pas|aucune?)\b", message), message  # said in French
    if code == "JUR-02":  # the kind of court to confirm, and the key to write it in
        genre = "tribunal de commerce" if echantillon == "injonction-b2b" else "tribunal judiciaire"
        assert f"dossier propose un {genre}" in " ".join(message.split())
        assert "juridiction: {nom:" in message


def test_un_courrier_posterieur_a_la_date_d_edition_n_est_pas_une_piece(tmp_path: Path) -> None:
    autre = (
        '  - type: autre\n    date: "2026-04-01"\n    piece: pieces/devis-D-2025-064-signe.pdf\njuridiction:'
    )
    claim = _copie(tmp_path, "injonction-b2b", ("juridiction:", autre))
    sortie = tmp_path / "sortie"
    resultat = CliRunner().invoke(
        cli, ["build", str(claim), "-o", str(sortie)], env={"DOSSIER_PARAMETRES": None}
    )
    assert resultat.exit_code == ExitCode.OK, resultat.output
    assert "ETAPE-01" in resultat.stdout  # ignored, and said so
    pieces = sorted(p.name for p in (sortie / INJONCTION / "pieces").iterdir())
    assert len(pieces) == 10 and not any("2026-04-01" in nom for nom in pieces)


def test_la_requete_est_relue_par_le_linter_avant_d_etre_ecrite(tmp_path: Path) -> None:
    """The court documents are read back with the court profile: an emblem printed in the requête
    (here through the court's name) blocks the build, located in the document."""
    claim = _copie(
        tmp_path,
        "injonction-b2b",
        (
            'nom: "Tribunal de commerce d\'Annecy"',
            'nom: "Tribunal de commerce d\'Annecy, République française"',
        ),
    )
    sortie = tmp_path / "sortie"
    resultat = CliRunner().invoke(
        cli, ["build", str(claim), "-o", str(sortie)], env={"DOSSIER_PARAMETRES": None}
    )
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING, resultat.output
    assert "BLOQUANT TON-02" in resultat.stderr
    assert "dans injonction/requete.pdf, page 1" in resultat.stderr
    assert not sortie.exists()
