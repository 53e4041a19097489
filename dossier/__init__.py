"""dossier — du claim.yaml aux documents de recouvrement vérifiés au regard du droit français."""

__version__ = "0.1.0"
