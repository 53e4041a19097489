"""The documents of a pack, drawn from the analysis (`pipeline/analyse.py`): each letter of the
series, the plan's agreement, mandate and letters, the receipts of a mandatary; and the copies of
the letters already sent, which the injonction files as pièces.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from dossier.law.calcul import Calcul, Regime
from dossier.law.parametres.lecture import Parametres, valeur_a
from dossier.law.plan.echeancier import Echeancier
from dossier.law.plan.suivi import CourrierPlan
from dossier.lettres import echeancier as actes
from dossier.lettres import suivi as courriers_plan
from dossier.lettres.courrier import lettre, nom_fichier
from dossier.lettres.quittance import nom_quittance, quittance
from dossier.pipeline.analyse import Analyse
from dossier.render.letter import Lettre
from dossier.vocabulaire import ECHEANCIER, MANDAT_SEPA

INDEMNITE = "indemnite_forfaitaire.montant"


def documents(analyse: Analyse) -> list[tuple[str, Lettre]]:
    """Each document of the pack (file name without extension, laid-out letter), in order."""
    return [(nom, document) for nom, document, _ in documents_et_roles(analyse)]


def documents_et_roles(analyse: Analyse) -> list[tuple[str, Lettre, str]]:
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
