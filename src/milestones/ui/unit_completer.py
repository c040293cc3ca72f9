"""Unit names offered as the planner types a unit cell (责任单位, 业主单位, 配合单位).

One unit typed three ways (区住建委, 区住房城乡建委, 住建委) is three units to the 单位 filter, to 各单位进展 and to
the 催报 forms: its projects and targets are split between them. Offered the names the plan already uses — the
most often named first, matched anywhere in the name ("商务" finds 区商务委) — the planner picks the one spelling.
In a cell naming several units ("区商务委、区财") the one being typed is completed, the others kept.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from ..store.exports import unit_choices

_LAST = re.compile(r"[^、，,；;/／\s]*$")  # the unit being typed: after the last separator units_named splits at


def unit_names(db, year: int | None) -> list[str]:
    """The units the year's projects name (the most often named first), then those only its targets name."""
    if not year:
        return []
    return list(dict.fromkeys(unit_choices(db, "key_projects", year) + unit_choices(db, "measures", year)))


class UnitCompleter(QCompleter):
    def __init__(self, units: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setModel(QStringListModel(units, self))
        self.setCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterMode(Qt.MatchContains)
        self.setCompletionMode(QCompleter.PopupCompletion)
        self.setMaxVisibleItems(12)

    def splitPath(self, path: str) -> list[str]:
        return [_LAST.search(path).group(0)]

    def pathFromIndex(self, index) -> str:
        typed = self.widget().text() if isinstance(self.widget(), QLineEdit) else ""
        return typed[: _LAST.search(typed).start()] + str(index.data())


def offer_names(edit: QLineEdit, names: list[str], width: int = 360) -> QCompleter:
    """``edit`` offering ``names`` that hold what is typed, as a unit is offered (an indicator's name: one spelling
    picked, its history kept whole); the popup wide enough for long names."""
    completer = QCompleter(sorted(names), edit)
    completer.setCaseSensitivity(Qt.CaseInsensitive)
    completer.setFilterMode(Qt.MatchContains)
    completer.popup().setMinimumWidth(width)
    edit.setCompleter(completer)
    return completer


def offer_units(edit: QLineEdit, db, year: int | None) -> QLineEdit:
    """``edit`` completing unit names as they are typed."""
    units = unit_names(db, year)
    if units:
        edit.setCompleter(UnitCompleter(units, edit))
    return edit
