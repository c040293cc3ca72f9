"""The lines a PDF broke: a table copied from the published PDF into Excel has each long cell broken
over two or three rows, the later rows with no 序号 and only the rest of the words ("解放碑-朝天门步行大道"
over "二期工程", "区住房城乡" over "建委"). Read as records they were projects, indicators and tasks of
their own, and the first row kept half its words.

:class:`BrokenLines` follows one table's rows: it says which row is the next line of the record above
and joins it there. Nothing here touches the database.
"""
from __future__ import annotations

import re
import unicodedata

from .cells import NUMBER_CELL, norm, text_of
from .grid import Sheet, cell_text
from .layout import CATEGORY_NUMBERING, Layout
from .zones import names_a_group

WRAPPED_LINE_SAID = "没有序号和数字，看作上一行的续行（从 PDF 复制的表格会把长文字断成两行），已并入上一行；如是单独的一项，请编上序号"
# a task list: a row under a task with no 序号 is as often the task's next target, so a line is taken
# only where the line above filled its column, and the advice is the merge that tells them apart
TASK_LINE_SAID = ("没有序号，上一行的文字排满了该列，看作上一行的续行（从 PDF 复制的表格会把长文字断成两行），已并入上一行；"
                  "如是同一任务的另一条目标，请把序号和任务单元格向下合并")

# the columns of words, which a PDF breaks onto a second line
_WRAPPING = {
    "key_projects": re.compile(r"name|content|owner|responsible_unit|partner_units|leader|contact|location|notes|"
                               r"q[1-4]_(goal|progress|issues|asks|next)"),
    "indicator_results": re.compile(r"name|notes|reason"), "indicator_targets": re.compile(r"name|notes|reason"),
    # a deadline is left out: every deadline is about as wide, so a full line says nothing there
    "measures": re.compile(r"section|measure|target|responsible_unit|partner_units|leader|contact|notes|actual"),
}
# an indicator table's groups, typed alone in the name column with no number: a heading, not a line
INDICATOR_GROUP = re.compile(r"(经济发展|创新驱动|协调发展|绿色发展|绿色生态|开放发展|改革开放|共享发展|民生福祉|人民生活|"
                             r"社会民生|社会发展|生态环境|资源环境|生态文明|安全保障|安全发展|质量效益|结构优化|综合实力|"
                             r"城乡建设|公共服务|.*类|.*领域|.*指标)")
_DECIMAL = re.compile(r"\d+\.\d")  # "1.2万平方米", the end of a line, not a heading numbered "1."
_OPENS, _CLOSES = set("，,、（(“‘《：:—-/."), set("，,、。；;）)”’》：:%％")
# a line filled its column when it is at least this share of the column's widest line
_FULL = 0.8


