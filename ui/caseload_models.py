"""The People and Batches tables: their columns over `planner.queries`' column data, the
labels of statuses and documents, the flag badges and the colours of cells."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from planner.domain.enums import PersonStatus
from planner.queries import (
    PRIORITY_RANK,
    READINESS_STEPS,
    BatchColumns,
    PeopleColumns,
    PersonFlag,
    age_on,
    missing_step_names,
    people_search_keys,
)
from ui.table_models import Badge, Column, ColumnarTableModel

#: Colours of flag badges; text stays readable on them (white on a mid-dark fill).
BADGE_COLOURS: dict[str, str] = {
    "minor": "#1f6fb5",
    "medical": "#c0392b",
    "victim": "#7d3c98",
    "pregnant": "#b03a6f",
    "separate": "#a35a00",
}
FLAG_LABELS: tuple[tuple[int, str], ...] = (
    (PersonFlag.MINOR.value, "minor"),
    (PersonFlag.MEDICAL.value, "medical"),
    (PersonFlag.VICTIM.value, "victim"),
    (PersonFlag.PREGNANT.value, "pregnant"),
    (PersonFlag.SEPARATE.value, "separate"),
)
GOOD = QColor("#1e7b34")
WARN = QColor("#a35a00")
BAD = QColor("#b3261e")
MUTED = QColor("#6b6b6b")

STATUS_LABELS: dict[str, str] = {
    PersonStatus.DETAINED: "Detained",
    PersonStatus.VERIFIED: "Verified",
    PersonStatus.CLEARED: "Cleared",
    PersonStatus.SCHEDULED: "Scheduled",
    PersonStatus.IN_TRANSIT: "In transit",
    PersonStatus.HANDED_OVER: "Handed over",
    PersonStatus.STRUCK: "Struck",
}
STATUS_RANK: dict[str, int] = {s.value: i for i, s in enumerate(PersonStatus)}
DOCUMENT_SHORT = {"passport": "PP", "etc": "ETC", "national_id": "ID", "none": ""}
DOCUMENT_LONG = {"passport": "Passport", "etc": "Emergency travel certificate",
                 "national_id": "National ID", "none": "No document"}
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
DASH = "—"


#: Strings translated where they are shown (pyside6-lupdate reads these markers).
_TRANSLATABLE = (
    QT_TRANSLATE_NOOP("Columns", "Ref"),
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Latin name"),
    QT_TRANSLATE_NOOP("Columns", "Sex"),
    QT_TRANSLATE_NOOP("Columns", "Born (age)"),
    QT_TRANSLATE_NOOP("Columns", "Nat."),
    QT_TRANSLATE_NOOP("Columns", "Document"),
    QT_TRANSLATE_NOOP("Columns", "Site"),
    QT_TRANSLATE_NOOP("Columns", "Batch"),
    QT_TRANSLATE_NOOP("Columns", "Case"),
    QT_TRANSLATE_NOOP("Columns", "Province"),
    QT_TRANSLATE_NOOP("Columns", "Flags"),
    QT_TRANSLATE_NOOP("Columns", "Ready"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "People"),
    QT_TRANSLATE_NOOP("Columns", "Legal deadline"),
    QT_TRANSLATE_NOOP("Columns", "Priority"),
    QT_TRANSLATE_NOOP("Columns", "Receiving point"),
    QT_TRANSLATE_NOOP("Status", "Detained"),
    QT_TRANSLATE_NOOP("Status", "Verified"),
    QT_TRANSLATE_NOOP("Status", "Cleared"),
    QT_TRANSLATE_NOOP("Status", "Scheduled"),
    QT_TRANSLATE_NOOP("Status", "In transit"),
    QT_TRANSLATE_NOOP("Status", "Handed over"),
    QT_TRANSLATE_NOOP("Status", "Struck"),
    QT_TRANSLATE_NOOP("Flags", "minor"),
    QT_TRANSLATE_NOOP("Flags", "medical"),
    QT_TRANSLATE_NOOP("Flags", "victim"),
    QT_TRANSLATE_NOOP("Flags", "pregnant"),
    QT_TRANSLATE_NOOP("Flags", "separate"),
)


# -- people -------------------------------------------------------------------------------


def _date(d: dt.date | None) -> str:
    return d.isoformat() if d else DASH


def _date_key(d: dt.date | None) -> int:
    return d.toordinal() if d else 0


def _text_key(s: str | None) -> str:
    return (s or "").casefold()


def person_badges(flags: int) -> tuple[Badge, ...]:
    """The badges of a set of flags, in the interface's current language."""
    return _badges(flags, QCoreApplication.translate("Flags", FLAG_LABELS[0][1]))


