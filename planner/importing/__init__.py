"""Importing network files (JSON) and persons lists (CSV / XLSX)."""

from planner.importing.network import apply_network, import_network
from planner.importing.network_checks import check_network
from planner.importing.report import (
    ImportCancelled,
    ImportFailure,
    ImportFileError,
    NetworkImportError,
    NetworkImportReport,
    NetworkIssue,
    PersonImportReport,
    RowIssue,
    format_issues,
)

__all__ = [
    "ImportCancelled",
    "ImportFailure",
    "ImportFileError",
    "NetworkImportError",
    "NetworkImportReport",
    "NetworkIssue",
    "PersonImportReport",
    "RowIssue",
    "apply_network",
    "check_network",
    "format_issues",
    "import_network",
]
