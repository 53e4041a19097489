"""`dossier explain CODE`: a finding's rule — the article, our reading, what to do."""

from __future__ import annotations

import difflib
import inspect

import click

from dossier.cli import report
from dossier.codes import registre
from dossier.errors import UsageProblem
from dossier.findings import constat
from dossier.law.rules import module_de
from dossier.tone.linter import motifs
from dossier.tone.regles import RELIRE, jeu
from dossier.tone.sollicitations import fenetres, source_des_seuils


@click.command("explain")
@click.argument("code")
def commande(code: str) -> None:
    """Explique le constat CODE (par exemple PRESC-01)."""
    entrees = registre()
    entree = entrees.get(code.upper())
    if entree is None:
        proches = difflib.get_close_matches(code.upper(), list(entrees), n=3, cutoff=0.5)
        conseil = (
            f"Codes proches : {', '.join(proches)}." if proches else "Les codes figurent dans chaque constat."
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
    module = module_de(entree.code)
    if module is not None and module.__doc__:
        report.ligne(f"\nLa règle ({module.__name__}) :\n")
        report.ligne(inspect.cleandoc(module.__doc__))


def _motifs_du_code(code: str) -> None:
    """The tone linter's entries for `code` (dossier/tone/motifs.yaml) and TON-08's thresholds."""
    entrees = [m for m in motifs() if m.code == code]
    if entrees:
        report.ligne("\nCe que le linter cherche (dossier/tone/motifs.yaml) :")
        for m in entrees:
            report.ligne(f"  • {m.nom} : {m.raison} ({m.reference})")
            report.ligne(f"    Plutôt : {m.suggestion}")
    regles = [r for r in jeu().regles if r.code == code]
    if regles:
        report.ligne("\nCe que le linter lit sur les lemmes (dossier/tone/regles.yaml) :")
        for r in regles:
            report.ligne(f"  • {r.nom} : {r.raison} ({r.reference})")
            report.ligne(f"    Plutôt : {r.suggestion}")
    if code == RELIRE.code:
        relecture = jeu().relecture
        report.ligne(f"\nSeuil (dossier/tone/regles.yaml) : {relecture.seuil} mots de contrainte affirmés")
    if code == "TON-08":
        report.ligne("\nSeuils (dossier/tone/sollicitations.yaml) :")
        for f in fenetres():
            report.ligne(f"  • au plus {f.maximum} prises de contact en {f.jours} jours")
        report.ligne(f"  Source : {source_des_seuils()}")
