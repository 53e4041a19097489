"""What a PDF that declares PDF/A-3b must show when read back, checked here with pypdf alone.

Independent of `dossier/assemble/pdfa.py` (which writes the declaration): a product bug must not
cancel itself out. No validator of the whole standard installs from the registries this project
uses (veraPDF is Java, in neither Debian nor PyPI); these are the checks of ISO 19005-3 that
matter for our files, each named by its clause:

- 6.1.2 header « %PDF-1.n » and a binary comment line; 6.1.3 a trailer /ID, no /Encrypt;
- 6.6.2 an XMP metadata stream on the catalog: pdfaid:part 3, pdfaid:conformance B; the Info
  dictionary's title, author, subject, creator, producer and dates equal to their XMP twins;
- 6.2.3 an OutputIntent /GTS_PDFA1 whose DestOutputProfile is an ICC profile (« acsp » at byte
  36) with /N; each ICC profile once in the file (the bundle gathers pages of many documents);
- 6.2.11.4 every font (but Type 3 and the Type 0 wrapper, judged by its descendant) embedded;
- 6.3.2 every annotation printable (flag Print set, Hidden / NoView clear); 6.3.3 each one but
  links and pop-ups, when it has an area, with a normal appearance (/AP holding /N only);
- 6.6.1 no JavaScript, no Launch / URI / other forbidden action, no additional actions;
- 6.8 every embedded file listed in the catalog's /AF, its file spec with /F, /UF and
  /AFRelationship, its stream with a MIME /Subtype and /Params /ModDate.

Public API
    ecarts_pdfa(pdf: bytes) -> list[str]      what does not hold (empty: the declaration is kept)
    declare_pdfa(pdf: bytes) -> bool          the XMP says part 3, conformance B
"""

from __future__ import annotations

import io
import re
from collections import Counter
from datetime import datetime
from typing import Any

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, StreamObject

ACTIONS_INTERDITES = {
    "/JavaScript", "/Launch", "/URI", "/SubmitForm", "/ResetForm", "/ImportData", "/Movie", "/Sound",
    "/Hide", "/Rendition", "/SetOCGState", "/Trans", "/GoTo3DView", "/GoToR", "/GoToE",
}  # fmt: skip
CLES_INTERDITES = {"/JS", "/JavaScript", "/AA", "/OpenAction", "/Launch", "/URI"}
IMPRIMABLE, CACHEE, INVISIBLE, SANS_ECRAN = 1 << 2, 1 << 1, 1 << 0, 1 << 5


def _objets(lecteur: PdfReader) -> list[tuple[str, Any]]:
    """(path, object) of every dictionary and array the trailer reaches, each indirect object once."""
    trouves: list[tuple[str, Any]] = []
    vus: set[int] = set()
    pile: list[tuple[str, Any]] = [("trailer", lecteur.trailer)]
    while pile:
        chemin, objet = pile.pop()
        if isinstance(objet, IndirectObject):
            if objet.idnum in vus:
                continue
            vus.add(objet.idnum)
            objet = objet.get_object()
        if isinstance(objet, DictionaryObject):
            trouves.append((chemin, objet))
            pile.extend((f"{chemin}{cle}", valeur) for cle, valeur in objet.items() if cle != "/Parent")
        elif isinstance(objet, ArrayObject):
            trouves.append((chemin, objet))
            pile.extend((f"{chemin}[{rang}]", valeur) for rang, valeur in enumerate(objet))
    return trouves


def declare_pdfa(pdf: bytes) -> bool:
    xmp = PdfReader(io.BytesIO(pdf)).xmp_metadata
    return xmp is not None and (xmp.pdfaid_part, xmp.pdfaid_conformance) == ("3", "B")


def _jour_pdf(valeur: str) -> str:
    """« D:20260316… » → « 2026-03-16 » (the day: both forms carry at least that)."""
    trouve = re.match(r"D:(\d{4})(\d{2})(\d{2})", valeur)
    return f"{trouve.group(1)}-{trouve.group(2)}-{trouve.group(3)}" if trouve else valeur


def _jour_xmp(valeur: datetime | None) -> str | None:
    return valeur.date().isoformat() if valeur is not None else None


def _metadonnees(lecteur: PdfReader) -> list[str]:
    ecarts = []
    xmp = lecteur.xmp_metadata
    if xmp is None:
        return ["6.6.2 : pas de flux de métadonnées XMP sur le catalogue"]
    if xmp.pdfaid_part != "3" or xmp.pdfaid_conformance != "B":
        ecarts.append(f"6.6.2 : pdfaid {xmp.pdfaid_part}/{xmp.pdfaid_conformance}, attendu 3/B")
    info = lecteur.metadata or {}
    jumeaux = {
        "/Title": (xmp.dc_title or {}).get("x-default"),
        "/Author": ", ".join(xmp.dc_creator) if xmp.dc_creator else None,
        "/Subject": (xmp.dc_description or {}).get("x-default"),
        "/Producer": xmp.pdf_producer,
        "/Creator": xmp.xmp_creator_tool,
        "/CreationDate": _jour_xmp(xmp.xmp_create_date),
        "/ModDate": _jour_xmp(xmp.xmp_modify_date),
    }
    for cle, dans_xmp in jumeaux.items():
        dans_info = info.get(cle)
        if dans_info is not None and cle.endswith("Date"):
            dans_info = _jour_pdf(str(dans_info))
        if (str(dans_info) if dans_info is not None else None) != dans_xmp:
            ecarts.append(f"6.6.2 : Info {cle} = {dans_info!r}, XMP = {dans_xmp!r}")
    return ecarts


