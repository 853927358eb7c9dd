"""What the Plan screen shows of one plan: the summary (status, objective by term, bound, gap),
the chunks, the unscheduled batches and the changes, as text and table rows; plus the data the
screen reads on the reader thread and the undo command for pinning chunks."""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from sqlalchemy import select
from sqlalchemy.engine import Engine

from planner.db.models import Batch
from planner.engine.problem import StepKind
from planner.engine.replan import Change
from planner.engine.result import Chunk, PlanResult
from planner.engine.store import StoredPlan, load_plan, set_pinned
from planner.queries_network import NetworkData, PlanVersion, list_plan_versions, load_network
from ui.i18n import translate_in
from ui.undo import EditCommand

B = Batch.__table__  # type: ignore[attr-defined]


def tr(text: str) -> str:
    return translate_in("PlanView", text)


@dataclass(frozen=True)
class PlanData:
    """Read on the reader thread at every (re)load."""

    versions: list[PlanVersion] = field(default_factory=list)
    network: NetworkData = field(default_factory=NetworkData)
    batches: list[tuple[int, str]] = field(default_factory=list)


def load_plan_data(engine: Engine, _on: dt.date) -> PlanData:
    with engine.connect() as c:
        batches = [(r.id, r.ref) for r in c.execute(select(B.c.id, B.c.ref).order_by(B.c.ref))]
    return PlanData(list_plan_versions(engine), load_network(engine), batches)


@dataclass(frozen=True)
class Shown:
    """The plan on screen (a stored one, or the one a run just made)."""

    id: int
    status: str
    parent_id: int | None
    result: PlanResult

    @staticmethod
    def of(sp: StoredPlan) -> Shown:
        return Shown(sp.id, sp.status, sp.parent_id, sp.result)


def read_plan(engine: Engine, plan_id: int) -> Shown:
    return Shown.of(load_plan(engine, plan_id))


STATUS_TEXT: dict[str, Any] = {
    "OPTIMAL": QT_TRANSLATE_NOOP("PlanView", "optimal (proven: no better plan exists)"),
    "FEASIBLE": QT_TRANSLATE_NOOP("PlanView", "feasible (the best plan found; not proven optimal)"),
    "GREEDY": QT_TRANSLATE_NOOP("PlanView", "a quick plan only (no optimisation)"),
    "INFEASIBLE": QT_TRANSLATE_NOOP("PlanView", "no plan satisfies every rule"),
}
TERM_NAMES: tuple[tuple[str, Any], ...] = (
    ("objective_unscheduled", QT_TRANSLATE_NOOP("PlanView", "Ready people left out")),
    ("objective_person_days", QT_TRANSLATE_NOOP("PlanView", "Days in custody (weighted)")),
    ("objective_lateness", QT_TRANSLATE_NOOP("PlanView", "Days late after a legal deadline")),
    ("objective_charters", QT_TRANSLATE_NOOP("PlanView", "Charter flights operated")),
    ("objective_escorts", QT_TRANSLATE_NOOP("PlanView", "Escort seats")),
    ("objective_changes", QT_TRANSLATE_NOOP("PlanView", "People moved against the published plan")),
)


def version_label(v: PlanVersion) -> str:
    status = {"draft": tr("draft"), "published": tr("published"),
              "superseded": tr("superseded")}.get(v.status, v.status)
    when = v.created_at.strftime("%Y-%m-%d %H:%M")
    return tr("Plan %1 — %2 — %3").replace("%1", str(v.id)).replace("%2", status) \
        .replace("%3", when)


def number(x: float | int | None) -> str:
    return f"{round(x):,}" if x is not None else "—"


