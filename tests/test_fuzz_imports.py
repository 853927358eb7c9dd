"""Fuzzed input: garbage, truncated and huge persons files and network JSON give clear errors
(one line each, of the import's own error types) and write nothing — no row, no audit entry."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.engine import Engine

from planner.audit import verify_chain
from planner.importing import ImportFileError, import_network
from planner.importing.network import MAX_FILE_BYTES
from planner.importing.persons import import_persons
from planner.importing.report import ImportFailure
from planner.importing.tabular import MAX_TABLE_BYTES
from tests.test_import_network import good_network
from tests.test_import_persons import HEADER, TODAY, good_row, setup_db, write_csv

FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
TABLES = ("person", "batch", "location", "border_crossing", "leg", "flight", "receiving_point",
          "separation", "status_event", "import_run", "audit_entry")


def snapshot(engine: Engine) -> dict[str, Any]:
    with engine.connect() as c:
        out: dict[str, Any] = {t: c.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                               for t in TABLES}
        out["head"] = tuple(c.execute(text("SELECT seq, hash FROM audit_head")).one())
    return out


def one_clear_line(e: BaseException) -> None:
    message = str(e)
    assert isinstance(e, ImportFailure), f"{type(e).__name__}: {message}"
    assert message.strip() and "Traceback" not in message


@pytest.fixture
def ready(engine: Engine) -> Engine:
    setup_db(engine)
    return engine


def _persons(engine: Engine, path: Path) -> bool:
    before = snapshot(engine)
    try:
        report = import_persons(engine, path, actor="fuzz", today=TODAY)
    except ImportFailure as e:
        one_clear_line(e)
        assert snapshot(engine) == before
        return False
    if not report.written:
        assert report.issues and all(i.reason.strip() for i in report.issues)
        assert snapshot(engine) == before
    else:
        assert verify_chain(engine).ok
    return report.written


@FUZZ
@given(data=st.binary(max_size=3000), suffix=st.sampled_from([".csv", ".xlsx", ".txt"]))
def test_garbage_bytes_as_a_persons_file(ready: Engine, tmp_path: Path, data: bytes,
                                         suffix: str) -> None:
    path = tmp_path / f"garbage{suffix}"
    path.write_bytes(data)
    assert not _persons(ready, path)


cell = st.text(max_size=20) | st.sampled_from(["M", "F", "CHN", "1990-01-01", "SITE1", "",
                                                "passport", "2030-01-01", "=1+1", "\x00"])


@FUZZ
@given(rows=st.lists(st.lists(cell, min_size=0, max_size=len(HEADER) + 2), max_size=12))
def test_garbage_rows_under_the_real_header(ready: Engine, tmp_path: Path,
                                            rows: list[list[str]]) -> None:
    path = tmp_path / "rows.csv"
    dict_rows = [dict(zip(HEADER, r, strict=False)) for r in rows]
    try:
        write_csv(path, dict_rows, HEADER)
    except (UnicodeEncodeError, ValueError):
        return  # not representable as a file
    _persons(ready, path)


@FUZZ
@given(cut=st.floats(min_value=0.0, max_value=0.999), kind=st.sampled_from(["csv", "xlsx"]))
def test_truncated_persons_files(ready: Engine, tmp_path: Path, cut: float, kind: str) -> None:
    from planner.importing.tabular import write_rejected

    rows = [good_row(f"T{i}") for i in range(15)]
    full = tmp_path / f"full.{kind}"
    if kind == "csv":
        write_csv(full, rows)
    else:
        write_rejected(full, "xlsx", HEADER, [([r[c] for c in HEADER], "") for r in rows])
    data = full.read_bytes()
    part = tmp_path / f"part.{kind}"
    part.write_bytes(data[: int(len(data) * cut)])
    written = _persons(ready, part)
    if kind == "xlsx":
        assert not written  # a cut zip never reads


def test_huge_files_are_refused_before_reading(ready: Engine, tmp_path: Path) -> None:
    big = tmp_path / "huge.csv"
    with big.open("wb") as fh:  # sparse: no disk used
        fh.truncate(MAX_TABLE_BYTES + 1)
    with pytest.raises(ImportFileError, match="limit is 200 MB"):
        import_persons(ready, big, actor="fuzz")
    net = tmp_path / "huge.json"
    with net.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(ImportFileError, match="at most 50 MB"):
        import_network(ready, net, actor="fuzz")


def _network(engine: Engine, path: Path) -> bool:
    before = snapshot(engine)
    try:
        import_network(engine, path, actor="fuzz")
    except ImportFailure as e:
        one_clear_line(e)
        assert snapshot(engine) == before
        return False
    assert verify_chain(engine).ok
    return True


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=20)


@FUZZ
@given(doc=json_values)
def test_random_json_is_not_a_network(ready: Engine, tmp_path: Path, doc: Any) -> None:
    path = tmp_path / "n.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert not _network(ready, path)


@FUZZ
@given(data=st.data())
def test_mutated_network_documents(ready: Engine, tmp_path: Path, data: st.DataObject) -> None:
    doc = copy.deepcopy(good_network())
    section = data.draw(st.sampled_from([k for k, v in doc.items() if isinstance(v, list) and v]))
    item = data.draw(st.sampled_from(doc[section]))
    key = data.draw(st.sampled_from(sorted(item)))
    item[key] = data.draw(json_values)
    path = tmp_path / "m.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    _network(ready, path)


@FUZZ
@given(cut=st.integers(min_value=0, max_value=10_000), deep=st.integers(1, 200_000))
def test_truncated_and_deeply_nested_network_json(ready: Engine, tmp_path: Path, cut: int,
                                                  deep: int) -> None:
    text_doc = json.dumps(good_network())
    path = tmp_path / "t.json"
    path.write_text(text_doc[: cut % len(text_doc)], encoding="utf-8")
    assert not _network(ready, path)
    path.write_text("[" * deep + "]" * deep, encoding="utf-8")
    assert not _network(ready, path)
