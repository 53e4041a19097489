"""Reads a French text and reports what a debtor must never be told (DOMAIN.md §2).

The patterns are data (`motifs.yaml`), each with its code, reason, reference and suggested
rewording. The text is folded first (`texte.py`: case, accents, apostrophes, hyphenation at line
ends, spaces), so a pattern matches « Huissier », « huis-⏎sier » and « HUISSIER » alike. Some
patterns only apply in a context (`si: civil`: the €40 indemnity named to a consumer), some admit
exceptions (`sauf`), and the verbatim legal quotations a letter must print (CPCE L111-8 al. 2-3)
are never flagged. `verifier_textes_libres` applies the linter to every text of the claim that a
letter prints verbatim; `dossier.tone.documents` to the letters' text read back from PDF and DOCX.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from dossier.findings import Constat, Position, constat
from dossier.law.calcul import Regime
from dossier.law.montants.computation import determiner_regime
from dossier.law.textes import textes_legaux
from dossier.model.claim import Creance
from dossier.tone.texte import TexteNormalise, normaliser, variantes

CONDITIONS = ("civil", "amiable")
HORS = ("libelles", "noms")  # the claim's texts a pattern may be told not to read (`hors`)


@dataclass(frozen=True)
class Motif:
    nom: str
    code: str
    expression: re.Pattern[str]
    raison: str
    reference: str
    suggestion: str
    brut: bool  # applied with capitals kept
    # "civil": only when the debtor owes nothing under C. com. L441-10; "amiable": only in letters
    # to the debtor, not in the court documents (a requête names the order it asks for)
    si: str | None = None
    sauf: re.Pattern[str] | None = None  # a match inside one of these is lawful
    negation: re.Pattern[str] | None = None  # a match right after one of these is lawful (« aucun »)
    # "libelles": not read inside an invoice label or the contract's object, which name the service
    # sold (« Déplacement à votre domicile »); "noms": nor inside a party's name or address
    hors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contexte:
    """What context-dependent patterns need to know about the claim."""

    civil: bool  # a consumer, or any debtor of a civil debt: no L441-10 penalty, no €40
    judiciaire: bool = False  # a document addressed to the court (requête, décompte…), not the debtor
    libelles: tuple[str, ...] = ()  # the invoice labels and the contract's object, as the claim says them
    noms: tuple[str, ...] = ()  # the parties' names and addresses, the account holder
    # court documents only: the exchange summaries the historique quotes — the record of what was
    # said, for the judge, not words addressed to the debtor: no pattern reads them
    citations: tuple[str, ...] = ()

    @classmethod
    def de(cls, creance: Creance, judiciaire: bool = False) -> Contexte:
        return cls(
            civil=determiner_regime(creance) is Regime.CIVIL,
            judiciaire=judiciaire,
            libelles=tuple(t for t, _, nom in textes_libres(creance) if nom != MESSAGE_LIBRE),
            noms=noms_du_dossier(creance),
            citations=tuple(e.resume for e in creance.echanges if e.resume) if judiciaire else (),
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
CIVIL = Contexte(civil=True)  # the strictest reading, for a text read alone


@dataclass(frozen=True)
class Rencontre:
    motif: Motif
    extrait: str  # the source words matched, spaces folded
    debut: int  # their span in the source text
    fin: int


@cache
def motifs() -> tuple[Motif, ...]:
    texte = resources.files("dossier.tone").joinpath("motifs.yaml").read_text(encoding="utf-8")
    entrees = yaml.safe_load(texte)
    noms = [entree["nom"] for entree in entrees]
    if len(set(noms)) != len(noms):
        raise ValueError("motifs.yaml : deux entrées portent le même nom")
    trouves = []
    for entree in entrees:
        if entree.get("si") not in (None, *CONDITIONS):
            raise ValueError(f"motifs.yaml : {entree['nom']} : condition inconnue {entree['si']!r}")
        if not set(entree.get("hors", ())) <= set(HORS):
            raise ValueError(f"motifs.yaml : {entree['nom']} : « hors » inconnu {entree['hors']!r}")
        trouves.append(
            Motif(
                nom=entree["nom"],
                code=entree["code"],
                expression=re.compile(entree["motif"]),
                raison=entree["raison"],
                reference=entree["reference"],
                suggestion=entree["suggestion"],
                brut=bool(entree.get("brut", False)),
                si=entree.get("si"),
                sauf=re.compile(entree["sauf"]) if entree.get("sauf") else None,
                negation=re.compile(f"(?:{entree['negation']}) ?$") if entree.get("negation") else None,
                hors=tuple(entree.get("hors", ())),
            )
        )
    return tuple(trouves)


@cache
def _citations() -> tuple[str, ...]:
    """The legal texts letters reproduce verbatim, folded: quoting the law is never a threat."""
    return tuple(normaliser(citation.texte).texte for citation in textes_legaux().values())


def _zones(texte: TexteNormalise, morceaux: Iterable[str]) -> list[tuple[int, int]]:
    """Where each of `morceaux` (folded, lower case) appears in `texte`, whatever its case: a
    letter may print a name in capitals that the claim writes in small letters."""
    lu = texte.texte.lower() if len(texte.texte.lower()) == len(texte.texte) else texte.texte
    zones = []
    for morceau in morceaux:
        if not morceau:
            continue
        debut = lu.find(morceau)
        while debut >= 0:
            zones.append((debut, debut + len(morceau)))
            debut = lu.find(morceau, debut + 1)
    return zones


def _plies(textes: Iterable[str]) -> list[str]:
    return [normaliser(t).texte for t in textes]


def _masquer(texte: str, zones: list[tuple[int, int]]) -> str:
    """`texte` with the characters of `zones` replaced by « x » (same length: spans still hold)."""
    if not zones:
        return texte
    caracteres = list(texte)
    for debut, fin in zones:
        caracteres[debut:fin] = ("x" if c != " " else " " for c in texte[debut:fin])
    return "".join(caracteres)


def _nie(motif: Motif, texte: str, debut: int) -> bool:
    """« aucun jugement », « pas de frais » : the words right before the match deny it."""
    return motif.negation is not None and motif.negation.search(texte, max(0, debut - 80), debut) is not None


def _couvert(debut: int, fin: int, zones: list[tuple[int, int]]) -> bool:
    return any(a <= debut and fin <= b for a, b in zones)


def examiner(texte: str, contexte: Contexte = CIVIL) -> list[Rencontre]:
    """Every pattern met in `texte`, with the source excerpt it matched, in reading order.

    >>> [r.motif.code for r in examiner("Sans paiement, nous saisirons vos meubles.")]
    ['TON-01']
    >>> examiner("À défaut de règlement, nous pourrons saisir la juridiction compétente.")
    []
    >>> [r.extrait for r in examiner("une indemnité forfaitaire de 40 €")]
    ['indemnité forfaitaire']
    >>> examiner("une indemnité forfaitaire de 40 €", Contexte(civil=False))
    []
    >>> [r.motif.code for r in examiner("rendre une ordonnance portant injonction de payer")]
    ['TON-02']
    >>> examiner("rendre une ordonnance portant injonction de payer", Contexte(civil=True, judiciaire=True))
    []
    """
    lectures = {False: variantes(texte), True: variantes(texte, casse=True)}
    # per reading: the lawful quotations, the claim's labels, its names, the quoted summaries
    zones: dict[int, dict[str, list[tuple[int, int]]]] = {}
    autres = {
        "libelles": _plies(contexte.libelles),
        "noms": _plies(contexte.noms),
        "citations": _plies(contexte.citations),
    }
    for casse, plies in lectures.items():
        for v in plies:
            zones[id(v)] = {cle: _zones(v, morceaux) for cle, morceaux in autres.items()}
            zones[id(v)]["loi"] = [] if casse else _zones(v, _citations())
    rencontres: list[Rencontre] = []
    for motif in motifs():
        if (motif.si == "civil" and not contexte.civil) or (motif.si == "amiable" and contexte.judiciaire):
            continue
        etendues: list[tuple[int, int]] = []
        for variante in lectures[motif.brut]:
            ici = zones[id(variante)]
            admises = ici["loi"] + ici["citations"]
            # a label or a name is blanked out, not just excused: « ATELIER DURAND SARL ; IBAN »
            # is no sentence in capitals once the name is set aside
            lu = _masquer(variante.texte, [z for cle in motif.hors for z in ici[cle]])
            exceptions = [(m.start(), m.end()) for m in motif.sauf.finditer(lu)] if motif.sauf else []
            for trouve in motif.expression.finditer(lu):
                debut, fin = trouve.span()
                if fin == debut or _couvert(debut, fin, exceptions) or _couvert(debut, fin, admises):
                    continue
                if motif.negation is not None and motif.negation.search(
                    variante.texte, max(0, debut - 80), debut
                ):
                    continue
                a, b = variante.etendue(debut, fin)
                if any(a < y and x < b for x, y in etendues):
                    continue  # the other reading of a line-end hyphen found it already
                etendues.append((a, b))
                rencontres.append(Rencontre(motif, variante.extrait(debut, fin), a, b))
    return sorted(rencontres, key=lambda r: (r.debut, r.motif.code))


def constat_de(rencontre: Rencontre, quoi: str, **lieu: object) -> Constat:
    """The finding for one match: `quoi` names the text (« message libre », « relance-1.pdf »)."""
    motif = rencontre.motif
    return constat(
        motif.code,
        f"{quoi} : {motif.raison} — « {rencontre.extrait} »",
        que_faire=f"{motif.suggestion} ({motif.reference})",
        extrait=rencontre.extrait,
        **lieu,  # type: ignore[arg-type]
    )


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
    return textes


def sans_doublons(constats: Iterable[Constat]) -> list[Constat]:
    """One finding per (code, place, excerpt): two entries of one code on the same words (« saisie
    sur salaire » is a seizure named and a seizure of wages) make one finding, not two."""
    vus: dict[tuple[str, Position | None, object, str | None], Constat] = {}
    for c in constats:
        vus.setdefault((c.code, c.ou, c.document, c.extrait), c)
    return list(vus.values())


def verifier_textes_libres(creance: Creance) -> list[Constat]:
    """The claim's free texts, before any letter prints them (they point at claim.yaml).

    A label or the contract's object names the service sold: patterns marked `hors: [libelles]`
    (a visit, a report, a file fee…) do not read it, threats to the debtor do. `echanges[].resume`
    is a note for the file that no letter prints; only the court's historique quotes it, as the
    record of what was said (court profile: `Contexte.citations`): it is not read here.
    """
    contexte = Contexte.de(creance)
    return sans_doublons(
        constat_de(rencontre, nom, ou=ou)
        for texte, ou, nom in textes_libres(creance)
        for rencontre in examiner(texte, contexte)
    )


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
