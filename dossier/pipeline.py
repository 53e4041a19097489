"""build(claim, as_of, options) -> Pack: the one path that the CLI (and later the batch) calls.

claim ─law─▶ Calcul ─rules─▶ findings ─letters─▶ documents (PDF, DOCX) + calcul.json.
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
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.collecte import geler_l_existant
from dossier.errors import BlockingFindings, DossierError, InvalidClaim, LawDataMissing
from dossier.export import en_json, objet_calcul
from dossier.findings import Constat, constat, durcir
from dossier.francais import date_longue
from dossier.law.calcul import Calcul, Regime
from dossier.law.calendrier import ajouter_annees
from dossier.law.parametres.lecture import Parametres, charger_parametres, valeur_a
from dossier.law.parametres.manquantes import dernier_jour_connu, regrouper
from dossier.law.plan.decheance import calculs, solde_restant
from dossier.law.plan.echeancier import Echeancier, arrete, etablir, jour_accord
from dossier.law.plan.grand_livre import GrandLivre, grand_livre
from dossier.law.plan.suivi import CourrierPlan, SuiviPlan, suivre
from dossier.law.procedure.etapes import LettreAProduire, Programme, programme
from dossier.law.procedure.injonction import constats_requete
from dossier.law.procedure.reclamation import Reclamation, reclamation
from dossier.law.rules import injonction_pieces, verifier_regles
from dossier.law.rules.injonction_plan import decheance_notifiee
from dossier.lettres import echeancier as actes
from dossier.lettres import suivi as courriers_plan
from dossier.lettres.courrier import lettre, nom_fichier
from dossier.lettres.quittance import nom_quittance, quittance
from dossier.model import limites
from dossier.model.claim import Creance
from dossier.model.exemples import constats_exemples
from dossier.model.fichiers import constats_pieces_absentes
from dossier.model.jour import constat_jour_futur
from dossier.parcours.calendrier import calendrier
from dossier.parcours.pas import Calendrier
from dossier.render.letter import Lettre
from dossier.render.readback import Lectures
from dossier.tone.documents import fusionner, relire_documents, relire_documents_judiciaires
from dossier.tone.linter import verifier_textes_libres
from dossier.tone.sollicitations import verifier_sollicitations
from dossier.vocabulaire import (
    BUNDLE,
    CALCUL,
    DOCUMENTS_INJONCTION,
    ECHEANCIER,
    MANDAT_SEPA,
    Etape,
    document_injonction,
)

if TYPE_CHECKING:  # the [sign] extra (pyHanko) is loaded only when a key is given
    from dossier.assemble.signature import CleSignature
    from dossier.verify.controle import Verification

INDEMNITE = "indemnite_forfaitaire.montant"


@dataclass(frozen=True)
class Options:
    jour: date
    jusqua: Etape | None = None
    strict: bool = False
    docx: bool = True
    parametres: Path | None = None  # the user parameter file, already resolved by the CLI
    signature: CleSignature | None = None  # --sign: the creditor's key, opened by the CLI
    # Today, as the CLI read it, to tell a « as of » day in the future (DATE-01); None: not checked.
    aujourd_hui: date | None = None
    date_cli: bool = False  # the day came from --date (else date_edition, or today)
    futur: bool = False  # --futur: documents dated ahead on purpose
    # `dossier plan` past the published values: interest computed up to this day only (TAUX-05).
    interets_jusqu_au: date | None = None
    # Told the name of each stage of `build` as it starts (the CLI shows it on a terminal).
    etape: Callable[[str], None] = lambda _nom: None


@dataclass(frozen=True)
class Analyse:
    """What `check` reports: the Computation as of the day, the letters due, every finding."""

    creance: Creance
    calcul: Calcul
    programme: Programme
    constats: tuple[Constat, ...]
    parametres: Parametres
    calcul_au: Callable[[date], Calcul]  # the Computation as of any day (each letter's own), memoised
    echeancier: Echeancier | None = None  # the plan's schedule (law/plan/echeancier.py), when there is a plan
    suivi: SuiviPlan | None = None  # its follow-up as of the day: missed instalment, reminder, déchéance

    @property
    def bloquee(self) -> bool:
        return any(c.bloquant for c in self.constats)

    @property
    def grand_livre(self) -> GrandLivre | None:
        """The signed plan's ledger as of the day (law/plan/grand_livre.py), once it is agreed."""
        plan, echeancier = self.creance.plan, self.echeancier
        if plan is None or plan.date_accord is None or echeancier is None or not echeancier.echeances:
            return None
        if plan.date_accord > self.calcul.jour or self.suivi is None:
            return None
        decheance = decheance_notifiee(self.creance, self.calcul.jour)
        if decheance is None:
            return grand_livre(echeancier, self.suivi.etat, None)
        livre = grand_livre(echeancier, self.suivi.etat, decheance.date)
        # what is due: the balance the notice declared, less the payments since (law/plan/decheance.py)
        return replace(livre, exigible=solde_restant(self.creance, echeancier, decheance, self.calcul.jour))

    @property
    def calcul_publie(self) -> Calcul:
        """The computation calcul.json and the report show: while a signed plan runs, the invoices' up
        to the day before the agreement — the plan governs from then on (docs/decisions.md « After a
        signed plan, the plan governs »). After a déchéance du terme, the day's: the plan's balance,
        due from the déchéance and bearing interest (law/plan/decheance.py), which the letters and the
        requête claim, so that every figure printed has its counterpart there."""
        livre = self.grand_livre
        if livre is None or self.echeancier is None or livre.decheance is not None:
            return self.calcul
        return self.calcul_au(self.echeancier.arrete_au)

    def objet(self) -> dict[str, object]:
        reclames = _reclames(self.creance, self.programme, self.calcul_au)
        return objet_calcul(
            self.calcul_publie,
            self.constats,
            self.creance.reference,
            reclames,
            jour=self.calcul.jour,
            plan=self.grand_livre,
        )


