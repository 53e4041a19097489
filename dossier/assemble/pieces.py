"""The pièces of an injonction de payer: listed from the claim, read, converted, checked, stamped.

`sources_pieces` lists what the claim cites, in bordereau order: the contract, the invoices, the
exchanges that have a pièce (by date), then each recorded letter (the file the claim gives, else the
copy dossier generated) followed by its acknowledgement of receipt. `preparer_pieces` reads each file
(only under the claim's folder, symlinks resolved), converts it to PDF pages (PDF, JPEG/PNG, .eml,
.txt — see `conversion.py`), checks a Factur-X invoice against the claim (PIECE-06), lays every page
on A4 above a 10 mm band and stamps « Pièce n° N — page i/n — <file> » there (`tampon.py`). The
result holds no JavaScript, action, form or embedded file, whatever the input carried.

Every refusal is collected, then raised at once (codes PIECE-01 to PIECE-09, each pointing at the
claim field that cites the pièce): `InvalidClaim` (exit 3) when a file cannot be used, else
`BlockingFindings` (exit 6) for a Factur-X invoice that contradicts the claim. Nothing is produced
from a bad pièce.

Public API (the interface of /work/briefs/injonction-contrat.md)
    SourcePiece, Piece
    sources_pieces(creance: Creance, copies: Mapping[int, bytes], *, jour: date | None = None)
        -> list[SourcePiece]
    preparer_pieces(creance: Creance, sources: Sequence[SourcePiece]) -> tuple[Piece, ...]
    slug(texte: str) -> str
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Literal

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PyPdfError

from dossier.assemble import conversion, courriel, tampon
from dossier.assemble.factur_x import FacturXIllisible, ecarts, lire_facturx
from dossier.errors import BlockingFindings, InvalidClaim, RenderFailure
from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.model.claim import Courrier, Creance
from dossier.render.readback import elements_actifs, texte_pdf

Nature = Literal["contrat", "facture", "echange", "courrier", "accuse_reception", "autre"]
CANAUX = {
    "telephone": "Note de l'appel",
    "email": "Courriel",
    "courrier": "Courrier",
    "rencontre": "Document du rendez-vous",
    "sms": "SMS",
}
COURRIERS = {
    "relance_1": ("Relance", "relance-1"),
    "relance_2": ("Seconde relance", "relance-2"),
    "mise_en_demeure": ("Mise en demeure", "mise-en-demeure"),
    "autre": ("Courrier", "courrier"),
}
GENERE = "copie du courrier envoyé"
# A generated copy says how the letter went: an email's copy is not a postal letter's.
GENERES = {
    "email": "copie du courriel envoyé",
    "remise_en_main_propre": "copie du courrier remis en main propre",
}
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_CHEMIN = re.compile(r"([a-z_]+)|\[(\d+)\]")
_TEXTE_MINIMUM = 20  # fewer characters: a scan, whose text is not read
LIENS_FICHIERS_LUS_MAX = 20_000  # names looked at to account for a hard link's other names

# A readable pièce that contradicts the claim (a Factur-X invoice with other amounts) is a blocking
# finding (exit 6) when every pièce could be read; an unreadable or forbidden file is bad input (3).
DESACCORDS = frozenset({"PIECE-06"})


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
    copie: str = GENERE  # for a generated copy (`pdf`): what its stamp calls it


@dataclass(frozen=True)
class Piece:
    """One pièce read, converted, checked and stamped."""

    numero: int  # 1..n in bordereau order
    titre: str
    date: date | None
    nature: str
    origine: str
    pages: int
    nom_fichier: str  # "03-facture-f-2025-118.pdf" (safe slug)
    pdf: bytes  # stamped "Pièce n° N — page i/n" + file reference
    reference: str = ""  # the file reference printed in the stamp (file name, or GENERE)


def slug(texte: str) -> str:
    """
    >>> slug("Facture F-2025-118 du 2 octobre 2025")
    'facture-f-2025-118-du-2-octobre-2025'
    >>> slug("../../etc/passwd"), slug("Échéancier — « signé »")
    ('etc-passwd', 'echeancier-signe')
    """
    ascii_ = unicodedata.normalize("NFKD", texte).encode("ascii", "ignore").decode("ascii")
    return _NON_SLUG.sub("-", ascii_.lower()).strip("-")[:60].rstrip("-") or "piece"


def sources_pieces(
    creance: Creance, copies: Mapping[int, bytes], *, jour: date | None = None
) -> list[SourcePiece]:
    """The claim's pièces in bordereau order; `copies`: courriers index -> PDF of its generated copy.

    `jour` (the « as of » day): exchanges and letters dated after it are left out, as `build`
    ignores them (a past state can be rebuilt); an acknowledgement received after it too.
    """

    def avant(quand: date) -> bool:
        return jour is None or quand <= jour

    sources: list[SourcePiece] = []
    contrat = creance.contrat
    if contrat is not None and contrat.piece is not None:
        titre = f"Contrat du {date_longue(contrat.date)} — {contrat.objet}"
        sources.append(
            SourcePiece(titre, contrat.date, "contrat", "contrat.piece", contrat.piece, None, nom="contrat")
        )
    for i, facture in enumerate(creance.factures):
        if facture.piece is not None:
            sources.append(
                SourcePiece(
                    f"Facture {facture.numero} du {date_longue(facture.date)}",
                    facture.date,
                    "facture",
                    f"factures[{i}].piece",
                    facture.piece,
                    None,
                    facture=facture.numero,
                    nom=f"facture-{facture.numero}",
                )
            )
    echanges = sorted(
        (e.date, i) for i, e in enumerate(creance.echanges) if e.piece is not None and avant(e.date)
    )
    for le_jour, i in echanges:
        echange = creance.echanges[i]
        titre = f"{CANAUX[echange.canal]} du {date_longue(le_jour)}"
        if echange.resume:
            titre += f" — {echange.resume.strip().rstrip('.')}"
        sources.append(
            SourcePiece(
                titre,
                le_jour,
                "echange",
                f"echanges[{i}].piece",
                echange.piece,
                None,
                nom=f"{echange.canal}-{le_jour}",
            )
        )
    for _, i in sorted((c.date, i) for i, c in enumerate(creance.courriers) if avant(c.date)):
        sources.extend(
            s for s in _courrier(creance.courriers[i], i, copies.get(i)) if s.date is None or avant(s.date)
        )
    return sources


def _courrier(courrier: Courrier, i: int, copie: bytes | None) -> list[SourcePiece]:
    libelle, court = COURRIERS[courrier.type]
    titre = f"{libelle} du {date_longue(courrier.date)}"
    if courrier.numero_lrar:
        titre += f" (LRAR n° {courrier.numero_lrar})"
    trouves = []
    if courrier.piece is not None:
        trouves.append(
            SourcePiece(titre, courrier.date, "courrier", f"courriers[{i}].piece", courrier.piece, None,
                        nom=f"{court}-{courrier.date}")
        )  # fmt: skip
    elif copie is not None:
        genere = GENERES.get(courrier.envoi, GENERE)
        trouves.append(
            SourcePiece(f"{titre} — {genere}", courrier.date, "courrier", f"courriers[{i}]", None, copie,
                        nom=f"{court}-{courrier.date}", copie=genere)
        )  # fmt: skip
    accuse = courrier.accuse_reception
    if accuse is not None and accuse.piece is not None:
        trouves.append(
            SourcePiece(
                f"Avis de réception : {libelle.lower()} du {date_longue(courrier.date)}, "
                f"distribuée le {date_longue(accuse.date)}",
                accuse.date,
                "accuse_reception",
                f"courriers[{i}].accuse_reception.piece",
                accuse.piece,
                None,
                nom=f"ar-{court}-{courrier.date}",
            )
        )
    return trouves


def chemin_yaml(origine: str) -> tuple[str | int, ...]:
    """
    >>> chemin_yaml("courriers[2].accuse_reception.piece")
    ('courriers', 2, 'accuse_reception', 'piece')
    """
    return tuple(nom if nom else int(rang) for nom, rang in _CHEMIN.findall(origine))


class _Refus(Exception):
    def __init__(self, code: str, message: str, que_faire: str = "") -> None:
        super().__init__(message)
        self.code, self.message, self.que_faire = code, message, que_faire


def _lire(creance: Creance, source: SourcePiece) -> bytes:
    """The cited file's bytes, only if it lies under the claim's folder once symlinks are resolved."""
    assert source.chemin is not None
    racine = creance.dossier_source
    if racine is None:
        raise _Refus("PIECE-02", "le dossier de la créance est inconnu : aucune pièce ne peut y être lue")
    ecrit = str(source.chemin)
    posix = PurePosixPath(ecrit.replace("\\", "/"))
    if source.chemin.is_absolute() or posix.is_absolute() or ".." in posix.parts or ":" in ecrit:
        raise _Refus("PIECE-02", f"la pièce « {ecrit} » sort du dossier de la créance")
    base = racine.resolve()
    cible = (base / Path(*posix.parts)).resolve()
    if not cible.is_relative_to(base):
        raise _Refus(
            "PIECE-02", f"la pièce « {ecrit} » est un lien qui mène hors du dossier de la créance ({cible})"
        )
    if not cible.is_file():
        etat = "est un dossier" if cible.is_dir() else "est introuvable"
        raise _Refus("PIECE-01", f"la pièce « {ecrit} » {etat} (cherchée dans {base})")
    if _liens_hors_du_dossier(cible, base):
        raise _Refus(
            "PIECE-02",
            f"la pièce « {ecrit} » est un lien physique vers un fichier qui porte aussi un nom hors du "
            "dossier de la créance",
            que_faire="Copiez le fichier dans le dossier de la créance (une copie, pas un lien), "
            "puis relancez.",
        )
    try:
        return cible.read_bytes()
    except OSError as exc:
        raise _Refus("PIECE-01", f"la pièce « {ecrit} » ne peut pas être lue ({exc.strerror})") from exc


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


def _pages(creance: Creance, source: SourcePiece) -> PdfWriter:
    """The pièce as PDF pages in a writer (before layout), Factur-X checked for an invoice."""
    if source.pdf is not None:
        return conversion.ecrivain_pdf(source.pdf)
    donnees = _lire(creance, source)
    assert source.chemin is not None
    nom = source.chemin.name
    sorte = conversion.genre(nom, donnees)
    if sorte == "pdf":
        ecrivain = conversion.ecrivain_pdf(donnees)
        if source.facture is not None:
            _verifier_facturx(creance, source, donnees)
        return ecrivain
    if sorte == "image":
        return conversion.ecrivain_pdf(conversion.image_en_pdf(donnees))
    try:
        lu = courriel.lire_eml(donnees) if sorte == "eml" else courriel.lire_texte(donnees)
    except courriel.CourrielIllisible as exc:
        raise _Refus("PIECE-08", f"le courriel « {source.chemin} » est illisible : {exc}") from exc
    forme = ".eml" if sorte == "eml" else "texte"
    origine = f"Courriel reproduit depuis le fichier « {nom} » ({forme})."
    return conversion.ecrivain_pdf(conversion.courriel_en_pdf(lu, source.titre, origine))


def _verifier_facturx(creance: Creance, source: SourcePiece, donnees: bytes) -> None:
    try:
        lue = lire_facturx(donnees)
    except FacturXIllisible as exc:
        raise _Refus(
            "PIECE-09", f"la facture « {source.chemin} » contient des données Factur-X inutilisables : {exc}"
        ) from exc
    if lue is None or source.facture is None:
        return
    differences = ecarts(creance.facture(source.facture), lue, creance.creancier.siren)
    if differences:
        raise _Refus(
            "PIECE-06",
            f"la facture Factur-X « {source.chemin} » ne correspond pas à la facture {source.facture} de "
            "claim.yaml : " + " ; ".join(differences),
            "Corrigez claim.yaml d'après la pièce (« dossier import-facture "
            f"{source.chemin} » affiche l'entrée exacte), ou joignez la bonne facture.",
        )


@dataclass
class _EnCours:
    """A pièce laid out, waiting for its stamps."""

    source: SourcePiece
    numero: int
    sortie: PdfWriter
    pages: list[PageObject]
    reference: str

    def bandeaux(self) -> list[tampon.Bandeau]:
        total = len(self.pages)
        return [
            tampon.Bandeau(
                f"Pièce n° {self.numero} — page {rang}/{total} — {self.reference}",
                "",
                tampon.est_paysage(page),
            )
            for rang, page in enumerate(self.pages, start=1)
        ]

    def finir(self, tampons: Sequence[PageObject]) -> Piece:
        source, numero = self.source, self.numero
        tampon.tamponner(self.pages, tampons)
        self.sortie.add_metadata({"/Title": f"Pièce n° {numero} : {source.titre}", "/Creator": "dossier"})
        pdf = tampon.octets(self.sortie)
        actifs = elements_actifs(pdf)
        if actifs:  # pragma: no cover - tampon.octets removes every such key; a bug must not ship
            raise RenderFailure(
                [constat("RENDU-06", f"Pièce n° {numero} : contenu actif restant ({actifs[:3]}).")]
            )
        nom_fichier = f"{numero:02d}-{slug(source.nom or source.titre)}.pdf"
        return Piece(numero, source.titre, source.date, source.nature, source.origine, len(self.pages),
                     nom_fichier, pdf, self.reference)  # fmt: skip


def _mettre_en_page(creance: Creance, source: SourcePiece, numero: int) -> _EnCours:
    ecrivain = _pages(creance, source)
    sortie = PdfWriter()
    pages = tampon.mettre_en_page(list(ecrivain.pages), sortie)
    reference = source.chemin.name if source.chemin is not None else source.copie
    return _EnCours(source, numero, sortie, pages, reference)


def preparer_pieces(creance: Creance, sources: Sequence[SourcePiece]) -> tuple[Piece, ...]:
    en_cours: list[_EnCours] = []
    refus: list[Constat] = []
    for numero, source in enumerate(sources, start=1):
        try:
            en_cours.append(_mettre_en_page(creance, source, numero))
        except (_Refus, conversion.PieceIllisible) as exc:
            message = exc.message
            if isinstance(exc, conversion.PieceIllisible):
                message = f"la pièce « {source.chemin or source.titre} » : {exc.message}"
            refus.append(
                constat(
                    exc.code,
                    f"Pièce n° {numero} ({source.titre}) : {message}",
                    ou=creance.position(*chemin_yaml(source.origine)),
                    que_faire=getattr(exc, "que_faire", ""),
                )
            )
    if any(c.code not in DESACCORDS for c in refus):
        raise InvalidClaim(refus)
    if refus:  # every pièce could be read, but one contradicts the claim: a finding of substance
        raise BlockingFindings(refus)
    # Every stamp of every pièce in one WeasyPrint rendering (one per pièce costs ten times more).
    bandeaux = [bandeau for piece in en_cours for bandeau in piece.bandeaux()]
    tampons = tampon.bandeaux(bandeaux) if bandeaux else []
    pieces, debut = [], 0
    for piece in en_cours:
        pieces.append(piece.finir(tampons[debut : debut + len(piece.pages)]))
        debut += len(piece.pages)
    return tuple(pieces)


def constats_pieces(creance: Creance, jour: date) -> list[Constat]:
    """Warnings on the cited files that still read (the refusals are `preparer_pieces`'s):

    PIECE-11, one file cited as two pièces (same bytes): the bordereau would announce two
    documents and the court would read one twice (« Pièce n° 4 : Facture F-2025-252 » showing
    invoice F-2025-211); PIECE-12, an invoice PDF (not Factur-X, which PIECE-06 checks) whose text
    does not contain its number. A scanned PDF without text is not judged.
    """
    constats: list[Constat] = []
    premieres: dict[str, tuple[int, SourcePiece]] = {}
    for numero, source in enumerate(sources_pieces(creance, {}, jour=jour), start=1):
        if source.chemin is None:
            continue
        try:
            donnees = _lire(creance, source)
        except _Refus:
            continue  # preparer_pieces refuses it, with its code
        empreinte = hashlib.sha256(donnees).hexdigest()
        ou = creance.position(*chemin_yaml(source.origine))
        if empreinte in premieres:
            rang, premiere = premieres[empreinte]
            constats.append(
                constat(
                    "PIECE-11",
                    f"Pièce n° {numero} ({source.titre}) : le fichier « {source.chemin} » a le même contenu "
                    f"que la pièce n° {rang} ({premiere.titre}, « {premiere.chemin} »)",
                    ou=ou,
                )
            )
        else:
            premieres[empreinte] = (numero, source)
        if source.facture is not None and _sans_son_numero(donnees, source.facture):
            constats.append(
                constat(
                    "PIECE-12",
                    f"Pièce n° {numero} ({source.titre}) : le texte du fichier « {source.chemin} » ne "
                    f"contient pas le numéro {source.facture}",
                    ou=ou,
                )
            )
    return constats


def _sans_son_numero(donnees: bytes, numero: str) -> bool:
    """True when a text PDF, not Factur-X, never writes `numero` (spaces and case ignored)."""
    try:
        if conversion.genre("facture.pdf", donnees) != "pdf" or lire_facturx(donnees) is not None:
            return False
        texte = "".join(texte_pdf(donnees))
    except (conversion.PieceIllisible, FacturXIllisible, PyPdfError, ValueError, KeyError, TypeError,
            AttributeError, IndexError, OSError):  # fmt: skip
        return False  # unreadable: preparer_pieces says so; a text pypdf cannot read is not judged
    compact = re.sub(r"\s+", "", texte).lower()
    return len(compact) >= _TEXTE_MINIMUM and re.sub(r"\s+", "", numero).lower() not in compact


def pages_pdf(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)
