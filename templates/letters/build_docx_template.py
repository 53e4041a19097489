"""Build `lettre.docx`, the docxtpl layout of every letter (DOCX twin of `lettre.html`).

The .docx is generated, not edited by hand, so that it can be reviewed here as code:

    python templates/letters/build_docx_template.py        # rewrites templates/letters/lettre.docx

It writes docxtpl tags with python-docx. The template loops over the same blocks as the HTML
(`dossier/render/blocks.py`): `{%p … %}` tags stand alone in a paragraph that docxtpl removes,
`{%tr … %}` / `{%tc … %}` in a table row / cell that docxtpl removes, `{%r … %}` in a run that
docxtpl removes. Context at render time (`dossier/render/word.py`): `lettre` (a `Lettre`), `qr` (a
docxtpl `InlineImage` or None), `codes_qr` (rows of three {image, legende}, one per instalment code)
and `colonnes_signature` (the two signature columns of an agreement, left the creditor's, right the
debtor's, each {titre, ligne1, ligne2}, empty when absent). The output is byte-identical from one run
to the next (fixed core properties, zip rewritten with fixed timestamps by
`dossier.render.word.zip_deterministe`).

Layout as in `lettre.css`: A4, 2 cm margins, Arial 10 pt (Liberation Sans is metric-compatible and
is what LibreOffice shows for it), sender top left, recipient in the window of a DL envelope,
date under it, sending mode, references, « Objet : », content, signature, QR, footer with the
sender's legal mentions and « page n/N ». An agreement (`lettre.genre == 'acte'`) has its title and
references instead of the header, then after the content its payment codes and its signature
apparatus (place and date, the debtor's mention box, the two signature boxes).
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentDocx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import BaseStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from dossier.render.word import zip_deterministe

ICI = Path(__file__).resolve().parent
SORTIE = ICI / "lettre.docx"
POLICE = "Arial"
RETRAIT_DROITE = Mm(90)  # the recipient column, as `left: 90mm` in lettre.css
NOIR = RGBColor(0, 0, 0)


def _police(style: BaseStyle) -> None:
    """Arial for every script, and no theme font (which would override it in Word)."""
    style.font.name = POLICE
    polices = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attribut in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        polices.attrib.pop(qn(attribut), None)
    for attribut in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        polices.set(qn(attribut), POLICE)


def _styles(doc: DocumentDocx) -> None:
    normal = doc.styles["Normal"]
    _police(normal)
    normal.font.size = Pt(10)
    normal.font.color.rgb = NOIR
    rpr = normal.element.get_or_add_rPr()
    langue = OxmlElement("w:lang")
    langue.set(qn("w:val"), "fr-FR")
    rpr.append(langue)
    normal.paragraph_format.space_after = Pt(7)
    normal.paragraph_format.line_spacing = 1.15

    ligne = doc.styles.add_style("Ligne", WD_STYLE_TYPE.PARAGRAPH)
    ligne.base_style = normal
    ligne.paragraph_format.space_after = Pt(0)

    titre = doc.styles["Heading 2"]
    _police(titre)
    titre.font.size = Pt(10.5)
    titre.font.bold = True
    titre.font.italic = False
    titre.font.color.rgb = NOIR
    titre.paragraph_format.space_before = Pt(14)
    titre.paragraph_format.space_after = Pt(6)
    titre.paragraph_format.keep_with_next = True

    puce = doc.styles["List Bullet"]
    _police(puce)
    puce.paragraph_format.space_after = Pt(3)

    citation = doc.styles["Quote"]
    _police(citation)
    citation.font.italic = True
    citation.font.color.rgb = NOIR
    citation.paragraph_format.left_indent = Mm(8)
    citation.paragraph_format.right_indent = Mm(0)
    citation.paragraph_format.space_after = Pt(4)

    cellule = doc.styles.add_style("Cellule", WD_STYLE_TYPE.PARAGRAPH)
    cellule.base_style = normal
    cellule.paragraph_format.space_after = Pt(0)

    pied = doc.styles.add_style("Pied", WD_STYLE_TYPE.PARAGRAPH)
    pied.base_style = normal
    pied.font.size = Pt(7.5)
    pied.paragraph_format.space_after = Pt(0)
    pied.paragraph_format.line_spacing = 1.0


def _balise(conteneur: DocumentDocx | _Cell, balise: str) -> Paragraph:
    """A paragraph holding only a docxtpl tag (`{%p …%}`, `{%tr …%}`, `{%tc …%}`): removed at render."""
    return conteneur.add_paragraph(balise, style="Ligne")


def _segments(paragraphe: Paragraph, variable: str, *, toujours_gras: bool = False) -> None:
    """Runs printing a `Ligne` (tuple of `Segment`): bold where `segment.gras`."""
    paragraphe.add_run(f"{{%r for s in {variable} %}}")
    if toujours_gras:
        paragraphe.add_run("{{ s.texte }}").bold = True
    else:
        paragraphe.add_run("{%r if s.gras %}")
        paragraphe.add_run("{{ s.texte }}").bold = True
        paragraphe.add_run("{%r else %}")
        paragraphe.add_run("{{ s.texte }}")
        paragraphe.add_run("{%r endif %}")
    paragraphe.add_run("{%r endfor %}")


def _proprietes_table(table: Table, *elements: BaseOxmlElement) -> None:
    """Add children to `w:tblPr` where the schema wants them: before `w:tblLook`, the last one."""
    look = table._tbl.tblPr.find(qn("w:tblLook"))
    for element in elements:
        ancien = table._tbl.tblPr.find(element.tag)
        if ancien is not None:
            table._tbl.tblPr.remove(ancien)
        if look is None:
            table._tbl.tblPr.append(element)
        else:
            look.addprevious(element)


def _bordures(*cotes: tuple[str, str]) -> BaseOxmlElement:
    bordures = OxmlElement("w:tblBorders")
    for cote, valeur in cotes:  # schema order: top, left, bottom, right, insideH, insideV
        element = OxmlElement(f"w:{cote}")
        element.set(qn("w:val"), valeur)
        if valeur != "nil":
            element.set(qn("w:sz"), "4")
            element.set(qn("w:color"), "999999")
        bordures.append(element)
    return bordures


def _sans_bordure(table: Table) -> None:
    cotes = ("top", "left", "bottom", "right", "insideH", "insideV")
    _proprietes_table(table, _bordures(*((c, "nil") for c in cotes)))


def _entete(doc: DocumentDocx) -> None:
    table = doc.add_table(rows=1, cols=2)
    _sans_bordure(table)
    rang = table.rows[0]
    rang.height = Mm(70)  # as `.entete { height: 70mm }`: the date comes under the window
    gauche, droite = rang.cells
    gauche.width, droite.width = RETRAIT_DROITE, Mm(80)
    table.columns[0].width, table.columns[1].width = RETRAIT_DROITE, Mm(80)
    gauche.paragraphs[0].style = "Ligne"
    gauche.paragraphs[0].add_run("{%p for texte in lettre.expediteur %}")
    gauche.add_paragraph("{{ texte }}", style="Ligne")
    _balise(gauche, "{%p endfor %}")
    # An empty paragraph 35 mm high puts the address 55 mm from the top of the sheet.
    espace = droite.paragraphs[0]
    espace.style = "Ligne"
    espace.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    espace.paragraph_format.line_spacing = Mm(35)
    _balise(droite, "{%p for texte in lettre.destinataire %}")
    droite.add_paragraph("{{ texte }}", style="Ligne")
    _balise(droite, "{%p endfor %}")


def _references(doc: DocumentDocx) -> None:
    date = doc.add_paragraph("{{ lettre.lieu }}, le {{ lettre.date|date_longue }}")
    date.paragraph_format.left_indent = RETRAIT_DROITE
    date.paragraph_format.space_after = Mm(6)
    _balise(doc, "{%p if lettre.mode_envoi %}")
    doc.add_paragraph().add_run("{{ lettre.mode_envoi }}").bold = True
    _balise(doc, "{%p endif %}")
    _balise(doc, "{%p for texte in lettre.references %}")
    doc.add_paragraph("{{ texte }}", style="Ligne")
    _balise(doc, "{%p endfor %}")
    objet = doc.add_paragraph()
    objet.paragraph_format.space_before = Mm(4)
    objet.paragraph_format.space_after = Mm(6)
    objet.add_run("Objet\u00a0:").bold = True
    objet.add_run(" {{ lettre.objet }}")


def _cellule(cellule: _Cell, variable: str, *, entete: bool) -> None:
    """A table cell printing `variable` (a `Cellule`), right-aligned when `variable.droite`."""
    cellule.paragraphs[0].style = "Cellule"
    cellule.paragraphs[0].add_run(f"{{%p if {variable}.droite %}}")
    droite = cellule.add_paragraph(style="Cellule")
    droite.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _segments(droite, f"{variable}.segments", toujours_gras=entete)
    _balise(cellule, "{%p else %}")
    _segments(cellule.add_paragraph(style="Cellule"), f"{variable}.segments", toujours_gras=entete)
    _balise(cellule, "{%p endif %}")


def _tableau(doc: DocumentDocx) -> None:
    table = doc.add_table(rows=4, cols=3)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    largeur = OxmlElement("w:tblW")
    largeur.set(qn("w:w"), "5000")
    largeur.set(qn("w:type"), "pct")
    bordures = _bordures(
        ("top", "nil"),
        ("left", "nil"),
        ("bottom", "single"),
        ("right", "nil"),
        ("insideH", "single"),
        ("insideV", "nil"),
    )
    # schema order in w:tblPr: tblW, jc, …, tblBorders, …, tblLook
    _proprietes_table(table, largeur)
    table._tbl.tblPr.find(qn("w:tblW")).addnext(table._tbl.tblPr.find(qn("w:jc")))
    _proprietes_table(table, bordures)
    entete, boucle, rang, fin = table.rows
    repete = OxmlElement("w:tblHeader")  # header row repeated on each page
    entete._tr.get_or_add_trPr().append(repete)
    entete.cells[0].paragraphs[0].add_run("{%tc for cellule in bloc.entete %}")
    _cellule(entete.cells[1], "cellule", entete=True)
    entete.cells[2].paragraphs[0].add_run("{%tc endfor %}")
    boucle.cells[0].paragraphs[0].add_run("{%tr for rang in bloc.rangs %}")
    rang.cells[0].paragraphs[0].add_run("{%tc for cellule in rang %}")
    _cellule(rang.cells[1], "cellule", entete=False)
    # A summary row's label spans the columns up to its amount (`Tableau.rangs`), as in the PDF.
    rang.cells[1].paragraphs[0].add_run("{% colspan cellule.etendue %}")
    rang.cells[2].paragraphs[0].add_run("{%tc endfor %}")
    fin.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    # Cell widths are left to the layout engine: the number of columns varies with the content.
    for element in table._tbl.iter(qn("w:tcW")):
        element.getparent().remove(element)
    for cellule in table._tbl.iter(qn("w:tc")):
        proprietes = cellule.get_or_add_tcPr()
        marges = OxmlElement("w:tcMar")
        for cote, valeur in (("top", "57"), ("bottom", "57")):  # 1 mm, as `padding: 1mm 2mm`
            element = OxmlElement(f"w:{cote}")
            element.set(qn("w:w"), valeur)
            element.set(qn("w:type"), "dxa")
            marges.append(element)
        proprietes.append(marges)


def _blocs(doc: DocumentDocx) -> None:
    _balise(doc, "{%p for bloc in lettre.blocs %}")
    _balise(doc, "{%p if bloc.genre == 'titre' %}")
    doc.add_paragraph("{{ bloc.texte }}", style="Heading 2")
    _balise(doc, "{%p elif bloc.genre == 'paragraphe' %}")
    _segments(doc.add_paragraph(), "bloc.segments")
    _balise(doc, "{%p elif bloc.genre == 'liste' %}")
    _balise(doc, "{%p for element in bloc.elements %}")
    _segments(doc.add_paragraph(style="List Bullet"), "element")
    _balise(doc, "{%p endfor %}")
    _balise(doc, "{%p elif bloc.genre == 'citation' %}")
    _balise(doc, "{%p for paragraphe in bloc.paragraphes %}")
    _segments(doc.add_paragraph(style="Quote"), "paragraphe")
    _balise(doc, "{%p endfor %}")
    _balise(doc, "{%p elif bloc.genre == 'tableau' %}")
    _tableau(doc)
    doc.add_paragraph(style="Ligne").paragraph_format.space_after = Pt(6)  # as `margin-bottom` of table
    _balise(doc, "{%p endif %}")
    _balise(doc, "{%p endfor %}")


def _fin(doc: DocumentDocx) -> None:
    _balise(doc, "{%p if not lettre.signatures %}")
    nom = doc.add_paragraph("{{ lettre.signature.nom }}", style="Ligne")
    nom.paragraph_format.left_indent = RETRAIT_DROITE
    nom.paragraph_format.space_before = Mm(10)
    nom.paragraph_format.keep_with_next = True
    qualite = doc.add_paragraph("{{ lettre.signature.qualite }}", style="Ligne")
    qualite.paragraph_format.left_indent = RETRAIT_DROITE
    _balise(doc, "{%p endif %}")
    _balise(doc, "{%p if qr %}")
    image = doc.add_paragraph("{{ qr }}", style="Ligne")
    image.paragraph_format.space_before = Mm(10)
    image.paragraph_format.keep_with_next = True
    _balise(doc, "{%p for texte in lettre.paiement.legende %}")
    doc.add_paragraph("{{ texte }}", style="Ligne").paragraph_format.keep_with_next = True
    _balise(doc, "{%p endfor %}")
    _balise(doc, "{%p endif %}")


def _titre_acte(doc: DocumentDocx) -> None:
    titre = doc.add_paragraph(style="Ligne")
    titre.paragraph_format.space_after = Mm(3)
    run = titre.add_run("{{ lettre.objet }}")
    run.bold = True
    run.font.size = Pt(14)
    _balise(doc, "{%p for texte in lettre.references %}")
    doc.add_paragraph("{{ texte }}", style="Ligne")
    _balise(doc, "{%p endfor %}")
    doc.add_paragraph(style="Ligne").paragraph_format.space_after = Mm(4)


def _sans_largeurs(table: Table) -> None:
    for element in table._tbl.iter(qn("w:tcW")):
        element.getparent().remove(element)


def _codes(doc: DocumentDocx) -> None:
    _balise(doc, "{%p if lettre.codes %}")
    doc.add_paragraph("{{ lettre.titre_codes }}", style="Heading 2")
    table = doc.add_table(rows=3, cols=3)
    _sans_bordure(table)
    boucle, rang, fin = table.rows
    boucle.cells[0].paragraphs[0].add_run("{%tr for rangee in codes_qr %}")
    rang.cells[0].paragraphs[0].add_run("{%tc for code in rangee %}")
    image = rang.cells[1].paragraphs[0]
    image.alignment = WD_ALIGN_PARAGRAPH.CENTER
    image.add_run("{{ code.image }}")
    legende = rang.cells[1].add_paragraph(style="Cellule")
    legende.alignment = WD_ALIGN_PARAGRAPH.CENTER
    legende.add_run("{{ code.legende }}").font.size = Pt(8)
    rang.cells[2].paragraphs[0].add_run("{%tc endfor %}")
    fin.cells[0].paragraphs[0].add_run("{%tr endfor %}")
    _sans_largeurs(table)
    _balise(doc, "{%p endif %}")


def _cadre(cellule: _Cell) -> None:
    bordures = OxmlElement("w:tcBorders")
    for cote in ("top", "left", "bottom", "right"):
        element = OxmlElement(f"w:{cote}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "6")
        element.set(qn("w:color"), "000000")
        bordures.append(element)
    cellule._tc.get_or_add_tcPr().append(bordures)


def _signatures(doc: DocumentDocx) -> None:
    """An agreement's signature apparatus, as in lettre.css: place and date, mention box, two boxes."""
    _balise(doc, "{%p if lettre.signatures %}")
    fait = doc.add_paragraph("{{ lettre.signatures.fait }}")
    fait.paragraph_format.space_before = Mm(10)
    fait.paragraph_format.keep_with_next = True
    _balise(doc, "{%p if lettre.signatures.mention %}")
    _balise(doc, "{%p for texte in lettre.signatures.mention %}")
    doc.add_paragraph("{{ texte }}", style="Ligne").paragraph_format.keep_with_next = True
    _balise(doc, "{%p endfor %}")
    mention = doc.add_table(rows=1, cols=1)
    _sans_bordure(mention)
    mention.rows[0].height = Mm(24)
    _cadre(mention.rows[0].cells[0])
    mention.rows[0].cells[0].paragraphs[0].style = "Cellule"
    _balise(doc, "{%p endif %}")
    consigne = doc.add_paragraph("{{ lettre.signatures.consigne }}")
    consigne.paragraph_format.space_before = Mm(4)
    consigne.paragraph_format.keep_with_next = True
    zones = doc.add_table(rows=4, cols=2)
    _sans_bordure(zones)
    textes = (
        "{{ colonnes_signature[%d].titre }}",
        "{{ colonnes_signature[%d].ligne1 }}",
        "{{ colonnes_signature[%d].ligne2 }}",
    )
    for rang, modele in zip(zones.rows[:3], textes, strict=True):
        for colonne, cellule in enumerate(rang.cells):
            cellule.paragraphs[0].style = "Cellule"
            cellule.paragraphs[0].add_run(modele % colonne).bold = modele is textes[0]
    cadres = zones.rows[3]
    cadres.height = Mm(50)
    for cellule in cadres.cells:
        cellule.paragraphs[0].style = "Cellule"
        _cadre(cellule)
    _balise(doc, "{%p endif %}")


