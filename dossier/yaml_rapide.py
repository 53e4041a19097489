"""The data files read with PyYAML rather than the strict reader, read by libyaml.

docs/decisions.md (« claim.yaml is a contract ») sends every data file of the package through
`model/donnees.py` except `codes.yaml`, read at every start-up (its model is checked by the
suite); `dossier explain` also reads the tone's data files this way, for display only. libyaml's
parser reads them ten to fifteen times faster than PyYAML's
pure-Python one — codes.yaml, read by every command that reports a finding, took 0.15 s, 0.01 s
now — into the very same objects (`tests/unit/test_yaml_rapide.py` compares both readers on every
YAML file of the package). Without libyaml (a PyYAML built without it), the Python reader is used.

>>> lire_yaml_rapide("a: [1, deux]")
{'a': [1, 'deux']}
"""

from __future__ import annotations

from typing import Any

import yaml

try:
    from yaml import CSafeLoader as Chargeur
except ImportError:  # pragma: no cover - PyYAML's wheels ship libyaml
    from yaml import SafeLoader as Chargeur  # type: ignore[assignment]


def lire_yaml_rapide(texte: str) -> Any:
    """One YAML document of the package's data, as PyYAML's `safe_load` reads it."""
    return yaml.load(texte, Loader=Chargeur)
