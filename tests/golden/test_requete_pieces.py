"""A requête is drafted only with every invoice it claims and the receipt it relies on (issue 21,
point 1; CPC 1407, 1409): `build --jusqua injonction` refuses (exit 6, INJ-14 / INJ-15 at the
invoice's or the letter's position in claim.yaml, nothing written); `check` and `plan` warn at the
earlier stages; with every pièce, the bordereau read back from the PDF lists each invoice."""

from __future__ import annotations

from pathlib import Path

from dossier.exit_codes import ExitCode
from dossier.render.readback import normaliser, texte_pdf
from tests.assemble.outils import copier_echantillon, position_de
from tests.golden.commande import lancer

SANS_PIECE = ("    piece: pieces/facture-SCO-2025-T2-0087.pdf\n", "")
SANS_AVIS = (
    'accuse_reception: {date: "2026-01-21", piece: pieces/ar-1A20456789023.jpg}',
    'accuse_reception: {date: "2026-01-21"}',
)


def test_facture_sans_piece_la_requete_est_refusee(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-ogec", tmp_path, [SANS_PIECE])
    ligne, colonne = position_de(claim, '- numero: "SCO-2025-T2-0087"')
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", str(claim), "-o", str(sortie), "--jusqua", "injonction")
    assert code == ExitCode.BLOCKING_FINDING
    assert f"BLOQUANT INJ-14 claim.yaml:{ligne}:{colonne + 2}" in texte
    assert "la facture SCO-2025-T2-0087 n'a pas de pièce" in texte
    assert not sortie.exists()


def test_reception_sans_avis_la_requete_est_refusee(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-ogec", tmp_path, [SANS_AVIS])
    ligne, colonne = position_de(claim, "accuse_reception:")
    code, texte = lancer("build", str(claim), "-o", str(tmp_path / "sortie"), "--jusqua", "injonction")
    assert code == ExitCode.BLOCKING_FINDING
    assert f"BLOQUANT INJ-15 claim.yaml:{ligne}:{colonne}" in texte
    assert "est dite reçue le 21 janvier 2026, mais l'avis de réception n'est pas produit" in texte


def test_aux_etapes_anterieures_check_et_plan_avertissent(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-ogec", tmp_path, [SANS_PIECE, SANS_AVIS])
    # Reached by the series, the requête is not drafted and the letters' copies are built: exit 0.
    code, texte = lancer("check", str(claim))
    assert code == ExitCode.OK
    assert "AVERTISSEMENT INJ-14" in texte and "AVERTISSEMENT INJ-15" in texte
    # Before the mise en demeure (10 January 2026): the invoice's pièce, said early.
    code, texte = lancer("plan", str(claim), "--date", "2026-01-10")
    assert code == ExitCode.OK
    assert "AVERTISSEMENT INJ-14" in texte and "la requête en injonction de payer l'exigera" in texte
    code, texte = lancer("check", str(claim), "--date", "2025-10-20")
    assert code == ExitCode.OK and "AVERTISSEMENT INJ-14" in texte


def test_avec_chaque_piece_le_bordereau_liste_chaque_facture(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-ogec", tmp_path)
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", str(claim), "-o", str(sortie))
    assert code == ExitCode.OK, texte
    assert "INJ-14" not in texte and "INJ-15" not in texte
    bordereau = normaliser("\n".join(texte_pdf((sortie / "injonction" / "bordereau.pdf").read_bytes())))
    for numero in ("SCO-2025-T1-0087", "SCO-2025-T2-0087", "DP-2025-12-0087"):
        assert f"Facture {numero}" in bordereau
    assert "Avis de réception" in bordereau
