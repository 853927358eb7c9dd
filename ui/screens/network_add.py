"""The dialog of a new location, border crossing, leg or receiving point: the row's form (as in
`network_forms`) after the fields only a new row has — its code, country and kind, the places it
joins — checked as the user types by the service's own rules against the network on screen
(a code already used, a checkpoint expected, the same leg twice)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from planner.domain.countries import ISO_ALPHA3
from planner.queries_network import LocationRow, NetworkData
from planner.services import network_edits as ne
from ui.i18n import translate_in
from ui.screens.network_forms import RowDialog
from ui.screens.network_tables import KIND_LABELS

ADDABLE = ("location", "crossing", "leg", "receiving_point")

#: What the form of a new row starts from.
DEFAULTS: dict[str, dict[str, Any]] = {
    "location": {"name_en": "", "name_local": "", "latitude": None, "longitude": None,
                 "holding_capacity": None, "timezone": "UTC"},
    "crossing": {"name": "", "daily_capacity": 100, "open_weekdays": "1234567",
                 "open_from": dt.time(8, 0), "open_until": dt.time(17, 0),
                 "handover_minutes": 60},
    "leg": {"mode": "road", "duration_minutes": 60, "vehicle_capacity": 50,
            "vehicles_per_day": 10, "cost_per_vehicle": 0},
    "receiving_point": {"name": "", "daily_intake": 100, "provinces": []},
}


def tr(text: str) -> str:
    return translate_in("NetworkAdd", text)


def titles() -> dict[str, str]:
    return {"location": tr("Add location"), "crossing": tr("Add border crossing"),
            "leg": tr("Add leg"), "receiving_point": tr("Add receiving point")}


def place_combo(parent: QWidget, places: list[LocationRow], pick: int = 0) -> QComboBox:
    """Places to choose from, by code and name (typing finds one among many)."""
    combo = QComboBox(parent)
    combo.setEditable(len(places) > 15)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItem(tr("— choose —"), None)
    for loc in places:
        combo.addItem(f"{loc.code} — {loc.name}", loc.id)
    combo.setCurrentIndex(min(pick + 1, combo.count() - 1) if places else 0)
    return combo


def code_edit(parent: QWidget) -> QLineEdit:
    line = QLineEdit(parent)
    line.setMaxLength(32)
    line.setPlaceholderText(tr("e.g. MYW-KKP (capitals, digits, - and _)"))
    return line


def add_dialog(kind: str, net: NetworkData, parent: QWidget,
               near: LocationRow | None = None) -> RowDialog:
    """The dialog of a new `kind` row; `near` (the location selected) fills its first place."""
    locs = sorted(net.locations, key=lambda x: x.code)
    extra: list[tuple[str, str, QWidget]] = []
    if kind == "location":
        country = QLineEdit(parent)
        country.setMaxLength(3)
        country.setPlaceholderText("MMR, THA, CHN…")
        completer = QCompleter(sorted(ISO_ALPHA3), country)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        country.setCompleter(completer)
        if near is not None:
            country.setText(near.country)
        what = QComboBox(parent)
        for value, label in KIND_LABELS.items():
            what.addItem(QCoreApplication.translate("NetworkTables", str(label)), value)
        extra = [("code", tr("Code"), code_edit(parent)), ("country", tr("Country"), country),
                 ("kind", tr("Kind"), what)]
    elif kind == "crossing":
        checkpoints = [x for x in locs if x.kind == "border_checkpoint"]
        extra = [("code", tr("Code"), code_edit(parent)),
                 ("side_a_id", tr("Side A (dispatching)"), place_combo(parent, checkpoints)),
                 ("side_b_id", tr("Side B (receiving)"), place_combo(parent, checkpoints, 1))]
    elif kind == "leg":
        first = next((i for i, x in enumerate(locs) if near is not None and x.id == near.id), 0)
        extra = [("origin_id", tr("From"), place_combo(parent, locs, first)),
                 ("destination_id", tr("To"), place_combo(parent, locs, -1))]
    elif kind == "receiving_point":
        points = sorted(locs, key=lambda x: (x.kind != "receiving_point", x.code))
        extra = [("code", tr("Code"), code_edit(parent)),
                 ("location_id", tr("Where people are received"), place_combo(parent, points))]
    rows: dict[str, tuple[Any, ...]] = {"location": net.locations, "crossing": net.crossings,
                                        "receiving_point": net.receiving}
    taken: set[Any] = ({(x.origin, x.destination, x.mode) for x in net.legs} if kind == "leg"
                       else {x.code for x in rows[kind]})
    places = {x.id: x.kind for x in net.locations}

    def validator(values: dict[str, Any]) -> dict[str, list[str]]:
        return ne.validate_new(kind, normalised(values), taken=taken, places=places)

    dialog = RowDialog(kind, titles()[kind], DEFAULTS[kind], parent, extra=extra,
                       validator=validator)
    for _name, _label, widget in extra:
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(dialog.check)
        elif isinstance(widget, QLineEdit):
            widget.textChanged.connect(dialog.check)
    dialog.check()
    return dialog


def normalised(values: dict[str, Any]) -> dict[str, Any]:
    """Codes in capitals, as the service stores them."""
    out = dict(values)
    for name in ("code", "country"):
        if isinstance(out.get(name), str):
            out[name] = out[name].strip().upper()
    return out


def new_values(dialog: RowDialog) -> dict[str, Any]:
    """What the service's `add_row` takes, from an accepted dialog."""
    allowed = ne.NEW_FIELDS[dialog.kind]
    return {k: v for k, v in normalised(dialog.values()).items() if k in allowed}


def describe(kind: str, values: dict[str, Any], net: NetworkData) -> str:
    """How the undo stack names a new row."""
    if kind == "leg":
        return f"{net.code(values['origin_id'])} → {net.code(values['destination_id'])}"
    return str(values.get("code") or "")
