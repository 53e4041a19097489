"""A commercial lease (issue 21, point 5): the tribunal judiciaire whatever the parties' status (COJ
R211-3-26, 11°: exclusive competence for baux commerciaux — read in secondary sources, said [S]);
no L441-10 penalties nor 40 € on rent unless the lease stipulates a rate (INT-15 warns), read back
from the requête's PDF and calcul.json."""

from __future__ import annotations

import json
from pathlib import Path

from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.assemble.outils import copier_echantillon
from tests.golden.commande import lancer

BAIL = ("  type: prestation\n", "  type: bail_commercial\n")
SANS_INDEMNITE = ("  indemnite_forfaitaire: true\n", "")
JUDICIAIRE = ('  nom: "Tribunal de commerce d\'Annecy"\n', '  nom: "Tribunal judiciaire d\'Annecy"\n')
TAUX = ("  indemnite_forfaitaire: true\n", '  indemnite_forfaitaire: true\n  taux_penalites: "12.00"\n')


def test_deux_commercants_un_bail_commercial_vont_au_tribunal_judiciaire(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path, [BAIL, SANS_INDEMNITE, JUDICIAIRE])
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie)
    assert code == ExitCode.OK, texte  # no JUR-05: between merchants, but a commercial lease
    assert "JUR-05" not in texte and "JUR-04" not in texte
    assert (
        "tribunal judiciaire a compétence exclusive en matière de baux commerciaux (COJ R211-3-26, 11°)"
        in texte
    )
    assert "AVERTISSEMENT INT-15" in texte
    requete = normaliser(" ".join(texte_pdf((sortie / "injonction" / "requete.pdf").read_bytes())))
    assert "tribunal judiciaire d'Annecy" in requete and "bail commercial" in requete
    assert "L441-10" not in requete and "pénalités de retard" not in requete
    assert "intérêts au taux légal" in requete
    calcul = json.loads((sortie / "calcul.json").read_text(encoding="utf-8"))
    assert calcul["indemnites"] == "0.00"


def test_un_tribunal_de_commerce_confirme_est_un_avertissement(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path, [BAIL, SANS_INDEMNITE])
    code, texte = lancer("check", claim)
    assert code == ExitCode.OK, texte
    assert "AVERTISSEMENT JUR-04" in texte and "est discutée" in texte


def test_le_taux_stipule_par_le_bail_est_applique(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path, [BAIL, TAUX, JUDICIAIRE])
    code, texte = lancer("check", claim, "--json")
    objet = json.loads(texte)
    assert code == ExitCode.OK
    assert "INT-15" not in [f["code"] for f in objet["findings"]]
    assert objet["regime"] == "professionnel" and objet["indemnites"] != "0.00"
