"""A cited pièce read into PDF pages: only inside the claim's folder, bounded, Factur-X checked.

A pièce is a relative path inside the claim's folder; a symbolic link or a hard link whose other
names lead outside it is refused (PIECE-02), a file over `bornes.OCTETS` is not read (PIECE-14).
Its bytes become PDF pages (`conversion.py`: PDF, JPEG/PNG, .eml, .txt); an invoice carrying
Factur-X data is checked against the claim (PIECE-06, PIECE-09).

Public API
    SourcePiece                                       one pièce as the claim cites it
    Refus                                             raised with its code, message and what to do
    lire_piece(creance, source) -> bytes
    pages_de(creance, source) -> tuple[PdfWriter, str | None]
        the pièce's pages, before layout, and why they cannot enter a PDF/A file (None when they
        can: a scan or an email we converted, a copy we generated, a PDF/A file — `pdfa.py`)
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Literal

from pypdf import PdfWriter

from dossier.assemble import bornes, conversion, courriel, pdfa
from dossier.assemble.factur_x import FacturXIllisible, ecarts, lire_facturx
from dossier.model.claim import Creance

Nature = Literal["contrat", "facture", "echange", "courrier", "accuse_reception", "autre"]
LIENS_FICHIERS_LUS_MAX = 20_000  # names looked at to account for a hard link's other names


@dataclass(frozen=True)
class SourcePiece:
    """One pièce as the claim cites it, before reading."""

    titre: str  # "Facture F-2025-118 du 2 octobre 2025"
    date: date | None
    nature: Nature
    origine: str  # claim path: "factures[0].piece", "courriers[2]" (a generated copy)
    chemin: Path | None  # the file as the claim writes it, relative to the claim's folder
    pdf: bytes | None  # or a PDF dossier generated (the copy of a relance / mise en demeure)
    facture: str | None = None  # invoice number, to check a Factur-X invoice against the claim
    nom: str = ""  # short name for the file (« facture-F-2025-118 »); the title when empty
    copie: str = ""  # a generated copy (`pdf`): what its stamp calls it (« reproduction du courriel »)


class Refus(Exception):
    """A pièce that cannot be used: its code, message and what to do."""

    def __init__(self, code: str, message: str, que_faire: str = "") -> None:
        super().__init__(message)
        self.code, self.message, self.que_faire = code, message, que_faire


def lire_piece(creance: Creance, source: SourcePiece) -> bytes:
    """The cited file's bytes, only if it lies under the claim's folder once symlinks are resolved."""
    assert source.chemin is not None
    racine = creance.dossier_source
    if racine is None:
        raise Refus("PIECE-02", "le dossier de la créance est inconnu : aucune pièce ne peut y être lue")
    ecrit = str(source.chemin)
    posix = PurePosixPath(ecrit.replace("\\", "/"))
    if source.chemin.is_absolute() or posix.is_absolute() or ".." in posix.parts or ":" in ecrit:
        raise Refus("PIECE-02", f"la pièce « {ecrit} » sort du dossier de la créance")
    base = racine.resolve()
    cible = (base / Path(*posix.parts)).resolve()
    if not cible.is_relative_to(base):
        raise Refus(
            "PIECE-02", f"la pièce « {ecrit} » est un lien qui mène hors du dossier de la créance ({cible})"
        )
    if not cible.is_file():
        etat = "est un dossier" if cible.is_dir() else "est introuvable"
        raise Refus("PIECE-01", f"la pièce « {ecrit} » {etat} (cherchée dans {base})")
    taille = cible.stat().st_size
    if taille > bornes.OCTETS:
        raise Refus(
            "PIECE-14",
            f"la pièce « {ecrit} » pèse {taille // 1_000_000} Mo : au plus {bornes.OCTETS // 1_000_000} Mo "
            "par pièce",
            que_faire="Réduisez le fichier (numérisation en 200 ou 300 ppp, en niveaux de gris) ou "
            "découpez le document en plusieurs pièces.",
        )
    if _liens_hors_du_dossier(cible, base):
        raise Refus(
            "PIECE-02",
            f"la pièce « {ecrit} » est un lien physique vers un fichier qui porte aussi un nom hors du "
            "dossier de la créance",
            que_faire="Copiez le fichier dans le dossier de la créance (une copie, pas un lien), "
            "puis relancez.",
        )
    try:
        return cible.read_bytes()
    except OSError as exc:
        raise Refus("PIECE-01", f"la pièce « {ecrit} » ne peut pas être lue ({exc.strerror})") from exc


def _liens_hors_du_dossier(fichier: Path, dossier: Path) -> bool:
    """A hard link is a second name for the same file: like a symlink, one whose other names are
    not all inside the claim's folder would let a claim file pull in any file of the machine."""
    etat = fichier.stat()
    if etat.st_nlink <= 1:
        return False
    noms, vus = 0, 0
    for racine, _, fichiers in os.walk(dossier):  # symlinked folders are not followed
        for nom in fichiers:
            vus += 1
            if vus > LIENS_FICHIERS_LUS_MAX:
                return True  # too large a folder to account for every name: refused, not guessed
            autre = os.lstat(os.path.join(racine, nom))
            noms += (autre.st_dev, autre.st_ino) == (etat.st_dev, etat.st_ino)
    return noms < etat.st_nlink


def pages_de(creance: Creance, source: SourcePiece) -> tuple[PdfWriter, str | None]:
    """The pièce as PDF pages in a writer (before layout), Factur-X checked for an invoice, and why
    its pages cannot enter a PDF/A file (None: a copy we generated, a scan or an email we
    converted, a PDF/A file)."""
    if source.pdf is not None:
        return conversion.ecrivain_pdf(source.pdf), None  # our own PDF/A-3b letter (render.pdf)
    donnees = lire_piece(creance, source)
    assert source.chemin is not None
    nom = source.chemin.name
    sorte = conversion.genre(nom, donnees)
    if sorte == "pdf":
        ecrivain = conversion.ecrivain_pdf(donnees)
        if source.facture is not None:
            _verifier_facturx(creance, source, donnees)
        return ecrivain, pdfa.hors_pdfa(ecrivain)
    if sorte == "image":
        return conversion.ecrivain_pdf(conversion.image_en_pdf(donnees)), None
    try:
        lu = courriel.lire_eml(donnees) if sorte == "eml" else courriel.lire_texte(donnees)
    except courriel.CourrielIllisible as exc:
        raise Refus("PIECE-08", f"le courriel « {source.chemin} » est illisible : {exc}") from exc
    forme = ".eml" if sorte == "eml" else "texte"
    origine = f"Courriel reproduit depuis le fichier « {nom} » ({forme})."
    return conversion.ecrivain_pdf(conversion.courriel_en_pdf(lu, source.titre, origine)), None


def _verifier_facturx(creance: Creance, source: SourcePiece, donnees: bytes) -> None:
    try:
        lue = lire_facturx(donnees)
    except FacturXIllisible as exc:
        raise Refus(
            "PIECE-09", f"la facture « {source.chemin} » contient des données Factur-X inutilisables : {exc}"
        ) from exc
    if lue is None or source.facture is None:
        return
    differences = ecarts(creance.facture(source.facture), lue, creance.creancier.siren)
    if differences:
        raise Refus(
            "PIECE-06",
            f"la facture Factur-X « {source.chemin} » ne correspond pas à la facture {source.facture} de "
            "claim.yaml : " + " ; ".join(differences),
            "Corrigez claim.yaml d'après la pièce (« dossier import-facture "
            f"{source.chemin} » affiche l'entrée exacte), ou joignez la bonne facture.",
        )
