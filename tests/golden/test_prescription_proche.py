"""Too close to prescription for an injonction de payer (issue 21, point 2; INJ-16): the requête is
not proposed — `build` writes the letters' copies and says why, `--jusqua injonction` refuses with
the last day and the ways that interrupt (C. civ. 2240, 2241), `dossier plan` and the review report
read back from its PDF propose an assignation or a signed acknowledgement of debt. The threshold
is the tool's practice value (`prescription.seuil_injonction`), said as such."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from dossier.exit_codes import ExitCode
from dossier.law.parametres.lecture import parametres_officiels
from dossier.render.readback import normaliser, texte_pdf
from tests.golden.commande import lancer
from tests.property.test_generateur import PIECES, Axes, Details, construire

# A consumer's invoice performed on 1 March 2024: prescribed after 1 March 2026 (C. conso. L218-2).
DERNIER_JOUR = "1er mars 2026"


def _claim(tmp_path: Path) -> Path:
    cas = construire(
        Axes("consommateur", "injonction", None, False, 0), Details(("480.00",), (), (), "virement")
    )
    cas.donnees["factures"][0].update(date="2024-03-01", echeance="2024-03-31", execution="2024-03-01")
    dossier = tmp_path / "dossier"
    shutil.copytree(PIECES, dossier / "pieces")
    claim = dossier / "claim.yaml"
    claim.write_text(yaml.safe_dump(cas.donnees, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return claim


def test_le_seuil_est_une_regle_de_l_outil_datee_avec_sa_raison() -> None:
    seuil = parametres_officiels()["prescription.seuil_injonction"]
    assert "Règle de l'outil" in seuil.article and "pas un texte de loi" in seuil.article
    (valeur,) = seuil.valeurs
    assert "CPC 1411" in valeur.source and "2241" in valeur.source


def test_a_19_jours_la_requete_est_refusee_et_l_assignation_proposee(tmp_path: Path) -> None:
    claim = _claim(tmp_path)
    sortie = tmp_path / "refus"
    code, texte = lancer("build", claim, "-o", sortie, "--date", "2026-02-10", "--jusqua", "injonction")
    assert code == ExitCode.BLOCKING_FINDING and not sortie.exists()
    assert "BLOQUANT INJ-16" in texte
    assert f"la facture F-1 sera prescrite après le {DERNIER_JOUR}" in texte and "il reste 19 jours" in texte
    assert "règle de l'outil, pas un délai légal" in texte
    assert "assignation en paiement (C. civ. 2241)" in texte and "(C. civ. 2240)" in texte

    code, texte = lancer("plan", "--json", claim, "--date", "2026-02-10")
    objet = json.loads(texte)
    assert (objet["etape"], objet["possible_aujourd_hui"]) == ("assignation_ou_reconnaissance", True)
    assert f"au plus tard le {DERNIER_JOUR}" in objet["ensuite"][0]

    # Reached by the series: the letters' copies are built, the requête is not, the report says why.
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie, "--date", "2026-02-10")
    assert code == ExitCode.OK, texte
    assert "AVERTISSEMENT INJ-16" in texte and not (sortie / "injonction").exists()
    rapport = normaliser(" ".join(texte_pdf((sortie / "rapport.pdf").read_bytes())))
    assert "INJ-16" in rapport
    assert "une assignation en paiement, ou une reconnaissance de dette signée par le débiteur" in rapport


def test_a_plus_du_seuil_la_requete_est_redigee(tmp_path: Path) -> None:
    claim = _claim(tmp_path)
    texte = (
        claim.read_text(encoding="utf-8")
        .replace("2024-03-01", "2024-06-01")
        .replace("2024-03-31", "2024-06-30")
    )
    claim.write_text(texte, encoding="utf-8")
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie, "--date", "2026-02-10")  # prescribed after 1 June 2026
    assert code == ExitCode.OK, texte
    assert "INJ-16" not in texte and (sortie / "injonction" / "requete.pdf").exists()
