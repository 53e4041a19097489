"""Every sample built once, and what the tests need to read it back (shared with `regenerer`).

The samples are built through the real command (`dossier build`, in process); the tests then read
the PDFs, the DOCX twins and calcul.json back. Figures are re-derived here with their own
arithmetic and French formatting (not the product's), so a product bug cannot cancel itself out.

Run as a module, it builds every sample into DOSSIER/<sample>/ — the determinism test does so in a
fresh process:  python -m tests.golden.echantillons DOSSIER
"""

from __future__ import annotations

import json
import re
import sys
import traceback
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from dossier.cli.main import cli
from dossier.render.readback import normaliser, texte_pdf

DEPOT = Path(__file__).resolve().parents[2]
GOLDEN = Path(__file__).resolve().parent
ECHANTILLONS = tuple(sorted(p.parent.name for p in (DEPOT / "samples").glob("*/claim.yaml")))
SAUT_DE_PAGE = "\f"  # the golden files separate pages by a line holding only a form feed
MARQUE = ".dossier-sortie"  # written by `build` into every output folder
INJONCTION = "injonction"  # the folder of the injonction de payer bundle
CENTIME = Decimal("0.01")
MOIS = (
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
)  # fmt: skip


class EchecConstruction(RuntimeError):
    """`dossier build` refused a sample: the message carries its output."""


def chemin_claim(echantillon: str) -> Path:
    return DEPOT / "samples" / echantillon / "claim.yaml"


def construire(echantillon: str, sortie: Path) -> dict[str, bytes]:
    """`dossier build samples/<echantillon>/claim.yaml -o sortie`, then every file it wrote."""
    resultat = CliRunner().invoke(
        cli,
        ["build", str(chemin_claim(echantillon)), "-o", str(sortie)],
        env={"DOSSIER_PARAMETRES": None},  # the samples need no user parameter file
    )
    if resultat.exit_code != 0:
        detail = ""
        if resultat.exc_info is not None and not isinstance(resultat.exception, SystemExit):
            detail = "".join(traceback.format_exception(*resultat.exc_info))
        raise EchecConstruction(
            f"dossier build {echantillon} : sortie {resultat.exit_code}\n{resultat.output}{detail}"
        )
    return lire_sortie(sortie)


def lire_sortie(sortie: Path) -> dict[str, bytes]:
    return {
        chemin.relative_to(sortie).as_posix(): chemin.read_bytes()
        for chemin in sorted(sortie.rglob("*"))
        if chemin.is_file()
    }


# --- golden text -------------------------------------------------------------------------------


def texte_golden(pdf: bytes) -> str:
    """The text of each page (trailing spaces dropped), pages separated by a form-feed line."""
    pages = ["\n".join(ligne.rstrip() for ligne in page.splitlines()) for page in texte_pdf(pdf)]
    return f"\n{SAUT_DE_PAGE}\n".join(pages) + "\n"


def chemin_golden(echantillon: str, document: str) -> Path:
    """`relance-1.pdf` of `b2b-menuiserie` → tests/golden/b2b-menuiserie/relance-1.txt;
    `injonction/requete.pdf` → …/injonction-requete.txt."""
    return GOLDEN / echantillon / f"{Path(document).with_suffix('').as_posix().replace('/', '-')}.txt"


def a_un_golden(document: str) -> bool:
    """Letters and court documents have a golden text; the pièces and the merged bundle (their
    own stamped copies, tested by reading them back) do not, nor the review report (it prints
    every file's SHA-256: test_rapport.py reads it back)."""
    return (
        document.endswith(".pdf")
        and not document.startswith(f"{INJONCTION}/pieces/")
        and document not in (f"{INJONCTION}/dossier-injonction.pdf", "rapport.pdf")
    )


# --- independent arithmetic and formatting ---------------------------------------------------------


def arrondi(valeur: Decimal) -> Decimal:
    return valeur.quantize(CENTIME, rounding=ROUND_HALF_UP)


def euros(valeur: Decimal | str) -> str:
    """« 2 480,00 € » as `readback.normaliser` leaves it (plain spaces)."""
    montant = Decimal(valeur).quantize(CENTIME)
    signe = "-" if montant < 0 else ""
    entiers, centimes = f"{abs(montant):.2f}".split(".")
    groupes = []
    while len(entiers) > 3:
        entiers, groupes = entiers[:-3], [entiers[-3:], *groupes]
    return f"{signe}{' '.join([entiers, *groupes])},{centimes} €"


def montant_fr(texte: str) -> Decimal:
    """« 2 480,00 » → Decimal("2480.00")."""
    return Decimal(texte.replace(" ", "").replace(",", "."))


def date_longue(jour: date) -> str:
    return f"{'1er' if jour.day == 1 else jour.day} {MOIS[jour.month - 1]} {jour.year}"


def jour(texte: str) -> date:
    return date.fromisoformat(texte)


# --- the invoice table of a letter, read back from the PDF text -----------------------------------

