"""Everything the CLI prints goes through here (STYLE.md rule 8: only cli/report.py prints)."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from dossier.findings import Constat, Severite
from dossier.francais import date_courte, date_longue, euros
from dossier.parcours.pas import MOYENS

_STYLES = {Severite.BLOQUANT: "bold red", Severite.AVERTISSEMENT: "yellow", Severite.INFO: "cyan"}
_LIBELLES = {Severite.BLOQUANT: "BLOQUANT", Severite.AVERTISSEMENT: "AVERTISSEMENT", Severite.INFO: "info"}


# Messages carry the user's own values (references, invoice numbers, file names) and rule texts
# with « […] » or doctests: they are printed with markup=False, so rich never reads them as tags
# (« [/x] » would otherwise crash the report, « [red] » vanish).


def _console(erreur: bool = False) -> Console:
    # Colour only on a real terminal; fixed width elsewhere so tests and logs read the same.
    terminal = (sys.stderr if erreur else sys.stdout).isatty()
    return Console(
        stderr=erreur,
        highlight=False,
        soft_wrap=not terminal,
        width=None if terminal else 100,
        no_color=not terminal or "NO_COLOR" in os.environ,
    )


def constats(liste: Sequence[Constat], erreur: bool = False) -> None:
    console = _console(erreur)
    for c in sorted(liste, key=lambda c: list(Severite).index(c.severite)):
        entete = Text()
        entete.append(f"{_LIBELLES[c.severite]} {c.code}", style=_STYLES[c.severite])
        if c.ou:
            entete.append(f"  {c.ou}")
        console.print(entete)
        console.print(f"  {c.message}", markup=False)
        if c.document:
            console.print(f"  dans {c.document}", markup=False)
        if c.que_faire:
            console.print(f"  → {c.que_faire}", markup=False)
        if c.article:
            console.print(f"  ({c.article})", style="dim", markup=False)


def ligne(texte: str, erreur: bool = False) -> None:
    _console(erreur).print(texte, markup=False)


def brut(texte: str) -> None:
    """Machine output (JSON): written as is, never wrapped or coloured."""
    sys.stdout.write(texte)
    sys.stdout.flush()


def tableau(titre: str, colonnes: Sequence[str], lignes: Sequence[Sequence[Any]]) -> None:
    table = Table(title=titre, title_justify="left", show_lines=False)
    for colonne in colonnes:
        table.add_column(colonne)
    for rangee in lignes:
        table.add_row(*(Text(str(v)) for v in rangee))
    _console().print(table)


def erreur_interne(exception: BaseException) -> None:
    _console(erreur=True).print(
        f"[bold red]Erreur interne[/] ({type(exception).__name__}) : {escape(str(exception))}\n"
        "  → Relancez avec « dossier --traceback … » et transmettez le détail à l'équipe dossier."
    )


def resume(analyse: Any) -> None:
    """The human summary of `check` and `build`: totals, invoices, letters, findings (French formats)."""
    calcul = analyse.calcul
    console = _console()
    console.print(
        f"Dossier {analyse.creance.reference} — arrêté au {date_longue(calcul.jour)} "
        f"— régime {calcul.regime.value}",
        markup=False,
    )
    tableau(
        "Factures",
        ("facture", "échéance", "montant", "payé", "reste dû", "intérêts", "indemnité", "prescrite le"),
        [
            (
                f.numero,
                date_courte(f.echeance),
                euros(f.montant_ttc),
                euros(f.paye),
                euros(f.restant),
                euros(f.interets),
                euros(f.indemnite),
                ("PRESCRITE " if f.prescrite else "") + date_courte(f.prescription_le),
            )
            for f in calcul.factures
        ],
    )
    console.print(f"Principal restant dû : {euros(calcul.principal_restant)}")
    console.print(f"Intérêts / pénalités : {euros(calcul.interets)}")
    console.print(f"Indemnités forfaitaires : {euros(calcul.indemnites)}")
    if calcul.clause_penale:
        console.print(f"Clause pénale (à part, réductible par le juge) : {euros(calcul.clause_penale)}")
    console.print(Text(f"Total dû : {euros(calcul.total_du)}", style="bold"))
    for lettre in analyse.programme.lettres:
        nature = "copie du courrier envoyé" if lettre.envoye is not None else "à envoyer"
        console.print(f"  • {lettre.etape.value} du {date_courte(lettre.date)} ({nature})", markup=False)
    requete = analyse.programme.requete
    if requete is not None:
        console.print(
            f"  • requête en injonction de payer du {date_courte(requete.date)} (à déposer, avec "
            "le décompte, le bordereau, l'historique et les pièces : injonction/)",
            markup=False,
        )
    if analyse.constats:
        console.print("")
        constats(analyse.constats)


def verification(resultat: Any) -> None:
    """`dossier verify`: every finding, then one line that says whether the pack holds."""
    if resultat.constats:
        constats(resultat.constats)
        _console().print("")
    faits = [
        f"{resultat.fichiers} fichiers contre le manifeste",
        "contenus actifs",
        "cohérence des documents",
    ]
    if resultat.signatures:
        faits.append(f"{resultat.signatures} signature(s)")
    if resultat.recalcule:
        faits.append("calcul refait depuis la créance jointe")
    if resultat.en_ordre:
        _console().print(
            Text(f"Dossier {resultat.dossier} vérifié : tout concorde ({', '.join(faits)}).", style="bold")
        )
    else:
        ecarts = sum(1 for c in resultat.constats if c.severite is not Severite.INFO)
        _console().print(
            Text(
                f"Dossier {resultat.dossier} : {ecarts} écart(s) ; vérifié : {', '.join(faits)}.",
                style="bold red",
            )
        )


def calendrier(prevu: Any, reference: str, bloquants: Sequence[Constat]) -> None:
    """`dossier plan`: what was done, the next step, from which day, why, and what follows."""
    console = _console()
    console.print(f"Dossier {reference} — situation au {date_longue(prevu.jour)}", markup=False)
    if prevu.historique:
        console.print("\nDéjà fait :")
        for fait in prevu.historique:
            console.print(f"  • {date_longue(fait.date)} : {fait.quoi}", markup=False)
    plan = prevu.plan
    if plan is not None:
        acompte = f"un acompte de {euros(plan.acompte)}, puis " if plan.acompte is not None else ""
        etat = (
            f"déchéance du terme notifiée le {date_longue(plan.decheance)}"
            if plan.decheance is not None
            else f"en retard : {euros(plan.retard)}"
        )
        console.print(
            f"\nÉchéancier : {acompte}{plan.nombre} échéance(s) {MOYENS[plan.moyen]}, {euros(plan.total)} "
            f"en tout ; réglé depuis l'accord : {euros(plan.total_paye)} ; {etat}.",
            markup=False,
        )
    console.print(Text(f"\nProchaine étape : {prevu.nom}", style="bold"))
    if prevu.des_le is not None and prevu.etape.value == "echeance_plan":  # a date the debtor keeps
        attente = (prevu.des_le - prevu.jour).days
        quand = "aujourd'hui" if attente == 0 else f"dans {attente} jour(s)"
        console.print(f"  Le {date_longue(prevu.des_le)} — {quand}.", markup=False)
    elif prevu.des_le is not None:
        quand = f"  À partir du {date_longue(prevu.des_le)}"
        if prevu.possible_aujourd_hui:
            quand += " — possible dès aujourd'hui."
        else:
            quand += f" — pas avant : {(prevu.des_le - prevu.jour).days} jour(s) à attendre."
        console.print(quand, markup=False)
    for raison in prevu.raisons:
        console.print(f"  Pourquoi : {raison}.", markup=False)
    for suite in prevu.ensuite:
        console.print(f"  Ensuite : {suite}.", markup=False)
    if bloquants:
        console.print("")
        constats(bloquants)
