"""build(claim, as_of, options) -> Pack: the one path that the CLI (and later the batch) calls.

claim ─law─▶ Calcul ─rules─▶ findings ─letters─▶ documents (PDF, DOCX) + calcul.json.
The analysis is `pipeline/analyse.py`, the documents it draws `pipeline/documents.py`.
When the claim reaches the requête en injonction de payer, its bundle is built under `injonction/`:
the pièces (the recorded letters' copies among them), the court documents, the merged PDF.
Nothing here prints or reads the clock: the « as of » day is an input, and the same claim and day
give byte-identical files. Nothing is produced from a claim with a blocking finding.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.collecte import geler_l_existant
from dossier.errors import BlockingFindings, DossierError
from dossier.export import en_json, objet_calcul
from dossier.findings import durcir
from dossier.law.calcul import Calcul
from dossier.law.parametres.lecture import Parametres
from dossier.law.plan.decheance import calculs
from dossier.law.procedure.etapes import programme
from dossier.lettres.courrier import nom_fichier
from dossier.model.claim import Creance
from dossier.parcours.calendrier import calendrier
from dossier.pipeline.analyse import Analyse, Options, analyser, prevoir, reclames, verifier_dates
from dossier.pipeline.documents import copies_des_courriers, documents, documents_et_roles
from dossier.render.readback import Lectures
from dossier.tone.documents import fusionner, relire_documents, relire_documents_judiciaires
from dossier.vocabulaire import BUNDLE, CALCUL, DOCUMENTS_INJONCTION, Etape, document_injonction

if TYPE_CHECKING:
    from dossier.verify.controle import Verification

__all__ = [
    "Analyse",
    "Options",
    "Pack",
    "analyser",
    "build",
    "controler",
    "documents",
    "prevoir",
    "produire",
    "recalculer",
    "rendre",
    "verifier",
    "verifier_dates",
]


@dataclass(frozen=True)
class Pack:
    analyse: Analyse
    fichiers: Mapping[str, bytes]  # relative path -> bytes, written by `output.ecrire_pack`


@geler_l_existant()
def build(creance: Creance, options: Options) -> Pack:
    lectures = Lectures()  # each file's text, extracted once for every read-back
    analyse, fichiers, roles = produire(creance, options, options.docx, lectures)
    if analyse.bloquee:
        raise BlockingFindings([c for c in analyse.constats if c.bloquant])
    fichiers[CALCUL] = en_json(analyse.objet())
    roles[CALCUL] = "calcul"
    if analyse.programme.requete is not None:  # the bundle carries its sources: `verify` recomputes
        from dossier.assemble.bundle import joindre_sources
        from dossier.injonction.construction import sources

        jointes = sources(analyse.creance, fichiers[CALCUL], analyse.calcul.jour)
        fichiers[BUNDLE] = joindre_sources(fichiers[BUNDLE], jointes)
    analyse = confronter(analyse, fichiers, lectures)
    if analyse.bloquee:  # the documents, read back, disagree with each other or with calcul.json
        raise BlockingFindings([c for c in analyse.constats if c.bloquant])
    if options.signature is not None:
        # Nothing touches echeancier.pdf after the creditor has signed it (but the manifest reads it).
        from dossier.assemble.signature import ECHEANCIER, signer_echeancier

        options.etape("Signature de l'échéancier")
        fichiers[ECHEANCIER] = signer_echeancier(fichiers, analyse.creance, options.signature)
    # The review report, of everything above; then the inventory of every file (README.md, « Ce qu'il
    # produit »).
    from dossier.verify.manifeste import NOM, manifeste
    from dossier.verify.rapport import HTML, PDF, rapport

    prevu = calendrier(
        analyse.creance, analyse.calcul, options.jour, analyse.constats, analyse.echeancier, analyse.suivi
    )
    fichiers[HTML], fichiers[PDF] = rapport(
        analyse.creance.reference,
        analyse.calcul.jour,
        json.loads(fichiers[CALCUL]),
        analyse.constats,
        prevu,
        analyse.parametres.consultees(),
        fichiers,
        roles,
        lectures,
    )
    roles[HTML] = roles[PDF] = "rapport"

    fichiers[NOM] = manifeste(
        fichiers,
        roles,
        analyse.creance.reference,
        analyse.calcul.jour,
        analyse.creance.source,
        analyse.parametres.consultees(),
    )
    return Pack(analyse, fichiers)


@geler_l_existant()
def controler(creance: Creance, options: Options) -> Analyse:
    """What `check` reports: `produire`'s analysis, the DOCX read back too (whatever `--no-docx`
    a later build is given), then the documents read against each other and against calcul.json
    (`confronter`), so `check` and `build` refuse the same claims."""
    lectures = Lectures()
    analyse, fichiers, _ = produire(creance, options, True, lectures)
    if analyse.bloquee:
        return analyse
    fichiers[CALCUL] = en_json(analyse.objet())
    return confronter(analyse, fichiers, lectures)


def produire(
    creance: Creance, options: Options, docx: bool, lectures: Lectures
) -> tuple[Analyse, dict[str, bytes], dict[str, str]]:
    """The one path of `build` and `check`, in memory: the analysis; unless it blocks, the letters
    rendered and read back by the tone linter; when the claim reaches the requête, its court
    documents built and read back with the court profile. It stops at the first stage with a
    blocking finding and returns the analysis that says why, with the files made so far (which
    nobody writes) and their roles in the manifest. A refused claim never loads WeasyPrint (a
    refused `check` stays fast); a claim that does not reach the requête never loads the assembly.
    `lectures`: where each file's text is extracted once, for every read-back."""
    options.etape("Calcul de la créance et contrôle des règles")
    analyse = analyser(creance, options)
    if analyse.bloquee:
        return analyse, {}, {}
    options.etape("Mise en page des documents (PDF" + (", DOCX)" if docx else ")"))
    fichiers, roles = rendre(analyse, docx)
    options.etape("Relecture des documents : ton et mentions obligatoires")
    analyse = relire(analyse, fichiers, options.strict, lectures)
    requete = analyse.programme.requete
    if requete is None or analyse.bloquee:  # a letter says what it must not, or lacks a mention
        return analyse, fichiers, roles
    from dossier.injonction.construction import fichiers_injonction, roles_injonction

    options.etape("Requête en injonction de payer : pièces, décompte, bordereau")
    copies = copies_des_courriers(analyse, fichiers)
    injonction = fichiers_injonction(analyse.creance, analyse.calcul, requete, copies)
    # the requête or an annex may say what no document may say: the caller reads `bloquee`
    analyse = relire_requete(analyse, injonction, options.strict, lectures)
    fichiers.update(injonction)
    roles.update(roles_injonction(injonction))
    return analyse, fichiers, roles


