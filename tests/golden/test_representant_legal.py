"""A legal person is represented by its legal organ (CPC 54, 3° b); issue 21, point 4): the OGEC's
requête, read back from the PDF, names its président and the cheffe d'établissement who signs
under a pouvoir, produced as a pièce of the bordereau; without that pouvoir the requête is refused
(INJ-19, exit 6); without a legal representative, a warning says the signataire is named as such
(INJ-18)."""

from __future__ import annotations

from pathlib import Path

from dossier.exit_codes import ExitCode
from tests.assemble.outils import copier_echantillon, position_de
from tests.golden.commande import lancer, lire

POUVOIR = '  pouvoir: {date: "2025-09-01", piece: pieces/pouvoir-2025-09-01.pdf}\n'
REPRESENTANT = '  representant_legal: {nom: "Bernard Caillet", qualite: "Président"}\n'


def test_la_requete_nomme_le_president_et_la_deleguee_avec_son_pouvoir(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-ogec", tmp_path)
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie)
    assert code == ExitCode.OK, texte
    assert "INJ-18" not in texte and "INJ-19" not in texte
    requete = lire(sortie / "injonction" / "requete.pdf")
    assert (
        "représentée par Bernard Caillet, Président, son représentant légal, agissant par Hélène Vasseur, "
        "Cheffe d'établissement, en vertu d'un pouvoir du 1er septembre 2025 (pièce n° 2)."
    ) in requete
    assert "Pièce n° 2 : Pouvoir du 1er septembre 2025 donné par Bernard Caillet" in requete
    bordereau = lire(sortie / "injonction" / "bordereau.pdf")
    assert (
        "2 Pouvoir du 1er septembre 2025 donné par Bernard Caillet, Président, à Hélène Vasseur" in bordereau
    )
    assert "Pouvoir" in lire(sortie / "injonction" / "pieces" / "02-pouvoir.pdf")  # the pièce itself, stamped


def test_sans_pouvoir_la_requete_est_refusee(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-ogec", tmp_path, [(POUVOIR, "")])
    ligne, colonne = position_de(claim, "representant_legal:")
    code, texte = lancer("build", claim, "-o", tmp_path / "sortie", "--jusqua", "injonction")
    assert code == ExitCode.BLOCKING_FINDING
    assert f"BLOQUANT INJ-19 claim.yaml:{ligne}:{colonne}" in texte
    assert "la requête doit produire le pouvoir" in texte


def test_sans_representant_legal_un_avertissement(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-ogec", tmp_path, [(POUVOIR, ""), (REPRESENTANT, "")])
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie)
    assert code == ExitCode.OK, texte
    assert "AVERTISSEMENT INJ-18" in texte
    assert "représentée par Hélène Vasseur, Cheffe d'établissement." in lire(
        sortie / "injonction" / "requete.pdf"
    )