def width(text: str) -> int:
    """How wide a line prints: a Chinese character is two Latin ones."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


class BrokenLines:
    """The broken lines of one table, read top to bottom. :meth:`record` is told each record row;
    :meth:`line_of` says whether a row goes on the record above, and :meth:`join` puts it there."""

    def __init__(self, sheet: Sheet, layout: Layout) -> None:
        self.sheet, self.layout = sheet, layout
        self.wrapping = {col.index for fld, col in layout.columns.items() if _WRAPPING[layout.kind].fullmatch(fld)}
        self.tasks = layout.kind == "measures"
        self._widest: dict[int, int] = {}  # per column, its widest line in the table (measures only)
        self._last: dict[int, str] = {}  # per column, the record's last line joined so far
        self._pdf: bool | None = None  # whether a task list shows itself copied from a PDF
        self.record_too = False  # whether the row :meth:`line_of` was last asked about is a record as well

    def record(self) -> None:
        """A record row begins: the lines joined so far belong to the one before."""
        self._last.clear()

    def line_of(self, r: int, above: int, seq: int) -> list[int] | None:
        """The columns of row ``r`` that go on the lines of the record on row ``above``, or None when the
        row is a record of its own. A broken line has no 序号 of its own where the row above has one, and
        words only in the columns of words: a figure, a date or a zone is a row of its own. A cell merged
        down from above (the 序号, a unit over several projects) holds the value above, not a line."""
        sheet = self.sheet
        cells = sheet.rows[r]
        self.record_too = False
        if seq < len(cells) and cells[seq] not in (None, "") and not (type(cells[seq]) is str and not cells[seq].strip()):
            return None  # a numbered row: every record of a numbered list, so this test comes first
        numbered = sheet.rows[above][seq] if seq < len(sheet.rows[above]) else None
        unnumbered = numbered in (None, "") or type(numbered) is str and not NUMBER_CELL.fullmatch(norm(numbered))
        if unnumbered and not self.tasks:
            return None  # a task's next target has no 序号 either: its lines go on it
        from_above = {c for r0, c0, r1, c1 in sheet.merged if r0 < r <= r1 for c in range(c0, c1 + 1)}
        if self.tasks and (seq in from_above or self._task_column() in from_above):
            return None  # the task merged over the row: its next target, as the merge says
        own, others = [], []  # the cells of words, and in a task list a deadline or a figure of the row's own
        for c, v in enumerate(cells):
            if v is None or v == "" or c in from_above:
                continue
            if c not in self.wrapping:
                if not self.tasks:
                    return None
                others.append(c)
                continue
            if self.tasks and type(v) in (int, float):
                v = cell_text(v)  # "…第2" over "期" pasted as the number 2: Excel's reading of the line
            if type(v) is not str or not self.tasks and NUMBER_CELL.fullmatch(norm(v)):
                return None  # a figure is a row of its own, but in a task list the end of a line ("5亿元")
            if CATEGORY_NUMBERING.match(norm(v)) and not _DECIMAL.match(norm(v)) or v.lstrip().startswith("其中"):
                return None  # "一、续建项目": a heading; "其中：" over the parts of the row above
            own.append(c)
        group = names_a_group if self.layout.kind == "key_projects" else INDICATOR_GROUP.fullmatch
        if len(own) == 1 and group(norm(cell_text(cells[own[0]]))):
            return None  # "东部片区", "续建项目", "经济发展" alone on a row: a heading
        if not own or not self.tasks:
            return own or None
        if not self._copied():
            return None
        own = [c for c in own if not self._again(cells, sheet.rows[above], c)]
        lines = [c for c in own if self._filled_above(c, above, cell_text(cells[c]))]
        rest = set(own) - set(lines)
        if lines and rest & self._targets() and (others or rest <= self._targets()):
            # the next target of a task in a cell of its own (its deadline beside it or not), beside the
            # last line of the unit drawn over both ("完成第三批山城步道建设 | 局"): that line goes on above,
            # and the target is a record. A line as wide as its column is the first of the row's own cell
            # ("区发展" over "改革委"), not the end of the one above
            tails = [c for c in lines if width(cell_text(cells[c]).strip()) < _FULL * self._widest_line(c)]
            self.record_too = bool(tails)
            return tails or None
        if rest or others:
            return None
        return lines or None

    def join(self, r: int, above: int, columns: list[int]) -> str:
        """Each cell of row ``r`` in ``columns`` read on the end of its column's cell on row ``above``;
        the line's words, for the message. A PDF breaks a line where the column is full, in the middle
        of a word, so Chinese is joined as it was typed (a space only between two Latin words); a cell
        that says again what the row above says (a unit typed on both rows) is no second line."""
        line, first = self.sheet.rows[r], self.sheet.rows[above]
        for c in columns:
            v = cell_text(line[c]).strip()
            while len(first) <= c:
                first.append(None)
            start = text_of(first[c]).rstrip() if first[c] not in (None, "") else ""
            if v == start:
                continue
            gap = " " if start[-1:].isascii() and start[-1:].isalpha() and v[:1].isascii() and v[:1].isalpha() else ""
            first[c] = start + gap + v
            self._last[c] = v
        said = " | ".join(cell_text(line[c]).strip() for c in columns)
        if self.record_too:
            for c in columns:  # the cell the PDF drew over both rows: the record's too
                line[c] = first[c]
        return said

    def said(self) -> str:
        return TASK_LINE_SAID if self.tasks else WRAPPED_LINE_SAID

    def _targets(self) -> set[int]:
        return {self.layout.columns[f].index for f in ("target", "actual", "notes") if f in self.layout.columns}

    def _task_column(self) -> int | None:
        col = self.layout.columns.get("measure")
        return col.index if col is not None else None

    @staticmethod
    def _again(cells: list, above: list, c: int) -> bool:
        """Whether the cell says again what the cell above says (a section typed on each row): no line."""
        if c >= len(above) or above[c] in (None, ""):
            return False
        return cell_text(cells[c]).strip() == cell_text(above[c]).strip()

    def _filled_above(self, c: int, above: int, v: str) -> bool:
        """Whether the last line above in column ``c`` filled the column, as a line a PDF broke does: a
        task's next target in a cell of its own most often follows a shorter one."""
        cell = self.sheet.rows[above][c] if c < len(self.sheet.rows[above]) else None
        if cell in (None, "") or type(cell) is not str:
            return False
        last = self._last.get(c, cell.strip().splitlines()[-1] if cell.strip() else "").rstrip()
        if not last:
            return False
        return width(last) >= _FULL * self._widest_line(c)

    def _copied(self) -> bool:
        """Whether the task list shows itself copied from a PDF by a line no task list typed by hand has:
        a task's name or its unit broken off ("程”", "建委" on a row of their own), or the words of a
        target broken mid-phrase ("…到位资金20" over "0亿元"). A row with the rest of a target alone
        ("造50万平方米") is else as likely the next target of a list with no merges."""
        if self._pdf is None:
            sheet, seq = self.sheet, self.layout.columns["seq"].index
            words = self._targets()
            self._pdf = False
            for r in range(self.layout.data_start + 1, sheet.height):
                cells = sheet.rows[r]
                own = [c for c, v in enumerate(cells)
                       if v not in (None, "") and not self._again(cells, sheet.rows[r - 1], c)]
                if not own or seq in own or not set(own) <= self.wrapping or \
                        not all(self._filled_above(c, r - 1, cell_text(cells[c])) for c in own):
                    continue
                if not set(own) <= words or any(self._mid_phrase(cell_text(sheet.rows[r - 1][c]), cell_text(cells[c]))
                                                for c in own):
                    self._pdf = True
                    break
        return self._pdf

    @staticmethod
    def _mid_phrase(last: str, line: str) -> bool:
        """A break no whole target ends at: after a comma, a bracket or a digit, before a closing mark or
        a digit ("到位资金20" / "0亿元")."""
        last, line = last.rstrip(), line.lstrip()
        return last[-1:] in _OPENS or last[-1:].isdigit() or line[:1] in _CLOSES or line[:1].isdigit()

    def _widest_line(self, c: int) -> int:
        if c not in self._widest:
            sheet = self.sheet
            self._widest[c] = max((width(line) for r in range(self.layout.data_start, sheet.height)
                                   if c < len(sheet.rows[r]) and type(v := sheet.rows[r][c]) is str
                                   for line in v.splitlines()), default=0)
        return self._widest[c]
