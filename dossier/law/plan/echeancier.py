"""L'échéancier : la somme reconnue, répartie en échéances datées qui s'additionnent au centime.

Texte
    C. civ., art. 1343-5, al. 1 : « Le juge peut, compte tenu de la situation du débiteur et en
    considération des besoins du créancier, reporter ou échelonner, dans la limite de deux années,
    le paiement des sommes dues. » — C. civ., art. 1376 : l'acte par lequel une partie s'engage à
    payer une somme « ne fait preuve que s'il comporte la signature de celui qui souscrit cet
    engagement ainsi que la mention, écrite par lui-même, de la somme en toutes lettres et en
    chiffres ». — C. civ., art. 1103 : « Les contrats légalement formés tiennent lieu de loi à ceux
    qui les ont faits. » : l'intérêt pendant le plan est celui que l'échéancier stipule (l'art. 1907,
    propre au prêt à intérêt, ne régit pas une dette échelonnée). — C. civ., art. 1343-1, al. 1 :
    « Le paiement partiel s'impute d'abord sur les intérêts. » — C. civ., art. 1343-2 : « Les
    intérêts échus, dus au moins pour une année entière, produisent intérêt si le contrat l'a prévu
    ou si une décision de justice le précise. »

Lecture retenue
    - Somme reconnue : ce qu'une lettre peut réclamer au débiteur selon son régime (au stade le plus
      complet : `reclamation` à l'étape de la mise en demeure) — pour un consommateur le principal
      et l'intérêt légal s'il court, jamais de frais ; entre professionnels le principal, les
      pénalités et les indemnités. Elle est arrêtée la veille de l'accord (`plan.date_accord`, sinon
      le jour d'édition) : les paiements reçus à partir du jour de l'accord sont ceux du plan
      (acompte compris).
    - Acompte : payable le jour de l'accord ; le reste se répartit en échéances.
    - `nombre_echeances` : parts égales au centime inférieur, **les centimes restants sur la
      dernière échéance** (`money.repartir`). `montant_echeance` : autant d'échéances pleines
      qu'il faut, la dernière portant le solde ; un solde sous le minimum d'une échéance
      (`echeance_minimale`) ne fait pas une échéance de plus : il s'ajoute à la précédente
      (`Echeancier.reliquat`), et l'échéancier le dit.
    - Dates : la première est `premiere_echeance`, au plus tôt le jour de l'accord (un paiement à la
      signature est permis ; avant, il serait en retard le jour même où l'accord le fixe : PLAN-09,
      `plan.date_accord` absente comprise, l'accord étant alors le jour d'édition) ; les suivantes
      le même quantième chaque mois
      (le dernier jour du mois quand il manque) ou tous les sept jours. Une date qui tombe un
      samedi, un dimanche ou un jour férié national est reportée au **premier jour ouvré
      suivant** (`calendrier.jour_ouvre`) ; le rythme se compte toujours depuis les dates prévues,
      jamais depuis les dates reportées.
    - Intérêts pendant le plan (`interets_pendant_plan: true`) : un taux conventionnel fixe, égal
      au taux de l'intérêt légal de la catégorie du créancier en vigueur le jour de l'accord (le
      taux futur n'est pas connu ; un consommateur ne paie jamais plus que l'intérêt légal).
      Chaque échéance paie sa part de capital et l'intérêt simple du capital restant dû, du
      lendemain de l'échéance précédente (ou de l'accord) au jour de l'échéance inclus, base 365
      jours (366 les jours d'une année bissextile), arrondi au centime une fois par échéance.
      `montant_echeance` est alors la part de capital. Sans intérêts, l'échéance est la part de
      capital.
    - Assiette de ces intérêts : le **principal** restant dû seulement. La somme reconnue comprend
      des intérêts ou pénalités de retard, qui ne peuvent produire intérêt qu'échus depuis un an au
      moins et par une clause ou un jugement (1343-2) : ils ne portent pas l'intérêt du plan. Les
      paiements s'imputent d'abord sur eux (1343-1) puis sur les indemnités, accessoires de la dette
      (Cass. 1re civ., 7 févr. 1995, n° 92-14.216 [S]), enfin sur le principal : l'assiette d'une
      échéance est le capital restant dû, plafonné au principal reconnu
      (`Echeance.base_interets`). Choix prudent : l'indemnité forfaitaire ne porte pas intérêt non
      plus (la demande la plus basse).
    - Refus (bloquants) : un plan dont la dernière échéance, à sa date prévue (avant le report au
      jour ouvré suivant, que le débiteur ne choisit pas), dépasse l'horizon de C. civ. 1343-5
      compté du jour de l'accord (PLAN-01 ; avertissement seulement quand
      `plan.derogation_24_mois: true`) ; une échéance sous le minimum de pratique (PLAN-02,
      chaque échéance vérifiée) ; rien à échelonner (PLAN-03) ; une première échéance avant
      l'accord (PLAN-09). Données : `law/plan/echeancier.yaml`.
    - Code retiré : ETAPE-07 disait que l'échéancier restait à rédiger à part ; il est rédigé ici,
      avec le mandat SEPA, et suivi par law/plan/suivi.py (codes PLAN-).

Exemple : 1 000,00 € en 3 échéances mensuelles dès le 5 mai 2026 (le 5 juillet 2026 est un
dimanche : l'échéance passe au lundi 6).

    >>> from dossier.law.exemples import exemple, facture
    >>> c = exemple("consommateur", factures=[facture("F-1", "2026-01-05", "2026-02-05", "1000.00")],
    ...             plan={"date_accord": "2026-04-15", "nombre_echeances": 3,
    ...                   "premiere_echeance": "2026-05-05", "moyen": "cheques"})
    >>> from dossier.law.montants.computation import calculer
    >>> e = etablir(c, calculer(c, date(2026, 4, 14)), date(2026, 4, 15))
    >>> for x in e.echeances:
    ...     print(x.numero, x.date, x.montant, x.restant)
    1 2026-05-05 333.33 666.67
    2 2026-06-05 333.33 333.34
    3 2026-07-06 333.34 0.00
    >>> e.constats
    ()
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import cache

from dossier.findings import Constat, Severite, constat
from dossier.francais import date_longue, euros
from dossier.law.calcul import Calcul
from dossier.law.calendrier import ajouter_mois, fin_d_annee, jour_ouvre, lendemain
from dossier.law.money import ZERO, arrondir, repartir, somme
from dossier.law.montants.interest import interet_exact
from dossier.law.montants.taux_legal import categorie_taux_legal, taux_interet_legal
from dossier.law.parametres.lecture import Parametres, parametres_officiels
from dossier.law.procedure.reclamation import Reclamation, reclamation
from dossier.model import limites as limites_dossier
from dossier.model.claim import Creance, Plan
from dossier.model.donnees import DecimalTexte, Entier, ModeleDonnees, Texte, charger_donnees
from dossier.vocabulaire import Etape

CODES = ("PLAN-01", "PLAN-02", "PLAN-03", "PLAN-09")
CODES_RETIRES = ("ETAPE-07",)  # never emitted again, never reused (codes.yaml)
ARTICLE_TAUX = "C. civ. 1103 ; C. mon. fin. L313-2"
_JOURS_PAR_SEMAINE = 7  # structurel : calendrier


@dataclass(frozen=True)
class Limites:
    """The plan's limits (`law/plan/echeancier.yaml`), each with its article or practice."""

    duree_maximale_mois: int
    echeance_minimale: Decimal
    preavis_decheance_jours: int
    sources: dict[str, str]


