"""Reads a French text and reports what a debtor must never be told (DOMAIN.md §2).

The text is normalised first (case, accents, apostrophes, hyphenation at line ends, spaces), so a
pattern matches « Huissier », « huis-\\nsier » and « HUISSIER » alike. `verifier_textes_libres`
applies it to every text of the claim that a letter prints verbatim.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from dossier.findings import Constat, Position, constat
from dossier.model.claim import Creance


@dataclass(frozen=True)
class Motif:
    code: str
    expression: re.Pattern[str]
    raison: str
    reference: str
    suggestion: str
    brut: bool  # applied before normalisation (capitals matter)


@dataclass(frozen=True)
class Rencontre:
    motif: Motif
    extrait: str


@cache
def motifs() -> tuple[Motif, ...]:
    texte = resources.files("dossier.tone").joinpath("motifs.yaml").read_text(encoding="utf-8")
    return tuple(
        Motif(
            code=entree["code"],
            expression=re.compile(entree["motif"]),
            raison=entree["raison"],
            reference=entree["reference"],
            suggestion=entree["suggestion"],
            brut=bool(entree.get("brut", False)),
        )
        for entree in yaml.safe_load(texte)
    )


def normaliser(texte: str) -> str:
    """Lower case, no accents, straight apostrophes, line-end hyphenation rejoined, spaces folded.

    >>> normaliser("Un HUIS-\\nSIER viendra saisir vos  meubles d’ici lundi")
    "un huissier viendra saisir vos meubles d'ici lundi"
    """
    texte = re.sub(r"-\s*\n\s*", "", texte)
    texte = unicodedata.normalize("NFKD", texte.replace("’", "'").replace("‘", "'"))
    texte = "".join(c for c in texte if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", texte).strip().lower()


def examiner(texte: str) -> list[Rencontre]:
    """Every pattern met in `texte`, with the excerpt it matched.

    >>> [r.motif.code for r in examiner("Sans paiement, nous saisirons vos meubles.")]
    ['TON-01']
    >>> examiner("À défaut de règlement, nous pourrons saisir la juridiction compétente.")
    []
    """
    normal = normaliser(texte)
    plat = re.sub(r"\s+", " ", texte)
    rencontres = []
    for motif in motifs():
        trouve = motif.expression.search(plat if motif.brut else normal)
        if trouve:
            rencontres.append(Rencontre(motif, trouve.group(0)))
    return rencontres


def verifier_textes_libres(creance: Creance) -> list[Constat]:
    """The claim's own texts that letters print verbatim: the personal paragraph, the contract's
    object, the invoices' labels."""
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
    constats = []
    for texte, ou, nom in textes:
        for rencontre in examiner(texte):
            motif = rencontre.motif
            constats.append(
                constat(
                    motif.code,
                    f"{nom} : {motif.raison} — « {rencontre.extrait} »",
                    ou=ou,
                    que_faire=f"{motif.suggestion} ({motif.reference})",
                )
            )
    return constats
