"""A project's full record: details, the years it was listed, and — editable —
its milestones, quarterly investment (planned and actual) and progress notes,
and the list-change history. Saving is one undo step per list changed."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate, QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
    QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from ..domain.quarter import Quarter
from ..domain.target import plain_number
from ..store import changes
from ..store.project_rows import project_rows
from ..store.queries import project_detail
from ..store.schema import Area, Zone
from ..store.settings import light_rules
from .change_text import change_how, change_value, change_what, moved_off_words
from .delegates import choice_words
from .lang import exact_text, format_value, local_time, quarter_label, zone_label
from .problem_text import problem_text
from .project_model import QUARTER_KEYS, cell_edits, cell_value, header_text, light_why, parse_cell
from .undo import DetailsCommand, EditCommand, push
from .unit_completer import offer_units


_s = format_value
# the record's fields typed (or, zone and area, chosen) in 基本信息, as in the list's cells
TYPED = ("name", "code", "zone", "area", "project_class", "content", "construction_years", "location",
         "total_investment", "invested_before", "annual_investment", "owner", "responsible_unit", "partner_units",
         "contact", "leader", "planned_start", "actual_start", "planned_completion", "actual_completion", "notes")
_LONG = ("content", "notes")


class _DetailTable(QWidget):
    """One editable list with add and remove buttons."""

    def __init__(self, kind: str, headers: list[str], fields: tuple[str, ...], rows: list[dict], editable: bool,
                 parent=None, blank_quarters=()) -> None:
        super().__init__(parent)
        self.kind, self.fields = kind, fields
        self.original = rows
        lay = QVBoxLayout(self)
        shown = list(rows)
        if editable and blank_quarters:
            # the plan year's quarters not reported yet, ready to be typed into (a row left blank is not saved)
            have = {r.get("quarter") for r in rows}
            shown += [{"quarter": q} for q in blank_quarters if q not in have]
            shown.sort(key=lambda r: (r.get("quarter") is None, r.get("quarter") or 0))
        self.table = QTableWidget(len(shown), len(fields), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(shown):
            for c, f in enumerate(fields):
                self.table.setItem(r, c, QTableWidgetItem(exact_text(row.get(f))))
        self.table.resizeColumnsToContents()  # each heading whole ("Planned (100M CNY)" was cut to "lanned (100M")
        for c in range(len(fields) - 1):  # an empty list's columns were as narrow as "季度"
            self.table.setColumnWidth(c, max(self.table.columnWidth(c), 130))
        if not editable:
            self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        lay.addWidget(self.table)
        if editable:
            buttons = QHBoxLayout()
            add = QPushButton(self.tr("添加一行"), self)
            remove = QPushButton(self.tr("删除所选行"), self)
            add.clicked.connect(self.add_row)
            remove.clicked.connect(self.remove_rows)
            buttons.addWidget(add)
            buttons.addWidget(remove)
            buttons.addStretch(1)
            lay.addLayout(buttons)

    def take_place(self, other: QTableWidget) -> None:
        """The keyboard in this list's cell where ``other`` (the same list in the window before) had it: the same
        quarter's row of the quarterly figures, else the same row, and the same column."""
        row, column = other.currentRow(), max(other.currentColumn(), 0)
        if row >= 0 and self.fields[0] == "quarter" and other.item(row, 0) is not None:
            quarter = other.item(row, 0).text()
            row = next((r for r in range(self.table.rowCount())
                        if self.table.item(r, 0) is not None and self.table.item(r, 0).text() == quarter), row)
        if self.table.rowCount():
            self.table.setCurrentCell(min(max(row, 0), self.table.rowCount() - 1), column)
        self.table.setFocus(Qt.OtherFocusReason)

    def add_row(self, values: dict | None = None) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, f in enumerate(self.fields):
            self.table.setItem(r, c, QTableWidgetItem(exact_text((values or {}).get(f))))

    def remove_rows(self) -> None:
        for r in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(r)

    def rows(self) -> list[dict]:
        out = []
        for r in range(self.table.rowCount()):
            row = {}
            for c, f in enumerate(self.fields):
                item = self.table.item(r, c)
                text = item.text().strip() if item else ""
                row[f] = text or None
            if self.kind == "investments" and row["planned"] is None and row["actual"] is None:
                continue  # a quarter with no figure: nothing to keep (clearing both takes the quarter off)
            if any(v is not None for v in row.values()):
                out.append(row)
        return out

    def changed(self) -> bool:
        def norm(rows):
            return [{f: exact_text(r.get(f)) for f in self.fields} for r in rows]

        return norm(self.rows()) != norm(self.original)


