"""The values the court documents' templates format: worded and computed here, never in Jinja.

Every amount comes from the Computation (`calcul`) through `law.procedure.reclamation` — the requête and the
décompte claim the invoices due on the « as of » day, still owed and not prescribed, and each of
their totals is a sum of printed lines (`law.money.somme`). Each pièce is cited by its bordereau
number (`pieces.Renvois`). The parties' identity and the words that agree with them: `parties.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from dossier.errors import BlockingFindings
from dossier.francais import avec_article, date_longue, taux
from dossier.injonction.parties import (
    identite_creancier,
    identite_debiteur,
    partie_debitrice,
    requerant,
)
from dossier.injonction.pieces import PieceLue, Renvois
from dossier.law.calcul import Calcul, Nature, Regime
from dossier.law.calendrier import lendemain
from dossier.law.money import somme
from dossier.law.montants import conventions
from dossier.law.montants.clause_penale import clause_du_document
from dossier.law.procedure import juridiction
from dossier.law.procedure.etapes import LettreAProduire
from dossier.law.procedure.reclamation import Reclamation, reclamation
from dossier.law.rules.injonction_mise_en_demeure import derniere_mise_en_demeure, fin_du_delai
from dossier.lettres import interets
from dossier.lettres.courrier import nom_creancier, nom_debiteur
from dossier.model.claim import Creance
from dossier.vocabulaire import CANAUX, COURRIERS, ENVOIS, Etape

NATURES_CONTRAT = {
    "prestation": "contrat de prestation de services",
    "vente": "contrat de vente",
    "bail_habitation": "bail d'habitation",
    "bail_commercial": "bail commercial",
    "scolarite": "contrat de scolarisation",
    "autre": "contrat",
}
NOMS_INTERETS = {  # « au titre … arrêté(e)s au … »
    Nature.PENALITES: "des pénalités de retard arrêtées",
    Nature.INTERET_LEGAL: "des intérêts au taux légal arrêtés",
    Nature.TAUX_CONTRACTUEL: "des intérêts au taux prévu au contrat arrêtés",
}
APRES_ARRETE = {
    Nature.PENALITES: "les pénalités de retard de l'article L441-10 du code de commerce",
    Nature.INTERET_LEGAL: "les intérêts au taux légal",
    Nature.TAUX_CONTRACTUEL: "les intérêts au taux prévu au contrat",
}
# L441-10, II: « le taux appliqué par la Banque centrale européenne à son opération de
# refinancement la plus récente majoré de 10 points de pourcentage », unless the contract says more.
TAUX_BCE = "au taux de refinancement de la BCE majoré de 10 points"
TAUX_MINIMUM = (
    "au taux minimum de trois fois le taux de l'intérêt légal, le taux prévu au contrat lui étant inférieur"
)
TAUX_LEGAL = "en vigueur (article L313-2 du code monétaire et financier)"
MOYENS = {
    "virement": "virement",
    "cheque": "chèque",
    "prelevement": "prélèvement",
    "especes": "espèces",
    "carte": "carte bancaire",
}


@dataclass(frozen=True)
class LigneInterets:
    facture: str
    depuis: date
    taux: tuple[Decimal, ...]  # distinct rates, in the order they applied
    montant: Decimal


@dataclass(frozen=True)
class Evenement:
    date: date
    demarche: str
    detail: str
    piece: int | None
    montant: Decimal | None = None


def juridiction_saisie(creance: Creance, proposition: juridiction.Proposition) -> str:
    """The confirmed court's name; without it no court document is written (JUR-02, CPC 1407)."""
    nom = juridiction.nom_retenu(creance)
    if nom is None:
        raise BlockingFindings([c for c in juridiction.verifier(creance, proposition) if c.code == "JUR-02"])
    return nom


def destinataire(creance: Creance, proposition: juridiction.Proposition) -> str:
    """« Madame, Monsieur le Président du tribunal de commerce d'Annecy » (CPC 1406: its judge);
    « Madame, Monsieur le juge des contentieux de la protection du tribunal judiciaire de Lyon »."""
    nom = juridiction_saisie(creance, proposition).removesuffix(" (juge des contentieux de la protection)")
    minuscule = f"{nom[0].lower()}{nom[1:]}"
    if juridiction.type_du_nom(nom) == juridiction.PROTECTION and minuscule.startswith("juge"):
        return f"Madame, Monsieur le {minuscule}"  # « Juge des contentieux de la protection du … »
    tribunal = f"du {minuscule}" if minuscule.startswith("tribunal") else f"de {nom}"
    if juridiction.PROTECTION in (proposition.type, juridiction.type_du_nom(nom)):
        return f"Madame, Monsieur le juge des contentieux de la protection {tribunal}"
    return f"Madame, Monsieur le {proposition.juge} {tribunal}"


