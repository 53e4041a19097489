"""Prescription, facture par facture : durée, point de départ, interruptions, dernier jour pour agir.

Texte
    C. com., art. L110-4, I : « Les obligations nées à l'occasion de leur commerce entre
    commerçants ou entre commerçants et non-commerçants se prescrivent par cinq ans si elles ne
    sont pas soumises à des prescriptions spéciales plus courtes. »
    C. civ., art. 2224 : « Les actions personnelles ou mobilières se prescrivent par cinq ans à
    compter du jour où le titulaire d'un droit a connu ou aurait dû connaître les faits lui
    permettant de l'exercer. »
    C. conso., art. L218-2 : « L'action des professionnels, pour les biens ou les services qu'ils
    fournissent aux consommateurs, se prescrit par deux ans. »
    Loi n° 89-462 du 6 juillet 1989, art. 7-1 : « Toutes actions dérivant d'un contrat de bail
    sont prescrites par trois ans […] ».
    C. civ., art. 2228 : « La prescription se compte par jours, et non par heures. » — art. 2229 :
    « Elle est acquise lorsque le dernier jour du terme est accompli. » — art. 2240 : « La
    reconnaissance par le débiteur du droit de celui contre lequel il prescrivait interrompt le
    délai de prescription. » — art. 2231 : « L'interruption efface le délai de prescription
    acquis. Elle fait courir un nouveau délai de même durée que l'ancien. »
    Durées : paramètres `prescription.*` (lues au jour du point de départ).

Lecture retenue (docs/droit.md § 3)
    - Durée, la première règle qui s'applique : bail d'habitation (`contrat.type:
      bail_habitation`) 3 ans ; créancier professionnel et débiteur consommateur 2 ans ; un
      commerçant parmi les parties 5 ans (L110-4) ; sinon 5 ans (C. civ. 2224).
    - Point de départ : `factures[].execution` (prestation achevée, livraison) s'il est donné,
      sinon la date de la facture — jamais l'échéance, plus tardive : l'outil se trompe plutôt
      vers « prescrite » que vers une dette morte réclamée.
    - Le jour du départ ne compte pas ; le délai expire le jour de même quantième, N années plus
      tard (le 28 février pour un départ un 29 février) : c'est `prescription_le`, le dernier jour
      pour agir. La facture est prescrite quand le jour du calcul est postérieur.
    - Interruptions (un délai entier recommence le jour même) : un paiement imputé sur la facture,
      et une reconnaissance écrite (`echanges[].reconnaissance: true`), qui vaut pour toutes les
      factures. Une mise en demeure n'interrompt jamais. Un acte postérieur à la prescription
      acquise ne l'interrompt pas (la renonciation tacite, C. civ. 2250-2251, n'est pas
      modélisée [U]). Les actions en justice (2241) ne sont pas dans le dossier : non modélisées.
    - Constats : toutes les factures restant dues sont prescrites, aucun document n'est produit
      (PRESC-01, bloquant) ; une partie seulement, elles sortent des documents et des totaux
      (PRESC-02) ; le dernier jour pour agir est à moins de `prescription.seuil_alerte` jours
      (PRESC-03) ; un paiement imputé sans indication du débiteur sur une facture déjà prescrite
      (PRESC-04 : ce paiement n'interrompt pas une prescription acquise).

Exemples
    >>> from dossier.law.exemples import exemple, facture
    >>> from dossier.law.parametres.lecture import parametres_officiels
    >>> creance = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")])
    >>> p = prescrire(creance, creance.factures[0], (), date(2026, 2, 28), parametres_officiels())
    >>> p.depart, p.prescription_le, p.prescrite, p.article
    (datetime.date(2025, 9, 1), datetime.date(2027, 9, 1), False, 'C. conso. L218-2')
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calcul import Imputation
from dossier.law.calendrier import ajouter_annees
from dossier.law.parametres.lecture import Parametres, ValeurDatee
from dossier.model.claim import Creance, Facture

CODES = ("PRESC-01", "PRESC-02", "PRESC-03", "PRESC-04")


@dataclass(frozen=True)
class Interruption:
    jour: date
    motif: str
    interruptive: bool  # un nouveau délai court depuis ce jour
    apres_prescription: bool  # survenue quand la prescription était déjà acquise : sans effet
    imputation_par_defaut: bool = False  # paiement imputé selon l'ordre légal, sans désignation


@dataclass(frozen=True)
class Prescription:
    facture: str
    depart: date
    duree: ValeurDatee  # en années
    article: str
    interruptions: tuple[Interruption, ...]
    prescription_le: date  # dernier jour pour agir
    prescrite: bool


def regle_prescription(creance: Creance) -> str:
    """L'identifiant du paramètre de durée applicable à la créance."""
    # loi n° 89-462, art. 7-1 : « Toutes actions dérivant d'un contrat de bail »
    if creance.contrat is not None and creance.contrat.type == "bail_habitation":
        return "prescription.bail_habitation"
    # L218-2 : « L'action des professionnels, pour les biens ou les services […] aux consommateurs »
    if creance.creancier.professionnel and creance.debiteur.est_consommateur:
        return "prescription.consommation"
    # L110-4 : « entre commerçants ou entre commerçants et non-commerçants »
    if creance.creancier.commercant or creance.debiteur.commercant:
        return "prescription.commerciale"
    # 2224 : le droit commun des actions personnelles
    return "prescription.droit_commun"