def _intention(lecteur: PdfReader, objets: list[tuple[str, Any]]) -> list[str]:
    racine = lecteur.trailer["/Root"].get_object()
    intentions = racine.get("/OutputIntents")
    intentions = intentions.get_object() if intentions is not None else ArrayObject()
    pdfa = [i.get_object() for i in intentions if i.get_object().get("/S") == "/GTS_PDFA1"]
    if len(pdfa) != 1:
        return [f"6.2.3 : {len(pdfa)} OutputIntent /GTS_PDFA1, attendu 1"]
    profil = pdfa[0].get("/DestOutputProfile")
    profil = profil.get_object() if profil is not None else None
    if not isinstance(profil, StreamObject) or "/N" not in profil or profil.get_data()[36:40] != b"acsp":
        return ["6.2.3 : DestOutputProfile absent ou qui n'est pas un profil ICC"]
    copies = Counter(
        objet.get_data()
        for _, objet in objets
        if isinstance(objet, StreamObject) and "/N" in objet and objet.get_data()[36:40] == b"acsp"
    )
    return [f"6.2.3 : un profil ICC en {n} copies" for n in copies.values() if n > 1]


def _police(chemin: str, objet: DictionaryObject) -> list[str]:
    if objet.get("/Type") != "/Font" or objet.get("/Subtype") in ("/Type3", "/Type0"):
        return []
    descripteur = objet.get("/FontDescriptor")
    descripteur = descripteur.get_object() if descripteur is not None else {}
    if any(c in descripteur for c in ("/FontFile", "/FontFile2", "/FontFile3")):
        return []
    return [f"6.2.11.4 : police non incorporée {objet.get('/BaseFont')} ({chemin})"]


def _annotation(chemin: str, objet: DictionaryObject) -> list[str]:
    if objet.get("/Type") != "/Annot" and not (chemin.endswith("]") and "/Annots[" in chemin):
        return []
    ecarts = []
    drapeaux = int(objet.get("/F", 0))
    if not drapeaux & IMPRIMABLE or drapeaux & (CACHEE | INVISIBLE | SANS_ECRAN):
        ecarts.append(f"6.3.2 : annotation non imprimable (/F {drapeaux}) ({chemin})")
    x0, y0, x1, y1 = (float(v) for v in objet.get("/Rect", [0, 0, 0, 0]))
    if objet.get("/Subtype") not in ("/Link", "/Popup") and x0 != x1 and y0 != y1:
        apparence = objet.get("/AP")
        apparence = apparence.get_object() if apparence is not None else None
        if apparence is None or set(apparence) != {"/N"}:
            ecarts.append(f"6.3.3 : annotation sans apparence /N seule ({chemin})")
    return ecarts


def _actif(chemin: str, objet: DictionaryObject) -> list[str]:
    ecarts = [f"6.6.1 : {chemin}{cle}" for cle in objet if cle in CLES_INTERDITES]
    sorte = objet.get("/S")
    if isinstance(sorte, NameObject) and sorte in ACTIONS_INTERDITES:
        ecarts.append(f"6.6.1 : action {sorte} ({chemin})")
    return ecarts


def _jointes(lecteur: PdfReader) -> list[str]:
    racine = lecteur.trailer["/Root"].get_object()
    noms = racine.get("/Names", DictionaryObject()).get_object().get("/EmbeddedFiles")
    if noms is None:
        return []
    liste = noms.get_object().get("/Names", ArrayObject())
    specifications = [liste[i + 1] for i in range(0, len(liste), 2)]
    associes = racine.get("/AF")
    associes = {a.idnum for a in associes.get_object()} if associes is not None else set()
    ecarts = []
    for reference in specifications:
        spec = reference.get_object()
        nom = spec.get("/UF", spec.get("/F"))
        if not isinstance(reference, IndirectObject) or reference.idnum not in associes:
            ecarts.append(f"6.8 : {nom} absent du /AF du catalogue")
        for cle in ("/F", "/UF", "/AFRelationship"):
            if cle not in spec:
                ecarts.append(f"6.8 : {nom} sans {cle}")
        flux = spec["/EF"]["/F"].get_object()
        if not str(flux.get("/Subtype", "")).count("/") >= 2:  # « /application/json »
            ecarts.append(f"6.8 : {nom} sans type MIME (/Subtype {flux.get('/Subtype')})")
        parametres = flux.get("/Params")
        if parametres is None or "/ModDate" not in parametres.get_object():
            ecarts.append(f"6.8 : {nom} sans /Params /ModDate")
    return ecarts


def ecarts_pdfa(pdf: bytes) -> list[str]:
    ecarts = []
    lignes = pdf[:64].split(b"\n")
    if not re.fullmatch(rb"%PDF-1\.[0-7]", lignes[0]):
        ecarts.append(f"6.1.2 : en-tête {lignes[0]!r}")
    if not (len(lignes) > 1 and lignes[1].startswith(b"%") and sum(o > 127 for o in lignes[1][1:5]) == 4):
        ecarts.append("6.1.2 : pas de commentaire binaire en deuxième ligne")
    lecteur = PdfReader(io.BytesIO(pdf))
    if "/ID" not in lecteur.trailer:
        ecarts.append("6.1.3 : pas de /ID dans le trailer")
    if "/Encrypt" in lecteur.trailer:
        ecarts.append("6.1.3 : fichier chiffré")
    objets = _objets(lecteur)
    ecarts += _metadonnees(lecteur)
    ecarts += _intention(lecteur, objets)
    for chemin, objet in objets:
        if isinstance(objet, DictionaryObject):
            ecarts += _police(chemin, objet) + _annotation(chemin, objet) + _actif(chemin, objet)
    ecarts += _jointes(lecteur)
    return ecarts
