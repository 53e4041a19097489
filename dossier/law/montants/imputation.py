"""Imputation des paiements partiels sur les factures (et, sur option, sur les intérêts d'abord).

Texte
    C. civ., art. 1342-10 : « Le débiteur de plusieurs dettes peut indiquer, lorsqu'il paie,
    celle qu'il entend acquitter. À défaut d'indication par le débiteur, l'imputation a lieu
    comme suit : d'abord sur les dettes échues ; parmi celles-ci, sur les dettes que le débiteur
    avait le plus d'intérêt d'acquitter. À égalité d'intérêt, l'imputation se fait sur la plus
    ancienne ; toutes choses égales, elle se fait proportionnellement. »
    C. civ., art. 1343-1, al. 1 : « Lorsque l'obligation de somme d'argent porte intérêt, le
    débiteur se libère en versant le principal et les intérêts. Le paiement partiel s'impute
    d'abord sur les intérêts. »

Lecture retenue (docs/decisions.md « Interest details »)
    - Un paiement qui désigne sa facture (`paiements[].facture`) en réduit le principal : c'est
      ce que fait la comptabilité, et la demande la plus basse. Ce qui dépasse le solde de la
      facture suit l'ordre légal.
    - Sans désignation : d'abord les factures échues à la date du paiement, la plus ancienne
      d'abord (échéance, puis date de facture, puis numéro), puis les factures à échoir dans le
      même ordre. Ne sont pas modélisés : la dette « que le débiteur avait le plus d'intérêt
      d'acquitter », et la répartition proportionnelle « toutes choses égales » (à échéance et
      date égales, le numéro départage : choix déterministe [U]).
    - C'est l'option par défaut, `options.imputation: principal_d_abord` — d'abord nommée
      `legale`, nom trompeur puisque la règle légale (1343-1) impute d'abord sur les intérêts :
      l'ancien nom reste lu, avec le même effet, et le calcul avertit (INT-14).
    - `options.imputation: interets_d_abord` applique 1343-1 à la lettre : sur chaque facture
      visée, le paiement éteint d'abord les intérêts courus jusqu'à sa date, puis le principal.
      L'indemnité forfaitaire n'est pas un intérêt : elle ne reçoit rien.
    - Les paiements datés après le jour du calcul sont ignorés (l'état au jour du calcul).
    - Ce qu'aucune facture ne peut plus recevoir n'est pas imputé et le calcul le signale (INT-09).
    - Un paiement qui dépasse le solde de la facture qu'il désigne est signalé (INT-10), avec les
      factures qui reçoivent l'excédent dans l'ordre légal : une erreur de saisie est plus probable
      qu'un paiement voulu pour plusieurs factures.

Exemples
    >>> from dossier.model.claim import Creance, Facture, Paiement
    >>> f1 = Facture(numero="F-1", date="2025-01-01", echeance="2025-01-31", montant_ttc="100.00")
    >>> f2 = Facture(numero="F-2", date="2025-02-01", echeance="2025-02-28", montant_ttc="100.00")
    >>> p = Paiement(date="2025-03-10", montant="150.00", moyen="virement")
    >>> [(i.facture, i.montant) for i in imputer((f2, f1), (p,), date(2025, 3, 31)).imputations]
    [('F-1', Decimal('100.00')), ('F-2', Decimal('50.00'))]
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from dossier.findings import Constat, constat
from dossier.francais import date_longue, euros, pluriel
from dossier.law.calcul import Imputation
from dossier.law.money import somme
from dossier.law.montants.interest import Mouvement
from dossier.model.claim import Creance, Facture, Paiement

ARTICLE_ORDRE = "C. civ. 1342-10"
CODES = ("INT-09", "INT-10", "INT-14")
ARTICLE_INTERETS = "C. civ. 1343-1"
REGLE_DESIGNEE = "facture désignée par le débiteur lors du paiement"
REGLE_ECHUE = (
    "à défaut d'indication, facture échue la plus ancienne (l'intérêt du débiteur à acquitter "
    "telle dette n'est pas modélisé)"
)
REGLE_A_ECHOIR = "à défaut d'indication et de facture échue restant due, facture à échoir la plus ancienne"
REGLE_INTERETS = "intérêts courus avant le principal"

# (facture, jour, paiements déjà imputés sur elle) -> somme des lignes d'intérêts jusqu'au jour inclus
InteretsCourus = Callable[[str, date, tuple[Mouvement, ...]], Decimal]


@dataclass(frozen=True)
class ResultatImputation:
    imputations: tuple[Imputation, ...]
    non_imputes: tuple[tuple[Paiement, Decimal], ...]  # ce qui n'a trouvé aucune facture à solder


def ordre_legal(factures: Sequence[Facture], jour: date) -> list[Facture]:
    """Factures échues au `jour` (la plus ancienne d'abord), puis celles à échoir."""
    # « d'abord sur les dettes échues » ; « à égalité d'intérêt, […] sur la plus ancienne »
    cle = sorted(factures, key=lambda f: (f.echeance, f.date, f.numero))
    return [f for f in cle if f.echeance <= jour] + [f for f in cle if f.echeance > jour]


def imputer(
    factures: Sequence[Facture],
    paiements: Sequence[Paiement],
    jour: date,
    *,
    interets_d_abord: bool = False,
    interets_courus: InteretsCourus | None = None,
) -> ResultatImputation:
    """Impute chaque paiement daté au plus tard le `jour`, dans l'ordre des dates."""
    if interets_d_abord and interets_courus is None:
        raise ValueError("l'imputation sur les intérêts d'abord a besoin des intérêts courus")
    courus = interets_courus if interets_d_abord else None
    restant = {f.numero: f.montant_ttc for f in factures}
    interets_payes = {f.numero: Decimal(0) for f in factures}
    faits: dict[str, list[Mouvement]] = {f.numero: [] for f in factures}
    imputations: list[Imputation] = []
    non_imputes: list[tuple[Paiement, Decimal]] = []
    recus = [(rang, p) for rang, p in enumerate(paiements) if p.date <= jour]
    for rang, paiement in sorted(recus, key=lambda rp: rp[1].date):  # tri stable : l'ordre du fichier
        reste = paiement.montant
        for facture, regle in _cibles(factures, paiement):
            numero = facture.numero
            if courus is not None and reste > 0:
                # « Le paiement partiel s'impute d'abord sur les intérêts » (1343-1)
                part = min(
                    reste, courus(numero, paiement.date, tuple(faits[numero])) - interets_payes[numero]
                )
                if part > 0:
                    imputations.append(_imputation(paiement, rang, numero, part, "interets", regle))
                    interets_payes[numero] += part
                    faits[numero].append(Mouvement(paiement.date, Decimal(0)))
                    reste -= part
            part = min(reste, restant[numero])
            if part > 0:
                imputations.append(_imputation(paiement, rang, numero, part, "principal", regle))
                restant[numero] -= part
                faits[numero].append(Mouvement(paiement.date, part))
                reste -= part
        if reste > 0:
            non_imputes.append((paiement, reste))
    return ResultatImputation(tuple(imputations), tuple(non_imputes))


def _imputation(
    paiement: Paiement, rang: int, numero: str, montant: Decimal, sur: str, regle: str
) -> Imputation:
    if sur == "interets":
        texte, article = f"{REGLE_INTERETS}, sur la {regle}", ARTICLE_INTERETS
    else:
        texte, article = regle, ARTICLE_ORDRE
    return Imputation(
        paiement_date=paiement.date,
        paiement_montant=paiement.montant,
        facture=numero,
        montant=montant,
        regle=f"{texte} ({article})",
        article=article,
        sur=sur,
        par_le_debiteur=regle == REGLE_DESIGNEE,
        paiement_rang=rang,
    )


def _cibles(factures: Sequence[Facture], paiement: Paiement) -> list[tuple[Facture, str]]:
    """Les factures dans l'ordre où le paiement les solde, chacune avec la règle qui l'y mène."""
    # « Le débiteur de plusieurs dettes peut indiquer, lorsqu'il paie, celle qu'il entend acquitter »
    designee = [(f, REGLE_DESIGNEE) for f in factures if f.numero == paiement.facture]
    autres = [f for f in ordre_legal(factures, paiement.date) if f.numero != paiement.facture]
    return designee + [(f, REGLE_ECHUE if f.echeance <= paiement.date else REGLE_A_ECHOIR) for f in autres]


def mouvements(imputations: Sequence[Imputation], numero: str) -> tuple[Mouvement, ...]:
    """Les paiements imputés sur la facture `numero`, vus par le calcul des intérêts."""
    return tuple(
        Mouvement(i.paiement_date, i.montant if i.sur == "principal" else Decimal(0))
        for i in imputations
        if i.facture == numero
    )


def payes(imputations: Sequence[Imputation], numero: str, sur: str) -> Decimal:
    """Total imputé sur la facture `numero`, sur le principal ou sur les intérêts."""
    return somme(i.montant for i in imputations if i.facture == numero and i.sur == sur)


def constats_imputation(creance: Creance, resultat: ResultatImputation) -> list[Constat]:
    """INT-10 for each payment above the invoice it names, INT-09 for what no invoice received
    (the loader refuses payments above all the invoices: VALEUR-09); INT-14 for the option's old name."""
    constats = []
    if creance.options.imputation == "legale":
        constats.append(
            constat(
                "INT-14",
                "l'option « imputation: legale » s'appelle désormais « principal_d_abord » : les "
                "paiements réduisent le principal des factures, comme avant ; la règle légale de "
                "l'article 1343-1 du code civil (les intérêts d'abord) est l'option « interets_d_abord »",
                ou=creance.position("options", "imputation"),
            )
        )
    for rang, paiement in enumerate(creance.paiements):
        ailleurs = [i for i in resultat.imputations if i.paiement_rang == rang and not i.par_le_debiteur]
        if paiement.facture is None or not ailleurs:
            continue
        factures = list(dict.fromkeys(i.facture for i in ailleurs))
        excedent = somme(i.montant for i in ailleurs)
        constats.append(
            constat(
                "INT-10",
                f"le paiement du {date_longue(paiement.date)} ({euros(paiement.montant)}) dépasse de "
                f"{euros(excedent)} ce qui restait dû sur la facture {paiement.facture} qu'il désigne : "
                f"{euros(excedent)} sont imputés sur {pluriel(len(factures), 'la facture')} "
                f"{', '.join(factures)} (facture échue la plus ancienne, C. civ. 1342-10)",
                ou=creance.position("paiements", rang, "montant"),
            )
        )
    for paiement, reste in resultat.non_imputes:
        rang = next(r for r, p in enumerate(creance.paiements) if p is paiement)
        constats.append(
            constat(
                "INT-09",
                f"{euros(reste)} du paiement du {date_longue(paiement.date)} n'ont pu être imputés : "
                "toutes les factures étaient soldées",
                ou=creance.position("paiements", rang, "montant"),
            )
        )
    return constats
