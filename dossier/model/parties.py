"""Pydantic models of claim.yaml's parties: the creditor, its agency, the debtor, and their coordinates.

Who the claim opposes, as `Creance` (`claim.py`) holds them: the creditor (`Creancier`) with the
person who signs for it and, for a legal person acting through a delegate, its legal organ and the
pouvoir given (CPC 54, 3°); the collection agency acting for it (`Mandataire`, CPCE L124-1); the
debtor (`Debiteur`), who must say whether a natural person acted as a consumer, and any collective
proceedings opened against it; their addresses, contacts and bank accounts. `Modele`, the base of
every model of claim.yaml (frozen, unknown keys refused), is defined here, below `claim.py`.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from dossier.francais import avec_article
from dossier.model.types import (
    Bic,
    Booleen,
    CheminDePiece,
    Iban,
    Ics,
    Jour,
    JourDeNaissance,
    NomDeCompte,
    Reference,
    Siren,
    Siret,
    Texte,
)


class Modele(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Adresse(Modele):
    ligne1: Texte
    ligne2: Texte | None = None
    code_postal: str = Field(pattern=r"^\d{5}$")
    ville: Texte
    pays: Texte = "France"


class Contact(Modele):
    telephone: Texte | None = None
    email: Texte | None = None


class Banque(Modele):
    iban: Iban
    bic: Bic
    titulaire: NomDeCompte | None = None


class Signataire(Modele):
    nom: Texte
    qualite: Texte


class Representant(Modele):
    nom: Texte
    qualite: Texte


class Pouvoir(Modele):
    """The written authority the legal representative gave the signataire to act (and sign) for the
    legal person: a pièce of the requête when they differ."""

    date: Jour | None = None
    piece: CheminDePiece | None = None
    titre_piece: Texte | None = None


class Naissance(Modele):
    date: JourDeNaissance
    lieu: Texte  # commune (and département or country), as the civil status says


# The article an organisation's name takes in running text (francais.avec_article).
Article = Literal["le", "la", "l'", "les"]


class Creancier(Modele):
    nom: Texte
    type: Literal["personne_morale", "personne_physique"]
    forme: Texte | None = None
    professionnel: Booleen
    commercant: Booleen = False
    artisan: Booleen = False  # C. com. L721-3, 1° : entre artisans, ou artisans et commerçants
    siren: Siren | None = None
    siret: Siret | None = None
    rcs: Texte | None = None
    adresse: Adresse
    contact: Contact | None = None
    banque: Banque | None = None
    ics: Ics | None = None
    signataire: Signataire
    # a legal person's legal organ (CPC 54, 3° b): gérant, président… when not the signataire, who
    # then acts under a `pouvoir` the requête produces
    representant_legal: Representant | None = None
    pouvoir: Pouvoir | None = None
    # a natural person's identity, printed in the requête (CPC 54, 3° a) and 57); her title also
    # agrees the requête's words with her (« La requérante »)
    civilite: Literal["Madame", "Monsieur"] | None = None
    # the article an organisation's name takes in running text: « l'OGEC … pourra saisir »
    article: Article | None = None
    profession: Texte | None = None
    nationalite: Texte | None = None
    naissance: Naissance | None = None

    @property
    def nom_en_texte(self) -> str:
        """Its name inside a sentence: « l'OGEC Notre-Dame des Charmettes » (`article`)."""
        return avec_article(self.nom, self.article)


class Mandat(Modele):
    date: Jour
    reference: Reference | None = None


class Mandataire(Modele):
    """A collection agency acting for the creditor (CPCE L124-1, R124-1 to R124-7)."""

    nom: Texte
    forme: Texte | None = None
    siren: Siren
    adresse: Adresse
    contact: Contact | None = None
    assurance_rc: Texte
    compte_cantonnement: Texte
    # the segregated account's coordinates, when the debtor pays the agency (R124-2, R124-6)
    banque: Banque | None = None
    mandat: Mandat | None = None
    signataire: Signataire | None = None


def _faux_vaut_aucune(valeur: Any) -> Any:
    if valeur is True:  # the proceedings' kind and date decide what may still be claimed
        raise PydanticCustomError(
            "procedure_sans_details",
            "« procedure_collective: true » ne suffit pas : le type de procédure et la date du jugement "
            "d'ouverture sont nécessaires",
        )
    return None if valeur is False else valeur


class ProcedureCollective(Modele):
    type: Literal["sauvegarde", "redressement", "liquidation"]
    date: Jour


class Debiteur(Modele):
    nom: Texte
    type: Literal["personne_physique", "personne_morale"]
    civilite: Literal["Madame", "Monsieur"] | None = None
    article: Article | None = None  # as the creditor's: « ordonner à la Fromagerie des Aravis… »
    forme: Texte | None = None
    siren: Siren | None = None
    representant: Representant | None = None
    consommateur: Booleen | None = None
    commercant: Booleen = False
    artisan: Booleen = False  # C. com. L721-3, 1° : entre artisans, ou artisans et commerçants
    # `false` or the proceedings' details (C. com. L622-21: they stop every individual demand)
    procedure_collective: Annotated[ProcedureCollective | None, BeforeValidator(_faux_vaut_aucune)] = None
    adresse: Adresse
    email: Texte | None = None
    telephone: Texte | None = None
    # the account the instalments are debited from (SEPA mandate): required with `prelevement_sepa`
    banque: Banque | None = None

    @model_validator(mode="after")
    def _consommateur_explicite(self) -> Debiteur:
        # A natural person may act as a consumer or as a professional: the law differs too much
        # (C. conso. L218-2, C. com. L441-10) to guess, so the claim must say it.
        if self.consommateur is None and self.type == "personne_physique":
            raise PydanticCustomError(
                "consommateur_manquant",
                "clé « consommateur » absente : obligatoire pour un débiteur personne physique, qui peut "
                "avoir agi en particulier ou pour son activité professionnelle",
            )
        return self

    @property
    def est_consommateur(self) -> bool:
        return bool(self.consommateur)
