"""Pénalités de retard entre professionnels : taux par défaut (BCE + points) et plancher du taux contractuel.

Texte
    C. com., art. L441-10, II, al. 1 (version issue de l'ord. n° 2019-359 du 24 avril 2019) :
    « Les conditions de règlement […] précisent les conditions d'application et le taux
    d'intérêt des pénalités de retard exigibles le jour suivant la date de règlement figurant sur
    la facture […]. Sauf disposition contraire qui ne peut toutefois fixer un taux inférieur à
    trois fois le taux d'intérêt légal, ce taux est égal au taux d'intérêt appliqué par la Banque
    centrale européenne à son opération de refinancement la plus récente majoré de 10 points de
    pourcentage. Dans ce cas, le taux applicable pendant le premier semestre de l'année
    concernée est le taux en vigueur au 1er janvier de l'année en question. Pour le second
    semestre de l'année concernée, il est le taux en vigueur au 1er juillet de l'année en
    question. Les pénalités de retard sont exigibles sans qu'un rappel soit nécessaire. »
    Paramètres : `taux_refinancement_bce`, `penalites_retard.majoration`,
    `penalites_retard.multiple_plancher`, `taux_interet_legal.autres_cas`.

Lecture retenue
    - Sans clause : taux BCE en vigueur au 1er janvier ou au 1er juillet, plus la majoration,
      fixe pour tout le semestre ; jamais soumis au plancher (docs/decisions.md « Interest details »).
    - Avec clause : le plancher (multiple × taux légal « autres cas » du semestre, le créancier
      étant un professionnel) ne contraint que la clause. Clause au moins égale au plancher :
      elle s'applique. Clause inférieure : elle est illicite ; faut-il le plancher ou le taux par
      défaut ? [U] — on réclame le plus bas des deux et on avertit (INT-01).

Exemples
    >>> from dossier.law.parametres.lecture import parametres_officiels
    >>> t = taux_par_defaut(date(2025, 6, 15), parametres_officiels())
    >>> t.taux, t.du, t.au
    (Decimal('13.15'), datetime.date(2025, 1, 1), datetime.date(2025, 6, 30))
    >>> plancher(date(2025, 9, 1), parametres_officiels()).taux  # 3 × 2,76 %
    Decimal('8.28')
    >>> fonction = taux_penalites(parametres_officiels(), Decimal("5.00"))
    >>> fonction(date(2025, 9, 1)).taux  # clause sous le plancher : min(8,28 ; 12,15)
    Decimal('8.28')
    >>> fonction(date(2024, 3, 1)).taux  # min(3 × 5,07 = 15,21 ; 14,50)
    Decimal('14.50')
    >>> taux_penalites(parametres_officiels(), Decimal("15.00"))(date(2025, 9, 1)).taux
    Decimal('15.00')
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from dossier.francais import date_longue, decimal_fr
from dossier.law.calendrier import semestre
from dossier.law.montants.interest import FonctionTaux, TauxApplicable
from dossier.law.parametres.lecture import Parametres

ARTICLE = "C. com. L441-10, II"
CODE = "INT-01"


def _pourcent(taux: Decimal) -> str:
    return f"{decimal_fr(taux)} %"


def taux_par_defaut(jour: date, parametres: Parametres) -> TauxApplicable:
    """Taux BCE au premier jour du semestre de `jour`, majoré ; constant sur le semestre."""
    periode = semestre(jour)
    # « le taux applicable pendant le premier semestre […] est le taux en vigueur au 1er janvier »
    bce, majoration = parametres.valeurs_a(
        [("taux_refinancement_bce", periode.debut), ("penalites_retard.majoration", jour)]
    )
    source = (
        f"taux de refinancement de la BCE en vigueur au {date_longue(periode.debut)} : "
        f"{_pourcent(bce.valeur)} ({bce.citation}), majoré de {majoration.valeur} points "
        f"({majoration.reference})"
    )
    return TauxApplicable(
        taux=bce.valeur + majoration.valeur,
        du=max(periode.debut, majoration.du),
        au=min(periode.fin, majoration.au),
        source=source,
        article=ARTICLE,
        fourni_par_utilisateur=bce.fourni_par_utilisateur or majoration.fourni_par_utilisateur,
    )


def plancher(jour: date, parametres: Parametres) -> TauxApplicable:
    """Le plus bas taux qu'une clause peut fixer : multiple × taux légal « autres cas » du jour."""
    # « un taux inférieur à trois fois le taux d'intérêt légal »
    multiple, legal = parametres.valeurs_a(
        [("penalites_retard.multiple_plancher", jour), ("taux_interet_legal.autres_cas", jour)]
    )
    source = (
        f"plancher légal : {multiple.valeur} × taux de l'intérêt légal (autres cas) du "
        f"{semestre(jour).libelle}, {_pourcent(legal.valeur)} ({legal.citation})"
    )
    return TauxApplicable(
        taux=multiple.valeur * legal.valeur,
        du=max(multiple.du, legal.du),
        au=min(multiple.au, legal.au),
        source=source,
        article=ARTICLE,
        fourni_par_utilisateur=multiple.fourni_par_utilisateur or legal.fourni_par_utilisateur,
    )


def taux_penalites(parametres: Parametres, taux_contractuel: Decimal | None) -> FonctionTaux:
    """Le taux des pénalités, jour par jour : la clause si elle est licite, sinon le défaut légal."""

    def taux_du_jour(jour: date) -> TauxApplicable:
        # « Sauf disposition contraire… » : sans clause, le taux par défaut, sans plancher
        if taux_contractuel is None:
            return taux_par_defaut(jour, parametres)
        minimum = plancher(jour, parametres)
        # « … qui ne peut toutefois fixer un taux inférieur à trois fois le taux d'intérêt légal »
        if taux_contractuel >= minimum.taux:
            return TauxApplicable(
                taux_contractuel,
                minimum.du,
                minimum.au,
                f"taux contractuel (contrat.taux_penalites), au moins égal au {minimum.source}",
                ARTICLE,
                minimum.fourni_par_utilisateur,
            )
        # clause illicite : le plus bas du plancher et du taux par défaut [U] (INT-01)
        defaut = taux_par_defaut(jour, parametres)
        retenu = minimum if minimum.taux <= defaut.taux else defaut
        source = (
            f"taux contractuel de {_pourcent(taux_contractuel)} inférieur au plancher légal : retenu le plus "
            f"bas du plancher et du taux par défaut, soit le {retenu.source}"
        )
        return TauxApplicable(
            retenu.taux,
            max(minimum.du, defaut.du),
            min(minimum.au, defaut.au),
            source,
            ARTICLE,
            minimum.fourni_par_utilisateur or defaut.fourni_par_utilisateur,
        )

    return taux_du_jour
