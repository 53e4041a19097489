"""The plan's documents say one sum and one schedule (COHER-01), read back from the written PDFs.

calcul.json has no line for them, so each is checked within itself and, when the plan is known
(`build`, `check`), against it: the échéancier's acknowledged sum equals its table's total and its
schedule adds up to it, each instalment's date and amount are the plan's; a plan letter (an
instalment's reminder, the notice that ends the term) and a quittance ask for one sum everywhere
they state it, and a quittance imputes what it says it received.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dossier.findings import Constat, constat
from dossier.francais import date_courte
from dossier.verify.lecture import JOUR_COURT, MONTANT, Document, ecrit, jour_court, montant
from dossier.verify.montants import CODE, ecart
from dossier.vocabulaire import COURRIERS, ECHEANCIER

# the plan's letters: `rappel-echeance-N`, `rappel-acompte` (lettres/suivi.nom_fichier), `decheance-du-terme`
_LETTRES_DU_PLAN = ("rappel-", COURRIERS["decheance_du_terme"].fichier)


@dataclass(frozen=True)
class Attente:
    """What the plan documents must say, when the plan is known (`build`, `check`)."""

    total_reconnu: Decimal
    echeances: tuple[tuple[date, Decimal], ...]  # (date, amount) of the down payment then each instalment


def verifier_plan(documents: Mapping[str, Document], plan: Attente | None = None) -> list[Constat]:
    constats: list[Constat] = []
    if f"{ECHEANCIER}.pdf" in documents:
        constats += _echeancier(documents[f"{ECHEANCIER}.pdf"], plan)
    for nom, document in documents.items():
        if nom.startswith(_LETTRES_DU_PLAN):
            constats += _une_seule_somme(document, (r"régler la somme de", r"soit la somme de"))
        elif nom.startswith("quittance-"):
            constats += _quittance(document)
    return constats


_ECHEANCE = re.compile(
    rf"(?P<rang>Acompte|(?<![\d/])\d{{1,3}}/\d{{1,3}}) (?P<jour>{JOUR_COURT}) "
    rf"(?P<montants>(?:{MONTANT} € ?)+)"
)


def _echeancier(document: Document, plan: Attente | None) -> list[Constat]:
    texte = document.texte
    constats: list[Constat] = []
    reconnue = re.search(rf"\(({MONTANT}) €\), arrêtée au", texte)
    total = re.search(rf"Total (?:restant )?dû ({MONTANT}) €", texte)  # « restant » when principal alone
    if reconnue is None or total is None:
        return [constat(CODE, f"{document.nom} : somme reconnue ou total du tableau introuvable")]
    somme = montant(reconnue[1])
    if montant(total[1]) != somme:
        constats.append(
            ecart(
                document,
                total.start(1),
                "total du tableau de la reconnaissance de dette",
                montant(total[1]),
                somme,
            )
        )
    if plan is not None and somme != plan.total_reconnu:
        constats.append(ecart(document, reconnue.start(1), "somme reconnue", somme, plan.total_reconnu))
    lignes = list(_ECHEANCE.finditer(texte, total.end()))
    colonnes = [[montant(x) for x in re.findall(MONTANT, m["montants"])] for m in lignes]
    fin = re.compile(rf"\bTotal ((?:{MONTANT} € ?)+)").search(
        texte, lignes[-1].end() if lignes else total.end()
    )
    if not lignes or fin is None:
        return [*constats, constat(CODE, f"{document.nom} : calendrier des paiements introuvable")]
    totaux = [montant(x) for x in re.findall(MONTANT, fin[1])]
    # Columns: the amount (and, with interest, capital, interest, amount), then the balance after it.
    largeur = len(totaux)
    for rang in range(largeur):
        colonne = sum((c[rang] for c in colonnes if len(c) > largeur), Decimal(0))
        if colonne != totaux[rang]:
            constats.append(
                ecart(
                    document, fin.start(1), "total du calendrier (somme des échéances)", totaux[rang], colonne
                )
            )
    if totaux and totaux[0] != somme:
        constats.append(ecart(document, fin.start(1), "capital du calendrier", totaux[0], somme))
    if plan is not None:
        imprimees = [(jour_court(m["jour"]), c[largeur - 1]) for m, c in zip(lignes, colonnes, strict=True)]
        if imprimees != list(plan.echeances):
            constats.append(
                constat(
                    CODE,
                    f"{document.ou(lignes[0].start())} : le calendrier imprimé ("
                    + ", ".join(f"{date_courte(j)} {ecrit(m)}" for j, m in imprimees)
                    + ") n'est pas celui de l'échéancier calculé ("
                    + ", ".join(f"{date_courte(j)} {ecrit(m)}" for j, m in plan.echeances)
                    + ")",
                )
            )
    return constats


def _une_seule_somme(document: Document, formules: Sequence[str]) -> list[Constat]:
    """A plan letter asks for one sum: each « régler la somme de » and the code's « Montant : »."""
    sommes = [
        (m.start(1), montant(m[1]))
        for m in re.finditer(rf"(?:{'|'.join(formules)}|Montant :) ({MONTANT}) €", document.texte)
    ]
    if len({s for _, s in sommes}) <= 1:
        return []
    position, premiere = sommes[0]
    return [
        constat(
            CODE,
            f"{document.ou(position)} : le courrier demande {ecrit(premiere)}, puis "
            + ", ".join(f"{ecrit(s)} ({document.ou(p)})" for p, s in sommes[1:] if s != premiere),
        )
    ]


def _quittance(document: Document) -> list[Constat]:
    texte = document.texte
    recue = re.search(rf"avoir reçu .*? la somme de ({MONTANT}) €", texte)
    imputee = re.search(r"Facture Montant imputé (.*?) Après ce paiement", texte)
    if recue is None or imputee is None:
        return [constat(CODE, f"{document.nom} : somme reçue ou imputation introuvable")]
    imputes = sum((montant(x) for x in re.findall(rf"({MONTANT}) €", imputee[1])), Decimal(0))
    if imputes != montant(recue[1]):
        return [ecart(document, imputee.start(1), "somme imputée", imputes, montant(recue[1]))]
    return []
