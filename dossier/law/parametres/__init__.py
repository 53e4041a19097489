"""Les nombres de loi datés : un fichier YAML par paramètre (`donnees/`), chaque valeur avec sa
période, son article et sa source ; leur format strict (`format.py`) et leur lecture à une date,
et le fichier de paramètres de l'utilisateur (`utilisateur.py`)."""
