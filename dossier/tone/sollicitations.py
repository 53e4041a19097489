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

    Whom it protects: L121-7 is a rule of unfair commercial practices toward consumers, extended to
    non-professionals (C. conso. L121-5) — checked only when the debt is a civil one (a consumer or
    a non-professional debtor: `determiner_regime`); between professionals nothing is said.

    When: only a burst that the letter being drafted belongs to, or whose window still runs on the
    « as of » day, is a warning — what the creditor can still avoid. A past burst, over since, is
    reported as information: it cannot be undone, and `--strict` must not block a claim forever.

Exemples
    >>> from dossier.law.exemples import exemple, facture
    >>> creance = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
    ...     echanges=[{"date": "2025-10-06", "canal": "telephone"}, {"date": "2025-10-07", "canal": "sms"}],
    ...     courriers=[{"type": "relance_1", "date": "2025-10-08"}])
    >>> [c.code for c in verifier_sollicitations(creance, [], date(2025, 10, 20))]
    ['TON-08']
    >>> verifier_sollicitations(creance, [], date(2025, 10, 7))
    []
    >>> [c.severite.value for c in verifier_sollicitations(creance, [], date(2025, 12, 20))]
    ['info']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, Literal

from dossier.findings import Constat, Severite, constat
from dossier.francais import date_longue
from dossier.law.calcul import Regime
from dossier.law.montants.computation import determiner_regime
from dossier.law.procedure.etapes import LettreAProduire
from dossier.model.claim import Creance
from dossier.model.donnees import Entier, ModeleDonnees, Texte, charger_donnees
from dossier.vocabulaire import CANAUX, COURRIERS


@dataclass(frozen=True)
class Fenetre:
    jours: int
    maximum: int


@dataclass(frozen=True)
class Contact:
    date: date
    quoi: str
    brouillon: bool = False  # the letter dossier is about to draft


class _FenetreYaml(ModeleDonnees):
    jours: Entier
    maximum: Entier


class SollicitationsYaml(ModeleDonnees):
    source: Texte
    article: Texte
    fenetres: tuple[_FenetreYaml, ...]
    canaux: tuple[Literal["telephone", "email", "sms", "courrier", "rencontre"], ...]


@cache
def _donnees() -> dict[str, Any]:
    """`sollicitations.yaml`, through the strict loader and its model (model/donnees.py)."""
    return charger_donnees("dossier.tone", "sollicitations.yaml", SollicitationsYaml).model_dump()


def source_des_seuils() -> str:
    return str(_donnees()["source"])


def fenetres() -> tuple[Fenetre, ...]:
    return tuple(Fenetre(int(f["jours"]), int(f["maximum"])) for f in _donnees()["fenetres"])


def contacts(creance: Creance, brouillons: Sequence[LettreAProduire], jour: date) -> list[Contact]:
    """The creditor's contacts up to `jour`, the letters about to be drafted included."""
    comptes = set(_donnees()["canaux"])
    trouves = [Contact(c.date, COURRIERS[c.type].nom) for c in creance.courriers if c.date <= jour]
    trouves += [
        Contact(e.date, CANAUX[e.canal].court)
        for e in creance.echanges
        if e.date <= jour and e.canal in comptes and e.initiative != "debiteur"
    ]
    trouves += [
        Contact(b.date, f"{COURRIERS[b.etape.value].nom} à envoyer", brouillon=True)
        for b in brouillons
        if b.envoye is None
    ]
    return sorted(trouves, key=lambda c: c.date)


def rafales(liste: Sequence[Contact], fenetre: Fenetre, jour: date) -> tuple[list[Contact], list[Contact]]:
    """The most crowded stretch of `fenetre` days that is current (holds a letter to draft, or its
    window runs on `jour`), and the most crowded one over before `jour`."""
    actuelle: list[Contact] = []
    passee: list[Contact] = []
    for i, premier in enumerate(liste):
        fin = premier.date + timedelta(days=fenetre.jours - 1)
        groupe = [c for c in liste[i:] if c.date <= fin]
        if fin >= jour or any(c.brouillon for c in groupe):
            if len(groupe) > len(actuelle):
                actuelle = groupe
        elif len(groupe) > len(passee):
            passee = groupe
    return actuelle, passee


def verifier_sollicitations(
    creance: Creance, lettres: Sequence[LettreAProduire], jour: date
) -> list[Constat]:
    """Per window: a warning for a current burst over its ceiling, information for a past one."""
    if determiner_regime(creance) is not Regime.CIVIL:
        return []
    liste = contacts(creance, lettres, jour)
    constats = []
    for fenetre in fenetres():
        actuelle, passee = rafales(liste, fenetre, jour)
        for groupe, severite in ((actuelle, None), (passee, Severite.INFO)):
            if len(groupe) <= fenetre.maximum:
                continue
            detail = ", ".join(f"{c.quoi} du {date_longue(c.date)}" for c in groupe)
            passe = " (passées : à éviter désormais)" if severite is Severite.INFO else ""
            constats.append(
                constat(
                    "TON-08",
                    f"{len(groupe)} prises de contact en {fenetre.jours} jours (au plus {fenetre.maximum})"
                    f"{passe} : {detail}",
                    ou=creance.position("echanges") or creance.position("courriers"),
                    severite=severite,
                )
            )
    return constats


def premier_jour_sans_rafale(creance: Creance, depuis: date) -> date:
    """The first day from `depuis` on when one more contact (the next letter or call) would break
    no window's ceiling — TON-08 silent; `depuis` itself when it would not, or the debt is not civil.

    >>> from dossier.law.exemples import exemple, facture
    >>> creance = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
    ...     echanges=[{"date": "2025-10-06", "canal": "telephone"}, {"date": "2025-10-07", "canal": "sms"}])
    >>> premier_jour_sans_rafale(creance, date(2025, 10, 8))
    datetime.date(2025, 10, 13)
    """
    if determiner_regime(creance) is not Regime.CIVIL:
        return depuis
    passes = contacts(creance, [], depuis)
    jour = depuis
    for fenetre in fenetres():
        # all contacts are on or before `jour`: the window ending on it is the most crowded one
        # a new contact joins, and moving later only empties it
        while sum(1 for c in passes if jour - timedelta(days=fenetre.jours - 1) <= c.date) >= fenetre.maximum:
            jour += timedelta(days=1)
    return jour
