"""Writing a built pack without losing anything the user made (docs/decisions.md « Output
folder » and « Nothing the user made is lost »).

    garde.py     which folder may be replaced: real paths compared, the claim and its pièces,
                 the root, the home and the current folder's parents never
    verrou.py    one build at a time into a folder
    ecriture.py  the pack written beside the folder and swapped in whole; a foreign folder moved
                 aside, never deleted; what an interrupted build left put back or cleaned
"""
