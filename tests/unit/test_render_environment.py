"""The one Jinja environment: sandboxed, strict, escaping for each kind of template."""

from __future__ import annotations

from collections import deque
from collections.abc import MutableSequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError

from dossier.errors import RenderFailure
from dossier.render.blocks import Paragraphe, Segment
from dossier.render.environment import (
    creer_environnement,
    environnement,
    rendre_blocs,
    rendre_gabarit,
)
from dossier.resources import dossier_gabarits


@dataclass(frozen=True)
class Partie:
    nom: str
    _secret: str = "ne doit pas sortir"


@pytest.fixture
def env(tmp_path: Path) -> ImmutableSandboxedEnvironment:
    (tmp_path / "letters").mkdir()
    return creer_environnement(tmp_path)


def _gabarit(env: ImmutableSandboxedEnvironment, nom: str, texte: str) -> None:
    assert env.loader is not None
    racine = Path(env.loader.searchpath[0])  # type: ignore[attr-defined]
    (racine / nom).write_text(texte, encoding="utf-8")


def test_environnement_partage() -> None:
    env = environnement()
    assert env is environnement()
    assert isinstance(env, ImmutableSandboxedEnvironment)
    assert env.undefined is StrictUndefined
    assert env.trim_blocks and env.lstrip_blocks
    assert env.loader.searchpath == [str(dossier_gabarits())]  # type: ignore[union-attr]
    assert {"euros", "taux", "date_longue", "date_courte"} <= set(env.filters)


@pytest.mark.parametrize(
    "expression",
    [
        "{{ ''.__class__.__mro__ }}",
        "{{ partie.__class__.__init__.__globals__ }}",
        "{{ partie._secret }}",
        "{{ partie.__dict__ }}",
        "{% set l = [] %}{{ l.append(1) }}",
        "{{ parties.append(partie) }}",
    ],
)
def test_bac_a_sable(env: ImmutableSandboxedEnvironment, expression: str) -> None:
    _gabarit(env, "essai.txt.j2", expression)
    with pytest.raises(RenderFailure) as erreur:
        rendre_gabarit("essai.txt.j2", {"partie": Partie("A"), "parties": [Partie("B")]}, env=env)
    assert isinstance(erreur.value.__cause__, SecurityError)
    (constat,) = erreur.value.constats
    assert constat.code == "RENDU-03"
    assert constat.message.startswith("essai.txt.j2, ligne 1 : ")


def test_verdicts_du_bac_a_sable_gardes_par_type_et_nom() -> None:
    """Each verdict kept by (type, attribute) is the sandbox's own, asked again; a class registered
    with a mutable ABC afterwards is judged again; a proxy lying about its class is judged each
    time."""
    env, bac = environnement(), ImmutableSandboxedEnvironment()

    class Pile:
        def append(self, valeur: object) -> None:
            pass

    class Deguise:
        __class__ = list  # type: ignore[assignment]

        def append(self, valeur: object) -> None:
            pass

    objets = [[], {}, set(), deque(), "", Partie("A"), Pile(), len, str, Partie, iter([]), Deguise()]
    noms = ["append", "pop", "update", "add", "upper", "nom", "_secret", "__class__", "mro", "gi_code", "x"]
    for _ in range(2):
        for objet in objets:
            for nom in noms:
                assert env.is_safe_attribute(objet, nom, None) == bac.is_safe_attribute(objet, nom, None)
    assert env.is_safe_attribute(Pile(), "append", None) and not env.is_safe_attribute(
        Deguise(), "append", None
    )
    MutableSequence.register(Pile)
    assert not env.is_safe_attribute(Pile(), "append", None)
    assert not bac.is_safe_attribute(Pile(), "append", None)


@pytest.mark.parametrize(
    "expression",
    [
        "{{ (montant * 2)|euros }}",
        "{{ (montant + montant)|euros }}",
        "{{ (-montant)|euros }}",
        "{{ (jour - jour) }}",
        "{{ montant / 3 }}",
    ],
)
def test_pas_de_calcul_dans_un_gabarit(env: ImmutableSandboxedEnvironment, expression: str) -> None:
    _gabarit(env, "a.txt.j2", expression)
    with pytest.raises(RenderFailure, match="jamais dans un gabarit") as erreur:
        rendre_gabarit("a.txt.j2", {"montant": Decimal("10.00"), "jour": date(2026, 1, 1)}, env=env)
    assert erreur.value.constats[0].code == "RENDU-03"


@pytest.mark.parametrize("filtre", ["sum", "round", "abs", "int", "float"])
def test_filtres_de_calcul_retires(env: ImmutableSandboxedEnvironment, filtre: str) -> None:
    _gabarit(env, "a.txt.j2", "{{ valeurs|" + filtre + " }}")
    with pytest.raises(RenderFailure, match=f"No filter named '{filtre}'"):
        rendre_gabarit("a.txt.j2", {"valeurs": [Decimal("1.00")]}, env=env)


