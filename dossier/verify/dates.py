"""Dates in a coherent order, read back from the documents (COHER-03).

    invoice date ≤ due date < each letter claiming it < the next step's letter
      < the mise en demeure's deadline < the requête;  agreement ≤ first instalment < the next…

- each letter bears the date calcul.json gives it (« Lyon, le 12 janvier 2026 »), and the
  letters of the series follow one another (relance 1 < relance 2 < mise en demeure < requête);
- no letter claims an invoice not yet due on its date;
- each invoice row of the court documents has its date on or before its due date;
- the requête: « arrêtée au » and « Fait à …, le » are the « as of » day; the mise en demeure it
  cites was received after it was sent, its deadline expired after that and before the requête;
- the historique lists its events in date order, none after the requête;
- the échéancier: its instalments in strictly increasing order, the first on or after the day it
  is made (« Fait à …, le »).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.verify.lecture import JOUR_COURT, JOUR_LONG, MONTANT, Document, jour_court, jour_long
from dossier.vocabulaire import ECHEANCIER, document_injonction

CODE = "COHER-03"
SERIE = ("relance_1", "relance_2", "mise_en_demeure", "injonction")
_DATE_LETTRE = re.compile(rf", le ({JOUR_LONG})")
_FAIT_A = re.compile(rf"Fait à [^,]+, le ({JOUR_LONG})")


def _hors_ordre(document: Document, position: int, texte: str) -> Constat:
    return constat(CODE, f"{document.ou(position)} : {texte}")


def verifier_dates(documents: Mapping[str, Document], calcul: Mapping[str, Any]) -> list[Constat]:
    constats: list[Constat] = []
    lettres = list(calcul.get("lettres", ()))
    for avant, apres in itertools.pairwise(lettres):
        jour_avant, jour_apres = date.fromisoformat(avant["date"]), date.fromisoformat(apres["date"])
        meme_etape = avant["etape"] == apres["etape"]
        if jour_apres < jour_avant or (not meme_etape and jour_apres == jour_avant):
            constats.append(
                constat(
                    CODE,
                    f"calcul.json : {apres['fichier']} ({date_longue(jour_apres)}) ne suit pas "
                    f"{avant['fichier']} ({date_longue(jour_avant)})",
                )
            )
    echeances = {f["numero"]: date.fromisoformat(f["echeance"]) for f in calcul.get("factures", ())}
    for lettre in lettres:
        document = documents.get(lettre["fichier"])
        if document is None or lettre["etape"] == "injonction":
            continue
        jour = date.fromisoformat(lettre["date"])
        datee = _DATE_LETTRE.search(document.texte)
        if datee is None or jour_long(datee[1]) != jour:
            imprime = datee[1] if datee else "aucune date"
            constats.append(
                _hors_ordre(
                    document,
                    datee.start(1) if datee else 0,
                    f"la lettre est datée « {imprime} », calcul.json dit {date_longue(jour)}",
                )
            )
        for numero in echeances:
            m = re.search(rf"{re.escape(numero)} [^€]*?({JOUR_COURT}) {MONTANT} €", document.texte)
            if m is not None and jour_court(m[1]) >= jour:
                constats.append(
                    _hors_ordre(
                        document,
                        m.start(1),
                        f"la facture {numero}, échue le {m[1]}, est réclamée par une lettre du "
                        f"{date_longue(jour)}",
                    )
                )
    requete = documents.get(document_injonction("requete"))
    if requete is not None:
        constats += _requete(requete, date.fromisoformat(calcul["date"]))
    for nom in (document_injonction("requete"), document_injonction("decompte")):
        if nom in documents:
            constats += _factures(documents[nom], list(echeances))
    historique = documents.get(document_injonction("historique"))
    if historique is not None:
        constats += _historique(historique, date.fromisoformat(calcul["date"]))
    if f"{ECHEANCIER}.pdf" in documents:
        constats += _echeancier(documents[f"{ECHEANCIER}.pdf"])
    return constats


def _requete(document: Document, jour: date) -> list[Constat]:
    texte = document.texte
    constats = []
    for motif, quoi in ((rf"arrêtée au ({JOUR_LONG})", "arrêtée au"), (_FAIT_A.pattern, "Fait à …, le")):
        m = re.search(motif, texte)
        if m is None or jour_long(m[1]) != jour:
            constats.append(
                _hors_ordre(
                    document,
                    m.start(1) if m else 0,
                    f"« {quoi} » {m[1] if m else 'absent'} ; calcul.json est arrêté au {date_longue(jour)}",
                )
            )
    envoi = re.search(rf"Par lettre recommandée avec avis de réception[^.]*? du ({JOUR_LONG})", texte)
    if envoi is None:
        return constats
    recue = re.compile(rf"reçue le ({JOUR_LONG})").search(texte, envoi.end())
    expire = re.compile(rf"Ce délai a expiré le ({JOUR_LONG})").search(texte, envoi.end())
    jours = [
        (quoi, m.start(1), jour_long(m[1]))
        for quoi, m in (("envoyée le", envoi), ("reçue le", recue), ("délai expiré le", expire))
        if m is not None
    ]
    for (quoi_a, _, a), (quoi_b, position, b) in itertools.pairwise(jours):
        if b < a:
            constats.append(
                _hors_ordre(
                    document,
                    position,
                    f"mise en demeure {quoi_b} {date_longue(b)}, avant {quoi_a} {date_longue(a)}",
                )
            )
    if expire is not None and jour_long(expire[1]) >= jour:
        constats.append(
            _hors_ordre(
                document,
                expire.start(1),
                f"le délai de la mise en demeure expire le {expire[1]}, pas avant la requête du "
                f"{date_longue(jour)}",
            )
        )
    return constats


def _factures(document: Document, numeros: list[str]) -> list[Constat]:
    constats = []
    for numero in numeros:
        for m in re.finditer(
            rf"{re.escape(numero)} ({JOUR_COURT}) ({JOUR_COURT}) {MONTANT} €", document.texte
        ):
            if jour_court(m[1]) > jour_court(m[2]):
                constats.append(
                    _hors_ordre(
                        document,
                        m.start(1),
                        f"la facture {numero} est datée du {m[1]}, après son échéance {m[2]}",
                    )
                )
    return constats


def _historique(document: Document, jour: date) -> list[Constat]:
    debut = document.texte.find("Date Démarche Détail Pièce")
    dates = [
        (m.start(1), jour_court(m[1]))
        for m in re.finditer(rf"(?:Pièce|n° \d+|—) ({JOUR_COURT}) ", document.texte[max(debut, 0) :])
    ]
    decalage = max(debut, 0)
    constats = []
    for (_, avant), (position, apres) in itertools.pairwise(dates):
        if apres < avant:
            constats.append(
                _hors_ordre(
                    document,
                    decalage + position,
                    f"l'événement du {date_longue(apres)} suit celui du {date_longue(avant)}",
                )
            )
    for position, quand in dates:
        if quand > jour:
            constats.append(
                _hors_ordre(
                    document, decalage + position, f"événement du {date_longue(quand)}, après la requête"
                )
            )
    return constats


def _echeancier(document: Document) -> list[Constat]:
    texte = document.texte
    fait = _FAIT_A.search(texte)
    echeances = [
        (m.start(1), jour_court(m[1]))
        for m in re.finditer(rf"(?:Acompte|(?<![\d/])\d{{1,3}}/\d{{1,3}}) ({JOUR_COURT}) {MONTANT} €", texte)
    ]
    constats = []
    for (_, avant), (position, apres) in itertools.pairwise(echeances):
        if apres <= avant:
            constats.append(
                _hors_ordre(
                    document,
                    position,
                    f"l'échéance du {date_longue(apres)} suit celle du {date_longue(avant)}",
                )
            )
    if fait is not None and echeances and echeances[0][1] < jour_long(fait[1]):
        constats.append(
            _hors_ordre(
                document,
                echeances[0][0],
                f"la première échéance ({date_longue(echeances[0][1])}) précède l'accord ({fait[1]})",
            )
        )
    return constats
