"""Every figure a document prints equals calcul.json (COHER-01), read back from the written PDFs.

calcul.json is the computation behind every figure: the totals of the day, each invoice, each
interest period, and, for each letter and the requête, what it claims as of its own date
(`lettres[].montants`, its file in `lettres[].fichier`). So:

- each letter (relance, mise en demeure, their copies): the lines under its invoice table
  (principal, interest or penalties, indemnities, an agency's nil « Autres accessoires ») and its
  total, the sum it asks to pay (« régler la somme de … ») and the payment code's caption
  (« Montant : … ») equal its `montants`;
- the requête: the sum it claims (« de la somme de … »), its table, each line of its request
  (« la somme de … en principal ; … au titre des pénalités … ») equal the requête's `montants`;
  each invoice row (TTC, paid, remaining) and each invoice's interest equal calcul.json's invoices;
- the décompte: each invoice row, each interest period (base, rate, days, amount), « Total des
  lignes » (the sum of the periods), each invoice's €40 and the recapitulation equal calcul.json;
- what has no line in calcul.json — the échéancier, the plan's letters, the quittances — is
  checked within its document and against the plan by `verify/montants_plan.py`.

A figure found different gives one finding naming the document, its page, what it prints and
what calcul.json says. A figure absent where the document must print it (a period of the
décompte) is a finding too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from dossier.findings import Constat, constat
from dossier.francais import date_courte, taux
from dossier.render.readback import normaliser
from dossier.verify.lecture import JOUR_COURT, JOUR_LONG, MONTANT, Document, ecrit, jour_court, montant
from dossier.vocabulaire import document_injonction

CODE = "COHER-01"
_POSTE = re.compile(rf"(?P<libelle>[^€]+?) (?P<montant>{MONTANT}) €")
_FOIS = re.compile(rf"× ({MONTANT}) €")  # « (3 × 40,00 €) » inside a label: not a line of its own
NATURES = (
    ("total_demande", re.compile(r"\bTotal demandé$")),
    ("total", re.compile(r"\bTotal(?: restant)?(?: dû)?$")),
    ("principal", re.compile(r"Principal restant dû$")),
    ("indemnites", re.compile(r"[Ii]ndemnités forfaitaires[^€]*$")),  # an agency: « Autres accessoires : i… »
    ("clause_penale", re.compile(r"Clause pénale[^€]*$")),
    ("accessoires", re.compile(r"Autres accessoires$")),
    ("interets", re.compile(r"(?:Pénalités de retard|Intérêts)[^€]*$")),
)
LIBELLES = {
    "principal": "principal restant dû",
    "interets": "intérêts ou pénalités",
    "indemnites": "indemnités forfaitaires",
    "clause_penale": "clause pénale",
    "accessoires": "autres accessoires",
    "total": "total",
}


@dataclass(frozen=True)
class Poste:
    nature: str
    montant: Decimal
    position: int


def postes(texte: str, debut: int, fin: int) -> list[Poste]:
    """The labelled amounts of a table between `debut` and `fin` of `texte`, by nature."""
    segment = _FOIS.sub(lambda m: f"× {m.group(1)} euros", texte[debut:fin])
    trouves = []
    for m in _lignes_en_euros(segment):
        libelle = m["libelle"].strip()
        nature = next((n for n, motif in NATURES if motif.search(libelle)), None)
        if nature is not None:
            trouves.append(Poste(nature, montant(m["montant"]), debut + m.start("montant")))
    return trouves


def _lignes_en_euros(texte: str) -> Iterator[re.Match[str]]:
    """`_POSTE.finditer(texte)`'s matches, each tried once per « € »: a match ends on the first « € »
    after its start (its label holds none), so where none starts no other starts before that « € »
    either; `finditer` tried every position there, each time reading on to that « € », which made a
    page of prose without one (a bordereau, a requête) cost 20 ms a reading instead of 0.1 ms
    (tests/unit/test_postes.py compares the two)."""
    depart = 0
    while depart < len(texte):
        m = _POSTE.match(texte, depart)
        if m is not None:
            yield m
            depart = m.end()
            continue
        euro = texte.find("€", depart)
        if euro < 0:
            return
        depart = euro + 1


def verifier_montants(documents: Mapping[str, Document], calcul: Mapping[str, Any]) -> list[Constat]:
    """The letters, the requête and the décompte against calcul.json (the plan's: `montants_plan`)."""
    constats: list[Constat] = []
    for lettre in calcul.get("lettres", ()):
        document = documents.get(lettre["fichier"])
        if document is None:
            continue
        if lettre["etape"] == "injonction":
            constats += _requete(document, lettre["montants"], calcul)
        else:
            constats += _lettre(document, lettre["montants"])
    decompte = documents.get(document_injonction("decompte"))
    if decompte is not None:
        requete = next((e for e in calcul["lettres"] if e["etape"] == "injonction"), None)
        constats += _decompte(decompte, calcul, requete["montants"] if requete else None)
    return constats


def ecart(document: Document, position: int, quoi: str, imprime: Decimal | None, attendu: Decimal) -> Constat:
    dit = ecrit(imprime) if imprime is not None else "rien"
    return constat(
        CODE,
        f"{document.ou(position)} : {quoi} — le document imprime {dit}, calcul.json dit {ecrit(attendu)}",
    )


def _comparer(
    document: Document, trouves: Sequence[Poste], attendus: Mapping[str, str | None], ou: str
) -> Iterator[Constat]:
    """Each nature of line against its expected amount (None or absent: nothing, or a nil line)."""
    for nature in ("principal", "interets", "indemnites", "clause_penale", "total"):
        lignes = [p for p in trouves if p.nature == nature]
        valeur = attendus.get(nature)
        attendu = Decimal(valeur) if valeur is not None else Decimal("0.00")
        imprime = sum((p.montant for p in lignes), Decimal(0)) if lignes else None
        if (imprime or Decimal(0)) != attendu or (nature in ("principal", "total") and imprime is None):
            position = lignes[0].position if lignes else 0
            yield ecart(document, position, f"{LIBELLES[nature]} {ou}", imprime, attendu)
    for p in trouves:
        if p.nature == "accessoires" and p.montant:
            yield ecart(document, p.position, f"{LIBELLES['accessoires']} {ou}", p.montant, Decimal("0.00"))


def _lettre(document: Document, montants: Mapping[str, str | None]) -> list[Constat]:
    texte = document.texte
    principal = re.search(rf"Principal restant dû {MONTANT} €", texte)
    total = re.compile(rf"Total (?:restant )?dû ({MONTANT}) €").search(
        texte, principal.start() if principal else 0
    )
    if total is None:
        return [constat(CODE, f"{document.nom} : aucune ligne « Total dû » lue sous le tableau des factures")]
    if principal is None:  # the principal alone: « Total restant dû »
        trouves = [
            Poste("principal", montant(total[1]), total.start(1)),
            Poste("total", montant(total[1]), total.start(1)),
        ]
    else:
        trouves = postes(texte, principal.start(), total.end())
    constats = list(_comparer(document, trouves, montants, "du tableau"))
    attendu = Decimal(str(montants["total"]))
    for m in re.finditer(rf"(?:régler la somme de|Montant :) ({MONTANT}) €", texte):
        if montant(m[1]) != attendu:
            constats.append(
                ecart(document, m.start(1), f"somme demandée (« {m[0]} »)", montant(m[1]), attendu)
            )
    return constats


def _requete(
    document: Document, montants: Mapping[str, str | None], calcul: Mapping[str, Any]
) -> list[Constat]:
    texte = document.texte
    constats = []
    attendu = Decimal(str(montants["total"]))
    reclamee = re.search(rf"de la somme de ({MONTANT}) €, arrêtée au", texte)
    if reclamee is None or montant(reclamee[1]) != attendu:
        imprime = montant(reclamee[1]) if reclamee else None
        constats.append(
            ecart(document, reclamee.start(1) if reclamee else 0, "somme réclamée", imprime, attendu)
        )
    debut = texte.find("se décompose ainsi")
    fin = re.compile(rf"\bTotal ({MONTANT}) €").search(texte, max(debut, 0))
    if debut < 0 or fin is None:
        constats.append(constat(CODE, f"{document.nom} : tableau de la somme réclamée introuvable"))
    else:
        constats += _comparer(
            document, postes(texte, debut, fin.end()), montants, "du tableau de la somme réclamée"
        )
    demande = {
        "principal": rf"la somme de ({MONTANT}) € en principal",
        "interets": rf"la somme de ({MONTANT}) € au titre (?:des pénalités|des intérêts)",
        "indemnites": rf"la somme de ({MONTANT}) € au titre des indemnités",
        "clause_penale": rf"la somme de ({MONTANT}) € au titre de la clause pénale",
    }
    for nature, motif in demande.items():
        m = re.search(motif, texte)
        prevu = montants.get(nature)
        if (m is None) != (prevu is None) or (m is not None and montant(m[1]) != Decimal(str(prevu))):
            constats.append(
                ecart(
                    document,
                    m.start(1) if m else 0,
                    f"{LIBELLES[nature]} de la demande",
                    montant(m[1]) if m else None,
                    Decimal(str(prevu or "0.00")),
                )
            )
    constats += _factures(document, calcul)
    for facture in calcul["factures"]:  # the interest of each invoice, in its table
        constats += _si_imprime(
            document,
            rf"{re.escape(facture['numero'])} {JOUR_COURT} [^€]*?% ({MONTANT}) €",
            f"intérêts de la facture {facture['numero']}",
            Decimal(facture["interets"]),
        )
    return constats


def _si_imprime(document: Document, motif: str, quoi: str, attendu: Decimal) -> list[Constat]:
    """The amount `motif` captures, where the document prints it, against `attendu`."""
    m = re.search(motif, document.texte)
    if m is None or montant(m[1]) == attendu:
        return []
    return [ecart(document, m.start(1), quoi, montant(m[1]), attendu)]


def _factures(document: Document, calcul: Mapping[str, Any]) -> list[Constat]:
    """Each invoice row (date, due date, TTC, paid, remaining) printed equals calcul.json's."""
    constats = []
    for facture in calcul["factures"]:
        montants = rf"({MONTANT}) € ({MONTANT}) € ({MONTANT}) €"
        motif = rf"{re.escape(facture['numero'])} ({JOUR_COURT}) ({JOUR_COURT}) {montants}"
        for m in re.finditer(motif, document.texte):
            for rang, (cle, quoi) in enumerate(
                (("montant_ttc", "montant TTC"), ("paye", "réglé"), ("restant", "reste dû")), start=3
            ):
                if montant(m[rang]) != Decimal(facture[cle]):
                    constats.append(
                        ecart(
                            document,
                            m.start(rang),
                            f"{quoi} de la facture {facture['numero']}",
                            montant(m[rang]),
                            Decimal(facture[cle]),
                        )
                    )
            for rang, cle in ((1, "date"), (2, "echeance")):
                if jour_court(m[rang]) != date.fromisoformat(facture[cle]):
                    constats.append(
                        constat(
                            CODE,
                            f"{document.ou(m.start(rang))} : {cle} de la facture {facture['numero']} — le "
                            f"document imprime {m[rang]}, calcul.json dit "
                            f"{date_courte(date.fromisoformat(facture[cle]))}",
                        )
                    )
    return constats


def _decompte(
    document: Document, calcul: Mapping[str, Any], montants: Mapping[str, str | None] | None
) -> list[Constat]:
    texte = document.texte
    constats = _factures(document, calcul)
    for periode in calcul["periodes"]:
        du, au = date.fromisoformat(periode["du"]), date.fromisoformat(periode["au"])
        ligne = (
            f"{re.escape(periode['facture'])} {date_courte(du)} {date_courte(au)} {periode['jours']} "
            f"{re.escape(ecrit(Decimal(periode['base'])))} "
            f"{re.escape(normaliser(taux(Decimal(periode['taux']))))} "
            rf"\[\d+\] ({MONTANT}) €"
        )
        m = re.search(ligne, texte)
        attendu = Decimal(periode["montant"])
        if m is None or montant(m[1]) != attendu:
            quoi = (
                f"période {periode['facture']} du {date_courte(du)} au {date_courte(au)} "
                f"({periode['jours']} jours, base {ecrit(Decimal(periode['base']))}, taux "
                f"{normaliser(taux(Decimal(periode['taux'])))})"
            )
            constats.append(
                ecart(document, m.start(1) if m else 0, quoi, montant(m[1]) if m else None, attendu)
            )
    if calcul["periodes"]:
        somme = sum((Decimal(p["montant"]) for p in calcul["periodes"]), Decimal(0))
        m = re.search(rf"Total des lignes ({MONTANT}) €", texte)
        if m is None or montant(m[1]) != somme:
            constats.append(
                ecart(
                    document,
                    m.start(1) if m else 0,
                    "total des lignes d'intérêts",
                    montant(m[1]) if m else None,
                    somme,
                )
            )
    for facture in calcul["factures"]:
        if Decimal(facture["indemnite"]):
            echeance = date_courte(date.fromisoformat(facture["echeance"]))
            constats += _si_imprime(
                document,
                rf"{re.escape(facture['numero'])} {echeance} ({MONTANT}) €",
                f"indemnité de la facture {facture['numero']}",
                Decimal(facture["indemnite"]),
            )
    debut = re.search(rf"Récapitulatif au {JOUR_LONG}", texte)
    if debut is None or montants is None:
        return [*constats, constat(CODE, f"{document.nom} : récapitulatif introuvable")]
    clause = montants.get("clause_penale") is not None
    fin = re.compile(rf"Total {'demandé' if clause else 'dû'} ({MONTANT}) €").search(texte, debut.end())
    recapitulatif = postes(texte, debut.end(), fin.end() if fin else len(texte))
    attendus = dict(montants)
    if clause:  # « Total dû », then the clause, then « Total demandé »
        attendus["total"] = str(Decimal(str(montants["total"])) - Decimal(str(montants["clause_penale"])))
        demande = [p for p in recapitulatif if p.nature == "total_demande"]
        if [p.montant for p in demande] != [Decimal(str(montants["total"]))]:
            constats.append(
                ecart(
                    document,
                    demande[0].position if demande else debut.start(),
                    "total demandé",
                    demande[0].montant if demande else None,
                    Decimal(str(montants["total"])),
                )
            )
    constats += _comparer(document, recapitulatif, attendus, "du récapitulatif")
    return constats
