"""dossier — du claim.yaml aux documents de recouvrement vérifiés au regard du droit français."""

from __future__ import annotations


def __getattr__(nom: str) -> str:
    """`dossier.__version__`, read on first use: importing `importlib.metadata` costs every command
    about 25 ms, which `dossier --help`, `explain` and `taux` do without."""
    if nom != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {nom!r}")
    from importlib.metadata import PackageNotFoundError, version

    # The version is written once, in pyproject.toml; the installed package's metadata carries it.
    try:
        return version("dossier")
    except PackageNotFoundError:  # a source tree never installed (pip install -e . fixes it)
        return "0+inconnue"
