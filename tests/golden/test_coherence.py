"""The documents of each sample read against each other and against calcul.json (verify/coherence.py).

Each sample's pack, as `build` wrote it, holds together (no COHER- finding). Then one thing is
changed — in the text read back from one document (as if its PDF said it), in calcul.json, or in
the files themselves (a pièce removed, two pièces swapped, the bundle cut) — and the check must
name the document, its page and what differs. The text of every file is extracted once for the
whole module (`Lectures`), as `build` does.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from typing import Any

import pytest
from click.testing import CliRunner
from pypdf import PdfReader, PdfWriter

from dossier import pipeline
from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.findings import Constat
from dossier.model import charger
from dossier.pipeline import Options, analyser
from dossier.render.readback import Lectures, normaliser
from dossier.verify.coherence import Attendu, attendu_de, verifier_coherence
from dossier.verify.lecture import MONTANT
from tests.golden.echantillons import ECHANTILLONS, Paquet, chemin_claim

_LECTURES: dict[str, Lectures] = {}


class Retouchees(Lectures):
    """The text of a pack as extracted once, with some pages said otherwise: (file, old, new)."""

    def __init__(self, base: Lectures, *retouches: tuple[str, str, str]) -> None:
        super().__init__()
        self.base, self.retouches = base, retouches

    def pages(self, nom: str, donnees: bytes) -> list[str]:
        pages = [normaliser(p) for p in self.base.pages(nom, donnees)]
        for fichier, avant, apres in self.retouches:
            if fichier == nom:
                assert any(avant in p for p in pages), f"« {avant} » n'est pas dans {nom}"
                pages = [p.replace(avant, apres) for p in pages]
        return pages


def lectures(echantillon: str) -> Lectures:
    return _LECTURES.setdefault(echantillon, Lectures())


@cache
def attendu(echantillon: str) -> Attendu:
    creance = charger(chemin_claim(echantillon))
    analyse = analyser(creance, Options(jour=creance.jour_edition(None, date.today())))
    return attendu_de(creance, analyse.echeancier)


def confronter(
    paquet: Paquet,
    *retouches: tuple[str, str, str],
    fichiers: Mapping[str, bytes] | None = None,
    calcul: Mapping[str, Any] | None = None,
    tampons: bool = False,
) -> list[Constat]:
    """As `build` checks (`tampons=False`: the pièces by their page count), or as `dossier verify`
    does (`tampons=True`: their stamps and the bundle's pages read too)."""
    base = lectures(paquet.echantillon)
    return verifier_coherence(
        fichiers if fichiers is not None else paquet.fichiers,
        Retouchees(base, *retouches) if retouches else base,
        calcul if calcul is not None else paquet.calcul,
        attendu(paquet.echantillon),
        tampons,
    )


def _un(constats: list[Constat], code: str, *dans: str) -> Constat:
    """The findings are all `code`, and one of them names every one of `dans`."""
    assert constats, "aucun constat"
    assert {c.code for c in constats} == {code}, [c.message for c in constats]
    trouve = [c for c in constats if all(d in c.message for d in dans)]
    assert trouve, [c.message for c in constats]
    assert all(c.bloquant for c in constats)
    return trouve[0]


@pytest.mark.parametrize("echantillon", ECHANTILLONS)
def test_chaque_echantillon_est_coherent(paquets: dict[str, Paquet], echantillon: str) -> None:
    assert [c.message for c in confronter(paquets[echantillon], tampons=True)] == []


# --- COHER-01: figures ----------------------------------------------------------------------------

REQUETE, DECOMPTE = "injonction/requete.pdf", "injonction/decompte.pdf"


def test_total_de_la_requete_modifie(paquets: dict[str, Paquet]) -> None:
    constats = confronter(
        paquets["injonction-b2b"], (REQUETE, "de la somme de 6 910,38 €", "de la somme de 6 990,38 €")
    )
    _un(constats, "COHER-01", "injonction/requete.pdf, page 1", "somme réclamée", "6 990,38 €", "6 910,38 €")


def test_ligne_de_la_demande_modifiee(paquets: dict[str, Paquet]) -> None:
    constats = confronter(paquets["injonction-b2b"], (REQUETE, "370,38 € au titre", "307,38 € au titre"))
    _un(constats, "COHER-01", "requete.pdf, page 2", "de la demande", "307,38 €")


def test_periode_du_decompte_modifiee(paquets: dict[str, Paquet]) -> None:
    constats = confronter(paquets["injonction-b2b"], (DECOMPTE, "[1] 128,52 €", "[1] 128,25 €"))
    _un(constats, "COHER-01", "decompte.pdf", "période F-2025-211 du 06/09/2025 au 31/12/2025")


def test_interets_d_une_facture_de_la_requete_modifies(paquets: dict[str, Paquet]) -> None:
    constats = confronter(
        paquets["injonction-b2b"],
        (REQUETE, "F-2025-236 16/10/2025 12,15 % 109,29 €", "F-2025-236 16/10/2025 12,15 % 190,29 €"),
    )
    _un(constats, "COHER-01", "requete.pdf", "intérêts de la facture F-2025-236", "190,29 €", "109,29 €")


def test_indemnite_d_une_facture_du_decompte_modifiee(paquets: dict[str, Paquet]) -> None:
    constats = confronter(
        paquets["injonction-b2b"], (DECOMPTE, "F-2025-252 09/11/2025 40,00 €", "F-2025-252 09/11/2025 4,00 €")
    )
    _un(constats, "COHER-01", "decompte.pdf", "indemnité de la facture F-2025-252", "4,00 €", "40,00 €")


def test_copie_de_la_mise_en_demeure_modifiee(paquets: dict[str, Paquet]) -> None:
    constats = confronter(
        paquets["injonction-b2b"], ("mise-en-demeure.pdf", "Total dû 6 775,73 €", "Total dû 6 757,73 €")
    )
    _un(constats, "COHER-01", "mise-en-demeure.pdf, page 1", "total du tableau", "6 757,73 €", "6 775,73 €")


def test_montant_du_code_de_paiement_modifie(paquets: dict[str, Paquet]) -> None:
    constats = confronter(paquets["b2b-menuiserie"], ("relance-2.pdf", "Montant : ", "Montant : 1"))
    _un(constats, "COHER-01", "relance-2.pdf", "Montant :")


def test_calcul_json_modifie(paquets: dict[str, Paquet]) -> None:
    paquet = paquets["injonction-b2b"]
    calcul = json.loads(json.dumps(paquet.calcul))
    calcul["factures"][1]["restant"] = "2100.00"
    _un(confronter(paquet, calcul=calcul), "COHER-01", "reste dû de la facture F-2025-236", "2 100,00 €")
    calcul = json.loads(json.dumps(paquet.calcul))
    calcul["lettres"][-1]["montants"]["total"] = "6900.00"
    _un(confronter(paquet, calcul=calcul), "COHER-01", "requete.pdf", "calcul.json dit 6 900,00 €")


def test_echeancier_modifie(paquets: dict[str, Paquet]) -> None:
    paquet = paquets["plan-sepa"]
    constats = confronter(paquet, ("echeancier.pdf", "3/6 06/07/2026 533,38 €", "3/6 06/07/2026 538,38 €"))
    _un(constats, "COHER-01", "echeancier.pdf", "calendrier")


def test_rappel_d_echeance_et_quittance_modifies(paquets: dict[str, Paquet]) -> None:
    constats = confronter(
        paquets["plan-virement"], ("rappel-echeance-4.pdf", "Montant : 1 220,84", "Montant : 1 202,84")
    )
    _un(constats, "COHER-01", "rappel-echeance-4.pdf", "1 202,84 €")
    quittance = "quittance-2026-02-10-1.pdf"
    constats = confronter(
        paquets["agence-mandat"], (quittance, "FO-2025-11-88231 50,00 €", "FO-2025-11-88231 5,00 €")
    )
    _un(constats, "COHER-01", quittance, "somme imputée")


# --- COHER-02: parties -----------------------------------------------------------------------------


def test_siren_modifie(paquets: dict[str, Paquet]) -> None:
    constats = confronter(paquets["injonction-b2b"], (REQUETE, "SIREN 798456125", "SIREN 798456124"))
    _un(constats, "COHER-02", "requete.pdf, page 1", "798456124", "inconnu des parties")


def test_adresse_modifiee(paquets: dict[str, Paquet]) -> None:
    constats = confronter(paquets["injonction-b2b"], ("relance-2.pdf", "74000 Annecy", "74100 Annecy"))
    _un(constats, "COHER-02", "relance-2.pdf, page 1", "74100 Annecy", "12 avenue de Genève 74000 Annecy")
    constats = confronter(paquets["injonction-b2b"], (REQUETE, "27 rue du Larith", "29 rue du Larith"))
    _un(constats, "COHER-02", "requete.pdf, page 1", "73000 Chambéry")


def test_nom_du_debiteur_modifie(paquets: dict[str, Paquet]) -> None:
    constats = confronter(paquets["injonction-ogec"], (DECOMPTE, "Sophie Lefèvre", "Sophie Lefebvre"))
    _un(constats, "COHER-02", "decompte.pdf", "Sophie Lefèvre")


# --- COHER-03: dates -------------------------------------------------------------------------------


def test_date_d_une_lettre_modifiee(paquets: dict[str, Paquet]) -> None:
    constats = confronter(
        paquets["injonction-b2b"], ("relance-2.pdf", "le 28 novembre 2025", "le 29 novembre 2025")
    )
    _un(constats, "COHER-03", "relance-2.pdf, page 1", "29 novembre 2025")


def test_delai_de_la_mise_en_demeure_apres_la_requete(paquets: dict[str, Paquet]) -> None:
    constats = confronter(
        paquets["injonction-b2b"], (REQUETE, "expiré le 22 janvier 2026", "expiré le 22 mars 2026")
    )
    _un(constats, "COHER-03", "requete.pdf, page 2", "22 mars 2026")


def test_historique_dans_le_desordre(paquets: dict[str, Paquet]) -> None:
    historique = "injonction/historique.pdf"
    constats = confronter(
        paquets["injonction-b2b"], (historique, "28/11/2025 Seconde relance", "28/10/2025 Seconde relance")
    )
    _un(constats, "COHER-03", historique, "28 octobre 2025")


def test_echeance_avant_l_accord(paquets: dict[str, Paquet]) -> None:
    constats = confronter(paquets["plan-sepa"], ("echeancier.pdf", "1/6 05/05/2026", "1/6 05/04/2026"))
    assert "COHER-03" in {c.code for c in constats}
    assert any("précède l'accord" in c.message for c in constats), constats


# --- COHER-04, 05, 07: pièces and bundle -----------------------------------------------------------


def test_piece_retiree(paquets: dict[str, Paquet]) -> None:
    paquet = paquets["injonction-b2b"]
    fichiers = {n: d for n, d in paquet.fichiers.items() if not n.startswith("injonction/pieces/06-")}
    _un(
        confronter(paquet, fichiers=fichiers), "COHER-04", "bordereau.pdf", "pièce n° 6", "n'a pas de fichier"
    )


def test_pieces_echangees(paquets: dict[str, Paquet]) -> None:
    paquet = paquets["injonction-b2b"]
    deux = "injonction/pieces/02-facture-f-2025-211.pdf"
    trois = "injonction/pieces/03-facture-f-2025-236.pdf"
    fichiers = {**paquet.fichiers, deux: paquet.fichiers[trois], trois: paquet.fichiers[deux]}
    constats = confronter(paquet, fichiers=fichiers, tampons=True)
    assert {c.code for c in constats} == {"COHER-05", "COHER-07"}, constats  # the bundle keeps the order
    (tampon,) = [c for c in constats if c.code == "COHER-05" and c.message.startswith(deux)]
    assert "tampon « Pièce n° 3 — page 1/1 », attendu « Pièce n° 2 — page 1/1 »" in tampon.message
    assert any(f"ne reproduit pas {deux}" in c.message for c in constats if c.code == "COHER-07")


def test_pages_du_bordereau_modifiees(paquets: dict[str, Paquet]) -> None:
    bordereau = "injonction/bordereau.pdf"
    constats = confronter(paquets["injonction-b2b"], (bordereau, "28/11/2025 2", "28/11/2025 3"))
    assert {c.code for c in constats} == {"COHER-05", "COHER-07"}, constats
    assert any("08-relance-2" in c.message and "en annonce 3" in c.message for c in constats)


def test_piece_citee_absente_du_bordereau(paquets: dict[str, Paquet]) -> None:
    constats = confronter(paquets["injonction-b2b"], (REQUETE, "(pièce n° 9)", "(pièce n° 11)"))
    _un(constats, "COHER-04", "requete.pdf, page 2", "pièce n° 11")


def test_bundle_coupe(paquets: dict[str, Paquet]) -> None:
    paquet = paquets["injonction-b2b"]
    bundle = "injonction/dossier-injonction.pdf"
    ecrivain = PdfWriter(clone_from=PdfReader(io.BytesIO(paquet.fichiers[bundle])))
    pages = len(ecrivain.pages)
    ecrivain.remove_page(pages - 1)
    sortie = io.BytesIO()
    ecrivain.write(sortie)
    constats = confronter(paquet, fichiers={**paquet.fichiers, bundle: sortie.getvalue()})
    _un(constats, "COHER-07", bundle, f"{pages - 1} pages", f"en font {pages}")


# --- COHER-06: what the templates must not leave ----------------------------------------------------


@pytest.mark.parametrize(
    ("apres", "quoi"),
    [("{{ total }}", "syntaxe de gabarit"), ("None", "telle quelle"), ("IBAN ;", "champ obligatoire")],
)
def test_reste_de_gabarit(paquets: dict[str, Paquet], apres: str, quoi: str) -> None:
    constats = confronter(paquets["ecole-ogec"], ("relance-1.docx", "Objet : ", f"Objet : {apres} "))
    _un(constats, "COHER-06", "relance-1.docx", quoi)


# --- in build and check ----------------------------------------------------------------------------


def test_build_refuse_un_calcul_json_qui_dement_les_documents(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pack whose calcul.json disagrees with what its documents print is never written (exit 6);
    `check` reports the same findings."""
    fausse = pipeline.en_json

    def en_json(objet: dict[str, Any]) -> bytes:
        return fausse({**objet, "total_du": "1.00", "lettres": [
            {**e, "montants": {**e["montants"], "total": "1.00"}} for e in objet["lettres"]
        ]})  # fmt: skip

    monkeypatch.setattr(pipeline, "en_json", en_json)
    claim = chemin_claim("b2b-menuiserie")
    resultat = CliRunner().invoke(cli, ["build", str(claim), "-o", str(tmp_path / "sortie")])
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING, resultat.output
    assert "COHER-01" in resultat.stderr and "relance-2.pdf, page 1" in resultat.stderr
    assert not (tmp_path / "sortie").exists() and list(tmp_path.iterdir()) == []
    verifie = CliRunner().invoke(cli, ["check", str(claim)])
    assert verifie.exit_code == ExitCode.BLOCKING_FINDING and "COHER-01" in verifie.stdout


def test_un_montant_commence_un_mot() -> None:
    """The digits ending an invoice number are not an amount's thousands: a generated agency claim
    (invoice « FO-2025-11-88231 », payment 148,50 €) was refused, its quittance read as 231 148,50 €."""
    texte = "FO-2025-11-88231 148,50 € ; FA 7 1 234,56 € ; avoir -12,00 €"
    assert re.findall(MONTANT, texte) == ["148,50", "1 234,56", "-12,00"]
