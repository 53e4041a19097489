"""Reads a French text and reports what a debtor must never be told (DOMAIN.md §2).

The patterns are data (`motifs.yaml`), each with its code, reason, reference and suggested
rewording. The text is folded first (`texte.py`: case, accents, apostrophes, hyphenation at line
ends, spaces), so a pattern matches « Huissier », « huis-⏎sier » and « HUISSIER » alike. Some
patterns only apply in a context (`si: civil`: the €40 indemnity named to a consumer), some admit
exceptions (`sauf`), and the verbatim legal quotations a letter must print (CPCE L111-8 al. 2-3)
are never flagged. `verifier_textes_libres` applies the linter to every text of the claim that a
letter prints verbatim; `dossier.tone.documents` to the letters' text read back from PDF and DOCX.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from dossier.findings import Constat, Position, constat
from dossier.law.calcul import Regime
from dossier.law.computation import determiner_regime
from dossier.lettres.contexte import textes_legaux
from dossier.model.claim import Creance
from dossier.tone.texte import TexteNormalise, normaliser, variantes

CONDITIONS = ("civil", "amiable")


@dataclass(frozen=True)
class Motif:
    nom: str
    code: str
    expression: re.Pattern[str]
    raison: str
    reference: str
    suggestion: str
    brut: bool  # applied with capitals kept
    # "civil": only when the debtor owes nothing under C. com. L441-10; "amiable": only in letters
    # to the debtor, not in the court documents (a requête names the order it asks for)
    si: str | None = None
    sauf: re.Pattern[str] | None = None  # a match inside one of these is lawful


@dataclass(frozen=True)
class Contexte:
    """What context-dependent patterns need to know about the claim."""

    civil: bool  # a consumer, or any debtor of a civil debt: no L441-10 penalty, no €40
    judiciaire: bool = False  # a document addressed to the court (requête, décompte…), not the debtor

    @classmethod
    def de(cls, creance: Creance, judiciaire: bool = False) -> Contexte:
        return cls(civil=determiner_regime(creance) is Regime.CIVIL, judiciaire=judiciaire)


CIVIL = Contexte(civil=True)  # the strictest reading, for a text read alone


@dataclass(frozen=True)
class Rencontre:
    motif: Motif
    extrait: str  # the source words matched, spaces folded
    debut: int  # their span in the source text
    fin: int


@cache
def motifs() -> tuple[Motif, ...]:
    texte = resources.files("dossier.tone").joinpath("motifs.yaml").read_text(encoding="utf-8")
    entrees = yaml.safe_load(texte)
    noms = [entree["nom"] for entree in entrees]
    if len(set(noms)) != len(noms):
        raise ValueError("motifs.yaml : deux entrées portent le même nom")
    trouves = []
    for entree in entrees:
        if entree.get("si") not in (None, *CONDITIONS):
            raise ValueError(f"motifs.yaml : {entree['nom']} : condition inconnue {entree['si']!r}")
        trouves.append(
            Motif(
                nom=entree["nom"],
                code=entree["code"],
                expression=re.compile(entree["motif"]),
                raison=entree["raison"],
                reference=entree["reference"],
                suggestion=entree["suggestion"],
                brut=bool(entree.get("brut", False)),
                si=entree.get("si"),
                sauf=re.compile(entree["sauf"]) if entree.get("sauf") else None,
            )
        )
    return tuple(trouves)


@cache
def _citations() -> tuple[str, ...]:
    """The legal texts letters reproduce verbatim, folded: quoting the law is never a threat."""
    return tuple(normaliser(texte).texte for texte in textes_legaux().values())


def _zones_admises(texte: TexteNormalise) -> list[tuple[int, int]]:
    zones = []
    for citation in _citations():
        debut = texte.texte.find(citation)
        while debut >= 0:
            zones.append((debut, debut + len(citation)))
            debut = texte.texte.find(citation, debut + 1)
    return zones


def _couvert(debut: int, fin: int, zones: list[tuple[int, int]]) -> bool:
    return any(a <= debut and fin <= b for a, b in zones)


def examiner(texte: str, contexte: Contexte = CIVIL) -> list[Rencontre]:
    """Every pattern met in `texte`, with the source excerpt it matched, in reading order.

    >>> [r.motif.code for r in examiner("Sans paiement, nous saisirons vos meubles.")]
    ['TON-01']
    >>> examiner("À défaut de règlement, nous pourrons saisir la juridiction compétente.")
    []
    >>> [r.extrait for r in examiner("une indemnité forfaitaire de 40 €")]
    ['indemnité forfaitaire']
    >>> examiner("une indemnité forfaitaire de 40 €", Contexte(civil=False))
    []
    >>> [r.motif.code for r in examiner("rendre une ordonnance portant injonction de payer")]
    ['TON-02']
    >>> examiner("rendre une ordonnance portant injonction de payer", Contexte(civil=True, judiciaire=True))
    []
    """
    plies = variantes(texte)
    zones = {id(v): _zones_admises(v) for v in plies}
    rencontres: list[Rencontre] = []
    for motif in motifs():
        if (motif.si == "civil" and not contexte.civil) or (motif.si == "amiable" and contexte.judiciaire):
            continue
        etendues: list[tuple[int, int]] = []
        for variante in variantes(texte, casse=True) if motif.brut else plies:
            exceptions = (
                [(m.start(), m.end()) for m in motif.sauf.finditer(variante.texte)] if motif.sauf else []
            )
            for trouve in motif.expression.finditer(variante.texte):
                debut, fin = trouve.span()
                if fin == debut or _couvert(debut, fin, exceptions):
                    continue
                if not motif.brut and _couvert(debut, fin, zones[id(variante)]):
                    continue
                a, b = variante.etendue(debut, fin)
                if any(a < y and x < b for x, y in etendues):
                    continue  # the other reading of a line-end hyphen found it already
                etendues.append((a, b))
                rencontres.append(Rencontre(motif, variante.extrait(debut, fin), a, b))
    return sorted(rencontres, key=lambda r: (r.debut, r.motif.code))


def constat_de(rencontre: Rencontre, quoi: str, **lieu: object) -> Constat:
    """The finding for one match: `quoi` names the text (« message libre », « relance-1.pdf »)."""
    motif = rencontre.motif
    return constat(
        motif.code,
        f"{quoi} : {motif.raison} — « {rencontre.extrait} »",
        que_faire=f"{motif.suggestion} ({motif.reference})",
        extrait=rencontre.extrait,
        **lieu,  # type: ignore[arg-type]
    )


def textes_libres(creance: Creance) -> list[tuple[str, Position | None, str]]:
    """The claim's own texts that letters print verbatim: (text, where in claim.yaml, its name)."""
    textes: list[tuple[str, Position | None, str]] = []
    if creance.options.message_libre:
        textes.append(
            (creance.options.message_libre, creance.position("options", "message_libre"), "message libre")
        )
    if creance.contrat is not None:
        textes.append((creance.contrat.objet, creance.position("contrat", "objet"), "objet du contrat"))
    for i, facture in enumerate(creance.factures):
        if facture.libelle:
            textes.append((facture.libelle, creance.position("factures", i, "libelle"), "libellé de facture"))
    return textes


def verifier_textes_libres(creance: Creance) -> list[Constat]:
    """The claim's free texts, before any letter prints them (they point at claim.yaml).

    `echanges[].resume` is a note for the file, never printed in a letter: it is not read.
    """
    contexte = Contexte.de(creance)
    return [
        constat_de(rencontre, nom, ou=ou)
        for texte, ou, nom in textes_libres(creance)
        for rencontre in examiner(texte, contexte)
    ]
