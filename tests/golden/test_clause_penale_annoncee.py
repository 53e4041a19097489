"""A clause pénale is incurred by the mise en demeure that names it (C. civ. 1231-5 al. 5; issue 21,
point 3): dossier's notice names it (stipulation and amount, read back from the PDF and from its
copy among the requête's pièces); a requête relying on a notice that did not name it is refused
(INJ-17, exit 6, the letter's position); claimed on top of the penalties and the 40 € it warns
(FRAIS-07: the judge may moderate it)."""

from __future__ import annotations

from pathlib import Path

from dossier.exit_codes import ExitCode
from tests.assemble.outils import copier_echantillon, position_de
from tests.golden.commande import lancer, lire

CLAUSE = ("  indemnite_forfaitaire: true\n", '  indemnite_forfaitaire: true\n  clause_penale: {taux: "10"}\n')
NON_ANNONCEE = ("    delai_jours: 8\n", "    delai_jours: 8\n    clause_penale_annoncee: false\n")
ANNONCE = (
    "Le contrat stipule une clause pénale de 10,00 % des sommes impayées, soit 642,00 € sur le principal "
    "ci-dessus. Conformément à l'article 1231-5 du code civil, elle est encourue par la présente mise en "
    "demeure"
)


def test_la_mise_en_demeure_nomme_la_clause_et_la_requete_la_demande(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path, [CLAUSE])
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie)
    assert code == ExitCode.OK, texte
    assert ANNONCE in lire(sortie / "mise-en-demeure.pdf")
    (copie,) = (sortie / "injonction" / "pieces").glob("[0-9][0-9]-mise-en-demeure-*.pdf")
    assert ANNONCE in lire(copie)  # the copy the judge reads names it too
    assert "la somme de 642,00 € au titre de la clause pénale du contrat" in lire(
        sortie / "injonction" / "requete.pdf"
    )
    assert "AVERTISSEMENT FRAIS-07" in texte
    assert (
        "en plus de les pénalités" not in texte
        and "en plus des pénalités de retard et de l'indemnité" in texte
    )
    assert "(C. civ. 1231-5, al. 2)" in texte


def test_une_mise_en_demeure_qui_ne_la_nommait_pas_bloque_la_requete(tmp_path: Path) -> None:
    claim = copier_echantillon("injonction-b2b", tmp_path, [CLAUSE, NON_ANNONCEE])
    ligne, colonne = position_de(claim, "- type: mise_en_demeure")
    sortie = tmp_path / "sortie"
    code, texte = lancer("build", claim, "-o", sortie, "--jusqua", "injonction")
    assert code == ExitCode.BLOCKING_FINDING and not sortie.exists()
    assert f"BLOQUANT INJ-17 claim.yaml:{ligne}:{colonne + 2}" in texte
    assert "la mise en demeure du 12 janvier 2026 ne la nommait pas" in texte
    # reached by the series: the copies are built, not the requête; the copy does not name the clause
    code, texte = lancer("build", claim, "-o", sortie)
    assert code == ExitCode.OK and "AVERTISSEMENT INJ-17" in texte
    assert not (sortie / "injonction").exists()
    assert "clause pénale" not in lire(sortie / "mise-en-demeure.pdf")
