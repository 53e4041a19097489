"""Mandatory mentions, looked for in the text a letter really says (read back from PDF or DOCX).

Only what docs/droit.md §2 supports, each with its article:

- MENT-01, MENT-02 — a mise en demeure says « mise en demeure » (C. civ. 1344: « interpellation
  suffisante ») and gives its deadline (docs/droit.md §1, docs/decisions.md « Deadlines »).
- MENT-03 — a collection agency's letter carries CPCE R124-4 1° to 4°: the agency's name and
  address and that it « exerce une activité de recouvrement amiable », the creditor's name and
  address, the basis of the debt and its amount split into principal, interest and other
  accessories, the order to pay and the means of payment.
- MENT-04 — and reproduces CPCE L111-8 al. 2 and 3 word for word (R124-4 5°).
- MENT-05 — a creditor's own letter says that the approach is amicable (DGCCRF surveys: letters
  that do not say so are condemned). An agency's letter says it through R124-4 1° (MENT-03).

A quittance is no demand: none of these apply to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from dossier.findings import Constat, Emplacement, constat
from dossier.francais import a, de
from dossier.law.procedure.etapes import LettreAProduire
from dossier.law.textes import textes_legaux
from dossier.lettres.contexte import agence_de
from dossier.model.claim import Creance
from dossier.model.parties import Adresse
from dossier.tone.texte import Deux_casses, minuscules, normaliser
from dossier.vocabulaire import Etape

MISE_EN_DEMEURE = re.compile(r"\b(mise en demeure|(mettons|mets|met) en demeure)\b")
DELAI = re.compile(r"\b(dans un delai de \d+ jours|au plus tard le \d)")
AMIABLE = re.compile(r"\b(amiable|amiablement)\b")
ACTIVITE = re.compile(r"\bactivite de recouvrement amiable\b")
VENTILATION = (
    ("principal", "le principal"),
    ("interets", "les intérêts"),
    ("accessoires", "les autres accessoires"),
)
PAYER = re.compile(r"\b(regler|payer|paiement|reglement)\b")
MOYENS = re.compile(r"\b(virement|cheque|iban|prelevement)\b")


def _plie(texte: str) -> str:
    return normaliser(texte).texte


def _contient(lectures: Iterable[str], morceau: str | re.Pattern[str]) -> bool:
    if isinstance(morceau, str):
        return any(morceau in lecture for lecture in lectures)
    return any(morceau.search(lecture) for lecture in lectures)


def _nomme(lectures: Iterable[str], nom: str) -> bool:
    """The name as written, or after « de » or « à » with its article contracted (« du Bistrot »)."""
    return any(_contient(lectures, _plie(forme)) for forme in (nom, de(nom), a(nom)))


def _adresse(adresse: Adresse) -> str:
    return _plie(adresse.ligne1)


def verifier_mentions(
    creance: Creance,
    lettre: LettreAProduire,
    fichier: str,
    texte: str,
    deux_casses: Deux_casses | None = None,
) -> list[Constat]:
    """The mentions `lettre` must carry, looked for in `texte` (all its pages) of `fichier`;
    `deux_casses`: `lectures_en_deux_casses(texte)`, when the tone linter made it already."""
    lectures = minuscules(texte, deux_casses)
    lieu = Emplacement(fichier, None, 1)  # the whole document: a missing mention has no line
    constats = []
    if lettre.etape is Etape.MISE_EN_DEMEURE:
        if not _contient(lectures, MISE_EN_DEMEURE):
            constats.append(
                constat(
                    "MENT-01", f"{fichier} : les mots « mise en demeure » n'y figurent pas", document=lieu
                )
            )
        if not _contient(lectures, DELAI):
            constats.append(
                constat(
                    "MENT-02",
                    f"{fichier} : la mise en demeure ne donne pas de délai pour payer",
                    document=lieu,
                )
            )
    agence = agence_de(creance, lettre)
    if agence is None:
        if not _contient(lectures, AMIABLE):
            constats.append(
                constat(
                    "MENT-05",
                    f"{fichier} : le courrier ne dit pas que la démarche est amiable",
                    document=lieu,
                )
            )
        return constats
    manque = []
    if not _nomme(lectures, agence.nom) or not _contient(lectures, _adresse(agence.adresse)):
        manque.append("le nom et l'adresse de la société de recouvrement (1°)")
    if not _contient(lectures, ACTIVITE):
        manque.append("« exerce une activité de recouvrement amiable » (1°)")
    creancier = creance.creancier
    if not _nomme(lectures, creancier.nom) or not _contient(lectures, _adresse(creancier.adresse)):
        manque.append("le nom et l'adresse du créancier (2°)")
    if creance.contrat is not None and not _contient(lectures, "contrat"):
        manque.append("le fondement de la créance (3°)")
    manque.extend(
        f"{nom} (3°)" for mot, nom in VENTILATION if not _contient(lectures, re.compile(rf"\b{mot}\b"))
    )
    if not _contient(lectures, PAYER) or not _contient(lectures, MOYENS):
        manque.append("l'indication d'avoir à payer et les modalités de paiement (4°)")
    if manque:
        constats.append(constat("MENT-03", f"{fichier} : il manque {', '.join(manque)}", document=lieu))
    absents = [cle for cle, texte in textes_legaux().items() if not _contient(lectures, _plie(texte.texte))]
    if absents:
        alineas = " et ".join("al. " + cle.rsplit("al", 1)[1] for cle in sorted(absents))
        constats.append(
            constat(
                "MENT-04",
                f"{fichier} : l'article L111-8 ({alineas}) n'est pas reproduit mot pour mot",
                document=lieu,
            )
        )
    return constats
