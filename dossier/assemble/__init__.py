"""Assembly: what happens to rendered documents before they are written (today: signing).

`signature` signs the échéancier with the creditor's key (PAdES) and leaves the debtor's field
empty; `verification` reads the signatures of a PDF back. Both need the `[sign]` extra
(`pip install -e '.[sign]'`, pyHanko): import them only when a signature is asked for, so that a
plain `check` or `build` never loads pyHanko.
"""