class _LimiteYaml(ModeleDonnees):
    article: Texte
    source: Texte
    raison: Texte


class _DureeYaml(_LimiteYaml):
    valeur: Entier


class _MontantYaml(_LimiteYaml):
    valeur: DecimalTexte


class LimitesYaml(ModeleDonnees):
    """`law/plan/echeancier.yaml`: each limit with its value, article, source and reason."""

    duree_maximale_mois: _DureeYaml
    echeance_minimale: _MontantYaml
    preavis_decheance_jours: _DureeYaml


@cache
def limites() -> Limites:
    brut = charger_donnees("dossier.law.plan", "echeancier.yaml", LimitesYaml)
    return Limites(
        duree_maximale_mois=brut.duree_maximale_mois.valeur,
        echeance_minimale=brut.echeance_minimale.valeur,
        preavis_decheance_jours=brut.preavis_decheance_jours.valeur,
        sources={cle: getattr(brut, cle).article for cle in LimitesYaml.model_fields},
    )


@dataclass(frozen=True)
class Echeance:
    """One payment of the plan; `numero` 0 is the down payment, due the day of the agreement."""

    numero: int
    date_prevue: date  # the calendar's date, before any move to a business day
    date: date  # the day it is payable: the next business day when `date_prevue` is not one
    capital: Decimal
    interets: Decimal
    restant: Decimal  # capital still due once it is paid
    base_interets: Decimal = ZERO  # what the plan's interest ran on: the principal still unpaid

    @property
    def montant(self) -> Decimal:
        return self.capital + self.interets

    @property
    def reportee(self) -> bool:
        return self.date != self.date_prevue


@dataclass(frozen=True)
class TauxPlan:
    taux: Decimal  # % a year, fixed for the whole plan
    source: str
    article: str