def _reclames(
    creance: Creance, prevu: Programme, calcul_au: Callable[[date], Calcul]
) -> list[tuple[LettreAProduire, str, Reclamation]]:
    """Each letter of the series and the requête, its file, and what it claims as of its date."""
    requete = prevu.requete
    lettres = (*prevu.lettres, *((requete,) if requete else ()))
    return [
        (
            lettre,
            document_injonction("requete")
            if lettre is requete
            else f"{nom_fichier(lettre, prevu.lettres)}.pdf",
            reclamation(creance, calcul_au(lettre.date), lettre.etape, lettre.factures),
        )
        for lettre in lettres
    ]


@dataclass(frozen=True)
class Pack:
    analyse: Analyse
    fichiers: Mapping[str, bytes]  # relative path -> bytes, written by `output.ecrire_pack`


def analyser(creance: Creance, options: Options) -> Analyse:
    verifier_dates(creance, options.jour)
    parametres = charger_parametres(options.parametres).journalise()  # the manifest lists what was read
    borne = options.interets_jusqu_au
    # the invoices' Computation, or after a déchéance du terme the plan's balance (law/plan/decheance.py)
    calcul_au: Callable[[date], Calcul] = cache(calculs(creance, parametres, borne))
    futur = constat_jour_futur(creance, options.jour, options.aujourd_hui, options.date_cli, options.futur)
    # What is wrong with the claim as written, said even when the computation cannot run.
    prealables = [*constats_exemples(creance), *([futur] if futur else [])]
    try:
        return _analyser(creance, options, parametres, calcul_au, prealables)
    except DossierError as erreur:
        if isinstance(erreur, LawDataMissing):  # every value missing over the claim's period, said once
            erreur = regrouper(erreur, options.jour, parametres)
        erreur.constats = [*erreur.constats, *prealables, *constats_pieces_absentes(creance, False)]
        raise erreur from None


