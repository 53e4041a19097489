"""Recomputing a received pack from its own sources (VERIF-07, VERIF-08, VERIF-10).

The injonction bundle embeds the claim.yaml it was built from and its calcul.json
(`injonction.construction.sources`). `dossier verify` reads them back, checks that the claim is
the one the manifest hashed and the calcul.json the one beside it, recomputes the computation from
the claim as of the pack's day, with the legal data the manifest lists (the values the user
supplied included), and compares every figure of calcul.json with it — which the consistency
checks have compared with every figure printed.

    sources_du_bundle(fichiers, manifeste) -> (claim bytes or None, findings)
    parametres_du_manifeste(manifeste) -> the user values as a parameter file's content, or None
    comparer_calculs(calcul, recalcule) -> findings (VERIF-07), one per figure that differs
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from dossier.findings import Constat, constat
from dossier.verify.manifeste import Manifeste, empreinte
from dossier.vocabulaire import BUNDLE, CALCUL, CLAIM

GENERAL = ("reference", "date", "regime", "categorie_taux_legal", "total_du", "principal_restant", "interets",
           "interets_payes", "indemnites", "clause_penale")  # fmt: skip
MAXIMUM = 12  # figures named, at most: the first ones say enough


def sources_du_bundle(
    fichiers: Mapping[str, bytes], manifeste: Manifeste | None
) -> tuple[bytes | None, list[Constat]]:
    bundle = fichiers.get(BUNDLE)
    if bundle is None:
        return None, [
            constat(
                "VERIF-10",
                "pas de dossier d'injonction : la créance n'est jointe à aucun fichier ; le calcul n'est pas "
                "refait et les parties ne sont pas comparées à la créance",
            )
        ]
    from dossier.assemble.bundle import sources_jointes

    jointes = sources_jointes(bundle)
    claim, calcul = jointes.get(CLAIM), jointes.get(CALCUL)
    constats = []
    if claim is None:
        constats.append(constat("VERIF-08", f"{BUNDLE} : {CLAIM} n'y est pas joint"))
    elif manifeste is not None and empreinte(claim) != manifeste.creance.sha256:
        constats.append(
            constat(
                "VERIF-08",
                f"{BUNDLE} : le {CLAIM} joint (SHA-256 {empreinte(claim)[:16]}…) n'est pas celui que le "
                "manifeste "
                f"a haché ({manifeste.creance.sha256[:16]}…)",
            )
        )
    if calcul is None:
        constats.append(constat("VERIF-08", f"{BUNDLE} : {CALCUL} n'y est pas joint"))
    elif calcul != fichiers.get(CALCUL):
        constats.append(
            constat("VERIF-08", f"{BUNDLE} : le {CALCUL} joint diffère du fichier {CALCUL} du dossier")
        )
    return claim, constats


def parametres_du_manifeste(manifeste: Manifeste) -> dict[str, Any] | None:
    fournies = [v for v in manifeste.parametres if v.fourni_par_utilisateur]
    if not fournies:
        return None
    blocs: dict[str, dict[str, Any]] = {}
    for v in fournies:
        bloc = blocs.setdefault(v.id, {"connu_jusqu_au": v.au.isoformat(), "valeurs": []})
        bloc["connu_jusqu_au"] = max(bloc["connu_jusqu_au"], v.au.isoformat())
        bloc["valeurs"].append(
            {"du": v.du.isoformat(), "valeur": v.valeur, "reference": v.reference, "source": v.source}
        )
    return {"version": "1", "parametres": blocs}


def comparer_calculs(calcul: Mapping[str, Any], recalcule: Mapping[str, Any]) -> list[Constat]:
    ecarts = list(_ecarts(calcul, recalcule))
    constats = [
        constat("VERIF-07", f"{CALCUL} : {quoi} = {dit} ; recalculé depuis {CLAIM} : {refait}")
        for quoi, dit, refait in ecarts[:MAXIMUM]
    ]
    if len(ecarts) > MAXIMUM:
        constats.append(constat("VERIF-07", f"{CALCUL} : et {len(ecarts) - MAXIMUM} autre(s) écart(s)"))
    return constats


def _ecarts(calcul: Mapping[str, Any], recalcule: Mapping[str, Any]) -> Iterator[tuple[str, object, object]]:
    for cle in GENERAL:
        if calcul.get(cle) != recalcule.get(cle):
            yield cle, calcul.get(cle), recalcule.get(cle)
    yield from _par_cle(calcul, recalcule, "factures", "numero")
    yield from _par_cle(calcul, recalcule, "lettres", "fichier")
    for liste in ("periodes", "imputations", "choix"):
        dites, refaites = calcul.get(liste, []), recalcule.get(liste, [])
        if len(dites) != len(refaites):
            yield f"{liste} (nombre)", len(dites), len(refaites)
        for rang, (dite, refaite) in enumerate(zip(dites, refaites, strict=False)):
            if isinstance(dite, Mapping) and isinstance(refaite, Mapping):
                for cle in dict.fromkeys((*dite, *refaite)):
                    if dite.get(cle) != refaite.get(cle):
                        yield f"{liste}[{rang}].{cle}", dite.get(cle), refaite.get(cle)
            elif dite != refaite:
                yield f"{liste}[{rang}]", dite, refaite


def _par_cle(
    calcul: Mapping[str, Any], recalcule: Mapping[str, Any], liste: str, cle: str
) -> Iterator[tuple[str, object, object]]:
    dites = {e[cle]: e for e in calcul.get(liste, [])}
    refaites = {e[cle]: e for e in recalcule.get(liste, [])}
    for nom in dict.fromkeys((*dites, *refaites)):
        dite, refaite = dites.get(nom), refaites.get(nom)
        if dite is None or refaite is None:
            yield f"{liste} « {nom} »", "présent" if dite else "absent", "présent" if refaite else "absent"
            continue
        for champ, valeur in _a_plat(dite):
            autre = dict(_a_plat(refaite)).get(champ)
            if valeur != autre:
                yield f"{liste} « {nom} » {champ}", valeur, autre


def _a_plat(objet: Mapping[str, Any], prefixe: str = "") -> list[tuple[str, object]]:
    resultat: list[tuple[str, object]] = []
    for cle, valeur in objet.items():
        if isinstance(valeur, Mapping):
            resultat.extend(_a_plat(valeur, f"{prefixe}{cle}."))
        else:
            resultat.append((f"{prefixe}{cle}", valeur))
    return resultat
