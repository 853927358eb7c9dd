"""Roles on a shared PostgreSQL database: a coordinator edits (and can only append to the
audit log), a viewer only reads and a write is refused with a clear message."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ProgrammingError
from sqlmodel import select

from planner.audit import verify_chain
from planner.cli.main import main
from planner.db.engine import ReadOnlyError, open_database, transaction
from planner.db.models import Person
from planner.db.roles import RoleError, create_roles, grant_role
from tests.factories import make_batch, make_network, make_person

#: Roles exist on PostgreSQL only: the SQLite pass leaves this module out (tests/conftest.py).
pytestmark = pytest.mark.postgres_only


@pytest.fixture
def logins(engine: Engine) -> Iterator[dict[str, str]]:
    assert engine.dialect.name == "postgresql", "postgres_only tests run in the PostgreSQL pass"
    with transaction(engine, actor="setup") as s:
        net = make_network(s)
        b = make_batch(s, net, "B1")
        make_person(s, net, "P1", batch_id=b.id)
    suffix = uuid.uuid4().hex[:8]
    names = {"viewer": f"viewer_{suffix}", "coordinator": f"coord_{suffix}"}
    create_roles(engine)
    for kind, login in names.items():
        grant_role(engine, login, kind)
    base = make_url(engine.url.render_as_string(hide_password=False))
    yield {k: base.set(username=v).render_as_string(hide_password=False)
           for k, v in names.items()}
    with engine.begin() as c:
        for login in names.values():
            c.execute(text(f'DROP ROLE IF EXISTS "{login}"'))


def test_a_viewer_reads_but_a_write_is_refused(logins: dict[str, str]) -> None:
    viewer = open_database(logins["viewer"])
    try:
        with transaction(viewer, actor="vic") as s:
            assert s.exec(select(Person)).one().ref == "P1"
        with pytest.raises(ReadOnlyError, match="may only read"), \
                transaction(viewer, actor="vic") as s:
            s.exec(select(Person)).one().notes = "changed by a viewer"
    finally:
        viewer.dispose()


def test_a_coordinator_edits_and_the_audit_log_is_append_only(logins: dict[str, str]) -> None:
    coord = open_database(logins["coordinator"])
    try:
        with transaction(coord, actor="cora") as s:
            s.exec(select(Person)).one().notes = "moved"
        assert verify_chain(coord).ok
        with pytest.raises(ProgrammingError, match="permission denied"), coord.begin() as c:
            c.execute(text("UPDATE audit_entry SET actor = 'someone else'"))
        with pytest.raises(ProgrammingError, match="permission denied"), coord.begin() as c:
            c.execute(text("DELETE FROM audit_entry"))
    finally:
        coord.dispose()


def test_cli_roles_and_a_viewer_import_is_one_clear_line(
        engine: Engine, logins: dict[str, str], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    admin = engine.url.render_as_string(hide_password=False)
    assert main(["db", "roles", "--create", "--db", admin]) == 0
    assert main(["db", "roles", "--grant", "nobody_" + uuid.uuid4().hex[:6], "--role", "viewer",
                 "--db", admin]) == 0
    assert "is now a viewer" in capsys.readouterr().out
    from tests.test_import_persons import good_row, write_csv

    path = write_csv(tmp_path / "p.csv", [good_row("P7")])
    assert main(["import", "persons", str(path), "--db", logins["viewer"]]) == 2
    last = capsys.readouterr().err.strip().splitlines()[-1]  # after the progress bar
    assert last.startswith("repatplan: error: ") and "may only read" in last


def test_roles_are_refused_on_sqlite(tmp_path: Path) -> None:
    eng = open_database(tmp_path / "x.sqlite", allow_plain=True)
    with pytest.raises(RoleError, match="on a shared PostgreSQL database only"):
        create_roles(eng)
    eng.dispose()
