"""The Manifests screen through the UI (pytest-qt, offscreen) on a small planned and published
caseload: events by day with revision, prints and handover; the preview's pages; printing to a
PDF file through the shared QPrinter (pages read back with pypdf) and saving the ReportLab PDF,
each recorded in the audit trail; a day's manifests saved with Cancel; recording a handover
with a struck person, its correction, and the reconciliation with the unaccounted in red."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QRadioButton, QSpinBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select
from sqlalchemy.engine import Engine

from planner.audit.models import AuditEntry
from planner.db.engine import transaction
from planner.db.models import Person
from planner.manifests.handover import Officers, StrikeCode, Struck, record_handover
from planner.manifests.models import Manifest
from planner.manifests.store import sync_plan, verify_file
from tests.manifest_factories import D0, build_planned
from tests.qt_helpers import (
    find_error_dialog,
    shown_window,
    ui_settings,  # noqa: F401  (autouse fixture)
)
from ui.dialogs.handover import HandoverDialog
from ui.main_window import MainWindow
from ui.printing import preview_widget, shared_printer
from ui.screens.manifests import ManifestsScreen
from ui.screens.manifests_data import Stop, issue, render_and_record
from ui.screens.manifests_views import RED
from ui.screens.plan_models import ITEM_ROLE
from ui.workers import Operation

A = AuditEntry.__table__  # type: ignore[attr-defined]
M = Manifest.__table__  # type: ignore[attr-defined]
P = Person.__table__  # type: ignore[attr-defined]
TODAY = D0 + dt.timedelta(days=1)  # the first day is past, the second is today
SHOTS = Path("/tmp/h1")


@pytest.fixture
def window(qtbot: QtBot, engine: Engine, db_path: Path) -> Iterator[MainWindow]:
    build_planned(engine)
    w = shown_window(qtbot, db_path, TODAY, "manifests")
    w.resize(1536, 864)
    settle(qtbot, screen(w))
    yield w
    s = screen(w)
    if s.actions_.job is not None and not s.actions_.job.done:
        s.actions_.job.cancel()
    qtbot.waitUntil(lambda: not s.actions_.busy, timeout=30_000)
    w.context.pools.wait()


def screen(w: MainWindow) -> ManifestsScreen:
    s = w.screens["manifests"]
    assert isinstance(s, ManifestsScreen)
    return s


def settle(qtbot: QtBot, s: ManifestsScreen) -> None:
    """Until the board is read and the selected manifest is rendered."""
    window = s.window()
    qtbot.waitUntil(lambda: (window.reload_op is None or window.reload_op.done)  # type: ignore[attr-defined]
                    and s.load_op is not None and s.load_op.done and not s._stale
                    and s.draft is not None and s.draft.manifest.number == s.current_number(),
                    timeout=30_000)


def wait(qtbot: QtBot, op: Operation[Any] | None) -> Any:
    assert op is not None
    qtbot.waitUntil(lambda: op.done, timeout=60_000)
    return op


def pdf_to(path: Path) -> QPrinter:
    printer = shared_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setCopyCount(1)
    printer.setPrintRange(QPrinter.PrintRange.AllPages)
    return printer


def prints(engine: Engine) -> list[str]:
    with engine.connect() as c:
        return list(c.execute(select(A.c.ref).where(A.c.action == "print")).scalars())


def show_day(s: ManifestsScreen, day: dt.date | None) -> None:
    s.day_combo.setCurrentIndex(s.day_index(day))
    s._fill_events()


def rows(s: ManifestsScreen) -> list[Any]:
    m = s.view.model()
    return [m.index(r, 0).data(ITEM_ROLE) for r in range(m.rowCount())]


def test_events_by_day_and_preview(qtbot: QtBot, window: MainWindow, engine: Engine) -> None:
    s = screen(window)
    assert s.day_combo.currentData() == TODAY  # starts on today's handovers
    assert [(r.kind, r.day, r.revision) for r in rows(s)] == [
        ("crossing", TODAY, None), ("flight", TODAY, None)]
    assert s.events.index(0, 5).data() == "not issued"
    show_day(s, None)
    assert len(rows(s)) == 6 and {r.day for r in rows(s)} == {D0, TODAY, TODAY + dt.timedelta(1)}
    # the past day's handovers are not recorded: red
    past = [k for k, r in enumerate(rows(s)) if r.day == D0]
    assert s.events.index(past[0], 0).data(qtbot_role("ForegroundRole")) == RED
    s.select(rows(s)[0].number)
    settle(qtbot, s)
    d = s.draft
    assert d is not None and not d.issued and d.manifest.revision == 1 and d.people == 12
    pane = s.preview.widget
    qtbot.waitUntil(lambda: pane.pageCount() == d.pages)
    assert len(s.preview.images) == d.pages
    assert not s.handover_action.isEnabled()  # nothing printed yet: nothing to record
    with engine.connect() as c:  # the preview wrote nothing
        assert c.execute(select(M.c.id)).first() is None
    SHOTS.mkdir(exist_ok=True)
    window.grab().save(str(SHOTS / "manifests-screen.png"))
    dialog = s.actions_.open_preview()
    widget = preview_widget(dialog)
    assert widget is not None
    qtbot.waitUntil(lambda: widget.pageCount() == d.pages)
    image = widget.grab().toImage()
    assert image.width() > 300 and len({image.pixel(x, y) for x in range(0, image.width(), 9)
                                        for y in range(0, image.height(), 9)}) > 20
    dialog.grab().save(str(SHOTS / "manifests-preview.png"))
    dialog.reject()


def qtbot_role(name: str) -> int:
    return int(getattr(Qt.ItemDataRole, name).value)


def test_print_save_and_audit(qtbot: QtBot, window: MainWindow, engine: Engine,
                              tmp_path: Path) -> None:
    s = screen(window)
    number = s.current_number()
    assert number is not None and s.draft is not None
    pages = s.draft.pages
    pdf_to(tmp_path / "printed.pdf")
    op = wait(qtbot, s.actions_.start_print(number=number))
    assert op.error is None, op.error
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == pages
    assert prints(engine) == [number]
    settle(qtbot, s)
    row = rows(s)[0]
    assert (row.revision, row.printed) == (1, 1) and s.events.index(0, 6).data() == "1×"
    assert s.handover_action.isEnabled() and "sent to" in s.message.text()

    # the print dialog: page range 2 of 2 → one page
    pdf_to(tmp_path / "page2.pdf")
    dialog = s.actions_.ask_print()
    assert dialog is not None and dialog.isVisible()
    dialog.findChild(QRadioButton, "printRange").setChecked(True)
    dialog.findChild(QSpinBox, "from").setValue(2)
    dialog.findChild(QSpinBox, "to").setValue(2)
    dialog.accept()
    qtbot.waitUntil(lambda: s.actions_.job is not None and s.actions_.job.done, timeout=60_000)
    assert len(pypdf.PdfReader(tmp_path / "page2.pdf").pages) == 1
    assert shared_printer().printRange() == QPrinter.PrintRange.AllPages  # not kept for later
    settle(qtbot, s)

    # save as PDF: the ReportLab file itself, which verifies against the database
    out = tmp_path / "saved.pdf"
    op = wait(qtbot, s.actions_.start_save(out, number=number))
    assert op.error is None, op.error
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == pages
    assert reader.metadata is not None
    assert str(reader.metadata.get("/Subject", "")).startswith("REPATPLAN-MANIFEST|v1|" + number)
    assert verify_file(engine, out).result.ok
    assert prints(engine) == [number] * 3


def test_day_jobs_with_cancel(qtbot: QtBot, window: MainWindow, engine: Engine,
                              tmp_path: Path) -> None:
    s = screen(window)
    folder = tmp_path / "day"
    folder.mkdir()
    older = folder / f"{rows(s)[0].number}-r1.pdf"  # saved earlier, e.g. from another copy
    older.write_bytes(OLD_PDF)
    op = s.actions_.start_save(folder, day=TODAY)
    assert op is not None and s.actions_.progress is not None
    assert not s.print_action.isEnabled()  # no second job while one runs
    cancel = s.actions_.progress.findChild(QPushButton)
    assert cancel is not None
    cancel.click()  # the progress dialog's Cancel
    wait(qtbot, op)
    assert type(op.error).__name__ == "Stop", op.error
    qtbot.waitUntil(lambda: "Cancelled" in s.message.text())
    # nothing of the cancelled job is left, and the file that was there is kept as it was
    assert list(folder.iterdir()) == [older] and prints(engine) == []
    assert older.read_bytes() == OLD_PDF
    settle(qtbot, s)

    op = wait(qtbot, s.actions_.start_save(folder, day=TODAY))
    assert op.error is None, op.error
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted(f"{r.number}-r1.pdf" for r in rows(s))
    settle(qtbot, s)
    # print the whole day as one job
    pdf_to(tmp_path / "day.pdf")
    op = wait(qtbot, s.actions_.start_print(day=TODAY))
    assert op.error is None, op.error
    expected = sum(len(pypdf.PdfReader(folder / n).pages) for n in names)
    assert len(pypdf.PdfReader(tmp_path / "day.pdf").pages) == expected == op.result.pages
    assert len(prints(engine)) == 4


OLD_PDF = b"%PDF-1.4 saved before"


def test_stopped_save_keeps_an_older_file(engine: Engine, tmp_path: Path) -> None:
    """The job the Save buttons run (render_and_record), stopped after the first file of a
    day: no file of it is left, not even in place of an older file of the same name."""
    pid = build_planned(engine)
    ms = issue(engine, pid, "tester", day=D0)
    assert len(ms) == 2
    folder = tmp_path / "day"
    folder.mkdir()
    older = folder / f"{ms[0].number}-r1.pdf"
    older.write_bytes(OLD_PDF)
    painted: list[Path] = []

    def each(path: Path, _last: bool) -> None:
        assert path.read_bytes().startswith(b"%PDF")  # complete, beside the older file
        painted.append(path)

    with pytest.raises(Stop):
        render_and_record(engine, ms, "tester", lambda m: folder / f"{m.number}-r1.pdf",
                          each, lambda: bool(painted), lambda _d, _t: None)
    assert painted == [folder / f"{ms[0].number}-r1.pdf.part"]
    assert list(folder.iterdir()) == [older] and older.read_bytes() == OLD_PDF
    assert prints(engine) == []


def record(qtbot: QtBot, s: ManifestsScreen, fill: Any) -> HandoverDialog:
    s.actions_.dialog = None
    wait(qtbot, s.actions_.ask_handover())
    qtbot.waitUntil(lambda: isinstance(s.actions_.dialog, HandoverDialog))
    dialog = s.actions_.dialog
    assert isinstance(dialog, HandoverDialog)
    fill(dialog)
    return dialog


def officers(d: HandoverDialog) -> None:
    for edit, text in ((d.dispatching, "Saw Min"), (d.dispatching_id, "BGF-1"),
                       (d.receiving, "Somchai"), (d.receiving_id, "RTA-2")):
        edit.setText(text)


def test_record_handover_correction_and_reconciliation(
        qtbot: QtBot, window: MainWindow, engine: Engine, tmp_path: Path) -> None:
    s = screen(window)
    show_day(s, D0)
    settle(qtbot, s)
    crossing, flight = rows(s)
    pdf_to(tmp_path / "x.pdf")
    (tmp_path / "day").mkdir()
    wait(qtbot, s.actions_.start_save(tmp_path / "day", day=D0))  # issues both manifests
    settle(qtbot, s)
    s.select(crossing.number)

    def fill(d: HandoverDialog) -> None:
        d.set_outcome("P0-1", StrikeCode.NOT_PRESENT)
        d.set_outcome("P0-2", StrikeCode.OTHER)  # no note: the dialog says so

    dialog = record(qtbot, s, fill)
    dialog.submit()
    assert "receiving officer" in dialog.error.text() and "P0-2" in dialog.error.text()
    assert dialog.isVisible()
    with engine.connect() as c:  # nothing was written
        assert c.execute(select(A.c.seq).where(A.c.action == "handover")).first() is None
    officers(dialog)
    dialog.set_outcome("P0-2", StrikeCode.MEDICAL_HOLD, "fever")
    assert dialog.error.text() == ""  # the old complaints go when the user edits
    assert dialog.summary.text() == "10 handed over · 2 struck"
    dialog.grab().save(str(SHOTS / "manifests-handover.png"))
    dialog.submit()
    wait(qtbot, s.actions_.handover_op)
    qtbot.waitUntil(lambda: not isValid(dialog))  # accepted and deleted
    settle(qtbot, s)
    with engine.connect() as c:
        st: dict[str, str] = {r: v for r, v in c.execute(select(P.c.ref, P.c.status))}
    assert st["P0-1"] == st["P0-2"] == "cleared" and st["P0-3"] == "in_transit"
    row = next(r for r in rows(s) if r.number == crossing.number)
    assert row.frozen and s.handover_action.text() == "C&orrect handover…"

    # reconciliation of the past day: 2 struck; the flight is not recorded, so the 10 others
    # are unaccounted for, in red
    recon = s.recon
    s.tabs.setCurrentWidget(recon)
    (r,) = [x for x in recon.shown_rows() if x.batch == "B1"]
    assert (r.planned, r.manifested, r.handed_over, r.struck) == (12, 12, 0, 2)
    assert len(r.unaccounted) == 10
    assert recon.model.index(0, 0).data(qtbot_role("ForegroundRole")) == RED
    assert recon.missing.isVisible() and "UNACCOUNTED FOR (10)" in recon.missing.text()
    window.grab().save(str(SHOTS / "manifests-reconciliation.png"))

    # someone else records the flight meanwhile: the dialog's answer is refused, clearly
    s.select(flight.number)
    dialog = record(qtbot, s, officers)
    gone = [Struck(ref, StrikeCode.NOT_PRESENT) for ref in ("P0-1", "P0-2")]
    record_handover(engine, flight.number, occurred_at=dt.datetime.combine(D0, dt.time(14)),
                    officers=Officers("A", "1", "B", "2"), struck=gone, actor="other")
    dialog.submit()
    wait(qtbot, s.actions_.handover_op)
    box = find_error_dialog(dialog)
    assert box is not None and "already recorded" in box.text()
    assert dialog.isVisible()  # nothing lost: fix and try again, or cancel
    box.close()
    dialog.reject()
    window.reload()
    settle(qtbot, s)
    # a correction of the flight's record (the receiving officer) → a new revision r2
    dialog = record(qtbot, s, lambda d: d.receiving.setText("Zhang San"))
    assert dialog.correct and dialog.dispatching.text() == "A"
    assert dialog.summary.text() == "10 handed over · 2 struck"  # as recorded
    dialog.submit()
    wait(qtbot, s.actions_.handover_op)
    qtbot.waitUntil(lambda: not isValid(dialog))  # accepted and deleted
    settle(qtbot, s)
    row = next(r for r in rows(s) if r.number == flight.number)
    assert row.revision == 2 and row.frozen
    (r,) = [x for x in s.recon.shown_rows() if x.batch == "B1"]
    assert (r.handed_over, r.struck, r.unaccounted) == (10, 2, [])
    assert not s.recon.missing.isVisible()
    s.recon.mode.setCurrentIndex(1)  # per batch over all days
    assert [x.batch for x in s.recon.shown_rows()] == ["B1"]


def test_handover_is_recorded_on_the_revision_shown(
        qtbot: QtBot, window: MainWindow, engine: Engine, tmp_path: Path) -> None:
    """The dialog shows r1 (the signed paper); a re-plan makes r2 meanwhile: the record is
    refused and r2 stays open. While the record is written the dialog cannot be closed."""
    s = screen(window)
    show_day(s, D0)
    settle(qtbot, s)
    crossing = rows(s)[0]
    (tmp_path / "day").mkdir()
    wait(qtbot, s.actions_.start_save(tmp_path / "day", day=D0))  # issues r1
    settle(qtbot, s)
    s.select(crossing.number)
    dialog = record(qtbot, s, officers)
    assert dialog.form.revision == 1
    with transaction(engine) as t:  # a corrected document number, and the plan re-synced
        t.execute(P.update().where(P.c.ref == "P0-3").values(document_number="E9999999"))
    assert s.plan_id is not None
    assert sync_plan(engine, s.plan_id, "planner", number=crossing.number)[0].revision == 2

    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    dialog.submit()
    assert dialog.busy and not cancel.isEnabled()
    dialog.reject()  # Cancel, Esc or the close button while writing: ignored
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.close()
    assert dialog.isVisible()
    wait(qtbot, s.actions_.handover_op)
    box = find_error_dialog(dialog)
    assert box is not None and "r1 is no longer the latest revision" in box.text()
    assert "r2 is the latest now" in box.text()
    box.close()
    assert dialog.isVisible() and not dialog.busy and cancel.isEnabled()
    with engine.connect() as c:  # nothing recorded, and r2 is not frozen by it
        assert c.execute(select(A.c.seq).where(A.c.action == "handover")).first() is None
        assert c.execute(select(M.c.revision).where(M.c.frozen.is_(True))).first() is None
    dialog.reject()
    assert not dialog.isVisible()

    window.reload()
    settle(qtbot, s)
    dialog = record(qtbot, s, officers)
    assert dialog.form.revision == 2
    dialog.submit()
    dialog.reject()  # ignored: the callback then accepts a dialog that is still there
    wait(qtbot, s.actions_.handover_op)
    qtbot.waitUntil(lambda: not isValid(dialog))
    assert "r2: handover recorded" in s.message.text()
    with engine.connect() as c:
        assert list(c.execute(select(M.c.revision).where(
            M.c.number == crossing.number, M.c.frozen.is_(True))).scalars()) == [2]


def test_cancelled_flight_and_closed_crossing_are_red_and_blocked(
        qtbot: QtBot, window: MainWindow, engine: Engine, tmp_path: Path) -> None:
    """Disruption › Cancel a flight, without re-planning yet: its manifest is red, says
    "flight cancelled", and cannot be printed, saved or recorded; a dialog opened before is
    refused with the reason. The same for a crossing closed that day."""
    from planner.db.models import Flight
    from planner.domain.enums import FlightStatus
    from planner.services.network_edits import add_closure, set_flight_status

    s = screen(window)
    crossing, flight = rows(s)  # today's
    (tmp_path / "day").mkdir()
    wait(qtbot, s.actions_.start_save(tmp_path / "day", day=TODAY))  # issues r1 of both
    settle(qtbot, s)
    s.select(flight.number)
    settle(qtbot, s)
    assert s.print_action.isEnabled() and s.handover_action.isEnabled()
    dialog = record(qtbot, s, officers)  # open before the flight is cancelled
    with engine.connect() as c:
        f = c.execute(select(Flight.__table__).where(  # type: ignore[attr-defined]
            Flight.__table__.c.number == flight.code)).one()  # type: ignore[attr-defined]
    set_flight_status(engine, f.id, f.version, FlightStatus.CANCELLED, actor="planner")
    dialog.submit()
    wait(qtbot, s.actions_.handover_op)
    box = find_error_dialog(dialog)
    assert box is not None
    assert (f"flight {flight.code} on {TODAY.isoformat()} is cancelled: re-plan, then record "
            "the handover of the new manifest") in box.text()
    box.close()
    dialog.reject()
    with engine.connect() as c:
        assert c.execute(select(A.c.seq).where(A.c.action == "handover")).first() is None

    window.reload()
    settle(qtbot, s)
    (frow,) = [r for r in rows(s) if r.number == flight.number]
    k = rows(s).index(frow)
    assert frow.blocked and frow.disrupted == "flight cancelled"
    assert s.events.index(k, 7).data() == "flight cancelled"
    assert s.events.index(k, 0).data(qtbot_role("ForegroundRole")) == RED
    assert "is cancelled" in str(s.events.index(k, 0).data(qtbot_role("ToolTipRole")))
    s.select(flight.number)
    assert not s.print_action.isEnabled() and not s.save_action.isEnabled()
    assert not s.handover_action.isEnabled() and not s.print_button.isEnabled()
    assert "re-plan" in s.handover_action.toolTip()
    settle(qtbot, s)
    assert "do not use" in s.preview.title.text()
    # the screen's jobs are refused by the planner too (e.g. the day's, or a stale action)
    printed = len(prints(engine))
    wait(qtbot, s.actions_.start_save(tmp_path / "f.pdf", number=flight.number))
    box = find_error_dialog(window)
    assert box is not None and "is cancelled" in box.text()
    box.close()
    assert len(prints(engine)) == printed and not (tmp_path / "f.pdf").exists()

    # the crossing of the same day is not affected, until it is closed that day
    s.select(crossing.number)
    assert s.print_action.isEnabled() and s.handover_action.isEnabled()
    add_closure(engine, crossing.event.ref_id, TODAY, TODAY, "flooding", actor="planner")
    window.reload()
    settle(qtbot, s)
    (crow,) = [r for r in rows(s) if r.number == crossing.number]
    assert crow.disrupted == "crossing closed"
    assert s.events.index(rows(s).index(crow), 7).data() == "crossing closed"
    s.select(crossing.number)
    assert not s.print_action.isEnabled() and not s.handover_action.isEnabled()
