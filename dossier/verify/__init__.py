"""Trusting a pack after it is built (ARCHITECTURE.md, verify/): its inventory, its documents checked
against each other, and the re-check of a pack received from elsewhere.

Modules
    manifeste.py   `manifest.json`: each file's SHA-256, size, pages and role, the claim's hash, the
                   « as of » day, the tool's version, the law data used; written last by `build`,
                   read back and validated by `lire_manifeste` (schema: `schemas/manifest.schema.json`;
                   the reader lives in `output/manifeste.py`, shared with the rebuild)

Above `render/`, `assemble/` and `law/` (it reads rendered PDFs and recomputes), below
`pipeline/`, which calls it.
"""
