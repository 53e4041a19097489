"""`dossier stats`' outputs: the JSON object, the CSV rows, and the HTML page — one self-contained
file (style inline, charts as inline SVG, no script, nothing fetched) that opens offline.
Figures are formatted here (`francais.py`); the template only places them."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from dossier import __version__
from dossier.francais import date_longue, euros, taux
from dossier.portefeuille.indicateurs import ETAPES, FENETRE_JOURS, Groupe, Indicateurs
from dossier.render.environment import rendre_gabarit

GABARIT = "portefeuille/stats.html"
LIBELLES_ETAPES = {
    "aucune": "aucune relance",
    "relance_1": "relance 1",
    "relance_2": "relance 2",
    "mise_en_demeure": "mise en demeure",
    "echeancier": "échéancier signé",
    "decheance_du_terme": "déchéance du terme",
}
LIBELLES_CONTACTS = {
    "lettre": "lettre",
    "email": "courriel",
    "appel": "appel",
    "rencontre": "rencontre",
    "sms": "SMS",
}
_LARGEUR_BARRE = 320  # pixels for 100 % (or the largest amount) in the charts
_HAUTEUR = 26


def objet(m: Indicateurs) -> dict[str, Any]:
    """The JSON object of `dossier stats --json` (amounts and rates as decimal text)."""
    return {
        "outil": f"dossier {__version__}",
        "jour": m.jour.isoformat(),
        "creances": m.total.nombre,
        "illisibles": m.illisibles,
        "recouvrement": _groupe(m.total),
        "par_etape": [{"etape": e, **_groupe(m.par_etape[e])} for e in ETAPES],
        "delais_paiement": {
            "paiements": len(m.delais),
            "moyenne_jours": _texte(m.delai_moyen),
            "mediane_jours": _texte(m.delai_median),
        },
        "plans": {
            "tenus": m.plans["tenu"],
            "rompus": m.plans["rompu"],
            "en_cours": m.plans["en_cours"],
            "taux_tenus": _texte(m.taux_plans_tenus),
        },
        "encours_par_anciennete": [
            {
                "tranche": "pas encore échu",
                "factures": m.pas_encore_echu.nombre,
                "montant": str(m.pas_encore_echu.restant),
            },
            *({"tranche": t, "factures": g.nombre, "montant": str(g.restant)} for t, g in m.tranches.items()),
        ],
        "contacts": {
            "fenetre_jours": FENETRE_JOURS,
            "par_canal": [
                {
                    "canal": canal,
                    "contacts": c.nombre,
                    "suivis_d_un_paiement": c.suivis,
                    "taux": _texte(c.taux),
                    "montant_paye": str(c.paye),
                }
                for canal, c in m.contacts.items()
            ],
        },
        "cout_par_dossier": None,
        "cout_par_dossier_note": m.cout,
        "lot": dict(sorted(m.lot.items())) or None,
    }


def en_json(m: Indicateurs) -> str:
    return json.dumps(objet(m), ensure_ascii=False, indent=2) + "\n"


def en_csv(m: Indicateurs) -> str:
    """One figure per row: `indicateur,cle,valeur` (the JSON object, flattened)."""
    tampon = io.StringIO()
    ecrivain = csv.writer(tampon, lineterminator="\n")
    ecrivain.writerow(("indicateur", "cle", "valeur"))
    for indicateur, cle, valeur in lignes(m):
        ecrivain.writerow((indicateur, cle, valeur))
    return tampon.getvalue()


def lignes(m: Indicateurs) -> list[tuple[str, str, str]]:
    o = objet(m)
    rangs: list[tuple[str, str, str]] = [("creances", "", str(o["creances"]))]
    rangs += [("recouvrement", k, _vide(v)) for k, v in o["recouvrement"].items()]
    for e in o["par_etape"]:
        rangs += [(f"etape:{e['etape']}", k, _vide(v)) for k, v in e.items() if k != "etape"]
    rangs += [("delais_paiement", k, _vide(v)) for k, v in o["delais_paiement"].items()]
    rangs += [("plans", k, _vide(v)) for k, v in o["plans"].items()]
    for t in o["encours_par_anciennete"]:
        rangs += [(f"encours:{t['tranche']}", k, str(v)) for k, v in t.items() if k != "tranche"]
    for c in o["contacts"]["par_canal"]:
        rangs += [(f"contact:{c['canal']}", k, _vide(v)) for k, v in c.items() if k != "canal"]
    rangs.append(("cout_par_dossier", "", ""))
    return rangs


def html(m: Indicateurs) -> str:
    """The self-contained page."""
    return rendre_gabarit(GABARIT, html_contexte(m))


def html_contexte(m: Indicateurs) -> dict[str, Any]:
    """Every figure of the page, formatted."""
    maximum = max((g.restant for g in m.tranches.values()), default=Decimal(0)) or Decimal(1)
    contexte = {
        "outil": f"dossier {__version__}",
        "jour": date_longue(m.jour),
        "jour_iso": m.jour.isoformat(),
        "creances": str(m.total.nombre),
        "illisibles": m.illisibles,
        "total": _affiche(m.total),
        "etapes": [{"nom": LIBELLES_ETAPES[e], **_affiche(m.par_etape[e])} for e in ETAPES],
        "delais": {
            "paiements": str(len(m.delais)),
            "moyenne": _jours(m.delai_moyen),
            "mediane": _jours(m.delai_median),
        },
        "plans": {
            "tenus": str(m.plans["tenu"]),
            "rompus": str(m.plans["rompu"]),
            "en_cours": str(m.plans["en_cours"]),
            "taux": _taux(m.taux_plans_tenus),
        },
        "tranches": [
            {
                "nom": "pas encore échu",
                "factures": str(m.pas_encore_echu.nombre),
                "montant": euros(m.pas_encore_echu.restant),
            },
            *(
                {"nom": t, "factures": str(g.nombre), "montant": euros(g.restant)}
                for t, g in m.tranches.items()
            ),
        ],
        "contacts": [
            {
                "nom": LIBELLES_CONTACTS[canal],
                "nombre": str(c.nombre),
                "suivis": str(c.suivis),
                "taux": _taux(c.taux),
                "paye": euros(c.paye),
            }
            for canal, c in m.contacts.items()
        ],
        "fenetre": str(FENETRE_JOURS),
        "cout": m.cout,
        "lot": [(statut, str(n)) for statut, n in sorted(m.lot.items())],
        "graphe_etapes": _barres(
            [(LIBELLES_ETAPES[e], m.par_etape[e].taux) for e in ETAPES], Decimal(100), _taux
        ),
        "graphe_tranches": _barres([(t, g.restant) for t, g in m.tranches.items()], maximum, euros),
        "graphe_contacts": _barres(
            [(LIBELLES_CONTACTS[c], m.contacts[c].taux) for c in m.contacts], Decimal(100), _taux
        ),
    }
    return contexte


def pour_le_terminal(
    m: Indicateurs,
) -> tuple[list[str], list[tuple[str, tuple[str, ...], list[tuple[str, ...]]]]]:
    """What `dossier stats` prints: lines of text, then tables (title, columns, rows)."""
    d = html_contexte(m)
    texte = [
        f"Portefeuille au {d['jour']} : {d['creances']} créance(s)"
        + (f", {len(m.illisibles)} illisible(s) non comptée(s)" if m.illisibles else ""),
        f"Réclamé {d['total']['reclame']} ; recouvré {d['total']['recouvre']} ; "
        f"reste dû {d['total']['restant']} ; taux de recouvrement {d['total']['taux']}",
        f"Délai de l'échéance au paiement ({d['delais']['paiements']} paiement(s)) : moyenne "
        f"{d['delais']['moyenne']}, médiane {d['delais']['mediane']}",
        f"Échéanciers : {d['plans']['tenus']} tenu(s), {d['plans']['rompus']} rompu(s), "
        f"{d['plans']['en_cours']} en cours ; tenus jusqu'au terme : {d['plans']['taux']}",
        f"Coût par dossier : {m.cout}.",
    ]
    tableaux: list[tuple[str, tuple[str, ...], list[tuple[str, ...]]]] = [
        (
            "Par étape atteinte",
            ("étape", "créances", "réclamé", "recouvré", "reste dû", "taux"),
            [
                (e["nom"], e["nombre"], e["reclame"], e["recouvre"], e["restant"], e["taux"])
                for e in d["etapes"]
            ],
        ),
        (
            "Reste dû par ancienneté",
            ("depuis l'échéance", "factures", "reste dû"),
            [(t["nom"], t["factures"], t["montant"]) for t in d["tranches"]],
        ),
        (
            f"Paiements dans les {FENETRE_JOURS} jours après un contact",
            ("contact", "nombre", "suivis d'un paiement", "taux", "payé"),
            [(c["nom"], c["nombre"], c["suivis"], c["taux"], c["paye"]) for c in d["contacts"]],
        ),
    ]
    if d["lot"]:
        tableaux.append(("Dernier lot construit", ("statut", "créances"), list(d["lot"])))
    return texte, tableaux


def _barres(valeurs: Sequence[tuple[str, Decimal | None]], maximum: Decimal, format: Any) -> dict[str, Any]:
    """A horizontal bar chart's geometry: one bar per value, its width in proportion to `maximum`."""
    barres = []
    for rang, (nom, valeur) in enumerate(valeurs):
        largeur = 0 if valeur is None else int(_LARGEUR_BARRE * min(valeur, maximum) / maximum)
        barres.append(
            {
                "nom": nom,
                "y": str(rang * _HAUTEUR),
                "y_texte": str(rang * _HAUTEUR + 17),
                "largeur": str(largeur),
                "x_valeur": str(170 + largeur + 6),
                "valeur": "—" if valeur is None else format(valeur),
                "data": "" if valeur is None else str(valeur),
            }
        )
    return {
        "barres": barres,
        "hauteur": str(len(valeurs) * _HAUTEUR),
        "largeur": str(170 + _LARGEUR_BARRE + 120),
    }


def _groupe(g: Groupe) -> dict[str, Any]:
    return {
        "nombre": g.nombre,
        "reclame": str(g.reclame),
        "recouvre": str(g.recouvre),
        "restant": str(g.restant),
        "taux": _texte(g.taux),
    }


def _affiche(g: Groupe) -> dict[str, str]:
    return {
        "nombre": str(g.nombre),
        "reclame": euros(g.reclame),
        "recouvre": euros(g.recouvre),
        "restant": euros(g.restant),
        "taux": _taux(g.taux),
        "taux_data": _vide(_texte(g.taux)),
    }


def _taux(valeur: Decimal | None) -> str:
    return "—" if valeur is None else taux(valeur)


def _jours(valeur: Decimal | None) -> str:
    return "—" if valeur is None else f"{valeur} jours".replace(".", ",")


def _texte(valeur: Decimal | None) -> str | None:
    return None if valeur is None else str(valeur)


def _vide(valeur: object) -> str:
    return "" if valeur is None else str(valeur)