def confronter(analyse: Analyse, fichiers: Mapping[str, bytes], lectures: Lectures) -> Analyse:
    """The analysis with the findings of the documents read against each other and against
    calcul.json, from the text of the files written (verify/coherence.py, COHER- codes)."""
    from dossier.verify.coherence import attendu_de, verifier_coherence

    calcul = json.loads(fichiers[CALCUL])
    attendu = attendu_de(analyse.creance, analyse.echeancier)
    constats = verifier_coherence(fichiers, lectures, calcul, attendu, tampons=False)
    return replace(analyse, constats=tuple(dict.fromkeys((*analyse.constats, *constats))))


def rendre(analyse: Analyse, docx: bool) -> tuple[dict[str, bytes], dict[str, str]]:
    """Each document as PDF (and DOCX): relative path -> bytes, and relative path -> its role in
    the manifest (`verify/manifeste.py`, ROLES)."""
    # Imported here, not at the top: a refused `check` must not pay for loading WeasyPrint, nor
    # a build `--no-docx` for loading docxtpl and python-docx.
    from dossier.render.pdf import rendre_pdf

    if docx:
        from dossier.render.word import rendre_docx

    fichiers: dict[str, bytes] = {}
    roles: dict[str, str] = {}
    for nom, document, role in documents_et_roles(analyse):
        fichiers[f"{nom}.pdf"] = rendre_pdf(document)
        roles[f"{nom}.pdf"] = role
        if docx:
            fichiers[f"{nom}.docx"] = rendre_docx(document)
            roles[f"{nom}.docx"] = role
    return fichiers, roles


def relire(
    analyse: Analyse, fichiers: Mapping[str, bytes], strict: bool, lectures: Lectures | None = None
) -> Analyse:
    """The analysis with the findings of the documents' own text (tone, mandatory mentions)."""
    serie = analyse.programme.lettres
    lettres = {nom_fichier(lettre, serie): lettre for lettre in serie}
    lus = relire_documents(analyse.creance, fichiers, lettres, lectures)
    if strict:
        lus = durcir(lus)
    return replace(analyse, constats=tuple(dict.fromkeys(fusionner(analyse.constats, lus))))


def relire_requete(
    analyse: Analyse, injonction: Mapping[str, bytes], strict: bool, lectures: Lectures | None = None
) -> Analyse:
    """The analysis with the tone findings of the court documents (not of the pièces: those are
    the letters already read, or the parties' own papers, filed as they are)."""
    documents = {document_injonction(nom) for nom in DOCUMENTS_INJONCTION}
    lus = relire_documents_judiciaires(analyse.creance, {n: injonction[n] for n in documents}, lectures)
    if strict:
        lus = durcir(lus)
    return replace(analyse, constats=tuple(dict.fromkeys(fusionner(analyse.constats, lus))))


def recalculer(creance: Creance, calcul: Mapping[str, Any], parametres: Parametres) -> dict[str, Any]:
    """calcul.json's figures computed again from `creance` as of calcul.json's day: the same letters
    (the series as `build` drafted it, with or without `--jusqua`), what each claims, the totals.
    The findings are left out: what is compared is figures."""
    jour = date.fromisoformat(calcul["date"])
    calcul_au: Callable[[date], Calcul] = cache(calculs(creance, parametres))
    attendues = [(e["etape"], e["date"], e["copie"]) for e in calcul["lettres"]]
    brouillons = [Etape(e["etape"]) for e in calcul["lettres"] if not e["copie"]]
    prevu = None
    for jusqua in (None, *dict.fromkeys(brouillons)):  # the step `build` was asked to go to, if any
        try:
            essai = programme(creance, jour, calcul_au, jusqua)
        except DossierError:
            continue
        lettres = (*essai.lettres, *((essai.requete,) if essai.requete else ()))
        if [
            (lettre.etape.value, lettre.date.isoformat(), lettre.envoye is not None) for lettre in lettres
        ] == attendues:
            prevu = essai
            break
    if prevu is None:
        prevu = programme(creance, jour, calcul_au, None)
    return objet_calcul(calcul_au(jour), (), creance.reference, reclames(creance, prevu, calcul_au))


def verifier(dossier: Path) -> Verification:
    """`dossier verify DIR` (verify/controle.py), recomputing with this pipeline's law."""
    from dossier.verify.controle import verifier_dossier

    return verifier_dossier(dossier, recalculer)
