"""The Exports screen: write the plan for a partner agency (XLSX, CSV, iCalendar, JSON, PAXLST,
optionally encrypted with a password) in the background with progress and Cancel; the partner
profiles — which fields each recipient gets — edited with undo; the exports made so far."""

from __future__ import annotations

import html
import logging
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner.engine.store import PlanError
from planner.exports.profiles import ProfileError
from planner.exports.protect import ARCHIVE_METHOD, ARCHIVE_SUFFIX, XLSX_METHOD, PasswordError
from planner.exports.service import ExportCancelled, ExportRow, export_schedule
from planner.manifests.models import ExportRecord
from planner.services.locking import EditError
from ui import settings as keys
from ui.actions import screen_action
from ui.context import AppContext, Loaded
from ui.dialogs.errors import show_error
from ui.screens.exports_data import (
    ExportsData,
    PlanChoices,
    ProfileRow,
    field_name,
    load_exports_data,
    load_plan_choices,
    profile_command,
)
from ui.screens.exports_form import ExportForm, ExportRequest
from ui.screens.exports_profiles import ProfilesModel, make_profiles_view
from ui.screens.plan_models import RowsModel, make_view
from ui.workers import Operation, ProgressPanel, TaskState

log = logging.getLogger(__name__)
LAST_DIR = keys.screen_key("exports", "last_dir")
FILTERS = {"xlsx": "Excel (*.xlsx)", "csv": "CSV (*.csv)", "ics": "iCalendar (*.ics)",
           "json": "JSON (*.json)", "paxlst": "PAXLST (*.edi *.txt)"}
SUFFIX = {"xlsx": ".xlsx", "csv": ".csv", "ics": ".ics", "json": ".json", "paxlst": ".edi"}


