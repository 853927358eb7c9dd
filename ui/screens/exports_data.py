"""What the Exports screen reads (on the reader thread) and its one undoable edit: a change of
a partner profile, applied by `planner.exports.service.edit_profile` under optimistic locking."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from sqlalchemy.engine import Engine

from planner.exports.profiles import EVENT_KINDS, FIELDS, fields_of, kinds_of, list_profiles
from planner.exports.service import ExportRow, edit_profile, list_exports
from planner.manifests.events import plan_events
from planner.queries_network import PlanVersion, list_plan_versions
from ui.undo import EditCommand


def tr(text: str) -> str:
    """Module-level tr(): pyside6-lupdate files these strings under the empty context."""
    return QCoreApplication.translate("", text)


def tr_noop(text: Any) -> str:
    """The translation of a QT_TRANSLATE_NOOP("Exports", …) string."""
    return QCoreApplication.translate("Exports", str(text))


#: What each profile field gives the recipient (docs/exports.md), for labels and tooltips.
FIELD_NAMES: dict[str, Any] = {
    "names": QT_TRANSLATE_NOOP("Exports", "Names (Chinese and Latin)"),
    "date_of_birth": QT_TRANSLATE_NOOP("Exports", "Date of birth"),
    "sex": QT_TRANSLATE_NOOP("Exports", "Sex"),
    "nationality": QT_TRANSLATE_NOOP("Exports", "Nationality"),
    "document": QT_TRANSLATE_NOOP("Exports", "Travel document"),
    "case_ref": QT_TRANSLATE_NOOP("Exports", "Case reference"),
    "batch": QT_TRANSLATE_NOOP("Exports", "Batch"),
    "province": QT_TRANSLATE_NOOP("Exports", "Province"),
    "flags": QT_TRANSLATE_NOOP("Exports", "Flags (minor, victim, pregnant, separate)"),
    "medical": QT_TRANSLATE_NOOP("Exports", "Medical flag and note"),
}
EVENT_NAMES: dict[str, Any] = {
    "crossing": QT_TRANSLATE_NOOP("Exports", "Crossing handovers"),
    "flight": QT_TRANSLATE_NOOP("Exports", "Flights"),
}


def field_name(key: str) -> str:
    return tr_noop(FIELD_NAMES.get(key) or EVENT_NAMES.get(key) or key)


@dataclass(frozen=True)
class ProfileRow:
    """A partner profile as the screen shows it."""

    id: int
    name: str
    kind: str
    fields: tuple[str, ...]
    events: tuple[str, ...]
    carrier: str
    note: str
    version: int


@dataclass(frozen=True)
class ExportsData:
    versions: list[PlanVersion] = field(default_factory=list)
    profiles: list[ProfileRow] = field(default_factory=list)
    history: list[ExportRow] = field(default_factory=list)

    def default_plan(self) -> int | None:
        """The published plan, else the newest (what `export schedule` takes by default)."""
        published = [v.id for v in self.versions if v.status == "published"]
        return published[0] if published else (self.versions[0].id if self.versions else None)

    def profile(self, name: str) -> ProfileRow | None:
        return next((p for p in self.profiles if p.name == name), None)


def load_exports_data(engine: Engine, _on: dt.date) -> ExportsData:
    profiles = [ProfileRow(p.id or 0, p.name, p.kind, fields_of(p), kinds_of(p), p.carrier,
                           p.note, p.version) for p in list_profiles(engine)]
    return ExportsData(list_plan_versions(engine), profiles, list_exports(engine))


@dataclass(frozen=True)
class PlanChoices:
    """The days and flight numbers that occur in one plan (for the selection combos)."""

    plan_id: int
    days: tuple[dt.date, ...]
    flights: tuple[str, ...]


def load_plan_choices(engine: Engine, plan_id: int) -> PlanChoices:
    events = plan_events(engine, plan_id)
    return PlanChoices(plan_id, tuple(sorted({e.day for e in events})),
                       tuple(sorted({e.code for e in events if e.kind == "flight"})))


def toggled(profile: ProfileRow, key: str, on: bool) -> dict[str, str]:
    """The change that gives (or stops giving) `key` — a field or an event kind."""
    if key in FIELDS:
        chosen = set(profile.fields) | {key} if on else set(profile.fields) - {key}
        return {"fields": ",".join(f for f in FIELDS if f in chosen)}
    chosen = set(profile.events) | {key} if on else set(profile.events) - {key}
    return {"event_kinds": ",".join(k for k in EVENT_KINDS if k in chosen)}


class ProfileCommand(EditCommand):
    """One change of a partner profile (fields, event kinds or carrier); undo restores the
    previous values under the same optimistic lock."""

    def __init__(self, profile: ProfileRow, changes: Mapping[str, str], text: str) -> None:
        super().__init__(text)
        self.profile_id, self.version = profile.id, profile.version
        self.changes = dict(changes)
        self.before: dict[str, str] = {}

    def apply(self, engine: Engine, actor: str) -> None:
        r = edit_profile(engine, self.profile_id, self.version, self.changes, actor=actor)
        self.before, self.version = r.before, r.version

    def revert(self, engine: Engine, actor: str) -> None:
        r = edit_profile(engine, self.profile_id, self.version, self.before, actor=actor)
        self.version = r.version


def profile_command(profile: ProfileRow, key: str, value: bool | str) -> ProfileCommand:
    """The command for one cell of the profiles table: a field or event kind on or off, or the
    carrier."""
    if key == "carrier":
        text = (tr("Only %1 flights for %2").replace("%1", str(value)) if value
                else tr("Flights of every carrier for %2")).replace("%2", profile.name)
        return ProfileCommand(profile, {"carrier": str(value)}, text)
    what = field_name(key)
    text = (tr("%1 gets %2") if value else tr("%1 no longer gets %2"))
    return ProfileCommand(profile, toggled(profile, key, bool(value)),
                          text.replace("%1", profile.name).replace("%2", what))
