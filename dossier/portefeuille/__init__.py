"""A portfolio of claims, not one file (issue 17): `dossier batch` and `dossier stats`.

    recherche.py   every claim.yaml under a folder or a glob, and a unique output folder for each
    empreinte.py   what a claim's build depends on, hashed: its bytes, its pièces, the law data,
                   the templates, the tool's version and the options
    journal.py     the SQLite journal in the output folder: a re-run skips what did not change,
                   a killed run resumes with nothing lost
    resultats.py   one row per claim: results.csv, results.json
    execution.py   the one loop that submits the claims and collects their rows; the local process
                   pool whose workers stay warm
    grappe.py      the same batch on an existing Dask cluster (--scheduler), its workers checked
    indicateurs.py the recovery figures of `dossier stats`, from the claims and the journal
    page.py        those figures as JSON, CSV and a self-contained HTML page with SVG charts

Nothing here prints: `cli/batch.py` and `cli/stats.py` report through `cli/report.py`.
"""
