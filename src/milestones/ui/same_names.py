"""The import preview's answer to its own warning: an area, a project or an indicator the file names like one the
plan has ("解放碑" for 解放碑中央商务区, "重庆长滨项目" for 重庆长滨) can be read as the plan's, one box each, instead
of the import making a second one. Ticking a box reads the file again; nothing is written until 导入. The import
keeps what it was told for the next one (`store.import_names`): its box shows ticked, and unticked forgets it."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QScrollArea, QVBoxLayout, QWidget

ROWS_IN_SIGHT = 4  # a district's list warns of a few; a city's of more, which scroll
# a name taken, by what it was in (`ImportFile.taken_kinds`): its box's words
_TAKEN_AS = {"key_projects": "project", "leaving": "leaving"}


class SameNameChoices(QScrollArea):
    chosen = Signal()  # a box was ticked or unticked: read the file again with ``areas`` and ``names``

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("sameNames")
        self.areas: dict[str, str] = {}  # an area as the file names it → the plan's, kept across readings
        self.names: dict[str, str] = {}  # a project's or an indicator's name in the file → the plan's
        # unticked: read as the file says, though an earlier import was told otherwise (it is forgotten)
        self.areas_as_in_file: set[str] = set()
        self.names_as_in_file: set[str] = set()
        self._order: dict[tuple[str, str], int] = {}  # a box ticked stays where it was
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        self.setWidget(QWidget(self))
        QVBoxLayout(self.widget()).setContentsMargins(0, 0, 0, 0)
        self.hide()

    @property
    def boxes(self) -> list[QCheckBox]:
        lay = self.widget().layout()
        return [lay.itemAt(i).widget() for i in range(lay.count())]

    def show_for(self, imp) -> None:
        """A box for each name the preview warns is like the plan's, and a ticked one for each read as the plan's."""
        offered: dict[tuple[str, str], tuple[str, str]] = {}  # (what, name in the file) → (the plan's, its kind)
        for n, d in imp.diffs.items():
            for area, _zone, like in d.new_areas.values():
                if like:
                    offered["area", area] = (like, "area")
            kind = "project" if imp.tables[n].kind == "key_projects" else "indicator"
            for i, known in d.similar.items():
                offered["name", imp.tables[n].records[i]["name"]] = (known, kind)
            for i, known in d.leaving_similar.items():  # a 调整名单's 调出 named otherwise than the plan's
                offered["name", imp.tables[n].leaving[i]["name"]] = (known, "leaving")
        taken = {("area", typed): (known, "area") for typed, known in imp.areas_taken.items()}
        taken.update({("name", typed): (known, _TAKEN_AS.get(imp.taken_kinds.get(typed), "indicator"))
                      for typed, known in imp.names_taken.items()})
        lay = self.widget().layout()
        while lay.count():
            old = lay.takeAt(0).widget()
            old.hide()  # not drawn where it was until it is deleted
            old.deleteLater()
        shown = {**offered, **taken}
        for key in shown:
            self._order.setdefault(key, len(self._order))
        for key in sorted(shown, key=self._order.__getitem__):
            (what, typed), (known, kind) = key, shown[key]
            box = QCheckBox(self._words(kind).replace("%1", typed).replace("%2", known), self.widget())
            box.setChecked(key in taken)
            box.toggled.connect(lambda on, what=what, typed=typed, known=known: self._take(what, typed, known, on))
            lay.addWidget(box)
        if lay.count():
            n = min(lay.count(), ROWS_IN_SIGHT)
            line = lay.itemAt(0).widget().sizeHint().height()
            self.setFixedHeight(n * line + (n - 1) * max(lay.spacing(), 0) + 2 * self.frameWidth())
        self.setEnabled(True)
        self.setVisible(lay.count() > 0)

    def _words(self, kind: str) -> str:
        return {"area": self.tr("板块“%1”即已有的“%2”：按已有板块导入，不新建"),
                "project": self.tr("“%1”即已有项目“%2”：按已有项目导入，不新增"),
                "indicator": self.tr("“%1”即已有指标“%2”：按已有指标导入，不新增"),
                "leaving": self.tr("调出的“%1”即已有项目“%2”：从计划中调出该项目")}[kind]

    def _take(self, what: str, typed: str, known: str, on: bool) -> None:
        same, as_in_file = ((self.areas, self.areas_as_in_file) if what == "area" else
                            (self.names, self.names_as_in_file))
        if on:
            same[typed] = known
            as_in_file.discard(typed)
        else:
            same.pop(typed, None)
            as_in_file.add(typed)
        self.chosen.emit()
