"""The tamper-evident audit trail: who changed what, when, before → after; exports and prints.

ORM changes to the domain tables are recorded automatically (:mod:`planner.audit.capture`);
bulk writers and exports call :func:`record` or :func:`planner.audit.chain.append`.
"""

from planner.audit import capture as _capture  # noqa: F401  (installs the session listeners)
from planner.audit.chain import Change, append, record
from planner.audit.models import AuditEntry, AuditHead
from planner.audit.verify import VerifyReport, verify_chain

__all__ = ["AuditEntry", "AuditHead", "Change", "VerifyReport", "append", "record",
           "verify_chain"]
