"""The tone linter: no threat, no fake legal act, no undue fee (docs/droit.md §2).

Phrase patterns are data (`motifs.yaml`), each with its code, reason and reference, so a lawyer
can review and extend them without touching code.
"""
