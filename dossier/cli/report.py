"""Everything the CLI prints goes through here (docs/style.md rule 8: only cli/report.py prints).

The console (widths, colours, a closed pipe), the text cleaned of terminal controls, findings,
tables, progress, machine output; what the reports of `check`/`build`, `verify`, `plan` and
`batch` say is worded by `comptes_rendus.py`, and printed here.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

from dossier.cli import comptes_rendus
from dossier.findings import Constat, Severite

if TYPE_CHECKING:  # rich is imported by the first thing printed, not by `dossier --help`
    from rich.console import Console

LARGEUR_HORS_TERMINAL = 120  # a log or a pipe: the summary table (about 105 wide) in one piece
LARGEUR_SANS_LIMITE = 10_000  # to measure a table's own width, unconstrained
_STYLES = {Severite.BLOQUANT: "bold red", Severite.AVERTISSEMENT: "yellow", Severite.INFO: "cyan"}
_LIBELLES = {Severite.BLOQUANT: "BLOQUANT", Severite.AVERTISSEMENT: "AVERTISSEMENT", Severite.INFO: "info"}


# Messages carry the user's own values (references, invoice numbers, file names) and rule texts
# with « […] » or doctests: they are printed with markup=False, so rich never reads them as tags
# (« [/x] » would otherwise crash the report, « [red] » vanish).


# A claim's values reach the terminal inside messages and tables: an escape sequence in a name
# could recolour, retitle or rewrite the user's screen, a carriage return or a bidirectional
# override could make a line show what it does not say. They are removed before printing; only
# the line feed and the tab pass.
_SEQUENCES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_CONTROLES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# lone surrogates too: JSON may escape them (\\ud800), UTF-8 cannot encode them raw
_A_ECHAPPER_EN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def propre(texte: str) -> str:
    r"""`texte` without terminal escape sequences, control characters or direction overrides.

    >>> propre("Café\x1b[2J\x1b]0;pirate\x07 des\r Halles\u202e")
    'Café des Halles'
    """
    return _CONTROLES.sub("", _SEQUENCES.sub("", texte))


def _largeur_hors_terminal() -> int:
    valeur = os.environ.get("COLUMNS", "")
    return int(valeur) if valeur.isdigit() and int(valeur) > 0 else LARGEUR_HORS_TERMINAL


@cache
def _classe_console() -> type[Console]:
    """rich's console, adapted; built at the first print, so that `dossier --help` never imports rich."""
    from rich.console import Console

    class _Console(Console):
        """rich's console, printing every string through `propre` (rich strips only some controls).

        A closed pipe (`dossier taux | head -1`) is not an error: the reader has what it wanted. The
        stream is pointed at the null device and the command goes on to its own exit code.
        """

        def print(self, *objets: Any, **options: Any) -> None:
            try:
                super().print(*(propre(o) if isinstance(o, str) else o for o in objets), **options)
            except BrokenPipeError:
                self.on_broken_pipe()

        def on_broken_pipe(self) -> None:
            # rich's own answer is SystemExit(1): an error code for a reader that simply had enough.
            self.quiet = True
            tube_ferme(sys.stderr if self.stderr else sys.stdout)

    return _Console


