"""The parties are the same in every document (COHER-02): names, SIREN, addresses, read back.

The reference is the claim (`build` and `check` have it; `dossier verify` reads the claim.yaml
embedded in the bundle): the creditor, the debtor and, when there is one, the collection agency.
In every document of the pack — letters and their copies, plan documents, receipts, court
documents; not the pièces, which are the parties' own papers —

- the creditor's and the debtor's names are printed (as the claim spells them, or after « de » or
  « à » with the name's own article contracted: « pour le compte du Bistrot », `francais.de`);
- every SIREN printed (« SIREN 798456125 », « RCS Chambéry 812 345 676 ») is one of the parties';
- every postal line of a party's address is followed by the rest of that party's address, and
  every « code postal ville » of a party follows one of the address lines of a party of that town:
  a changed street, postcode or town anywhere is found.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from dossier.findings import Constat, constat
from dossier.francais import a, de
from dossier.model.claim import Creance
from dossier.model.parties import Adresse
from dossier.render.readback import normaliser
from dossier.verify.lecture import Document

CODE = "COHER-02"
_SIREN = re.compile(r"\b(?:SIREN|RCS [A-Za-zÀ-ÿ' -]{1,40}?) (\d{3} ?\d{3} ?\d{3})\b")
_SEPARATEUR = re.compile(r"^[ ,—–-]*")


@dataclass(frozen=True)
class Partie:
    qualite: str  # « le créancier », « le débiteur », « le mandataire »
    nom: str
    siren: str | None
    lignes: tuple[str, ...]  # the street lines of its address
    ville: str  # « 74000 Annecy »
    nommee_partout: bool  # its name is printed in every document

    @property
    def formes(self) -> tuple[str, ...]:
        """« Le Bistrot », « du Bistrot », « au Bistrot »: the name as a sentence may print it."""
        return (self.nom, normaliser(de(self.nom)), normaliser(a(self.nom)))


def _partie(qualite: str, nom: str, siren: str | None, adresse: Adresse, partout: bool) -> Partie:
    lignes = tuple(normaliser(x) for x in (adresse.ligne1, adresse.ligne2) if x)
    return Partie(
        qualite, normaliser(nom), siren, lignes, normaliser(f"{adresse.code_postal} {adresse.ville}"), partout
    )


def parties_de(creance: Creance) -> tuple[Partie, ...]:
    parties = [
        _partie(
            "le créancier", creance.creancier.nom, creance.creancier.siren, creance.creancier.adresse, True
        ),
        _partie("le débiteur", creance.debiteur.nom, creance.debiteur.siren, creance.debiteur.adresse, True),
    ]
    if creance.mandataire is not None:
        agence = creance.mandataire
        parties.append(_partie("le mandataire", agence.nom, agence.siren, agence.adresse, False))
    return tuple(parties)


def verifier_parties(documents: Mapping[str, Document], parties: tuple[Partie, ...]) -> list[Constat]:
    constats: list[Constat] = []
    sirens = {p.siren for p in parties if p.siren}
    for nom, document in documents.items():
        texte = document.texte
        for partie in parties:
            if partie.nommee_partout and not any(forme in texte for forme in partie.formes):
                constats.append(
                    constat(CODE, f"{nom} : « {partie.nom} » ({partie.qualite}) n'y est pas imprimé")
                )
        for m in _SIREN.finditer(texte):
            numero = m[1].replace(" ", "")
            if numero not in sirens:
                connus = ", ".join(f"{p.qualite} {p.siren}" for p in parties if p.siren) or "aucun"
                constats.append(
                    constat(
                        CODE,
                        f"{document.ou(m.start(1))} : SIREN imprimé {numero}, inconnu des parties ({connus})",
                    )
                )
        constats += _adresses(document, parties)
    return constats


def _adresses(document: Document, parties: tuple[Partie, ...]) -> list[Constat]:
    texte = document.texte
    constats = []
    for partie in parties:
        premiere = partie.lignes[0]
        for m in re.finditer(re.escape(premiere), texte):
            # A street line followed by a postcode: that postcode and town must be the party's
            # (a street named in a sentence, « situé 3 rue … à Grenoble », is not an address block).
            suite = _SEPARATEUR.sub("", texte[m.end() : m.end() + 200])
            memes = [a for a in parties if a.lignes[0] == premiere]
            possibles = [" ".join((*a.lignes[1:], a.ville)) for a in memes]
            secondes = "|".join(re.escape(a.lignes[1]) for a in memes if len(a.lignes) > 1) or "(?!)"
            code = re.match(rf"(?:(?i:{secondes})[ ,]+)?(\d{{5}}\b.{{0,40}})", suite)
            if code is not None and not any(_suite_d_adresse(suite, p) for p in possibles):
                constats.append(
                    constat(
                        CODE,
                        f"{document.ou(m.start())} : l'adresse de {partie.qualite} se lit « {premiere} "
                        f"{suite[: code.end(1)]} » ; la créance dit « {premiere} {possibles[0]} »",
                    )
                )
        for m in re.finditer(rf"\b{re.escape(partie.ville)}\b", texte):
            avant = texte[max(0, m.start() - 200) : m.start()].rstrip(" ,—–-")
            if not any(avant.endswith(autre.lignes[-1]) for autre in parties if autre.ville == partie.ville):
                constats.append(
                    constat(
                        CODE,
                        f"{document.ou(m.start())} : « … {avant[-40:]} {partie.ville} » — cette ville n'est "
                        f"précédée d'aucune adresse des parties (la créance dit, pour {partie.qualite}, "
                        f"« {' '.join(partie.lignes)} {partie.ville} »)",
                    )
                )
    return constats


def _suite_d_adresse(suite: str, attendue: str) -> bool:
    """`suite` starts with the rest of the address, its lines separated by spaces or commas."""
    mots = re.escape(attendue).replace(r"\ ", r"[ ,]+")
    return re.match(mots + r"\b", suite) is not None
