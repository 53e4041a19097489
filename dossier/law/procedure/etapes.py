"""Les courriers que `build` rédige : les copies de l'historique, puis l'étape suivante de la série.

Texte
    C. civ., art. 1342, al. 2 (version en vigueur depuis le 1er octobre 2016) : le paiement « doit
    être fait sitôt que la dette devient exigible » — rien n'est réclamé avant l'échéance.
    C. civ., art. 1305-2 : « Ce qui n'est dû qu'à terme ne peut être exigé avant l'échéance ; mais
    ce qui a été payé d'avance ne peut être répété. » — un échéancier accorde un terme au débiteur.
    C. conso., art. L121-7, 3° : sont réputées agressives les pratiques commerciales qui ont pour
    objet « De se livrer à des sollicitations répétées et non souhaitées par téléphone,
    télécopieur, courrier électronique ou tout autre outil de communication à distance ».

Lecture retenue (docs/decisions.md « Which letters build writes » ; docs/droit.md § 1)
    - Chaque courrier inscrit dans `courriers` est reproduit comme la copie de ce qui a été
      envoyé : daté de sa date, avec les montants de ce jour. Un courrier daté après le jour
      d'édition est ignoré, pour qu'un état passé puisse être reconstitué (ETAPE-01, information).
      Un courrier qui ne pouvait rien réclamer à sa date (aucune facture échue, restant due et non
      prescrite) n'est pas reproduit mais compte dans la série (ETAPE-06, avertissement : une
      erreur de date est probable ; law/plan/suivi.py applique la même règle aux rappels du plan).
    - Puis l'étape suivante de la série (relance 1 → relance 2 → mise en demeure → requête en
      injonction de payer) est rédigée, datée du jour d'édition, si ses conditions sont réunies :
      une facture échue reste due (1342 ; sinon ETAPE-04), et la cadence humaine est respectée —
      tant de jours après le courrier précédent de la série, ou après la plus ancienne échéance
      impayée (sinon ETAPE-05, information qui dit à partir de quand). Ces délais sont de la
      pratique, pas de la loi (law/procedure/cadence.yaml) : des relances rapprochées envers un
      consommateur peuvent être une pratique agressive (L121-7, 3°).
    - La date de paiement que donne la relance 2 (tant de jours après elle) est reportée au premier
      jour ouvré quand elle tombe un samedi, un dimanche ou un jour férié, comme les échéances d'un
      plan (`calendrier.jour_ouvre`) ; la mise en demeure ne vient qu'une fois cette date passée.
    - On ne revient jamais en arrière : pas de relance après une mise en demeure, pas de première
      relance après la seconde ; demander une étape déjà dépassée par `--jusqua` bloque (ETAPE-02).
    - `--jusqua ÉTAPE` va droit à l'étape demandée, sans les étapes non envoyées ni la cadence ; si
      ses conditions manquent, le constat bloque (rien n'est écrit, code de sortie 6) et dit
      laquelle manque et quand elle sera remplie.
    - Un échéancier (`plan`) suspend la série tant qu'il court (1305-2 ; PLAN-04, information) :
      aucune relance ni mise en demeure n'est rédigée, sauf à la forcer par `--jusqua` ;
      law/plan/suivi.py suit ses échéances (rappel, puis déchéance du terme après le préavis).
    - La requête en injonction de payer est la dernière étape : rédigée quand ses conditions sont
      réunies (`rules.verifier_injonction` : cause prouvée, mise en demeure envoyée avec sa preuve
      et son délai expiré, un montant exigible). Atteinte par la série, une condition manquante
      dit seulement pourquoi la requête n'est pas encore rédigée (avertissement, ou information
      tant que court le délai de la mise en demeure) ; demandée par `--jusqua injonction`, elle
      bloque.
    - Code retiré : ETAPE-03 disait que la requête restait à rédiger à part ; elle est désormais
      rédigée ici, ou les constats INJ- disent pourquoi elle ne l'est pas encore.

Exemples
    >>> from dossier.law.exemples import exemple, facture
    >>> from dossier.law.montants.computation import calculer
    >>> c = exemple("b2b", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")])
    >>> [k.code for k in programme(c, date(2025, 10, 3), lambda j: calculer(c, j)).constats]
    ['ETAPE-05']
    >>> [(l.etape.value, l.date) for l in programme(c, date(2025, 10, 6), lambda j: calculer(c, j)).lettres]
    [('relance_1', datetime.date(2025, 10, 6))]
    >>> c = exemple("b2b", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
    ...             courriers=[{"type": "mise_en_demeure", "date": "2025-11-01"}])
    >>> p = programme(c, date(2025, 11, 5), lambda j: calculer(c, j), jusqua=Etape.RELANCE_2)
    >>> [k.code for k in p.constats], [(l.etape.value, l.envoye is not None) for l in p.lettres]
    (['ETAPE-02'], [('mise_en_demeure', True)])
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from pydantic import ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from dossier.findings import Constat, Severite, constat
from dossier.francais import date_longue
from dossier.law.calcul import Calcul
from dossier.law.calendrier import jour_ouvre, lendemain
from dossier.law.rules import verifier_injonction
from dossier.law.rules.injonction_montant import factures_exigibles
from dossier.law.rules.injonction_plan import decheance_notifiee
from dossier.model.claim import Courrier, Creance
from dossier.model.donnees import Entier, ModeleDonnees, Texte, charger_donnees
from dossier.vocabulaire import ETAPES, Etape

CODES = ("ETAPE-01", "ETAPE-02", "ETAPE-04", "ETAPE-05", "ETAPE-06", "PLAN-04")
CODES_RETIRES = ("ETAPE-03",)  # never emitted again, never reused (codes.yaml)


# The letter series, in order: the steps (`vocabulaire.Etape`) `build` drafts.
SERIE = (Etape.RELANCE_1, Etape.RELANCE_2, Etape.MISE_EN_DEMEURE, Etape.INJONCTION)


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


class DelaisYaml(ModeleDonnees):
    """Days before each step of the series (`cadence.yaml` « delais_jours »), one per letter."""

    relance_1: Entier
    relance_2: Entier
    mise_en_demeure: Entier


class CadenceYaml(ModeleDonnees):
    """`law/procedure/cadence.yaml`: practice, not statute, with its source and article."""

    source: Texte
    article: Texte
    delais_jours: DelaisYaml
    delai_reglement_relance_2: Entier

    @field_validator("delai_reglement_relance_2")
    @classmethod
    def _avant_la_mise_en_demeure(cls, delai: int, info: ValidationInfo) -> int:
        """A letter never overtakes the deadline of the previous one."""
        delais = info.data.get("delais_jours")
        if delais is not None and delais.mise_en_demeure <= delai:
            raise PydanticCustomError(
                "cadence",
                "la mise en demeure (« delais_jours.mise_en_demeure » : {mise} jours) doit venir après "
                "l'échéance que laisse la relance 2 ({delai} jours)",
                {"mise": delais.mise_en_demeure, "delai": delai},
            )
        return delai


@cache
def _donnees_cadence() -> CadenceYaml:
    return charger_donnees("dossier.law.procedure", "cadence.yaml", CadenceYaml)


def _cadence() -> dict[str, int]:
    delais: dict[str, int] = _donnees_cadence().delais_jours.model_dump()
    return delais


def delai_reglement_relance_2() -> int:
    """Days the second reminder leaves to pay (practice data, law/procedure/cadence.yaml)."""
    return _donnees_cadence().delai_reglement_relance_2


def date_limite_relance_2(envoi: date) -> date:
    """The day the second reminder asks payment by: so many days after it, moved to the first
    business day when it falls on a Saturday, a Sunday or a public holiday — the rule the
    instalments of a plan follow (`calendrier.jour_ouvre`, law/plan/echeancier.py).

    >>> date_limite_relance_2(date(2026, 2, 20)), date_limite_relance_2(date(2025, 11, 28))
    (datetime.date(2026, 3, 9), datetime.date(2025, 12, 15))
    """
    return jour_ouvre(envoi + timedelta(days=delai_reglement_relance_2()))


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
        # the mise en demeure, and only letters sent after the déchéance count (docs/decisions.md
        # « After a signed plan, the plan governs »: only a notice dated after it satisfies the requête).
        apres = [SERIE.index(c.etape) for c in envoyes if c.date > decheance.date]
        derniere = max([SERIE.index(Etape.RELANCE_2), *apres])
    if jusqua is not None and SERIE.index(jusqua) <= derniere:
        constats.append(
            constat(
                "ETAPE-02",
                f"{ETAPES[jusqua].avec_article} ne peut plus être rédigée : "
                f"{ETAPES[SERIE[derniere]].avec_article} a déjà été envoyée",
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
                f"le dossier prévoit un échéancier : {ETAPES[suivante].avec_article} {pourquoi}",
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
                    message=f"{ETAPES[Etape.INJONCTION].avec_article} n'est pas rédigée : {c.message}",
                )
                for c in empechements
            ]
        return Programme(copies, (*constats, *empechements))
    requete = LettreAProduire(Etape.INJONCTION, calcul.jour, None, factures_exigibles(calcul))
    return Programme(copies, (*constats, *preconditions), requete)


def factures_reclamees(calcul: Calcul, visees: tuple[str, ...] | None) -> tuple[str, ...]:
    """Invoices a letter dated `calcul.jour` claims: due before that day, still owed, not prescribed,
    and among those it names (`courriers[].factures`) when it names some — after a déchéance du
    terme, the plan's balance, whatever invoices the letter names (law/plan/decheance.py)."""
    if calcul.solde_echeancier is not None:
        visees = None
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
    plus_tot = depuis + timedelta(days=_cadence()[etape.value])
    if etape is Etape.MISE_EN_DEMEURE and envois:  # never before the relance 2's own deadline has passed
        plus_tot = max(plus_tot, lendemain(date_limite_relance_2(depuis)))
    return plus_tot


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
            f"{ETAPES[etape].avec_article} n'est pas rédigée : aucune facture échue ne reste due{quand}",
            severite=severite,
        )
    if force:
        return None
    possible_le = date_au_plus_tot(etape, envoyes, min(f.echeance for f in exigibles))
    if jour < possible_le:
        return constat(
            "ETAPE-05",
            f"{ETAPES[etape].avec_article} n'est pas encore rédigée : par respect d'une cadence "
            f"raisonnable, elle pourra l'être à partir du {date_longue(possible_le)}",
            severite=severite,
        )
    return None
