"""`francais.typographie` finds the spaces French punctuation holds with a pattern that opens on the
space (issue 16): the same text as the pattern it replaces, whose three alternatives were tried at
every character."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from dossier.francais import ESPACE_INSECABLE, typographie

AVANT = re.compile(r" (?=[:;!?»])|(?<=«) |(?<=\b[nN]°) ")


@given(st.text(alphabet=" :;!?»«°nNo1é\xa0-'\n", max_size=60))
def test_comme_le_motif_d_avant(texte: str) -> None:
    assert typographie(texte) == AVANT.sub(ESPACE_INSECABLE, texte)


def test_sur_des_phrases() -> None:
    for texte in (
        "Objet : relance ; n° 12 « Total » ? Re: 18:42",
        "« Atelier » : N° 3 ! pas de n°4, un°  5 et jn° 6 « «  x »» ?",
        "  : ; ! ? » « ",
    ):
        assert typographie(texte) == AVANT.sub(ESPACE_INSECABLE, texte)
    assert typographie("le n° 12") == f"le n°{ESPACE_INSECABLE}12"
    assert typographie("un° 12") == "un° 12"  # « n° » only as a word


def test_un_nombre_et_son_unite() -> None:
    """« 15 jours » never breaks between the number and its unit (the stop-32 review saw « 15 » end
    a line of a mise en demeure and « jours » begin the next); a word that only begins like a unit,
    or a unit after a word, keeps its plain space."""
    assert typographie("un délai de 15 jours, 2 mois, 1 an, 40 € et 10 %") == (
        "un délai de 15\xa0jours, 2\xa0mois, 1\xa0an, 40\xa0€ et 10\xa0%"
    )
    assert typographie("15 journées, 3 anomalies, 2 moisissures, quinze jours") == (
        "15 journées, 3 anomalies, 2 moisissures, quinze jours"
    )
