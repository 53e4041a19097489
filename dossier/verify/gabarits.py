"""Nothing left of the templates in a document (COHER-06): no Jinja syntax, no Python value printed
as such (« None », « nan », « True »), no empty mandatory field (« SIREN , », « Objet : — »,
« ( ) », « «  » »). Read in the text of every document `dossier` wrote — PDF and DOCX — but not
in the pièces, which are the parties' own papers, filed as they are.

>>> from dossier.verify.lecture import Document
>>> [c.message for c in verifier_gabarits({"a.pdf": Document("a.pdf", ("Objet : Rappel",))})]
[]
>>> for c in verifier_gabarits({"a.pdf": Document("a.pdf", ("Total None € — IBAN ;",))}):
...     print(c.message)
a.pdf, page 1 : « None » (valeur imprimée telle quelle) dans « Total None € — IBAN ; »
a.pdf, page 1 : « IBAN ; » (champ obligatoire vide) dans « Total None € — IBAN ; »
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from dossier.findings import Constat, constat
from dossier.verify.lecture import Document

CODE = "COHER-06"
MOTIFS = (
    (re.compile(r"\{\{|\}\}|\{%|%\}|\{#|#\}"), "syntaxe de gabarit"),
    (
        re.compile(r"\b(?:None|null|undefined|Undefined|NaN|nan|True|False)\b"),
        "valeur imprimée telle quelle",
    ),
    (re.compile(r"«\s*»|\(\s*\)|\[\s*\]"), "guillemets ou parenthèses vides"),
    (
        re.compile(
            r"(?<!\()\b(?:SIREN|SIRET|IBAN|BIC|RUM|ICS|RCS|n°|Objet :|Référence :|Notre référence :"
            r"|Dossier du créancier :)"
            r"(?= ?(?:[,;.:)—–]|$))"
        ),
        "champ obligatoire vide",
    ),
)


def verifier_gabarits(documents: Mapping[str, Document]) -> list[Constat]:
    constats = []
    for document in documents.values():
        texte = document.texte
        for motif, quoi in MOTIFS:
            for m in motif.finditer(texte):
                extrait = texte[max(0, m.start() - 30) : m.end() + 30].strip()
                trouve = texte[m.start() : m.end() + 2].strip() if quoi == "champ obligatoire vide" else m[0]
                constats.append(
                    constat(CODE, f"{document.ou(m.start())} : « {trouve} » ({quoi}) dans « {extrait} »")
                )
    return constats
