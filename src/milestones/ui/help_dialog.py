"""使用说明 (F1): the quick guide in the interface's language, beside the window, opened at the page in view.

The full guide (docs/guide.md) is for whoever installs and runs the program; a planner needs the daily work in
Chinese, a keystroke away. The two guides (resources/help/guide_zh.md, guide_en.md) have the same sections in
the same order, so a page names its section by key whichever the language.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLineEdit, QListWidget, QPushButton, QSplitter, QTextBrowser, QVBoxLayout,
)

from ..paths import resources_dir
from .lang import language

# the guide's "## " sections, in order
SECTIONS = ("start", "projects", "report", "lights", "timeline", "dashboard", "units", "targets", "indicators",
            "checks", "import", "export", "print", "shared", "undo", "keys")


def guide_text(lang: str | None = None) -> str:
    return (resources_dir() / "help" / f"guide_{lang or language()}.md").read_text(encoding="utf-8")


class HelpDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(self.tr("使用说明"))
        self.resize(900, 680)
        self.contents = QListWidget(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(guide_text())
        self.headings = [b for b in _blocks(self.browser.document()) if b.blockFormat().headingLevel() == 2]
        self.contents.addItems([b.text() for b in self.headings])
        self.contents.currentRowChanged.connect(self._show_row)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("在说明中查找…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        find = QPushButton(self.tr("查找下一个"), self)
        find.clicked.connect(self.find_next)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.close)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(find)
        bar.addWidget(close)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setSizes([200, 700])
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(split, 1)

    def show_section(self, key: str) -> None:
        """The section ``key`` (one of SECTIONS) at the top of the text, and chosen in the contents."""
        row = SECTIONS.index(key) if key in SECTIONS else 0
        if self.contents.currentRow() == row:
            self._show_row(row)
        self.contents.setCurrentRow(row)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._room_below()
        self._show_row(self.contents.currentRow())  # the text is laid out at its width only now

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._room_below()

    def _room_below(self) -> None:
        # a view's height of blank under the last line, so the last sections' headings too come to the top
        root = self.browser.document().rootFrame()
        fmt = root.frameFormat()
        if fmt.bottomMargin() != self.browser.viewport().height():
            fmt.setBottomMargin(self.browser.viewport().height())
            root.setFrameFormat(fmt)

    def section_in_view(self) -> str:
        """The key of the section at the top of the text."""
        top = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft()).block().position()
        row = max((i for i, b in enumerate(self.headings) if b.position() <= top), default=0)
        return SECTIONS[row]

    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(self.headings):
            return
        block = self.headings[row]
        self.browser.setTextCursor(QTextCursor(block))
        layout = self.browser.document().documentLayout()
        self.browser.verticalScrollBar().setValue(int(layout.blockBoundingRect(block).top()))

    def find_next(self) -> bool:
        """The next place the words are found, from the cursor on, then from the top again."""
        words = self.search.text().strip()
        if not words:
            return False
        if self.browser.find(words):
            return True
        self.browser.moveCursor(QTextCursor.Start)
        return self.browser.find(words)


def _blocks(doc: QTextDocument):
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()