def tube_ferme(flux: Any = None) -> None:
    """Send what is still written to `flux` (by default standard output) to the null device: its
    reader has closed the pipe, and Python would otherwise complain again when it exits."""
    flux = sys.stdout if flux is None else flux
    try:
        descripteur = flux.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (a test's buffer): nothing to redirect
        return
    nul = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(nul, descripteur)
    finally:
        os.close(nul)


def _console(erreur: bool = False) -> Console:
    # Colour only on a real terminal; elsewhere a fixed width (COLUMNS, else 100) so tests and logs
    # read the same.
    terminal = (sys.stderr if erreur else sys.stdout).isatty()
    largeur = None if terminal else _largeur_hors_terminal()
    return _console_reglee(erreur, terminal, largeur, not terminal or "NO_COLOR" in os.environ)


@cache
def _console_reglee(erreur: bool, terminal: bool, largeur: int | None, sans_couleur: bool) -> Console:
    """One console per setting: building one costs about 0.4 ms, and `ligne` prints a line at a
    time (`dossier explain` prints 90: 0.034 s of its 0.2 s). A console writes to the stream of the
    moment (`sys.stdout` or `sys.stderr` read at each print), so a test that swaps it is still read."""
    return _classe_console()(
        stderr=erreur, highlight=False, soft_wrap=not terminal, width=largeur, no_color=sans_couleur
    )


def constats(liste: Sequence[Constat], erreur: bool = False) -> None:
    from rich.text import Text

    console = _console(erreur)
    for c in sorted(liste, key=lambda c: list(Severite).index(c.severite)):
        entete = Text()
        entete.append(f"{_LIBELLES[c.severite]} {c.code}", style=_STYLES[c.severite])
        if c.ou:
            entete.append(propre(f"  {c.ou}"))
        console.print(entete)
        console.print("  " + c.message.replace("\n", "\n    "), markup=False)  # a list: indented
        if c.document:
            console.print(f"  dans {c.document}", markup=False)
        if c.que_faire:
            console.print(f"  → {c.que_faire}", markup=False)
        if c.article:
            console.print(f"  ({c.article})", style="dim", markup=False)


def terminal_d_erreur() -> bool:
    """Someone watches the error stream (where the progress of a build is shown)."""
    return sys.stderr.isatty()


@contextmanager
def etapes() -> Iterator[Callable[[str], None]]:
    """What a long command is doing, stage by stage (« Mise en page des documents… »), on a
    terminal only: a spinner on the error stream, gone when the command is done. Elsewhere (a pipe,
    a log, a test) the function it yields does nothing, so the output stays the same."""
    if not terminal_d_erreur():
        yield lambda _texte: None
        return
    from rich.live import Live
    from rich.spinner import Spinner

    console = _classe_console()(
        stderr=True, highlight=False, force_terminal=True, no_color="NO_COLOR" in os.environ
    )
    with Live(console=console, transient=True, refresh_per_second=8) as direct:

        def afficher(texte: str) -> None:
            direct.update(Spinner("dots", text=propre(texte)), refresh=True)

        yield afficher


def ligne(texte: str, erreur: bool = False) -> None:
    _console(erreur).print(texte, markup=False)


def brut(texte: str) -> None:
    """Machine output (JSON): never wrapped or coloured; the control and direction characters JSON
    allows raw inside strings are written as `\\uXXXX` escapes (the same text to a JSON reader)."""
    try:
        sys.stdout.write(_A_ECHAPPER_EN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", texte))
        sys.stdout.flush()
    except BrokenPipeError:
        tube_ferme()


def tableau(titre: str, colonnes: Sequence[str], lignes: Sequence[Sequence[Any]]) -> None:
    """A table when it fits the width; else one block per row, a value per line: never a cell cut
    (an invoice number, a date or an amount shown « FA-2025-0… » is worse than a longer listing)."""
    from rich.measure import Measurement
    from rich.table import Table
    from rich.text import Text

    console = _console()
    cellules = [[propre(str(v)) for v in rangee] for rangee in lignes]
    table = Table(title=propre(titre), title_justify="left", show_lines=False)
    for colonne in colonnes:
        table.add_column(propre(colonne), no_wrap=True)
    for rangee in cellules:
        table.add_row(*(Text(v) for v in rangee))
    naturelle = Measurement.get(console, console.options.update_width(LARGEUR_SANS_LIMITE), table).maximum
    if naturelle <= console.width:
        console.print(table)
        return
    console.print(propre(titre), markup=False)
    largeur = max(len(c) for c in colonnes[1:])
    for rangee in cellules:
        console.print(f"  {colonnes[0]} {rangee[0]}", markup=False, overflow="fold")
        for colonne, valeur in zip(colonnes[1:], rangee[1:], strict=True):
            console.print(f"    {propre(colonne).ljust(largeur)}  {valeur}", markup=False, overflow="fold")


def interrompu() -> None:
    """Ctrl-C. A build writes into a temporary folder put in place by renaming; one interrupted
    between its two renames is put back in order by the next run (output/ecriture.py), and a batch
    resumes from its journal."""
    _console(erreur=True).print(
        "Interrompu.\n"
        "  → Relancez la même commande : une construction interrompue est remise en ordre, "
        "un lot (« dossier batch ») reprend là où il s'est arrêté."
    )


def erreur_interne(exception: BaseException) -> None:
    from rich.markup import escape

    _console(erreur=True).print(
        f"[bold red]Erreur interne[/] ({type(exception).__name__}) : {escape(propre(str(exception)))}\n"
        "  → Relancez avec « dossier --traceback … » et transmettez le détail à l'équipe dossier."
    )


def _imprimer(morceaux: Iterable[comptes_rendus.Morceau]) -> None:
    """Print a report worded by `comptes_rendus`, each piece as soon as it is worded."""
    from rich.text import Text

    for morceau in morceaux:
        if isinstance(morceau, comptes_rendus.Tableau):
            tableau(morceau.titre, morceau.colonnes, morceau.lignes)
        elif isinstance(morceau, comptes_rendus.Constats):
            constats(morceau.liste)
        elif morceau.style is not None:
            _console().print(Text(morceau.texte, style=morceau.style))
        else:
            _console().print(morceau.texte, markup=morceau.balises)


def resume(analyse: Any) -> None:
    """The human summary of `check` and `build`: totals, invoices, letters, findings (French formats)."""
    _imprimer(comptes_rendus.resume(analyse))


def verification(resultat: Any) -> None:
    """`dossier verify`: every finding, then one line that says whether the pack holds."""
    _imprimer(comptes_rendus.verification(resultat))


def calendrier(prevu: Any, reference: str, constats_a_dire: Sequence[Constat]) -> None:
    """`dossier plan`: what was done, the next step, from which day, why, and what follows."""
    _imprimer(comptes_rendus.calendrier(prevu, reference, constats_a_dire))


@contextmanager
def progression(total: int, deja: int) -> Iterator[Callable[[Any], None]]:
    """`dossier batch`: a progress bar on the error stream, on a terminal only (elsewhere the
    function it yields does nothing, and only the final table is printed). `deja`: the claims
    taken unchanged from the journal, counted as done from the start."""
    if not terminal_d_erreur():
        yield lambda _resultat: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = _classe_console()(
        stderr=True, highlight=False, force_terminal=True, no_color="NO_COLOR" in os.environ
    )
    colonnes = (
        TextColumn("Créances"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[derniere]}"),
    )
    with Progress(*colonnes, console=console, transient=True) as barre:
        tache = barre.add_task("lot", total=total, completed=deja, derniere="")

        def avancer(resultat: Any) -> None:
            barre.update(tache, advance=1, derniere=propre(f"{resultat.sortie} : {resultat.statut}"))

        yield avancer


def portefeuille(resultats: Sequence[Any], sortie: Any) -> None:
    """`dossier batch`: one row per claim, then what was built, refused, taken from the journal."""
    _imprimer(comptes_rendus.portefeuille(resultats, sortie))


def statistiques(
    texte: Sequence[str], tableaux: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]]
) -> None:
    """`dossier stats`: the portfolio's figures, a few lines then a table per breakdown."""
    console = _console()
    for ligne_de_texte in texte:
        console.print(ligne_de_texte, markup=False)
    for titre, colonnes, lignes in tableaux:
        console.print("")
        tableau(titre, colonnes, lignes)
