"""`dossier explain CODE`: a finding's rule — the article, our reading, what to do; `--liste`:
every code with its title.

The rule is its module's docstring, written for the reader: its doctested examples (which prove
the reading to the developers) are left out, and so are the references to the project's design
notes, which are not part of what the user has.
"""

from __future__ import annotations

import ast
import difflib
import importlib.util
import inspect
import re
from importlib import resources
from pathlib import Path

import click

from dossier.cli import aide, report
from dossier.codes import registre
from dossier.errors import UsageProblem
from dossier.findings import constat
from dossier.yaml_rapide import lire_yaml_rapide

# « (docs/droit.md § 3) », « (docs/decisions.md « Deadlines ») », « (docs/style.md, règle 1) »: notes of
# the project's developer documentation (docs/), outside what the user installed.
_RENVOI_EXTERNE = re.compile(r"[ \t]*\([^()]*?\bdocs/(?:droit|decisions|style)\.md\b[^()]*\)")
_TITRE_EXEMPLES = re.compile(r"^\s*Exemples?\s*:?\s*$")
# the review band's code, tone.jeu_de_regles.RELIRE.code, named here so as not to load the linter
# (tests/cli/test_explain.py shows its threshold under RELIRE.code)
_CODE_RELECTURE = "TON-10"


@aide.commande("explain")
@click.argument("code", required=False)
@aide.option("--liste", is_flag=True, help="Liste tous les codes, avec leur titre.")
def commande(code: str | None, liste: bool) -> None:
    """Explique le constat CODE (par exemple PRESC-01) : la règle, l'article, notre lecture et que
    faire. Avec --liste : tous les codes et leur titre."""
    entrees = registre()
    if liste:
        largeur = max(len(c) for c in entrees)
        for e in entrees.values():
            report.ligne(f"{e.code.ljust(largeur)}  {e.titre} ({e.severite})")
        return
    if code is None:
        raise UsageProblem(
            [
                constat(
                    "CODE-01",
                    "explain attend un code, par exemple PRESC-01",
                    que_faire="Donnez le code d'un constat ; « dossier explain --liste » les donne tous.",
                )
            ]
        )
    entree = entrees.get(code.upper())
    if entree is None:
        proches = difflib.get_close_matches(code.upper(), list(entrees), n=3, cutoff=0.5)
        conseil = (
            f"Codes proches : {', '.join(proches)}."
            if proches
            else "Les codes figurent dans chaque constat ; « dossier explain --liste » les donne tous."
        )
        raise UsageProblem([constat("CODE-01", f"code inconnu : {code}", que_faire=conseil)])
    report.ligne(f"{entree.code} — {entree.titre}")
    report.ligne(f"Sévérité : {entree.severite}")
    if entree.article:
        report.ligne(f"Texte : {entree.article}")
    report.ligne("")
    report.ligne(entree.explication)
    if entree.que_faire:
        report.ligne(f"\nQue faire : {entree.que_faire}")
    _motifs_du_code(entree.code)
    regle = regle_de(entree.code)
    if regle is not None:
        nom, doc = regle
        report.ligne(f"\nLa règle ({nom}) :\n")
        report.ligne(pour_le_lecteur(doc))


_DECLARATIONS = ("CODE", "CODES", "CODES_RETIRES")


def regle_de(code: str) -> tuple[str, str] | None:
    """The module of `dossier.law` that declares `code` (in CODE, CODES or CODES_RETIRES) and its
    docstring — the same module `law.rules.module_de` imports, found by reading the sources
    instead: importing every module of law/ to print one docstring was most of `explain`'s time
    (tests/cli/test_explain.py compares the two for every code)."""
    spec = importlib.util.find_spec("dossier.law")
    if spec is None or not spec.submodule_search_locations:
        return None
    racine = Path(next(iter(spec.submodule_search_locations)))
    for fichier in sorted(racine.rglob("*.py")):
        arbre = ast.parse(fichier.read_text(encoding="utf-8"))
        doc = ast.get_docstring(arbre, clean=False)
        if doc and code in _codes_declares(arbre):
            parties = fichier.relative_to(racine.parent.parent).with_suffix("").parts
            return ".".join(p for p in parties if p != "__init__"), doc
    return None


