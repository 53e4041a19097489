"""A claim analysed as of a day (`analyser`): its Computation, the letters due, every finding of
the law, the claim's own texts and its plan — what `check` reports and every document is drawn
from; and `prevoir`, the same analysis with the recovery calendar `dossier plan` shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from dossier.errors import DossierError, InvalidClaim, LawDataMissing
from dossier.export import objet_calcul
from dossier.findings import Constat, constat, durcir
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.law.calendrier import ajouter_annees
from dossier.law.parametres.lecture import Parametres
from dossier.law.parametres.manquantes import dernier_jour_connu, regrouper
from dossier.law.parametres.utilisateur import charger_parametres
from dossier.law.plan.decheance import calculs, solde_restant
from dossier.law.plan.echeancier import Echeancier, arrete, etablir, jour_accord
from dossier.law.plan.grand_livre import GrandLivre, grand_livre
from dossier.law.plan.suivi import SuiviPlan, suivre
from dossier.law.procedure.etapes import LettreAProduire, Programme, programme
from dossier.law.procedure.injonction import constats_requete
from dossier.law.procedure.reclamation import Reclamation, reclamation
from dossier.law.rules import injonction_pieces, verifier_regles
from dossier.law.rules.injonction_plan import decheance_notifiee
from dossier.lettres.courrier import nom_fichier
from dossier.model import limites
from dossier.model.claim import Creance
from dossier.model.exemples import constats_exemples
from dossier.model.fichiers import constats_pieces_absentes
from dossier.model.jour import constat_jour_futur
from dossier.parcours.calendrier import calendrier
from dossier.parcours.pas import Calendrier
from dossier.tone.linter import verifier_textes_libres
from dossier.tone.sollicitations import verifier_sollicitations
from dossier.vocabulaire import Etape, document_injonction

if TYPE_CHECKING:  # the [sign] extra (pyHanko) is loaded only when a key is given
    from dossier.assemble.signature import CleSignature


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
        par_lettre = reclames(self.creance, self.programme, self.calcul_au)
        return objet_calcul(
            self.calcul_publie,
            self.constats,
            self.creance.reference,
            par_lettre,
            jour=self.calcul.jour,
            plan=self.grand_livre,
        )


def reclames(
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
        from dossier.assemble.avertissements import constats_pieces  # only once the requête is drafted

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