def _analyser(
    creance: Creance,
    options: Options,
    parametres: Parametres,
    calcul_au: Callable[[date], Calcul],
    prealables: list[Constat],
) -> Analyse:
    calcul = calcul_au(options.jour)
    prevu = programme(creance, options.jour, calcul_au, options.jusqua)
    constats = [
        *prealables,
        *constats_pieces_absentes(creance, requete=prevu.requete is not None),
        *calcul.constats,
        *verifier_regles(creance, calcul),
        *verifier_textes_libres(creance),
        *prevu.constats,
        *verifier_sollicitations(creance, prevu.lettres, options.jour),
    ]
    if prevu.requete is None:  # what the requête will need, said early (INJ-14, INJ-15: warnings)
        dits = {(c.code, c.ou) for c in prevu.constats}
        constats += [c for c in injonction_pieces.avertir(creance, calcul) if (c.code, c.ou) not in dits]
    else:
        from dossier.assemble.pieces import constats_pieces  # only once the requête is drafted

        constats += constats_requete(creance, calcul, parametres)
        constats += constats_pieces(creance, options.jour)
    echeancier, suivi = None, None
    if creance.plan is not None:
        accord = jour_accord(creance.plan, options.jour)
        echeancier = etablir(creance, calcul_au(arrete(accord)), accord, parametres)
        constats += echeancier.constats
        if echeancier.echeances:
            suivi = suivre(creance, echeancier, options.jour)
            constats += suivi.constats
    if options.strict:
        constats = durcir(constats)
    return Analyse(
        creance,
        calcul,
        prevu,
        tuple(dict.fromkeys(constats)),
        parametres,
        calcul_au,
        echeancier,
        suivi,
    )


def verifier_dates(creance: Creance, jour: date) -> None:
    """No date of the claim more than ten years after the « as of » day (docs/decisions.md « Text
    fields are bounded and clean »): a typing slip (2062 for 2026), refused with its position."""
    limite = ajouter_annees(jour, limites.ANNEES_APRES_LE_JOUR)
    lointaines = [
        constat(
            "VALEUR-02",
            f"date du {date_longue(quand)} plus de {limites.ANNEES_APRES_LE_JOUR} ans après le jour "
            f"d'édition ({date_longue(jour)}) : sans doute une faute de frappe",
            ou=creance.position(*chemin),
            que_faire="Vérifiez l'année d'après le document d'origine.",
        )
        for chemin, quand in creance.dates()
        if quand > limite
    ]
    if lointaines:
        raise InvalidClaim(lointaines)


def prevoir(creance: Creance, options: Options) -> tuple[Analyse, Calendrier]:
    """What `dossier plan` reports: the analysis as of the day, and the recovery calendar drawn
    from it (the same schedule and follow-up `build` uses for a claim with a plan).

    The calendar needs no rate: past the published values, the analysis runs with interest up to
    the last day they are known, and says which figures it could not compute (TAUX-05)."""
    try:
        analyse = analyser(creance, options)
    except LawDataMissing as manque:
        borne = dernier_jour_connu(manque, charger_parametres(options.parametres))
        if borne is None or borne >= options.jour or options.interets_jusqu_au is not None:
            raise
        analyse = analyser(creance, replace(options, interets_jusqu_au=borne))
        (taux,) = [c for c in manque.constats if c.code == "TAUX-01"]
        partiel = constat(
            "TAUX-05",
            f"intérêts et pénalités comptés jusqu'au {date_longue(borne)} seulement ; {taux.message}",
            que_faire=taux.que_faire,
        )
        analyse = replace(analyse, constats=(partiel, *analyse.constats))
    prevu = calendrier(
        creance, analyse.calcul, options.jour, analyse.constats, analyse.echeancier, analyse.suivi
    )
    return analyse, prevu


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
    for nom, document, role in _documents(analyse):
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


