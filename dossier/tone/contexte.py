"""What the tone linter knows of the claim (`Contexte`: the debtor's régime, the texts a letter
prints as the claim says them, the parties' names), and the claim's own free texts that letters
print verbatim — where the creditor's words reach the debtor (issue 14).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from dossier.findings import Position
from dossier.law.calcul import Regime
from dossier.law.montants.computation import determiner_regime
from dossier.model.claim import Creance
from dossier.tone.texte import normaliser


@dataclass(frozen=True)
class Contexte:
    """What context-dependent patterns need to know about the claim."""

    civil: bool  # a consumer, or any debtor of a civil debt: no L441-10 penalty, no €40
    judiciaire: bool = False  # a document addressed to the court (requête, décompte…), not the debtor
    libelles: tuple[str, ...] = ()  # the invoice labels and the contract's object, as the claim says them
    noms: tuple[str, ...] = ()  # the parties' names and addresses, the account holder
    # court documents only: the exchange summaries that record the debtor's own words
    # (`auteur: debiteur`), which the historique quotes for the judge: no pattern reads them
    citations: tuple[str, ...] = ()

    @classmethod
    def de(cls, creance: Creance, judiciaire: bool = False) -> Contexte:
        return cls(
            civil=determiner_regime(creance) is Regime.CIVIL,
            judiciaire=judiciaire,
            libelles=tuple(t for t, _, nom in textes_libres(creance) if nom not in (MESSAGE_LIBRE, RESUME)),
            noms=noms_du_dossier(creance),
            citations=tuple(e.resume for e in creance.echanges if e.resume and e.auteur == "debiteur")
            if judiciaire
            else (),
        )


def noms_du_dossier(creance: Creance) -> tuple[str, ...]:
    """The names and addresses a letter prints as the claim gives them (capitals included)."""
    noms: list[str | None] = []
    for personne in (creance.creancier, creance.debiteur, creance.mandataire):
        if personne is None:
            continue
        adresse = personne.adresse
        noms += [personne.nom, adresse.ligne1, adresse.ligne2, adresse.ville]
        noms += [f"{adresse.code_postal} {adresse.ville}", personne.forme]
        if personne.banque is not None:
            noms.append(personne.banque.titulaire)
    noms.append(creance.creancier.signataire.nom)
    if creance.mandataire is not None and creance.mandataire.signataire is not None:
        noms.append(creance.mandataire.signataire.nom)
    if creance.debiteur.representant is not None:
        noms.append(creance.debiteur.representant.nom)
    if creance.juridiction is not None:
        noms.append(creance.juridiction.nom)
    return tuple(dict.fromkeys(n for n in noms if n))


MESSAGE_LIBRE = "message libre"
RESUME = "résumé d'échange"
CIVIL = Contexte(civil=True)  # the strictest reading, for a text read alone


def textes_libres(creance: Creance) -> list[tuple[str, Position | None, str]]:
    """The claim's own texts that letters print verbatim: (text, where in claim.yaml, its name)."""
    textes: list[tuple[str, Position | None, str]] = []
    if creance.options.message_libre:
        textes.append(
            (creance.options.message_libre, creance.position("options", "message_libre"), MESSAGE_LIBRE)
        )
    if creance.contrat is not None:
        textes.append((creance.contrat.objet, creance.position("contrat", "objet"), "objet du contrat"))
    for i, facture in enumerate(creance.factures):
        if facture.libelle:
            textes.append((facture.libelle, creance.position("factures", i, "libelle"), "libellé de facture"))
    for i, echange in enumerate(creance.echanges):
        if echange.resume and echange.auteur != "debiteur":
            textes.append((echange.resume, creance.position("echanges", i, "resume"), RESUME))
    return textes


def _valeurs(
    objet: object, chemin: tuple[str | int, ...] = ()
) -> Iterable[tuple[tuple[str | int, ...], str]]:
    if isinstance(objet, dict):
        for cle, valeur in objet.items():
            yield from _valeurs(valeur, (*chemin, cle))
    elif isinstance(objet, (list, tuple)):
        for rang, valeur in enumerate(objet):
            yield from _valeurs(valeur, (*chemin, rang))
    elif isinstance(objet, str):
        yield chemin, objet


def position_de_l_extrait(creance: Creance, extrait: str) -> Position | None:
    """Where in claim.yaml the value a letter printed these words from sits (a phone number, a
    name…), when one scalar value of the claim holds them; None when none or several do."""
    cherche = normaliser(extrait).texte
    chemins = [
        chemin
        for chemin, valeur in _valeurs(creance.model_dump(mode="json", exclude_none=True))
        if cherche and cherche in normaliser(valeur).texte
    ]
    return creance.position(*chemins[0]) if len(chemins) == 1 else None
