"""Independent checks of a `check --json` / calcul.json object: its figures recomputed with Decimal.

Shared by the CLI tests and the golden tests. Each function returns the list of discrepancies
(empty when the object holds together), so a test can show all of them at once.

docs/droit.md § 4: a period runs from its first to its last day, both counted; each day takes the rate
of its half-year, on a basis of 365 days (366 in a leap year); a payment reduces the balance from
the day after it; each printed line is rounded half-up to the cent; totals are sums of lines.
"""

from __future__ import annotations

import calendar
import itertools
import re
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from dossier.law.calendrier import Semestre, semestre
from dossier.law.montants.baremes import baremes

MONTANTS = ("total_du", "principal_restant", "interets", "interets_payes", "indemnites", "clause_penale")
DEUX_DECIMALES = re.compile(r"^-?\d+\.\d{2}$")
CENTIME = Decimal("0.01")


def _d(valeur: str) -> Decimal:
    return Decimal(valeur)


def _jour(valeur: str) -> date:
    return date.fromisoformat(valeur)


def montant_periode(base: Decimal, taux: Decimal, jours: int, annee: int) -> Decimal:
    """base × taux × jours / 365 (366 in a leap year), half-up to the cent."""
    base_annuelle = 366 if calendar.isleap(annee) else 365
    return (base * taux / 100 * jours / base_annuelle).quantize(CENTIME, rounding=ROUND_HALF_UP)


def ecarts_format(objet: dict[str, Any]) -> list[str]:
    """Amounts are strings with two decimals (docs/decisions.md « check --json / calcul.json »)."""
    ecarts = []
    for nom in MONTANTS:
        if not DEUX_DECIMALES.match(str(objet[nom])):
            ecarts.append(f"{nom} = {objet[nom]!r} : deux décimales attendues")
    for facture in objet["factures"]:
        for nom in ("montant_ttc", "paye", "restant", "interets", "indemnite"):
            if not DEUX_DECIMALES.match(facture[nom]):
                ecarts.append(f"facture {facture['numero']} {nom} = {facture[nom]!r}")
    for periode in objet["periodes"]:
        for nom in ("base", "taux", "montant"):
            if not DEUX_DECIMALES.match(periode[nom]):
                ecarts.append(f"période {periode['facture']} {periode['du']} {nom} = {periode[nom]!r}")
    return ecarts


def ecarts_calcul(objet: dict[str, Any]) -> list[str]:
    """Every figure of the object recomputed from its own lines."""
    ecarts = ecarts_format(objet)
    if ecarts:
        return ecarts
    reclamees = [f for f in objet["factures"] if not f["prescrite"]]
    principal = sum((_d(f["restant"]) for f in reclamees), Decimal(0))
    # `interets` is owed interest: the invoices' printed periods less what part-payments covered
    interets = sum((_d(f["interets"]) for f in reclamees), Decimal(0)) - _d(objet["interets_payes"])
    indemnites = sum((_d(f["indemnite"]) for f in reclamees), Decimal(0))
    for nom, attendu in (
        ("principal_restant", principal),
        ("interets", interets),
        ("indemnites", indemnites),
    ):
        if _d(objet[nom]) != attendu:
            ecarts.append(f"{nom} = {objet[nom]}, somme des factures = {attendu}")
    total = _d(objet["principal_restant"]) + _d(objet["interets"]) + _d(objet["indemnites"])
    if _d(objet["total_du"]) != total:
        ecarts.append(f"total_du = {objet['total_du']} ≠ principal + intérêts + indemnités = {total}")
    for facture in objet["factures"]:
        ecarts += _ecarts_facture(objet, facture)
    return ecarts