MONTANT = r"\d{1,3}(?: \d{3})*,\d{2}"
# The header ends « … Échéance Montant Déjà réglé Reste dû »; its first columns vary (« Facture » or
# « Avis d'échéance », then « Date » or « Objet »).
_ENTETE = re.compile(r"(?:Objet|Date) Échéance Montant(?: TTC)? Déjà réglé Reste dû")
_RANGEE = re.compile(
    rf"(?P<numero>\S+) (?:(?P<milieu>.*?) )?(?P<echeance>\d\d/\d\d/\d{{4}}) "
    rf"(?P<ttc>{MONTANT}) € (?P<paye>{MONTANT}) € (?P<reste>{MONTANT}) €"
)
_TOTAL = re.compile(rf"(?P<libelle>Total(?: restant)? dû) (?P<montant>{MONTANT}) €")
_MULTIPLE = re.compile(rf"\((?P<nombre>\d+) × (?P<unite>{MONTANT}) €\)")
_POSTE = re.compile(rf"(?P<libelle>[^€]+?) (?P<montant>(?<![\d,]){MONTANT}) €")


@dataclass(frozen=True)
class Rangee:
    numero: str
    milieu: str  # the invoice's date or its object, as the letter prints it
    echeance: str
    ttc: Decimal
    paye: Decimal
    reste: Decimal


@dataclass(frozen=True)
class Tableau:
    rangees: tuple[Rangee, ...]
    postes: tuple[tuple[str, Decimal], ...]  # the lines between the invoices and the total
    libelle_total: str
    total: Decimal
    multiples: tuple[tuple[int, Decimal], ...] = field(default=())  # « (2 × 40,00 €) »


def lire_tableau(texte: str) -> Tableau:
    """The table of a letter whose text has gone through `readback.normaliser`."""
    entete = _ENTETE.search(texte)
    assert entete is not None, "pas de tableau des factures dans la lettre"
    debut = entete.end()
    total = _TOTAL.search(texte, debut)
    assert total is not None, "pas de ligne « Total … dû » après le tableau des factures"
    corps = texte[debut : total.start()]
    rangees = []
    fin = 0
    for m in _RANGEE.finditer(corps):
        rangees.append(
            Rangee(
                m["numero"], m["milieu"] or "", m["echeance"], montant_fr(m["ttc"]), montant_fr(m["paye"]),
                montant_fr(m["reste"]),
            )
        )  # fmt: skip
        fin = m.end()
    reste = corps[fin:]
    multiples = tuple((int(m["nombre"]), montant_fr(m["unite"])) for m in _MULTIPLE.finditer(reste))
    reste = _MULTIPLE.sub(lambda m: f"({m['nombre']} fois {m['unite']} euros)", reste)
    postes = tuple((m["libelle"].strip(), montant_fr(m["montant"])) for m in _POSTE.finditer(reste))
    return Tableau(tuple(rangees), postes, total["libelle"], montant_fr(total["montant"]), multiples)


# --- a built sample ---------------------------------------------------------------------------------


@dataclass
class Paquet:
    """One sample as `build` wrote it, with its claim and its calcul.json parsed."""

    echantillon: str
    dossier: Path
    fichiers: dict[str, bytes]
    _pages: dict[str, list[str]] = field(default_factory=dict, repr=False)

    @cached_property
    def claim(self) -> dict[str, Any]:
        donnees: dict[str, Any] = yaml.safe_load(chemin_claim(self.echantillon).read_text(encoding="utf-8"))
        return donnees

    @cached_property
    def calcul(self) -> dict[str, Any]:
        objet: dict[str, Any] = json.loads(self.fichiers["calcul.json"])
        return objet

    @property
    def pdfs(self) -> list[str]:
        """The PDFs the parties and the court receive: not the review report (the lawyer's, which
        names what a judge could be asked for: test_rapport.py reads it)."""
        return sorted(nom for nom in self.fichiers if nom.endswith(".pdf") and nom != "rapport.pdf")

    def pages(self, nom: str) -> list[str]:
        if nom not in self._pages:
            self._pages[nom] = texte_pdf(self.fichiers[nom])
        return self._pages[nom]

    def texte(self, nom: str) -> str:
        """The whole document's text, normalised (one line, plain spaces)."""
        return normaliser("\n".join(self.pages(nom)))

    @property
    def consommateur(self) -> bool:
        return bool(self.claim["debiteur"].get("consommateur", False))

    @property
    def mandataire(self) -> dict[str, Any] | None:
        valeur: dict[str, Any] | None = self.claim.get("mandataire")
        return valeur

    def lettres(self) -> list[dict[str, Any]]:
        """calcul.json's letters, each with the name of its PDF (`relance-1.pdf`; a step written
        twice carries its date: `mise-en-demeure-2026-01-05.pdf`); the requête is not a letter."""
        lettres = [lettre for lettre in self.calcul["lettres"] if lettre["etape"] != "injonction"]
        etapes = [lettre["etape"] for lettre in lettres]
        resultat = []
        for lettre in lettres:
            nom = lettre["etape"].replace("_", "-")
            if etapes.count(lettre["etape"]) > 1:
                nom = f"{nom}-{lettre['date']}"
            assert lettre["fichier"] == f"{nom}.pdf", lettre  # calcul.json names each letter's file
            resultat.append(lettre)
        return resultat


def construire_tout(racine: Path) -> dict[str, dict[str, bytes]]:
    return {echantillon: construire(echantillon, racine / echantillon) for echantillon in ECHANTILLONS}


if __name__ == "__main__":
    construire_tout(Path(sys.argv[1]))
