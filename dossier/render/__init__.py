"""Render layer: letters as blocks, laid out as PDF (WeasyPrint) and DOCX (docxtpl), deterministic.

How a letter is made (docs/decisions.md « One text, two formats »)::

    blocs = rendre_blocs("letters/relance-1.txt.j2", contexte)      # environment.py + blocks.py
    lettre = Lettre(expediteur=…, destinataire=…, lieu=…, date=…, objet=…, blocs=blocs,
                    signature=Signature(nom, qualite), titre=…, auteur=…, …)       # letter.py
    pdf = rendre_pdf(lettre)        # pdf.py  -> bytes, identical for identical input
    docx = rendre_docx(lettre)      # word.py -> bytes, identical for identical input

Modules (import them directly; this package imports nothing, so that reading blocks does not load
WeasyPrint):

    blocks.py       the markup (``##``, ``-``, ``>``, ``| |``, ``**``) and its frozen blocks
    environment.py  the one Jinja environment (sandboxed, strict, the French filters of
                    `dossier/francais.py`) and rendering
    letter.py       `Lettre`, `Signature`, `Paiement`: what the layouts show
    epc.py          `VirementEpc`: the EPC069-12 payment QR
    pdf.py          `rendre_pdf`, with a URL fetcher closed to our templates and fonts
    word.py         `rendre_docx`, `zip_deterministe`
    archive.py      `zip_fixe`: a DOCX's zip, the bytes `zipfile` writes, large parts deflated once
    readback.py     text and active content read back from PDF and DOCX (tests, verify/)

Templates and fonts are found by `dossier.resources` (editable checkout or installed wheel).
Every failure is a `RenderFailure` (exit 5) carrying a RENDU-xx finding.
"""
