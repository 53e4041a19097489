"""A collection agency acting for a business creditor against a business debtor (issue 13): the
`agence-mandat` sample turned B2B (two companies, SIREN, form) builds at every stage — reminders,
a mise en demeure drafted (`--jusqua`) or recorded, the requête — and every letter carries every
CPCE R124-4 mention, read back from the PDF the build wrote.

The tool's own letters once failed its own check (MENT-03: « il manque les intérêts (3°), les
autres accessoires (3°) »): late-payment penalties and the D441-5 indemnities were printed without
the words R124-4 3° uses to split the debt.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.golden.echantillons import DEPOT, lire_tableau
from tests.golden.test_contenu import L111_8_AL2, L111_8_AL3

ECHANTILLON = DEPOT / "samples" / "agence-mandat"
PIECES_B2B = DEPOT / "samples" / "injonction-b2b" / "pieces"
AGENCE = "Recouvrement Éthique"
ADRESSE_AGENCE = "40 quai de la Fosse, 44000 Nantes"
CREANCIER = "Fibre Ouest, 2 boulevard de la Prairie au Duc, 44200 Nantes"
IBAN_AGENCE = "FR45 3000 4000 0100 0123 4567 806"

# The consumer of the sample becomes a company (SARL, commercial by its form), the creditor is one.
DEBITEUR_B2B = (
    """debiteur:
  nom: "Julie Moreau"
  type: personne_physique
  civilite: Madame
  consommateur: true
""",
    """debiteur:
  nom: "Boulangerie Moreau"
  type: personne_morale
  forme: SARL
  siren: "732829320"
  representant: {nom: "Julie Moreau", qualite: "Gérante"}
  consommateur: false
  commercant: true
""",
)
# For the requête: the contract's pièce, a mise en demeure sent by registered post and received.
CONTRAT_PROUVE = (
    '  date: "2024-03-12"\n',
    '  date: "2024-03-12"\n  piece: pieces/devis-D-2025-064-signe.pdf\n',
)
# each invoice's pièce, which the requête requires (INJ-14; PIECE-12 warns that their text bears
# another number: these are the other sample's files)
FACTURES_PROUVEES = (
    '    montant_ttc: "149.90"\n',
    '    montant_ttc: "149.90"\n    piece: pieces/facture-F-2025-211.pdf\n',
)
MATERIEL_PROUVE = (
    '    montant_ttc: "120.00"\n',
    '    montant_ttc: "120.00"\n    piece: pieces/facture-F-2025-252.pdf\n',
)
MISE_EN_DEMEURE_RECUE = (
    '    reference: "FO-88231-R1"\n',
    """    reference: "FO-88231-R1"
  - type: mise_en_demeure
    date: "2026-02-20"
    reference: "MED-FO-88231"
    envoi: lrar
    numero_lrar: "1A20345678913"
    delai_jours: 8
    accuse_reception: {date: "2026-02-23", piece: pieces/ar-1A20345678912.png}
juridiction:
  nom: "Tribunal de commerce de Nantes"
""",
)


def _claim(tmp_path: Path, *remplacements: tuple[str, str]) -> Path:
    dossier = tmp_path / "agence-b2b"
    shutil.copytree(ECHANTILLON, dossier)
    shutil.copytree(PIECES_B2B, dossier / "pieces")
    claim = dossier / "claim.yaml"
    texte = claim.read_text(encoding="utf-8")
    for avant, apres in (DEBITEUR_B2B, *remplacements):
        assert avant in texte, avant
        texte = texte.replace(avant, apres)
    claim.write_text(texte, encoding="utf-8")
    return claim


def _build(claim: Path, sortie: Path, *options: str) -> dict[str, str]:
    resultat = CliRunner().invoke(
        cli, ["build", str(claim), "-o", str(sortie), *options], env={"DOSSIER_PARAMETRES": None}
    )
    assert resultat.exit_code == ExitCode.OK, resultat.output
    return {
        chemin.relative_to(sortie).as_posix(): normaliser("\n".join(texte_pdf(chemin.read_bytes())))
        for chemin in sorted(sortie.rglob("*.pdf"))
    }


def _mentions_r124_4(nom: str, texte: str) -> None:
    """Every R124-4 mention, in the words the letter really prints."""
    # 1° the agency, its address, and that it carries out amicable recovery
    assert f"{AGENCE}, qui exerce une activité de recouvrement amiable" in texte, nom
    assert ADRESSE_AGENCE in texte, nom
    # 2° the creditor and its address
    assert CREANCIER in texte, nom
    # 3° the basis of the debt, and its amount split into principal, interest and other accessories
    assert "au titre du contrat du 12 mars 2024" in texte, nom
    libelles = [libelle for libelle, _ in lire_tableau(texte).postes]
    assert libelles[0] == "Principal restant dû", (nom, libelles)
    assert any(libelle.startswith("Intérêts") for libelle in libelles), (nom, libelles)
    assert any(libelle.startswith("Autres accessoires") for libelle in libelles), (nom, libelles)
    # 4° the order to pay and the means: the agency's segregated account
    assert IBAN_AGENCE in texte, nom
    # 5° CPCE L111-8 al. 2 and 3, word for word
    assert f"« {L111_8_AL2} »" in texte and f"« {L111_8_AL3} »" in texte, nom


def test_mise_en_demeure_drafted_by_the_agency(tmp_path: Path) -> None:
    textes = _build(_claim(tmp_path), tmp_path / "sortie", "--jusqua", "mise_en_demeure")
    assert {"relance-1.pdf", "mise-en-demeure.pdf"} <= set(textes)
    for nom in ("relance-1.pdf", "mise-en-demeure.pdf"):
        _mentions_r124_4(nom, textes[nom])
    mise_en_demeure = textes["mise-en-demeure.pdf"]
    postes = dict(lire_tableau(mise_en_demeure).postes)
    # B2B: the penalties and the two 40 EUR indemnities are claimed, as interest and accessories
    assert postes["Intérêts : pénalités de retard (C. com. L441-10)"] > 0
    assert any(
        libelle.startswith("Autres accessoires : indemnités forfaitaires") and montant == 80
        for libelle, montant in postes.items()
    ), postes


def test_the_next_reminder_after_the_recorded_one(tmp_path: Path) -> None:
    textes = _build(_claim(tmp_path), tmp_path / "sortie")
    lettres = [nom for nom in textes if nom.startswith(("relance", "mise-en-demeure"))]
    assert lettres == ["relance-1.pdf"] or "relance-2.pdf" in lettres, lettres
    for nom in lettres:
        _mentions_r124_4(nom, textes[nom])


@pytest.mark.parametrize("avec_requete", [False, True], ids=["notice-recorded", "requete"])
def test_recorded_notice_and_requete(tmp_path: Path, avec_requete: bool) -> None:
    claim = _claim(tmp_path, CONTRAT_PROUVE, FACTURES_PROUVEES, MATERIEL_PROUVE, MISE_EN_DEMEURE_RECUE)
    jour = "2026-03-10" if avec_requete else "2026-02-25"  # the notice's 8 days run from 23 February
    textes = _build(claim, tmp_path / "sortie", "--date", jour)
    _mentions_r124_4("mise-en-demeure.pdf", textes["mise-en-demeure.pdf"])
    assert ("injonction/requete.pdf" in textes) is avec_requete
    if avec_requete:
        requete = textes["injonction/requete.pdf"]
        assert "Tribunal de commerce de Nantes" in requete and "Boulangerie Moreau" in requete
        # the recorded notice is a pièce of the bundle
        assert any(nom.startswith("injonction/pieces/") and "mise-en-demeure" in nom for nom in textes)
