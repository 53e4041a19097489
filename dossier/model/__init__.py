"""claim.yaml: strict loading and the frozen models of a claim."""

from dossier.model.claim import Creance
from dossier.model.load import charger, lire

__all__ = ["Creance", "charger", "lire"]
