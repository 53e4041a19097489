"""The bounds of one pièce and of the bundle, checked before the expensive work (issues 15, 23).

Not law: bounds that keep one input from taking the build's time and memory without limit (a
5,000-page PDF took 198 s and 800 MB, an email with a 50 MB attachment 735 MB), while staying
above what a court file holds. The cost of the largest pièce accepted is measured by
`benchmarks/piece_maximale.py`.
"""

from __future__ import annotations

OCTETS = 25_000_000  # one file: a 100-page contract scanned at 300 dpi is about 20 MB
PAGES = 300  # pages of one pièce: the longest contracts filed run to a few dozen
PAGES_DOSSIER = 1_500  # pages of the whole bundle a judge is asked to read
PIXELS = 60_000_000  # one image: a 600-dpi A3 scan is 35 Mpx; beyond, a decompression bomb is likelier
COTE_POINTS = 14_400  # a page side at most 200 inches, the largest PDF allows (ISO 32000-1, annex C)
COURRIEL_OCTETS = 10_000_000  # an .eml, attachments included: they are listed, never embedded
COURRIEL_MULTIPARTIES = 20  # nested MIME parts: a mail with a few attachments has 2 or 3
COURRIEL_JOINTES = 100  # attachments listed on the pièce
