"""End-to-end tests of every sample: golden PDF text, DOCX twins, calcul.json, letter content."""
