"""Export an attachment table: which table, which year, which projects, where to."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit, QMessageBox,
    QProgressDialog, QPushButton, QSpinBox, QWidget,
)

from ..domain.quarter import Quarter
from ..spreadsheet.export import UNIT_KINDS, export, export_each_unit, file_stem
from ..store.exports import unit_choices
from ..store.project_rows import ProjectFilter, distinct_values
from ..store.schema import Area, Zone
from .folders import last_folder, remember_folder
from .import_dialog import KIND_NAMES
from .problem_text import problem_text
from .worker import Task



EACH_UNIT = "\x00each"  # the unit box's choice of one file per unit (no unit is named so)
# the quarter's reports: tables to send and print, not to read back
REPORT_KINDS = {"project_progress": "重点项目推进情况表（季度）", "unit_progress": "各单位进展（季度）"}


class ExportDialog(QDialog):
    """``selection`` (zone, area, class names, and a unit) starts the project filters where
    the planner's view is: exporting what one is looking at is the usual case."""

    exported = Signal(str)

    def __init__(self, ops, year: int | None, parent=None, selection: tuple | None = None, kind: str | None = None,
                 at: Quarter | None = None, in_view=None, narrowed: str = "", revised: bool = False) -> None:
        """``in_view`` is the list's filter and ``narrowed`` what it narrows by beyond the boxes here, in words (a
        warning light, a nature, a search): the key projects' table can hold only those. ``revised`` starts with
        the 调整表 chosen (the targets' list shows the deadlines revised this year)."""
        super().__init__(parent)
        self.in_view, self.narrowed = in_view, narrowed
        self.settings = getattr(parent, "settings", None)  # the window's: where the last export went
        self.ops = ops
        self._named_by_us = True  # the file name follows the choices until the planner types one
        self.result_state = "choosing"  # choosing / exported / cancelled / failed
        self._each_unit_path = False  # the path shown is a folder (each unit its own file)
        self.setWindowTitle(self.tr("导出附件表格"))
        form = QFormLayout(self)
        self.kind = QComboBox(self)
        for k, name in KIND_NAMES.items():
            self.kind.addItem(self.tr(name), k)
        for k, name in REPORT_KINDS.items():
            self.kind.addItem(self.tr(name), k)
        self.kind.setCurrentIndex(self.kind.findData(kind or "key_projects"))
        self.year = QSpinBox(self)
        self.year.setRange(1990, 2100)
        self.year.setValue(year or 2024)
        self.zone, self.area, self.project_class = QComboBox(self), QComboBox(self), QComboBox(self)
        self._fill(selection or (None, None, None))
        self.timeline = QCheckBox(self.tr("附“横道图”工作表（按季度的计划与实际）"), self)
        self.timeline.setChecked(True)
        # the form owners fill in and send back: the quarter's columns, blank where nothing is reported yet
        self.report = QComboBox(self)
        self.report.addItem(self.tr("不附"), None)
        for q, label in enumerate((self.tr("一季度"), self.tr("二季度"), self.tr("三季度"), self.tr("四季度")), start=1):
            self.report.addItem(label, q)
        if at is not None:
            self.report.setCurrentIndex(self.report.findData(at.q))
        # a report: today's figures, or as the quarter's report was kept (上报存档)
        self.as_reported = QCheckBox(self.tr("按存档上报时的预警和完成投资"), self)
        self.as_reported.setObjectName("asReported")
        self.path = QLineEdit(self)
        self.path.textEdited.connect(self._typed)
        self.path.setMinimumWidth(self.fontMetrics().horizontalAdvance("0") * 60)  # the whole file name shows
        browse = QPushButton(self.tr("浏览…"), self)
        browse.clicked.connect(self._browse)
        row = QWidget(self)
        h = QHBoxLayout(row)
        h.setContentsMargins(0, 0, 0, 0)
        h.addWidget(self.path, 1)
        h.addWidget(browse)
        form.addRow(self.tr("表格"), self.kind)
        form.addRow(self.tr("年度"), self.year)
        form.addRow(self.tr("区域"), self.zone)
        form.addRow(self.tr("板块"), self.area)
        form.addRow(self.tr("类别"), self.project_class)
        self.only_in_view = QCheckBox(self.tr("只导出当前筛选的项目（%1）").replace("%1", narrowed), self)
        self.only_in_view.setObjectName("exportOnlyInView")
        self.only_in_view.setChecked(bool(narrowed))
        self.only_in_view.setVisible(bool(narrowed))
        self.only_in_view.toggled.connect(self._suggest)
        form.addRow("", self.only_in_view)
        # a mid-year 计划调整表: the projects whose planned start, completion, year's or total investment, unit or leader
        # was revised, each original beside it; the targets whose deadline, wording or units were revised, each 原…
        # beside it (a 任务调整表)
        self.revised = QCheckBox(self.tr("只含计划已调整的项目（计划调整表，附原计划）"), self)
        self.revised.setObjectName("exportRevised")
        self.revised.setChecked(revised)
        self.revised.toggled.connect(self._suggest)
        form.addRow("", self.revised)
        form.addRow("", self.timeline)
        form.addRow(self.tr("季度填报列"), self.report)
        self.report_label = form.labelForField(self.report)
        form.addRow("", self.as_reported)
        self.unreported = QCheckBox(self.tr("只含尚未填报该季度投资的项目"), self)
        form.addRow("", self.unreported)
        # whose form: every unit's rows in one file, one unit's, or each unit its own file
        self.unit = QComboBox(self)
        self.unit.setObjectName("exportUnit")
        self.unit.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.unit.setMinimumContentsLength(16)
        form.addRow(self.tr("单位"), self.unit)
        self.report.currentIndexChanged.connect(self._kind_changed)
        form.addRow(self.tr("保存到"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(self._fill_units)
        self.year.valueChanged.connect(self._fill_units)
        for signal in (self.kind.currentIndexChanged, self.year.valueChanged, self.zone.currentIndexChanged,
                       self.area.currentIndexChanged, self.project_class.currentIndexChanged,
                       self.report.currentIndexChanged, self.unit.currentIndexChanged):
            signal.connect(self._suggest)
        self.year.valueChanged.connect(self._as_reported_choice)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.unit.currentIndexChanged.connect(self._revised_choice)
        self._fill_units()
        self.zone.currentIndexChanged.connect(self._fill_areas)
        self._kind_changed()
        self._suggest()

    # -- choices ------------------------------------------------------------
    def _fill(self, selection: tuple) -> None:
        zone, area, project_class, *unit = selection
        self._unit_shown = unit[0] if unit else None  # chosen once the unit box is filled
        everything = self.tr("全部")
        with self.ops.db.read() as s:
            zones = [z.name for z in s.query(Zone).order_by(Zone.sort_order)]
            self._areas = [(a.name, a.zone.name if a.zone else None)
                           for a in s.query(Area).join(Zone).order_by(Zone.sort_order, Area.sort_order)]
            classes = distinct_values(s, "project_class")
        self.zone.addItem(everything, None)
        for z in zones:
            self.zone.addItem(self.tr(z), z)
        self.project_class.addItem(everything, None)
        for c in classes:
            self.project_class.addItem(c, c)
        self.zone.setCurrentIndex(max(self.zone.findData(zone), 0))
        self.project_class.setCurrentIndex(max(self.project_class.findData(project_class), 0))
        self._fill_areas()
        self.area.setCurrentIndex(max(self.area.findData(area), 0))

    def _fill_areas(self) -> None:
        current, zone = self.area.currentData(), self.zone.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        self.area.addItem(self.tr("全部"), None)
        for name, in_zone in self._areas:
            if zone is None or in_zone == zone:
                self.area.addItem(name, name)
        self.area.setCurrentIndex(max(self.area.findData(current), 0))
        self.area.blockSignals(False)

    def _fill_units(self) -> None:
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("全部（一个文件）"), None)
        kind = self.kind.currentData()
        if kind in UNIT_KINDS:
            self.unit.addItem(self.tr("每个单位一个文件"), EACH_UNIT)
            try:
                units = unit_choices(self.ops.db, "measures" if kind == "measures" else "key_projects",
                                     self.year.value())
            except LookupError:  # no plan of that year: nothing to narrow
                units = []
            for u in units:
                self.unit.addItem(u, u)
        if chosen is None and getattr(self, "_unit_shown", None) and kind == "key_projects":
            chosen, self._unit_shown = self._unit_shown, None  # the unit the project list shows: its form
        self.unit.setCurrentIndex(max(0, self.unit.findData(chosen)))
        self.unit.setEnabled(self.unit.count() > 2)  # a table naming no unit has no unit's form
        self.unit.blockSignals(False)

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        projects = kind in ("key_projects", "project_progress")
        for box in (self.zone, self.area, self.project_class):
            box.setEnabled(projects)  # the indicator and measure tables are the whole plan's
        self.timeline.setEnabled(kind == "key_projects")
        self.only_in_view.setEnabled(kind == "key_projects")  # the table of the projects themselves
        self._revised_choice()
        # a quarter's report is at a quarter: "不附" is no choice there
        reporting = kind in REPORT_KINDS
        self.report.model().item(0).setEnabled(not reporting)
        if reporting and self.report.currentData() is None:
            self.report.setCurrentIndex(self.report.count() - 1)
        self.report_label.setText(self.tr("截至季度") if reporting else self.tr("季度填报列"))
        self._as_reported_choice()
        # a quarter's form: the owners' of the projects, or the units' answering for the targets
        self.report.setEnabled(kind in ("key_projects", "measures") or reporting)
        forms = kind in ("key_projects", "measures")
        self.unreported.setEnabled(forms and self.report.currentData() is not None)
        # whom to chase: the projects yet to report the quarter's investment, the targets yet to report it at all
        self.unreported.setText(self.tr("只含尚未填报该季度投资的项目") if projects or not forms
                                else self.tr("只含尚未填报该季度的目标"))

    def _revised_choice(self) -> None:
        """Offered for the key projects' and the targets' table in one file (each unit's forms are the whole
        list's)."""
        kind = self.kind.currentData()
        self.revised.setEnabled(kind in ("key_projects", "measures") and self.unit.currentData() != EACH_UNIT)
        self.revised.setText(self.tr("只含年内调整过的目标（调整表，附调整前的完成时限、目标、单位）") if kind == "measures"
                             else self.tr("只含计划已调整的项目（计划调整表，附原计划）"))

    def _as_reported_choice(self) -> None:
        """Offered for the projects' report at a quarter whose report was kept."""
        kept = False
        if self.kind.currentData() == "project_progress" and self.report.currentData():
            from ..store.reports import kept_quarters

            try:
                with self.ops.db.read() as s:
                    kept = Quarter(self.year.value(), self.report.currentData()) in kept_quarters(s, self.year.value())
            except LookupError:  # no plan of that year
                kept = False
        self.as_reported.setEnabled(kept)
        if not kept:
            self.as_reported.setChecked(False)

    def _typed(self) -> None:
        self._named_by_us = False

    def _suggest(self) -> None:
        """A file name that says what is in it: 2024年重点项目（东部·解放碑中央商务区）.xlsx"""
        if not self._named_by_us and (self.unit.currentData() == EACH_UNIT) == self._each_unit_path:
            return  # the planner's own name, unless it must turn from a file to a folder or back
        kind = self.kind.currentData()
        parts = [v for v in (self.zone.currentData(), self.area.currentData(), self.project_class.currentData())
                 if v] if kind in ("key_projects", "project_progress") else []
        if self._view_chosen():
            parts.append(self.narrowed)
        if kind == "key_projects" and self.revised.isEnabled() and self.revised.isChecked() \
                and not any("计划已调整" in p for p in parts):
            parts.append("计划已调整")  # (in Chinese, as the rest of the file's name)
        elif kind == "measures" and self.revised.isEnabled() and self.revised.isChecked():
            parts.append("已调整")
        report = Quarter(self.year.value(), self.report.currentData()) if self.report.currentData() else None
        unit = self.unit.currentData()
        folder = Path(self.path.text()).parent if self.path.text() else last_folder(self.settings, "export")
        self._each_unit_path = unit == EACH_UNIT
        if unit == EACH_UNIT:  # a folder of their own: each unit's file is named in it, "…（区商务委）.xlsx"
            self.path.setText(str(folder / f"{file_stem(kind, self.year.value(), report, parts)}（各单位）"))
            return
        if unit:
            parts.append(unit)
        self.path.setText(str(folder / f"{file_stem(kind, self.year.value(), report, parts)}.xlsx"))

    def _browse(self) -> None:
        if self.unit.currentData() == EACH_UNIT:
            folder = QFileDialog.getExistingDirectory(self, self.tr("保存到文件夹"), str(Path(self.path.text()).parent))
            if folder:
                self.path.setText(folder)
                self._named_by_us = False
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), self.path.text(), "Excel (*.xlsx)")
        if path:
            self.path.setText(path if path.endswith(".xlsx") else path + ".xlsx")
            self._named_by_us = False
            self._confirmed = self.path.text()  # the file dialog asked about replacing it

    # -- writing ------------------------------------------------------------
    def start(self) -> None:
        out = self.path.text().strip()
        if not out:
            return
        remember_folder(self.settings, "export", out if self.unit.currentData() != EACH_UNIT else Path(out).parent)
        if self.unit.currentData() == EACH_UNIT:
            self._start_each_unit(Path(out))
            return
        if not out.lower().endswith(".xlsx"):
            out += ".xlsx"
            self.path.setText(out)
        if Path(out).exists() and getattr(self, "_confirmed", None) != out:
            # last quarter's file under the same name is not replaced without asking
            self.replace_box = QMessageBox(QMessageBox.Question, self.tr("文件已存在"),
                                           self.tr("“%1”已存在。要替换它吗？").replace("%1", Path(out).name),
                                           QMessageBox.Yes | QMessageBox.No, self)
            self.replace_box.setDefaultButton(QMessageBox.No)
            self.replace_box.accepted.connect(lambda: self._replace(out))
            self.replace_box.open()
            return
        self._start(out)

    def _replace(self, out: str) -> None:
        self._confirmed = out
        self._start(out)

    def _start(self, out: str) -> None:
        kind, year = self.kind.currentData(), self.year.value()
        projects = kind == "key_projects"
        report = Quarter(year, self.report.currentData()) if self.report.currentData() else None
        if kind in REPORT_KINDS:
            self._start_report(kind, out, report)
            return
        options = dict(zone=self.zone.currentData(), area=self.area.currentData(),
                       project_class=self.project_class.currentData(),
                       timeline=self.timeline.isChecked(), report=report,
                       unreported_only=report is not None and self.unreported.isChecked()) if projects else {}
        if kind == "measures":
            options = dict(report=report, unreported_only=report is not None and self.unreported.isChecked())
        if kind in ("key_projects", "measures") and self.unit.currentData():
            options["unit"] = self.unit.currentData()
        if self._view_chosen():
            options.update(view=self.in_view, view_words=self.narrowed)
        if projects and self.revised.isEnabled() and self.revised.isChecked():
            options["view"] = dataclasses.replace(options.get("view") or ProjectFilter(), plan_revised=True,
                                                  table_revisions=True)
        elif kind == "measures" and self.revised.isEnabled() and self.revised.isChecked():
            options["revised"] = True
        # the key projects' table is the long one (5 s at 50,000 projects): its progress, and 取消
        self._run(lambda progress, cancelled: export(self.ops.db, kind, out, year=year, progress=progress,
                                                     cancelled=cancelled, **options), out, cancellable=projects)

    def _view_chosen(self) -> bool:
        return bool(self.narrowed) and self.only_in_view.isChecked() and self.kind.currentData() == "key_projects"

    def _run(self, work, out: str, *, cancellable: bool = False) -> None:
        """``work`` off the GUI thread, a busy box while it runs (with 取消 where the work looks at it);
        ``exported`` when done."""
        self.progress = QProgressDialog(self.tr("正在导出…"), self.tr("取消") if cancellable else None, 0, 0, self)
        self.progress.setMinimumDuration(300)
        self.task = Task(work, parent=self)
        if cancellable:
            self.task.progressed.connect(lambda done, total: (self.progress.setMaximum(total),
                                                              self.progress.setValue(done)))
            self.progress.canceled.connect(self.task.cancel)
        self.task.succeeded.connect(lambda n: self._done(out))
        self.task.failed.connect(self._failed)
        self.task.start()

    def _start_report(self, kind: str, out: str, at: Quarter) -> None:
        if kind == "unit_progress":
            from ..spreadsheet.unit_report import export_unit_progress

            work = lambda progress, cancelled: export_unit_progress(self.ops.db, out, at.year, at)  # noqa: E731
        else:
            from ..spreadsheet.progress_report import export_project_progress
            from ..store.exports import ExportFilter

            f = ExportFilter(at.year, self.zone.currentData(), self.area.currentData(), self.project_class.currentData(),
                             unit=self.unit.currentData() or None)
            as_reported = self.as_reported.isChecked()
            work = lambda progress, cancelled: export_project_progress(  # noqa: E731
                self.ops.db, out, at, f, as_reported=as_reported, progress=progress, cancelled=cancelled)
        self._run(work, out, cancellable=kind == "project_progress")

    def _start_each_unit(self, folder: Path) -> None:
        """Each unit its own form in ``folder``; a file of a unit already there is replaced only when
        the planner says so."""
        kind, year = self.kind.currentData(), self.year.value()
        report = Quarter(year, self.report.currentData()) if self.report.currentData() else None
        stem = file_stem(kind, year, report)
        if folder.is_dir() and any(folder.glob(f"{stem}（*）.xlsx")) and getattr(self, "_confirmed", None) != str(folder):
            self.replace_box = QMessageBox(QMessageBox.Question, self.tr("文件已存在"),
                                           self.tr("“%1”中已有各单位的“%2”。要替换它们吗？")
                                           .replace("%1", str(folder)).replace("%2", stem),
                                           QMessageBox.Yes | QMessageBox.No, self)
            self.replace_box.setDefaultButton(QMessageBox.No)
            self.replace_box.accepted.connect(lambda: (setattr(self, "_confirmed", str(folder)),
                                                       self._start_each_unit(folder)))
            self.replace_box.open()
            return
        projects = kind == "key_projects"
        options = dict(zone=self.zone.currentData(), area=self.area.currentData(),
                       project_class=self.project_class.currentData(), timeline=self.timeline.isChecked(),
                       unreported_only=report is not None and self.unreported.isChecked()) if projects else dict(
                           unreported_only=report is not None and self.unreported.isChecked())
        if kind == "project_progress":  # each unit's projects at the quarter: the 通报 it gets
            options = dict(zone=self.zone.currentData(), area=self.area.currentData(),
                           project_class=self.project_class.currentData(), as_reported=self.as_reported.isChecked())
        self.progress = QProgressDialog(self.tr("正在为各单位导出…"), self.tr("取消"), 0, 0, self)
        self.progress.setMinimumDuration(300)
        self.task = Task(export_each_unit, self.ops.db, kind, folder, stem, year=year, report=report, parent=self,
                         **options)
        self.task.progressed.connect(lambda done, total: (self.progress.setMaximum(total), self.progress.setValue(done)))
        self.progress.canceled.connect(self.task.cancel)
        self.task.succeeded.connect(lambda files: self._done(str(folder)))
        self.task.failed.connect(self._failed)
        self.task.start()

    def _done(self, out: str) -> None:
        self.result_state = "exported"
        self.progress.reset()
        self.exported.emit(out)
        self.accept()

    def _failed(self, message: str) -> None:
        self.progress.reset()
        if self.task is not None and self.task.cancelled:
            self.result_state = "cancelled"
            return  # the planner's own cancel: nothing written, nothing to say
        self.result_state = "failed"
        box = QMessageBox(QMessageBox.Warning, self.tr("导出失败"), problem_text(message), QMessageBox.Ok, self)
        box.open()
