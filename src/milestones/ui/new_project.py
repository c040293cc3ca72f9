"""新增项目…: a project's name, zone, area and responsible unit, and what the plan already has by that name.

A project typed in as new is often one the plan has: on the list already (typed twice by two colleagues), taken
off it in spring and back in autumn, or on last year's list and left out of the carry-over. A second record of
it would split its schedule and investment from their history, and the dashboard would count it twice. The
dialog names the project of that name as it is typed and offers to go to it, put it back, or list it this year;
adding another of the same name stays possible (two zones may each have a 城市更新 project of one name).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from sqlalchemy.exc import SQLAlchemyError

from ..store.queries import NamedProject, listed_like, projects_named
from ..store.schema import Area, Zone
from .lang import zone_label
from .unit_completer import offer_units


class NewProjectDialog(QDialog):
    """Not exec'd: ``add`` / ``take_up`` hand the planner's choice to the window, which stays responsive."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("newProject")
        self.setWindowTitle(self.tr("新增项目"))
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.same: NamedProject | None = None  # the project of the name typed the dialog offers
        self.alike = False  # ``same`` is named alike, not the same
        self._like = None  # the year's names, indexed at the first look-up that finds none the same
        lay = QVBoxLayout(self)
        form = QFormLayout()
        lay.addLayout(form)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("如：解放碑步行街提升"))
        # a project's name runs to 30 characters and more ("重庆市中医骨科医院化龙桥院区二期"): Qt's text box
        # showed a dozen
        self.name.setMinimumWidth(self.fontMetrics().horizontalAdvance("汉") * 30)
        self.zone = QComboBox(self)
        self.zone.addItem(self.tr("未指定"), None)
        with window.db.read() as s:
            for z in s.query(Zone).order_by(Zone.sort_order):
                self.zone.addItem(zone_label(z.name), z.id)
            # the areas by zone: an area chosen gives its zone, a zone chosen narrows the areas offered
            self._areas = [(a.id, a.name, a.zone_id) for a in s.query(Area).join(Zone)
                           .order_by(Zone.sort_order, Area.sort_order)]
        self.area = QComboBox(self)
        self.zone.currentIndexChanged.connect(self._fill_areas)
        self.area.activated.connect(self._area_chosen)
        f = window.filter_bar.current()
        if len(f.zone_ids) == 1 and f.zone_ids[0] is not None:  # the zone and area the list shows
            self.zone.setCurrentIndex(max(self.zone.findData(f.zone_ids[0]), 0))
        self._fill_areas()
        if len(f.area_ids) == 1:
            self.area.setCurrentIndex(max(self.area.findData(f.area_ids[0]), 0))
        self.unit = offer_units(QLineEdit(self), window.db, window.year)
        self.unit.setPlaceholderText(self.tr("（可不填）"))
        form.addRow(self.tr("项目名称"), self.name)
        form.addRow(self.tr("区域"), self.zone)
        form.addRow(self.tr("板块"), self.area)
        form.addRow(self.tr("责任单位"), self.unit)
        self.said = QLabel(self)
        self.said.setObjectName("sameName")
        self.said.setWordWrap(True)
        self.said.setStyleSheet("color: #8a4b00")
        self.said.hide()
        lay.addWidget(self.said)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.ok = self.buttons.button(QDialogButtonBox.Ok)
        self.ok.setText(self.tr("新增"))
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.Cancel).setText(self.tr("取消"))
        self.take = QPushButton(self)
        self.take.setObjectName("takeUp")
        self.take.hide()
        self.buttons.addButton(self.take, QDialogButtonBox.ActionRole)
        self.buttons.accepted.connect(self.add)
        self.buttons.rejected.connect(self.reject)
        self.take.clicked.connect(self.take_up)
        lay.addWidget(self.buttons)
        # looked up when typing pauses, not at each key: one indexed query, but an input method sends many
        self._look = QTimer(self, singleShot=True, interval=200)
        self._look.timeout.connect(self.look)
        self.name.textChanged.connect(lambda text: (self.ok.setEnabled(bool(text.strip())), self._look.start()))

    def _fill_areas(self) -> None:
        zone, held = self.zone.currentData(), self.area.currentData()
        self.area.clear()
        self.area.addItem(self.tr("未指定"), None)
        for aid, name, zid in self._areas:
            if zone is None or zid == zone:
                self.area.addItem(name, aid)
        self.area.setCurrentIndex(max(self.area.findData(held), 0))

    def _area_chosen(self) -> None:
        zone = next((zid for aid, _n, zid in self._areas if aid == self.area.currentData()), None)
        if zone is not None and zone != self.zone.currentData():
            self.zone.setCurrentIndex(self.zone.findData(zone))  # an area is in one zone

    def look(self) -> NamedProject | None:
        """What the plan has by the name typed, said under the fields with the button that takes it up."""
        w, name = self.window, self.name.text().strip()
        alike = None
        try:
            with w.db.read() as s:
                found = projects_named(s, w.year, name) if name else []
                if name and not found:  # "重庆长滨项目" for 重庆长滨: one project typed twice, under two spellings
                    self._like = self._like or listed_like(s, w.year)
                    alike = self._like(name)
        except SQLAlchemyError:  # a shared database out of reach: the look-up is a help, adding still works
            found = []
        self.same = found[0] if found else alike
        self.alike = alike is not None
        same = self.same
        if same is None:
            self.said.hide()
            self.take.hide()
            self.ok.setText(self.tr("新增"))
            self.take.setDefault(False)
            self.ok.setDefault(True)
            return None
        where = self.tr("，").join(x for x in (zone_label(same.zone) if same.zone else None,
                                              self.tr("责任单位 %1").replace("%1", same.responsible_unit)
                                              if same.responsible_unit else None) if x)
        named = (self.tr("“%1”（%2）").replace("%2", where) if where else "“%1”").replace("%1", same.name)
        if self.alike:
            text = self.tr("本年计划中有名称相近的%1，序号 %2：是同一个项目吗？").replace("%1", named) \
                .replace("%2", str(same.seq))
            action = self.tr("转到该项目")
        elif same.on_list:
            text = self.tr("本年计划中已有%1，序号 %2。同一项目请勿重复新增；两个同名项目，请在名称中写明区域或内容。") \
                .replace("%1", named).replace("%2", str(same.seq))
            action = self.tr("转到该项目")
        elif same.seq is not None:
            text = self.tr("%1曾列入本年计划，已移出。恢复后沿用其进度、投资和备注记录。").replace("%1", named)
            action = self.tr("恢复到本年计划")
        else:
            years = self.tr("、").join(str(y) for y in same.years) or "—"
            text = self.tr("%1年计划中有%2。列入本年计划，沿用其进度、投资和备注记录。") \
                .replace("%1", years).replace("%2", named)
            action = self.tr("列入本年计划")
        if len(found) > 1:
            text += self.tr("（共有 %1 个同名项目）").replace("%1", str(len(found)))
        self.said.setText(text)
        self.said.show()
        self.take.setText(action)
        self.take.show()
        # Enter takes up the project the plan has, not a second one of its name; a name only alike may well be
        # another project (a second phase, a neighbouring site): Enter adds it
        self.ok.setText(self.tr("新增") if self.alike else self.tr("仍然新增"))
        self.ok.setDefault(self.alike)
        self.take.setDefault(not self.alike)
        return same

    def add(self) -> int | None:
        """A new project of the name typed, in the zone and with the unit given. Confirmed before the look-up
        ran (Enter at once after the name), it runs first: a project of that name is said, not added twice."""
        name = self.name.text().strip()
        if not name:
            return None
        if self._look.isActive():
            self._look.stop()
            if self.look() is not None and not self.alike:
                return None
        fields = {"zone_id": self.zone.currentData(), "area_id": self.area.currentData()}
        if self.unit.text().strip():
            fields["responsible_unit"] = self.unit.text().strip()
        self.accept()
        return self.window.add_project(name, fields)

    def take_up(self) -> int | None:
        """The project of that name: gone to on the list, or put on the year's list (one undo step)."""
        same = self.same
        if same is None:
            return None
        self.accept()
        if same.on_list:
            self.window.go_to_project(same.project_id)
        else:
            self.window.list_project(same.project_id, same.name)
        return same.project_id
