"""The letters as the debtor will read them: their final text, read back from the PDF and the DOCX.

A template, a claim value or a renderer can put words in a letter that no source text shows
whole (a name in capitals, a phone number, a paragraph cut across lines), so the linter reads
what was really produced: each PDF page's text (PDFium) and the DOCX body and footers (read from
their XML as python-docx would; `render/readback.py`), with the location of each finding (file,
page, line). A finding the PDF already shows is not repeated
for its DOCX twin. A finding that comes from a free text of the claim is reported once, at its
place in claim.yaml, with the first document that prints it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import PurePosixPath

from dossier.findings import Constat, Emplacement
from dossier.law.procedure.etapes import LettreAProduire
from dossier.model.claim import Creance
from dossier.render.readback import Lectures
from dossier.tone.contexte import Contexte, position_de_l_extrait
from dossier.tone.linter import constat_de, examiner, sans_doublons
from dossier.tone.mentions import verifier_mentions
from dossier.tone.texte import Deux_casses, lectures_en_deux_casses, normaliser

EXTENSIONS = (".pdf", ".docx")


def pages(fichier: str, donnees: bytes, lectures: Lectures | None = None) -> list[tuple[int | None, str]]:
    """(page number, text) of a PDF's pages; a DOCX is one text without pages. `lectures`: the
    text already extracted from the pack (each file is read once, `render.readback.Lectures`)."""
    lues = (lectures or Lectures()).pages(fichier, donnees)
    if fichier.endswith(".pdf"):
        return list(enumerate(lues, start=1))
    return [(None, lues[0])]


def examiner_document(
    fichier: str, donnees: bytes, contexte: Contexte, lectures: Lectures | None = None
) -> list[Constat]:
    """Every pattern met in the document's text, each at its page and line."""
    return examiner_pages(fichier, pages(fichier, donnees, lectures), contexte)


def examiner_pages(
    fichier: str,
    lues: list[tuple[int | None, str]],
    contexte: Contexte,
    deux_casses: Sequence[Deux_casses] | None = None,
) -> list[Constat]:
    """The same, on pages already read back (`pages`): reading a PDF back is the costly part.
    `deux_casses`: each page's `lectures_en_deux_casses`, when the caller made them."""
    constats = []
    for rang, (page, texte) in enumerate(lues):
        for rencontre in examiner(texte, contexte, deux_casses[rang] if deux_casses else None):
            ligne = texte.count("\n", 0, rencontre.debut) + 1
            constats.append(constat_de(rencontre, fichier, document=Emplacement(fichier, page, ligne)))
    return sans_doublons(constats)


def _sauf_deja_lu(lues: list[tuple[int | None, str]], pdf: str) -> list[tuple[int | None, str]]:
    """The DOCX twin's text with each paragraph its PDF already says word for word left blank
    (lines kept, so a finding's line still holds): those words were read, in the same order and
    with their neighbours, and any finding there is the PDF's. What the DOCX alone says — another
    template, a paragraph cut across two PDF pages or hyphenated there — is read."""
    if not pdf:
        return lues
    return [
        (page, "\n".join("" if " ".join(ligne.split()) in pdf else ligne for ligne in texte.split("\n")))
        for page, texte in lues
    ]


def _situer(creance: Creance, constats: list[Constat]) -> list[Constat]:
    """A document finding whose words one value of the claim holds (a premium number in
    `creancier.contact.telephone`, a name) also points at that value in claim.yaml."""
    return [
        replace(c, ou=position_de_l_extrait(creance, c.extrait)) if c.ou is None and c.extrait else c
        for c in constats
    ]


def _cle(constat: Constat) -> tuple[str, str]:
    return constat.code, normaliser(constat.extrait or constat.message.split(" : ", 1)[-1]).texte


def relire_documents(
    creance: Creance,
    fichiers: Mapping[str, bytes],
    lettres: Mapping[str, LettreAProduire],
    lectures: Lectures | None = None,
) -> list[Constat]:
    """Tone and mandatory mentions of every PDF and DOCX in `fichiers`.

    `lettres` maps a document's name without extension (`relance-1`) to the letter it is: its
    mandatory mentions depend on its step and sender. Other documents (a quittance) are only
    tone-checked.
    """
    contexte = Contexte.de(creance)
    vus: dict[str, set[tuple[str, str]]] = {}  # per document (without extension): what was found
    constats: list[Constat] = []
    # PDF first: its page and line are what a reader checks; the DOCX adds only what differs.
    ordre = sorted((f for f in fichiers if f.endswith(EXTENSIONS)), key=lambda f: (f.endswith(".docx"), f))
    lus_en_pdf: dict[str, str] = {}  # per document: its PDF's words, one space apart
    for fichier in ordre:
        donnees = fichiers[fichier]
        base = str(PurePosixPath(fichier).with_suffix(""))
        lues = pages(fichier, donnees, lectures)  # once: the tone, the mentions (and verify/) read it
        deux_casses = None  # the PDF pages folded once, for the tone and (one page) the mentions
        if fichier.endswith(".pdf"):
            lus_en_pdf[base] = " ".join(" ".join(t for _, t in lues).split())
            deux_casses = [lectures_en_deux_casses(t) for _, t in lues]
            trouves = examiner_pages(fichier, lues, contexte, deux_casses)
        else:
            trouves = examiner_pages(fichier, _sauf_deja_lu(lues, lus_en_pdf.get(base, "")), contexte)
        lettre = lettres.get(base)
        if lettre is not None:
            texte = "\n".join(t for _, t in lues)
            pliee = deux_casses[0] if deux_casses is not None and len(deux_casses) == 1 else None
            trouves.extend(verifier_mentions(creance, lettre, fichier, texte, pliee))
        deja = vus.setdefault(base, set())
        for c in trouves:
            if _cle(c) not in deja:
                deja.add(_cle(c))
                constats.append(c)
    return _situer(creance, constats)


def relire_documents_judiciaires(
    creance: Creance, fichiers: Mapping[str, bytes], lectures: Lectures | None = None
) -> list[Constat]:
    """Tone of the court documents (requête, décompte, bordereau, historique), read back from
    their PDFs with the court profile: they may name the order they ask for (patterns marked
    `si: amiable` are for letters only), but threats, emblems and undue fees stay refused. The
    exchange summaries the historique quotes that record the debtor's own words (`echanges[].auteur:
    debiteur`) — « M. X parle de porter plainte » is the debtor's word reported to the judge, no
    threat — are read by no pattern there (`Contexte.citations`); the creditor's own summaries are
    read like any text."""
    contexte = Contexte.de(creance, judiciaire=True)
    constats: list[Constat] = []
    for fichier in sorted(f for f in fichiers if f.endswith(".pdf")):
        constats.extend(examiner_document(fichier, fichiers[fichier], contexte, lectures))
    return _situer(creance, constats)


def fusionner(existants: Sequence[Constat], lus: Sequence[Constat]) -> list[Constat]:
    """The findings of the claim, then those of the documents: a document finding that repeats a
    free-text one (same code, same words) only adds its location to it."""
    resultat = list(existants)
    cles = {_cle(c): i for i, c in enumerate(resultat) if c.extrait is not None and c.document is None}
    for c in lus:
        rang = cles.get(_cle(c))
        if rang is None:
            resultat.append(c)
        elif resultat[rang].document is None:
            resultat[rang] = replace(resultat[rang], document=c.document)
    return resultat
