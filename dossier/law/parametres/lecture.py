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
    Quand un taux n'est pas encore dans les données (par exemple le 2e semestre 2026), l'utilisateur
    le fournit dans un fichier passé par l'option `--parametres FICHIER` ou par la variable
    d'environnement `DOSSIER_PARAMETRES` (l'option l'emporte) :

        version: 1
        parametres:
          taux_interet_legal.autres_cas:
            connu_jusqu_au: "2026-12-31"
            valeurs:
              - du: "2026-07-01"             # le lendemain du dernier jour connu : aucun trou
                valeur: "2.50"
                reference: "Arrêté du … relatif à la fixation du taux de l'intérêt légal"
                source: "JORF du …"

    Une valeur fournie ne peut que prolonger une valeur publiée par période (à partir du lendemain
    de `connu_jusqu_au`) ou précéder les données ; elle ne remplace jamais une valeur publiée, ni
    un texte en vigueur. Elle est marquée `fourni_par_utilisateur`, et ce marquage suit chaque
    ligne d'intérêts qui s'en sert. Un fichier invalide est refusé avec sa position
    (`InvalidClaim`, TAUX-02, sortie 3).

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

import difflib
from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.errors import DossierError, InvalidClaim, LawDataMissing
from dossier.findings import Constat, Position, constat
from dossier.francais import date_longue
from dossier.law.calendrier import lendemain, semestre
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
from dossier.model.yaml_strict import charger_yaml, chemin_lisible

if TYPE_CHECKING:  # the models, and pydantic, are imported when a file needs them (`modeles.py`)
    from dossier.law.parametres.modeles import BlocUtilisateurYaml, FichierUtilisateurYaml

__all__ = [
    "ENV_PARAMETRES",
    "OPTION_PARAMETRES",
    "Parametre",
    "Parametres",
    "ValeurDatee",
    "charger_parametres",
    "chemin_parametres_utilisateur",
    "parametres_fournis",
    "parametres_officiels",
    "valeur_a",
]

ENV_PARAMETRES = "DOSSIER_PARAMETRES"
OPTION_PARAMETRES = "--parametres"
CODES = ("TAUX-01", "TAUX-02", "TAUX-03", "TAUX-04")


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


def chemin_parametres_utilisateur(option: Path | None, environ: Mapping[str, str]) -> Path | None:
    """Le fichier de paramètres de l'utilisateur : l'option `--parametres`, sinon `DOSSIER_PARAMETRES`.

    >>> chemin_parametres_utilisateur(None, {"DOSSIER_PARAMETRES": "taux.yaml"})
    PosixPath('taux.yaml')
    >>> chemin_parametres_utilisateur(Path("a.yaml"), {"DOSSIER_PARAMETRES": "b.yaml"})
    PosixPath('a.yaml')
    """
    if option is not None:
        return option
    texte = environ.get(ENV_PARAMETRES, "").strip()
    return Path(texte) if texte else None


def charger_parametres(fichier_utilisateur: Path | None = None) -> Parametres:
    """Les données du paquet, prolongées par le fichier de l'utilisateur s'il y en a un.

    Un fichier invalide est refusé (`InvalidClaim`, code TAUX-02, sortie 3) avec sa position.
    """
    if fichier_utilisateur is None:
        return parametres_officiels()
    nom = fichier_utilisateur.name
    try:
        texte = fichier_utilisateur.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as erreur:
        raise InvalidClaim(
            [
                constat(
                    "TAUX-02",
                    f"fichier de paramètres illisible : {fichier_utilisateur} ({erreur})",
                    que_faire=f"Vérifiez le chemin donné à {OPTION_PARAMETRES} ou à {ENV_PARAMETRES}, "
                    "et enregistrez le fichier en UTF-8.",
                )
            ]
        ) from None
    from pydantic import ValidationError

    from dossier.law.parametres.modeles import FichierUtilisateurYaml
    from dossier.model.donnees import constats_validation

    try:
        donnees, positions = charger_yaml(texte)
        fichier = FichierUtilisateurYaml.model_validate(donnees)
    except ErreurYaml as erreur:
        ou = Position(nom, erreur.ligne, erreur.colonne, chemin_lisible(erreur.chemin))
        raise InvalidClaim(
            [constat(erreur.code, erreur.message, ou=ou, que_faire=erreur.que_faire)]
        ) from None
    except ValidationError as erreurs:
        raise InvalidClaim(constats_validation(erreurs, "TAUX-02", nom, positions)) from None
    return _fusionner(fichier, nom, positions, fichier_utilisateur)


