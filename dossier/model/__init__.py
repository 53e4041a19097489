"""claim.yaml: strict loading and the frozen models of a claim.

`Creance`, `charger` and `lire` are imported on first use (PEP 562): a module that needs only the
YAML reader, the scalar types or `limites` — the law's parameter files read by `dossier taux` —
does not build the claim's pydantic models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dossier.model.claim import Creance
    from dossier.model.load import charger, lire

__all__ = ["Creance", "charger", "lire"]


def __getattr__(nom: str) -> Any:
    if nom == "Creance":
        from dossier.model.claim import Creance

        return Creance
    if nom in ("charger", "lire"):
        from dossier.model import load

        return getattr(load, nom)
    raise AttributeError(f"module {__name__!r} has no attribute {nom!r}")
