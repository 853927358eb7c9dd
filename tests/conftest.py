"""Shared fixtures: a real, migrated SQLite database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from planner.db.engine import open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def engine(db_path: Path) -> Iterator[Engine]:
    """An empty database at the newest schema."""
    eng = open_database(db_path)
    yield eng
    eng.dispose()
