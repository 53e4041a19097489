"""Where the review report says each figure is printed (« Imprimé dans »): found by meaning, read
back from the written PDFs, never by value alone.

A figure is printed *as that figure* where a document gives it its place: the line that names it
(« Principal restant dû 6 840,00 € », « Total dû … », the letter's « régler la somme de … »), its
invoice's row (the last of its three amounts, « Reste dû », not « Déjà réglé »), its interest
period's row of the décompte. Matching the amount alone cited relance 1 for an invoice it does not
print, and every « 0,00 € » of a « Déjà réglé » column for a nil clause pénale (found in a lawyer's
review). What each letter claims is looked for in that letter only.

Public API
    imprimes(calcul, documents) -> dict[str, list[str]]
        each row anchor of the report (`total-du`, `facture-0`, `periode-2`, `lettre-relance-1`…)
        → « relance-2.pdf p. 1 », in the documents' order

>>> from dossier.verify.lecture import Document
>>> d = Document("relance-1.pdf", ("F-1 Pose 01/10/2025 100,00 € 0,00 € 100,00 € Total restant dû 100,00 € "
...                                 "Merci de régler la somme de 100,00 €",))
>>> calcul = {"total_du": "100.00", "principal_restant": "100.00", "interets": "0.00", "indemnites": "0.00",
...           "clause_penale": "0.00", "factures": [{"numero": "F-1", "restant": "100.00"}], "periodes": [],
...           "lettres": [{"fichier": "relance-1.pdf", "montants": {"total": "100.00"}}], "plan": None}
>>> r = imprimes(calcul, {"relance-1.pdf": d})
>>> r["total-du"], r["facture-0"], r["lettre-relance-1"], r["clause-penale"]
(['relance-1.pdf p. 1'], ['relance-1.pdf p. 1'], ['relance-1.pdf p. 1'], [])
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from dossier.francais import date_courte, taux
from dossier.render.readback import normaliser
from dossier.verify.lecture import MONTANT, Document, ecrit, montant
from dossier.verify.montants import postes

# calcul.json's totals and the nature of the line that prints each (verify/montants.py: NATURES)
TOTAUX = (
    ("total-du", "total_du", ("total",)),
    ("principal", "principal_restant", ("principal",)),
    ("interets", "interets", ("interets",)),
    ("indemnites", "indemnites", ("indemnites",)),
    ("clause-penale", "clause_penale", ("clause_penale",)),
)
SOMME_DEMANDEE = re.compile(rf"(?:régler la somme de|Montant :|de la somme de) ({MONTANT}) €")
RETARD = re.compile(rf"retard s'élève à ({MONTANT}) €")
SOLDE = re.compile(rf"[Ss]olde (?:de l'échéancier|du plan|restant dû)[^€]*? ({MONTANT}) €")

Cherche = Callable[[Document], Iterator[int]]  # the positions where a document prints the figure


def imprimes(calcul: Mapping[str, Any], documents: Mapping[str, Document]) -> dict[str, list[str]]:
    """Each figure row of the report → the documents and pages that print it as that figure."""
    cherches: dict[str, tuple[Cherche, tuple[str, ...] | None]] = {}
    for ancre, cle, natures in TOTAUX:
        cherches[ancre] = (_poste(natures, Decimal(calcul[cle])), None)
    for rang, facture in enumerate(calcul["factures"]):
        cherches[f"facture-{rang}"] = (_facture(facture["numero"], Decimal(facture["restant"])), None)
    for rang, periode in enumerate(calcul["periodes"]):
        cherches[f"periode-{rang}"] = (_periode(periode), None)
    for lettre in calcul.get("lettres", ()):
        ancre = "lettre-" + lettre["fichier"].replace("/", "-").removesuffix(".pdf")
        total = Decimal(str(lettre["montants"]["total"]))
        cherches[ancre] = (
            _ou(_poste(("total",), total), _motif(SOMME_DEMANDEE, total)),
            (lettre["fichier"],),
        )
    plan = calcul.get("plan")
    if plan is not None:
        cherches["solde-plan"] = (_motif(SOLDE, Decimal(plan["solde"])), None)
        cherches["retard-plan"] = (_motif(RETARD, Decimal(plan["retard"])), None)
    resultat: dict[str, list[str]] = {}
    for ancre, (cherche, seulement) in cherches.items():
        lieux = []
        for nom, document in documents.items():
            if seulement is not None and nom not in seulement:
                continue
            pages = sorted({document.page(position) for position in cherche(document)})
            lieux += [f"{nom} p. {page}" for page in pages]
        resultat[ancre] = lieux
    return resultat


def _poste(natures: tuple[str, ...], valeur: Decimal) -> Cherche:
    def cherche(document: Document) -> Iterator[int]:
        if not valeur:  # a nil total is no line of any document: « 0,00 € » is some other cell
            return
        for poste in postes(document.texte, 0, len(document.texte)):
            if poste.nature in natures and poste.montant == valeur:
                yield poste.position

    return cherche


def _motif(motif: re.Pattern[str], valeur: Decimal) -> Cherche:
    def cherche(document: Document) -> Iterator[int]:
        if not valeur:
            return
        for m in motif.finditer(document.texte):
            if montant(m[1]) == valeur:
                yield m.start(1)

    return cherche


def _ou(*cherches: Cherche) -> Cherche:
    def cherche(document: Document) -> Iterator[int]:
        for une in cherches:
            yield from une(document)

    return cherche


def _facture(numero: str, restant: Decimal) -> Cherche:
    """The invoice's row: its number, then (no amount between) TTC, paid and what remains — the
    third amount is the figure, whatever the other two say."""
    ligne = re.compile(rf"{re.escape(numero)}(?![\w-])[^€]*? {MONTANT} € {MONTANT} € ({MONTANT}) €")

    def cherche(document: Document) -> Iterator[int]:
        for m in ligne.finditer(document.texte):
            if montant(m[1]) == restant:
                yield m.start(1)

    return cherche


def _periode(periode: Mapping[str, Any]) -> Cherche:
    """The period's row of the décompte: invoice, first and last day, days, base, rate, its amount."""
    du, au = (date_courte(date.fromisoformat(periode[cle])) for cle in ("du", "au"))
    ligne = re.compile(
        f"{re.escape(periode['facture'])} {du} {au} {periode['jours']} "
        f"{re.escape(ecrit(Decimal(periode['base'])))} "
        f"{re.escape(normaliser(taux(Decimal(periode['taux']))))} "
        rf"\[\d+\] ({MONTANT}) €"
    )
    return _motif(ligne, Decimal(periode["montant"]))
