"""Toutes les valeurs publiées qui manquent à un calcul, dites en un seul constat (TAUX-01).

Un calcul arrêté au-delà des données (sortie 4) nomme chaque valeur qui lui manque, sur toute la
période de la créance (`LawDataMissing.manquantes` : chaque paramètre demandé et le jour de la
demande, facture par facture). Plutôt qu'un constat par valeur, chacun avec la même marche à
suivre, l'utilisateur lit une liste courte — le nom de chaque valeur, sa période, où elle est
publiée — et deux façons d'avancer : écrire le fichier à remplir (`dossier taux --modele --at
JOUR`, `modele.py`), ou calculer dès aujourd'hui au dernier jour où ces valeurs sont connues
(`--date`, ou `--at` pour `dossier taux`).

Exemple
    >>> from datetime import date
    >>> from dossier.law.parametres.lecture import parametres_officiels
    >>> p = parametres_officiels()
    >>> try:
    ...     p.valeurs_a([("taux_interet_legal.autres_cas", date(2026, 8, 1))])
    ... except LawDataMissing as erreur:
    ...     manque = erreur
    >>> (seul,) = regrouper(manque, date(2027, 3, 1), p).constats
    >>> print(seul.message.split(" (C. mon.")[0])
    une valeur publiée manque pour calculer au 1er mars 2027 :
    – taux de l'intérêt légal (autres cas), 2e semestre 2026 et 1er semestre 2027
    >>> "Sans attendre : « --date 2026-06-30 »" in seul.que_faire
    True
    >>> dernier_jour_connu(manque, p)
    datetime.date(2026, 6, 30)
"""

from __future__ import annotations

from datetime import date

from dossier.errors import LawDataMissing
from dossier.findings import constat
from dossier.francais import date_longue, enumeration
from dossier.law.calendrier import lendemain, semestre
from dossier.law.parametres.format import Parametre
from dossier.law.parametres.lecture import Parametres, que_faire_modele


def _periode(parametre: Parametre, jour: date) -> str:
    if parametre.periodicite == "semestrielle":
        return semestre(jour).libelle
    return f"au {date_longue(jour)}"


def _periodes(parametre: Parametre, demandes: list[date], jour: date) -> str:
    """Every period of `parametre` the computation as of `jour` lacks: from the day after its last
    known day up to `jour` (each semester, for a half-yearly rate) — not only the first one a
    computation stumbled on, so that supplying them reveals no other; before its data, each day
    asked for."""
    morceaux = [_periode(parametre, j) for j in sorted(demandes) if j < parametre.debut]
    connu = parametre.connu_jusqu_au
    if connu is not None and any(j > connu for j in demandes):
        debut = lendemain(connu)
        if parametre.periodicite == "semestrielle":
            courant = semestre(debut)
            while courant.debut <= jour:
                morceaux.append(courant.libelle)
                courant = courant.suivant
        else:
            morceaux.append(f"du {date_longue(debut)} au {date_longue(max(jour, debut))}")
    return enumeration(list(dict.fromkeys(morceaux)))


def dernier_jour_connu(erreur: LawDataMissing, parametres: Parametres) -> date | None:
    """The last day every missing value is known up to, when they are missing after their data
    (not before it): a computation as of that day needs none of them."""
    fins = [
        p.connu_jusqu_au
        for id, jour in erreur.manquantes
        if (p := parametres[id]).connu_jusqu_au is not None and jour > p.connu_jusqu_au
    ]
    return min(fins) if fins else None


def regrouper(
    erreur: LawDataMissing, jour: date, parametres: Parametres, option: str = "--date"
) -> LawDataMissing:
    """`erreur` with its TAUX-01 findings made one: every missing value on a line, what to do once.

    `jour` is the day of the computation (the file to fill covers everything up to it); `option`
    how the user names a day (`--date` for check, build and plan, `--at` for taux)."""
    if not erreur.manquantes:
        return erreur
    jours: dict[str, list[date]] = {}
    for id, quand in erreur.manquantes:
        jours.setdefault(id, []).append(quand)
    lignes = []
    for id, demandes in jours.items():
        p = parametres[id]
        periodes = _periodes(p, demandes, jour)
        lignes.append(f"– {p.description}, {periodes} ({p.article}) ; publication : {p.publication}")
    combien = "une valeur publiée manque" if len(jours) == 1 else f"{len(jours)} valeurs publiées manquent"
    message = f"{combien} pour calculer au {date_longue(jour)} :\n" + "\n".join(lignes)
    que_faire = que_faire_modele(jour)
    dernier = dernier_jour_connu(erreur, parametres)
    if dernier is not None and dernier < jour:
        que_faire += (
            f" Sans attendre : « {option} {dernier.isoformat()} » calcule au {date_longue(dernier)}, "
            "dernier jour où les données sont complètes."
        )
    autres = [c for c in erreur.constats if c.code != "TAUX-01"]
    return LawDataMissing([constat("TAUX-01", message, que_faire=que_faire), *autres], erreur.manquantes)