def apres_arrete(creance: Creance, calcul: Calcul, dues: Reclamation) -> str:
    """What keeps running after the arrêté, with its rate: « les pénalités … au taux de refinancement
    de la Banque centrale européenne majoré de 10 points » (CPC 1407: the request is exact)."""
    nature = dues.nature_interets
    base = APRES_ARRETE[nature]
    if nature is Nature.INTERET_LEGAL:
        return f"{base} {TAUX_LEGAL}"
    contractuel = creance.contrat.taux_penalites if creance.contrat else None
    if contractuel is None:
        return f"{base} {TAUX_BCE}" if nature is Nature.PENALITES else base
    numeros = {f.numero for f in dues.factures}
    applique = [p.taux for p in calcul.periodes if p.facture in numeros]
    if nature is Nature.PENALITES and applique and any(t != contractuel for t in applique):
        return f"{base} {TAUX_MINIMUM}"  # the calculation applied L441-10's floor, not the contract
    if nature is Nature.TAUX_CONTRACTUEL:
        return f"les intérêts au taux annuel de {taux(contractuel)} prévu au contrat"
    return f"{base} au taux annuel de {taux(contractuel)} prévu au contrat"


def _lignes_interets(calcul: Calcul, dues: Reclamation) -> list[LigneInterets]:
    lignes = []
    for facture in dues.factures:
        periodes = sorted((p for p in calcul.periodes if p.facture == facture.numero), key=lambda p: p.du)
        if not periodes:
            continue
        taux = tuple(dict.fromkeys(p.taux for p in periodes))
        lignes.append(LigneInterets(facture.numero, periodes[0].du, taux, facture.interets_dus))
    return lignes


def _mise_en_demeure(creance: Creance, jour: date, renvois: Renvois) -> dict[str, Any] | None:
    rang = derniere_mise_en_demeure(creance, jour)
    if rang is None:
        return None
    courrier = creance.courriers[rang]
    fin, recue = fin_du_delai(courrier, creance.options.delai_mise_en_demeure_jours)
    return {
        "date": courrier.date,
        "numero_lrar": courrier.numero_lrar,
        "reception": courrier.accuse_reception.date if courrier.accuse_reception else None,
        "delai": courrier.delai_jours or creance.options.delai_mise_en_demeure_jours,
        "fin": fin,
        "recue": recue,
        "piece": renvois.courrier(rang),
        "piece_ar": renvois.accuse_reception(rang),
    }


def _echeancier(calcul: Calcul, renvois: Renvois) -> dict[str, Any] | None:
    """After a déchéance du terme: the plan, the reminder and the notice, each with its pièce."""
    solde = calcul.solde_echeancier
    if solde is None:
        return None
    return {
        "solde": solde,
        "piece": renvois.numero("plan.piece"),
        "piece_rappel": renvois.courrier(solde.rappel) if solde.rappel is not None else None,
        "piece_notification": renvois.courrier(solde.notification),
        "piece_ar": renvois.accuse_reception(solde.notification),
    }


def contexte_commun(
    creance: Creance, calcul: Calcul, requete: LettreAProduire, pieces: tuple[PieceLue, ...]
) -> dict[str, Any]:
    """The values every court document formats."""
    renvois = Renvois(pieces)
    dues = reclamation(creance, calcul, Etape.INJONCTION, requete.factures)
    proposition = juridiction.proposer(creance, calcul.jour)
    contrat = creance.contrat
    rang_factures = {f.numero: i for i, f in enumerate(creance.factures)}
    indemnites = [f for f in dues.factures if f.indemnite > 0]
    # a percentage clause on the principal this requête claims (C. civ. 1231-5)
    clause = clause_du_document(creance, dues.principal) or None
    echeancier = calcul.solde_echeancier  # after a déchéance du terme, the plan's balance is claimed
    return {
        "reference": creance.reference,
        "jour": calcul.jour,
        "lendemain": lendemain(calcul.jour),
        "lieu": creance.options.lieu or creance.creancier.adresse.ville,
        "creancier": nom_creancier(creance.creancier),
        "debiteur": nom_debiteur(creance),
        # the same names inside a sentence, with the article an organisation takes there
        "creancier_texte": avec_article(nom_creancier(creance.creancier), creance.creancier.article),
        "debiteur_texte": avec_article(nom_debiteur(creance), creance.debiteur.article),
        "creancier_identite": identite_creancier(creance, renvois),
        "requerant": requerant(creance),
        "partie_debitrice": partie_debitrice(creance),
        "debiteur_identite": identite_debiteur(creance),
        "professionnel": calcul.regime is Regime.PROFESSIONNEL,
        "juridiction": juridiction_saisie(creance, proposition),
        "destinataire": destinataire(creance, proposition),
        "dues": dues,
        "total": dues.total,
        "libelle_interets": interets.libelle(dues),
        "explication_interets": interets.explication(creance, calcul, dues),
        "nom_interets": NOMS_INTERETS[dues.nature_interets],
        "apres_arrete": apres_arrete(creance, calcul, dues),
        "lignes_interets": _lignes_interets(calcul, dues),
        "indemnites": indemnites,
        "indemnite_unitaire": indemnites[0].indemnite if indemnites else None,
        "clause_penale": clause,
        # CPC 1407: one exact sum asked for. calcul.json's total_du leaves the clause pénale apart
        # (the judge may moderate it, C. civ. 1231-5); the requête asks for both: total_du + clause_penale.
        "total_demande": somme((dues.total, clause)) if clause else dues.total,
        "contrat": {
            "nature": NATURES_CONTRAT[contrat.type],
            "objet": contrat.objet,
            "date": contrat.date,
            "piece": renvois.numero("contrat.piece"),
        }
        if contrat is not None
        else None,
        "factures": [
            {
                "solde": f,
                "piece": renvois.numero("plan.piece")
                if echeancier is not None and f.numero == echeancier.libelle
                else renvois.numero(f"factures[{rang_factures[f.numero]}].piece"),
            }
            for f in dues.factures
        ],
        "echeancier": _echeancier(calcul, renvois),
        # invoices paid late, claimed for their penalties and indemnity only (options.retards_payes)
        "reglees_en_retard": [f.numero for f in dues.factures if f.restant == 0],
        "mise_en_demeure": _mise_en_demeure(creance, calcul.jour, renvois),
        "pieces": pieces,
        "signataire": creance.creancier.signataire,
    }