@dataclass(frozen=True)
class Echeancier:
    date_accord: date
    arrete_au: date  # the day the acknowledged sum is computed to (the day before the agreement)
    reconnue: Reclamation  # the acknowledged debt: invoices, principal, interest, indemnities
    acompte: Echeance | None
    echeances: tuple[Echeance, ...]
    periodicite: str
    taux: TauxPlan | None
    constats: tuple[Constat, ...]
    # a final remainder under the minimum instalment, added to the last one (`montant_echeance`)
    reliquat: Decimal | None = None

    @property
    def accessoires(self) -> Decimal:
        """The acknowledged interest or penalties and indemnities: paid first, they bear no interest."""
        return self.total - self.reconnue.principal

    @property
    def total(self) -> Decimal:
        """The acknowledged sum: what the capital parts add up to."""
        return self.reconnue.total

    @property
    def paiements(self) -> tuple[Echeance, ...]:
        """Every payment of the plan in date order, the down payment first."""
        return (self.acompte, *self.echeances) if self.acompte else self.echeances

    @property
    def interets(self) -> Decimal:
        return somme(e.interets for e in self.echeances)

    @property
    def total_a_payer(self) -> Decimal:
        return somme(e.montant for e in self.paiements)

    @property
    def nombre(self) -> int:
        return len(self.echeances)

    @property
    def derniere(self) -> date | None:
        return self.echeances[-1].date if self.echeances else None


def jour_accord(plan: Plan, jour: date) -> date:
    """The agreement's day: `plan.date_accord`, else the « as of » day (a plan still proposed)."""
    return plan.date_accord or jour


def arrete(accord: date) -> date:
    """The day the acknowledged sum is computed to: the day before the agreement."""
    return accord - timedelta(days=1)


def etablir(
    creance: Creance, calcul: Calcul, accord: date, parametres: Parametres | None = None
) -> Echeancier:
    """The schedule of `creance.plan`, agreed on `accord`; `calcul` is the Computation of `arrete(accord)`."""
    plan = creance.plan
    if plan is None:
        raise ValueError("pas de plan dans ce dossier")
    parametres = parametres or parametres_officiels()
    reconnue = reclamation(creance, calcul, Etape.MISE_EN_DEMEURE)
    vide = Echeancier(accord, calcul.jour, reconnue, None, (), plan.periodicite, None, ())
    if plan.premiere_echeance < accord:
        return replace(vide, constats=(_avant_l_accord(creance, plan, accord),))
    acompte = plan.acompte or ZERO
    if reconnue.total <= 0 or acompte >= reconnue.total:
        pourquoi = (
            "aucune somme échue ne reste due"
            if reconnue.total <= 0
            else f"l'acompte ({euros(acompte)}) couvre toute la dette ({euros(reconnue.total)})"
        )
        refus = constat(
            "PLAN-03",
            f"rien à échelonner : {pourquoi} au {date_longue(calcul.jour)}",
            ou=creance.position("plan", "acompte") if reconnue.total > 0 else creance.position("plan"),
        )
        return replace(vide, constats=(refus,))
    reste = reconnue.total - acompte
    if plan.montant_echeance is not None and reste / plan.montant_echeance > limites_dossier.ECHEANCES:
        # counted before any instalment is made: 0.01 € a month on a large debt is a billion of them
        refus = constat(
            "VALEUR-11",
            f"{euros(reste)} en échéances de {euros(plan.montant_echeance)} en ferait plus de "
            f"{limites_dossier.ECHEANCES}, le plus qu'un dossier accepte",
            ou=creance.position("plan", "montant_echeance"),
            que_faire="Donnez un montant d'échéance réaliste, ou un nombre d'échéances (nombre_echeances).",
        )
        return replace(vide, constats=(refus,))
    parts, reliquat = _parts(plan, reste, limites().echeance_minimale)
    dates = [_date_prevue(plan, rang) for rang in range(len(parts))]
    taux = _taux(creance, accord, parametres) if plan.interets_pendant_plan else None
    echeances = []
    capital_restant, depuis = reste, accord
    for rang, (part, prevue) in enumerate(zip(parts, dates, strict=True), start=1):
        payable = jour_ouvre(prevue)
        # 1343-2 and 1343-1: only the principal still unpaid bears the plan's interest.
        base = min(capital_restant, reconnue.principal) if taux else ZERO
        interets = _interets(base, taux.taux, depuis, payable) if taux else ZERO
        capital_restant -= part
        echeances.append(Echeance(rang, prevue, payable, part, interets, capital_restant, base))
        depuis = payable
    premiere = Echeance(0, accord, accord, acompte, ZERO, reste) if plan.acompte else None
    echeancier = Echeancier(
        accord, calcul.jour, reconnue, premiere, tuple(echeances), plan.periodicite, taux, (), reliquat
    )
    return replace(echeancier, constats=tuple(_controles(creance, echeancier, parts)))


