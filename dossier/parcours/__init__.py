"""Le parcours de recouvrement (`dossier plan`) : la prochaine démarche et sa date.

Il orchestre, sans rien y ajouter, le droit (`law/` : étapes, délais, échéancier et son suivi), les
lettres (`lettres/` : le nom du fichier que `build` rédige) et la règle de fréquence des prises de
contact (`tone/sollicitations.py`). Au-dessus de ces trois couches, sous `pipeline/`.

    calendrier.py  `calendrier(creance, calcul, jour, …) -> Calendrier` : l'entrée, l'historique
    pas.py         le `Calendrier` rendu (une `vocabulaire.Etape` et sa date), la situation d'un plan
    cadence.py     sans échéancier : appel, relances, mise en demeure, requête
    plan.py        avec un échéancier : échéance suivante, rappel, déchéance, puis voie judiciaire
"""
