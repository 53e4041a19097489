"""Harassment from the claim's own history: too many contacts in too few days (TON-08).

Texte
    C. conso., art. L121-7, 3° : sont réputées agressives les pratiques commerciales qui ont pour
    objet « de se livrer à des sollicitations répétées et non souhaitées par téléphone,
    télécopieur, courrier électronique ou tout autre outil de communication à distance ».

Lecture retenue
    The statute gives no figure; `sollicitations.yaml` holds the house's thresholds (windows of
    days, maximum contacts in each), reviewable without touching code. A contact is a letter of
    `courriers` (any type), an exchange of `echanges` on a counted channel unless the debtor made
    it (`initiative: debiteur`), and the letter `dossier` is about to draft. Only a warning: the
    creditor knows whether a contact was wanted; `--strict` makes it blocking.

Exemples
    >>> from dossier.law.exemples import exemple, facture
    >>> creance = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
    ...     echanges=[{"date": "2025-10-06", "canal": "telephone"}, {"date": "2025-10-07", "canal": "sms"}],
    ...     courriers=[{"type": "relance_1", "date": "2025-10-08"}])
    >>> [c.code for c in verifier_sollicitations(creance, [], date(2025, 10, 20))]
    ['TON-08']
    >>> verifier_sollicitations(creance, [], date(2025, 10, 7))
    []
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any

import yaml

from dossier.findings import Constat, constat
from dossier.law.etapes import LettreAProduire
from dossier.model.claim import Creance
from dossier.render.formats import date_longue


@dataclass(frozen=True)
class Fenetre:
    jours: int
    maximum: int


@dataclass(frozen=True)
class Contact:
    date: date
    quoi: str


@cache
def _donnees() -> dict[str, Any]:
    texte = resources.files("dossier.tone").joinpath("sollicitations.yaml").read_text(encoding="utf-8")
    donnees: dict[str, Any] = yaml.safe_load(texte)
    return donnees


def fenetres() -> tuple[Fenetre, ...]:
    return tuple(Fenetre(int(f["jours"]), int(f["maximum"])) for f in _donnees()["fenetres"])


CANAUX = {
    "telephone": "appel",
    "email": "courriel",
    "sms": "SMS",
    "courrier": "courrier",
    "rencontre": "rencontre",
}


def contacts(creance: Creance, brouillons: Sequence[LettreAProduire], jour: date) -> list[Contact]:
    """The creditor's contacts up to `jour`, the letters about to be drafted included."""
    comptes = set(_donnees()["canaux"])
    trouves = [Contact(c.date, f"courrier « {c.type} »") for c in creance.courriers if c.date <= jour]
    trouves += [
        Contact(e.date, CANAUX[e.canal])
        for e in creance.echanges
        if e.date <= jour and e.canal in comptes and e.initiative != "debiteur"
    ]
    trouves += [
        Contact(b.date, f"courrier « {b.etape.value} » à envoyer") for b in brouillons if b.envoye is None
    ]
    return sorted(trouves, key=lambda c: c.date)


def verifier_sollicitations(
    creance: Creance, lettres: Sequence[LettreAProduire], jour: date
) -> list[Constat]:
    """One warning per window whose ceiling the history exceeds (its most crowded stretch)."""
    liste = contacts(creance, lettres, jour)
    constats = []
    for fenetre in fenetres():
        pire: list[Contact] = []
        for i, premier in enumerate(liste):
            fin = premier.date + timedelta(days=fenetre.jours - 1)
            groupe = [c for c in liste[i:] if c.date <= fin]
            if len(groupe) > len(pire):
                pire = groupe
        if len(pire) > fenetre.maximum:
            detail = ", ".join(f"{c.quoi} du {date_longue(c.date)}" for c in pire)
            constats.append(
                constat(
                    "TON-08",
                    f"{len(pire)} prises de contact en {fenetre.jours} jours (au plus {fenetre.maximum}) : "
                    f"{detail}",
                    ou=creance.position("echanges") or creance.position("courriers"),
                )
            )
    return constats
