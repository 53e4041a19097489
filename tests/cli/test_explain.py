"""`dossier explain CODE` for every code of the registry: its title, article, reading, what to do,
and for a code of the law engine the text of its rule (the docstring of the module that owns it).

A code raised by a module of dossier/law/ is owned by a law module (`CODE`, `CODES`), which
`law.rules.module_de` finds; a code no longer raised anywhere is retired: its entry says so and
the module that took over its job declares it in `CODES_RETIRES`. The loader's input codes
(YAML-, CHAMP-, VALEUR-), which a law module may reuse for the same input error, are read from
the registry entry alone.
"""

from __future__ import annotations

import inspect

import pytest

from dossier.codes import registre
from dossier.exit_codes import ExitCode
from dossier.law.rules import module_de
from dossier.render.readback import normaliser
from tests.cli.test_cli import lancer
from tests.unit.test_codes import codes_utilises

ENTREE = ("YAML-", "CHAMP-", "VALEUR-")  # the loader's codes (docs/decisions.md « Codes and exit codes »)


def _du_droit() -> set[str]:
    """Codes a law module raises, and retired codes (in the registry, raised nowhere)."""
    utilises = codes_utilises()
    emis = {
        code
        for code, ou in utilises.items()
        if not code.startswith(ENTREE) and any(o.startswith("dossier/law/") for o in ou)
    }
    return emis | {code for code in registre() if code not in utilises}


DU_DROIT = _du_droit()


def test_les_codes_du_droit_sont_trouves() -> None:
    # the scan itself works: codes of the series, of the plan and a retired one are seen
    assert {"PRESC-01", "ETAPE-04", "PLAN-01", "PLAN-04", "ETAPE-07"} <= DU_DROIT


@pytest.mark.parametrize("code", list(registre()))
def test_explain_chaque_code(code: str) -> None:
    entree = registre()[code]
    resultat = lancer("explain", code)
    assert resultat.exit_code == ExitCode.OK, resultat.stderr
    sortie = resultat.stdout
    assert entree.titre and entree.article and entree.explication and entree.que_faire, code
    assert f"{code} — {entree.titre}" in sortie and f"Texte : {entree.article}" in sortie
    assert normaliser(entree.explication) in normaliser(sortie)
    assert normaliser(f"Que faire : {entree.que_faire}") in normaliser(sortie)
    if code not in DU_DROIT:
        return
    module = module_de(code)
    assert module is not None and module.__doc__, f"{code} : aucun module de dossier/law/ ne le déclare"
    regle = inspect.cleandoc(module.__doc__)
    assert code in regle, f"{code} : la règle ({module.__name__}) ne le nomme pas"
    assert f"La règle ({module.__name__})" in sortie and regle.splitlines()[0] in sortie
    if code not in codes_utilises():
        assert "code retiré" in entree.titre, f"{code} n'est plus émis : son titre doit le dire"
        assert code in getattr(module, "CODES_RETIRES", ()), code


def test_le_ton_de_chaque_code_qu_il_nomme() -> None:
    """Every code a tone pattern or rule names shows them, as the linter loads them: explain reads
    the linter's data files itself (it does not import the linter), and finds the codes to read
    them for by their text — a missed code, or an entry read differently, would show here."""
    from dossier.tone.jeu_de_regles import RELIRE, jeu
    from dossier.tone.motifs_yaml import motifs
    from dossier.tone.sollicitations import fenetres, source_des_seuils

    entrees: dict[str, list[str]] = {}
    for entree in (*motifs(), *jeu().regles):
        entrees.setdefault(entree.code, []).append(
            f"  • {entree.nom} : {entree.raison} ({entree.reference})\n    Plutôt : {entree.suggestion}\n"
        )
    assert {c.split("-")[0] for c in entrees} >= {"TON", "FRAIS"}
    for code, lignes in entrees.items():
        sortie = lancer("explain", code).stdout
        assert all(ligne in sortie for ligne in lignes), code
        assert sortie.count("  • ") == len(lignes), code
    seuil = f"Seuil (dossier/tone/regles.yaml) : {jeu().relecture.seuil} mots de contrainte affirmés"
    assert seuil in lancer("explain", RELIRE.code).stdout
    contacts = lancer("explain", "TON-08").stdout
    assert fenetres() and all(
        f"  • au plus {f.maximum} prises de contact en {f.jours} jours\n" in contacts for f in fenetres()
    )
    assert f"  Source : {source_des_seuils()}" in contacts
