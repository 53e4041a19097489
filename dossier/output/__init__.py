"""Writing a built pack without losing anything the user made (DESIGN.md, Decisions: Output
folder, Nothing the user made is lost).

    garde.py      which folder may be replaced: real paths compared, the claim and its pièces,
                  the root, the home and the current folder's parents never; in an earlier
                  output, what the user added or modified refused by name (SORTIE-06)
    releve.py     an earlier output compared with its manifest.json: what the user added or
                  modified since its build
    manifeste.py  manifest.json read back (shared with verify/, which writes it)
    verrou.py     one build at a time into a folder
    ecriture.py   the pack written beside the folder and swapped in whole; the user's files, or a
                  foreign folder, moved aside, never deleted; what an interrupted build left put
                  back or cleaned
"""
