"""Results and errors of imports: issues with their place in the file, reports, exceptions."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem in one cell of a tabular file. `row` is the row number the user sees in the
    file (the header is row 1); `column` is the template column name (or "" for the whole row)."""

    row: int
    column: str
    value: Any
    reason: str

    def __str__(self) -> str:
        return format_issue(self)


@dataclass(frozen=True, slots=True)
class NetworkIssue:
    """One problem in a network file; `path` is the JSON path, e.g. ``flights[3].seats``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def _show(value: Any) -> str:
    text = "" if value is None else str(value)
    text = text.replace("\r", "\\r").replace("\n", "\\n")
    if len(text) > 60:
        text = text[:57] + "..."
    return repr(text)


def format_issue(issue: RowIssue) -> str:
    """``row 7, column date_of_birth, value '2031-01-01': date of birth is in the future``."""
    where = f"row {issue.row}"
    if issue.column:
        where += f", column {issue.column}, value {_show(issue.value)}"
    return f"{where}: {issue.reason}"


def format_issues(issues: Iterable[RowIssue | NetworkIssue], limit: int | None = None) -> str:
    """One line per issue; with `limit`, the first `limit` lines and a count of the rest."""
    items = list(issues)
    shown = items if limit is None else items[:limit]
    lines = [format_issue(i) if isinstance(i, RowIssue) else str(i) for i in shown]
    if limit is not None and len(items) > limit:
        lines.append(f"… and {len(items) - limit} more")
    return "\n".join(lines)


def format_ignored(ignored: Sequence[str], suggested: dict[str, str] | None = None) -> str:
    """One line naming the ignored columns, with the column each one looks like."""
    if not ignored:
        return ""
    hints = suggested or {}
    names = [f"{h!r} (looks like {hints[h]})" if h in hints else repr(h) for h in ignored]
    return f"columns ignored (not in the template): {', '.join(names)}"


class ImportFailure(Exception):
    """Base of every import error; the message is meant for the user."""


class ImportFileError(ImportFailure):
    """The file cannot be read at all (missing, not a table, wrong encoding, missing columns)."""


class ImportCancelled(ImportFailure):
    """The user stopped the import; nothing was written."""

    def __init__(self, message: str = "import cancelled: nothing was written") -> None:
        super().__init__(message)


class NetworkImportError(ImportFailure):
    """A network file with problems; nothing was written. `issues` lists every problem."""

    def __init__(self, issues: Sequence[NetworkIssue]) -> None:
        self.issues = list(issues)
        super().__init__(str(self))

    def __str__(self) -> str:
        n = len(self.issues)
        head = f"the network file has {n} problem{'s' if n != 1 else ''}; nothing was imported"
        return head + ("\n" + format_issues(self.issues) if self.issues else "")


@dataclass
class TableCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class NetworkImportReport:
    """Counts per table of a network import (created / updated / unchanged)."""

    tables: dict[str, TableCounts] = field(default_factory=dict)
    sha256: str = ""
    written: bool = False

    def count(self, table: str) -> TableCounts:
        return self.tables.setdefault(table, TableCounts())

    def summary(self) -> str:
        parts = [f"{t}: {c.created} created, {c.updated} updated, {c.unchanged} unchanged"
                 for t, c in self.tables.items()]
        return "; ".join(parts)


@dataclass
class PersonImportReport:
    """What a persons import did. `written` is False when nothing was stored."""

    rows_total: int = 0
    created: int = 0
    updated: int = 0
    rejected: int = 0
    unchanged: int = 0  # rows matching a stored person with nothing to change
    issues: list[RowIssue] = field(default_factory=list)
    written: bool = False
    rejected_path: Path | None = None
    batches_created: int = 0
    sha256: str = ""
    #: Headers of the file that match no column and were not read (the `errors` column of a
    #: rejected-rows file is not listed), and for some of them the column they look like.
    ignored_columns: list[str] = field(default_factory=list)
    suggested_columns: dict[str, str] = field(default_factory=dict)

    def ignored_text(self) -> str:
        """``columns ignored (not in the template): 'Passport No.' (looks like
        document_number), 'x'`` or "" when every column was read."""
        return format_ignored(self.ignored_columns, self.suggested_columns)

    def summary(self) -> str:
        if not self.written:
            return (f"nothing imported: {self.rejected} of {self.rows_total} rows have problems "
                    f"({len(self.issues)} issues)")
        text = (f"{self.rows_total} rows: {self.created} created, {self.updated} updated, "
                f"{self.unchanged} unchanged, {self.rejected} rejected")
        if self.rejected_path is not None:
            text += f" (rejected rows written to {self.rejected_path})"
        return text
