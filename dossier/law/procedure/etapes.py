"""Which letters `build` writes: the history's copies, then the next step of the series.

DESIGN.md, Decisions, « Which letters build writes »: a letter recorded in `courriers` is rebuilt
as the copy of what was sent, dated its recorded date, amounts as of that date; then the next
step (relance 1 → relance 2 → mise en demeure → injonction) is drafted, dated the « as of » day,
if its preconditions hold. Steps before the last one sent are never drafted (no reminder after a
formal notice). `--jusqua STAGE` goes straight to STAGE, skipping unsent steps; if STAGE's
preconditions fail, the build stops (exit 6) saying which precondition and when it will hold.
Letters dated after the « as of » day are ignored, with an info finding.

The requête en injonction de payer is the last step: drafted when its preconditions hold
(`rules.verifier_injonction`: cause proved, notice sent with its proof and its deadline passed,
an amount due). Reached by the series, an unmet precondition only says why the requête is not
drafted yet (a warning, or an info while the notice's deadline runs); asked for with `--jusqua
injonction`, it blocks (exit 6).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from functools import cache
from importlib import resources
from typing import Any

import yaml

from dossier.findings import Constat, Severite, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.law.rules import verifier_injonction
from dossier.law.rules.injonction_montant import factures_exigibles
from dossier.law.rules.injonction_plan import decheance_notifiee
from dossier.model.claim import Courrier, Creance


class Etape(StrEnum):
    RELANCE_1 = "relance_1"
    RELANCE_2 = "relance_2"
    MISE_EN_DEMEURE = "mise_en_demeure"
    INJONCTION = "injonction"


SERIE = (Etape.RELANCE_1, Etape.RELANCE_2, Etape.MISE_EN_DEMEURE, Etape.INJONCTION)
NOMS = {
    Etape.RELANCE_1: "la première relance",
    Etape.RELANCE_2: "la seconde relance",
    Etape.MISE_EN_DEMEURE: "la mise en demeure",
    Etape.INJONCTION: "la requête en injonction de payer",
}


@dataclass(frozen=True)
class LettreAProduire:
    etape: Etape
    date: date
    envoye: Courrier | None  # the recorded letter this copy reproduces; None for the new draft
    factures: tuple[str, ...] = ()  # the invoices it claims: due on its date, still owed, not prescribed


@dataclass(frozen=True)
class Programme:
    lettres: tuple[LettreAProduire, ...]
    constats: tuple[Constat, ...]
    requete: LettreAProduire | None = None  # the requête en injonction de payer, when it is drafted


# Reached by the series (no --jusqua), a precondition that only needs time is an info, the others
# a warning: the letters' copies are still built, and the user learns what the requête lacks.
ATTENTE = frozenset({"INJ-05"})


@cache
def _donnees_cadence() -> dict[str, Any]:
    texte = resources.files("dossier.law.procedure").joinpath("cadence.yaml").read_text(encoding="utf-8")
    donnees: dict[str, Any] = yaml.safe_load(texte)
    return donnees


def _cadence() -> dict[str, int]:
    delais = {cle: int(v) for cle, v in _donnees_cadence()["delais_jours"].items()}
    if delais[Etape.MISE_EN_DEMEURE.value] <= delai_reglement_relance_2():
        raise ValueError("cadence.yaml : la mise en demeure doit suivre l'échéance laissée par la relance 2")
    return delais


def delai_reglement_relance_2() -> int:
    """Days the second reminder leaves to pay (practice data, law/procedure/cadence.yaml)."""
    return int(_donnees_cadence()["delai_reglement_relance_2"])


def programme(
    creance: Creance, jour: date, calcul_au: Callable[[date], Calcul], jusqua: Etape | None = None
) -> Programme:
    """The letters to build as of `jour`; `calcul_au(d)` is the Computation as of day `d`."""
    constats: list[Constat] = []
    envoyes: list[LettreAProduire] = []  # every letter of the series sent by `jour`
    copies: list[LettreAProduire] = []  # those worth reproducing: they claimed something
    for i, courrier in enumerate(creance.courriers):
        if courrier.date > jour:
            constats.append(
                constat(
                    "ETAPE-01",
                    f"le courrier « {courrier.type} » du {date_longue(courrier.date)} est postérieur "
                    f"à la date d'édition ({date_longue(jour)}) : il est ignoré",
                    ou=creance.position("courriers", i, "date"),
                )
            )
            continue
        if courrier.type not in SERIE:  # « autre », and the plan's letters (law/plan/suivi.py)
            continue
        factures = factures_reclamees(calcul_au(courrier.date), courrier.factures)
        envoye = LettreAProduire(Etape(courrier.type), courrier.date, courrier, factures)
        envoyes.append(envoye)
        if factures:
            copies.append(envoye)
        else:
            constats.append(
                constat(
                    "ETAPE-06",
                    f"le courrier « {courrier.type} » du {date_longue(courrier.date)} ne pouvait rien "
                    "réclamer à sa date (aucune facture échue n'y restait due) : il n'est pas reproduit",
                    ou=creance.position("courriers", i, "date"),
                )
            )
    calcul = calcul_au(jour)
    derniere = max((SERIE.index(c.etape) for c in envoyes), default=-1)
    decheance = decheance_notifiee(creance, jour)
    if decheance is not None:
        # After the déchéance du terme, the plan's balance is a new demand: the series resumes at
        # the mise en demeure, and only letters sent after the déchéance count (DESIGN.md,
        # Decisions of 2026-12-04: only a notice dated after it satisfies the requête).
        apres = [SERIE.index(c.etape) for c in envoyes if c.date > decheance.date]
        derniere = max([SERIE.index(Etape.RELANCE_2), *apres])
    if jusqua is not None and SERIE.index(jusqua) <= derniere:
        constats.append(
            constat(
                "ETAPE-02",
                f"{NOMS[jusqua]} ne peut plus être rédigée : {NOMS[SERIE[derniere]]} a déjà été envoyée",
                que_faire="Retirez --jusqua, ou choisissez une étape postérieure.",
            )
        )
        return Programme(tuple(copies), tuple(constats))
    suivante = jusqua or (SERIE[derniere + 1] if derniere + 1 < len(SERIE) else None)
    if suivante is None:
        return Programme(tuple(copies), tuple(constats))
    if creance.plan is not None and jusqua is None:
        # The plan grants the debtor time: no reminder while it runs (law/plan/suivi.py follows it);
        # after its déchéance, the notice and the requête are drafted on demand (dossier plan says when).
        pourquoi = (
            "n'est pas rédigée tant qu'il court"
            if decheance is None
            else f"n'est rédigée, après la déchéance du terme, que sur demande (--jusqua {suivante.value})"
        )
        constats.append(
            constat(
                "PLAN-04",
                f"le dossier prévoit un échéancier : {NOMS[suivante]} {pourquoi}",
                ou=creance.position("plan"),
            )
        )
        return Programme(tuple(copies), tuple(constats))
    if suivante is Etape.INJONCTION:
        return _injonction(creance, calcul, tuple(copies), constats, force=jusqua is not None)
    empechement = _empechement(suivante, envoyes, calcul, jour, force=jusqua is not None)
    if empechement is None:
        brouillon = LettreAProduire(suivante, jour, None, factures_reclamees(calcul, None))
        return Programme((*copies, brouillon), tuple(constats))
    constats.append(empechement)
    return Programme(tuple(copies), tuple(constats))


def _injonction(
    creance: Creance,
    calcul: Calcul,
    copies: tuple[LettreAProduire, ...],
    constats: list[Constat],
    force: bool,
) -> Programme:
    """The requête, dated the « as of » day, when its preconditions hold; else why not (and when)."""
    preconditions = verifier_injonction(creance, calcul)
    empechements = [c for c in preconditions if c.bloquant]
    if empechements:
        if not force:
            empechements = [
                replace(
                    c,
                    severite=Severite.INFO if c.code in ATTENTE else Severite.AVERTISSEMENT,
                    message=f"{NOMS[Etape.INJONCTION]} n'est pas rédigée : {c.message}",
                )
                for c in empechements
            ]
        return Programme(copies, (*constats, *empechements))
    requete = LettreAProduire(Etape.INJONCTION, calcul.jour, None, factures_exigibles(calcul))
    return Programme(copies, (*constats, *preconditions), requete)


def factures_reclamees(calcul: Calcul, visees: tuple[str, ...] | None) -> tuple[str, ...]:
    """Invoices a letter dated `calcul.jour` claims: due before that day, still owed, not prescribed,
    and among those it names (`courriers[].factures`) when it names some."""
    return tuple(
        f.numero
        for f in calcul.factures_reclamees
        if f.echeance < calcul.jour and (visees is None or f.numero in visees)
    )


PRECEDENTE = {Etape.RELANCE_2: Etape.RELANCE_1, Etape.MISE_EN_DEMEURE: Etape.RELANCE_2}


def date_au_plus_tot(etape: Etape, envoyes: Sequence[LettreAProduire], premiere_echeance: date) -> date:
    """The first day the humane cadence allows `etape` (law/procedure/cadence.yaml): so many days after the
    previous letter of the series, else after the earliest unpaid due date. `dossier plan` and
    `programme` share it, so the calendar never promises a letter that `build` would refuse."""
    envois = [c.date for c in envoyes if c.etape is PRECEDENTE.get(etape)]
    depuis = max(envois) if envois else premiere_echeance
    return depuis + timedelta(days=_cadence()[etape.value])


def _empechement(
    etape: Etape, envoyes: list[LettreAProduire], calcul: Calcul, jour: date, force: bool
) -> Constat | None:
    """Why `etape` cannot be drafted today, or None. Blocking when the user asked for it (--jusqua)."""
    severite = None if force else Severite.INFO
    exigibles = [f for f in calcul.factures_reclamees if f.echeance < jour]
    if not exigibles:
        prochaine = min((f.echeance for f in calcul.factures_reclamees), default=None)
        quand = f" (première échéance : {date_longue(prochaine)})" if prochaine else ""
        return constat(
            "ETAPE-04",
            f"{NOMS[etape]} n'est pas rédigée : aucune facture échue ne reste due{quand}",
            severite=severite,
        )
    if force:
        return None
    possible_le = date_au_plus_tot(etape, envoyes, min(f.echeance for f in exigibles))
    if jour < possible_le:
        return constat(
            "ETAPE-05",
            f"{NOMS[etape]} n'est pas encore rédigée : par respect d'une cadence "
            f"raisonnable, elle pourra l'être à partir du {date_longue(possible_le)}",
            severite=severite,
        )
    return None
