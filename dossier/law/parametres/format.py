"""Le format des fichiers de paramètres de droit : modèles YAML stricts, valeurs datées, contiguïté.

Lu par `dossier.law.parametres.lecture` pour les données du paquet
(`dossier/law/parametres/donnees/*.yaml`) et pour le fichier de l'utilisateur, dont ce module-là
décrit le format. Un montant ou un taux s'écrit entre guillemets (jamais un nombre YAML, lu en
virgule flottante) ; les périodes se suivent sans trou ni chevauchement.

Les champs et leurs types sont ceux des modèles pydantic de `modeles.py`, qui refusent un fichier
mal formé en disant où ; un fichier du paquet bien formé est lu ici sans eux (`lire_parametre`,
sans importer pydantic : `dossier taux` démarre en 0,16 s au lieu de 0,24 s), et n'est jamais
accepté ici quand le modèle le refuserait (`tests/unit/test_parametres_sans_modele.py`).

Deux sortes de paramètres (docs/decisions.md « Statute constants do not
expire ») :
    - une valeur **publiée par période** (taux de l'intérêt légal de chaque semestre, taux de
      refinancement de la BCE) porte `connu_jusqu_au` : au-delà, l'outil refuse de deviner
      (TAUX-01, sortie 4) et `dossier taux --modele` écrit le fichier à remplir ;
    - une valeur **fixée par un texte** jusqu'à ce qu'il soit modifié (les 10 points et le
      plancher de L441-10, les 40 € de D441-5, les durées de prescription) porte `depuis`, la date
      d'effet du texte en vigueur (celle de sa dernière valeur), et n'expire pas : elle vaut
      jusqu'à ce qu'une nouvelle valeur datée la remplace.
Chaque fichier dit aussi où la valeur est publiée (`publication`), pour le modèle à remplir.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, Protocol

from dossier.francais import date_longue
from dossier.law.calendrier import semestre, veille
from dossier.model import limites
from dossier.model.yaml_strict import PlainScalar

A_REMPLIR = "…"  # ce que le modèle à remplir (`modele.py`) laisse à la place d'une valeur publiée
UNITES = ("pourcent_par_an", "points", "multiple", "euros", "annees", "jours")
PERIODICITES = ("semestrielle", "libre")
FIABILITES = ("V", "S", "U")  # V texte officiel lu ; S sources secondaires ; U non confirmé


class Valeur(Protocol):
    """Une valeur lue d'un fichier : par `ValeurYaml` (pydantic) ou par `lire_parametre`."""

    @property
    def du(self) -> date: ...
    @property
    def valeur(self) -> Decimal: ...
    @property
    def reference(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def fiabilite(self) -> str: ...


class Entete(Protocol):
    """Un fichier de paramètre lu : par `ParametreYaml` (pydantic) ou par `lire_parametre`."""

    @property
    def id(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def article(self) -> str: ...
    @property
    def unite(self) -> str: ...
    @property
    def periodicite(self) -> str: ...
    @property
    def connu_jusqu_au(self) -> date | None: ...
    @property
    def depuis(self) -> date | None: ...
    @property
    def publication(self) -> str: ...
    @property
    def note(self) -> str | None: ...
    @property
    def valeurs(self) -> Sequence[Valeur]: ...


@dataclass(frozen=True)
class ValeurDatee:
    """Une valeur de paramètre et tout ce qu'il faut pour la citer."""

    id: str
    description: str
    article: str
    unite: str
    du: date  # premier jour où elle s'applique
    au: date  # dernier jour où elle s'applique (veille de la suivante, ou dernier jour connu)
    valeur: Decimal
    reference: str  # arrêté, décret, décision de la BCE
    source: str  # publication officielle (JORF, communiqué de la BCE)
    fiabilite: str  # V, S ou U (docs/droit.md)
    fourni_par_utilisateur: bool = False

    @property
    def citation(self) -> str:
        """« Arrêté du … (JORF …) », marqué quand la valeur vient de l'utilisateur."""
        texte = f"{self.reference} ({self.source})"
        return f"{texte}, valeur fournie par l'utilisateur" if self.fourni_par_utilisateur else texte


@dataclass(frozen=True)
class Parametre:
    id: str
    description: str
    article: str
    unite: str
    periodicite: str
    connu_jusqu_au: date | None  # None : fixée par un texte, elle vaut jusqu'à une nouvelle valeur
    note: str
    valeurs: tuple[ValeurDatee, ...]
    publication: str = ""

    @property
    def debut(self) -> date:
        return self.valeurs[0].du

    @property
    def publiee_par_periode(self) -> bool:
        """Publiée période après période (elle expire) ; sinon fixée par un texte (elle n'expire pas)."""
        return self.connu_jusqu_au is not None

    @property
    def en_vigueur_depuis(self) -> date:
        """Le premier jour de la dernière valeur connue."""
        return self.valeurs[-1].du

    def valeur_a(self, jour: date) -> ValeurDatee | None:
        """La valeur en vigueur le `jour`, ou None hors des données."""
        return next((v for v in self.valeurs if v.du <= jour <= v.au), None)


def valeur_datee(entete: Entete | Parametre, valeur: Valeur, *, fourni: bool) -> ValeurDatee:
    """Une valeur lue ; sa fin (`au`) est posée par `_parametre`, quand on connaît la suivante."""
    return ValeurDatee(
        id=entete.id,
        description=entete.description,
        article=entete.article,
        unite=entete.unite,
        du=valeur.du,
        au=valeur.du,
        valeur=valeur.valeur,
        reference=valeur.reference,
        source=valeur.source,
        fiabilite=valeur.fiabilite,
        fourni_par_utilisateur=fourni,
    )


def assembler(entete: Entete | Parametre, valeurs: tuple[ValeurDatee, ...], connu: date | None) -> Parametre:
    """Assemble un paramètre ; chaque valeur court jusqu'à la veille de la suivante, la dernière
    jusqu'à `connu` (valeur publiée par période) ou sans fin (valeur fixée par un texte)."""
    fins = [veille(suivante.du) for suivante in valeurs[1:]] + [connu or date.max]
    bornees = tuple(replace(v, au=fin) for v, fin in zip(valeurs, fins, strict=True))
    return Parametre(
        id=entete.id,
        description=entete.description,
        article=entete.article,
        unite=entete.unite,
        periodicite=entete.periodicite,
        connu_jusqu_au=connu,
        note=entete.note or "",
        valeurs=bornees,
        publication=entete.publication,
    )


def erreurs_de_suite(parametre: Parametre) -> list[str]:
    """Périodes contiguës : dates croissantes, semestres qui se suivent, fin connue cohérente."""
    erreurs = []
    valeurs = parametre.valeurs
    for precedente, suivante in itertools.pairwise(valeurs):
        if suivante.du <= precedente.du:
            erreurs.append(
                f"valeurs non ordonnées ou en double : {date_longue(precedente.du)} puis "
                f"{date_longue(suivante.du)}"
            )
        elif parametre.periodicite == "semestrielle" and suivante.du != semestre(precedente.du).suivant.debut:
            erreurs.append(
                f"semestre manquant entre le {date_longue(precedente.du)} et le {date_longue(suivante.du)}"
            )
    connu = parametre.connu_jusqu_au
    if parametre.periodicite == "semestrielle":
        for v in valeurs:
            if v.du != semestre(v.du).debut:
                erreurs.append(
                    f"la valeur du {date_longue(v.du)} ne commence pas un semestre "
                    "(1er janvier ou 1er juillet)"
                )
        if connu is None:
            erreurs.append("une valeur semestrielle est publiée par période : indiquez « connu_jusqu_au »")
        elif connu > semestre(valeurs[-1].du).fin:
            erreurs.append(f"connu_jusqu_au ({date_longue(connu)}) dépasse le semestre de la dernière valeur")
    if connu is not None and connu < valeurs[-1].du:
        erreurs.append(
            f"connu_jusqu_au ({date_longue(connu)}) précède la dernière valeur "
            f"({date_longue(valeurs[-1].du)})"
        )
    return erreurs


def erreurs_d_entete(entete: Entete) -> list[str]:
    """Publiée par période (`connu_jusqu_au`) ou fixée par un texte (`depuis`) : l'un ou l'autre."""
    if (entete.connu_jusqu_au is None) == (entete.depuis is None):
        return [
            "indiquez soit « connu_jusqu_au » (valeur publiée par période, qui expire), soit "
            "« depuis » (valeur fixée par un texte, qui vaut jusqu'à ce qu'une nouvelle la remplace)"
        ]
    if entete.depuis is not None and entete.depuis != entete.valeurs[-1].du:
        return [
            f"depuis ({date_longue(entete.depuis)}) doit être la date de la dernière valeur "
            f"({date_longue(entete.valeurs[-1].du)}), "
            "celle du texte en vigueur"
        ]
    return []


# --- la lecture sans pydantic d'un fichier du paquet bien formé ---------------------------------


@dataclass(frozen=True)
class ValeurLue:
    du: date
    valeur: Decimal
    reference: str
    source: str
    fiabilite: str


@dataclass(frozen=True)
class ParametreLu:
    id: str
    description: str
    article: str
    unite: str
    periodicite: str
    connu_jusqu_au: date | None
    depuis: date | None
    publication: str
    note: str | None
    valeurs: tuple[ValeurLue, ...]


class _NonPris(Exception):
    """Ce que la lecture rapide ne prend pas : `ParametreYaml` le lira, et dira pourquoi."""


_CLES_PARAMETRE = frozenset(ParametreLu.__dataclass_fields__)
_REQUISES_PARAMETRE = _CLES_PARAMETRE - {"connu_jusqu_au", "depuis", "note"}
_CLES_VALEUR = frozenset(ValeurLue.__dataclass_fields__) | {"note"}
_REQUISES_VALEUR = _CLES_VALEUR - {"note"}
_JOUR_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DECIMAL_ASCII = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def lire_parametre(donnees: Any) -> ParametreLu | None:
    """Le contenu d'un fichier de paramètre (lu par le lecteur YAML strict) sans pydantic, s'il est
    bien formé ; sinon None, et `modeles.ParametreYaml` le lit et dit ce qui ne va pas.

    Ne prend qu'une partie de ce que `ParametreYaml` accepte (dates et nombres en chiffres ASCII,
    par exemple), et en tire les mêmes valeurs (`tests/unit/test_parametres_sans_modele.py`) : ce
    qui ne passe pas ici n'est jamais accepté sans contrôle, il passe par le modèle.

    >>> lire_parametre({"id": "x", "valeurs": []}) is None
    True
    """
    try:
        return _parametre(donnees)
    except _NonPris:
        return None


def _parametre(donnees: Any) -> ParametreLu:
    _cles(donnees, _CLES_PARAMETRE, _REQUISES_PARAMETRE)
    valeurs = donnees["valeurs"]
    if not isinstance(valeurs, list) or not valeurs:
        raise _NonPris
    return ParametreLu(
        id=_texte(donnees["id"]),
        description=_texte(donnees["description"]),
        article=_texte(donnees["article"]),
        unite=_parmi(donnees["unite"], UNITES),
        periodicite=_parmi(donnees["periodicite"], PERIODICITES),
        connu_jusqu_au=_jour_ou_rien(donnees.get("connu_jusqu_au")),
        depuis=_jour_ou_rien(donnees.get("depuis")),
        publication=_texte(donnees["publication"]),
        note=_note(donnees.get("note")),
        valeurs=tuple(_valeur(v) for v in valeurs),
    )


def _valeur(donnees: Any) -> ValeurLue:
    _cles(donnees, _CLES_VALEUR, _REQUISES_VALEUR)
    _note(donnees.get("note"))
    brute = donnees["valeur"]
    if not isinstance(brute, str) or isinstance(brute, PlainScalar) or not _DECIMAL_ASCII.fullmatch(brute):
        raise _NonPris
    return ValeurLue(
        du=_jour(donnees["du"]),
        valeur=Decimal(brute),
        reference=_texte(donnees["reference"]),
        source=_texte(donnees["source"]),
        fiabilite=_parmi(donnees["fiabilite"], FIABILITES),
    )


def _cles(donnees: Any, permises: frozenset[str], requises: frozenset[str]) -> None:
    if not isinstance(donnees, dict) or not requises <= donnees.keys() <= permises:
        raise _NonPris


def _texte(valeur: Any) -> str:
    if not isinstance(valeur, str) or not valeur:
        raise _NonPris
    return str(valeur)  # pydantic rend un `str`, jamais le `PlainScalar` du lecteur


def _note(valeur: Any) -> str | None:
    if valeur is not None and not isinstance(valeur, str):
        raise _NonPris
    return None if valeur is None else str(valeur)


def _parmi(valeur: Any, permises: tuple[str, ...]) -> str:
    if not isinstance(valeur, str) or valeur not in permises:
        raise _NonPris
    return str(valeur)


def _jour_ou_rien(valeur: Any) -> date | None:
    return None if valeur is None else _jour(valeur)


def _jour(valeur: Any) -> date:
    iso = _JOUR_ISO.fullmatch(valeur) if isinstance(valeur, str) else None
    if iso is None:
        raise _NonPris
    annee, mois, jour = (int(chiffres) for chiffres in iso.groups())
    if annee < limites.ANNEE_MIN:
        raise _NonPris
    try:
        return date(annee, mois, jour)
    except ValueError:
        raise _NonPris from None
