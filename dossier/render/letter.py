"""A letter ready to be laid out: everything the PDF and the DOCX show, already worded and formatted.

The builder of each letter (relance, mise en demeure…) fills a `Lettre`; `pdf.rendre_pdf` and
`word.rendre_docx` lay it out from `templates/letters/lettre.html` (+ `lettre.css`) and
`templates/letters/lettre.docx`, both looping over the same `blocs` (see `blocks.py`).

Layout (A4, 2 cm margins, sober, nothing that imitates a court or an administration):
    sender block, top left — recipient block in the window of a French DL envelope (right side,
    11 cm from the left edge, 5,5 cm from the top) — place and date under it — sending mode
    (e.g. « Lettre recommandée avec demande d'avis de réception ») — reference lines — « Objet : »
    line — content blocks — then, kept with the closing formula and the paragraph before it, the
    optional EPC payment QR with its caption on the left and the signature (name, quality) on the
    right — footer on every page: the sender's legal mentions and « page n/N » (a 20 mm foot when
    they take one or two lines, 30 mm for an agency's four).

An agreement (`genre="acte"`: échéancier, mandat SEPA) is laid out from the same templates: its
title and references instead of the envelope header, the content blocks, then the payment codes of
its instalments (`codes`, rows of three), then its signature apparatus (`signatures`) anchored at
the foot of its LAST page, at a fixed place (`zones.py` gives the rectangles for a signing tool).

Public API
    Signature(nom: str, qualite: str)
    Paiement(virement: VirementEpc, legende: tuple[str, ...] = ())     the QR and the lines beside it
    ZoneSignature(partie: "creancier" | "debiteur", titre: str, lignes: tuple[str, str])
    Signatures(fait: str, consigne: str, zones: tuple[ZoneSignature, ...], mention: tuple[str, ...] = ())
    Lettre(expediteur, destinataire, lieu, date, objet, blocs, signature, titre, auteur,
           sujet="", references=(), mode_envoi=None, pied=(), paiement=None, etabli_le=None,
           genre="lettre", codes=(), titre_codes="", signatures=None)
        `rangees_codes`: the codes in rows of three, the last row padded with None
        `langue` is always "fr"; `date` is the date the letter bears; `etabli_le` the day the file
        was made (the « as of » day), which becomes the documents' creation and modification date
        — so a rebuilt copy of an old letter never looks backdated. Defaults to `date`; never
        "now": same input, same bytes.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from dossier.errors import RenderFailure
from dossier.findings import constat
from dossier.render.blocks import Bloc
from dossier.render.epc import VirementEpc

# AFNOR NF Z10-011 / La Poste: an address has at most 6 lines (the window is 45 mm high).
LIGNES_ADRESSE_MAX = 6


@dataclass(frozen=True)
class Signature:
    nom: str
    qualite: str


@dataclass(frozen=True)
class Paiement:
    virement: VirementEpc
    legende: tuple[str, ...] = ()


@dataclass(frozen=True)
class ZoneSignature:
    """One party's signature box: `partie` is the key `zones.zones_signature` returns."""

    partie: str  # "creancier" (left column) or "debiteur" (right column)
    titre: str  # « Le créancier »
    lignes: tuple[str, str]  # the signatory's name, then their capacity


@dataclass(frozen=True)
class Signatures:
    """The foot of an agreement's last page: place and date, the debtor's own mention, the boxes."""

    fait: str  # « Fait à Lyon, le 15 avril 2026, en deux exemplaires originaux… »
    consigne: str  # what each party writes before signing
    zones: tuple[ZoneSignature, ...]
    mention: tuple[str, ...] = ()  # instructions above the box for the debtor's own mention (C. civ. 1376)


GENRES = ("lettre", "acte")
CODES_PAR_RANGEE = 3


@dataclass(frozen=True)
class Lettre:
    expediteur: tuple[str, ...]
    destinataire: tuple[str, ...]
    lieu: str
    date: date
    objet: str
    blocs: tuple[Bloc, ...]
    signature: Signature
    titre: str
    auteur: str
    sujet: str = ""
    references: tuple[str, ...] = ()
    mode_envoi: str | None = None
    pied: tuple[str, ...] = ()
    paiement: Paiement | None = None
    etabli_le: datetime.date | None = None
    genre: str = "lettre"
    codes: tuple[Paiement, ...] = ()  # one payment code per instalment (an agreement's annex)
    titre_codes: str = ""
    signatures: Signatures | None = None
    langue: ClassVar[str] = "fr"

    @property
    def rangees_codes(self) -> tuple[tuple[Paiement | None, ...], ...]:
        rangees = []
        for debut in range(0, len(self.codes), CODES_PAR_RANGEE):
            rangee: list[Paiement | None] = list(self.codes[debut : debut + CODES_PAR_RANGEE])
            rangees.append(tuple(rangee + [None] * (CODES_PAR_RANGEE - len(rangee))))
        return tuple(rangees)

    @property
    def date_fichier(self) -> datetime.date:
        """The files' creation and modification date (metadata), not the date the letter bears."""
        return self.etabli_le or self.date

    def __post_init__(self) -> None:
        manque = [
            nom
            for nom in ("expediteur", "destinataire", "lieu", "objet", "blocs", "titre", "auteur")
            if not getattr(self, nom)
        ]
        if self.genre not in GENRES or (self.genre == "acte") != (self.signatures is not None):
            raise RenderFailure(
                [
                    constat(
                        "RENDU-02",
                        f"Lettre « {self.titre} » : genre « {self.genre} » ; un acte, et lui seul, "
                        "porte des zones de signature.",
                    )
                ]
            )
        if manque:
            raise RenderFailure(
                [constat("RENDU-02", f"Lettre « {self.titre} » : {', '.join(manque)} vide(s).")]
            )
        if len(self.destinataire) > LIGNES_ADRESSE_MAX:
            raise RenderFailure(
                [
                    constat(
                        "RENDU-02",
                        f"Lettre « {self.titre} » : l'adresse du destinataire a {len(self.destinataire)} "
                        f"lignes ; la fenêtre de l'enveloppe en permet {LIGNES_ADRESSE_MAX}.",
                    )
                ]
            )
