"""A letter ready to be laid out: everything the PDF and the DOCX show, already worded and formatted.

The builder of each letter (relance, mise en demeure…) fills a `Lettre`; `pdf.rendre_pdf` and
`word.rendre_docx` lay it out from `templates/letters/lettre.html` (+ `lettre.css`) and
`templates/letters/lettre.docx`, both looping over the same `blocs` (see `blocks.py`).

Layout (A4, 2 cm margins, sober, nothing that imitates a court or an administration):
    sender block, top left — recipient block in the window of a French DL envelope (right side,
    11 cm from the left edge, 5,5 cm from the top) — place and date under it — sending mode
    (e.g. « Lettre recommandée avec demande d'avis de réception ») — reference lines — « Objet : »
    line — content blocks — signature (name, quality) — optional EPC payment QR with its caption —
    footer on every page: the sender's legal mentions and « page n/N ».

Public API
    Signature(nom: str, qualite: str)
    Paiement(virement: VirementEpc, legende: tuple[str, ...] = ())     the QR and the lines beside it
    Lettre(expediteur, destinataire, lieu, date, objet, blocs, signature, titre, auteur,
           sujet="", references=(), mode_envoi=None, pied=(), paiement=None, etabli_le=None)
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
    langue: ClassVar[str] = "fr"

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