def summary_html(shown: Shown, violations: int | None = None, note: str = "") -> str:
    r = shown.result
    status = {"draft": tr("draft"), "published": tr("published"),
              "superseded": tr("superseded")}.get(shown.status, shown.status)
    solver = tr(str(STATUS_TEXT.get(r.status, r.status)))
    if r.gap is not None:
        gap = f"{100 * r.gap:.2f} %"
        gap_note = tr("the best possible plan is at most this much better")
    else:
        gap, gap_note = "—", tr("no bound was proven for this run")
    title = tr("Plan %1 (%2)").replace("%1", str(shown.id)).replace("%2", status)
    solver_line = tr("Solver: %1").replace("%1", solver)
    # each tr() on its own (not inside an f-string), so pyside6-lupdate finds the strings
    days, scheduled = tr("Days planned"), tr("People scheduled")
    left_out = tr("People not scheduled")
    batches_left = tr("Batches not fully scheduled")
    left_note = tr("for any reason (not ready, no route, no room, past a deadline): see "
                   "the Unscheduled tab")
    flights, objective = tr("Flights operated"), tr("Objective")
    bound, gap_name = tr("Bound"), tr("Gap")
    by_term = tr("Objective by term (points)")
    term_note = tr("Ready people left out counts only people who could have gone; it is 0 "
                   "when every one of them is scheduled.")
    not_scheduled = sum(len(u.people) for u in r.unscheduled)
    lines = [
        f"<h3 style='margin:0'>{html.escape(title)}</h3>",
        f"<p style='margin:2px 0'>{html.escape(solver_line)}</p>",
        "<table cellspacing=0 cellpadding=2>",
        f"<tr><td>{html.escape(days)}</td><td align=right>{r.start.isoformat()} – "
        f"{r.end.isoformat()}</td></tr>",
        f"<tr><td>{html.escape(scheduled)}</td><td align=right>"
        f"<b>{number(r.scheduled_people)}</b></td></tr>",
        f"<tr><td>{html.escape(left_out)}</td><td align=right>"
        f"{number(not_scheduled)}</td></tr>",
        f"<tr><td>{html.escape(batches_left)}</td><td align=right>"
        f"{number(len(r.unscheduled))}</td></tr>",
        f"<tr><td colspan=2><small>{html.escape(left_note)}</small></td></tr>",
        f"<tr><td>{html.escape(flights)}</td><td align=right>"
        f"{number(len(r.operated_flights))}</td></tr>",
        f"<tr><td>{html.escape(objective)}</td><td align=right><b>{number(r.objective)}</b>"
        "</td></tr>",
        f"<tr><td>{html.escape(bound)}</td><td align=right>{number(r.best_bound)}</td></tr>",
        f"<tr><td>{html.escape(gap_name)}</td><td align=right><b>{gap}</b></td></tr>",
        f"<tr><td colspan=2><small>{html.escape(gap_note)}</small></td></tr>",
        f"<tr><td colspan=2><b>{html.escape(by_term)}</b></td></tr>",
    ]
    for key, name in TERM_NAMES:
        value = r.terms.get(key, 0)
        if value or key in ("objective_unscheduled", "objective_person_days"):
            lines.append(f"<tr><td>{html.escape(tr(str(name)))}</td>"
                         f"<td align=right>{number(value)}</td></tr>")
    lines.append(f"<tr><td colspan=2><small>{html.escape(term_note)}</small></td></tr>")
    lines.append("</table>")
    if violations:
        text = tr("%1 rule violations found by the independent check").replace(
            "%1", str(violations))
        lines.append(f"<p style='color:#b3261e'><b>{html.escape(text)}</b></p>")
    if r.warnings:
        text = tr("%1 warnings").replace("%1", str(len(r.warnings)))
        first = "; ".join(r.warnings[:3])
        lines.append(f"<p style='color:#a35a00'>{html.escape(text)}: {html.escape(first)}</p>")
    if note:
        lines.append(f"<p><i>{html.escape(note)}</i></p>")
    return "".join(lines)


def route_text(ch: Chunk, net: NetworkData) -> str:
    """SITE1 → CPA ⇄ CPB → APT ✈ CITY, with the flight number."""
    if not ch.steps:
        return ""
    parts = [net.code(ch.steps[0].origin)]
    for st in ch.steps:
        if st.kind == StepKind.CROSSING:
            parts.append(f"⇄ {net.code(st.destination)}")
        elif st.kind == StepKind.FLIGHT:
            f = net.flight(st.ref)
            parts.append(f"✈{' ' + f.number if f else ''} {net.code(st.destination)}")
        else:
            parts.append(f"→ {net.code(st.destination)}")
    return " ".join(parts)


def chunk_cells(ch: Chunk, net: NetworkData) -> list[object]:
    rp = next((r for r in net.receiving if r.id == ch.receiving), None)
    return [ch.batch_ref, len(ch.people), ch.depart_day.isoformat(), ch.arrival_day.isoformat(),
            route_text(ch, net), rp.name if rp else "", ch.pinned]


def change_cells(c: Change) -> list[object]:
    """A row of the Changes tab: the engine describes each itinerary in words (dates, then
    site → handover → flight → receiving point)."""
    kind = {"moved": tr("moved"), "added": tr("newly scheduled"),
            "removed": tr("no longer scheduled"),
            "done": tr("handed over or struck")}.get(c.kind, c.kind)
    return [c.batch_ref, kind, len(c.people), c.before or "", c.after or ""]


class PinCommand(EditCommand):
    """Pin (or unpin) every chunk of some batches in a plan: a re-plan keeps pinned chunks."""

    def __init__(self, plan_id: int, batch_refs: list[str], pinned: bool) -> None:
        refs = ", ".join(batch_refs[:3]) + ("…" if len(batch_refs) > 3 else "")
        super().__init__((tr("Pin %1") if pinned else tr("Unpin %1")).replace("%1", refs))
        self.plan_id, self.refs, self.pinned = plan_id, list(batch_refs), pinned

    def apply(self, engine: Engine, actor: str) -> None:
        set_pinned(engine, self.plan_id, self.refs, self.pinned, actor)

    def revert(self, engine: Engine, actor: str) -> None:
        set_pinned(engine, self.plan_id, self.refs, not self.pinned, actor)
