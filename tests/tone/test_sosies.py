"""Look-alike letters (issue 25): a threat written with Cyrillic or Greek letters that look Latin,
with invisible characters between its letters, or in fullwidth letters, reads as the threat it is —
in a text alone, and through `build`, which refuses the claim (exit 6) and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.exit_codes import ExitCode
from dossier.tone.linter import examiner
from dossier.tone.texte import normaliser, sosies_latins
from tests.cli.test_cli import CLAIM, contenu, ecrire_claim, lancer

CYRILLIQUE = str.maketrans("aeopcxiysAEOPCXIKMHTB", "аеорсхіуѕАЕОРСХІКМНТВ")
GREC = str.maketrans("aoivpAEOPTKMNIXYZBH", "αοινρΑΕΟΡΤΚΜΝΙΧΥΖΒΗ")


def test_les_sosies_sont_bien_d_un_autre_alphabet() -> None:
    """The test sentences below really hold no Latin letter where a look-alike stands."""
    assert "saisie".translate(CYRILLIQUE) == "ѕаіѕіе" and not "ѕаіѕіе".isascii()
    for latines, sosies in (("aeopcxiys", "аеорсхіуѕ"), ("aoivp", "αοινρ")):
        assert [sosies_latins()[c] for c in sosies] == list(latines)


@pytest.mark.parametrize(
    ("source", "plie"),
    [
        ("Un huissier passera.".translate(CYRILLIQUE), "un huissier passera."),
        ("SAISIE DE VOS MEUBLES".translate(GREC), "saisie de vos meubles"),
        ("hu\u200bis\u200dsi\u2060er", "huissier"),  # zero-width space, joiner, word joiner
        ("sai\ufeffsie", "saisie"),  # a byte-order mark inside the word
        ("ｈｕｉｓｓｉｅｒ", "huissier"),  # fullwidth letters
        ("𝐡𝐮𝐢𝐬𝐬𝐢𝐞𝐫", "huissier"),  # mathematical bold letters
        ("Léa, Chambéry, cœur", "lea, chambery, coeur"),  # French letters are only unaccented
    ],
)
def test_pliage_des_sosies(source: str, plie: str) -> None:
    assert normaliser(source).texte == plie


@pytest.mark.parametrize(
    ("phrase", "code"),
    [
        ("Nous procéderons à la saisie de vos meubles.".translate(CYRILLIQUE), "TON-01"),
        ("Un huissier passera chez vous.".translate(CYRILLIQUE), "TON-01"),
        ("Un huissier passera chez vous.".translate(GREC), "TON-01"),
        ("Nous saisirons votre salaire.".translate(GREC), "TON-01"),
        ("Des frais de recouvrement s'ajoutent.".translate(CYRILLIQUE), "FRAIS-04"),
        ("Ѕоmmаtіоn de payer", "TON-02"),
        ("Un hu\u00adis\u200bsier passera.", "TON-01"),  # soft hyphen and zero-width space
        ("Un ｈｕｉｓｓｉｅｒ passera.", "TON-01"),
    ],
)
def test_menace_en_sosies_attrapee(phrase: str, code: str) -> None:
    rencontres = [r for r in examiner(phrase) if r.motif.code == code]
    assert rencontres, phrase
    # the excerpt is the source's own words, look-alikes included: the user finds them in the claim
    assert all(r.extrait in " ".join(phrase.split()) for r in rencontres)


def test_build_refuse_une_menace_en_lettres_cyrilliques(tmp_path: Path) -> None:
    message = "Sans règlement, un huissier viendra saisir vos biens.".translate(CYRILLIQUE)
    claim = ecrire_claim(tmp_path / "dossier", CLAIM + f'options:\n  message_libre: "{message}"\n')
    sorties = tmp_path / "sorties"
    sorties.mkdir()
    resultat = lancer("build", claim, "-o", sorties / "out")
    assert resultat.exit_code == ExitCode.BLOCKING_FINDING, resultat.output
    assert "BLOQUANT TON-01" in resultat.stderr and "options.message_libre" in resultat.stderr
    assert contenu(sorties) == []
