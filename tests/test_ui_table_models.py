"""The column-backed table models: consistency (Qt's model tester), sorting and filtering."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from sqlalchemy.engine import Engine

from planner.queries import load_batches, load_people
from tests.test_queries import ON, build_small_caseload
from ui.caseload_models import BatchTableModel, PeopleTableModel
from ui.table_models import Column, ColumnarTableModel


class Letters(ColumnarTableModel):
    """Rows 'a'…: one column of letters and one of numbers, filterable by `even`."""

    def load(self, letters: str, numbers: list[int]) -> None:
        n = len(letters)
        columns = [Column("letter", letters.__getitem__, letters.__getitem__),
                   Column("number", lambda i: str(numbers[i]), numbers.__getitem__)]
        self._set_source(n, columns, list(letters), {"even": [x % 2 == 0 for x in numbers]})


def values(model: ColumnarTableModel, column: int = 0) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_people_and_batch_models_pass_the_qt_model_tester(
        qtmodeltester: ModelTester, engine: Engine) -> None:
    build_small_caseload(engine)
    people = PeopleTableModel()
    people.set_people(load_people(engine, ON))
    qtmodeltester.check(people)
    batches = BatchTableModel()
    batches.set_batches(load_batches(engine, ON))
    qtmodeltester.check(batches)


def test_sort_is_stable_and_combines_with_the_filter(qtmodeltester: ModelTester) -> None:
    m = Letters()
    m.load("dcbae", [2, 1, 2, 3, 4])
    qtmodeltester.check(m)
    m.sort(1, Qt.SortOrder.AscendingOrder)
    assert values(m) == ["c", "d", "b", "a", "e"]  # ties (d, b) keep their original order
    m.set_filter("", even={True})
    assert values(m) == ["d", "b", "e"]
    m.sort(0, Qt.SortOrder.DescendingOrder)
    assert values(m) == ["e", "d", "b"]
    m.set_filter("B", even=None)  # case-insensitive; None lifts a condition
    assert values(m) == ["b"]
    assert m.source_row(0) == 2 and m.view_row(2) == 0 and m.view_row(0) is None


def test_persistent_indexes_follow_their_rows_when_sorting(qtmodeltester: ModelTester) -> None:
    m = Letters()
    m.load("cab", [1, 2, 3])
    held = QPersistentModelIndex(m.index(0, 1))  # 'c'
    m.sort(0, Qt.SortOrder.AscendingOrder)
    assert held.row() == 2 and held.column() == 1 and held.data() == "1"


def test_count_signal_reports_shown_and_total(qtbot: object) -> None:
    m = Letters()
    counts: list[tuple[int, int]] = []
    m.countChanged.connect(lambda shown, total: counts.append((shown, total)))
    m.load("abc", [1, 2, 3])
    m.set_filter("b")
    assert counts == [(3, 3), (1, 3)]
