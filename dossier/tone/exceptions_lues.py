"""A pattern's exceptions (`sauf`) read in a text only as far as the matches asked about need, and
each shared expression read once per text for every pattern that names it: most of the linter's
time on a page of lawful prose went into these scans (`linter.examiner` asks them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from dossier.tone import prefixes
from dossier.tone.motifs_yaml import Motif, compilee


def couvert(debut: int, fin: int, zones: list[tuple[int, int]]) -> bool:
    """Some zone holds [debut, fin)."""
    return any(a <= debut and fin <= b for a, b in zones)


def zones_admises(
    zones: Mapping[str, list[tuple[int, int]]], categorie: str | None = None
) -> list[tuple[int, int]]:
    """Where a finding of `categorie` is not read — the law stated, a lawful quotation, a term the
    sentence withdraws — and, for a fee, the clause where the creditor owns up to its own mistake
    (`erreurs_reconnues`: a sum it got wrong claims nothing) and the sentence that states the costs
    a syndicate may put on the co-owner from the mise en demeure on (loi n° 65-557 art. 10-1 a,
    motifs.yaml's `frais-de-copropriete`), and, to a professional debtor only, the sentence that
    claims what C. com. L441-10 II gives (`accessoires-entre-professionnels`). The patterns and the
    rules ask the same; the learnt reader, which has no category, the first three."""
    admises = zones["loi"] + zones["citations"] + zones["termes"]
    if categorie != "frais":
        return admises
    return admises + zones["erreurs"] + zones["copropriete"] + zones["professionnels"]


class Zones:
    """The zones of one expression in one text — `expression.finditer(texte)`'s spans —, read only
    as far as the matches asked about need: a zone that holds a match starts at or before it, and
    `finditer` gives its zones in the order of their starts, so the scan stops at the first zone
    that holds the match, or that starts after it. An exception of `frais-de-recouvrement` (« la
    loi énoncée » among them, a long expression) scanned a whole page, 4 ms, for a match that the
    zone around it excuses halfway down. The same answers as `couvert` on the full list."""

    def __init__(self, source: str, texte: str) -> None:
        self._source, self._texte = source, texte
        self._suite: Iterator[re.Match[str]] | None = None  # compiled on a first question
        self._lues: list[tuple[int, int]] = []

    def couvrent(self, debut: int, fin: int) -> bool:
        if couvert(debut, fin, self._lues):
            return True
        if self._suite is None:  # tried only where a zone can begin (prefixes.py)
            expression = compilee(self._source)
            self._suite = prefixes.correspondances(expression, self._texte, prefixes.departs(self._source))
        while not self._lues or self._lues[-1][0] <= debut:
            trouvee = next(self._suite, None)
            if trouvee is None:
                return False
            self._lues.append(trouvee.span())
            if trouvee.start() <= debut and fin <= trouvee.end():
                return True
        return False


class Exceptions:
    """A pattern's exceptions in a text: a match inside a zone of any expression its `sauf` names
    is lawful. Each shared expression is read once per text for every pattern that names it
    (« @la-loi-enoncee » is named by a dozen): `lues` holds them, keyed by the text read (`cle`)
    and the expression's source — one dict per `examiner` call."""

    def __init__(self, motif: Motif, texte: str, cle: object, lues: dict[tuple[object, str], Zones]) -> None:
        self._motif, self._texte, self._cle, self._lues = motif, texte, cle, lues

    def couvrent(self, debut: int, fin: int) -> bool:
        for source in self._motif.sources_sauf:
            zones = self._lues.get((self._cle, source))
            if zones is None:
                zones = self._lues[(self._cle, source)] = Zones(source, self._texte)
            if zones.couvrent(debut, fin):
                return True
        return False
