"""Emails given as pièces, read into headers, text body and attachment names (standard library).

- `.eml` (RFC 5322 / MIME): headers De, À, Cc, Date, Objet; the plain-text body, else the HTML
  body turned into text (scripts, styles and images dropped, links reduced to their text);
  attachments are listed by name only, never embedded: a pièce is what the bordereau announces.
- `.txt`: an email copied as text. Leading « De : / À : / Date : / Objet : » lines (or From, To,
  Subject, Envoyé…) are taken as headers up to the first blank line; the rest is the body.
  The text must be UTF-8: an accent read in the wrong encoding would change the pièce's text.

Public API
    lire_eml(donnees: bytes) -> Courriel
    lire_texte(donnees: bytes) -> Courriel
    CourrielIllisible                   raised with a French message
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage, MIMEPart
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

from dossier.assemble import bornes
from dossier.francais import date_longue

ENTETES_EML = (("From", "De"), ("To", "À"), ("Cc", "Cc"), ("Date", "Date"), ("Subject", "Objet"))
NOMS_TEXTE = {
    "de": "De", "from": "De", "expéditeur": "De",
    "à": "À", "a": "À", "to": "À", "pour": "À", "destinataire": "À",
    "cc": "Cc", "copie": "Cc", "copie à": "Cc",
    "date": "Date", "envoyé": "Date", "envoyé le": "Date", "sent": "Date", "le": "Date",
    "objet": "Objet", "subject": "Objet", "sujet": "Objet",
}  # fmt: skip
_ENTETE_TEXTE = re.compile(r"^\s*([^\W\d_][\w ]{0,14}?)\s*:\s*(.*)$")
_BLANCS = re.compile(r"[ \t\u00a0]+")
_LIGNES_VIDES = re.compile(r"\n{3,}")
_ILLISIBLE = re.compile("[\ufffd\ud800-\udfff]")  # a replacement character, or an undecoded byte
_MULTIPARTIE = re.compile(rb"content-type:\s*multipart/", re.IGNORECASE)


class CourrielIllisible(ValueError):
    """The email cannot be read (message in French)."""


@dataclass(frozen=True)
class Courriel:
    entetes: tuple[tuple[str, str], ...]  # (French label, value), in display order
    corps: str
    pieces_jointes: tuple[str, ...] = ()


class _Texte(HTMLParser):
    """HTML → plain text: block elements become line breaks, scripts and styles vanish."""

    BLOCS = frozenset({"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "blockquote", "table", "hr"})
    MUETS = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.morceaux: list[str] = []
        self.muet = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.MUETS:
            self.muet += 1
        elif tag in self.BLOCS:
            self.morceaux.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.MUETS:
            self.muet = max(0, self.muet - 1)
        elif tag in self.BLOCS:
            self.morceaux.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.muet:
            self.morceaux.append(_BLANCS.sub(" ", data.replace("\n", " ")))


def html_en_texte(html: str) -> str:
    """
    >>> html_en_texte("<p>Bonjour,</p><p>Merci&nbsp;!<script>x()</script><br>Luc</p>")
    'Bonjour,\\n\\nMerci !\\nLuc'
    """
    analyseur = _Texte()
    analyseur.feed(html)
    analyseur.close()
    lignes = [ligne.strip() for ligne in "".join(analyseur.morceaux).split("\n")]
    return _LIGNES_VIDES.sub("\n\n", "\n".join(lignes)).strip()


def _date_francaise(brute: str) -> str:
    try:
        quand = parsedate_to_datetime(brute)
    except (TypeError, ValueError, IndexError):
        return brute
    if not isinstance(quand, datetime):  # pragma: no cover - parsedate_to_datetime returns datetimes
        return brute
    decalage = quand.strftime("%z")
    fuseau = f" (UTC{decalage[:3]}:{decalage[3:]})" if decalage else ""
    return f"{date_longue(quand.date())} à {quand:%H:%M}{fuseau}"


def _texte_strict(partie: MIMEPart) -> str:
    """The part's text decoded in its declared charset, UTF-8 when none is declared — strictly.

    The standard library replaces an undecodable byte by U+FFFD: « réglé » written in cp1252 and
    read as UTF-8 would become « r�gl� » in the pièce. dossier refuses instead of guessing.
    """
    try:
        octets = partie.get_payload(decode=True)
    except (ValueError, TypeError) as exc:  # pragma: no cover - decode=True reports, never raises
        raise CourrielIllisible(f"le texte du message est illisible ({exc})") from exc
    if not isinstance(octets, bytes):
        raise CourrielIllisible("le texte du message est illisible")
    declare = partie.get_content_charset()
    encodage = declare or "utf-8"  # no charset: ASCII (RFC 2045), or UTF-8 sent without saying so
    try:
        return octets.decode(encodage, errors="strict")
    except LookupError as exc:
        raise CourrielIllisible(f"le texte du message déclare un encodage inconnu ({declare})") from exc
    except UnicodeDecodeError as exc:
        dit = f"l'encodage déclaré ({declare})" if declare else "UTF-8 (aucun encodage n'est déclaré)"
        raise CourrielIllisible(
            f"le texte du message n'est pas valide dans {dit} : octet illisible en position {exc.start}"
        ) from exc


def lire_eml(donnees: bytes) -> Courriel:
    if not donnees.strip():
        raise CourrielIllisible("le fichier est vide")
    if len(donnees) > bornes.COURRIEL_OCTETS:
        raise CourrielIllisible(
            f"le message pèse {len(donnees) // 1_000_000} Mo : "
            f"au plus {bornes.COURRIEL_OCTETS // 1_000_000} Mo"
        )
    # The standard parser nests one generator per multipart level: 1,000 levels exhaust the stack.
    # Counted on the bytes, before parsing.
    parties = len(_MULTIPARTIE.findall(donnees))
    if parties > bornes.COURRIEL_MULTIPARTIES:
        raise CourrielIllisible(
            f"le message contient {parties} parties multiples imbriquées : "
            f"au plus {bornes.COURRIEL_MULTIPARTIES}"
        )
    message = message_from_bytes(donnees, policy=policy.default)
    if not isinstance(message, EmailMessage):  # pragma: no cover - policy.default builds EmailMessage
        raise CourrielIllisible("le fichier n'est pas un message")
    entetes = []
    for cle, libelle in ENTETES_EML:
        try:
            valeur = message.get(cle)
        except (ValueError, IndexError, TypeError):  # a malformed header the parser gives up on
            valeur = None
        if valeur:
            texte = " ".join(str(valeur).split())
            entetes.append((libelle, _date_francaise(texte) if cle == "Date" else texte))
    corps = ""
    partie = message.get_body(preferencelist=("plain", "html"))
    if partie is not None:
        contenu = _texte_strict(partie)
        corps = html_en_texte(contenu) if partie.get_content_subtype() == "html" else contenu
    for libelle, texte in (*entetes, ("texte", corps)):
        if _ILLISIBLE.search(texte):
            quoi = "le texte" if libelle == "texte" else f"l'en-tête « {libelle} »"
            raise CourrielIllisible(f"{quoi} contient des caractères illisibles (encodage incorrect)")
    jointes = tuple(p.get_filename() or "(pièce jointe sans nom)" for p in message.iter_attachments())
    if len(jointes) > bornes.COURRIEL_JOINTES:
        raise CourrielIllisible(
            f"le message a {len(jointes)} pièces jointes : au plus {bornes.COURRIEL_JOINTES}"
        )
    if not entetes and not corps.strip():
        raise CourrielIllisible("ni en-têtes ni texte : ce n'est pas un courriel")
    return Courriel(tuple(entetes), corps.replace("\r\n", "\n").strip(), jointes)


def lire_texte(donnees: bytes) -> Courriel:
    try:
        texte = donnees.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CourrielIllisible(
            f"le texte n'est pas encodé en UTF-8 (octet illisible en position {exc.start})"
        ) from exc
    lignes = texte.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    entetes: list[tuple[str, str]] = []
    rang = 0
    while rang < len(lignes):
        trouve = _ENTETE_TEXTE.match(lignes[rang])
        libelle = NOMS_TEXTE.get(trouve.group(1).strip().lower()) if trouve else None
        if trouve is None or libelle is None:
            break
        entetes.append((libelle, trouve.group(2).strip()))
        rang += 1
    corps = "\n".join(lignes[rang:]).strip()
    if not entetes and not corps:
        raise CourrielIllisible("le fichier est vide")
    return Courriel(tuple(entetes), corps)
