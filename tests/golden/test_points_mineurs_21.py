"""The smaller points of issue 21, read back from the PDFs `build` writes: the mise en demeure and
the décompte say the same start of interest (the day after receipt); the SEPA mandate leaves the
place and the date to the debtor; JUR-01 gives the creditor as the reason when it is the one who
is neither merchant nor artisan (an SCI)."""

from __future__ import annotations

from pathlib import Path

from dossier.exit_codes import ExitCode
from tests.assemble.outils import copier_echantillon
from tests.golden.commande import lancer, lire


def test_la_mise_en_demeure_et_le_decompte_disent_le_meme_point_de_depart(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-ogec", tmp_path)
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie)
    assert code == ExitCode.OK, texte
    lettre = lire(sortie / "mise-en-demeure.pdf")
    assert (
        "fait courir les intérêts au taux légal sur la somme due à compter du lendemain de sa réception"
        in lettre
    )
    assert "à compter de sa réception, les intérêts" not in lettre
    assert "lendemain de la réception" in lire(sortie / "injonction" / "decompte.pdf")


def test_le_mandat_sepa_laisse_le_lieu_et_la_date_au_debiteur(tmp_path: Path) -> None:
    claim = copier_echantillon("plan-sepa", tmp_path)
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie, "--no-docx")
    assert code == ExitCode.OK, texte
    mandat = lire(sortie / "mandat-sepa.pdf")
    assert "Fait à" not in mandat
    assert "Le débiteur écrit dans son cadre le lieu et la date de sa signature, puis signe." in mandat


def test_jur_01_nomme_le_creancier_non_commercant(tmp_path: Path) -> None:
    sci = [
        ("  forme: SARL\n  professionnel: true\n  commercant: true\n",
         "  forme: SCI\n  professionnel: true\n  commercant: false\n"),
        ('  nom: "Tribunal de commerce d\'Annecy"\n', '  nom: "Tribunal judiciaire d\'Annecy"\n'),
    ]  # fmt: skip
    claim = copier_echantillon("injonction-b2b", tmp_path, sci)
    code, texte = lancer("check", claim)
    assert code == ExitCode.OK, texte
    assert "le créancier n'est ni commerçant ni artisan" in texte
    assert "Atelier Morel Agencement : ni commerçant ni artisan ; Fromagerie des Aravis : commerçant" in texte
    assert "le débiteur n'est ni commerçant ni artisan" not in texte


def test_la_lettre_envoyee_est_preferee_et_le_bordereau_le_dit(tmp_path: Path) -> None:
    # the creditor's own copy of the second reminder (any PDF of the folder will do for the test)
    avant = '  - type: relance_2\n    date: "2025-11-28"\n'
    envoyee = (avant, f"{avant}    piece: pieces/facture-F-2025-252.pdf\n")
    claim = copier_echantillon("injonction-b2b", tmp_path, [envoyee])
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie, "--no-docx")
    assert code == ExitCode.OK, texte
    bordereau = lire(sortie / "injonction" / "bordereau.pdf")
    assert "Seconde relance du 28 novembre 2025 — exemplaire de la lettre envoyée" in bordereau
    assert "Seconde relance du 28 novembre 2025 — reproduction du courrier" not in bordereau
    assert "Relance du 14 novembre 2025 — reproduction du courriel" in bordereau  # no piece: reproduced
