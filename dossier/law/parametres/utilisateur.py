"""Le fichier de paramètres de l'utilisateur : où il est, sa lecture stricte, sa fusion avec les données.

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
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dossier.errors import InvalidClaim
from dossier.findings import Constat, Position, constat
from dossier.francais import date_longue
from dossier.law.calendrier import lendemain
from dossier.law.parametres.format import Parametre, assembler, erreurs_de_suite, valeur_datee
from dossier.law.parametres.lecture import ENV_PARAMETRES, OPTION_PARAMETRES, Parametres, parametres_officiels
from dossier.model.yaml_composition import ErreurYaml
from dossier.model.yaml_strict import charger_yaml, chemin_lisible

if TYPE_CHECKING:  # the models, and pydantic, are imported when a file needs them (`modeles.py`)
    from dossier.law.parametres.modeles import BlocUtilisateurYaml, FichierUtilisateurYaml

CODE = "TAUX-02"


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
