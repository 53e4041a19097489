"""dossier — du claim.yaml aux documents de recouvrement vérifiés au regard du droit français."""

from importlib.metadata import PackageNotFoundError, version

# The version is written once, in pyproject.toml; the installed package's metadata carries it.
try:
    __version__ = version("dossier")
except PackageNotFoundError:  # a source tree never installed (pip install -e . fixes it)
    __version__ = "0+inconnue"