def prescrire(
    creance: Creance, facture: Facture, imputations: Sequence[Imputation], jour: date, parametres: Parametres
) -> Prescription:
    """La prescription de `facture` au `jour`, compte tenu des paiements qui lui sont imputés."""
    depart = facture.execution or facture.date
    duree = parametres.valeur_a(regle_prescription(creance), depart)
    annees = int(duree.valeur)
    fin = ajouter_annees(depart, annees)
    interruptions = []
    for evenement, motif, par_defaut in _evenements(creance, facture, imputations, jour):
        # « L'interruption efface le délai de prescription acquis » : pas une prescription accomplie
        apres = evenement > fin
        interruptive = depart <= evenement and not apres  # un acte antérieur au départ ne raccourcit rien
        if interruptive:
            # « Elle fait courir un nouveau délai de même durée que l'ancien » (2231)
            fin = ajouter_annees(evenement, annees)
        interruptions.append(Interruption(evenement, motif, interruptive, apres, par_defaut))
    return Prescription(facture.numero, depart, duree, duree.article, tuple(interruptions), fin, jour > fin)


def _evenements(
    creance: Creance, facture: Facture, imputations: Sequence[Imputation], jour: date
) -> list[tuple[date, str, bool]]:
    evenements = []
    for imputation in imputations:
        # un paiement partiel vaut reconnaissance de la dette qu'il éteint en partie (2240)
        if imputation.facture == facture.numero and imputation.paiement_date <= jour:
            evenements.append(
                (
                    imputation.paiement_date,
                    f"paiement du {date_longue(imputation.paiement_date)}",
                    not imputation.par_le_debiteur,
                )
            )
    for echange in creance.echanges:
        # « La reconnaissance par le débiteur du droit de celui contre lequel il prescrivait »
        if echange.reconnaissance and echange.date <= jour:
            evenements.append((echange.date, f"reconnaissance écrite du {date_longue(echange.date)}", False))
    return sorted(evenements, key=lambda e: e[0])


def constats_prescription(
    creance: Creance,
    prescriptions: Sequence[Prescription],
    restants: Mapping[str, Decimal],
    jour: date,
    parametres: Parametres,
) -> list[Constat]:
    """PRESC-01 (tout prescrit), PRESC-02 (une partie), PRESC-03 (bientôt), PRESC-04 (imputation tardive)."""
    rang = {f.numero: i for i, f in enumerate(creance.factures)}
    dues = [p for p in prescriptions if restants[p.facture] > 0]
    prescrites = [p for p in dues if p.prescrite]
    constats: list[Constat] = []
    if prescrites and len(prescrites) == len(dues):
        noms = ", ".join(
            f"{p.facture} (dernier jour pour agir : {date_longue(p.prescription_le)})" for p in prescrites
        )
        constats.append(
            constat(
                "PRESC-01",
                f"toutes les factures restant dues sont prescrites : {noms} ; rien ne peut être réclamé",
                ou=creance.position("factures"),
            )
        )
    elif prescrites:
        for p in prescrites:
            constats.append(
                constat(
                    "PRESC-02",
                    f"la facture {p.facture} est prescrite depuis le lendemain du "
                    f"{date_longue(p.prescription_le)} ({p.article}) : elle sort des documents et des totaux",
                    ou=creance.position("factures", rang[p.facture]),
                )
            )
    seuil = int(parametres.valeur_a("prescription.seuil_alerte", jour).valeur)
    for p in dues:
        restant = (p.prescription_le - jour).days
        if not p.prescrite and restant < seuil:
            constats.append(
                constat(
                    "PRESC-03",
                    f"la facture {p.facture} sera prescrite après le {date_longue(p.prescription_le)} "
                    f"({restant} jours restants, {p.article})",
                    ou=creance.position("factures", rang[p.facture]),
                )
            )
    for p in prescriptions:
        for i in p.interruptions:
            if i.imputation_par_defaut and i.apres_prescription:
                constats.append(
                    constat(
                        "PRESC-04",
                        f"le {i.motif}, sans indication du débiteur, a été imputé sur la facture "
                        f"{p.facture}, déjà prescrite à cette date",
                        ou=creance.position("paiements"),
                    )
                )
    return constats
