"""What a letter recalls of the letters before it and acknowledges of the payments since.

A reminder never says « nothing received » when a payment came in (it thanks for it), and never
claims that an earlier letter listed an invoice it could not list (docs/droit.md §2: letters are
reasoned and accurate; CPCE R124-4: an agency recalls its first letter's reference and date).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dossier.francais import envoi, envoye_le
from dossier.law.procedure.etapes import LettreAProduire
from dossier.law.procedure.reclamation import Reclamation
from dossier.model.claim import Creance, Paiement
from dossier.vocabulaire import CANAUX


@dataclass(frozen=True)
class LettrePrecedente:
    date: date
    reference: str
    canal: str = "courrier"  # `courriers[].envoi`: how it went, so it is recalled as it went

    @property
    def nom(self) -> str:
        """« courrier », « courriel », « courrier recommandé », « courrier remis en main propre »."""
        return envoi(self.canal)

    @property
    def noms(self) -> str:
        return envoi(self.canal, pluriel=True)

    @property
    def du(self) -> str:
        """« du » before its date, « le » after « remis en main propre »."""
        return envoye_le(self.canal)


@dataclass(frozen=True)
class Rappel:
    precedentes: tuple[LettrePrecedente, ...]  # the earlier letters of the series, oldest first
    factures_rappelees: tuple[str, ...]  # invoices the last letter claimed on its date
    nouvelles_factures: tuple[str, ...]  # claimed now, fallen due since the last letter
    reglements: tuple[Paiement, ...]  # payments received since the last letter

    @property
    def derniere(self) -> LettrePrecedente | None:
        return self.precedentes[-1] if self.precedentes else None

    @property
    def meme_canal(self) -> bool:
        """Every earlier letter went the same way: « nos courriels du … et du … »."""
        return len({p.canal for p in self.precedentes}) <= 1


def rappel(
    creance: Creance,
    lettre: LettreAProduire,
    serie: Sequence[LettreAProduire],
    dues: Reclamation,
    reference: dict[int, str],
) -> Rappel:
    """`reference` maps id() of each letter of the series to its reference (computed once)."""
    avant = sorted(
        (a for a in serie if a.date < lettre.date and a.etape is not lettre.etape), key=lambda a: a.date
    )
    precedentes = tuple(
        LettrePrecedente(a.date, reference[id(a)], a.envoye.envoi if a.envoye else "courrier") for a in avant
    )
    if not avant:
        return Rappel((), (), (), ())
    derniere = avant[-1]
    rappelees = derniere.factures  # what that letter claimed on its own date
    nouvelles = tuple(f.numero for f in dues.factures if f.numero not in rappelees)
    reglements = tuple(p for p in creance.paiements if derniere.date < p.date <= lettre.date)
    return Rappel(precedentes, rappelees, nouvelles, reglements)


@dataclass(frozen=True)
class EchangeSuivi:
    """The last contact with the debtor a letter follows up: no « simple oubli » after it."""

    suite: str  # « notre entretien téléphonique »
    date: date


def echange_suivi(creance: Creance, depuis: date, jusqu_au: date) -> EchangeSuivi | None:
    """The last exchange with the debtor after `depuis` (the debt fell due) and up to `jusqu_au` (the
    letter's date): a reminder that follows a call where the debtor explained a difficulty, or
    promised to pay, says so instead of supposing an oversight (docs/droit.md §1: personalised).
    What was said is not repeated: the letter only recalls that the exchange took place."""
    echanges = [e for e in creance.echanges if depuis < e.date <= jusqu_au]
    if not echanges:
        return None
    dernier = max(echanges, key=lambda e: e.date)
    return EchangeSuivi(CANAUX[dernier.canal].suite, dernier.date)
