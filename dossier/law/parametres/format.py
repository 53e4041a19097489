"""Le format des fichiers de paramètres de droit : modèles YAML stricts, valeurs datées, contiguïté.

Lu par `dossier.law.parametres.lecture` pour les données du paquet
(`dossier/law/parametres/donnees/*.yaml`) et pour le fichier de l'utilisateur, dont ce module-là
décrit le format. Un montant ou un taux s'écrit entre guillemets (jamais un nombre YAML, lu en
virgule flottante) ; les périodes se suivent sans trou ni chevauchement.

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
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from dossier.francais import date_longue
from dossier.law.calendrier import semestre, veille
from dossier.model.types import PlainScalar, parse_entier, parse_jour

_DECIMAL = re.compile(r"-?\d+(\.\d+)?")
A_REMPLIR = "…"  # ce que le modèle à remplir (`modele.py`) laisse à la place d'une valeur publiée


def _rempli(valeur: Any) -> Any:
    if isinstance(valeur, str) and valeur.strip() == A_REMPLIR:
        raise PydanticCustomError(
            "a_remplir", "« {texte} » est à remplacer par la valeur publiée", {"texte": A_REMPLIR}
        )
    return valeur


def _decimal_texte(valeur: Any) -> Decimal:
    _rempli(valeur)
    if isinstance(valeur, str) and not isinstance(valeur, PlainScalar) and _DECIMAL.fullmatch(valeur):
        return Decimal(valeur)
    raise PydanticCustomError(
        "decimal_texte",
        'valeur « {texte} » : écrivez un nombre décimal entre guillemets, par exemple "2.50"',
        {"texte": str(valeur)},
    )


Jour = Annotated[date, BeforeValidator(parse_jour)]
DecimalTexte = Annotated[Decimal, BeforeValidator(_decimal_texte)]
Texte = Annotated[str, Field(min_length=1)]
Fiabilite = Literal["V", "S", "U"]


class ModeleYaml(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class ValeurYaml(ModeleYaml):
    du: Jour
    valeur: DecimalTexte
    reference: Texte
    source: Texte
    fiabilite: Fiabilite
    note: str | None = None


class ParametreYaml(ModeleYaml):
    id: Texte
    description: Texte
    article: Texte
    unite: Literal["pourcent_par_an", "points", "multiple", "euros", "annees", "jours"]
    periodicite: Literal["semestrielle", "libre"]
    connu_jusqu_au: Jour | None = None  # valeur publiée par période : dernier jour connu
    depuis: Jour | None = None  # valeur fixée par un texte : date d'effet du texte en vigueur
    publication: Texte  # où la valeur est publiée (JORF, communiqué de la BCE, Légifrance)
    note: str | None = None
    valeurs: tuple[ValeurYaml, ...] = Field(min_length=1)


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


Rempli = Annotated[Texte, BeforeValidator(_rempli)]


class ValeurUtilisateurYaml(ValeurYaml):
    reference: Rempli
    source: Rempli
    fiabilite: Fiabilite = "U"  # non vérifiée par dossier : c'est l'utilisateur qui la donne


class BlocUtilisateurYaml(ModeleYaml):
    connu_jusqu_au: Jour | None = None
    valeurs: tuple[ValeurUtilisateurYaml, ...] = Field(min_length=1)


class FichierUtilisateurYaml(ModeleYaml):
    version: Annotated[Literal[1], BeforeValidator(parse_entier)]
    parametres: dict[str, BlocUtilisateurYaml] = Field(min_length=1)


def valeur_datee(entete: ParametreYaml | Parametre, valeur: ValeurYaml, *, fourni: bool) -> ValeurDatee:
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


def assembler(
    entete: ParametreYaml | Parametre, valeurs: tuple[ValeurDatee, ...], connu: date | None
) -> Parametre:
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


def erreurs_d_entete(entete: ParametreYaml) -> list[str]:
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
