"""The parties as the court documents name them: who they are, and the words that agree with them.

The creditor's and the debtor's identity as the requête states it (CPC 54, 57 and 1407: a natural
person by her name, profession, nationality, birth and home; a company by its form, registration,
seat and legal representative, with the delegate and the pouvoir produced when another person
signs), and the words for each party that agree with a natural person's title (« La requérante »,
« la débitrice … mise en demeure »). `contexte.py` hands them to the templates.
"""

from __future__ import annotations

from dossier.francais import date_longue
from dossier.injonction.pieces import Renvois
from dossier.law.rules.injonction_representant import par_delegation
from dossier.lettres.contexte import adresse_une_ligne
from dossier.lettres.courrier import (
    entrepreneur_individuel,
    identifiant_creancier,
    nom_creancier,
    nom_debiteur,
)
from dossier.model.claim import Creance

# The requête's words for the applicant agree with a natural person's title (« La requérante … est
# créancière ») ; a company, or a person whose title the claim does not give, keeps the masculine.
REQUERANT = {"le": "Le requérant", "le_": "le requérant", "creancier": "créancier"}
REQUERANTE = {"le": "La requérante", "le_": "la requérante", "creancier": "créancière"}


def requerant(creance: Creance) -> dict[str, str]:
    """« La requérante » for a creditor who is a woman (`creancier.civilite: Madame`)."""
    c = creance.creancier
    return REQUERANTE if c.type == "personne_physique" and c.civilite == "Madame" else REQUERANT


# The debtor's words agree the same way: « la débitrice … a été mise en demeure » for a natural person
# whose title is Madame (`debiteur.civilite`). A company (« la société » is not what the requête names),
# or a person whose title the claim does not give, keeps « le débiteur », the law's generic word for
# any debtor (C. civ. 1342-10, CPC 1405), which says nothing of a person's sex.
DEBITEUR = {"le": "Le débiteur", "le_": "le débiteur", "au": "au débiteur", "mis": "mis"}
DEBITRICE = {"le": "La débitrice", "le_": "la débitrice", "au": "à la débitrice", "mis": "mise"}


def partie_debitrice(creance: Creance) -> dict[str, str]:
    """« La débitrice » for a debtor who is a woman (`debiteur.civilite: Madame`).

    >>> from dossier.law.exemples import exemple, facture
    >>> factures = [facture("F-1", "2026-01-05", "2026-02-05", "900.00")]
    >>> partie_debitrice(exemple("consommateur", factures=factures))["le_"]
    'le débiteur'
    >>> madame = exemple("consommateur", factures=factures, debiteur={"civilite": "Madame"})
    >>> partie_debitrice(madame)["le_"], partie_debitrice(madame)["mis"], partie_debitrice(madame)["au"]
    ('la débitrice', 'mise', 'à la débitrice')
    """
    d = creance.debiteur
    return DEBITRICE if d.type == "personne_physique" and d.civilite == "Madame" else DEBITEUR


def identite_creancier(creance: Creance, renvois: Renvois | None = None) -> str:
    """CPC 54, 3° b), 57 and 1407: a company by its form, registration, seat and legal representative
    — and, when another person signs, that delegate and the pouvoir produced (`renvois`: its pièce)."""
    c = creance.creancier
    adresse = adresse_une_ligne(c.adresse)
    legal = c.representant_legal or c.signataire
    signataire = f"{legal.nom}, {legal.qualite}"
    if par_delegation(c):
        pouvoir = c.pouvoir
        du = f" du {date_longue(pouvoir.date)}" if pouvoir is not None and pouvoir.date else ""
        numero = renvois.numero("creancier.pouvoir.piece") if renvois is not None else None
        piece = f" (pièce n° {numero})" if numero else ""
        signataire += (
            f", son représentant légal, agissant par {c.signataire.nom}, {c.signataire.qualite}, "
            f"en vertu d'un pouvoir{du}{piece}"
        )
    if c.type == "personne_physique":
        # CPC 54, 3° a) : « nom, prénoms, profession, domicile, nationalité, date et lieu de naissance »
        morceaux = [c.nom]
        if entrepreneur_individuel(c):  # C. com. R526-27: her professional name and registration
            morceaux = [nom_creancier(c), *filter(None, [identifiant_creancier(c)])]
        if c.profession:
            morceaux.append(f"profession : {c.profession}")
        if c.nationalite:
            morceaux.append(f"de nationalité {c.nationalite}")
        if c.naissance:
            morceaux.append(
                f"date et lieu de naissance : {date_longue(c.naissance.date)}, {c.naissance.lieu}"
            )
        return f"{', '.join(morceaux)}, demeurant {adresse}."
    immatriculation = f"immatriculée au {c.rcs}" if c.rcs else f"SIREN {c.siren}" if c.siren else None
    return f"{_societe(c.nom, c.forme, immatriculation, adresse)}, représentée par {signataire}."


def identite_debiteur(creance: Creance) -> str:
    d = creance.debiteur
    adresse = adresse_une_ligne(d.adresse)
    if d.type == "personne_physique":
        return f"{nom_debiteur(creance)}, demeurant {adresse}."
    representant = (
        f"prise en la personne de son représentant légal, {d.representant.nom}, {d.representant.qualite}"
        if d.representant
        else "prise en la personne de son représentant légal"
    )
    immatriculation = f"SIREN {d.siren}" if d.siren else None
    return f"{_societe(d.nom, d.forme, immatriculation, adresse)}, {representant}."


def _societe(nom: str, forme: str | None, immatriculation: str | None, adresse: str) -> str:
    """A company as CPC 54, 3° b) names it: its name, form, registration and seat."""
    return f"{', '.join(filter(None, (nom, forme, immatriculation)))}, dont le siège est {adresse}"
