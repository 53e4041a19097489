"""What the commands' reports say: the words of `check`/`build`, `verify`, `plan` and `batch`.

Each function words one report, in French formats, as a sequence of pieces — a line (`Ligne`), a
table (`Tableau`), the findings (`Constats`) — that `report.py` prints as they come. This module
never writes to the terminal (docs/style.md rule 8) and imports no rich (`report.py` loads it at
the first thing printed, never for `dossier --help`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from dossier.findings import Constat, Severite
from dossier.francais import compte, date_courte, date_longue, euros, pluriel, reproduit


@dataclass(frozen=True)
class Ligne:
    """One line: with a `style` (rich's, « bold »), printed whole in that style; else as text,
    rich reading its markup only when `balises` says so (a message carries the user's values)."""

    texte: str
    balises: bool = False
    style: str | None = None


@dataclass(frozen=True)
class Tableau:
    titre: str
    colonnes: Sequence[str]
    lignes: Sequence[Sequence[Any]]


@dataclass(frozen=True)
class Constats:
    liste: Sequence[Constat]


Morceau = Ligne | Tableau | Constats


def resume(analyse: Any) -> Iterator[Morceau]:
    """The human summary of `check` and `build`: totals, invoices, letters, findings (French formats)."""
    calcul = analyse.calcul_publie  # after a signed plan: the invoices up to its eve, or its balance
    yield Ligne(
        f"Dossier {analyse.creance.reference} — arrêté au {date_longue(analyse.calcul.jour)} "
        f"— régime {calcul.regime.value}"
    )
    livre = analyse.grand_livre
    solde = calcul.solde_echeancier
    if solde is not None:  # after the déchéance du terme: the plan's balance is the debt
        yield Ligne(
            f"Déchéance du terme notifiée le {date_longue(solde.notification_date)} : la dette est le "
            f"solde de l'échéancier signé le {date_longue(solde.date_accord)}, {euros(solde.solde)}, "
            f"exigible depuis le {date_longue(solde.effet)}."
        )
    elif livre is not None:
        yield Ligne(
            f"Factures arrêtées au {date_longue(livre.arrete_au)}, veille de l'échéancier signé le "
            f"{date_longue(livre.date_accord)} : le plan régit la dette depuis."
        )
    yield Tableau(
        "Factures",
        ("facture", "échéance", "montant", "payé", "reste dû", "intérêts", "indemnité", "prescrite le"),
        [
            (
                f.numero,
                date_courte(f.echeance),
                euros(f.montant_ttc),
                euros(f.paye),
                euros(f.restant),
                euros(f.interets),
                euros(f.indemnite),
                ("PRESCRITE " if f.prescrite else "") + date_courte(f.prescription_le),
            )
            for f in calcul.factures
        ],
    )
    yield Ligne(f"Principal restant dû : {euros(calcul.principal_restant)}", balises=True)
    yield Ligne(f"Intérêts / pénalités : {euros(calcul.interets)}", balises=True)
    yield Ligne(f"Indemnités forfaitaires : {euros(calcul.indemnites)}", balises=True)
    if calcul.clause_penale:
        yield Ligne(
            f"Clause pénale (à part, réductible par le juge) : {euros(calcul.clause_penale)}", balises=True
        )
    yield Ligne(f"Total dû : {euros(calcul.total_du)}", style="bold")
    if livre is not None:
        etat = (
            f"déchéance du terme notifiée le {date_longue(livre.decheance)} : tout le solde est exigible"
            if livre.decheance is not None
            else f"en retard : {euros(livre.retard)}"
        )
        payes = sum(1 for v in livre.versements if v.statut == "payee")
        yield Ligne(
            f"Échéancier : somme reconnue {euros(livre.reconnu_total)} ; "
            f"{len(livre.versements)} versement(s) pour {euros(livre.total_a_payer)}, dont {payes} "
            f"payé(s) ; réglé {euros(livre.total_paye)} ; "
            f"{etat}."
        )
        if livre.decheance is not None:  # the instalments' future interest is no longer due
            yield Ligne(f"Solde exigible après la déchéance : {euros(livre.exigible)}", style="bold")
        else:
            yield Ligne(f"Solde du plan : {euros(livre.solde)}", style="bold")
    for retard in calcul.retards_payes:
        sort = "réclamées" if retard.reclame else "dues de plein droit, non réclamées (options.retards_payes)"
        yield Ligne(
            f"Facture {retard.facture} soldée le "
            f"{date_longue(retard.solde_le)}, {retard.jours} {pluriel(retard.jours, 'jour')} après "
            f"l'échéance : pénalités "
            f"{euros(retard.penalites)}, indemnité {euros(retard.indemnite)} — {sort}"
        )
    for capitalise in calcul.capitalisations:
        yield Ligne(
            f"Intérêts capitalisés (C. civ. 1343-2) : {capitalise.facture}, {euros(capitalise.montant)} le "
            f"{date_longue(capitalise.le)}"
        )
    for lettre in analyse.programme.lettres:
        nature = (
            f"reproduction du {reproduit(lettre.envoye.envoi)}" if lettre.envoye is not None else "à envoyer"
        )
        yield Ligne(f"  • {lettre.etape.value} du {date_courte(lettre.date)} ({nature})")
    requete = analyse.programme.requete
    if requete is not None:
        yield Ligne(
            f"  • requête en injonction de payer du {date_courte(requete.date)} (à déposer, avec "
            "le décompte, le bordereau, l'historique et les pièces : injonction/)"
        )
    if analyse.constats:
        yield Ligne("", balises=True)
        yield Constats(analyse.constats)


def verification(resultat: Any) -> Iterator[Morceau]:
    """`dossier verify`: every finding, then one line that says whether the pack holds."""
    if resultat.constats:
        yield Constats(resultat.constats)
        yield Ligne("", balises=True)
    faits = [
        f"{resultat.fichiers} fichiers contre le manifeste",
        "contenus actifs",
        "cohérence des documents",
    ]
    if resultat.signatures:
        faits.append(f"{resultat.signatures} signature(s)")
    if resultat.recalcule:
        faits.append("calcul refait depuis la créance jointe")
    if resultat.en_ordre:
        yield Ligne(f"Dossier {resultat.dossier} vérifié : tout concorde ({', '.join(faits)}).", style="bold")
    else:
        ecarts = sum(1 for c in resultat.constats if c.severite is not Severite.INFO)
        yield Ligne(
            f"Dossier {resultat.dossier} : {ecarts} écart(s) ; vérifié : {', '.join(faits)}.",
            style="bold red",
        )


def calendrier(prevu: Any, reference: str, constats_a_dire: Sequence[Constat]) -> Iterator[Morceau]:
    """`dossier plan`: what was done, the next step, from which day, why, and what follows."""
    from dossier.parcours.pas import MOYENS

    yield Ligne(f"Dossier {reference} — situation au {date_longue(prevu.jour)}")
    if prevu.historique:
        yield Ligne("\nDéjà fait :", balises=True)
        for fait in prevu.historique:
            yield Ligne(f"  • {date_longue(fait.date)} : {fait.quoi}")
    plan = prevu.plan
    if plan is not None:
        acompte = f"un acompte de {euros(plan.acompte)}, puis " if plan.acompte is not None else ""
        etat = (
            f"déchéance du terme notifiée le {date_longue(plan.decheance)}"
            if plan.decheance is not None
            else f"en retard : {euros(plan.retard)}"
        )
        yield Ligne(
            f"\nÉchéancier : {acompte}{plan.nombre} échéance(s) {MOYENS[plan.moyen]}, {euros(plan.total)} "
            f"en tout ; réglé depuis l'accord : {euros(plan.total_paye)} ; {etat}."
        )
    yield Ligne(f"\nProchaine étape : {prevu.nom}", style="bold")
    if prevu.des_le is not None and prevu.etape.value == "echeance_plan":  # a date the debtor keeps
        attente = (prevu.des_le - prevu.jour).days
        quand = "aujourd'hui" if attente == 0 else f"dans {attente} {pluriel(attente, 'jour')}"
        yield Ligne(f"  Le {date_longue(prevu.des_le)} — {quand}.")
    elif prevu.des_le is not None:
        quand = f"  À partir du {date_longue(prevu.des_le)}"
        if prevu.possible_aujourd_hui:
            quand += " — possible dès aujourd'hui."
        else:
            quand += f" — pas avant : {compte((prevu.des_le - prevu.jour).days, 'jour')} à attendre."
        yield Ligne(quand)
    for raison in prevu.raisons:
        yield Ligne(f"  Pourquoi : {raison}.")
    for suite in prevu.ensuite:
        yield Ligne(f"  Ensuite : {suite}.")
    if constats_a_dire:
        yield Ligne("", balises=True)
        yield Constats(constats_a_dire)


def portefeuille(resultats: Sequence[Any], sortie: Any) -> Iterator[Morceau]:
    """`dossier batch`: one row per claim, then what was built, refused, taken from the journal."""
    from decimal import Decimal

    lignes = sorted(resultats, key=lambda r: r.claim)
    yield Tableau(
        "Lot",
        ("dossier", "statut", "code", "étape", "total réclamé", "constats bloquants", "secondes"),
        [
            (
                r.sortie,
                r.statut + (" (inchangé)" if r.repris else ""),
                r.code_sortie,
                r.etape or "—",
                euros(Decimal(r.total_reclame)) if r.total_reclame else "—",
                " ".join(r.constats_bloquants) or "—",
                f"{r.secondes:.1f}".replace(".", ","),
            )
            for r in lignes
        ],
    )
    # three parts that add up to the count: a claim unchanged since the last batch is counted as
    # such, whether it was built then or refused
    construits = sum(1 for r in lignes if r.reussi and not r.repris)
    refuses = sum(1 for r in lignes if not r.reussi and not r.repris)
    repris = sum(1 for r in lignes if r.repris)
    repris_refuses = sum(1 for r in lignes if r.repris and not r.reussi)
    dont = f" (dont {repris_refuses} non construite(s))" if repris_refuses else ""
    yield Ligne(
        f"{len(lignes)} créance(s) : {construits} construite(s), {refuses} non construite(s), "
        f"{repris} inchangée(s) depuis le dernier lot{dont}. "
        f"Résultats : {sortie}/results.csv et {sortie}/results.json."
    )
    if refuses or repris_refuses:
        yield Ligne(
            f"Constats de chaque créance : {sortie}/constats/ ; erreurs internes : {sortie}/batch.log."
        )
