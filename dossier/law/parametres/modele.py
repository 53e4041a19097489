"""Le fichier de paramètres à remplir : chaque valeur publiée qui manque à une date (`dossier taux --modele`).

Quand un calcul s'arrête faute d'une valeur (TAUX-01, sortie 4), l'utilisateur ne recopie pas un
bloc YAML par valeur : `dossier taux --modele --at JOUR` écrit un seul fichier, au format que
`utilisateur.charger_parametres` lit, avec chaque valeur inconnue ce jour-là — son nom, sa période,
l'article qui la prévoit et où elle est publiée — et des « … » à remplacer par la valeur publiée,
sa référence et sa source (docs/decisions.md « Law data »). Un « … » laissé tel quel est
refusé au chargement (TAUX-02), jamais pris pour une valeur.

Ce qui manque au `jour`
    - après le dernier jour connu d'une valeur publiée par période (`connu_jusqu_au`) : pour un
      taux semestriel, chaque semestre jusqu'à celui du `jour` (connu jusqu'à sa fin) ; pour le
      taux de la BCE, le taux en vigueur le lendemain du dernier jour connu, puis une valeur par
      décision prise depuis (connu jusqu'au `jour`) ;
    - avant le premier jour des données (valeur publiée ou texte antérieur non encodé) : les
      valeurs depuis le `jour` jusqu'à la veille des données.
    Un texte en vigueur (`depuis`) ne manque jamais après sa date : il n'expire pas.

Exemple
    >>> from datetime import date
    >>> from dossier.law.parametres.lecture import parametres_officiels
    >>> texte = modele(date(2026, 12, 4), parametres_officiels())
    >>> [ligne.strip() for ligne in texte.splitlines() if ligne.startswith("  t") and ligne.endswith(":")]
    ['taux_interet_legal.autres_cas:', 'taux_interet_legal.particuliers:', 'taux_refinancement_bce:']
    >>> modele(date(2026, 3, 1), parametres_officiels()) is None
    True
"""

from __future__ import annotations

from datetime import date

from dossier.francais import date_longue
from dossier.law.calendrier import Semestre, lendemain, semestre, veille
from dossier.law.parametres.format import A_REMPLIR, Parametre
from dossier.law.parametres.lecture import Parametres

UNITES = {
    "pourcent_par_an": "en % l'an, point décimal",
    "points": "en points de pourcentage",
    "multiple": "un multiple",
    "euros": "en euros, point décimal",
    "annees": "en années",
    "jours": "en jours",
}


def modele(jour: date, parametres: Parametres) -> str | None:
    """Le fichier à remplir pour le `jour`, ou None quand aucune valeur n'y manque."""
    blocs = [bloc for p in parametres if (bloc := _bloc(p, jour))]
    if not blocs:
        return None
    entete = [
        f"# Valeurs publiées inconnues de dossier au {date_longue(jour)} : fichier de paramètres à remplir.",
        f"# Remplacez chaque « {A_REMPLIR} » par la valeur publiée (entre guillemets, point décimal),",
        "# le texte qui la fixe et sa publication ; supprimez un bloc dont votre calcul n'a pas",
        "# besoin (TAUX-01 nomme les valeurs qu'il demande). Puis : dossier check claim.yaml",
        "# --parametres CE_FICHIER (ou la variable d'environnement DOSSIER_PARAMETRES). Les documents",
        "# signalent ces valeurs comme fournies par l'utilisateur (TAUX-03).",
        "version: 1",
        "parametres:",
    ]
    return "\n".join(entete + [ligne for bloc in blocs for ligne in bloc]) + "\n"


def _bloc(parametre: Parametre, jour: date) -> list[str]:
    connu = parametre.connu_jusqu_au
    if jour < parametre.debut:
        debuts = _debuts(parametre, jour, veille(parametre.debut))
        avant = f"avant le {date_longue(parametre.debut)}, premier jour connu"
        return _ecrire(parametre, debuts, None, avant)
    if connu is None or jour <= connu:
        return []
    if parametre.periodicite == "semestrielle":
        return _ecrire(
            parametre, _debuts(parametre, lendemain(connu), jour), semestre(jour).fin, "chaque semestre"
        )
    return _ecrire(
        parametre,
        [lendemain(connu)],
        jour,
        f"la valeur en vigueur le {date_longue(lendemain(connu))}, puis une valeur par changement "
        "(à sa date d'effet)",
    )


def _debuts(parametre: Parametre, du: date, au: date) -> list[date]:
    """Le premier jour de chaque valeur à fournir du `du` au `au` : un par semestre, ou un seul."""
    if parametre.periodicite != "semestrielle":
        return [du]
    courant: Semestre = semestre(du)
    debuts = []
    while courant.debut <= au:
        debuts.append(courant.debut)
        courant = courant.suivant
    return debuts


def _ecrire(parametre: Parametre, debuts: list[date], connu: date | None, quoi: str) -> list[str]:
    lignes = [
        "",
        f"  # {parametre.description} ({parametre.article}) : {quoi}",
        f"  # publication : {parametre.publication}",
        f"  {parametre.id}:",
    ]
    if connu is not None:
        lignes.append(f'    connu_jusqu_au: "{connu.isoformat()}"  # dernier jour où elles sont connues')
    lignes.append("    valeurs:")
    for debut in debuts:
        periode = semestre(debut).libelle if parametre.periodicite == "semestrielle" else date_longue(debut)
        lignes += [
            f'      - du: "{debut.isoformat()}"  # {periode}',
            f'        valeur: "{A_REMPLIR}"  # {UNITES[parametre.unite]}',
            f'        reference: "{A_REMPLIR}"  # le texte qui la fixe, daté (arrêté, décision de la BCE)',
            f'        source: "{A_REMPLIR}"  # sa publication (JORF du …, communiqué de la BCE du …)',
        ]
    return lignes
