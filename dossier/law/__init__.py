"""Le droit en code : des fonctions pures de la créance et d'un jour, sans autre lecture que leurs
données (ARCHITECTURE.md). Rien ici ne met en page, n'imprime ni ne lit le disque de l'utilisateur
(sauf le fichier de paramètres qu'il désigne) : `law/` n'importe ni `render/`, ni `lettres/`, ni
`tone/`, ni `assemble/`, ni `cli/` (contrat vérifié par import-linter, pyproject.toml).

Le socle, à la racine
    calcul.py      le Calcul : chaque chiffre que les documents impriment, et ses types
    money.py       l'argent en Decimal, arrondi en un seul endroit
    calendrier.py  semestres, années, lendemains : du calendrier, aucune règle
    exemples.py    des créances d'exemple pour les doctests
    textes.py      les textes que les lettres reproduisent mot pour mot, avec leur article et leur
                   source (`textes.yaml` : CPCE L111-8), lus par les lettres et le linter de ton

Les pièces, de bas en haut (une pièce n'importe que celles du dessous)
    parametres/  les nombres de loi datés (`donnees/*.yaml`) et leur lecture à une date
    delais/      le temps du droit : prescription, point de départ des intérêts (mise en demeure)
    montants/    le calcul : imputation, intérêts, pénalités, indemnité, clause pénale, conventions
    rules/       une règle par module, vérifiée sur chaque créance (`verifier(creance, calcul)`)
    procedure/   les étapes (quelle lettre, quand), ce qu'une lettre réclame, l'injonction, le tribunal
    plan/        l'échéancier et son suivi (rappel, préavis, déchéance du terme)
"""