def _avant_l_accord(creance: Creance, plan: Plan, accord: date) -> Constat:
    premiere = date_longue(plan.premiere_echeance)
    if plan.date_accord is None:
        message = (
            f"la première échéance ({premiere}) précède le jour de l'accord : sans « date_accord », "
            f"l'échéancier est daté du jour d'édition, le {date_longue(accord)}"
        )
    else:  # the loader refuses it already (VALEUR-09); kept for a claim built another way
        message = f"la première échéance ({premiere}) précède la date de l'accord ({date_longue(accord)})"
    return constat("PLAN-09", message, ou=creance.position("plan", "premiere_echeance"))


def _parts(plan: Plan, reste: Decimal, minimum: Decimal) -> tuple[tuple[Decimal, ...], Decimal | None]:
    """The capital parts, and the final remainder added to the last one when it is under `minimum`."""
    if plan.nombre_echeances is not None:
        return repartir(reste, plan.nombre_echeances), None
    montant = plan.montant_echeance
    if montant is None:  # the loader refuses a plan with neither (VALEUR-09)
        raise ValueError("plan sans nombre ni montant d'échéances")
    pleines = int(reste // montant)
    solde = reste - montant * pleines
    if solde and solde < minimum and pleines:
        # A last instalment of a few euros is no realistic payment: the previous one takes it.
        return (montant,) * (pleines - 1) + (montant + solde,), solde
    return (montant,) * pleines + ((solde,) if solde else ()), None


def _date_prevue(plan: Plan, rang: int) -> date:
    if plan.periodicite == "hebdomadaire":
        return plan.premiere_echeance + timedelta(days=_JOURS_PAR_SEMAINE * rang)
    return ajouter_mois(plan.premiere_echeance, rang)


def _taux(creance: Creance, accord: date, parametres: Parametres) -> TauxPlan:
    # C. civ. 1103: the rate the échéancier stipules binds the parties — the legal rate of the
    # creditor's category on the day of the agreement, fixed for the plan (C. mon. fin. L313-2).
    applicable = taux_interet_legal(categorie_taux_legal(creance.creancier), parametres)(accord)
    return TauxPlan(applicable.taux, applicable.source, ARTICLE_TAUX)


def _interets(capital: Decimal, taux: Decimal, depuis: date, jusqu_au: date) -> Decimal:
    """Simple interest on `capital` from the day after `depuis` to `jusqu_au` inclusive, rounded once."""
    exact, jour = Fraction(0), lendemain(depuis)
    while jour <= jusqu_au:
        fin = min(jusqu_au, fin_d_annee(jour))
        exact += interet_exact(capital, taux, jour, fin)
        jour = lendemain(fin)
    return arrondir(exact)


def _controles(creance: Creance, echeancier: Echeancier, parts: tuple[Decimal, ...]) -> list[Constat]:
    plan = creance.plan
    assert plan is not None
    bornes = limites()
    constats = []
    cle = "montant_echeance" if plan.montant_echeance is not None else "nombre_echeances"
    horizon = ajouter_mois(echeancier.date_accord, bornes.duree_maximale_mois)
    # The scheduled day, not the business day it moves to: a 24th monthly instalment on a
    # Saturday at the horizon stays within it, though payable the next Monday.
    derniere = echeancier.echeances[-1].date_prevue
    if derniere > horizon:
        message = (
            f"la dernière échéance, prévue le {date_longue(derniere)}, tombe au-delà de "
            f"{bornes.duree_maximale_mois} mois après l'accord du {date_longue(echeancier.date_accord)} "
            f"(limite : {date_longue(horizon)})"
        )
        if plan.derogation_24_mois:
            constats.append(
                constat(
                    "PLAN-01",
                    message + " ; dépassement accepté par « derogation_24_mois »",
                    ou=creance.position("plan", "derogation_24_mois"),
                    severite=Severite.AVERTISSEMENT,  # the creditor has said so in writing
                    que_faire="Vérifiez que le débiteur ne pourrait pas obtenir mieux du juge ; "
                    "un plan plus court reste préférable.",
                )
            )
        else:
            constats.append(constat("PLAN-01", message, ou=creance.position("plan", cle)))
    plus_faible = min(parts)  # every part: a small last one is as unrealistic as a small first one
    if plus_faible < bornes.echeance_minimale:
        constats.append(
            constat(
                "PLAN-02",
                f"échéance de {euros(plus_faible)} : en deçà de {euros(bornes.echeance_minimale)}, "
                "minimum de pratique d'une échéance réaliste",
                ou=creance.position("plan", cle),
            )
        )
    return constats
