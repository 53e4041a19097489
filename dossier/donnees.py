"""The package's own YAML data files (codes.yaml, the tone's and the law's tables), read by libyaml.

These files are written by the project and checked by its tests: they need neither positions
nor the strict reader of what a user writes (`model/yaml_strict.py`, which keeps claim.yaml's
line and column and refuses implicit types). libyaml's parser reads them ten to fifteen times
faster than PyYAML's pure-Python one — codes.yaml, read by every command that reports a finding,
took 0.15 s — into the very same objects (`tests/unit/test_donnees.py` compares both readers
on every data file of the package). Without libyaml (a PyYAML built without it), the Python
reader is used.

>>> lire_donnees("a: [1, deux]")
{'a': [1, 'deux']}
"""

from __future__ import annotations

from typing import Any

import yaml

try:
    from yaml import CSafeLoader as Chargeur
except ImportError:  # pragma: no cover - PyYAML's wheels ship libyaml
    from yaml import SafeLoader as Chargeur  # type: ignore[assignment]


def lire_donnees(texte: str) -> Any:
    """One YAML document of the package's data, as PyYAML's `safe_load` reads it."""
    return yaml.load(texte, Loader=Chargeur)
