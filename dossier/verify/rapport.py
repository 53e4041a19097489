"""The review report, `rapport.html` and `rapport.pdf`, written by every `build` for the lawyer who
reviews the pack (README.md, « Ce qu'il produit »): one self-contained HTML file (its style inline, no script,
no image, no link outside itself) and the same text as a PDF.

What it says, in this order, each part an anchor of the table of contents:
- `#suite`       what to do next and from which day: the answer of `dossier plan` (`pipeline.prevoir`);
- `#documents`   what was built, each file with its role and pages;
- `#chiffres`    every figure — the totals, each invoice, each interest period, what each letter and
                 the requête claim — with its rule, its article, its data source (the legal value
                 and its publication), and the documents and pages where it is printed as that
                 figure — its own line or row, read back from the files (`imprimes.py`), never
                 an equal amount elsewhere;
- `#constats`    every finding, by severity, with its explanation and what to do;
- `#chronologie` what was done, in date order, and what comes next;
- `#manifeste`   every other file's SHA-256, size and pages (the manifest, but for this report and
                 manifest.json itself, written after it).
The PDF is laid out from the same HTML without its links (a printed report has nowhere to go):
inert, like every PDF of the pack. Figures are formatted here (`francais.py`): the template only
places them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from dossier.codes import registre
from dossier.findings import Constat, Severite
from dossier.francais import compte, date_courte, date_longue, euros, taux
from dossier.law.calcul import Nature
from dossier.law.parametres.format import ValeurDatee
from dossier.parcours.pas import Calendrier
from dossier.render.environment import rendre_gabarit
from dossier.render.readback import Lectures, normaliser
from dossier.verify.imprimes import imprimes
from dossier.verify.lecture import documents
from dossier.verify.manifeste import empreinte, nombre_de_pages
from dossier.verify.pieces import est_piece

GABARIT = "rapport/rapport.html"
HTML, PDF = "rapport.html", "rapport.pdf"
LIBELLES_ROLES = {
    "lettre": "à envoyer",
    "copie": "copie d'un courrier envoyé",
    "echeancier": "échéancier",
    "mandat_sepa": "mandat SEPA",
    "quittance": "quittance",
    "requete": "requête",
    "decompte": "décompte",
    "bordereau": "bordereau",
    "historique": "historique",
    "piece": "pièce",
    "dossier_injonction": "dossier unique",
    "calcul": "calcul",
}
SEVERITES = (
    (Severite.BLOQUANT, "Bloquants"),
    (Severite.AVERTISSEMENT, "Avertissements"),
    (Severite.INFO, "Informations"),
)


@dataclass(frozen=True)
class Chiffre:
    ancre: str
    quoi: str
    montant: str  # « 6 910,38 € »
    valeur: str  # « 6910.38 », as calcul.json writes it (data-montant, for a reader or a test)
    regle: str
    article: str
    source: str
    ou: str  # « requete.pdf p. 1 ; decompte.pdf p. 2 », or « — »
    renvoi: int | None = None  # a published value's source: its number in the list under the table


class Sources:
    """The published values' sources (a rate and its decision, a decree), each written once under
    the table and numbered: a 400-character citation repeated on every interest period hid the
    figures it explains."""

    def __init__(self) -> None:
        self.numeros: dict[str, int] = {}

    def renvoi(self, source: str) -> int:
        return self.numeros.setdefault(source, len(self.numeros) + 1)

    def liste(self) -> list[tuple[int, str]]:
        return [(numero, source) for source, numero in self.numeros.items()]


def rapport(
    reference: str,
    jour: date,
    calcul: Mapping[str, Any],
    constats: Sequence[Constat],
    prevu: Calendrier,
    valeurs: Sequence[ValeurDatee],
    fichiers: Mapping[str, bytes],
    roles: Mapping[str, str],
    lectures: Lectures,
) -> tuple[bytes, bytes]:
    """(rapport.html, rapport.pdf)."""
    from dossier.render.pdf import ecrire_pdf  # WeasyPrint, loaded only by `build`

    contexte = {
        "reference": reference,
        "jour": date_longue(jour),
        "jour_iso": jour.isoformat(),
        "outil": calcul.get("outil", ""),
        "suite": _suite(prevu),
        "documents": _documents(fichiers, roles),
        "chiffres": _chiffres(calcul, valeurs, _imprimes(fichiers, lectures, calcul), sources := Sources()),
        "sources": sources.liste(),
        "avis_plan": _avis_plan(calcul),
        "conventions": list(calcul.get("choix", ())),
        "constats": _constats(constats),
        "chronologie": [(date_courte(f.date), f.quoi) for f in prevu.historique],
        "ensuite": list(prevu.ensuite),
        "manifeste": _manifeste(fichiers, roles),
    }
    html = rendre_gabarit(GABARIT, {**contexte, "liens": True})
    pour_pdf = rendre_gabarit(GABARIT, {**contexte, "liens": False})
    return html.encode("utf-8"), ecrire_pdf(pour_pdf, GABARIT, "Rapport de relecture", jour)


def _suite(prevu: Calendrier) -> dict[str, Any]:
    quand = ""
    if prevu.des_le is not None:
        quand = f"à partir du {date_longue(prevu.des_le)}"
        quand += (
            " — possible dès aujourd'hui"
            if prevu.possible_aujourd_hui
            else f" ({compte((prevu.des_le - prevu.jour).days, 'jour')} à attendre)"
        )
    return {"nom": prevu.nom, "quand": quand, "raisons": list(prevu.raisons)}


def _documents(fichiers: Mapping[str, bytes], roles: Mapping[str, str]) -> list[tuple[str, str, str]]:
    return [
        (
            nom,
            LIBELLES_ROLES.get(roles.get(nom, ""), roles.get(nom, "")),
            str(nombre_de_pages(nom, octets) or ""),
        )
        for nom, octets in sorted(fichiers.items())
        if not est_piece(nom)
    ]


def _imprimes(
    fichiers: Mapping[str, bytes], lectures: Lectures, calcul: Mapping[str, Any]
) -> dict[str, list[str]]:
    """Each figure's row → where it is printed as that figure (verify/imprimes.py): our PDFs, not the
    pièces nor the bundle that repeats them."""
    noms = sorted(
        n for n in fichiers if n.endswith(".pdf") and not est_piece(n) and "dossier-injonction" not in n
    )
    return imprimes(calcul, documents(lectures, fichiers, noms))


def _chiffre(
    ancre: str,
    quoi: str,
    valeur: str,
    regle: str,
    article: str,
    source: str,
    ou: Mapping[str, list[str]],
    renvoi: int | None = None,
) -> Chiffre:
    imprime = " ; ".join(ou.get(ancre, [])) or "—"
    return Chiffre(ancre, quoi, _euros(valeur), valeur, regle, article, source, imprime, renvoi)


def _euros(texte: str) -> str:
    return normaliser(euros(Decimal(texte)))


def _chiffres(
    calcul: Mapping[str, Any], valeurs: Sequence[ValeurDatee], ou: Mapping[str, list[str]], sources: Sources
) -> list[Chiffre]:
    indemnite = next((v for v in valeurs if v.id == "indemnite_forfaitaire.montant"), None)
    plan = _plan_en_cours(calcul)
    # While a signed plan runs, the plan governs (docs/decisions.md): what is owed is its balance;
    # the invoices' figures are the sum it acknowledged, stopped the day before the agreement.
    arrete = f" au {date_courte(date.fromisoformat(plan['arrete_au']))}" if plan else ""
    chiffres = _chiffres_plan(plan, ou) if plan else []
    totaux = (
        (
            "total-du",
            f"Somme reconnue par l'échéancier, arrêtée{arrete}" if plan else "Total dû",
            "total_du",
            "somme des lignes imprimées (principal, intérêts, indemnités)",
            "C. civ. 1343, 1376 ; CPC 1407" if plan else "C. civ. 1343 ; CPC 1407",
            "calcul.json",
        ),
        (
            "principal",
            f"Principal restant dû{arrete}",
            "principal_restant",
            "montant TTC des factures réclamées moins les paiements imputés (conventions ci-dessous)",
            "C. civ. 1342-10, 1343-1",
            "claim.yaml (factures, paiements)",
        ),
        (
            "interets",
            f"Intérêts ou pénalités{arrete}",
            "interets",
            "somme des périodes ci-dessous, moins ce que les paiements ont couvert",
            "C. civ. 1231-6 ; C. com. L441-10",
            "périodes ci-dessous",
        ),
        (
            "indemnites",
            f"Indemnités forfaitaires{arrete}",
            "indemnites",
            "une par facture professionnelle échue",
            "C. com. L441-10, D441-5",
            indemnite.citation if indemnite else "—",
        ),
    )
    chiffres += [_chiffre(a, q, calcul[cle], r, t, s, ou) for a, q, cle, r, t, s in totaux]
    if indemnite is not None:
        chiffres[-1] = replace(chiffres[-1], renvoi=sources.renvoi(indemnite.citation))
    if Decimal(calcul["clause_penale"]):
        regle = "stipulée au contrat, modérable par le juge"
        chiffres.append(
            _chiffre(
                "clause-penale",
                "Clause pénale",
                calcul["clause_penale"],
                regle,
                "C. civ. 1231-5",
                "claim.yaml",
                ou,
            )
        )
    for rang, f in enumerate(calcul["factures"]):
        regle = f"montant TTC {_euros(f['montant_ttc'])} moins les paiements imputés ({_euros(f['paye'])})"
        prescription = date_longue(date.fromisoformat(f["prescription_le"]))
        source = f"claim.yaml ; prescription le {prescription} ({f['prescription_article']})"
        chiffres.append(
            _chiffre(
                f"facture-{rang}",
                f"Facture {f['numero']} : reste dû{arrete}",
                f["restant"],
                regle,
                "C. civ. 1342-10",
                source,
                ou,
            )
        )
    for rang, p in enumerate(calcul["periodes"]):
        regle = (
            f"{_euros(p['base'])} × {taux(Decimal(p['taux']))} × {p['jours']} jours / 365 ou 366 "
            f"({Nature(p['nature']).libelle})"
        )
        source = p["source"] + (", valeur fournie par l'utilisateur" if p["fourni_par_utilisateur"] else "")
        du, au = (date_courte(date.fromisoformat(p[cle])) for cle in ("du", "au"))
        quoi = f"{p['facture']} du {du} au {au}"
        renvoi = sources.renvoi(source)
        chiffres.append(
            _chiffre(f"periode-{rang}", quoi, p["montant"], regle, p["article"], source, ou, renvoi)
        )
    for lettre in calcul.get("lettres", ()):
        ancre = "lettre-" + lettre["fichier"].replace("/", "-").removesuffix(".pdf")
        quoi = f"{lettre['fichier']} ({date_courte(date.fromisoformat(lettre['date']))}) : total réclamé"
        regle = "ce que la lettre peut réclamer à sa date, à ce débiteur (principal, puis accessoires)"
        chiffres.append(
            _chiffre(
                ancre,
                quoi,
                lettre["montants"]["total"],
                regle,
                "C. com. L441-10 ; CPCE L111-8 ; CPC 1407",
                "calcul.json (lettres)",
                ou,
            )
        )
    return chiffres


def _plan_en_cours(calcul: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """calcul.json's plan ledger while the signed plan runs (no déchéance du terme): then calcul.json's
    totals are the sum the plan acknowledged. After a déchéance they are the balance that became due
    and its interest (law/plan/decheance.py): what is owed, « Total dû » again."""
    plan: Mapping[str, Any] | None = calcul.get("plan")
    return plan if plan is not None and plan["decheance_du_terme"] is None else None


def _avis_plan(calcul: Mapping[str, Any]) -> str:
    plan = _plan_en_cours(calcul)
    if plan is None:
        return ""
    accord, arrete = (date_longue(date.fromisoformat(plan[cle])) for cle in ("date_accord", "arrete_au"))
    return (
        f"Un échéancier a été signé le {accord} : depuis, le plan gouverne et ce qui est dû est son "
        f"solde. Les montants des factures ci-dessous sont ceux de la somme qu'il a reconnue, arrêtés "
        f"au {arrete}, veille de l'accord (reconnaissance de dette, C. civ. 1376)."
    )


def _chiffres_plan(plan: Mapping[str, Any], ou: Mapping[str, list[str]]) -> list[Chiffre]:
    """What is owed under the plan: its balance, and how much of it is due and unpaid."""
    accord = date_courte(date.fromisoformat(plan["date_accord"]))
    chiffres = [
        _chiffre(
            "solde-plan",
            "Solde de l'échéancier : ce qui reste dû",
            plan["solde"],
            f"versements du plan signé le {accord} ({_euros(plan['total_a_payer'])}) moins les "
            f"paiements reçus depuis ({_euros(plan['total_paye'])})",
            "C. civ. 1376, 2240",
            "calcul.json (plan) ; claim.yaml (plan, paiements)",
            ou,
        )
    ]
    if Decimal(plan["retard"]):
        chiffres.append(
            _chiffre(
                "retard-plan",
                "dont échu et impayé",
                plan["retard"],
                "versements échus moins les paiements reçus depuis l'accord",
                "C. civ. 1376",
                "calcul.json (plan)",
                ou,
            )
        )
    return chiffres


def _constats(constats: Sequence[Constat]) -> list[dict[str, Any]]:
    entrees = registre()
    groupes = []
    for severite, titre in SEVERITES:
        liste = [
            {
                "code": c.code,
                "titre": entrees[c.code].titre if c.code in entrees else c.code,
                "message": c.message,
                "ou": " — ".join(str(x) for x in (c.ou, c.document) if x),
                "explication": entrees[c.code].explication if c.code in entrees else "",
                "que_faire": c.que_faire,
                "article": c.article,
            }
            for c in constats
            if c.severite is severite
        ]
        groupes.append({"ancre": severite.value, "titre": titre, "constats": liste})
    return groupes


def _manifeste(
    fichiers: Mapping[str, bytes], roles: Mapping[str, str]
) -> list[tuple[str, str, str, str, str]]:
    return [
        (
            nom,
            roles.get(nom, ""),
            str(len(octets)),
            empreinte(octets),
            str(nombre_de_pages(nom, octets) or "—"),
        )
        for nom, octets in sorted(fichiers.items())
    ]
