"""L'échéancier : la somme reconnue répartie en échéances (`echeancier.py`, limites de pratique
dans `echeancier.yaml`), puis son suivi — échéance impayée, rappel, préavis, déchéance du terme
(`suivi.py`)."""
