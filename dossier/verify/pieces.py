"""The pièces: cited ↔ bordereau ↔ `injonction/pieces/` ↔ the bundle (COHER-04, COHER-05, COHER-07).

- COHER-04, the numbers: every pièce the requête lists or cites (« pièce n° 9 ») and every pièce
  the historique points to is a row of the bordereau; every row of the bordereau has its file
  `injonction/pieces/NN-….pdf`, and every such file its row; the requête lists the same pièces
  as the bordereau, under the same titles; the bordereau's count is its number of rows.
- COHER-05, each pièce: its file has the pages the bordereau states (and the total is their
  sum), and every page is stamped « Pièce n° N — page i/n » with its own number and page count —
  a pièce swapped for another, or cut, is found.
- COHER-07, the merged bundle: its page count is the documents' and the pièces' pages, and its
  bookmarks name the four documents then each pièce of the bordereau, at its first page.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from dossier.findings import Constat, constat
from dossier.render.readback import compter_pages
from dossier.verify.lecture import JOUR_COURT, Document
from dossier.vocabulaire import BUNDLE, DOCUMENTS_INJONCTION, PIECES, document_injonction

BORDEREAU = document_injonction("bordereau")
REQUETE = document_injonction("requete")
HISTORIQUE = document_injonction("historique")
_FICHIER = re.compile(rf"^{PIECES}(\d\d)-[a-z0-9-]+\.pdf$")
_TOTAL = re.compile(r"(\d+) pièces?, (\d+) pages? au total")
_CITEE = re.compile(r"\b[Pp]ièce n° (\d+)\b")
_RENVOI = re.compile(r"\bn° (\d+)(?![\d/A-Za-z])")
_TAMPON = re.compile(r"Pièce n° (\d+) — page (\d+)/(\d+)")


@dataclass(frozen=True)
class Ligne:
    numero: int
    titre: str
    pages: int
    position: int


def lignes_du_bordereau(document: Document) -> list[Ligne]:
    """The bordereau's rows, in order: « N title date pages », until « n pièces, p pages »."""
    entete = "N° Pièce Date Pages "
    corps = document.corps  # the table may run over a page break, its header repeated
    debut = corps.find(entete)
    corps = corps[:debut] + entete + corps[debut:].replace(entete, "") if debut >= 0 else ""
    position = debut + len(entete)
    lignes: list[Ligne] = []
    numero = 1
    while True:
        suivant = rf"(?={numero + 1} |\d+ pièces?, )"
        m = re.compile(rf"{numero} (.+?) (?:{JOUR_COURT}|—) (\d+) {suivant}").match(corps, position)
        if m is None:
            return lignes
        lignes.append(Ligne(numero, m[1], int(m[2]), max(document.texte.find(m[1]), 0)))
        position, numero = m.end(), numero + 1