@functools.cache
def _badges(flags: int, _language_probe: str) -> tuple[Badge, ...]:
    """Cached per flag set and language (the probe is the first label, translated: switching
    the language in Preferences must not keep the old language's badges)."""
    return tuple((QCoreApplication.translate("Flags", label), BADGE_COLOURS[label])
                 for bit, label in FLAG_LABELS if flags & bit)


class PeopleTableModel(ColumnarTableModel):
    """One row per person; filters: `status` (status values), `site` (site ids), `flags`
    (PersonFlag bit sets), `missing` (masks of readiness steps not done), `batch` (ids)."""

    def set_people(self, p: PeopleColumns, search: Sequence[str] | None = None) -> None:
        """Show `p`; `search` are its `people_search_keys` when already built."""
        on = p.on
        ages = [age_on(b, on) for b in p.date_of_birth]
        n_steps = len(READINESS_STEPS)

        def native(i: int) -> str:
            return f"{p.family_name[i]}{p.given_name[i]}"

        def born(i: int) -> str:
            b = p.date_of_birth[i]
            return f"{b.isoformat()} ({ages[i]})" if b else DASH

        def document(i: int) -> str:
            number = p.document_number[i] or ""
            short = DOCUMENT_SHORT.get(p.document_type[i], p.document_type[i])
            return f"{short} {number}".strip() or DASH

        def document_tip(i: int) -> str:
            kind = DOCUMENT_LONG.get(p.document_type[i], p.document_type[i])
            exp = p.document_expiry[i]
            tail = f", expires {exp.isoformat()}" if exp else ""
            return f"{kind} {p.document_number[i] or ''}".strip() + tail

        def readiness(i: int) -> str:
            ready = p.ready_on[i]
            if ready is not None:
                return ready.isoformat()
            missing = p.missing[i].bit_count()
            return f"{n_steps - missing}/{n_steps} steps"

        def readiness_tip(i: int) -> str:
            if p.ready_on[i] is not None:
                return f"Ready since {p.ready_on[i]}: all readiness steps done"
            return "Missing: " + ", ".join(missing_step_names(p.missing[i]))

        def readiness_key(i: int) -> tuple[int, int]:
            ready = p.ready_on[i]
            return (1, ready.toordinal()) if ready else (0, -p.missing[i].bit_count())

        def status(i: int) -> str:
            s = p.status[i]
            label = QCoreApplication.translate("Status", STATUS_LABELS.get(s, s))
            reason = p.strike_reason[i]
            return f"{label} ({reason.replace('_', ' ')})" if reason else label

        def status_colour(i: int) -> QColor | None:
            return MUTED if p.status[i] in (PersonStatus.STRUCK, PersonStatus.HANDED_OVER) else None

        def flags_text(i: int) -> str:
            return ", ".join(label for label, _ in person_badges(p.flags[i]))

        columns = [
            Column("Ref", p.ref.__getitem__, lambda i: p.ref[i]),
            Column("Name", native, native, header_tip="Family and given name"),
            Column("Latin name", p.latin_name.__getitem__, lambda i: _text_key(p.latin_name[i]),
                   header_tip="As written in the travel document"),
            Column("Sex", p.sex.__getitem__, lambda i: p.sex[i]),
            Column("Born (age)", born, lambda i: _date_key(p.date_of_birth[i]),
                   header_tip=f"Date of birth and age on {on.isoformat()}"),
            Column("Nat.", p.nationality.__getitem__, lambda i: p.nationality[i],
                   header_tip="Nationality (ISO 3166-1 alpha-3)"),
            Column("Document", document, lambda i: (p.document_type[i],
                                                    p.document_number[i] or ""),
                   tooltip=document_tip),
            Column("Site", p.site_name.__getitem__, lambda i: _text_key(p.site_name[i]),
                   tooltip=lambda i: f"{p.site_name[i]} ({p.site_code[i]})"),
            Column("Batch", lambda i: p.batch_ref[i] or DASH, lambda i: p.batch_ref[i] or "",
                   foreground=lambda i: MUTED if p.batch_ref[i] is None else None),
            Column("Case", p.case_ref.__getitem__, lambda i: p.case_ref[i]),
            Column("Province", p.province.__getitem__, lambda i: p.province[i]),
            Column("Flags", flags_text, lambda i: (p.flags[i].bit_count(), p.flags[i]),
                   badges=lambda i: person_badges(p.flags[i]),
                   header_tip="minor (under 18 today), medical, trafficking victim, "
                              "pregnant, travels separately"),
            Column("Ready", readiness, readiness_key, tooltip=readiness_tip,
                   foreground=lambda i: GOOD if p.ready_on[i] else WARN,
                   header_tip="The day all four readiness steps were done, or how many of "
                              "them are done so far"),
            Column("Status", status, lambda i: STATUS_RANK.get(p.status[i], 99),
                   foreground=status_colour),
        ]
        fields = {"status": p.status, "site": p.site_id, "flags": p.flags,
                  "missing": p.missing, "batch": p.batch_id}
        keys = search if search is not None and len(search) == len(p) else \
            people_search_keys(p)
        self._set_source(len(p), columns, keys, fields)


