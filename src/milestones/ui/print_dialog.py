"""文件 → 打印: choose zones, period, what to show, paper and scale; preview, print, PDF or PNG."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import QRectF, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QFormLayout,
    QGroupBox, QHBoxLayout, QLineEdit, QMessageBox, QProgressDialog, QPushButton, QRadioButton, QVBoxLayout,
)

from ..domain.quarter import Quarter, QuarterParseError
from ..store.project_rows import ProjectFilter
from ..store.queries import zones_in_use
from ..timeline.paint import Options
from ..timeline.print import (
    PrintCancelled, PrintSettings, draw_printout, page_layout, plan_printout, printed_plan,
    print_to_file, some_projects,
)
from .delegates import QuarterEditor
from .folders import last_folder, remember_folder
from .lang import language
from .problem_text import problem_text
from .timeline_view import fill_orders
from .worker import Task

PERIODS = ("全年", "一季度", "二季度", "三季度", "四季度", "上半年", "下半年", "自定义")


class PrintDialog(QDialog):
    written = Signal(list)

    def __init__(self, ops, year: int, title: str, office: str, settings: QSettings, font_family: str | None,
                 parent=None, zone: str | None = None, in_view=None, narrowed: str = "", order: str = "list",
                 chosen: tuple[int, ...] = ()) -> None:
        """``in_view`` is the list's filter and ``narrowed`` what it narrows by, in words (the filter bar's): when
        it narrows anything, the printout can hold only those projects. ``order``: the rows' order within an area,
        the screen's timeline's. ``chosen``: the projects chosen in the list, which it can hold alone."""
        super().__init__(parent)
        self.ops, self.year, self.title, self.settings = ops, year, title, settings
        self.in_view, self.narrowed, self.chosen = in_view, narrowed, tuple(sorted(chosen))
        self.font_family = font_family
        self.setWindowTitle(self.tr("打印季度进度时间轴"))
        lay = QVBoxLayout(self)

        zones = QGroupBox(self.tr("区域（每个区域单独成组分页）"), self)
        zl = QHBoxLayout(zones)
        self.zone_boxes = {}
        with ops.db.read() as s:  # the zones in use, as the timeline's tabs (全区 there is every zone's projects)
            used = {name for _id, name in zones_in_use(s)}
        for z in ("全区", "东部", "中部", "西部"):
            box = QCheckBox(self.tr(z), zones)
            box.setChecked(z == (zone or "全区"))
            box.setVisible(z == "全区" or z in used or box.isChecked())
            zl.addWidget(box)
            self.zone_boxes[z] = box
        lay.addWidget(zones)
        # the list narrowed to some projects (an area, the 严重滞后 ones, one unit's): print those, or all of them
        self.only_in_view = QCheckBox(self.tr("只打印当前筛选的项目（%1）").replace("%1", narrowed), self)
        self.only_in_view.setObjectName("printOnlyInView")
        self.only_in_view.setChecked(bool(narrowed))
        self.only_in_view.setVisible(bool(narrowed))
        lay.addWidget(self.only_in_view)
        # the projects a leader asked about, chosen in the list: their pages alone (ticked when several are chosen,
        # as the replace box takes several rows chosen for the rows to look in)
        self.only_chosen = QCheckBox(self.tr("只打印所选的%1个项目").replace("%1", str(len(self.chosen))), self)
        self.only_chosen.setObjectName("printOnlyChosen")
        self.only_chosen.setChecked(len(self.chosen) > 1)
        self.only_chosen.setVisible(bool(self.chosen))
        self.only_chosen.toggled.connect(lambda on: self.only_in_view.setEnabled(not on))  # the chosen are in view
        self.only_in_view.setEnabled(not self.only_chosen.isChecked())
        lay.addWidget(self.only_chosen)

        form = QFormLayout()
        self.period = QComboBox(self)
        for p in PERIODS:
            self.period.addItem(self.tr(p), p)
        self.first = QuarterEditor(year, self)
        self.last = QuarterEditor(year, self)
        self.first.set_value(Quarter(year, 1).short)
        self.last.set_value(Quarter(year, 4).short)
        rng = QHBoxLayout()
        rng.addWidget(self.period)
        rng.addWidget(self.first)
        rng.addWidget(self.last)
        self.period.currentIndexChanged.connect(self._period_changed)
        form.addRow(self.tr("时段"), rng)

        self.show_planned = QCheckBox(self.tr("计划工期"), self)
        self.show_actual = QCheckBox(self.tr("实际工期"), self)
        self.show_milestones = QCheckBox(self.tr("节点"), self)
        self.show_investment = QCheckBox(self.tr("季度投资"), self)
        self.show_unit = QCheckBox(self.tr("责任单位列"), self)
        for b in (self.show_planned, self.show_actual, self.show_milestones):
            b.setChecked(True)
        shows = QHBoxLayout()
        for b in (self.show_planned, self.show_actual, self.show_milestones, self.show_investment, self.show_unit):
            shows.addWidget(b)
        form.addRow(self.tr("显示"), shows)
        self.order = QComboBox(self)
        self.order.setObjectName("printOrder")
        fill_orders(self.order, order)
        form.addRow(self.tr("排序"), self.order)

        self.paper = QComboBox(self)
        self.paper.addItems(["A4", "A3"])
        self.orientation = QComboBox(self)
        self.orientation.addItem(self.tr("横向"), True)
        self.orientation.addItem(self.tr("纵向"), False)
        paper = QHBoxLayout()
        paper.addWidget(self.paper)
        paper.addWidget(self.orientation)
        form.addRow(self.tr("纸张"), paper)

        self.fit_width = QRadioButton(self.tr("适合页宽"), self)
        self.fixed = QRadioButton(self.tr("固定比例（超出页宽时分页拼接）：每季度"), self)
        self.fit_width.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.fit_width)
        group.addButton(self.fixed)
        self.scale = QDoubleSpinBox(self)
        self.scale.setRange(8, 200)
        self.scale.setValue(30)
        self.scale.setSuffix(" mm")
        scale = QHBoxLayout()
        for w in (self.fit_width, self.fixed, self.scale):
            scale.addWidget(w)
        form.addRow(self.tr("缩放"), scale)
        self.legend_every = QCheckBox(self.tr("每页都印图例"), self)
        form.addRow("", self.legend_every)
        self.summary = QCheckBox(self.tr("首页附概况（进展情况文字和分区统计）"), self)
        self.summary.setObjectName("printSummary")
        self.summary.setChecked(settings.value("print/summary", False, bool))
        form.addRow("", self.summary)
        self.office = QLineEdit(settings.value("print/office", office or "", str), self)
        form.addRow(self.tr("页脚发文单位"), self.office)
        lay.addLayout(form)

        buttons = QDialogButtonBox(self)
        self.preview_button = QPushButton(self.tr("预览…"), self)
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.pdf_button = QPushButton(self.tr("存为 PDF…"), self)
        self.png_button = QPushButton(self.tr("存为 PNG…"), self)
        for b in (self.preview_button, self.print_button, self.pdf_button, self.png_button):
            buttons.addButton(b, QDialogButtonBox.ActionRole)
        buttons.addButton(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_)
        self.pdf_button.clicked.connect(lambda: self.save_as("pdf"))
        self.png_button.clicked.connect(lambda: self.save_as("png"))
        lay.addWidget(buttons)
        self._period_changed()

    def _period_changed(self) -> None:
        p, y = self.period.currentData(), self.year
        spans = {"全年": (1, 4), "一季度": (1, 1), "二季度": (2, 2), "三季度": (3, 3), "四季度": (4, 4),
                 "上半年": (1, 2), "下半年": (3, 4)}
        custom = p == "自定义"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            a, b = spans[p]
            self.first.set_value(Quarter(y, a).short)
            self.last.set_value(Quarter(y, b).short)

    def zones(self) -> list[str]:
        return [z for z, b in self.zone_boxes.items() if b.isChecked()] or ["全区"]

    def _period(self) -> tuple[Quarter, Quarter]:
        """The quarters typed for 自定义, each read as the project window reads one; a box left blank or not a
        quarter is said with its box (it escaped as a fault of the program)."""
        ends = []
        for box, which in ((self.first, self.tr("起始季度")), (self.last, self.tr("截止季度"))):
            try:
                ends.append(Quarter.parse(box.value()))
            except QuarterParseError as exc:
                raise ValueError(self.tr("时段的%1：%2").replace("%1", which).replace("%2", problem_text(str(exc))))
        return ends[0], ends[1]

    def _settings_or_say(self) -> PrintSettings | None:
        """The printout's settings, or a box saying why there is none to print."""
        try:
            s = self.print_settings()
            some_projects(self.ops.db, self.zones(), s, self.year)
            return s
        except ValueError as exc:
            self.refusal = QMessageBox(QMessageBox.Warning, self.tr("未能生成"), problem_text(str(exc)),
                                       QMessageBox.Ok, self)
            self.refusal.open()
            return None

    def print_settings(self) -> PrintSettings:
        first, last = self._period()
        if last < first:
            first, last = last, first
        self.settings.setValue("print/office", self.office.text())
        self.settings.setValue("print/summary", self.summary.isChecked())
        return PrintSettings(
            title=f"{self.title}·重点项目季度进度" if language() == "zh" else f"{self.title} · key projects",
            period=(first, last), paper=self.paper.currentText(), landscape=self.orientation.currentData(),
            fit="scale" if self.fixed.isChecked() else "width", quarter_mm=self.scale.value(),
            legend_every_page=self.legend_every.isChecked(), issuing_office=self.office.text(),
            summary=self.summary.isChecked(), order=self.order.currentData(),
            **self._narrowed(),
            options=Options(planned=self.show_planned.isChecked(), actual=self.show_actual.isChecked(),
                            milestones=self.show_milestones.isChecked(), investment=self.show_investment.isChecked(),
                            unit_column=self.show_unit.isChecked(), language=language(), font_family=self.font_family),
        )

    def _narrowed(self) -> dict:
        """The projects the printout holds, when not all, and the words its header says it with."""
        if self.chosen and self.only_chosen.isChecked():
            base = self.in_view if self.in_view is not None else ProjectFilter(year=self.year)
            # only the ids: a project chosen and then filtered out of the list is still the one asked for
            everything = ProjectFilter(year=base.year, at=base.at, include_removed=base.include_removed)
            return {"projects": dataclasses.replace(everything, ids=self.chosen),
                    "narrowed": self.tr("所选的%1个项目").replace("%1", str(len(self.chosen)))}
        if self.narrowed and self.only_in_view.isChecked():
            return {"projects": self.in_view, "narrowed": self.tr("筛选（%1）").replace("%1", self.narrowed)}
        return {}

    # -- outputs --------------------------------------------------------------
    def _render_to_printer(self, printer) -> None:
        """The printout on a printer, or on the preview's pages: the pages the print box's 页码范围 names (each
        keeping its 第 N 页 共 M 页), with their count shown and a 取消."""
        from PySide6.QtGui import QPaintEngine, QPainter
        from PySide6.QtPrintSupport import QPrinter

        s = self.print_settings()
        wanted = ((printer.fromPage(), printer.toPage() or printer.fromPage())
                  if printer.printRange() == QPrinter.PageRange and printer.fromPage() else None)
        printer.setPageLayout(page_layout(s))
        dpi = printer.resolution()
        rect = QRectF(printer.pageLayout().paintRectPixels(dpi))
        rect.moveTo(0, 0)
        try:
            layouts, summary = printed_plan(self.ops.db, self.zones(), s, self.year)
            printout = plan_printout(layouts, s, dpi, rect, summary)
            printout.numbered(wanted)
        except ValueError as exc:  # said before the printer is begun: it would have printed a blank sheet
            QMessageBox(QMessageBox.Warning, self.tr("未能打印"), problem_text(str(exc)), QMessageBox.Ok, self).open()
            return
        # drawn here, on the printer's own thread: a zone of a city's list is hundreds of pages, so the count shows
        # and 取消 stops it (the box is modal: nothing else can close the printer meanwhile)
        box = QProgressDialog(self.tr("正在生成…"), self.tr("取消"), 0, 0, self)
        box.setWindowModality(Qt.ApplicationModal)
        box.setMinimumDuration(400)
        painter = QPainter(printer)
        if not painter.isActive():  # an unplugged printer, a print-to-file path that cannot be written
            box.deleteLater()
            QMessageBox(QMessageBox.Warning, self.tr("未能打印"), self.tr(
                "无法开始打印：打印机不可用，或打印到的文件无法写入。"), QMessageBox.Ok, self).open()
            return
        previewing = printer.paintEngine().type() == QPaintEngine.Picture  # the preview's pages, not paper
        drawn = []
        try:
            draw_printout(painter, printout, printer.newPage, page_range=wanted, cancelled=box.wasCanceled,
                          progress=lambda done, total: (drawn.append(done), box.setMaximum(total), box.setValue(done)))
        except PrintCancelled:
            # a preview shows the pages drawn; a printer gets none, where its driver can take a job back (the
            # PDF-based printing of Linux cannot: it is told so, with where to stop the rest)
            if not previewing and not printer.abort() and drawn:
                self._say_sent(len(drawn))
        finally:
            painter.end()
            box.reset()
            box.deleteLater()

    def _say_sent(self, pages: int) -> None:
        QMessageBox(QMessageBox.Information, self.tr("已停止打印"),
                    self.tr("已停止。已画好的%n页已交给打印机，如不需要，请在系统的打印队列中取消。", "", pages),
                    QMessageBox.Ok, self).open()

    def preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        if self._settings_or_say() is None:
            return
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.paintRequested.connect(self._render_to_printer)
        dialog.exec()

    def print_(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        s = self._settings_or_say()
        if s is None:
            return
        printer = QPrinter(QPrinter.HighResolution)
        printer.setPageLayout(page_layout(s))
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.Accepted:
            self._render_to_printer(printer)

    def save_as(self, kind: str, path: str | None = None) -> Task | None:
        s = self._settings_or_say()  # said before the file is named
        if s is None:
            return None
        if not path:
            filt = "PDF (*.pdf)" if kind == "pdf" else "PNG (*.png)"
            suggested = last_folder(self.settings, "print") / f"{self.year}年重点项目进度.{kind}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为"), str(suggested), filt)
            if not path:
                return None
            remember_folder(self.settings, "print", path)
        if not path.lower().endswith("." + kind):
            path += "." + kind
        zones = self.zones()
        self.progress = QProgressDialog(self.tr("正在生成…"), self.tr("取消"), 0, 0, self)
        self.progress.setMinimumDuration(400)
        self.task = Task(lambda progress, cancelled: print_to_file(self.ops.db, path, zones, s, year=self.year,
                                                                    progress=progress, cancelled=cancelled),
                         parent=self)
        self.task.progressed.connect(lambda done, total: (self.progress.setMaximum(total),
                                                          self.progress.setValue(done)))
        self.progress.canceled.connect(self.task.cancel)
        self.task.succeeded.connect(self._written)
        self.task.failed.connect(self._failed)
        self.task.start()
        return self.task

    def _written(self, files) -> None:
        self.progress.reset()
        self.written.emit(files)

    def _failed(self, message: str) -> None:
        self.progress.reset()
        if self.task.cancelled:
            return  # the planner's own 取消: no file written, nothing to say
        QMessageBox(QMessageBox.Warning, self.tr("未能生成"), problem_text(message), QMessageBox.Ok, self).open()
