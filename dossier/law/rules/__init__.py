"""Law rules checked on every claim: one module per rule, each `verifier(creance, calcul)`.

Rules whose finding is part of a computation (prescription, interest, fees) live beside the
computation in `law/` and report through `Calcul.constats`; these ones only read the claim and
the computation. `dossier explain CODE` prints the docstring of the module owning CODE.

The preconditions of the requête en injonction de payer (`injonction_*`) are checked only when
the claim reaches that stage (`law/procedure/etapes.py`); the collective proceedings (PROC-01) and an
entirely prescribed debt (PRESC-01, from the computation) block every stage, requête included.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import dossier.law
from dossier.findings import Constat
from dossier.law.calcul import Calcul
from dossier.law.rules import (
    injonction_cause,
    injonction_clause_penale,
    injonction_identite,
    injonction_mise_en_demeure,
    injonction_montant,
    injonction_pieces,
    injonction_plan,
    injonction_prescription,
    injonction_representant,
    injonction_seuil_prescription,
    mandat_agence,
    preuve_mise_en_demeure,
    procedure_collective,
)
from dossier.model.claim import Creance

REGLES: tuple[ModuleType, ...] = (procedure_collective, mandat_agence, preuve_mise_en_demeure)
# CPC 1405 to 1407, in the order the user fixes them: cause, plan, notice, amount (the clause pénale
# the notice announced), prescription (and the time left to serve the order before it, a practice
# threshold), the creditor's identity or legal representative (CPC 54, 57), every invoice and
# receipt produced (CPC 1407, 1409).
PRECONDITIONS_INJONCTION: tuple[ModuleType, ...] = (
    injonction_cause,
    injonction_plan,
    injonction_mise_en_demeure,
    injonction_montant,
    injonction_clause_penale,
    injonction_prescription,
    injonction_seuil_prescription,
    injonction_identite,
    injonction_representant,
    injonction_pieces,
)


def verifier_regles(creance: Creance, calcul: Calcul) -> list[Constat]:
    constats: list[Constat] = []
    for regle in REGLES:
        constats.extend(regle.verifier(creance, calcul))
    return constats


def verifier_injonction(creance: Creance, calcul: Calcul) -> list[Constat]:
    """The requête's preconditions (blocking as registered) and its information lines."""
    constats: list[Constat] = []
    for regle in PRECONDITIONS_INJONCTION:
        constats.extend(regle.verifier(creance, calcul))
    return constats


def module_de(code: str) -> ModuleType | None:
    """The law module that owns `code` (declares it in CODE or CODES, or in CODES_RETIRES for a
    code it no longer emits and whose successor it holds), for `dossier explain`: every module
    of `dossier.law`, its sub-packages included."""
    for info in pkgutil.walk_packages(dossier.law.__path__, "dossier.law."):
        module = importlib.import_module(info.name)
        declares = (*getattr(module, "CODES", ()), *getattr(module, "CODES_RETIRES", ()))
        if code == getattr(module, "CODE", None) or code in declares:
            return module
    return None
