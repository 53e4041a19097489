"""The content markup (« un texte, deux formats »): every block kind, inline bold, escaping, errors."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dossier.errors import RenderFailure
from dossier.francais import typographie
from dossier.render.blocks import (
    Cellule,
    Citation,
    Liste,
    Paragraphe,
    Segment,
    Tableau,
    Titre,
    analyser,
    echapper,
)


def test_titre() -> None:
    assert analyser("## Montants dus") == (Titre("Montants dus"),)


def test_paragraphe_lignes_jointes_et_espaces_reduits() -> None:
    (bloc,) = analyser("  Première   ligne\nseconde\tligne.  ")
    assert bloc == Paragraphe((Segment("Première ligne seconde ligne."),))


def test_espace_insecable_conserve() -> None:
    (bloc,) = analyser("2\u202f480,00\u00a0€")
    assert bloc.textes == ("2\u202f480,00\u00a0€",)


def test_gras_en_ligne() -> None:
    (bloc,) = analyser("Le solde est de **2 480,00 €**, à régler.")
    assert bloc == Paragraphe(
        (Segment("Le solde est de "), Segment("2 480,00\xa0€", gras=True), Segment(", à régler."))
    )


def test_liste_lignes_consecutives() -> None:
    (bloc,) = analyser("- un\n- **deux**\n- trois")
    assert bloc == Liste(((Segment("un"),), (Segment("deux", True),), (Segment("trois"),)))


def test_citation_et_saut_de_paragraphe() -> None:
    (bloc,) = analyser("> Alinéa un,\n> suite.\n>\n>\n> Alinéa deux.")
    assert bloc == Citation(((Segment("Alinéa un, suite."),), (Segment("Alinéa deux."),)))


def test_tableau_alignement_et_gras() -> None:
    (bloc,) = analyser("| Facture | Montant |\n|---|---:|\n| F-1 | 10,00 € |\n| **Total** | **10,00 €** |")
    assert isinstance(bloc, Tableau)
    assert bloc.entete == (Cellule((Segment("Facture"),), False), Cellule((Segment("Montant"),), True))
    assert bloc.lignes[1] == (
        Cellule((Segment("Total", True),), False),
        Cellule((Segment("10,00\xa0€", True),), True),
    )
    assert bloc.textes == ("Facture Montant", "F-1 10,00\xa0€", "Total 10,00\xa0€")


def test_tableau_cellule_vide_et_barre_echappee() -> None:
    (bloc,) = analyser("| a | b |\n| :--- | - |\n| x \\| y |  |")
    assert isinstance(bloc, Tableau)
    assert [c.texte for c in bloc.lignes[0]] == ["x | y", ""]
    assert [c.droite for c in bloc.entete] == [False, False]


def test_plusieurs_blocs_et_lignes_vides_multiples() -> None:
    blocs = analyser("\n\n## T\n\n\n\nTexte.\n\n- a\n\n> b\n\n| c |\n|---|\n| d |\n")
    assert [b.genre for b in blocs] == ["titre", "paragraphe", "liste", "citation", "tableau"]


def test_echappements_en_debut_de_ligne() -> None:
    blocs = analyser("\\- 5 % de remise\n\n\\# 1\n\n\\> 2\n\n3 \\*\\* 4 \\\\ 5")
    assert [b.textes for b in blocs] == [("- 5\xa0% de remise",), ("# 1",), ("> 2",), ("3 ** 4 \\ 5",)]
    assert all(isinstance(b, Paragraphe) for b in blocs)


def test_tiret_colle_est_du_texte() -> None:
    assert analyser("-5 % sur le total")[0].textes == ("-5\xa0% sur le total",)


@pytest.mark.parametrize(
    ("texte", "motif"),
    [
        ("", "aucun bloc"),
        ("## Titre\nsuite", "un titre tient sur une ligne"),
        ("# Titre", "seuls les titres"),
        ("### Titre", "seuls les titres"),
        ("## **Titre**", "sans gras"),
        ("- un\ndeux", "chaque ligne d'une liste"),
        ("-\n- deux", "élément de liste vide"),
        ("> un\ndeux", "chaque ligne d'une citation"),
        (">\n>", "citation vide"),
        ("Texte\n- un", "ligne vide manquante"),
        ("Texte\n| a |", "ligne vide manquante"),
        ("Du **gras", "jamais refermé"),
        ("Du **** vide", "gras vide"),
        ("| a | b |\n|---|---|", "au moins une ligne"),
        ("| a | b |\n|---|---|\n| 1 | 2 | 3 |", "la ligne 1 du tableau a 3 cellules au lieu de 2"),
        ("| a | b |\n|---|---|\n| 1 |", "la ligne 1 du tableau a 1 cellules au lieu de 2"),
        ("| a | b |\n|---|\n| 1 | 2 |", "1 alignements pour 2 colonnes"),
        ("| a | b |\n|---|:---:|\n| 1 | 2 |", "colonne centrée"),
        ("| a | b |\n| x | y |\n| 1 | 2 |", "deuxième ligne d'un tableau"),
        ("| a | b\n|---|---|\n| 1 | 2 |", "commence et finit par"),
        ("| a |\n|---|\nx", "chaque ligne d'un tableau"),
    ],
)
def test_bloc_mal_forme_refuse(texte: str, motif: str) -> None:
    with pytest.raises(RenderFailure) as erreur:
        analyser(texte, source="letters/essai.txt.j2")
    (constat,) = erreur.value.constats
    assert constat.code == "RENDU-01"
    assert motif in constat.message
    if texte:
        assert constat.message.startswith("letters/essai.txt.j2, bloc n° 1 (ligne ")


def test_erreur_situe_le_bloc() -> None:
    with pytest.raises(RenderFailure, match=r"bloc n° 3 \(ligne 5 du texte produit\)"):
        analyser("Un.\n\nDeux.\n\n| a |\n| b |\n| c |")


def test_blocs_geles() -> None:
    (bloc,) = analyser("Texte.")
    with pytest.raises(AttributeError):
        bloc.segments = ()  # type: ignore[misc]


def _attendu(valeur: str) -> str:
    """The value on one line, spaces folded, with French punctuation's no-break spaces (« 0 » »)."""
    une_ligne = re.sub(r"[ \t]*[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+[ \t]*", " ", valeur)
    return typographie(re.sub(r"[ \t]+", " ", une_ligne).strip())


