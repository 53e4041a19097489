"""The pièces of an injonction de payer: listed from the claim, read, converted, checked, stamped.

`sources_pieces` lists what the claim cites, in bordereau order: the contract, the pouvoir of the
signataire when a legal person acts through a delegate, the invoices, the
exchanges that have a pièce (by date), the signed échéancier (`plan.piece`), then each recorded
letter (the file the claim gives, else the copy dossier generated) followed by its acknowledgement
of receipt. `preparer_pieces` reads each file
(only under the claim's folder, symlinks resolved), converts it to PDF pages (PDF, JPEG/PNG, .eml,
.txt — see `conversion.py`), checks a Factur-X invoice against the claim (PIECE-06), lays every page
on A4 above a 10 mm band and stamps « Pièce n° N — page i/n — <file> » there (`tampon.py`). The
result holds no JavaScript, action, form or embedded file, whatever the input carried.

Every refusal is collected, then raised at once (codes PIECE-01 to PIECE-09, each pointing at the
claim field that cites the pièce): `InvalidClaim` (exit 3) when a file cannot be used, else
`BlockingFindings` (exit 6) for a Factur-X invoice that contradicts the claim. Nothing is produced
from a bad pièce.

The warnings on the cited files that do read (the same file twice, an invoice without its number,
a PDF that is not PDF/A) are `avertissements.py`'s.

Public API (reading a pièce's file: `lecture.py`)
    SourcePiece, Piece
    sources_pieces(creance: Creance, copies: Mapping[int, bytes], *, jour: date | None = None)
        -> list[SourcePiece]
    preparer_pieces(creance: Creance, sources: Sequence[SourcePiece]) -> tuple[Piece, ...]
    slug(texte: str) -> str
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from pypdf import PageObject, PdfWriter

from dossier.assemble import bornes, conversion, pdfa, tampon
from dossier.assemble.lecture import Refus, SourcePiece, pages_de
from dossier.errors import BlockingFindings, InvalidClaim, RenderFailure
from dossier.findings import Constat, constat
from dossier.francais import date_longue
from dossier.model.claim import Courrier, Creance
from dossier.render.readback import elements_actifs
from dossier.vocabulaire import CANAUX, COURRIERS, ENVOIS

GENERE = ENVOIS["courrier"].copie
_NON_SLUG = re.compile(r"[^a-z0-9]+")
_CHEMIN = re.compile(r"([a-z_]+)|\[(\d+)\]")

# A readable pièce that contradicts the claim (a Factur-X invoice with other amounts) is a blocking
# finding (exit 6) when every pièce could be read; an unreadable or forbidden file is bad input (3).
DESACCORDS = frozenset({"PIECE-06"})


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
    # why its pages cannot enter a PDF/A file (`pdfa.py`); None: `pdf` is PDF/A-3b
    hors_pdfa: str | None = None


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
        titre = contrat.titre_piece or f"Contrat du {date_longue(contrat.date)} — {contrat.objet}"
        sources.append(
            SourcePiece(titre, contrat.date, "contrat", "contrat.piece", contrat.piece, None, nom="contrat")
        )
    creancier = creance.creancier
    pouvoir = creancier.pouvoir
    if pouvoir is not None and pouvoir.piece is not None and creancier.representant_legal is not None:
        # the signataire's authority to act for the legal person (CPC 54, 3° b), injonction_representant)
        du = f" du {date_longue(pouvoir.date)}" if pouvoir.date else ""
        legal, signataire = creancier.representant_legal, creancier.signataire
        titre = pouvoir.titre_piece or (
            f"Pouvoir{du} donné par {legal.nom}, {legal.qualite}, à {signataire.nom}, {signataire.qualite}"
        )
        sources.append(
            SourcePiece(
                titre, pouvoir.date, "autre", "creancier.pouvoir.piece", pouvoir.piece, None, nom="pouvoir"
            )
        )
    for i, facture in enumerate(creance.factures):
        if facture.piece is not None:
            sources.append(
                SourcePiece(
                    facture.titre_piece or f"Facture {facture.numero} du {date_longue(facture.date)}",
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
        titre = f"{CANAUX[echange.canal].titre_piece} du {date_longue(le_jour)}"
        if echange.resume:
            titre += f" — {echange.resume.strip().rstrip('.')}"
        titre = echange.titre_piece or titre
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
    plan = creance.plan
    if (
        plan is not None
        and plan.piece is not None
        and plan.date_accord is not None
        and avant(plan.date_accord)
    ):
        # the signed échéancier: the debtor's acknowledgement of the debt (C. civ. 1376, 2240)
        titre = plan.titre_piece or (
            f"Échéancier et reconnaissance de dette signés le {date_longue(plan.date_accord)}"
        )
        sources.append(
            SourcePiece(
                titre, plan.date_accord, "autre", "plan.piece", plan.piece, None, nom="echeancier-signe"
            )
        )
    for _, i in sorted((c.date, i) for i, c in enumerate(creance.courriers) if avant(c.date)):
        sources.extend(
            s for s in _courrier(creance.courriers[i], i, copies.get(i)) if s.date is None or avant(s.date)
        )
    return sources


def _courrier(courrier: Courrier, i: int, copie: bytes | None) -> list[SourcePiece]:
    sorte = COURRIERS[courrier.type]
    libelle, court = sorte.titre_piece, sorte.fichier
    titre = f"{libelle} du {date_longue(courrier.date)}"
    if courrier.numero_lrar:
        titre += f" (LRAR n° {courrier.numero_lrar})"
    titre = courrier.titre_piece or titre
    trouves = []
    if courrier.piece is not None:
        # the letter actually sent, preferred to dossier's reproduction, and said so (issue 21)
        titre = courrier.titre_piece or f"{titre} — exemplaire de la lettre envoyée"
        trouves.append(
            SourcePiece(titre, courrier.date, "courrier", f"courriers[{i}].piece", courrier.piece, None,
                        nom=f"{court}-{courrier.date}")
        )  # fmt: skip
    elif copie is not None:
        genere = ENVOIS[courrier.envoi].copie  # an email's copy is not a postal letter's
        trouves.append(
            SourcePiece(f"{titre} — {genere}", courrier.date, "courrier", f"courriers[{i}]", None, copie,
                        nom=f"{court}-{courrier.date}", copie=genere)
        )  # fmt: skip
    accuse = courrier.accuse_reception
    if accuse is not None and accuse.piece is not None:
        trouves.append(
            SourcePiece(
                accuse.titre_piece
                or f"Avis de réception : {libelle.lower()} du {date_longue(courrier.date)}, "
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


@dataclass
class _EnCours:
    """A pièce laid out, waiting for its stamps."""

    source: SourcePiece
    numero: int
    sortie: PdfWriter
    pages: list[PageObject]
    reference: str
    hors_pdfa: str | None

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
        titre = f"Pièce n° {numero} : {source.titre}"
        if self.hors_pdfa is None:
            pdfa.declarer(self.sortie, pdfa.Metadonnees(titre))
        else:
            self.sortie.add_metadata(pdfa.info(pdfa.Metadonnees(titre)))
        pdf = tampon.octets(self.sortie)
        actifs = elements_actifs(pdf)
        if actifs:  # pragma: no cover - tampon.octets removes every such key; a bug must not ship
            raise RenderFailure(
                [constat("RENDU-06", f"Pièce n° {numero} : contenu actif restant ({actifs[:3]}).")]
            )
        nom_fichier = f"{numero:02d}-{slug(source.nom or source.titre)}.pdf"
        return Piece(numero, source.titre, source.date, source.nature, source.origine, len(self.pages),
                     nom_fichier, pdf, self.reference, self.hors_pdfa)  # fmt: skip


def _mettre_en_page(creance: Creance, source: SourcePiece, numero: int) -> _EnCours:
    ecrivain, hors_pdfa = pages_de(creance, source)
    sortie = PdfWriter()
    pages = tampon.mettre_en_page(list(ecrivain.pages), sortie)
    reference = source.chemin.name if source.chemin is not None else (source.copie or GENERE)
    return _EnCours(source, numero, sortie, pages, reference, hors_pdfa)


# The libraries that parse a pièce, and the finding a failure inside each of them is.
_ANALYSEURS = (("/pypdf/", "PIECE-03"), ("/PIL/", "PIECE-07"), ("/email/", "PIECE-08"))


def _mettre_en_page_ou_refuser(creance: Creance, source: SourcePiece, numero: int) -> _EnCours:
    """Last-resort guard (issue 23): an exception raised INSIDE the library parsing this pièce's
    bytes (its deepest frame in pypdf, Pillow or the email package) is caused by those bytes: it
    is this pièce's refusal. Anything raised in dossier's own code stays an internal error."""
    try:
        return _mettre_en_page(creance, source, numero)
    except (Refus, conversion.PieceIllisible):
        raise
    except Exception as exc:
        trace = exc.__traceback__
        while trace is not None and trace.tb_next is not None:
            trace = trace.tb_next
        fichier = trace.tb_frame.f_code.co_filename.replace("\\", "/") if trace is not None else ""
        code = next((code for dossier, code in _ANALYSEURS if dossier in fichier), None)
        if code is None or source.chemin is None:
            raise
        raise conversion.PieceIllisible(
            code, f"le fichier n'a pas pu être lu ({type(exc).__name__} : {str(exc)[:200]})"
        ) from exc


def preparer_pieces(creance: Creance, sources: Sequence[SourcePiece]) -> tuple[Piece, ...]:
    en_cours: list[_EnCours] = []
    refus: list[Constat] = []
    for numero, source in enumerate(sources, start=1):
        try:
            en_cours.append(_mettre_en_page_ou_refuser(creance, source, numero))
        except (Refus, conversion.PieceIllisible) as exc:
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
    pages = sum(len(piece.pages) for piece in en_cours)
    if pages > bornes.PAGES_DOSSIER:
        raise InvalidClaim(
            [
                constat(
                    "PIECE-14",
                    f"les pièces comptent {pages} pages en tout : au plus {bornes.PAGES_DOSSIER} dans un "
                    "dossier d'injonction de payer",
                    ou=creance.position(),
                    que_faire="Ne produisez que les pièces qui prouvent la créance (contrat, factures, "
                    "mise en demeure et son avis de réception, échanges utiles).",
                )
            ]
        )
    # Every stamp of every pièce in one WeasyPrint rendering (one per pièce costs ten times more).
    bandeaux = [bandeau for piece in en_cours for bandeau in piece.bandeaux()]
    tampons = tampon.bandeaux(bandeaux) if bandeaux else []
    pieces, debut = [], 0
    for piece in en_cours:
        pieces.append(piece.finir(tampons[debut : debut + len(piece.pages)]))
        debut += len(piece.pages)
    return tuple(pieces)
