"""Le calcul d'une créance à un jour : `computation.calculer(creance, jour) -> Calcul`.

Imputation des paiements, intérêts jour par jour (`interest.py`), taux légal et pénalités entre
professionnels, indemnité forfaitaire, clause pénale, conventions énoncées au décompte ; et les
barèmes que `dossier taux` affiche (`baremes.py`)."""