class ProjectDialog(QDialog):
    # 上一个 / 下一个: the project to open in this window's place (the list's previous or next), once this one
    # is saved and closed
    step_asked = Signal(int)

    def __init__(self, ops, project_id: int, year: int | None, parent=None, editable: bool = True,
                 at: Quarter | None = None) -> None:
        super().__init__(parent)
        self.ops, self.pid = ops, project_id
        self.neighbour = None  # (project id, step) -> the project beside it in the list, or None; the window's
        d = project_detail(ops.db, project_id, year)
        p = d["project"]
        self.setWindowTitle(p["name"])
        self.resize(820, 560)
        lay = QVBoxLayout(self)
        if (listed := next((y for y in d["years"] if y["year"] == year), None)) and not listed["on_list"]:
            # opened with 含已移出, or from 最近修改: that it is off the year's list, when, by whom and why, first
            last = next((h for h in reversed(d["history"]) if h["year"] == year), None)
            self.off_list = QLabel(moved_off_words(year, last), self)
            self.off_list.setObjectName("offList")
            self.off_list.setStyleSheet("color: #6b6b6b")
            lay.addWidget(self.off_list)
        self.tabs = QTabWidget(self)
        lay.addWidget(self.tabs)

        info = QWidget()
        form = QFormLayout(info)
        rows = [
            (self.tr("项目名称"), p["name"], "name"), (self.tr("项目编码"), p["code"], "code"),
            (self.tr("区域"), d["zone"], "zone"), (self.tr("板块"), d["area"], "area"),
            (self.tr("类别"), p["project_class"], "project_class"),
            (self.tr("建设内容及规模"), p["content"], "content"),
            (self.tr("建设起止年限"), p["construction_years"], "construction_years"),
            (self.tr("建设地点"), p["location"], "location"),
            (self.tr("总投资(亿元)"), p["total_investment"], "total_investment"),
            # the plan year's figures beside the total: typed here with its quarters, not only in the list's cells
            *([(self.tr("截至上年底累计完成投资(亿元)"), plan_year["invested_before"], "invested_before"),
               (self.tr("%1年计划投资(亿元)").replace("%1", str(year)), plan_year["annual_investment"],
                "annual_investment")]
              if (plan_year := next((y for y in d["years"] if y["year"] == year), None)) else []),
            (self.tr("业主单位"), p["owner"], "owner"), (self.tr("责任单位"), p["responsible_unit"], "responsible_unit"),
            (self.tr("配合单位"), p["partner_units"], "partner_units"),
            (self.tr("责任人"), p["contact"], "contact"), (self.tr("牵头领导"), p["leader"], "leader"),
            (self.tr("计划开工"), self._planned(p["planned_start"] or p["planned_start_text"], d["original"], 0),
             "planned_start"),
            (self.tr("实际开工"), p["actual_start"], "actual_start"),
            (self.tr("计划完工"), self._planned(p["planned_completion"] or p["planned_completion_text"], d["original"], 1),
             "planned_completion"),
            (self.tr("实际完工"), p["actual_completion"], "actual_completion"),
            (self.tr("备注"), p["notes"], "notes"), (self.tr("来源"), p["source"], None),
        ]
        self.year = year
        self.waiting = False  # a change saved here waits for a lost connection
        with ops.db.read() as s:
            self.row = project_rows(s, [project_id], year).get(project_id)
            rules = light_rules(s)
        if at is not None and year and self.row is not None:  # its light at the quarter the window shows, and why
            status = self.row.status(at)
            done = status.actual_to_date
            invested = "—" if done is None else self.tr("%1 亿元").replace("%1", plain_number(round(done, 4)))
            if done is not None and status.annual_planned:
                invested += self.tr("（年度计划的%1）").replace("%1", f"{done / status.annual_planned * 100:.1f}%")
            at_row = [key for _, _, key in rows].index("actual_completion") + 1
            rows[at_row:at_row] = [
                (self.tr("截至%1完成投资").replace("%1", quarter_label(at)), invested, None),
                (self.tr("预警（截至%1）").replace("%1", quarter_label(at)), light_why(status, at, rules), None)]
        # editable, the record's fields are typed here as in the list's cells; 保存 writes them as one undo step
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        self.typed: dict[str, str] = {}
        for label, value, key in rows:
            if editable and self.row is not None and key in TYPED:
                form.addRow(label, self._field(key, value))
                continue
            text = QLabel(_s(value))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextSelectableByMouse)
            form.addRow(label, text)
        if self.fields:
            scroll = QScrollArea()  # sixteen fields and two long texts: more than a laptop's height
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.NoFrame)
            scroll.setWidget(info)
            info = scroll
        self.tabs.addTab(info, self.tr("基本信息"))
        self.tabs.addTab(self._table([self.tr("年度"), self.tr("性质"), self.tr("级别"), self.tr("年度计划投资(亿元)"),
                                      self.tr("截至上年底累计完成投资(亿元)"), self.tr("在列")],
                                     [[y["year"], y["nature"], y["level"], y["annual_investment"], y["invested_before"],
                                       self.tr("是") if y["on_list"] else self.tr("否")] for y in d["years"]]),
                         self.tr("各年度"))
        self.details = {
            "investments": _DetailTable("investments", [self.tr("季度"), self.tr("计划投资(亿元)"), self.tr("完成投资(亿元)")],
                                        ("quarter", "planned", "actual"),
                                        changes.project_details(ops.db, project_id, "investments"), editable,
                                        blank_quarters=_year_quarters(year)),
            "milestones": _DetailTable("milestones", [self.tr("节点名称"), self.tr("计划季度"), self.tr("计划日期"),
                                                      self.tr("实际季度"), self.tr("实际日期"), self.tr("说明")],
                                       ("name", "planned_quarter", "planned_date", "actual_quarter", "actual_date",
                                        "note"),
                                       changes.project_details(ops.db, project_id, "milestones"), editable),
            "notes": _DetailTable("notes", [self.tr("季度"), self.tr("日期"), self.tr("形象进度")],
                                  ("quarter", "noted_on", "text"),
                                  changes.project_details(ops.db, project_id, "notes"), editable),
        }
        # the year's quarters added up as they are typed, against the year's planned investment: a unit's
        # figures are checked here, not later in 数据检查
        self._annual = next((y["annual_investment"] for y in d["years"] if y["year"] == year), None)
        self.investment_sum = QLabel(self)
        self.investment_sum.setObjectName("investmentSum")
        self.investment_sum.setWordWrap(True)
        # four quarters typed and no year's plan (or another): their total made the year's plan in one click
        self.take_sum = QPushButton(self.tr("以季度合计为年度计划投资"), self)
        self.take_sum.setObjectName("takeSum")
        self.take_sum.setAutoDefault(False)
        self.take_sum.clicked.connect(self._take_sum)
        self.take_sum.hide()
        said = QHBoxLayout()
        said.addWidget(self.investment_sum, 1)
        said.addWidget(self.take_sum)
        self.details["investments"].layout().insertLayout(1, said)
        self.details["investments"].table.itemChanged.connect(self._sum_investments)
        if "annual_investment" in self.fields:
            self.fields["annual_investment"].textChanged.connect(self._sum_investments)
        self._sum_investments()
        self.tabs.addTab(self.details["investments"], self.tr("季度投资"))
        self.tabs.addTab(self.details["milestones"], self.tr("节点"))
        self.tabs.addTab(self.details["notes"], self.tr("形象进度"))
        change = {"added": self.tr("列入"), "removed": self.tr("移出")}
        # (the reason last: it is the long text, and the last column takes the width)
        self.tabs.addTab(self._table([self.tr("年度"), self.tr("变动"), self.tr("日期"), self.tr("修改人"),
                                      self.tr("原因")],
                                     [[h["year"], change.get(h["change"], h["change"]), h["date"], h["by"], h["reason"]]
                                      for h in d["history"]],
                                     self.tr("没有调整记录。项目列入或移出年度计划时，日期和原因记在这里。")),
                         self.tr("调整记录"))
        # who moved the plan or corrected a figure, and when (the latest first)
        self.tabs.addTab(self._table([self.tr("时间"), self.tr("内容"), self.tr("原为"), self.tr("改为"), self.tr("修改人"),
                                      self.tr("方式")],
                                     [[local_time(c["at"]), change_what(c), change_value(c, c["old"]),
                                       change_value(c, c["new"]), c["by"], change_how(c["how"])] for c in d["changes"]],
                                     # an empty tab after a unit was first given looked like the record had failed
                                     self.tr("还没有修改记录。已填的值被修改或清除时（计划开工、完工，季度投资，责任单位等），"
                                             "谁、何时、原为、改为记在这里；第一次填写的值不记。")),
                         self.tr("修改记录"))
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b00020")
        lay.addWidget(self.message)
        foot = QHBoxLayout()
        # a quarter's figures are typed project after project: the next one opens in this window's place
        self.previous_button = QPushButton(self.tr("上一个(&P)"), self)
        self.next_button = QPushButton(self.tr("下一个(&N)"), self)
        for b, step in ((self.previous_button, -1), (self.next_button, 1)):
            b.setAutoDefault(False)  # Enter in a field is not "next"
            # a click leaves the keyboard where it was typing, for the next window to start there (Tab still
            # reaches the buttons, Alt+P / Alt+N press them)
            b.setFocusPolicy(Qt.TabFocus)
            b.clicked.connect(lambda _checked=False, k=step: self.step(k))
            b.setToolTip(self.tr("保存已填写的内容，打开项目表中的上一个项目") if step < 0
                         else self.tr("保存已填写的内容，打开项目表中的下一个项目"))
            foot.addWidget(b)
        self.place = QLabel(self)
        self.place.setObjectName("placeInList")
        foot.addWidget(self.place)
        self.set_place(None, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        if editable:
            self.save_button = buttons.addButton(self.tr("保存"), QDialogButtonBox.AcceptRole)
            self.save_button.setShortcut(QKeySequence.Save)  # Ctrl+S, as anything typed is saved elsewhere
            self.save_button.setToolTip(self.tr("保存已填写的内容（%1）").replace(
                "%1", QKeySequence(QKeySequence.Save).toString(QKeySequence.NativeText)))
            buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        foot.addWidget(buttons, 1)
        lay.addLayout(foot)

    def _sum_investments(self) -> None:
        """The plan year's quarters in the 季度投资 list, added up: planned against the year's planned investment,
        done as a share of it."""
        label, year = self.investment_sum, self.year
        label.setVisible(bool(year))
        if not year:
            return
        sums, unread = quarter_sums(self.details["investments"].rows(), year)
        (planned, n_planned), (done, n_done) = sums
        annual = self._typed_annual()
        self.take_sum.setVisible("annual_investment" in self.fields and n_planned > 0
                                 and (annual is None or abs(planned - annual) > 0.005))
        yi = self.tr("%1 亿元")
        words = [self.tr("%1年各季度计划投资合计 %2").replace("%1", str(year))
                 .replace("%2", yi.replace("%1", plain_number(round(planned, 4))) if n_planned else self.tr("未填"))]
        words[0] += (self.tr("（年度计划投资 %1）").replace("%1", yi.replace("%1", plain_number(annual)))
                     if annual is not None else self.tr("（年度计划投资未填）"))
        off = n_planned == 4 and annual is not None and abs(planned - annual) > 0.005
        if off:
            words.append((self.tr("比年度计划投资多 %1") if planned > annual else self.tr("比年度计划投资少 %1"))
                         .replace("%1", yi.replace("%1", plain_number(round(abs(planned - annual), 4)))))
        if n_done:
            done_words = self.tr("完成投资合计 %1").replace("%1", yi.replace("%1", plain_number(round(done, 4))))
            if annual:
                done_words += self.tr("，为年度计划的 %1").replace("%1", f"{done / annual * 100:.1f}%")
            words.append(done_words)
        if unread:
            words.append(self.tr("有读不懂的值，未计入"))
        label.setText(self.tr("；").join(words))
        label.setStyleSheet("color: #b00020" if off or unread else "")

    def _typed_annual(self) -> float | None:
        """The year's planned investment as the 基本信息 field holds it (typed, not saved yet), else as saved."""
        from ..domain.money import AmountError, parse_amount

        box = self.fields.get("annual_investment")
        if box is None:
            return self._annual
        try:
            return parse_amount(box.text())
        except AmountError:
            return self._annual

    def _take_sum(self) -> None:
        """以季度合计为年度计划投资: the quarters' total into the year's field, saved with the window's 保存."""
        (planned, n_planned), _done = quarter_sums(self.details["investments"].rows(), self.year)[0]
        if n_planned and "annual_investment" in self.fields:
            self.fields["annual_investment"].setText(plain_number(round(planned, 4)))

    def set_place(self, index: int | None, count: int) -> None:
        """Where the project stands in the project list (the list's order, as filtered): 第3个，共49个; the
        buttons off at either end, hidden for a project the list does not show."""
        listed = index is not None
        for b in (self.previous_button, self.next_button, self.place):
            b.setVisible(listed)
        if listed:
            self.previous_button.setEnabled(index > 0)
            self.next_button.setEnabled(index < count - 1)
            self.place.setText(self.tr("第%1个，共%2个").replace("%1", str(index + 1)).replace("%2", str(count)))

    def step(self, k: int) -> bool:
        """上一个 / 下一个: what was typed saved (a refusal keeps the window, saying why), then the project beside
        it opened in its place. The one beside is found before saving: a name or a zone saved may move this one
        in the list, or out of its filter."""
        target = self.neighbour(self.pid, k) if self.neighbour else None
        if target is None:
            return False
        self._commit_typing()
        if hasattr(self, "save_button") and self.unsaved():
            if not self.save():
                return False
        else:
            self.done(QDialog.Accepted)
        self.step_asked.emit(target)
        return True

    def _field(self, key: str, shown) -> QWidget:
        """The editor of one field, holding its text as the list would show it for editing."""
        if key in ("zone", "area"):
            return self._place_box(key)
        value = cell_value(self.row, key)
        if key == "project_class":  # the usual classes offered, as in the list; any other typed
            box = QComboBox(self)
            box.setEditable(True)
            box.addItems([""] + choice_words(self.ops.db, key))
            box.setCurrentText(exact_text(value))
            box.setObjectName(f"field_{key}")
            self.fields[key] = box
            self.typed[key] = self._field_text(key)
            return box
        text = _field_words(key, value)
        self.typed[key] = text
        if key in _LONG:
            box = QPlainTextEdit(text, self)
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
        else:
            box = QLineEdit(text, self)
            if key in ("owner", "responsible_unit", "partner_units"):
                offer_units(box, self.ops.db, self.year)  # one spelling of a unit, as in the list's cells
        box.setObjectName(f"field_{key}")
        self.fields[key] = box
        if key in QUARTER_KEYS:
            box.setPlaceholderText(self.tr("如 2024年一季度、2024Q1、2024-03-15"))
            if not text and shown:  # the plan's own words where it gives no quarter ("2024年内完工")
                box.setPlaceholderText(_s(shown))
            before = _s(shown)
            if text and before and before != text:  # revised: what was planned first, beside
                line = QWidget(self)
                row = QHBoxLayout(line)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(box, 1)
                row.addWidget(QLabel(before[len(text):] if before.startswith(text) else before, line))
                return line
        return box

    def _place_box(self, key: str) -> QComboBox:
        """区域 and 板块 chosen from the plan's, the areas those of the zone chosen (an area belongs to one zone)."""
        box = QComboBox(self)
        box.setObjectName(f"field_{key}")
        self.fields[key] = box
        if key == "zone":
            with self.ops.db.read() as s:
                self._zones = [(z.id, z.name) for z in s.query(Zone).order_by(Zone.sort_order)]
                self._areas = [(a.id, a.name, a.zone_id) for a in
                               s.query(Area).join(Zone).order_by(Zone.sort_order, Area.sort_order)]
            box.addItem("", None)
            for zid, name in self._zones:
                box.addItem(zone_label(name), zid)  # "East" in English, as the list
            box.setCurrentIndex(max(box.findData(self.row.zone_id), 0))
            box.currentIndexChanged.connect(self._zone_chosen)
        else:
            self._fill_areas(box, self.row.zone_id, self.row.area_id)
            box.currentIndexChanged.connect(self._area_chosen)
        self.typed[key] = self._field_text(key)
        return box

    def _fill_areas(self, box: QComboBox, zone_id, area_id) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem("", None)
        for aid, name, zid in self._areas:
            if zone_id is None or zid == zone_id:
                box.addItem(name, aid)
        box.setCurrentIndex(max(box.findData(area_id), 0))
        box.blockSignals(False)

    def _zone_chosen(self) -> None:
        area = self.fields["area"]
        self._fill_areas(area, self.fields["zone"].currentData(), area.currentData())  # kept if of that zone

    def _area_chosen(self) -> None:
        aid, zone = self.fields["area"].currentData(), self.fields["zone"]
        owner = next((zid for a, _n, zid in self._areas if a == aid), None)
        if owner is not None and zone.currentData() != owner:
            zone.blockSignals(True)
            zone.setCurrentIndex(max(zone.findData(owner), 0))
            zone.blockSignals(False)

    def _field_text(self, key: str) -> str:
        box = self.fields[key]
        if isinstance(box, QComboBox) and box.isEditable():
            return box.currentText()
        if isinstance(box, QComboBox):
            return "" if box.currentData() is None else str(box.currentData())
        return box.toPlainText() if isinstance(box, QPlainTextEdit) else box.text()

    def info_edits(self) -> list:
        """The writes the typed fields make; ValueError naming the field and why (its box chosen)."""
        edits = self._place_edits()
        for key, box in self.fields.items():
            typed = self._field_text(key)
            if key in ("zone", "area") or typed.strip() == self.typed[key].strip():
                continue  # untouched: a value the list shows rounded or in words is not written back
            try:
                edits += cell_edits(self.ops, self.row, key, parse_cell(key, typed, self.year))
            except ValueError as exc:
                self.tabs.setCurrentIndex(0)
                box.setFocus()
                raise ValueError(self.tr("%1：%2").replace("%1", header_text(key))
                                 .replace("%2", problem_text(str(exc)))) from None
        return edits

    def _place_edits(self) -> list:
        """区域 and 板块 as one change: an area chosen brings its zone, a zone chosen clears an area of another."""
        if "zone" not in self.fields:
            return []
        zone, area = self.fields["zone"].currentData(), self.fields["area"].currentData()
        if area != self.row.area_id and area is not None:
            return cell_edits(self.ops, self.row, "area", area)
        if zone != self.row.zone_id:
            return cell_edits(self.ops, self.row, "zone", zone)
        if area != self.row.area_id:
            return cell_edits(self.ops, self.row, "area", None)
        return []

    def start_focus(self, like: "ProjectDialog | None" = None) -> None:
        """Put the keyboard where the planner types: in the field or the cell the window it follows (``like``, on
        上一个 / 下一个) was typing in — the same quarter's figure, project after project — else in the first field.
        Qt's own choice was the tab bar, where ←/→ turn pages and typing does nothing."""
        if like is not None:
            focus = like.focusWidget()
            for key, box in like.fields.items():
                if focus is not None and (box is focus or box.isAncestorOf(focus)) and key in self.fields:
                    self.fields[key].setFocus(Qt.OtherFocusReason)
                    return
            for kind, detail in like.details.items():
                if focus is not None and (detail.table is focus or detail.table.isAncestorOf(focus)):
                    self.details[kind].take_place(detail.table)
                    return
            if like.tabs.currentIndex() != 0:
                return  # on a page of its own (各年度, 修改记录): the tab bar, to go on reading
        if self.fields:
            next(iter(self.fields.values())).setFocus(Qt.OtherFocusReason)

    def _commit_typing(self) -> None:
        """A cell of a list still being typed in is taken as typed: 下一个 (Alt+N) or 保存 pressed from the keyboard
        leaves its editor open, and the figure in it was lost with the window."""
        focus = QApplication.focusWidget()
        for t in self.details.values():
            if focus is not None and t.table.viewport().isAncestorOf(focus):
                t.table.commitData(focus)
                t.table.closeEditor(focus, QAbstractItemDelegate.NoHint)

    def save(self) -> bool:
        """Write every changed list (one undo step each); stay open on a problem."""
        self._commit_typing()
        labels = {"investments": self.tr("季度投资"), "milestones": self.tr("节点"), "notes": self.tr("形象进度")}
        try:
            edits = self.info_edits()
        except ValueError as exc:
            self.message.setText(problem_text(str(exc)))
            return False
        if edits:
            text = self.tr("修改“%1”的基本信息").replace("%1", self.windowTitle())
            if not self._push(EditCommand(self.ops, edits, text)):
                self.tabs.setCurrentIndex(0)
                self._theirs()
                return False
            if self.waiting:
                self.typed = {k: self._field_text(k) for k in self.fields}  # waiting for the connection, kept
            else:
                self._reread()
        for kind, table in self.details.items():
            if not table.changed():
                continue
            try:
                rows = [_parse_row(r) for r in table.rows()]
            except ValueError as exc:
                self.tabs.setCurrentWidget(table)
                self.message.setText(problem_text(str(exc)))
                return False
            text = self.tr("修改“%1”的%2").replace("%1", self.windowTitle()).replace("%2", labels[kind])
            if not self._push(DetailsCommand(self.ops, self.pid, kind, table.original, rows, text)):
                self.tabs.setCurrentWidget(table)
                return False
            # waiting for the connection, the list is what will be written; else what the database holds now
            table.original = rows if self.waiting else changes.project_details(self.ops.db, self.pid, kind)
        self.accept()
        return True

    def unsaved(self) -> bool:
        """Something typed in the window and not written yet."""
        return (any(self._field_text(k).strip() != self.typed[k].strip() for k in self.fields)
                or any(t.changed() for t in self.details.values()))

    def reject(self) -> None:
        """关闭 with figures typed and not saved asks first: a quarter's report typed in is not lost to a click."""
        self._commit_typing()  # closed by the window's box with a cell still open: its figure counts as typed
        if not hasattr(self, "save_button") or not self.unsaved():
            super().reject()
            return
        box = QMessageBox(QMessageBox.Question, self.windowTitle(), self.tr("有尚未保存的修改。"),
                          QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, self)
        box.button(QMessageBox.Save).setText(self.tr("保存"))
        box.button(QMessageBox.Discard).setText(self.tr("不保存"))
        box.button(QMessageBox.Cancel).setText(self.tr("取消"))
        box.setDefaultButton(QMessageBox.Save)
        box.setObjectName("unsavedBox")
        box.finished.connect(lambda answer: self._answered(box.standardButton(box.clickedButton())))
        box.open()

    def _answered(self, answer) -> None:
        if answer == QMessageBox.Save:
            self.save()  # closes once written; a refusal keeps the window, saying why
        elif answer == QMessageBox.Discard:
            super().reject()

    def _push(self, command) -> bool:
        """One undo step written; on a refusal the reason is said in the window, which stays open."""
        failures = []
        self.ops.failed.connect(failures.append)
        try:
            ok = push(self.ops, command)
        finally:
            self.ops.failed.disconnect(failures.append)
        if not ok and command in self.ops.pending:
            self.waiting = True  # the connection dropped: kept (on disk too) and written when it is back, as a cell's
            return True
        if not ok:
            self.message.setText(problem_text(failures[-1]) if failures else self.tr("未能保存"))
        return ok

    def _theirs(self) -> None:
        """Refused because a colleague changed a field since the window opened (and the planner kept theirs):
        those fields show the colleague's value now, said; what else was typed stays to be saved again."""
        before = self.row
        with self.ops.db.read() as s:
            fresh = project_rows(s, [self.pid], self.year).get(self.pid)
        if fresh is None:
            return
        moved = [k for k in self.fields if cell_value(fresh, k) != cell_value(before, k)]
        self.row = fresh
        for key in moved:
            value = cell_value(fresh, key)
            text = _field_words(key, value)
            box = self.fields[key]
            if key == "area":
                self._fill_areas(box, fresh.zone_id, value)
            elif isinstance(box, QComboBox) and box.isEditable():
                box.setCurrentText(text)
            elif isinstance(box, QComboBox):
                box.blockSignals(True)
                box.setCurrentIndex(max(box.findData(value), 0))
                box.blockSignals(False)
            elif isinstance(box, QPlainTextEdit):
                box.setPlainText(text)
            else:
                box.setText(text)
            self.typed[key] = self._field_text(key)
        if moved:
            self.message.setText(self.tr("他人已修改%1，现显示其修改后的值").replace(
                "%1", self.tr("、").join(header_text(k) for k in moved)))

    def _reread(self) -> None:
        """After the fields are written: they are what the record holds now (a second 保存 writes nothing again)."""
        with self.ops.db.read() as s:
            self.row = project_rows(s, [self.pid], self.year).get(self.pid) or self.row
        for key in self.fields:
            self.typed[key] = self._field_text(key)
        self.setWindowTitle(self.row.name)

    def _planned(self, now, original: tuple | None, i: int) -> str:
        """A planned quarter, and what it was before a revision ("2024年四季度（原计划2024年一季度）")."""
        if original is None or original[i] == now:
            return _s(now)
        return self.tr("%1（原计划%2）").replace("%1", _s(now) or "—").replace("%2", _s(original[i]) or "—")

    def _table(self, headers, rows, empty: str | None = None) -> QTableWidget:
        t = _RecordTable(len(rows), len(headers), empty)
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QTableWidget.NoEditTriggers)
        t.horizontalHeader().setStretchLastSection(True)
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                t.setItem(r, c, QTableWidgetItem(_s(v)))
        t.resizeColumnsToContents()  # "截至上年底累计完成投资(亿元)" was cut to "年底累计完成投资"
        return t


