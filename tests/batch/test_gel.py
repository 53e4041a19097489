"""A batch worker freezes what survives each claim out of the cyclic collector's reach
(`execution.geler_ce_qui_reste`): the claim's garbage is collected first, and every DEGEL-th claim
the frozen objects are looked at again, so that a cycle formed among them is not kept forever."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from dossier.portefeuille import execution


class _Noeud:
    def __init__(self) -> None:
        self.autre: _Noeud | None = None


def _cycle() -> weakref.ref[_Noeud]:
    a, b = _Noeud(), _Noeud()
    a.autre, b.autre = b, a
    return weakref.ref(a)


@pytest.fixture(autouse=True)
def degele() -> Iterator[None]:
    yield
    gc.unfreeze()  # this test process goes back to the ordinary collector


def test_le_reste_d_une_creance_est_ramasse_puis_le_tas_gele(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(execution, "_claims_geles", 0)
    dechet = _cycle()  # garbage of the claim: unreachable, but only the cyclic collector frees it
    vivant = _Noeud()
    execution.geler_ce_qui_reste()
    assert dechet() is None  # collected before the freeze, not frozen with the rest
    assert gc.get_freeze_count() > 0 and gc.is_tracked(vivant)

    tardif = weakref.ref(vivant)
    vivant.autre = vivant  # a cycle formed later among frozen objects, then dropped
    del vivant
    for _ in range(execution.DEGEL - 2):
        execution.geler_ce_qui_reste()
    assert tardif() is not None  # frozen: the ordinary collections do not see it
    execution.geler_ce_qui_reste()  # the DEGEL-th claim: everything collected again
    assert tardif() is None