def test_entiers_additionnables(env: ImmutableSandboxedEnvironment) -> None:
    _gabarit(env, "a.txt.j2", "{% for i in range(1, n + 1) %}{{ i }}{% endfor %}")
    assert rendre_gabarit("a.txt.j2", {"n": 3}, env=env) == "123"


def test_variable_absente_nommee_avec_gabarit_et_ligne(env: ImmutableSandboxedEnvironment) -> None:
    _gabarit(env, "letters/relance.txt.j2", "Madame,\n\nVous devez {{ montant_du|euros }}.\n")
    with pytest.raises(RenderFailure) as erreur:
        rendre_blocs("letters/relance.txt.j2", {"montant": Decimal("1")}, env=env)
    (constat,) = erreur.value.constats
    assert constat.code == "RENDU-02"
    assert "letters/relance.txt.j2, ligne 3" in constat.message
    assert "la variable « montant_du » n'est pas définie" in constat.message


def test_attribut_absent_nomme(env: ImmutableSandboxedEnvironment) -> None:
    _gabarit(env, "a.txt.j2", "{{ partie.adresse }}")
    with pytest.raises(RenderFailure, match="« adresse » n'est pas définie"):
        rendre_gabarit("a.txt.j2", {"partie": Partie("A")}, env=env)


@pytest.mark.parametrize("valeur", [Decimal("12.50"), date(2026, 1, 1), 1.5, True])
def test_valeur_brute_refusee(env: ImmutableSandboxedEnvironment, valeur: object) -> None:
    _gabarit(env, "a.txt.j2", "Texte.\n{{ v }}")
    with pytest.raises(RenderFailure, match=r"a\.txt\.j2, ligne 2 : .*passez-la par un filtre"):
        rendre_gabarit("a.txt.j2", {"v": valeur}, env=env)


def test_erreur_de_filtre_situee(env: ImmutableSandboxedEnvironment) -> None:
    _gabarit(env, "a.txt.j2", "\n\n{{ v|euros }}")
    with pytest.raises(RenderFailure, match=r"^RENDU-02: a\.txt\.j2, ligne 3 : Le filtre « euros »"):
        rendre_gabarit("a.txt.j2", {"v": Decimal("1.234")}, env=env)


def test_source_de_contenu_echappe_le_balisage(env: ImmutableSandboxedEnvironment) -> None:
    _gabarit(env, "a.txt.j2", "Bonjour {{ nom }}, **merci**.")
    (bloc,) = rendre_blocs("a.txt.j2", {"nom": "**X** <b>\n\n## Y"}, env=env)
    assert bloc == Paragraphe(
        (Segment("Bonjour **X** <b> ## Y, "), Segment("merci", gras=True), Segment("."))
    )


def test_html_echappe_mais_pas_le_contenu(env: ImmutableSandboxedEnvironment) -> None:
    _gabarit(env, "a.html", "<p>{{ nom }}</p>")
    _gabarit(env, "a.txt.j2", "{{ nom }}")
    assert rendre_gabarit("a.html", {"nom": "A & <B>"}, env=env) == "<p>A &amp; &lt;B&gt;</p>"
    assert rendre_gabarit("a.txt.j2", {"nom": "A & <B>"}, env=env) == "A & <B>"
    # docxtpl renders the document XML from a string: escaped too.
    assert env.from_string("{{ nom }}").render(nom="A & <B>") == "A &amp; &lt;B&gt;"


def test_filtres_et_blocs_sans_espaces_parasites(env: ImmutableSandboxedEnvironment) -> None:
    _gabarit(
        env,
        "a.txt.j2",
        "{% for l in lignes %}\n    - {{ l.montant|euros }} le {{ l.jour|date_longue }}\n{% endfor %}\n",
    )
    contexte = {"lignes": [{"montant": Decimal("2480"), "jour": date(2026, 1, 1)}]}
    (bloc,) = rendre_blocs("a.txt.j2", contexte, env=env)
    assert bloc.textes == ("2\u202f480,00\u00a0€ le 1er janvier 2026",)


def test_chargeur_limite_au_dossier(env: ImmutableSandboxedEnvironment, tmp_path: Path) -> None:
    (tmp_path.parent / "dehors.txt.j2").write_text("secret", encoding="utf-8")
    _gabarit(env, "a.txt.j2", '{% include "../dehors.txt.j2" %}')
    with pytest.raises(RenderFailure) as erreur:
        rendre_gabarit("a.txt.j2", {}, env=env)
    assert erreur.value.constats[0].code == "RENDU-04"


def test_gabarit_introuvable_et_syntaxe(env: ImmutableSandboxedEnvironment) -> None:
    with pytest.raises(RenderFailure, match=r"Gabarit introuvable : absent\.txt\.j2"):
        rendre_blocs("absent.txt.j2", {}, env=env)
    _gabarit(env, "b.txt.j2", "Un\n{% if %}")
    with pytest.raises(RenderFailure, match=r"b\.txt\.j2, ligne 2 : erreur de syntaxe"):
        rendre_blocs("b.txt.j2", {}, env=env)
    with pytest.raises(RenderFailure, match=r"se termine par \.txt\.j2"):
        rendre_blocs("a.html", {}, env=env)