# -- batches ------------------------------------------------------------------------------


PLURAL = {"minor": "minors", "victim": "victims"}


def batch_badges(b: BatchColumns, i: int) -> tuple[Badge, ...]:
    counts = (("minor", b.minors[i]), ("victim", b.victims[i]), ("medical", b.medical[i]),
              ("pregnant", b.pregnant[i]), ("separate", b.separate[i]))
    return tuple((f"{n} {PLURAL.get(label, label) if n > 1 else label}", BADGE_COLOURS[label])
                 for label, n in counts if n)


class BatchTableModel(ColumnarTableModel):
    """One row per batch; filter: `site` (site codes)."""

    def set_batches(self, b: BatchColumns) -> None:
        on = b.on

        def ready(i: int) -> str:
            if b.people[i] == 0:
                return DASH
            if b.not_ready[i]:
                return f"{b.not_ready[i]:,} not ready"
            return _date(b.ready_on[i])

        def ready_key(i: int) -> tuple[int, int]:
            if b.not_ready[i] or not b.people[i]:
                return (1, -b.not_ready[i])
            return (0, _date_key(b.ready_on[i]))

        def deadline_colour(i: int) -> QColor | None:
            d = b.legal_deadline[i]
            if d is None:
                return None
            ready_on = b.ready_on[i]
            if d < on or (ready_on is not None and ready_on > d):
                return BAD
            return WARN if (d - on).days <= 7 else None

        def deadline_tip(i: int) -> str | None:
            d = b.legal_deadline[i]
            if d is None:
                return None
            days = (d - on).days
            return f"{days} days left" if days >= 0 else f"passed {-days} days ago"

        def summary(i: int) -> str:
            return ", ".join(text for text, _ in batch_badges(b, i))

        columns = [
            Column("Ref", b.ref.__getitem__, lambda i: b.ref[i]),
            Column("Site", b.site_name.__getitem__, lambda i: _text_key(b.site_name[i]),
                   tooltip=lambda i: f"{b.site_name[i]} ({b.site_code[i]})"),
            Column("People", lambda i: f"{b.people[i]:,}", lambda i: b.people[i], align=RIGHT,
                   header_tip="Members who are not struck"),
            Column("Ready", ready, ready_key,
                   foreground=lambda i: WARN if b.not_ready[i] else GOOD if b.people[i] else None,
                   header_tip="The latest member's ready date, or how many are not ready"),
            Column("Legal deadline", lambda i: _date(b.legal_deadline[i]),
                   lambda i: _date_key(b.legal_deadline[i]) or 10**7,
                   tooltip=deadline_tip, foreground=deadline_colour),
            Column("Priority", lambda i: b.priority[i].capitalize(),
                   lambda i: PRIORITY_RANK.get(b.priority[i], 99),
                   foreground=lambda i: BAD if b.priority[i] == "urgent" else None),
            Column("Receiving point", lambda i: b.receiving_name[i] or DASH,
                   lambda i: _text_key(b.receiving_name[i]),
                   tooltip=lambda i: f"{b.receiving_name[i]} ({b.receiving_code[i]})"
                   if b.receiving_code[i] else None),
            Column("Flags", summary, lambda i: b.minors[i] + b.victims[i] + b.medical[i],
                   badges=lambda i: batch_badges(b, i),
                   header_tip="Members who are minors, victims, medical cases, pregnant, "
                              "or travel separately"),
        ]
        search = [f"{r}\x1f{s}\x1f{c}\x1f{rp or ''}\x1f{rc or ''}".casefold()
                  for r, s, c, rp, rc in zip(b.ref, b.site_name, b.site_code, b.receiving_name,
                                             b.receiving_code, strict=True)]
        self._set_source(len(b), columns, search, {"site": b.site_code})