class ExportsScreen(QWidget):
    load_extra = staticmethod(load_exports_data)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.data = ExportsData()
        self.choices: dict[int, PlanChoices] = {}
        self.export_op: Operation[ExportRecord] | None = None
        self.choices_op: Operation[PlanChoices] | None = None
        self.last_written: Path | None = None

        self.form = ExportForm(self)
        self.form.saveRequested.connect(self.save_as)
        self.form.planChosen.connect(self.load_choices)
        self.progress = ProgressPanel(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        new_box = QGroupBox(self.tr("New export"), self)
        nl = QVBoxLayout(new_box)
        nl.addWidget(self.form)
        nl.addWidget(self.progress)
        nl.addWidget(self.result_label)

        self.profiles = ProfilesModel(self)
        self.profiles.editRequested.connect(self.edit_profile)
        self.profiles_view = make_profiles_view(self.profiles, self)
        prof_box = QGroupBox(self.tr("Partner profiles: what each recipient gets"), self)
        pl = QVBoxLayout(prof_box)
        hint = QLabel(self.tr("Tick a box to give a field; double-click a carrier to change "
                              "it. Every change can be undone (Ctrl+Z) and is audited. New "
                              "profiles: <tt>repatplan partner set</tt>."), prof_box)
        hint.setWordWrap(True)
        pl.addWidget(hint)
        pl.addWidget(self.profiles_view, 1)

        self.history = RowsModel(
            [self.tr("When (UTC)"), self.tr("Who"), self.tr("Recipient"), self.tr("Format"),
             self.tr("Plan"), self.tr("File"), self.tr("People"), self.tr("Rows"),
             self.tr("Encrypted"), self.tr("Fields given")],
            self._history_cells, self)
        self.history_view = make_view(self.history, self)
        hist_box = QGroupBox(self.tr("Exports made"), self)
        QVBoxLayout(hist_box).addWidget(self.history_view)

        # the form scrolls on a small screen (a laptop at 1366×768 with a large font) rather
        # than making the whole window taller than the screen
        new_scroll = QScrollArea(self)
        new_scroll.setWidget(new_box)
        new_scroll.setWidgetResizable(True)
        new_scroll.setFrameShape(QFrame.Shape.NoFrame)
        top = QHBoxLayout()
        top.addWidget(new_scroll, 1)
        top.addWidget(prof_box, 1)
        top_w = QWidget(self)
        top_w.setLayout(top)
        top.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top_w)
        split.addWidget(hist_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        QVBoxLayout(self).addWidget(split)

        self.save_action = screen_action(self, self.tr("&Save export as…"), "Ctrl+Shift+E",
                                         self.save_as)
        self._sync()

    # -- screen protocol --------------------------------------------------------------------

    def set_loaded(self, loaded: Loaded) -> None:
        data = loaded.extra.get("exports")
        if not isinstance(data, ExportsData):
            return
        self.data = data
        self.choices.clear()  # a re-plan or new flights may have changed them
        self.form.set_data(data)
        pid = self.form.plan_id()
        if pid is not None:
            self.load_choices(pid)
        self.profiles.set_profiles(data.profiles)
        self.history.set_items(data.history)
        self.history_view.resizeColumnsToContents()
        self._sync()

    def focus_widget(self) -> QWidget:
        return self.form.partner_combo

    def actions_for_menu(self) -> list[QAction]:
        return [self.save_action]

    def save_layout(self) -> None:
        """The window closes: stop an export still running (nothing of it is kept)."""
        if self.export_op is not None and not self.export_op.done:
            self.export_op.cancel()

    # -- the plan's days and flights --------------------------------------------------------

    def load_choices(self, plan_id: int) -> Operation[PlanChoices] | None:
        engine = self.context.engine
        if plan_id in self.choices:
            self.form.set_choices(self.choices[plan_id])
            return None
        if self.form.choices_plan != plan_id:  # a reload keeps the choices until replaced
            self.form.set_choices(None)
        if engine is None:
            return None

        def job(_s: TaskState) -> PlanChoices:
            return load_plan_choices(engine, plan_id)

        def done(c: PlanChoices) -> None:
            self.choices[c.plan_id] = c
            if self.form.plan_id() == c.plan_id:
                self.form.set_choices(c)

        op: Operation[PlanChoices] = Operation(job, self)
        op.on_success(done).on_failure(lambda e: show_error(self, e))
        self.choices_op = op
        return op.run(self.context.pools.reader)

    # -- exporting --------------------------------------------------------------------------

    def suggested_name(self, r: ExportRequest) -> str:
        parts = [r.partner, f"plan{r.plan_id}"]
        if r.day is not None:
            parts.append(r.day.isoformat())
        if r.flight:
            parts.append(r.flight)
        name = "-".join(parts) + SUFFIX[r.fmt]
        return name + ARCHIVE_SUFFIX if r.password is not None and r.fmt != "xlsx" else name

    def save_as(self) -> Operation[ExportRecord] | None:
        """Ask where to save, then export there."""
        if self.form.problem() or self.busy():
            return None
        r = self.form.request()
        start = Path(keys.read_str(LAST_DIR) or Path.home()) / self.suggested_name(r)
        archive = r.password is not None and r.fmt != "xlsx"
        filt = (self.tr("7-Zip archive (*.7z)") if archive else FILTERS[r.fmt])
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save export as"), str(start),
                                              filt)
        if not path:
            return None
        QSettings().setValue(LAST_DIR, str(Path(path).parent))
        return self.export_to(Path(path), r)

    def export_to(self, path: Path, request: ExportRequest | None = None
                  ) -> Operation[ExportRecord] | None:
        """Write the export chosen in the form to `path` on the writer thread."""
        engine = self.context.engine
        r = request or self.form.request()
        if engine is None or self.busy() or self.form.problem():
            return None
        actor = self.context.actor or ""
        archive = r.password is not None and r.fmt != "xlsx"
        out = path.with_name(path.name[: -len(ARCHIVE_SUFFIX)]) if archive and \
            path.name.lower().endswith(ARCHIVE_SUFFIX) and len(path.suffixes) > 1 else path
        # Nothing that outlives the job holds the password: the job takes it out of `secret`
        # as it starts (the closures keep the request's other values, never the request),
        # clears the frames an error's traceback keeps (export_schedule's arguments), and
        # the operation is dropped when it finishes.
        secret = [r.password]
        encrypted = r.password is not None
        fmt, partner, plan_id, day, flight = r.fmt, r.partner, r.plan_id, r.day, r.flight
        del r, request

        def job(state: TaskState) -> ExportRecord:
            try:
                return export_schedule(engine, fmt=fmt, partner=partner, out=out, actor=actor,
                                       plan_id=plan_id, day=day, flight=flight,
                                       password=secret.pop(), on_progress=state.report,
                                       should_stop=state.should_stop)
            except BaseException as e:
                _clear_frames(e)
                raise

        op: Operation[ExportRecord] = Operation(job, self, self.tr("Exporting…"))
        op.on_success(lambda rec: self._written(rec, out.with_name(rec.file_name), encrypted))
        op.on_failure(self._failed)
        op.finished.connect(lambda: self._finished(op, secret))
        op.with_progress(self.progress)
        self.export_op = op
        self.result_label.clear()
        self.form.clear_password()
        op.run(self.context.pools.writer)
        self._sync()
        return op

    def _finished(self, op: Operation[ExportRecord], secret: list[str | None]) -> None:
        """Drop the finished operation (and with it its error, whose traceback holds the
        frames of the export)."""
        secret.clear()  # a job that never started
        if self.export_op is op:
            self.export_op = None
        op.deleteLater()
        self._sync()

    def busy(self) -> bool:
        return self.export_op is not None and not self.export_op.done

    def _written(self, rec: ExportRecord, path: Path, encrypted: bool) -> None:
        self.last_written = path
        how = self.tr(", encrypted") if encrypted else ""
        self.result_label.setText(
            self.tr("Written: <b>%1</b> for %2 (%3 rows, %4 people%5).")
            .replace("%1", html.escape(str(path))).replace("%2", html.escape(rec.partner))
            .replace("%3", f"{rec.rows:,}").replace("%4", f"{rec.people:,}")
            .replace("%5", how))
        reload = getattr(self.window(), "reload", None)
        if callable(reload):
            reload()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ExportCancelled):
            self.result_label.setText(self.tr("Cancelled: nothing was written."))
            return
        self.result_label.setText(self.tr("The export failed; nothing was written."))
        if isinstance(error, ProfileError | PlanError | PasswordError | OSError):
            text = error.strerror if isinstance(error, OSError) and error.strerror else \
                str(error)
            where = f" ({error.filename})" if isinstance(error, OSError) and error.filename \
                else ""
            text = (text[:1].upper() + text[1:] + where).rstrip(".") + "."
            show_error(self, EditError(html.escape(text)), self.tr("Export failed"))
        else:
            show_error(self, error, self.tr("Export failed"))

    def _sync(self) -> None:
        busy = self.busy()
        has_db = self.context.engine is not None
        self.form.setEnabled(has_db and not busy)
        self.save_action.setEnabled(has_db and not busy)
        self.profiles.editable = has_db

    # -- profiles and history ---------------------------------------------------------------

    def edit_profile(self, profile: ProfileRow, key: str, value: Any) -> Operation[Any] | None:
        return self.context.edits.push(profile_command(profile, key, value))

    def _history_cells(self, r: ExportRow) -> list[Any]:
        method = {XLSX_METHOD: self.tr("yes: Office password (AES-256)"),
                  ARCHIVE_METHOD: self.tr("yes: 7-Zip archive (AES-256)")}.get(
            r.encrypted, r.encrypted or self.tr("no"))
        return [r.at.strftime("%Y-%m-%d %H:%M"), r.actor, r.partner, r.format.upper(),
                r.plan_id, r.file_name, r.people, r.rows, method,
                self.tr(", ").join(field_name(f) for f in r.fields) or (
                    self.tr("none (a calendar)") if r.format == "ics"
                    else self.tr("head counts only"))]


def _clear_frames(error: BaseException) -> None:
    """Clear the local variables of the finished frames an error (and the errors it was
    raised from) keeps in its traceback: the export's arguments include the password."""
    seen: set[int] = set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        traceback.clear_frames(e.__traceback__)
        e = e.__cause__ or e.__context__


def create(context: AppContext, parent: QWidget) -> ExportsScreen:
    return ExportsScreen(context, parent)
