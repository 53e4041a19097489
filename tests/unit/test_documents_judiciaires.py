"""The four court documents, rendered alone from each injonction sample with stand-in pièces.

Read back from the PDFs: the requête's and the décompte's figures against the Computation, every
interest line of the décompte, the pièce numbers each document cites, the sober layout (nothing of
a court's own act), the links of the bordereau, and the texts the tone linter's court profile will
read (`textes_judiciaires`). The assembled bundle is tested end to end in tests/golden/.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from dossier.injonction.documents import documents_judiciaires, textes_judiciaires
from dossier.law.calcul import Calcul
from dossier.model import charger
from dossier.pipeline import Analyse, Options, analyser
from dossier.render.court import rendre_pdf_judiciaire
from dossier.render.readback import elements_actifs, normaliser, texte_pdf
from dossier.tone.contexte import Contexte
from dossier.tone.linter import examiner
from tests.golden.echantillons import date_longue, euros

DEPOT = Path(__file__).resolve().parents[2]
ECHANTILLONS = ("injonction-b2b", "injonction-ogec")


@dataclass(frozen=True)
class PieceFactice:
    numero: int
    titre: str
    date: date | None
    nature: str
    origine: str
    pages: int


def pieces_factices(analyse: Analyse) -> list[PieceFactice]:
    creance = analyse.creance
    origines = ["contrat.piece", *(f"factures[{i}].piece" for i in range(len(creance.factures)))]
    origines += [f"echanges[{i}].piece" for i, e in enumerate(creance.echanges) if e.piece]
    for i, courrier in enumerate(creance.courriers):
        origines.append(f"courriers[{i}]")
        if courrier.accuse_reception and courrier.accuse_reception.piece:
            origines.append(f"courriers[{i}].accuse_reception.piece")
    return [PieceFactice(n, f"Pièce {o}", None, "autre", o, n % 3 + 1) for n, o in enumerate(origines, 1)]


@dataclass
class Rendu:
    analyse: Analyse
    pieces: list[PieceFactice]
    textes: dict[str, str]  # normalised text of each document
    pdfs: dict[str, bytes]
    lie: bytes  # the bordereau with its links


@pytest.fixture(scope="module", params=ECHANTILLONS)
def rendu(request: pytest.FixtureRequest) -> Rendu:
    creance = charger(DEPOT / "samples" / request.param / "claim.yaml")
    analyse = analyser(creance, Options(jour=creance.jour_edition(None, date(2026, 1, 1))))
    assert analyse.programme.requete is not None
    pieces = pieces_factices(analyse)
    documents = documents_judiciaires(creance, analyse.calcul, analyse.programme.requete, pieces)
    pdfs = {nom: rendre_pdf_judiciaire(d.sans_liens()) for nom, d in documents.items()}
    textes = {nom: normaliser("\n".join(texte_pdf(pdf))) for nom, pdf in pdfs.items()}
    return Rendu(analyse, pieces, textes, pdfs, rendre_pdf_judiciaire(documents["bordereau"]))


def _montants(calcul: Calcul) -> list[Decimal]:
    return [calcul.principal_restant, calcul.total_du, *((calcul.interets,) if calcul.interets else ())]


def test_la_requete_dit_les_montants_du_calcul_et_la_demande(rendu: Rendu) -> None:
    calcul, texte = rendu.analyse.calcul, rendu.textes["requete"]
    assert f"la somme de {euros(calcul.total_du)}, arrêtée au {date_longue(calcul.jour)}" in texte
    assert f"la somme de {euros(calcul.principal_restant)} en principal ;" in texte
    assert f"Total {euros(calcul.total_du)}" in texte
    if calcul.indemnites:
        assert f"la somme de {euros(calcul.indemnites)} au titre des indemnités forfaitaires" in texte
    else:  # a consumer: never the €40 nor any fee (CPCE L111-8, docs/droit.md § 2)
        assert "indemnité" not in texte.lower() and "frais" not in texte.lower()
    assert "ordonner à" in texte and "les dépens." in texte
    creance = rendu.analyse.creance
    assert creance.debiteur.adresse.ville in texte and creance.creancier.signataire.nom in texte
    assert f"Fait à {creance.options.lieu}, le {date_longue(calcul.jour)}" in texte
    if creance.debiteur.siren:  # CPC 1407 / 57: a company by its form, SIREN, seat, representative
        assert creance.debiteur.siren in texte and creance.debiteur.representant is not None
        assert creance.debiteur.representant.nom in texte


def test_le_decompte_imprime_chaque_ligne_du_calcul(rendu: Rendu) -> None:
    calcul, texte = rendu.analyse.calcul, rendu.textes["decompte"]
    for p in calcul.periodes:
        ligne = (
            f"{p.facture} {p.du:%d/%m/%Y} {p.au:%d/%m/%Y} {p.jours} {euros(p.base)} "
            f"{str(p.taux).replace('.', ',')} %"
        )
        assert ligne in texte, ligne
        assert re.search(re.escape(ligne) + r" \[\d+\] " + re.escape(euros(p.montant)), texte)
    for i in calcul.imputations:
        assert f"{i.paiement_date:%d/%m/%Y} {euros(i.paiement_montant)}" in texte
    assert f"Total dû {euros(calcul.total_du)}" in texte
    assert f"arrêté au {date_longue(calcul.jour)}" in texte
    # each convention stated, imputation included (docs/decisions.md « Interest details ») — but
    # the creditor's prudent prescription count, kept for the review report (issue 22)
    for phrase in calcul.choix:
        if phrase.startswith("Prescription : "):
            assert normaliser(phrase) not in texte
        else:
            assert normaliser(phrase) in texte


def test_chaque_piece_est_citee_par_son_numero(rendu: Rendu) -> None:
    for piece in rendu.pieces:
        assert f"Pièce n° {piece.numero} : {piece.titre}" in rendu.textes["requete"]
        assert f"{piece.numero} {piece.titre} — {piece.pages}" in rendu.textes["bordereau"]
    total = sum(p.pages for p in rendu.pieces)
    assert f"{len(rendu.pieces)} pièces, {total} pages au total." in rendu.textes["bordereau"]
    creance = rendu.analyse.creance
    ar = next(i for i, c in enumerate(creance.courriers) if c.accuse_reception)
    numero_ar = next(p.numero for p in rendu.pieces if p.origine == f"courriers[{ar}].accuse_reception.piece")
    partie = "la débitrice" if creance.debiteur.civilite == "Madame" else "le débiteur"
    assert f"Accusé de réception mise en demeure du {date_longue(creance.courriers[ar].date)} reçue par " \
           f"{partie} n° {numero_ar}" in rendu.textes["historique"]  # fmt: skip


def test_seul_le_bordereau_du_dossier_a_des_liens_vers_les_pieces(rendu: Rendu) -> None:
    for nom, pdf in rendu.pdfs.items():
        assert elements_actifs(pdf) == [], nom
    liens = []
    for page in PdfReader(io.BytesIO(rendu.lie)).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object()["/A"]
            liens.append(str(action["/URI"]))
    assert set(liens) == {f"piece:{p.numero}" for p in rendu.pieces}


def test_mise_en_page_sobre(rendu: Rendu) -> None:
    for nom, texte in rendu.textes.items():
        assert "République" not in texte and "Marianne" not in texte, nom
        assert "présenté" in texte.lower(), nom  # who presents it, on every page's foot
    assert "Requête en injonction de payer Présentée par" in rendu.textes["requete"]


def test_textes_pour_le_profil_judiciaire_du_linter(rendu: Rendu) -> None:
    analyse = rendu.analyse
    documents = documents_judiciaires(
        analyse.creance, analyse.calcul, analyse.programme.requete or pytest.fail(), rendu.pieces
    )
    textes = dict(textes_judiciaires(documents))
    assert set(textes) == {"requete", "decompte", "bordereau", "historique"}
    # the court profile accepts the order the requête asks for; letters to the debtor do not
    profil = Contexte.de(analyse.creance, judiciaire=True)
    for nom, texte in textes.items():
        rencontres = examiner(texte, profil)
        assert rencontres == [], (nom, [(r.motif.code, r.extrait) for r in rencontres])
    assert any(r.motif.code == "TON-02" for r in examiner(textes["requete"], Contexte.de(analyse.creance)))


BAIL_MED = {
    "type": "mise_en_demeure",
    "date": "2026-01-05",
    "envoi": "lrar",
    "numero_lrar": "1A123",
    "delai_jours": 8,
    "accuse_reception": {"date": "2026-01-07", "piece": "ar.pdf"},
}


def _bail(**cles: object) -> Analyse:
    from dossier.law.exemples import exemple, facture

    contrat = {"type": "bail_habitation", "objet": "Logement", "date": "2023-01-01", "piece": "bail.pdf"}
    # a natural person's identity, which the requête must print (CPC 54, 57; INJ-11)
    identite = {
        "profession": "Infirmière",
        "nationalite": "française",
        "naissance": {"date": "1972-05-14", "lieu": "Villeurbanne (Rhône)"},
    }
    creance = exemple(
        "bail", factures=[{**facture("L-1", "2025-09-01", "2025-09-05", "650.00"), "piece": "l-1.pdf"}],
        contrat=contrat, courriers=[BAIL_MED], creancier=identite, **cles,
    )  # fmt: skip
    analyse = analyser(creance, Options(jour=date(2026, 2, 20)))
    assert analyse.programme.requete is not None
    return analyse


@pytest.mark.parametrize(
    "nom",
    [
        "Tribunal judiciaire de Lyon",
        "Juge des contentieux de la protection du tribunal judiciaire de Lyon",
        "Tribunal judiciaire de Lyon (juge des contentieux de la protection)",
    ],
)
def test_bail_d_habitation_adresse_au_juge_des_contentieux_de_la_protection(nom: str) -> None:
    analyse = _bail(juridiction={"nom": nom})
    requete = analyse.programme.requete or pytest.fail()
    documents = documents_judiciaires(analyse.creance, analyse.calcul, requete, pieces_factices(analyse))
    texte = normaliser("\n".join(texte_pdf(rendre_pdf_judiciaire(documents["requete"].sans_liens()))))
    destinataire = "Madame, Monsieur le juge des contentieux de la protection du tribunal judiciaire de Lyon"
    assert f"À {destinataire}" in texte
    assert f"prie {destinataire} de bien vouloir" in texte
    assert "le tribunal judiciaire (juge" not in texte and "compétent pour" not in texte


def test_sans_juridiction_confirmee_aucun_document_judiciaire() -> None:
    """A requête names its court: without `juridiction.nom`, no court document (JUR-02, blocking)."""
    from dossier.errors import BlockingFindings

    analyse = _bail()
    with pytest.raises(BlockingFindings) as refus:
        documents_judiciaires(
            analyse.creance,
            analyse.calcul,
            analyse.programme.requete or pytest.fail(),
            pieces_factices(analyse),
        )
    assert [c.code for c in refus.value.constats] == ["JUR-02"]
    assert "juge des contentieux de la protection" in refus.value.constats[0].message