class _RecordTable(QTableWidget):
    """A read-only record that says, while it has no rows, what will be listed in it and when."""

    def __init__(self, rows: int, columns: int, empty: str | None) -> None:
        super().__init__(rows, columns)
        self.empty = empty

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.rowCount() or not self.empty:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.PlaceholderText))
        painter.drawText(self.viewport().rect().adjusted(16, 16, -16, -16),
                         int(Qt.AlignTop | Qt.AlignHCenter | Qt.TextWordWrap), self.empty)


def _field_words(key: str, value) -> str:
    """A field's value as its box holds it: a quarter in words, a figure with every digit."""
    return quarter_label(Quarter.parse(value)) if key in QUARTER_KEYS and value else exact_text(value)


def quarter_sums(rows: list[dict], year: int) -> tuple[tuple[tuple[float, int], tuple[float, int]], bool]:
    """((planned total, quarters planned), (done total, quarters done)) of ``year``'s quarters among the typed
    ``rows``, and whether any figure or quarter could not be read."""
    from ..domain.money import parse_amount
    from ..domain.quarter import QuarterParseError
    from ..domain.schedule_cell import parse_schedule_cell

    totals = {"planned": [0.0, 0], "actual": [0.0, 0]}
    unread = False
    for row in rows:
        try:
            q = parse_schedule_cell(row["quarter"], year).quarter if row.get("quarter") else None
        except QuarterParseError:
            q = None
        if q is None:
            unread = True
            continue
        if q.year != year:
            continue
        for field, total in totals.items():
            try:
                value = parse_amount(row.get(field))
            except ValueError:
                unread = True
                continue
            if value is not None:
                total[0] += value
                total[1] += 1
    return (tuple(totals["planned"]), tuple(totals["actual"])), unread


def _year_quarters(year: int | None) -> list:
    from ..domain.quarter import Quarter

    return [Quarter(year, q) for q in range(1, 5)] if year else []


def _parse_row(row: dict) -> dict:
    """Typed-in text to values: quarters in any notation, numbers with separators, ISO dates."""
    from ..domain.money import parse_amount
    from ..domain.schedule_cell import parse_schedule_cell

    out = {}
    for k, v in row.items():
        if v is None:
            out[k] = None
        elif k in ("quarter", "planned_quarter", "actual_quarter"):
            cell = parse_schedule_cell(v)
            if cell.quarter is None:
                raise changes.EditError(f"“{v}”不是季度（应为如 2024年一季度、2024Q1）")
            out[k] = cell.quarter
        elif k in ("planned", "actual"):
            out[k] = parse_amount(v)  # in 亿元: "3000万元" is 0.3
        elif k in ("planned_date", "actual_date", "noted_on"):
            cell = parse_schedule_cell(v)
            if cell.date is None:
                raise changes.EditError(f"“{v}”不是日期（应为如 2024-03-15）")
            out[k] = cell.date
        else:
            out[k] = v
    return out

