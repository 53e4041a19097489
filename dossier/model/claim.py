"""Pydantic models of claim.yaml (docs/decisions.md « claim.yaml is a contract »).

Keys are French, as the users are; every model is frozen and refuses unknown keys. Cross-field
coherence (a payment naming an unknown invoice…) is checked after parsing by `coherence.py`.
This module holds the claim itself (`Creance`) and the debt's history: contract, invoices,
payments, exchanges, letters, plan; the parties and their coordinates are `parties.py`'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal, TypeVar

from pydantic import BaseModel, BeforeValidator, Field, PrivateAttr, model_validator
from pydantic_core import PydanticCustomError

from dossier.findings import Position
from dossier.model import limites
from dossier.model.parties import Adresse, Creancier, Debiteur, Mandataire, Modele
from dossier.model.types import (
    Booleen,
    CheminDePiece,
    Entier,
    Jour,
    Montant,
    Reference,
    Taux,
    Texte,
    TexteLibre,
    parse_entier,
)

T = TypeVar("T")


class ClausePenale(Modele):
    montant: Montant | None = None
    taux: Taux | None = None

    @model_validator(mode="after")
    def _un_seul(self) -> ClausePenale:
        if (self.montant is None) == (self.taux is None):
            raise PydanticCustomError(
                "clause_penale_un_seul",
                "la clause pénale donne les deux, « montant » et « taux »"
                if self.montant is not None
                else "la clause pénale ne donne ni « montant » ni « taux »",
            )
        return self


class Contrat(Modele):
    type: Literal["prestation", "vente", "bail_habitation", "bail_commercial", "scolarite", "autre"]
    objet: Texte
    date: Jour
    piece: CheminDePiece | None = None
    titre_piece: Texte | None = None  # the pièce's title in the bordereau, instead of the default one
    taux_penalites: Taux | None = None
    # None: as the law says (due to a business creditor by a business debtor, C. com. L441-10 II);
    # false: the creditor waives it; true toward a consumer: refused by a finding, never applied.
    indemnite_forfaitaire: Booleen | None = None
    clause_penale: ClausePenale | None = None
    demeure_par_exigibilite: Booleen = False
    capitalisation: Booleen = False


class Facture(Modele):
    numero: Reference
    date: Jour
    echeance: Jour
    execution: Jour | None = None
    montant_ttc: Montant
    libelle: Texte | None = None
    piece: CheminDePiece | None = None
    titre_piece: Texte | None = None


class Paiement(Modele):
    date: Jour
    montant: Montant
    moyen: Literal["virement", "cheque", "prelevement", "especes", "carte"]
    facture: Reference | None = None
    recu_par: Literal["creancier", "mandataire"] = "creancier"
    reference: Reference | None = None


class Echange(Modele):
    date: Jour
    canal: Literal["telephone", "email", "courrier", "rencontre", "sms"]
    resume: TexteLibre | None = None
    piece: CheminDePiece | None = None
    titre_piece: Texte | None = None
    reconnaissance: Booleen = False
    # who made the contact: the debtor's own calls are no solicitation (C. conso. L121-7 3°)
    initiative: Literal["creancier", "debiteur"] | None = None
    # whose words `resume` records: the creditor's (read by the tone linter like any free text) or
    # the debtor's own words, quoted (« M. X dit qu'il portera plainte »: not read)
    auteur: Literal["creancier", "debiteur"] | None = None


class AccuseReception(Modele):
    date: Jour
    piece: CheminDePiece | None = None
    titre_piece: Texte | None = None


class Courrier(Modele):
    # rappel_echeance: the reminder of a missed instalment, which is the prior written notice the
    # plan's déchéance clause requires; decheance_du_terme: the notice that the balance is due.
    type: Literal[
        "relance_1", "relance_2", "mise_en_demeure", "rappel_echeance", "decheance_du_terme", "autre"
    ]
    date: Jour
    envoi: Literal["courrier", "email", "lrar", "remise_en_main_propre"] = "courrier"
    numero_lrar: Reference | None = None
    delai_jours: Entier | None = None
    accuse_reception: AccuseReception | None = None
    factures: tuple[str, ...] | None = None
    reference: Reference | None = None
    piece: CheminDePiece | None = None
    titre_piece: Texte | None = None  # also the title of the copy dossier generates when there is no piece
    # a mise en demeure: did the letter sent name the contract's clause pénale (C. civ. 1231-5 al. 5)?
    # None: dossier's own letter (its copy says it), unknown for the user's own `piece`
    clause_penale_annoncee: Booleen | None = None


class Plan(Modele):
    # the day the agreement is made (and signed): the debt is acknowledged as of the day before;
    # payments from this day on are the plan's. Without it, the « as of » day (a proposal).
    date_accord: Jour | None = None
    nombre_echeances: Annotated[Entier, Field(le=limites.ECHEANCES)] | None = None
    montant_echeance: Montant | None = None
    premiere_echeance: Jour
    periodicite: Literal["mensuelle", "hebdomadaire"] = "mensuelle"
    moyen: Literal["prelevement_sepa", "virement", "cheques"]
    interets_pendant_plan: Booleen = False
    acompte: Montant | None = None
    # a plan beyond the 24-month horizon of C. civ. 1343-5 is refused unless the creditor says so
    derogation_24_mois: Booleen = False
    # the échéancier signed by the debtor (scan or signed PDF): the acknowledgement of debt a requête
    # after the plan cites as a pièce (C. civ. 1376, 2240)
    piece: CheminDePiece | None = None
    titre_piece: Texte | None = None


class Juridiction(Modele):
    nom: Texte
    adresse: Adresse | None = None


class Options(Modele):
    delai_mise_en_demeure_jours: Entier = 8
    message_libre: TexteLibre | None = None
    penalites_des: Literal["relance_1", "relance_2", "mise_en_demeure"] = "relance_2"
    # principal_d_abord: a payment reduces its invoice's principal (what accounting does);
    # interets_d_abord: C. civ. 1343-1 to the letter. « legale », the first name of principal_d_abord
    # (misleading: the legal rule is interest first), is still read, with a warning (INT-14).
    imputation: Literal["principal_d_abord", "interets_d_abord", "legale"] = "principal_d_abord"
    # an invoice paid in full after its due date (B2B): its penalties and the D441-5 indemnity are
    # computed and shown (signaler), or claimed from `penalites_des` on (reclamer)
    retards_payes: Literal["signaler", "reclamer"] = "signaler"
    lieu: Texte | None = None


class Creance(Modele):
    """The whole claim: one unpaid debt, its history and what the creditor wants built."""

    version: Annotated[Literal[1], BeforeValidator(parse_entier)]
    reference: Reference = Field(min_length=1)
    date_edition: Jour | None = None
    creancier: Creancier
    mandataire: Mandataire | None = None
    debiteur: Debiteur
    contrat: Contrat | None = None
    factures: tuple[Facture, ...] = Field(min_length=1, max_length=limites.FACTURES)
    paiements: tuple[Paiement, ...] = Field(default=(), max_length=limites.PAIEMENTS)
    echanges: tuple[Echange, ...] = Field(default=(), max_length=limites.ECHANGES)
    courriers: tuple[Courrier, ...] = Field(default=(), max_length=limites.COURRIERS)
    plan: Plan | None = None
    juridiction: Juridiction | None = None
    options: Options = Options()

    _positions: dict[tuple[str | int, ...], Position] = PrivateAttr(default_factory=dict)
    _fichier: Path | None = PrivateAttr(default=None)
    _source: bytes = PrivateAttr(default=b"")  # the file's bytes as read: hashed in manifest.json

    def position(self, *chemin: str | int) -> Position | None:
        """Where a value sits in claim.yaml: `creance.position("factures", 0, "echeance")`.

        Falls back to the nearest enclosing node, so a finding always points somewhere useful.
        """
        while chemin:
            if chemin in self._positions:
                return self._positions[chemin]
            chemin = chemin[:-1]
        return self._positions.get(())

    @property
    def source(self) -> bytes:
        """claim.yaml as it was read, byte for byte (its hash goes into manifest.json, the file
        itself into the injonction bundle)."""
        return self._source

    @property
    def dossier_source(self) -> Path | None:
        """The folder of claim.yaml: the only place attachments may be read from."""
        return self._fichier.parent if self._fichier else None

    def fichiers_cites(self) -> tuple[tuple[tuple[str | int, ...], Path], ...]:
        """Every file path the claim gives (`piece:` fields), with its YAML path, in file order:
        found by walking the model, so a new kind of pièce is never forgotten.

        >>> from dossier.law.exemples import exemple, facture
        >>> f = {**facture("F-1", "2025-09-01", "2025-10-01", "10.00"), "piece": "pieces/f-1.pdf"}
        >>> exemple("consommateur", factures=[f]).fichiers_cites()
        ((('factures', 0, 'piece'), PosixPath('pieces/f-1.pdf')),)
        """
        return tuple(_feuilles(self, (), Path))

    def dates(self) -> tuple[tuple[tuple[str | int, ...], date], ...]:
        """Every date the claim gives, with its YAML path, in file order (found as `fichiers_cites`)."""
        return tuple(_feuilles(self, (), date))

    def facture(self, numero: str) -> Facture:
        return next(f for f in self.factures if f.numero == numero)

    def jour_edition(self, date_cli: date | None, aujourd_hui: date) -> date:
        """The « as of » day: `--date` wins, then `date_edition`, then today (read by the CLI)."""
        return date_cli or self.date_edition or aujourd_hui

    @property
    def total_factures(self) -> Decimal:
        return sum((f.montant_ttc for f in self.factures), Decimal(0))


def _feuilles(
    valeur: object, ou: tuple[str | int, ...], genre: type[T]
) -> Iterator[tuple[tuple[str | int, ...], T]]:
    """The values of type `genre` in a model, depth first in field order, with their YAML paths."""
    if isinstance(valeur, genre):
        yield ou, valeur
    elif isinstance(valeur, BaseModel):
        for nom in type(valeur).model_fields:
            yield from _feuilles(getattr(valeur, nom), (*ou, nom), genre)
    elif isinstance(valeur, tuple):
        for rang, element in enumerate(valeur):
            yield from _feuilles(element, (*ou, rang), genre)
