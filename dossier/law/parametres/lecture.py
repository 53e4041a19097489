"""Paramètres juridiques datés : chargement strict des fichiers `params/*.yaml` et lecture à une date.

Chaque nombre de loi (taux, montant, durée) vit dans un fichier `dossier/law/parametres/donnees/<id>.yaml`,
jamais dans le code (docs/style.md, règle 1). Format, plus strict qu'OpenFisca :

    id: taux_interet_legal.autres_cas        # = nom du fichier
    description: "taux de l'intérêt légal (autres cas)"
    article: "C. mon. fin. L313-2, D313-1-A"  # une chaîne courte, comme dans calcul.json
    unite: pourcent_par_an                   # pourcent_par_an | points | multiple | euros | annees | jours
    periodicite: semestrielle                # semestrielle (chaque valeur = un semestre entier) | libre
    connu_jusqu_au: "2026-06-30"             # publiée par période : au-delà, l'outil refuse de deviner
    publication: "Journal officiel : …"      # où la valeur est publiée (repris par le modèle à remplir)
    valeurs:                                 # chaque valeur court de `du` à la veille de la suivante
      - du: "2026-01-01"
        valeur: "2.62"                       # décimal entre guillemets
        reference: "Arrêté du 15 décembre 2025 relatif à la fixation du taux de l'intérêt légal"
        source: "JORF 26 déc. 2025"
        fiabilite: V                         # V texte officiel lu ; S sources secondaires ; U non confirmé

Une valeur fixée par un texte jusqu'à ce qu'il soit modifié (les 10 points de L441-10, les 40 € de
D441-5, une durée de prescription) porte `depuis: "2019-04-26"` (la date de sa dernière valeur) au
lieu de `connu_jusqu_au` : elle n'expire pas (docs/decisions.md « Statute constants do not expire »).

Les valeurs se suivent sans trou ni chevauchement (dates strictement croissantes ; pour un
paramètre semestriel, un semestre après l'autre, et `connu_jusqu_au` ne dépasse pas le dernier
semestre). Une date hors des données lève `LawDataMissing` (code TAUX-01, sortie 4), dont le
message dit quelle valeur manque, pour quelle période et où elle est publiée, et renvoie à
`dossier taux --modele --at JOUR`, qui écrit le fichier à remplir (`modele.py`) ; une ligne
calculée avec une valeur fournie par l'utilisateur est signalée (TAUX-03) ; un fichier du paquet
invalide est une erreur du logiciel (TAUX-04, sortie 1).

Valeurs fournies par l'utilisateur
    Un taux pas encore dans les données se fournit dans un fichier (`--parametres FICHIER` ou
    `DOSSIER_PARAMETRES`), lu et fusionné avec elles par `utilisateur.py`.

Exemples
    >>> v = valeur_a("taux_interet_legal.autres_cas", date(2026, 3, 1))
    >>> v.valeur, v.du, v.au, v.source, v.fourni_par_utilisateur
    (Decimal('2.62'), datetime.date(2026, 1, 1), datetime.date(2026, 6, 30), 'JORF 26 déc. 2025', False)
    >>> try:
    ...     valeur_a("taux_interet_legal.autres_cas", date(2026, 7, 1))
    ... except LawDataMissing as erreur:
    ...     print(erreur.exit_code, erreur.constats[0].code, erreur.constats[0].message.split(" : ")[0])
    4 TAUX-01 taux de l'intérêt légal (autres cas), 2e semestre 2026
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from dossier.errors import DossierError, LawDataMissing
from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.law.calendrier import semestre
from dossier.law.parametres.format import (
    Entete,
    Parametre,
    ValeurDatee,
    assembler,
    erreurs_d_entete,
    erreurs_de_suite,
    lire_parametre,
    valeur_datee,
)
from dossier.model.yaml_composition import Chemin, ErreurYaml
from dossier.model.yaml_strict import charger_yaml

__all__ = [
    "ENV_PARAMETRES",
    "OPTION_PARAMETRES",
    "Parametre",
    "Parametres",
    "ValeurDatee",
    "parametres_officiels",
    "valeur_a",
]

ENV_PARAMETRES = "DOSSIER_PARAMETRES"
OPTION_PARAMETRES = "--parametres"
CODES = ("TAUX-01", "TAUX-03", "TAUX-04")  # TAUX-02, the user's file refused: `utilisateur.py`


class Parametres:
    """Le jeu de paramètres d'un calcul : les données du paquet, prolongées par l'utilisateur."""

    def __init__(self, parametres: Mapping[str, Parametre], fichier_utilisateur: Path | None = None) -> None:
        self._parametres = dict(parametres)
        self.fichier_utilisateur = fichier_utilisateur
        self._consultees: dict[tuple[str, date], ValeurDatee] | None = None

    def journalise(self) -> Parametres:
        """Le même jeu, qui retient chaque valeur lue (`consultees`) : le manifeste d'une
        construction liste les données légales dont ses chiffres dépendent. Un jeu neuf, pour que le
        jeu officiel, partagé par le processus, ne retienne rien.

        >>> jeu = parametres_officiels().journalise()
        >>> _ = jeu.valeur_a("taux_interet_legal.autres_cas", date(2026, 3, 1))
        >>> [(v.id, v.du.isoformat()) for v in jeu.consultees()]
        [('taux_interet_legal.autres_cas', '2026-01-01')]
        >>> parametres_officiels().consultees()
        ()
        """
        jeu = Parametres(self._parametres, self.fichier_utilisateur)
        jeu._consultees = {}
        return jeu

    def consultees(self) -> tuple[ValeurDatee, ...]:
        """Les valeurs lues depuis `journalise()`, par identifiant puis par date (vide sans journal)."""
        consultees = self._consultees or {}
        return tuple(consultees[cle] for cle in sorted(consultees))

    def __getitem__(self, id: str) -> Parametre:
        try:
            return self._parametres[id]
        except KeyError:
            raise DossierError(
                [constat("TAUX-04", f"paramètre « {id} » absent des données du paquet")]
            ) from None

    def par_id(self) -> dict[str, Parametre]:
        """Une copie du jeu, par identifiant (pour le prolonger)."""
        return dict(self._parametres)

    def __iter__(self) -> Iterator[Parametre]:
        return iter(sorted(self._parametres.values(), key=lambda p: p.id))

    def valeur_a(self, id: str, jour: date) -> ValeurDatee:
        """La valeur de `id` le `jour` ; hors des données : `LawDataMissing` (TAUX-01, sortie 4)."""
        return self.valeurs_a([(id, jour)])[0]

    def valeurs_a(self, demandes: Sequence[tuple[str, date]]) -> tuple[ValeurDatee, ...]:
        """Plusieurs valeurs d'un coup ; toutes celles qui manquent sont nommées dans une seule erreur."""
        trouvees, manquantes, demandees = [], [], []
        for id, jour in demandes:
            valeur = self[id].valeur_a(jour)
            if valeur is None:
                manquantes.append(self.constat_manquant(id, jour))
                demandees.append((id, jour))
            else:
                trouvees.append(valeur)
                if self._consultees is not None:
                    self._consultees[(valeur.id, valeur.du)] = valeur
        if manquantes:
            raise LawDataMissing(list(dict.fromkeys(manquantes)), demandees)
        return tuple(trouvees)

    def constat_manquant(self, id: str, jour: date) -> Constat:
        """TAUX-01 : quelle valeur manque, pour quelle période, où elle est publiée ; la suite renvoie
        au modèle à remplir (`dossier taux --modele`) au lieu de répéter un bloc YAML par valeur."""
        parametre = self[id]
        if parametre.periodicite == "semestrielle":
            periode, modele_au = semestre(jour).libelle, semestre(jour).debut
        else:
            periode, modele_au = f"au {date_longue(jour)} ({semestre(jour).libelle})", jour
        connues = (
            f"les données vont du {date_longue(parametre.debut)} au {date_longue(parametre.connu_jusqu_au)}"
            if parametre.connu_jusqu_au is not None
            else f"le texte encodé s'applique depuis le {date_longue(parametre.debut)}"
        )
        message = (
            f"{parametre.description}, {periode} : valeur inconnue ; {connues} ({parametre.article}) ; "
            f"publication : {parametre.publication}"
        )
        return constat("TAUX-01", message, que_faire=que_faire_modele(modele_au))