def contexte_decompte(creance: Creance, calcul: Calcul, commun: dict[str, Any]) -> dict[str, Any]:
    """The décompte: each invoice, payment and imputation, interest line and its source, the €40."""
    dues: Reclamation = commun["dues"]
    numeros = {f.numero for f in dues.factures}
    periodes = [p for p in calcul.periodes if p.facture in numeros]
    sources: dict[str, int] = {}
    for p in periodes:
        sources.setdefault(p.source, len(sources) + 1)
    ecartees = [f for f in calcul.factures if f.numero not in numeros]
    return {
        **commun,
        "periodes": [{"ligne": p, "source": sources[p.source]} for p in periodes],
        "sources": [{"numero": n, "texte": texte} for texte, n in sources.items()],
        "total_periodes": somme(p.montant for p in periodes),
        "capitalisations": [c for c in calcul.capitalisations if c.facture in numeros],
        "interets_payes": somme(f.interets_payes for f in dues.factures),
        "imputations": [
            {"imputation": i, "moyen": MOYENS[creance.paiements[i.paiement_rang].moyen]}
            if i.paiement_rang >= 0
            else {"imputation": i, "moyen": ""}
            for i in calcul.imputations
            if i.paiement_date <= calcul.jour
        ],
        "prescrites": [f.numero for f in ecartees if f.prescrite],
        "non_echues": [f for f in ecartees if not f.prescrite and f.restant > 0],
        "choix": conventions.pour_le_tribunal(calcul.choix),
    }


def evenements(creance: Creance, jour: date, renvois: Renvois) -> list[Evenement]:
    """The amicable history up to `jour`, oldest first: exchanges, letters and receipts, payments, plan."""
    liste: list[tuple[date, int, Evenement]] = []
    for i, echange in enumerate(creance.echanges):
        if echange.date <= jour:
            detail = echange.resume or ("reconnaissance écrite de la dette" if echange.reconnaissance else "")
            evenement = Evenement(
                echange.date, CANAUX[echange.canal].titre, detail, renvois.numero(f"echanges[{i}].piece")
            )
            liste.append((echange.date, len(liste), evenement))
    for i, courrier in enumerate(creance.courriers):
        if courrier.date > jour:
            continue
        details = [ENVOIS[courrier.envoi].mode]
        if courrier.numero_lrar:
            details.append(f"n° {courrier.numero_lrar}")
        if courrier.type == "mise_en_demeure":
            delai = courrier.delai_jours or creance.options.delai_mise_en_demeure_jours
            details.append(f"délai de paiement de {delai} jours")
        evenement = Evenement(
            courrier.date, COURRIERS[courrier.type].titre, ", ".join(details), renvois.courrier(i)
        )
        liste.append((courrier.date, len(liste), evenement))
        recu = courrier.accuse_reception
        if recu is not None and recu.date <= jour:
            quoi = COURRIERS[courrier.type].titre.lower()
            evenement = Evenement(
                recu.date,
                "Accusé de réception",
                f"{quoi} du {date_longue(courrier.date)} "
                f"{'reçu' if COURRIERS[courrier.type].masculin else 'reçue'} par "
                f"{partie_debitrice(creance)['le_']}",
                renvois.accuse_reception(i),
            )
            liste.append((recu.date, len(liste), evenement))
    for paiement in creance.paiements:
        if paiement.date <= jour:
            vise = f", facture {paiement.facture}" if paiement.facture else ""
            detail = f"par {MOYENS[paiement.moyen]}{vise}"
            evenement = Evenement(paiement.date, "Paiement partiel reçu", detail, None, paiement.montant)
            liste.append((paiement.date, len(liste), evenement))
    plan = creance.plan
    if plan is not None and plan.premiere_echeance <= jour:
        evenement = Evenement(plan.premiere_echeance, "Échéancier", "première échéance du plan convenu", None)
        liste.append((plan.premiere_echeance, len(liste), evenement))
    return [e for _, _, e in sorted(liste, key=lambda t: (t[0], t[1]))]
