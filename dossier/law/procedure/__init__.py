"""La procédure : quelles lettres `build` écrit et quand (`etapes.py`, cadence dans `cadence.yaml`),
ce qu'une lettre peut réclamer à ce débiteur à cette étape (`reclamation.py`), ce que le créancier
doit savoir de l'injonction de payer (`injonction.py`) et le tribunal compétent (`juridiction.py`)."""