def parametres_fournis(donnees: Mapping[str, object]) -> Parametres:
    """The package's data extended by values given as a user file's content (`version`,
    `parametres`…) — what a manifest lists as supplied by the user, to recompute a pack with the
    same data. Refused like a user file (`InvalidClaim`, TAUX-02)."""
    from pydantic import ValidationError

    from dossier.law.parametres.modeles import FichierUtilisateurYaml
    from dossier.model.donnees import constats_validation

    try:
        fichier = FichierUtilisateurYaml.model_validate(donnees)
    except ValidationError as erreurs:
        raise InvalidClaim(constats_validation(erreurs, "TAUX-02", "manifest.json", {})) from None
    return _fusionner(fichier, "manifest.json", {}, None)


def _fusionner(
    fichier: FichierUtilisateurYaml, nom: str, positions: Mapping[Any, Any], chemin: Path | None
) -> Parametres:
    from dossier.model.donnees import position_dans

    fusion = parametres_officiels().par_id()
    problemes: list[Constat] = []
    for id, bloc in fichier.parametres.items():
        ou = position_dans(nom, positions, ("parametres", id))
        if id not in fusion:
            proche = difflib.get_close_matches(id, list(fusion), n=1)
            suggestion = f" Vouliez-vous dire « {proche[0]} » ?" if proche else ""
            problemes.append(
                constat(
                    "TAUX-02",
                    f"paramètre inconnu « {id} ».{suggestion}",
                    ou=ou,
                    que_faire=f"Paramètres possibles : {', '.join(sorted(fusion))}.",
                )
            )
            continue
        parametre, erreurs_bloc = _prolonger(fusion[id], bloc)
        problemes += [constat("TAUX-02", f"{id} : {e}", ou=ou) for e in erreurs_bloc]
        fusion[id] = parametre
    if problemes:
        raise InvalidClaim(problemes)
    return Parametres(fusion, chemin)


def _prolonger(officiel: Parametre, bloc: BlocUtilisateurYaml) -> tuple[Parametre, list[str]]:
    """Ajoute les valeurs de l'utilisateur avant les données, ou après une valeur publiée par
    période ; jamais dedans, jamais après un texte en vigueur (il n'expire pas)."""
    erreurs = []
    connu = officiel.connu_jusqu_au
    fin = connu or date.max
    avant = [v for v in bloc.valeurs if v.du < officiel.debut]
    apres = [v for v in bloc.valeurs if v.du > fin]
    for v in bloc.valeurs:
        if officiel.debut <= v.du <= fin:
            etendue = (
                f"les données publiées (du {date_longue(officiel.debut)} au {date_longue(fin)})"
                if connu is not None
                else f"le texte en vigueur depuis le {date_longue(officiel.en_vigueur_depuis)}, qui "
                "n'expire pas"
            )
            erreurs.append(
                f"la valeur du {date_longue(v.du)} recouvre {etendue} ; une valeur fournie ne peut que "
                "les précéder ou les prolonger"
            )
    if apres and connu is not None:
        premier = min(v.du for v in apres)
        if premier != lendemain(connu):
            erreurs.append(
                f"la première valeur fournie après les données publiées doit commencer le "
                f"{date_longue(lendemain(connu))} (« {lendemain(connu).isoformat()} » ; elle commence le "
                f"{date_longue(premier)}) : aucun trou n'est permis"
            )
        if bloc.connu_jusqu_au is None:
            erreurs.append("indiquez « connu_jusqu_au », le dernier jour où la valeur fournie est connue")
        else:
            connu = bloc.connu_jusqu_au
    if erreurs:
        return officiel, erreurs
    ajoutees_avant = tuple(valeur_datee(officiel, v, fourni=True) for v in sorted(avant, key=lambda v: v.du))
    ajoutees_apres = tuple(valeur_datee(officiel, v, fourni=True) for v in sorted(apres, key=lambda v: v.du))
    parametre = assembler(officiel, ajoutees_avant + officiel.valeurs + ajoutees_apres, connu)
    return parametre, erreurs_de_suite(parametre)