def _champ(paragraphe: Paragraph, instruction: str) -> None:
    champ = OxmlElement("w:fldSimple")
    champ.set(qn("w:instr"), instruction)
    run = OxmlElement("w:r")
    texte = OxmlElement("w:t")
    texte.text = "1"
    run.append(texte)
    champ.append(run)
    paragraphe._p.append(champ)


def _pied(doc: DocumentDocx) -> None:
    pied = doc.sections[0].footer
    pied.is_linked_to_previous = False
    premier = pied.paragraphs[0]
    premier.style = "Pied"
    premier.add_run("{%p for texte in lettre.pied %}")
    pied.add_paragraph("{{ texte }}", style="Pied")
    pied.add_paragraph("{%p endfor %}", style="Pied")
    numero = pied.add_paragraph("page ", style="Pied")
    numero.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _champ(numero, " PAGE ")
    numero.add_run("/")
    _champ(numero, " NUMPAGES ")


def _page(doc: DocumentDocx) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    for marge in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, marge, Mm(20))
    section.header_distance = section.footer_distance = Mm(10)


def _proprietes(doc: DocumentDocx) -> None:
    # Overwritten at render time from the letter; fixed here so the template itself is reproducible.
    proprietes = doc.core_properties
    for champ in ("title", "subject", "author", "keywords", "comments", "category", "last_modified_by"):
        setattr(proprietes, champ, "")
    proprietes.language = "fr-FR"
    proprietes.revision = 1
    proprietes.created = proprietes.modified = datetime(2026, 1, 1)
    paquet = doc.part.package
    for identifiant, relation in list(paquet.rels.items()):
        if relation.reltype == RT.THUMBNAIL:  # python-docx's sample thumbnail would show another document
            paquet.rels.pop(identifiant)
    for identifiant, relation in list(doc.part.rels.items()):
        if relation.reltype == RT.CUSTOM_XML:
            doc.part.rels.pop(identifiant)


def construire() -> bytes:
    doc = Document()
    _page(doc)
    _styles(doc)
    corps = doc.element.body
    for paragraphe in list(corps.iter(qn("w:p"))):  # the default template starts with no text
        corps.remove(paragraphe)
    _balise(doc, "{%p if lettre.genre == 'acte' %}")
    _titre_acte(doc)
    _balise(doc, "{%p else %}")
    _entete(doc)
    _references(doc)
    _balise(doc, "{%p endif %}")
    _blocs(doc)
    _codes(doc)
    _signatures(doc)
    _fin(doc)
    _pied(doc)
    _proprietes(doc)
    tampon = io.BytesIO()
    doc.save(tampon)
    return zip_deterministe(tampon.getvalue())


if __name__ == "__main__":
    SORTIE.write_bytes(construire())
    print(f"écrit : {SORTIE}")
