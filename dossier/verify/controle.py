"""`dossier verify DIR`: a pack received from elsewhere, re-checked with no claim file.

In order: the manifest read (VERIF-01) and every file against it (VERIF-02 missing, VERIF-03
changed, VERIF-04 added); nothing active in any file (VERIF-06); the PAdES signatures (VERIF-05,
VERIF-09); the claim.yaml and calcul.json the bundle embeds (VERIF-08, or VERIF-10 without a
bundle); the documents against each other and against calcul.json, the pièces' stamps and the
bundle's pages read this time (COHER-); calcul.json against the computation redone from the
embedded claim, with the legal data the manifest lists (VERIF-07) — and, when they differ, which
documents print figures the recomputation does not give. The pack holds when only information
remains (`Verification.en_ordre`).

The recomputation itself is the pipeline's (`pipeline.recalculer`), given as `recalculer`: this
layer sits below the pipeline.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from dossier.errors import DossierError
from dossier.findings import Constat, Severite, constat
from dossier.law.parametres.lecture import Parametres
from dossier.law.parametres.utilisateur import charger_parametres, parametres_fournis
from dossier.model.claim import Creance
from dossier.model.load import lire
from dossier.render.readback import Lectures
from dossier.verify.coherence import attendu_de, verifier_coherence
from dossier.verify.manifeste import NOM, Manifeste, ManifesteIllisible, lire_manifeste
from dossier.verify.paquet import lire_dossier, verifier_actifs, verifier_empreintes
from dossier.verify.recalcul import comparer_calculs, parametres_du_manifeste, sources_du_bundle
from dossier.verify.signatures import verifier_signatures_du_dossier
from dossier.vocabulaire import BUNDLE, CALCUL

Recalcul = Callable[[Creance, Mapping[str, Any], Parametres], dict[str, Any]]


@dataclass(frozen=True)
class Verification:
    dossier: Path
    fichiers: int
    constats: tuple[Constat, ...]
    recalcule: bool  # recomputed from the claim.yaml embedded in the bundle
    signatures: int  # PAdES signatures checked

    @property
    def en_ordre(self) -> bool:
        return all(c.severite is Severite.INFO for c in self.constats)


def verifier_dossier(dossier: Path, recalculer: Recalcul, lectures: Lectures | None = None) -> Verification:
    """`lectures`: text already extracted from these files (tests verifying many variants of one pack)."""
    fichiers, autres = lire_dossier(dossier)
    listes = len(fichiers) - (NOM in fichiers)
    constats: list[Constat] = []
    manifeste: Manifeste | None = None
    if NOM not in fichiers:
        constats.append(constat("VERIF-01", f"{NOM} absent du dossier {dossier}"))
    else:
        try:
            manifeste = lire_manifeste(fichiers[NOM])
            constats += verifier_empreintes(manifeste, fichiers, autres)
        except ManifesteIllisible as illisible:
            constats += illisible.constats
    constats += verifier_actifs(fichiers)
    signatures, nombre = verifier_signatures_du_dossier(fichiers)
    constats += signatures
    try:
        calcul = json.loads(fichiers[CALCUL])
    except (KeyError, ValueError):
        constats.append(
            constat("VERIF-07", f"{CALCUL} absent ou illisible : les montants ne sont comparés à rien")
        )
        return Verification(dossier, listes, tuple(dict.fromkeys(constats)), False, nombre)
    claim, sources = sources_du_bundle(fichiers, manifeste)
    constats += sources
    creance, recalcule = None, None
    if claim is not None:
        try:
            creance = lire(claim.decode("utf-8-sig"))
            fournis = parametres_du_manifeste(manifeste) if manifeste else None
            recalcule = recalculer(
                creance, calcul, parametres_fournis(fournis) if fournis else charger_parametres()
            )
        except (DossierError, UnicodeDecodeError, KeyError, ValueError) as erreur:
            detail = "; ".join(f"{c.code} {c.message}" for c in getattr(erreur, "constats", ())) or repr(
                erreur
            )
            constats.append(
                constat("VERIF-08", f"{BUNDLE} : le claim.yaml joint ne se recalcule pas : {detail}")
            )
    lectures = lectures or Lectures()
    attendu = attendu_de(creance) if creance is not None else None
    constats += verifier_coherence(fichiers, lectures, calcul, attendu)
    if recalcule is not None:
        ecarts = comparer_calculs(calcul, recalcule)
        constats += ecarts
        if ecarts:  # and which documents print a figure the recomputation does not give
            constats += [
                replace(c, message=c.message.replace(f"{CALCUL} dit", "le recalcul dit"))
                for c in verifier_coherence(fichiers, lectures, recalcule, attendu)
                if c.code == "COHER-01"
            ]
    return Verification(dossier, listes, tuple(dict.fromkeys(constats)), recalcule is not None, nombre)
