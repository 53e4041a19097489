"""The injonction de payer bundle: the court documents (requête, décompte, bordereau, historique),
worded from the claim and its Computation, laid out by `render/court.py`, then merged with the
stamped pièces by `assemble/` (README.md, « Ce qu'il produit »; CPC 1405 to 1425).

Modules
    pieces.py        `PieceLue`, what these documents read of a pièce; the claim path → pièce n°
    parties.py       the parties' identity (CPC 54, 57) and the words that agree with their title
    contexte.py      the values each `templates/court/<nom>.txt.j2` formats (nothing computed in Jinja)
    documents.py     the four `DocumentJudiciaire`, and `textes_judiciaires` (the tone linter's hook)
    construction.py  `fichiers_injonction`: pièces → documents → bundle, the files under injonction/
"""