def verifier_pieces(documents: Mapping[str, Document], fichiers: Mapping[str, bytes]) -> list[Constat]:
    bordereau = documents.get(BORDEREAU)
    if bordereau is None:
        return []
    constats: list[Constat] = []
    lignes = lignes_du_bordereau(bordereau)
    par_numero = {ligne.numero: ligne for ligne in lignes}
    total = _TOTAL.search(bordereau.texte)
    if total is None or int(total[1]) != len(lignes):
        dit = f"{total[1]} pièces" if total else "aucun total"
        constats.append(
            constat("COHER-04", f"{BORDEREAU} : {len(lignes)} lignes de pièces lues, le bordereau dit {dit}")
        )
    elif int(total[2]) != sum(ligne.pages for ligne in lignes):
        constats.append(
            constat(
                "COHER-05",
                f"{bordereau.ou(total.start())} : {total[2]} pages au total, les lignes en comptent "
                f"{sum(ligne.pages for ligne in lignes)}",
            )
        )
    fichiers_pieces = {int(m[1]): nom for nom in fichiers if (m := _FICHIER.match(nom))}
    for numero, nom in sorted(fichiers_pieces.items()):
        if numero not in par_numero:
            constats.append(constat("COHER-04", f"{nom} : la pièce n° {numero} n'est pas au bordereau"))
    for ligne in lignes:
        fichier = fichiers_pieces.get(ligne.numero)
        if fichier is None:
            constats.append(
                constat(
                    "COHER-04",
                    f"{bordereau.ou(ligne.position)} : la pièce n° {ligne.numero} (« {ligne.titre} ») "
                    "n'a pas "
                    f"de fichier dans {PIECES}",
                )
            )
            continue
        piece = documents.get(fichier)
        if piece is not None:
            constats += _piece(piece, ligne)
        elif (pages := compter_pages(fichiers[fichier])) != ligne.pages:
            constats.append(_pages(fichier, pages, ligne))
    requete = documents.get(REQUETE)
    if requete is not None:
        constats += _requete(requete, par_numero)
    historique = documents.get(HISTORIQUE)
    if historique is not None:
        for m in _RENVOI.finditer(historique.texte):
            if int(m[1]) not in par_numero:
                constats.append(
                    constat(
                        "COHER-04",
                        f"{historique.ou(m.start())} : renvoi à la pièce n° {m[1]}, absente du bordereau",
                    )
                )
    if BUNDLE in fichiers:
        constats += _bundle(fichiers[BUNDLE], documents, lignes)
    if BUNDLE in documents:
        constats += _pages_du_bundle(documents, lignes, fichiers_pieces)
    return constats


def _piece(piece: Document, ligne: Ligne) -> list[Constat]:
    constats = []
    if len(piece.pages) != ligne.pages:
        constats.append(_pages(piece.nom, len(piece.pages), ligne))
    for rang, page in enumerate(piece.pages, start=1):
        tampons = _TAMPON.findall(page)
        attendu = (str(ligne.numero), str(rang), str(len(piece.pages)))
        if attendu not in tampons:
            lu = " ; ".join(f"Pièce n° {n} — page {i}/{t}" for n, i, t in tampons) or "aucun tampon"
            constats.append(
                constat(
                    "COHER-05",
                    f"{piece.nom}, page {rang} : tampon « {lu} », attendu « Pièce n° {ligne.numero} — page "
                    f"{rang}/{len(piece.pages)} » (la pièce a-t-elle été remplacée ?)",
                )
            )
    return constats


def _pages(nom: str, pages: int, ligne: Ligne) -> Constat:
    return constat(
        "COHER-05",
        f"{nom} : {pages} page(s) ; le bordereau en annonce {ligne.pages} pour la pièce n° {ligne.numero} "
        f"(« {ligne.titre} »)",
    )


def _requete(requete: Document, par_numero: Mapping[int, Ligne]) -> list[Constat]:
    constats = []
    corps = requete.corps  # the list may run over a page break
    debut = corps.find("Pièces produites")
    listees = {}
    if debut >= 0:
        for m in re.finditer(r"Pièce n° (\d+) : (.+?)(?= – Pièce n° \d+ :| Fait à )", corps[debut:]):
            position = requete.texte.find(f"Pièce n° {m[1]} :")
            listees[int(m[1])] = (m[2], max(position, 0))
    for numero, (titre, position) in listees.items():
        ligne = par_numero.get(numero)
        if ligne is None:
            constats.append(
                constat(
                    "COHER-04", f"{requete.ou(position)} : pièce n° {numero} listée, absente du bordereau"
                )
            )
        elif titre != ligne.titre:
            constats.append(
                constat(
                    "COHER-04",
                    f"{requete.ou(position)} : pièce n° {numero} « {titre} » ; le bordereau la nomme "
                    f"« {ligne.titre} »",
                )
            )
    for numero, ligne in par_numero.items():
        if numero not in listees:
            constats.append(
                constat(
                    "COHER-04",
                    f"{REQUETE} : la pièce n° {numero} (« {ligne.titre} ») du bordereau n'est pas listée",
                )
            )
    for m in _CITEE.finditer(requete.texte):
        if int(m[1]) not in par_numero:
            constats.append(
                constat(
                    "COHER-04", f"{requete.ou(m.start())} : renvoi à la pièce n° {m[1]}, absente du bordereau"
                )
            )
    return constats