def _ecarts_facture(objet: dict[str, Any], facture: dict[str, Any]) -> list[str]:
    numero = facture["numero"]
    ecarts = []
    # what reduces the principal (C. civ. 1343-1 may first take a part for the interest)
    imputations = [i for i in objet["imputations"] if i["facture"] == numero and i["sur"] == "principal"]
    paye = sum((_d(i["montant"]) for i in imputations), Decimal(0))
    if _d(facture["paye"]) != paye:
        ecarts.append(f"{numero} : payé {facture['paye']}, imputations {paye}")
    if _d(facture["montant_ttc"]) - _d(facture["paye"]) != _d(facture["restant"]):
        ecarts.append(f"{numero} : montant − payé ≠ restant ({facture})")
    periodes = [p for p in objet["periodes"] if p["facture"] == numero]
    somme = sum((_d(p["montant"]) for p in periodes), Decimal(0))
    if somme != _d(facture["interets"]):
        ecarts.append(f"{numero} : intérêts {facture['interets']}, somme des périodes {somme}")
    if periodes and facture["depart_interets"] != periodes[0]["du"]:
        ecarts.append(f"{numero} : départ {facture['depart_interets']}, première période {periodes[0]['du']}")
    # after a signed plan, the invoices' computation stops on its eve (the plan governs since)
    arrete = objet["plan"]["arrete_au"] if objet.get("plan") else objet["date"]
    if periodes and periodes[-1]["au"] != arrete:
        ecarts.append(f"{numero} : dernière période au {periodes[-1]['au']}, calcul au {arrete}")
    for avant, apres in itertools.pairwise(periodes):
        if _jour(apres["du"]) != _jour(avant["au"]) + timedelta(days=1):
            ecarts.append(f"{numero} : trou ou chevauchement entre {avant['au']} et {apres['du']}")
    for p in periodes:
        du, au = _jour(p["du"]), _jour(p["au"])
        if p["jours"] != (au - du).days + 1:
            ecarts.append(
                f"{numero} {p['du']}→{p['au']} : {p['jours']} jours, le calendrier en compte autrement"
            )
        if du.year != au.year or (du.month <= 6) != (au.month <= 6):
            ecarts.append(f"{numero} {p['du']}→{p['au']} : la période chevauche deux semestres")
        attendu = montant_periode(_d(p["base"]), _d(p["taux"]), p["jours"], du.year)
        if _d(p["montant"]) != attendu:
            ecarts.append(
                f"{numero} {p['du']}→{p['au']} : {p['base']} × {p['taux']} % × {p['jours']} j = {attendu}, "
                f"imprimé {p['montant']}"
            )
        # A payment reduces the balance from the day after it (when it pays the principal).
        deja = sum((_d(i["montant"]) for i in imputations if _jour(i["paiement_date"]) < du), Decimal(0))
        if _d(p["base"]) != _d(facture["montant_ttc"]) - deja:
            ecarts.append(
                f"{numero} {p['du']}→{p['au']} : base {p['base']}, montant − paiements antérieurs = "
                f"{_d(facture['montant_ttc']) - deja}"
            )
    return ecarts


# The edge of the published rates, read from the data — never written as a date in a test: adding
# the next half-year to the data must break no test (tests/unit/test_donnees_datees.py runs the
# cases marked `donnees_datees` against a copy of the data that has one more).
DERNIER_JOUR_CONNU: date = baremes().connu_jusqu_au  # at this writing: 2026-06-30
PREMIER_JOUR_INCONNU: date = DERNIER_JOUR_CONNU + timedelta(days=1)  # at this writing: 2026-07-01
SEMESTRE_INCONNU: Semestre = semestre(PREMIER_JOUR_INCONNU)  # at this writing: 2026 S2
SEMESTRE_D_APRES: Semestre = semestre(SEMESTRE_INCONNU.fin + timedelta(days=1))  # at this writing: 2027 S1
UN_MOIS_APRES: date = PREMIER_JOUR_INCONNU + timedelta(days=31)  # at this writing: 2026-08-01


def apres_les_donnees(jours: int) -> date:
    """The day `jours` days after the last known day (1: the first day the data lack)."""
    return DERNIER_JOUR_CONNU + timedelta(days=jours)


# A user parameter file supplying the half-year the package's data do not know yet
# (docs/droit.md § 7): what a user writes when the tool stops with TAUX-01.
PARAMETRES_SEMESTRE_INCONNU = f"""\
version: 1
parametres:
  taux_interet_legal.autres_cas:
    connu_jusqu_au: "{SEMESTRE_INCONNU.fin.isoformat()}"
    valeurs:
      - du: "{SEMESTRE_INCONNU.debut.isoformat()}"
        valeur: "2.50"
        reference: "Arrêté d'essai relatif à la fixation du taux de l'intérêt légal"
        source: "JORF d'essai"
"""
