"""The French of every document, read back from the PDFs `dossier build` writes (issue 22).

Two claims render every kind of document — the relances and mises en demeure (copies), the
échéancier, the instalment reminder, the notice of the déchéance du terme, an agency's receipts,
the requête, the décompte, the history and the bordereau — with names that need French grammar:

- « Le Bistrot » (a company) claims from « Les Halles » through the agency « L'Atelier »:
  « du Bistrot », « au Bistrot », « des Halles », « aux Halles », never « de Le » or « à Les »;
- Marie Lambert (`civilite: Madame`), a private person writing herself, claims from
  « L'Atelier »: « La requérante … est créancière de L'Atelier », « m'est parvenu ».
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.property.test_generateur import (
    AGENCE,
    PARTICULIER_CREANCIER,
    PIECES,
    SOCIETE_CREANCIERE,
    SOCIETE_DEBITRICE,
    Axes,
    Cas,
    Details,
    construire,
    ecrire_claim,
)

LE_BISTROT = {**SOCIETE_CREANCIERE, "nom": "Le Bistrot"}
LES_HALLES = {**SOCIETE_DEBITRICE, "nom": "Les Halles"}
L_ATELIER = {**SOCIETE_DEBITRICE, "nom": "L'Atelier"}
MARIE_LAMBERT = {
    **PARTICULIER_CREANCIER,
    "nom": "Marie Lambert",
    "civilite": "Madame",
    "signataire": {"nom": "Marie Lambert", "qualite": "Créancière"},
}
# Whatever the claim, these never appear: an article the preposition should have absorbed.
FAUTES = re.compile(r"\b(?:de|à) Les? |\bme (?:est|écrire)\b|\bme vous\b")


@dataclass(frozen=True)
class Pack:
    textes: dict[str, str]  # `relance-1.pdf` → its text, read back and normalised

    def __getitem__(self, nom: str) -> str:
        return self.textes[nom]

    def commencant_par(self, debut: str) -> str:
        return " ".join(t for n, t in self.textes.items() if n.startswith(debut))


def _cas(creancier: dict[str, Any], debiteur: dict[str, Any], agence: dict[str, Any] | None) -> Cas:
    """At the requête after a forfeited plan: every kind of letter was sent, or is drafted."""
    axes = Axes("b2b" if agence else "civil", "injonction", "decheance", agence is not None, 2)
    cas = construire(axes, Details(("2160.40",), (True, True), (True, True), "virement"))
    cas.donnees.update(creancier=creancier, debiteur=debiteur)
    if agence is not None:
        cas.donnees["mandataire"] = agence
    return cas


def _construire(racine: Path, cas: Cas) -> Pack:
    shutil.copytree(PIECES, racine / "pieces")
    claim = ecrire_claim(racine, cas)
    sortie = racine / "sortie"
    arguments = ["build", str(claim), "-o", str(sortie), "--date", cas.jour.isoformat()]
    if cas.jusqua is not None:
        arguments += ["--jusqua", cas.jusqua.value]
    resultat = CliRunner().invoke(cli, arguments, env={"DOSSIER_PARAMETRES": None})
    assert resultat.exit_code == ExitCode.OK, resultat.output
    return Pack(
        {
            pdf.relative_to(sortie).as_posix(): normaliser("\n".join(texte_pdf(pdf.read_bytes())))
            for pdf in sorted(sortie.rglob("*.pdf"))
            if "/pieces/" not in pdf.as_posix() and pdf.name != "dossier-injonction.pdf"
        }
    )


@pytest.fixture(scope="module")
def bistrot(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _construire(
        tmp_path_factory.mktemp("bistrot"), _cas(LE_BISTROT, LES_HALLES, {**AGENCE, "nom": "L'Atelier"})
    )


@pytest.fixture(scope="module")
def lambert(tmp_path_factory: pytest.TempPathFactory) -> Pack:
    return _construire(tmp_path_factory.mktemp("lambert"), _cas(MARIE_LAMBERT, L_ATELIER, None))


def test_chaque_document_est_rendu(bistrot: Pack, lambert: Pack) -> None:
    for pack in (bistrot, lambert):
        for attendu in (
            "relance-1.pdf",
            "echeancier.pdf",
            "rappel-echeance-1.pdf",
            "decheance-du-terme.pdf",
            "injonction/requete.pdf",
            "injonction/decompte.pdf",
            "injonction/historique.pdf",
            "injonction/bordereau.pdf",
        ):
            assert attendu in pack.textes
        assert any(n.startswith("mise-en-demeure") for n in pack.textes)
    assert any(n.startswith("quittance") for n in bistrot.textes)


def test_aucun_article_que_la_preposition_aurait_du_absorber(bistrot: Pack, lambert: Pack) -> None:
    for pack in (bistrot, lambert):
        for nom, texte in pack.textes.items():
            assert not FAUTES.search(texte), f"{nom} : « {FAUTES.search(texte)} »"


def test_le_et_les_se_contractent_avec_de_et_a(bistrot: Pack) -> None:
    requete = bistrot["injonction/requete.pdf"]
    assert "Le requérant est créancier des Halles SARL de la somme de" in requete
    assert "ordonner aux Halles SARL de payer au Bistrot SARL :" in requete
    assert (
        "Décompte des sommes dues par Les Halles SARL au Bistrot SARL, arrêté au"
        in bistrot["injonction/decompte.pdf"]
    )
    assert (
        "Démarches amiables du Bistrot SARL auprès des Halles SARL," in bistrot["injonction/historique.pdf"]
    )
    assert "vous écrit pour le compte du Bistrot, 8 rue Lesdiguières" in bistrot["relance-1.pdf"]
    assert "pour le compte du Bistrot, 8 rue Lesdiguières" in bistrot.commencant_par("quittance")


def test_l_apostrophe_ne_se_contracte_pas(lambert: Pack) -> None:
    assert (
        "La requérante est créancière de L'Atelier SARL de la somme de" in lambert["injonction/requete.pdf"]
    )
    assert "ordonner à L'Atelier SARL de payer à Marie Lambert :" in lambert["injonction/requete.pdf"]
    assert "auprès de L'Atelier SARL," in lambert["injonction/historique.pdf"]


def test_la_requerante(lambert: Pack) -> None:
    requete = lambert["injonction/requete.pdf"]
    assert "La requérante Marie Lambert, profession" in requete
    # after the forfeited plan the requête claims its balance, not the invoices (issue 13)
    assert "ont fait l'objet d'un échéancier signé par le débiteur" in requete
    assert "la requérante prie Madame, Monsieur" in requete
    assert "requérant " not in requete


def test_la_premiere_personne_s_elide(lambert: Pack) -> None:
    assert "Si votre paiement m'est parvenu entre-temps" in lambert["relance-1.pdf"]
    assert "je vous notifie la déchéance du terme" in lambert["decheance-du-terme.pdf"]


def test_les_echeances_inegales_sont_dites_sans_se_contredire(bistrot: Pack) -> None:
    echeancier = bistrot["echeancier.pdf"]
    assert re.search(
        r"Sur les 3 échéances, 2 sont de [\d ]+,\d\d € chacune et la dernière de [\d ]+,\d\d €, "
        r"parce qu'elle porte en plus les centimes restants de la division",
        echeancier,
    ), echeancier
    assert "chacune, la dernière" not in echeancier
