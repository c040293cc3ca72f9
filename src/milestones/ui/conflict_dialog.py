"""Someone else changed what you were editing: see both values, choose."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QGridLayout, QLabel, QVBoxLayout


class ConflictDialog(QDialog):
    def __init__(self, what: str, rows: list[tuple[str, str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("修改冲突"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("“%1”在您修改期间已被他人修改。请选择保留哪个值：").replace("%1", what), self))
        grid = QGridLayout()
        for c, head in enumerate((self.tr("字段"), self.tr("您的修改"), self.tr("当前值（他人修改后）"))):
            lab = QLabel(f"<b>{head}</b>", self)
            grid.addWidget(lab, 0, c)
        for r, (field, mine, theirs) in enumerate(rows, start=1):
            for c, v in enumerate((field, mine, theirs)):
                grid.addWidget(QLabel(v, self), r, c)
        lay.addLayout(grid)
        buttons = QDialogButtonBox(self)
        self.mine = buttons.addButton(self.tr("保留我的修改"), QDialogButtonBox.AcceptRole)
        self.theirs = buttons.addButton(self.tr("采用当前值"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    @classmethod
    def ask(cls, parent, what: str, rows: list[tuple[str, str, str]]) -> str:
        """"mine" or "theirs". (Tests replace this method: it runs a modal dialog.)"""
        return "mine" if cls(what, rows, parent).exec() == QDialog.Accepted else "theirs"