def que_faire_modele(jour: date) -> str:
    """Ce que TAUX-01 demande : écrire le modèle, le remplir, le passer au calcul."""
    return (
        "Écrivez le fichier à remplir : "
        f"« dossier taux --modele --at {jour.isoformat()} > parametres.yaml » ; "
        "remplacez chaque « … » par la valeur publiée, sa référence et sa source, puis relancez avec "
        f"{OPTION_PARAMETRES} parametres.yaml (ou la variable d'environnement {ENV_PARAMETRES})."
    )


@cache
def parametres_officiels() -> Parametres:
    """Les données du paquet, lues et validées une fois par processus."""
    dossier = resources.files("dossier.law.parametres").joinpath("donnees")
    parametres: dict[str, Parametre] = {}
    for fichier in sorted(dossier.iterdir(), key=lambda f: f.name):
        if fichier.name.endswith(".yaml"):
            nom = f"dossier/law/parametres/donnees/{fichier.name}"
            parametre = lire_fichier_du_paquet(fichier.read_text(encoding="utf-8"), nom)
            parametres[parametre.id] = parametre
    return Parametres(parametres)


def lire_fichier_du_paquet(texte: str, nom: str) -> Parametre:
    """Le fichier `nom` des données du paquet, lu sans pydantic s'il est bien formé
    (`format.lire_parametre`) ; sinon refusé par `modeles.ParametreYaml` (TAUX-04, sortie 1) à sa
    ligne et sa colonne."""
    try:
        donnees, positions = charger_yaml(texte, libyaml=True)
    except ErreurYaml as erreur:
        raise DossierError(
            [constat("TAUX-04", f"{nom}:{erreur.ligne}:{erreur.colonne} {erreur.message}")]
        ) from None
    brut = lire_parametre(donnees) or _par_le_modele(donnees, nom, positions)
    if brut.id != nom.rsplit("/", 1)[-1].removesuffix(".yaml"):
        raise DossierError(
            [constat("TAUX-04", f"{nom} : l'id « {brut.id} » ne correspond pas au nom du fichier")]
        )
    valeurs = tuple(valeur_datee(brut, v, fourni=False) for v in brut.valeurs)
    parametre = assembler(brut, valeurs, brut.connu_jusqu_au)
    erreurs_suite = erreurs_d_entete(brut) + erreurs_de_suite(parametre)
    if erreurs_suite:
        raise DossierError([constat("TAUX-04", f"{nom} : {e}") for e in erreurs_suite])
    return parametre


def _par_le_modele(donnees: Any, nom: str, positions: Mapping[Chemin, tuple[int, int]]) -> Entete:
    """Un fichier du paquet que `lire_parametre` ne prend pas : `ParametreYaml` le lit, ou le
    refuse (TAUX-04) à sa position."""
    from pydantic import ValidationError

    from dossier.law.parametres.modeles import ParametreYaml
    from dossier.model.donnees import constats_validation

    try:
        return ParametreYaml.model_validate(donnees)
    except ValidationError as erreurs:
        raise DossierError(
            [
                constat("TAUX-04", f"{c.ou} : {c.message}")
                for c in constats_validation(erreurs, "TAUX-04", nom, positions)
            ]
        ) from None


def valeur_a(id: str, jour: date, parametres: Parametres | None = None) -> ValeurDatee:
    """La valeur du paramètre `id` en vigueur le `jour` (données du paquet par défaut)."""
    return (parametres or parametres_officiels()).valeur_a(id, jour)
