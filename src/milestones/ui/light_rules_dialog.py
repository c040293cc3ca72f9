"""预警规则: when a project turns 滞后 (yellow) or 严重滞后 (red), and when an indicator reviewed before the
year's end is 基本达到时序进度, as the office decides.

The rules are the plan's (kept in its database, the same for everyone sharing it) and every
light follows them: the table, the timeline, the dashboard, 各单位进展 and the printout.
"""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton,
    QSpinBox, QVBoxLayout,
)

from ..domain.progress import LightRules
from .problem_text import problem_text


class LightRulesDialog(QDialog):
    def __init__(self, rules: LightRules, editable: bool = True, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("lightRulesDialog")
        self.setWindowTitle(self.tr("预警规则"))
        lay = QVBoxLayout(self)
        note = QLabel(self.tr("规则保存在计划数据库中，共用数据库的同事看到同样的预警；表格、时间轴、概览、各单位进展和打印都按它判断。"), self)
        note.setWordWrap(True)
        lay.addWidget(note)

        late = QGroupBox(self.tr("开工、完工晚于计划"), self)
        form = QFormLayout(late)
        self.yellow_quarters = self._quarters()
        self.red_quarters = self._quarters()
        form.addRow(self.tr("滞后（黄）：晚"), self.yellow_quarters)
        form.addRow(self.tr("严重滞后（红）：晚"), self.red_quarters)
        lay.addWidget(late)

        money = QGroupBox(self.tr("年度投资完成率落后序时进度"), self)
        inner = QVBoxLayout(money)
        form = QFormLayout()
        self.yellow_points = self._points()
        self.red_points = self._points()
        form.addRow(self.tr("滞后（黄）：超过"), self.yellow_points)
        form.addRow(self.tr("严重滞后（红）：超过"), self.red_points)
        self.share_on = QCheckBox(self.tr("完成率不足序时进度的"), self)
        self.share = QSpinBox(self)
        self.share.setRange(1, 100)
        self.share.setSuffix(self.tr("% 也为严重滞后"))
        self.share_on.toggled.connect(self.share.setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.share_on)
        row.addWidget(self.share, 1)
        form.addRow(row)
        inner.addLayout(form)
        # a wrapped label in a form row was given one line's height and overlapped the next
        hint = QLabel(self.tr("只在项目已填报本年度实际投资时判断；未填报不算作零。"), self)
        hint.setWordWrap(True)
        inner.addWidget(hint)
        lay.addWidget(money)

        # indicators reviewed before the year's end: the middle word of a mid-year review
        pace = QGroupBox(self.tr("指标累计完成落后时序进度"), self)
        inner = QVBoxLayout(pace)
        form = QFormLayout()
        self.near_points = self._points()
        self.near_points.setSingleStep(1)
        form.addRow(self.tr("基本达到时序进度：不超过"), self.near_points)
        inner.addLayout(form)
        hint = QLabel(self.tr("按全年目标计：完成全年目标的72%、时序进度75%，落后3个百分点。设为 0 则凡落后都为未达时序进度。"),
                      self)
        hint.setWordWrap(True)
        inner.addWidget(hint)
        lay.addWidget(pace)

        self.problem = QLabel(self)
        self.problem.setObjectName("lightRulesProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        lay.addWidget(self.problem)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.defaults = QPushButton(self.tr("恢复默认"), self)
        self.buttons.addButton(self.defaults, QDialogButtonBox.ResetRole)
        self.defaults.clicked.connect(lambda: self.set_rules(LightRules()))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        self.set_rules(rules)
        for box in (self.yellow_quarters, self.red_quarters, self.yellow_points, self.red_points, self.share,
                    self.near_points):
            box.valueChanged.connect(self._check)
            box.setEnabled(editable)
        self.share_on.setEnabled(editable)
        self.share_on.toggled.connect(self._check)
        self.share.setEnabled(editable and self.share_on.isChecked())
        self.defaults.setEnabled(editable)
        if not editable:
            self.problem.setText(self.tr("只读：只能查看规则"))
        self._check()
        # one width, the height its wrapped lines need at that width (left to Qt, a wrapped label
        # was given too few lines and squeezed the boxes below it)
        self.setFixedWidth(max(460, self.sizeHint().width()))
        self.setMinimumHeight(self.layout().heightForWidth(self.width()) if self.layout().hasHeightForWidth()
                              else self.sizeHint().height())

    def _quarters(self) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(1, 8)
        box.setSuffix(self.tr(" 个季度及以上"))
        return box

    def _points(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setRange(0, 100)
        box.setDecimals(1)
        box.setSingleStep(5)
        box.setSuffix(self.tr(" 个百分点"))
        return box

    def set_rules(self, rules: LightRules) -> None:
        self.yellow_quarters.setValue(rules.yellow_quarters_late)
        self.red_quarters.setValue(rules.red_quarters_late)
        self.yellow_points.setValue(rules.yellow_points_behind)
        self.red_points.setValue(rules.red_points_behind)
        self.share_on.setChecked(rules.red_share_of_elapsed > 0)
        self.share.setValue(round(rules.red_share_of_elapsed * 100) or 50)  # 三亚: under half of 序时进度
        self.share.setEnabled(self.share_on.isChecked() and self.share_on.isEnabled())
        self.near_points.setValue(rules.near_pace_points)

    def rules(self) -> LightRules:
        return LightRules(self.yellow_quarters.value(), self.red_quarters.value(),
                          self.yellow_points.value(), self.red_points.value(),
                          self.share.value() / 100 if self.share_on.isChecked() else 0.0,
                          self.near_points.value())

    def _check(self) -> None:
        """Say at once why rules cannot be kept (yellow later than red), and keep OK from taking them."""
        if not self.yellow_quarters.isEnabled():
            self.buttons.button(QDialogButtonBox.Ok).setEnabled(False)
            return
        problem = self.rules().problem()
        self.problem.setText(problem_text(problem) if problem else "")
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(problem is None)
