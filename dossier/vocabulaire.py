"""The words for the claim's own values, each vocabulary in one table: how an exchange took place
(`echanges[].canal`), which letter was sent (`courriers[].type`), how it went (`courriers[].envoi`);
the steps of the recovery (`Etape`, the one enum that names them) and their names; and the rule
that names a document's file.

One entry per value, a frozen dataclass whose fields are the forms the documents and messages use
(`nom` in a sentence, `titre` at the head of a line, …): a wording changes here, and everywhere at
once. Nothing else in the package keeps a dict keyed by these values (tests/unit/test_vocabulaire.py
checks it). The values themselves are the model's (`model/claim.py`, `Literal` types): a value
added there without its entry here fails that test.

Below `francais.py` and every layer that writes: this module imports nothing of the package.

>>> CANAUX["telephone"].nom, CANAUX["telephone"].titre_piece
('appel téléphonique', "Note de l'appel")
>>> COURRIERS["relance_2"].titre, COURRIERS["relance_2"].fichier, COURRIERS["relance_2"].suffixe
('Seconde relance', 'relance-2', 'R2')
>>> from datetime import date
>>> nom_de_fichier("mise-en-demeure", date(2026, 1, 5), doublon=True)
'mise-en-demeure-2026-01-05'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Etape(StrEnum):
    """A step of the recovery, the one enum that names them.

    What `dossier plan` says to do next (`parcours.pas.Calendrier.etape`, « etape » in `plan
    --json`) is any of them; the four of the letter series, in order `law/procedure/etapes.SERIE`
    (relance 1, relance 2, mise en demeure, requête en injonction de payer), are also the documents
    `build` drafts (`LettreAProduire.etape`, « etape » in calcul.json's `lettres`, `--jusqua`). The
    values of the series and of the plan's letters are those of `courriers[].type` (`COURRIERS`).
    """

    APPEL = "appel"
    RELANCE_1 = "relance_1"
    RELANCE_2 = "relance_2"
    MISE_EN_DEMEURE = "mise_en_demeure"
    INJONCTION = "injonction"
    # the prescription too close for an injonction de payer (INJ-16): a demand that interrupts at its date
    ASSIGNATION = "assignation_ou_reconnaissance"
    ECHEANCE = "echeance_plan"
    RAPPEL_ECHEANCE = "rappel_echeance"
    DECHEANCE = "decheance_du_terme"
    AUCUNE = "aucune"


@dataclass(frozen=True)
class NomEtape:
    """How a sentence names a step."""

    avec_article: str  # « la première relance ne peut plus être rédigée »
    demarche: str | None = None  # what `dossier plan` says to do, when it says more than `avec_article`

    @property
    def a_faire(self) -> str:
        """« Prochaine étape : … » in `dossier plan`."""
        return self.demarche or self.avec_article


ETAPES = {
    Etape.APPEL: NomEtape("un appel téléphonique au débiteur"),
    Etape.RELANCE_1: NomEtape("la première relance"),
    Etape.RELANCE_2: NomEtape("la seconde relance"),
    Etape.MISE_EN_DEMEURE: NomEtape(
        "la mise en demeure", "la mise en demeure (lettre recommandée avec avis de réception)"
    ),
    Etape.INJONCTION: NomEtape("la requête en injonction de payer"),
    Etape.ASSIGNATION: NomEtape(
        "une assignation en paiement, ou une reconnaissance de dette signée par le débiteur"
    ),
    Etape.ECHEANCE: NomEtape("l'échéance suivante du plan de paiement"),
    Etape.RAPPEL_ECHEANCE: NomEtape("le rappel courtois de l'échéance impayée"),
    Etape.DECHEANCE: NomEtape(
        "la notification de la déchéance du terme",
        "la notification de la déchéance du terme (lettre recommandée avec avis de réception)",
    ),
    Etape.AUCUNE: NomEtape("aucune démarche"),
}


@dataclass(frozen=True)
class Canal:
    """How an exchange with the debtor took place (`echanges[].canal`)."""

    nom: str  # in a sentence, the recovery calendar's history: « appel téléphonique »
    titre: str  # at the head of a line of the injonction's history: « Appel téléphonique »
    court: str  # one word, the tone linter's count of solicitations: « appel »
    titre_piece: str  # the title of the pièce that records it: « Note de l'appel »
    contact: str  # the kind of contact `dossier stats` counts (its JSON key): "appel"
    suite: str  # what a letter follows up (« à la suite de notre entretien téléphonique du … »)


CANAUX = {
    "telephone": Canal(
        "appel téléphonique",
        "Appel téléphonique",
        "appel",
        "Note de l'appel",
        "appel",
        "notre entretien téléphonique",
    ),
    "email": Canal("courriel", "Courriel", "courriel", "Courriel", "email", "notre échange par courriel"),
    "courrier": Canal("courrier", "Courrier", "courrier", "Courrier", "lettre", "notre échange de courriers"),
    "rencontre": Canal(
        "rencontre", "Rendez-vous", "rencontre", "Document du rendez-vous", "rencontre", "notre rendez-vous"
    ),
    "sms": Canal("SMS", "SMS", "SMS", "SMS", "sms", "notre échange par SMS"),
}


@dataclass(frozen=True)
class SorteDeCourrier:
    """A letter of the series or of an instalment plan (`courriers[].type`)."""

    nom: str  # in a sentence, the recovery calendar's history: « relance 1 »
    titre: str  # at the head of a line of the injonction's history: « Première relance »
    titre_piece: str  # the title of its copy among the pièces: « Relance » (« … du 5 janvier 2026 »)
    fichier: str  # its file name, without extension: « relance-1 » (`nom_de_fichier` for a second one)
    objet: str | None = None  # the object line of the letter dossier drafts: « Rappel de paiement »
    suffixe: str | None = None  # after the claim's reference when the letter gives none: « R1 »
    masculin: bool = False  # « reçu par le débiteur », not « reçue »

    @property
    def gabarit(self) -> str:
        """Its text, for the letters dossier drafts: `letters/relance-1.txt.j2`."""
        return f"letters/{self.fichier}.txt.j2"


COURRIERS = {
    "relance_1": SorteDeCourrier(
        "relance 1", "Première relance", "Relance", "relance-1", "Rappel de paiement", "R1"
    ),
    "relance_2": SorteDeCourrier(
        "relance 2", "Seconde relance", "Seconde relance", "relance-2", "Second rappel de paiement", "R2"
    ),
    "mise_en_demeure": SorteDeCourrier(
        "mise en demeure",
        "Mise en demeure",
        "Mise en demeure",
        "mise-en-demeure",
        "Mise en demeure de payer",
        "MED",
    ),
    # the plan's letters (law/plan/suivi.py): the reminder the déchéance clause requires, numbered
    # after its instalment (« RE2 », lettres/suivi.py), and the notice that the balance is due
    "rappel_echeance": SorteDeCourrier(
        "rappel d'une échéance impayée",
        "Rappel d'une échéance impayée de l'échéancier",
        "Rappel d'échéance impayée",
        "rappel-echeance",
        "Échéance impayée de votre échéancier",
        masculin=True,
    ),
    "decheance_du_terme": SorteDeCourrier(
        "notification de la déchéance du terme",
        "Notification de la déchéance du terme",
        "Notification de la déchéance du terme",
        "decheance-du-terme",
        "Déchéance du terme de l'échéancier",
        "DT",
    ),
    "autre": SorteDeCourrier("courrier", "Courrier", "Courrier", "courrier", masculin=True),
}


@dataclass(frozen=True)
class Envoi:
    """How a letter went (`courriers[].envoi`)."""

    nom: str  # the noun in a sentence: « Par courriel du … » (`francais.envoi`)
    pluriel: str  # « courriels »
    mode: str  # the injonction's history, after the letter's title: « lettre recommandée avec … »
    # what the copy dossier generates among the pièces says it is: a reproduction, made on the day
    # of the build — not the letter that was sent (the judge rules on the documents, CPC 1409)
    copie: str
    ligne: str | None = None  # above a copy's references, for a letter that went otherwise than by post


ENVOIS = {
    "courrier": Envoi("courrier", "courriers", "lettre simple", "reproduction du courrier"),
    "email": Envoi(
        "courriel", "courriels", "courriel", "reproduction du courriel", ligne="Envoyé par courriel"
    ),
    "lrar": Envoi(
        "courrier recommandé",
        "courriers recommandés",
        "lettre recommandée avec avis de réception",
        "reproduction du courrier",
    ),
    "remise_en_main_propre": Envoi(
        "courrier remis en main propre",
        "courriers remis en main propre",
        "remise en main propre",
        "reproduction du courrier remis en main propre",
        ligne="Remis en main propre",
    ),
}


# The pack's other files, as `build` writes them (a letter's name: `COURRIERS[…].fichier`).
CLAIM, CALCUL = "claim.yaml", "calcul.json"  # calcul.json beside the documents; both in the bundle
ECHEANCIER, MANDAT_SEPA = "echeancier", "mandat-sepa"  # the plan's acts (`.pdf`, `.docx`)
INJONCTION = "injonction"  # the folder of the injonction de payer
DOCUMENTS_INJONCTION = ("requete", "decompte", "bordereau", "historique")  # in the bundle's order
PIECES = f"{INJONCTION}/pieces/"  # the stamped pièces, `03-facture-f-2025-118.pdf`
BUNDLE = f"{INJONCTION}/dossier-injonction.pdf"  # the documents and the pièces merged, to file


def document_injonction(nom: str) -> str:
    """`requete` → `injonction/requete.pdf`."""
    return f"{INJONCTION}/{nom}.pdf"


def nom_de_fichier(base: str, jour: date, doublon: bool) -> str:
    """A document's file name (without extension): `base`, or `base-AAAA-MM-JJ` when the pack holds
    two documents of that name (two notices, two reminders of one instalment). Machine-facing: the
    date is ISO, so that names sort by date."""
    return f"{base}-{jour.isoformat()}" if doublon else base
