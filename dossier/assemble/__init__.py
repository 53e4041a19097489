"""Assembly: what happens to rendered documents before they are written (ARCHITECTURE.md, assemble/).

- the injonction de payer bundle: pièces read, converted, checked and stamped (`pieces`,
  `conversion`, `courriel`, `factur_x`, `tampon`), then merged with the court documents into one
  bookmarked, paginated, inert PDF (`bundle`); the warnings on cited files that do read
  (`avertissements`);
- signing: `signature` signs the échéancier with the creditor's key (PAdES) and leaves the
  debtor's field empty; `verification` reads the signatures of a PDF back. Both need the `[sign]`
  extra (pyHanko): they are imported only when a signature is asked for, so a plain `check` or
  `build` never loads pyHanko.
"""
