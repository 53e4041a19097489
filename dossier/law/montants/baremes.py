"""Les barèmes en vigueur, pour `dossier taux [--at DATE]` : des données, jamais d'affichage.

Sans date : chaque paramètre avec toutes ses valeurs datées et leurs sources, le dernier jour où
toutes les valeurs publiées par période sont connues (un texte en vigueur n'expire pas), et le
tableau des pénalités par défaut entre professionnels
(C. com. L441-10, II : taux BCE au 1er janvier ou au 1er juillet, majoré), semestre par semestre,
avec le plancher d'une clause (multiple du taux légal « autres cas ») quand il est connu.
Avec une date : la seule valeur en vigueur ce jour-là ; une date hors des données lève
`LawDataMissing` (sortie 4) nommant chaque valeur manquante.

    >>> b = baremes(date(2026, 3, 1))
    >>> [(f.id, f.valeurs[0].valeur) for f in b.parametres if f.id.startswith("taux_interet_legal")]
    [('taux_interet_legal.autres_cas', Decimal('2.62')), ('taux_interet_legal.particuliers', Decimal('6.67'))]
    >>> [(p.semestre, p.taux, p.plancher) for p in b.penalites]
    [('1er semestre 2026', Decimal('12.15'), Decimal('7.86'))]
    >>> baremes().connu_jusqu_au
    datetime.date(2026, 6, 30)
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from dossier.law.calendrier import Semestre, semestre
from dossier.law.montants.penalites import plancher, taux_par_defaut
from dossier.law.parametres.lecture import Parametre, Parametres, parametres_officiels


@dataclass(frozen=True)
class PenalitesSemestre:
    """Le taux par défaut des pénalités entre professionnels pour un semestre (L441-10, II)."""

    semestre: str  # « 1er semestre 2026 »
    du: date
    au: date
    taux: Decimal  # taux BCE au premier jour du semestre + majoration, % par an
    source: str
    plancher: Decimal | None  # plus bas taux qu'une clause peut fixer ; None si le taux légal est inconnu
    fourni_par_utilisateur: bool


@dataclass(frozen=True)
class Baremes:
    jour: date | None
    connu_jusqu_au: date  # dernier jour où toutes les valeurs publiées par période sont connues
    parametres: tuple[Parametre, ...]  # each with all its values, or only the one in force on `jour`
    penalites: tuple[PenalitesSemestre, ...]


def baremes(jour: date | None = None, parametres: Parametres | None = None) -> Baremes:
    """Tous les barèmes (sans `jour`), ou ceux en vigueur le `jour`."""
    parametres = parametres or parametres_officiels()
    tous = list(parametres)
    if jour is None:
        fiches = tuple(tous)
        semestres = _semestres_connus(parametres)
    else:
        valeurs = parametres.valeurs_a([(p.id, jour) for p in tous])
        fiches = tuple(replace(p, valeurs=(v,)) for p, v in zip(tous, valeurs, strict=True))
        semestres = [semestre(jour)]
    connu = min(p.connu_jusqu_au for p in tous if p.connu_jusqu_au is not None)
    return Baremes(jour, connu, fiches, tuple(_penalites(s, parametres) for s in semestres))


def _semestres_connus(parametres: Parametres) -> list[Semestre]:
    """Les semestres dont le premier jour et le dernier jour connu permettent le taux par défaut."""
    bce, majoration = parametres["taux_refinancement_bce"], parametres["penalites_retard.majoration"]
    courant = semestre(max(bce.debut, majoration.debut))
    if courant.debut < max(bce.debut, majoration.debut):
        courant = courant.suivant
    fin = min(p.connu_jusqu_au or date.max for p in (bce, majoration))
    semestres = []
    while courant.fin <= fin:
        semestres.append(courant)
        courant = courant.suivant
    return semestres


def _penalites(periode: Semestre, parametres: Parametres) -> PenalitesSemestre:
    defaut = taux_par_defaut(periode.debut, parametres)
    # un semestre où le taux légal n'est pas dans les données : pas de plancher, la colonne reste vide
    connu = all(
        parametres[id].valeur_a(periode.debut) is not None
        for id in ("penalites_retard.multiple_plancher", "taux_interet_legal.autres_cas")
    )
    minimum = plancher(periode.debut, parametres).taux if connu else None
    return PenalitesSemestre(
        periode.libelle,
        periode.debut,
        periode.fin,
        defaut.taux,
        defaut.source,
        minimum,
        defaut.fourni_par_utilisateur,
    )