def copies_des_courriers(analyse: Analyse, fichiers: Mapping[str, bytes]) -> dict[int, bytes]:
    """Rank in `courriers` → the PDF of the copy built of that letter (the injonction's pièces)."""
    creance, serie = analyse.creance, analyse.programme.lettres
    copies = {}
    for a_produire in serie:
        if a_produire.envoye is None:
            continue
        rang = next(i for i, c in enumerate(creance.courriers) if c is a_produire.envoye)
        copies[rang] = fichiers[f"{nom_fichier(a_produire, serie)}.pdf"]
    # the plan's reminder and notice of the déchéance, which a requête after the plan names
    for courrier, nom in _noms_du_plan(analyse):
        if courrier.envoye is not None and f"{nom}.pdf" in fichiers:
            rang = next(i for i, c in enumerate(creance.courriers) if c is courrier.envoye)
            copies[rang] = fichiers[f"{nom}.pdf"]
    return copies


def documents(analyse: Analyse) -> list[tuple[str, Lettre]]:
    """Each document of the pack (file name without extension, laid-out letter), in order."""
    return [(nom, document) for nom, document, _ in _documents(analyse)]


def _documents(analyse: Analyse) -> list[tuple[str, Lettre, str]]:
    """Each document with its role in the manifest: « copie » for a letter already sent."""
    creance, parametres, calcul_au = analyse.creance, analyse.parametres, analyse.calcul_au
    jour = analyse.calcul.jour
    serie = analyse.programme.lettres
    documents = []
    for a_produire in serie:
        calcul = calcul_au(a_produire.date)
        indemnite = _montant_indemnite(calcul, parametres)
        document = lettre(creance, a_produire, calcul, serie, indemnite, jour)
        role = "copie" if a_produire.envoye is not None else "lettre"
        documents.append((nom_fichier(a_produire, serie), document, role))
    if analyse.echeancier is not None and analyse.echeancier.echeances:
        documents += _documents_du_plan(analyse, analyse.echeancier)
    if creance.mandataire is not None:
        for rang, paiement in enumerate(creance.paiements):
            if paiement.recu_par == "mandataire" and paiement.date <= jour:
                document = quittance(creance, rang, calcul_au(paiement.date), jour)
                documents.append((nom_quittance(rang, creance), document, "quittance"))
    return documents


def _documents_du_plan(analyse: Analyse, plan: Echeancier) -> list[tuple[str, Lettre, str]]:
    """`echeancier` (+ `mandat-sepa`), then the plan's letters: `rappel-echeance-N`, `decheance-du-terme`."""
    creance, jour = analyse.creance, analyse.calcul.jour
    calcul = analyse.calcul_au(plan.arrete_au)
    indemnite = _montant_indemnite(calcul, analyse.parametres)
    documents = [(ECHEANCIER, actes.echeancier(creance, plan, calcul, jour, indemnite), "echeancier")]
    if creance.plan is not None and creance.plan.moyen == "prelevement_sepa":
        documents.append((MANDAT_SEPA, actes.mandat_sepa(creance, plan, jour), "mandat_sepa"))
    for courrier, nom in _noms_du_plan(analyse):
        role = "copie" if courrier.envoye is not None else "lettre"
        documents.append((nom, courriers_plan.courrier(creance, plan, courrier, jour), role))
    return documents


def _noms_du_plan(analyse: Analyse) -> list[tuple[CourrierPlan, str]]:
    """The plan's letters and their file names (without extension); a name used twice gets the date."""
    suivi = analyse.suivi.courriers if analyse.suivi else ()
    return list(zip(suivi, courriers_plan.noms_de_fichiers(suivi), strict=True))


def _montant_indemnite(calcul: Calcul, parametres: Parametres) -> Decimal | None:
    """The D441-5 amount a business letter names; never looked up (nor shown) for a consumer."""
    if calcul.regime is not Regime.PROFESSIONNEL:
        return None
    return valeur_a(INDEMNITE, calcul.jour, parametres).valeur


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
    return objet_calcul(calcul_au(jour), (), creance.reference, _reclames(creance, prevu, calcul_au))


def verifier(dossier: Path) -> Verification:
    """`dossier verify DIR` (verify/controle.py), recomputing with this pipeline's law."""
    from dossier.verify.controle import verifier_dossier

    return verifier_dossier(dossier, recalculer)
