"""Errors of background work shown to the user: a window-modal message box that does not
block the event loop (`open()`, not `exec()`), so workers and tests keep running."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.db.locking import ConflictError as DbConflictError
from planner.domain.status import TransitionError
from planner.services.locking import ConflictError, EditError, EditRejected

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    """Module-level tr(): pyside6-lupdate files these strings under the empty context."""
    return QCoreApplication.translate("", text)


def _show(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(getattr(value, "value", value))


def conflict_html(err: ConflictError) -> str:
    """Both versions side by side: what you wanted to write and what is stored now."""
    theirs = err.theirs or {}
    rows = "".join(
        f"<tr><td>{name}</td><td>{_show(err.yours.get(name))}</td>"
        f"<td>{_show(theirs.get(name))}</td></tr>"
        for name in sorted(set(err.yours) | set(theirs)))
    now = (tr("deleted") if err.current_version is None
           else tr("version %1").replace("%1", str(err.current_version)))
    head = (tr("<p><b>%1 %2</b> was changed by someone else since you loaded it.</p>"
               "<p>You saw version %3; it is now %4. <b>Nothing was written.</b> Reload "
               "(F5) to see the current values, then make your change again.</p>")
            .replace("%1", err.kind).replace("%2", err.ref)
            .replace("%3", str(err.seen_version)).replace("%4", now))
    if not rows:
        return head
    field = tr("Field")
    yours = tr("Your change (version %1)").replace("%1", str(err.seen_version))
    stored = tr("Stored now (%1)").replace("%1", now)
    table = (f"<table cellspacing=6><tr><th align=left>{field}</th>"
             f"<th align=left>{yours}</th><th align=left>{stored}</th></tr>{rows}</table>")
    return head + table


def _split(record: str) -> tuple[str, str]:
    kind, _, ref = record.partition(" ")
    return kind, ref


def describe(error: BaseException) -> tuple[str, str]:
    """(title, text) for an error of an edit or of background work."""
    if isinstance(error, ConflictError):
        return tr("Changed by someone else"), conflict_html(error)
    if isinstance(error, DbConflictError):  # a writer using planner.db.locking
        mine = error.mine
        theirs = error.theirs or {}
        version = theirs.get("version")
        return tr("Changed by someone else"), conflict_html(ConflictError(
            *_split(error.record), error.seen_version or 0,
            int(version) if version is not None else None, mine,
            {k: v for k, v in theirs.items() if k != "version"}))
    if isinstance(error, EditRejected):
        items = "".join(f"<li><b>{k}</b>: {m}</li>" for k, ms in error.messages.items()
                        for m in ms)
        return tr("Not saved"), tr("<p>The change was not saved:</p>") + f"<ul>{items}</ul>"
    if isinstance(error, TransitionError):
        return (tr("Not allowed"),
                tr("<p>The status rules do not allow this:</p><p>%1</p>"
                   "<p>Nothing was changed.</p>").replace("%1", str(error)))
    if isinstance(error, EditError):
        return tr("Not saved"), f"<p>{error}</p>"
    log.error("background work failed: %s", type(error).__name__)
    return tr("Something went wrong"), (
        tr("<p>The work stopped with an error; nothing of it was written.</p><p>%1</p>")
        .replace("%1", f"{type(error).__name__}: {error}"))


def show_error(parent: QWidget, error: BaseException, title: str | None = None) -> QMessageBox:
    """Show the error in a window-modal box; returns it (tests read and close it)."""
    heading, text = describe(error)
    box = QMessageBox(QMessageBox.Icon.Warning, title or heading, text,
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.open()
    return box


def field_messages(error: BaseException) -> Mapping[str, list[str]]:
    return error.messages if isinstance(error, EditRejected) else {}
