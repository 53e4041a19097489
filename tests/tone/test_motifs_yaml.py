"""motifs.yaml's shared expressions: « (?&nom) » inside an expression is developed before anything
is compiled, so a guard is written once for every pattern that needs it."""

from __future__ import annotations

import re

import pytest

from dossier.tone.motifs_yaml import APPEL, developpee, expressions, motifs, motifs_yaml


def test_aucun_appel_ne_reste_dans_ce_que_le_linter_compile() -> None:
    assert not [nom for nom, texte in expressions().items() if APPEL.search(texte)]
    for motif in motifs():
        for expression in (motif.expression, motif.sauf, motif.negation):
            assert expression is None or not APPEL.search(expression.pattern), motif.nom


def test_chaque_motif_et_ses_exceptions_se_compilent() -> None:
    """The linter compiles a pattern when a text first needs it: a pattern no sample reaches must
    still compile, here, rather than in a user's build."""
    compilees = [e for m in motifs() for e in (m.expression, m.sauf, m.negation) if e is not None]
    assert len(compilees) >= len(motifs()) and all(isinstance(e, re.Pattern) for e in compilees)


def test_un_appel_devient_le_groupe_de_l_expression_partagee() -> None:
    garde = motifs_yaml().expressions["acte-engage"]
    developpe = developpee(r"\b(?&acte-engage)\b", "essai")
    assert developpe == rf"\b(?:{garde})\b"
    assert re.search(developpe, "nous avons obtenu une ordonnance")
    assert expressions()["rien-d-engage"].count(garde) == 1


def test_les_motifs_qui_partagent_une_garde_la_lisent_tous() -> None:
    """`rien-d-engage` and `droits-du-debiteur` refuse their excuse on the same words."""
    for nom in ("rien-d-engage", "droits-du-debiteur"):
        assert "(?&acte-engage)" in motifs_yaml().expressions[nom]


@pytest.mark.parametrize(
    ("texte", "message"),
    [("(?&inconnue)", "expression partagée inconnue (?&inconnue)"), ("(?&boucle)", "s'appelle elle-même")],
)
def test_un_appel_faux_est_refuse(texte: str, message: str, monkeypatch: pytest.MonkeyPatch) -> None:
    partagees = {**motifs_yaml().expressions, "boucle": "a(?&boucle)"}
    monkeypatch.setattr("dossier.tone.motifs_yaml.motifs_yaml", lambda: _Faux(partagees))
    with pytest.raises(ValueError, match=re.escape(message)):
        developpee(texte, "essai")


class _Faux:
    def __init__(self, expressions: dict[str, str]) -> None:
        self.expressions = expressions
