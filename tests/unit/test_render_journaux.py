"""The conftest policy itself: a renderer's warning is collected (and would fail the test)."""

from __future__ import annotations

import logging
from typing import Any


def test_avertissement_du_moteur_collecte(collecteur_journaux: Any) -> None:
    logging.getLogger("weasyprint").warning("Ignored `foo: bar` at 1:1, unknown property.")
    logging.getLogger("fontTools.subset").error("glyf table is broken")
    logging.getLogger("weasyprint.progress").info("Step 1 - Fetching and parsing HTML")
    messages = collecteur_journaux.vider()  # emptied here, so this test itself passes
    assert messages == [
        "weasyprint [WARNING] Ignored `foo: bar` at 1:1, unknown property.",
        "fontTools.subset [ERROR] glyf table is broken",
    ]
