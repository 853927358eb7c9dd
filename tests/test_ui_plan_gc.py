"""The solver thread keeps Python's full garbage collections off the app's objects."""

from __future__ import annotations

import gc

from ui.screens.plan_run import few_full_collections


def test_objects_are_frozen_during_a_run_and_everything_is_restored() -> None:
    before = gc.get_threshold()
    keep = [[n] for n in range(1000)]  # objects that exist before the run
    with few_full_collections():
        assert gc.get_freeze_count() >= len(keep)
        assert gc.get_threshold()[0] >= 20_000
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_restored_when_the_run_fails() -> None:
    before = gc.get_threshold()
    try:
        with few_full_collections():
            raise RuntimeError("solver failed")
    except RuntimeError:
        pass
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before
