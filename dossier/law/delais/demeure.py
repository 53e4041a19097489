"""Point de départ des intérêts d'une créance civile : la mise en demeure, ou l'exigibilité par contrat.

Texte
    C. civ., art. 1344 : « Le débiteur est mis en demeure de payer soit par une sommation ou un
    acte portant interpellation suffisante, soit, si le contrat le prévoit, par la seule
    exigibilité de l'obligation. »
    C. civ., art. 1344-1 : « La mise en demeure de payer une obligation de somme d'argent fait
    courir l'intérêt moratoire, au taux légal, sans que le créancier soit tenu de justifier d'un
    préjudice. » — art. 1231-6, al. 1 : l'intérêt au taux légal est dû « à compter de la mise en
    demeure ».

Lecture retenue (docs/decisions.md « Interest details »)
    - La mise en demeure est un courrier `type: mise_en_demeure` daté au plus tard du jour du
      calcul. Elle prend effet à la date de son accusé de réception s'il est connu, sinon à la
      date de la lettre (choix documenté) ; un accusé de réception postérieur au jour du calcul
      signifie que la lettre n'avait pas encore pris effet ce jour-là.
    - Elle vise les factures échues à sa prise d'effet, ou seulement celles de
      `courriers[].factures` quand la liste est donnée. Une facture échue plus tard ne porte pas
      d'intérêts tant qu'une nouvelle mise en demeure ne la vise pas (INT-02). Sans mise en demeure
      qui ait pris effet au jour du calcul, pas d'intérêts du tout (INT-08).
    - Les intérêts courent du lendemain de la prise d'effet ; avec la clause de
      `contrat.demeure_par_exigibilite`, du lendemain de l'échéance (C. civ. 1344).
    - Une relance n'est pas traitée comme une mise en demeure, même si sa lettre pourrait valoir
      « interpellation suffisante » : la demande la plus sûre.

Exemples
    >>> from dossier.law.exemples import exemple, facture
    >>> creance = exemple("consommateur", factures=[facture("F-1", "2025-09-01", "2025-10-01", "600.00")],
    ...                   courriers=[{"type": "mise_en_demeure", "date": "2025-11-20"}])
    >>> depart = point_de_depart(creance, creance.factures[0], date(2026, 2, 28))
    >>> depart.depart
    datetime.date(2025, 11, 21)
    >>> depart.fondement
    'mise en demeure du 20 novembre 2025 (date de la lettre, aucun accusé de réception)'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dossier.francais import date_longue
from dossier.law.calendrier import lendemain
from dossier.model.claim import Creance, Facture

CODES = ("INT-02", "INT-08")


@dataclass(frozen=True)
class MiseEnDemeure:
    index: int  # rang dans `courriers`
    lettre: date  # date de la lettre
    effet: date  # accusé de réception, sinon date de la lettre
    recue: bool  # True quand `effet` vient de l'accusé de réception
    factures: tuple[str, ...] | None  # None : toutes les factures échues à sa prise d'effet

    @property
    def libelle(self) -> str:
        if self.recue:
            # read after « lendemain de la » : the day that counts is the receipt, not the letter's
            recue, lettre = date_longue(self.effet), date_longue(self.lettre)
            return f"réception, le {recue}, de la mise en demeure du {lettre}"
        return f"mise en demeure du {date_longue(self.lettre)} (date de la lettre, aucun accusé de réception)"


@dataclass(frozen=True)
class PointDeDepart:
    depart: date | None  # premier jour d'intérêts, None quand ils ne courent pas
    fondement: str  # pour le décompte : quelle mise en demeure, ou quelle clause
    hors_mise_en_demeure: bool = False  # une mise en demeure a pris effet mais ne vise pas la facture


def mises_en_demeure(creance: Creance, jour: date) -> tuple[MiseEnDemeure, ...]:
    """Les mises en demeure qui ont pris effet au plus tard le `jour`, de la plus ancienne à la dernière."""
    trouvees = []
    for index, courrier in enumerate(creance.courriers):
        if courrier.type != "mise_en_demeure" or courrier.date > jour:
            continue
        recu = courrier.accuse_reception
        effet = recu.date if recu is not None else courrier.date
        if effet > jour:  # reçue après le jour du calcul : pas encore d'effet ce jour-là
            continue
        trouvees.append(MiseEnDemeure(index, courrier.date, effet, recu is not None, courrier.factures))
    return tuple(sorted(trouvees, key=lambda m: (m.effet, m.index)))


def mises_en_demeure_en_attente(creance: Creance, jour: date) -> tuple[int, ...]:
    """Rangs des mises en demeure envoyées au plus tard le `jour` mais reçues après lui."""
    return tuple(
        i
        for i, c in enumerate(creance.courriers)
        if c.type == "mise_en_demeure"
        and c.date <= jour
        and c.accuse_reception is not None
        and c.accuse_reception.date > jour
    )


def point_de_depart(creance: Creance, facture: Facture, jour: date) -> PointDeDepart:
    """Premier jour d'intérêts de `facture` dans une créance civile, et son fondement."""
    # « soit, si le contrat le prévoit, par la seule exigibilité de l'obligation » (1344)
    if creance.contrat is not None and creance.contrat.demeure_par_exigibilite:
        return PointDeDepart(
            lendemain(facture.echeance),
            "clause de mise en demeure par la seule exigibilité (C. civ. 1344) : "
            f"échéance du {date_longue(facture.echeance)}",
        )
    # « à compter de la mise en demeure » (1231-6) : la première qui vise la facture échue
    envoyees = mises_en_demeure(creance, jour)
    for med in envoyees:
        visee = med.factures is None or facture.numero in med.factures
        if visee and facture.echeance <= med.effet:
            return PointDeDepart(lendemain(med.effet), med.libelle)
    return PointDeDepart(None, "aucune mise en demeure ne vise cette facture échue", bool(envoyees))
