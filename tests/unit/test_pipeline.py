"""`build` and `check` take one path (`pipeline.produire`): the same documents rendered and read back,
so they refuse the same claims with the same findings (ARCHITECTURE.md: pipeline/, the one path)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dossier import pipeline
from dossier.errors import BlockingFindings
from dossier.model.claim import Creance
from dossier.model.load import charger, lire
from dossier.render.readback import Lectures

DEPOT = Path(__file__).resolve().parents[2]
OGEC = DEPOT / "samples" / "injonction-ogec" / "claim.yaml"
COUR = '  nom: "Tribunal judiciaire de Chambéry"'


def test_build_et_check_passent_par_produire(monkeypatch: pytest.MonkeyPatch) -> None:
    appels: list[bool] = []
    vrai = pipeline.produire

    def espion(
        creance: Creance, options: pipeline.Options, docx: bool, lectures: Lectures
    ) -> tuple[pipeline.Analyse, dict[str, bytes], dict[str, str]]:
        appels.append(docx)
        return vrai(creance, options, docx, lectures)

    monkeypatch.setattr(pipeline, "produire", espion)
    creance = charger(DEPOT / "samples" / "b2b-menuiserie" / "claim.yaml")
    options = pipeline.Options(jour=date(2026, 1, 15), docx=False)
    analyse = pipeline.controler(creance, options)
    pack = pipeline.build(creance, options)
    assert appels == [True, False]  # check always reads the DOCX back; build as asked
    assert pack.analyse.constats == analyse.constats
    assert "calcul.json" in pack.fichiers and not [n for n in pack.fichiers if n.endswith(".docx")]


def _ogec(cour: str) -> Creance:
    texte = OGEC.read_text(encoding="utf-8")
    assert texte.count(COUR) == 1
    return lire(texte.replace(COUR, cour), fichier=OGEC)


@pytest.mark.parametrize(
    ("cour", "refusee"),
    [(COUR, False), ('  nom: "Tribunal judiciaire de Chambéry — République française"', True)],
    ids=["admise", "refusee-par-la-requete"],
)
def test_check_et_build_concluent_de_meme(cour: str, refusee: bool) -> None:
    """The requête's read-back, the last stage, decides alike: a court named « République française »
    is refused by both, with the same findings; the sample as it is passes both."""
    creance = _ogec(cour)
    options = pipeline.Options(jour=date(2026, 3, 20))
    analyse = pipeline.controler(creance, options)
    assert analyse.bloquee is refusee
    if refusee:
        with pytest.raises(BlockingFindings) as refus:
            pipeline.build(creance, options)
        assert list(refus.value.constats) == [c for c in analyse.constats if c.bloquant]
        assert "TON-02" in {c.code for c in refus.value.constats}
    else:
        assert pipeline.build(creance, options).analyse.constats == analyse.constats
