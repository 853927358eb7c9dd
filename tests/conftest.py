"""Shared fixtures: a real, migrated database per test.

The `engine` fixture is SQLite by default. With `REPATPLAN_TEST_DB` set to a PostgreSQL URL
(`./dev test` starts a throw-away server and runs the suite a second time that way) each test
gets its own PostgreSQL database, cloned from a migrated template.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite opens unencrypted files unless a test gives a key (tests/test_crypto*.py do);
# the CLI and the GUI read these variables, `open_database` itself never does.
# REPATPLAN_TEST_KEY=… runs the suite on SQLCipher-encrypted files instead.
TEST_KEY = os.environ.get("REPATPLAN_TEST_KEY") or None
if TEST_KEY:
    os.environ["REPATPLAN_KEY"] = TEST_KEY
    os.environ.pop("REPATPLAN_NO_ENCRYPTION", None)
else:
    os.environ["REPATPLAN_NO_ENCRYPTION"] = "1"
    os.environ.pop("REPATPLAN_KEY", None)

from planner.db.engine import make_engine, open_database  # noqa: E402

PG_ADMIN_URL = os.environ.get("REPATPLAN_TEST_DB", "")
TEMPLATE_DB = "repatplan_template"


def pytest_report_header() -> str:
    return f"repatplan test database: {'PostgreSQL' if PG_ADMIN_URL else 'SQLite'}"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Screen tests open their database by file path: they check the Qt layer, which is the
    same on every back-end, so the PostgreSQL run leaves them out (the queries and services
    under them run on both). Tests marked postgres_only are left out of the SQLite run."""
    for item in items:
        if item.path.name.startswith("test_ui_"):
            item.add_marker(pytest.mark.sqlite_only)
    if not PG_ADMIN_URL:
        left_out = [i for i in items if i.get_closest_marker("postgres_only")]
        if left_out:
            config.hook.pytest_deselected(items=left_out)
            items[:] = [i for i in items if not i.get_closest_marker("postgres_only")]


@pytest.fixture(scope="session")
def _pg_admin() -> Iterator[Engine | None]:
    if not PG_ADMIN_URL:
        yield None
        return
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {TEMPLATE_DB}"))
        c.execute(text(f"CREATE DATABASE {TEMPLATE_DB}"))
    tmpl = open_database(make_url(PG_ADMIN_URL).set(database=TEMPLATE_DB).render_as_string(
        hide_password=False))
    tmpl.dispose()
    yield admin
    admin.dispose()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.sqlite"


@pytest.fixture
def engine(db_path: Path, _pg_admin: Engine | None) -> Iterator[Engine]:
    """An empty database at the newest schema (SQLite file, or a fresh PostgreSQL database)."""
    if _pg_admin is None:
        eng = open_database(db_path, key=TEST_KEY, allow_plain=TEST_KEY is None)
        yield eng
        eng.dispose()
        return
    name = f"t_{uuid.uuid4().hex[:16]}"
    with _pg_admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE_DB}"))
    eng = make_engine(make_url(PG_ADMIN_URL).set(database=name).render_as_string(
        hide_password=False))
    yield eng
    eng.dispose()
    with _pg_admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture
def planned(engine: Engine) -> Engine:
    """The database with a published plan and its manifests (tests/manifest_factories.py)."""
    from tests.manifest_factories import build_planned

    build_planned(engine)
    return engine


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder of its own for written files (the database and its backups live in
    tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def _no_dangling_qthreads(request: pytest.FixtureRequest) -> Iterator[None]:
    """Qt tests (those using qtbot or qapp, and every tests/test_ui_*.py) fail when they leave
    a QThread or worker pool running (napari's `_dangling_qthreads`). Other tests never import
    Qt here."""
    module = getattr(request.module, "__name__", "")
    if not ({"qtbot", "qapp"} & set(request.fixturenames)
            or module.rpartition(".")[2].startswith("test_ui_")):
        yield
        return
    from tests.qt_helpers import no_dangling_qthreads

    with no_dangling_qthreads():
        yield
