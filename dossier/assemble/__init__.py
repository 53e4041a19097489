"""Assembly of the injonction de payer bundle: pièces read, converted, checked and stamped, then
merged with the court documents into one bookmarked, paginated, inert PDF (DESIGN.md, assemble/)."""