@given(st.text(min_size=1, max_size=60))
def test_echapper_donne_toujours_un_paragraphe_litteral(valeur: str) -> None:
    """Whatever a claim contains, once escaped it is one paragraph with exactly its text."""
    if not _attendu(valeur):
        return
    (bloc,) = analyser(echapper(valeur))
    assert isinstance(bloc, Paragraphe)
    assert not any(s.gras for s in bloc.segments)
    assert bloc.textes == (_attendu(valeur),)


@given(st.text(alphabet="ab*|#->\\ \n", min_size=1, max_size=30))
def test_echapper_caracteres_du_balisage(valeur: str) -> None:
    if not _attendu(valeur):
        return
    (bloc,) = analyser("Avant " + echapper(valeur) + " après")
    assert bloc.textes == (_attendu("Avant " + valeur + " après"),)


def _segments_caractere_par_caractere(texte: str) -> tuple[tuple[str, bool], ...] | str:
    """The walk `blocks._segments` replaced (one Python step a character), before the French
    spaces: the segments (text, bold), or the error's reason."""
    segments: list[tuple[str, bool]] = []
    courant: list[str] = []
    gras = False
    i = 0
    while i < len(texte):
        if texte[i] == "\\" and i + 1 < len(texte) and texte[i + 1] in "\\*|#->":
            courant.append(texte[i + 1])
            i += 2
        elif texte.startswith("**", i):
            if gras and not courant:
                return "gras vide"
            if courant:
                segments.append(("".join(courant), gras))
                courant = []
            gras = not gras
            i += 2
        else:
            courant.append(texte[i])
            i += 1
    if gras:
        return "jamais refermé"
    if courant:
        segments.append(("".join(courant), gras))
    return tuple(segments)


@given(st.text(alphabet="\\*|#->a \n", max_size=40))
def test_segments_comme_la_lecture_caractere_par_caractere(texte: str) -> None:
    from dossier.render.blocks import _Lieu, _segments

    attendu = _segments_caractere_par_caractere(texte)
    try:
        lus = _segments(texte, _Lieu("essai", 1, 1))
    except RenderFailure as erreur:
        assert isinstance(attendu, str) and attendu in erreur.constats[0].message
    else:
        assert lus == tuple(Segment(t, g) for t, g in attendu)  # type: ignore[union-attr]