def _codes_declares(arbre: ast.Module) -> set[str]:
    codes: set[str] = set()
    for noeud in arbre.body:
        if isinstance(noeud, ast.Assign) and any(
            isinstance(cible, ast.Name) and cible.id in _DECLARATIONS for cible in noeud.targets
        ):
            try:
                valeur = ast.literal_eval(noeud.value)
            except ValueError:
                continue
            codes.update([valeur] if isinstance(valeur, str) else valeur)
    return codes


def pour_le_lecteur(docstring: str) -> str:
    """A rule's docstring as the user reads it: no doctest (nor an « Exemples » heading left
    empty by their removal), no parenthesised reference to the design notes."""
    import doctest  # only when a rule is printed: `dossier --help` and the other commands skip it

    texte = "".join(
        morceau
        for morceau in doctest.DocTestParser().parse(inspect.cleandoc(docstring))
        if isinstance(morceau, str)
    )
    texte = _RENVOI_EXTERNE.sub("", texte)
    lignes = texte.splitlines()
    gardees: list[str] = []
    for rang, ligne in enumerate(lignes):
        suite = next((autre for autre in lignes[rang + 1 :] if autre.strip()), "")
        vide = not suite or len(suite) - len(suite.lstrip()) <= len(ligne) - len(ligne.lstrip())
        if _TITRE_EXEMPLES.match(ligne) and vide:
            continue  # a heading whose examples were all doctests
        gardees.append(ligne.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(gardees)).strip()


def _motifs_du_code(code: str) -> None:
    """The tone linter's entries for `code` (dossier/tone/motifs.yaml, regles.yaml), TON-10's and
    TON-08's thresholds, read for display by libyaml without loading the linter (its compiled
    patterns, its lexicons folded into lemmas) nor the typed models that check its data: they cost
    0.4 s, and `explain` only shows what the files say. The models still check regles.yaml
    whenever the linter loads it and in the suite (tests/unit/test_donnees_paquet.py), as for
    codes.yaml (docs/decisions.md). tests/cli/test_explain.py checks that every entry the linter
    loads is shown as it loads it."""
    if not _nomme_par_le_ton(code):
        return
    ton = resources.files("dossier.tone")
    motifs = lire_yaml_rapide(ton.joinpath("motifs.yaml").read_text(encoding="utf-8"))["motifs"]
    regles = lire_yaml_rapide(ton.joinpath("regles.yaml").read_text(encoding="utf-8"))
    for titre, entrees in (
        ("Ce que le linter cherche (dossier/tone/motifs.yaml) :", motifs),
        ("Ce que le linter lit sur les lemmes (dossier/tone/regles.yaml) :", regles["regles"]),
    ):
        du_code = [e for e in entrees if e["code"] == code]
        if du_code:
            report.ligne(f"\n{titre}")
        for e in du_code:
            report.ligne(f"  • {e['nom']} : {e['raison']} ({e['reference']})")
            report.ligne(f"    Plutôt : {e['suggestion']}")
    if code == _CODE_RELECTURE:
        seuil = int(regles["relecture"]["seuil"])
        report.ligne(f"\nSeuil (dossier/tone/regles.yaml) : {seuil} mots de contrainte affirmés")
    if code == "TON-08":
        from dossier.tone.sollicitations import fenetres, source_des_seuils

        report.ligne("\nSeuils (dossier/tone/sollicitations.yaml) :")
        for f in fenetres():
            report.ligne(f"  • au plus {f.maximum} prises de contact en {f.jours} jours")
        report.ligne(f"  Source : {source_des_seuils()}")


def _nomme_par_le_ton(code: str) -> bool:
    """Every TON- code is the linter's; another code is when its patterns or rules name it."""
    if code.startswith("TON-"):
        return True
    spec = importlib.util.find_spec("dossier.tone")
    if spec is None or not spec.submodule_search_locations:
        return True
    dossier_ton = Path(next(iter(spec.submodule_search_locations)))
    nomme = re.compile(rf"\bcode: {re.escape(code)}\b")
    return any(
        nomme.search((dossier_ton / nom).read_text(encoding="utf-8"))
        for nom in ("motifs.yaml", "regles.yaml")
    )