def _bundle(pdf: bytes, documents: Mapping[str, Document], lignes: list[Ligne]) -> list[Constat]:
    from pypdf import PdfReader  # only for a bundle: a build of letters does not load pypdf

    lecteur = PdfReader(io.BytesIO(pdf))
    constats = []
    pages_documents = [
        len(documents[document_injonction(nom)].pages)
        for nom in DOCUMENTS_INJONCTION
        if document_injonction(nom) in documents
    ]
    attendu = sum(pages_documents) + sum(ligne.pages for ligne in lignes)
    if len(lecteur.pages) != attendu:
        constats.append(
            constat(
                "COHER-07",
                f"{BUNDLE} : {len(lecteur.pages)} pages ; les documents et les pièces en font {attendu}",
            )
        )
    signets = [(str(s.title), lecteur.get_destination_page_number(s) or 0) for s in _a_plat(lecteur.outline)]
    debut_pieces = sum(pages_documents)
    attendus = []
    for ligne in lignes:
        attendus.append((f"Pièce n° {ligne.numero} — {ligne.titre}", debut_pieces))
        debut_pieces += ligne.pages
    pieces_signets = [(t, p) for t, p in signets if t.startswith("Pièce n° ")]
    if pieces_signets != attendus:
        ecarts = [f"« {t} » p. {p + 1}" for t, p in pieces_signets if (t, p) not in attendus]
        manquants = [f"« {t} » p. {p + 1}" for t, p in attendus if (t, p) not in pieces_signets]
        constats.append(
            constat(
                "COHER-07",
                f"{BUNDLE} : les signets des pièces ne suivent pas le bordereau (en trop : "
                f"{', '.join(ecarts) or 'aucun'} ; manquants : {', '.join(manquants) or 'aucun'})",
            )
        )
    return constats


_NUMERO_CONTINU = re.compile(r" ?Réf\. créancier \S+ — page (\d+)/(\d+)")


def _pages_du_bundle(
    documents: Mapping[str, Document], lignes: list[Ligne], fichiers_pieces: Mapping[int, str]
) -> list[Constat]:
    """Each page of the bundle says what the page of its document or pièce says, and carries its
    continuous number « page p/P » (read when the bundle's text is, by `dossier verify`)."""
    bundle = documents[BUNDLE]
    sources = [document_injonction(nom) for nom in DOCUMENTS_INJONCTION]
    sources += [fichiers_pieces[ligne.numero] for ligne in lignes if ligne.numero in fichiers_pieces]
    attendues = [
        (nom, rang, page)
        for nom in sources
        if nom in documents
        for rang, page in enumerate(documents[nom].pages, 1)
    ]
    constats = []
    for numero, page in enumerate(bundle.pages, start=1):
        continu = _NUMERO_CONTINU.search(page)
        if continu is None or (int(continu[1]), int(continu[2])) != (numero, len(bundle.pages)):
            constats.append(
                constat(
                    "COHER-07",
                    f"{BUNDLE}, page {numero} : numérotation continue « page {numero}/{len(bundle.pages)} » "
                    "absente",
                )
            )
        if numero <= len(attendues):
            nom, rang, texte = attendues[numero - 1]
            if _NUMERO_CONTINU.sub("", page) != texte:
                constats.append(
                    constat("COHER-07", f"{BUNDLE}, page {numero} : ne reproduit pas {nom}, page {rang}")
                )
    return constats


def _a_plat(plan: Any) -> list[Any]:
    resultat = []
    for element in plan:
        resultat.extend(_a_plat(element) if isinstance(element, list) else [element])
    return resultat


def numero_de(nom: str) -> int | None:
    m = _FICHIER.match(nom)
    return int(m[1]) if m else None


def est_piece(nom: str) -> bool:
    return PurePosixPath(nom).parent.as_posix() == PIECES.rstrip("/")
