"""The file back to whoever filled it in, with what is wrong marked on it.

A planner collecting thirty owners' reports sends each one back what the
import found: a copy of their own file, each cell with an error filled red (a
warning yellow) and a comment saying why, and a first sheet 问题清单 listing
every problem by sheet, row and column. The original file is never touched.
"""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from ..written import not_written
from .grid import column_letter as _letter
from .read import read_workbook
from .table import Problem

__all__ = ["write_marked_copy", "not_kept_in_copy"]

_FILL = {"error": "FFC7CE", "warning": "FFEB9C"}  # Excel's own "bad" and "neutral" cell colours
_LEVEL = {"error": "错误", "warning": "提示", "info": "说明"}


def _own_cell(ws, cell):
    """The cell that holds what is shown where ``cell`` is: a merged range's first (a cell inside it takes no
    comment: "'MergedCell' object attribute 'comment' is read-only" stopped the copy)."""
    from openpyxl.cell.cell import MergedCell

    if isinstance(cell, MergedCell):
        for merged in ws.merged_cells.ranges:
            if cell.coordinate in merged:
                return ws.cell(merged.min_row, merged.min_col)
    return cell


def write_marked_copy(source: str | Path, problems: list[Problem], out: str | Path, progress=None,
                      cancelled=None) -> int:
    """Write ``source`` to ``out`` (xlsx) with ``problems`` marked; return how many cells were marked.

    An xlsx or xlsm keeps its sheets, formulas and formats; a CSV or an .ods becomes a
    workbook of its cells (values and merged ranges; openpyxl writes no .ods).
    ``progress(done, total)`` and ``cancelled()`` as for the other long work."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill

    source, out = Path(source), Path(out)
    wb = None
    if source.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            wb = openpyxl.load_workbook(source)  # formulas kept as formulas, not their values
        except Exception:  # noqa: BLE001 - an .ods under an xlsx name: copied from its cells below
            wb = None
    if wb is None:
        wb = _from_cells(source)
    marked = 0
    total = len(problems)
    for k, p in enumerate(problems):
        if cancelled and cancelled():
            raise InterruptedError("已取消")
        if progress and k % 200 == 0:
            progress(k, total)
        ws = _sheet(wb, p.sheet)
        if ws is None or not p.row or p.severity not in _FILL:
            continue
        cell = _own_cell(ws, ws[f"{p.column}{p.row}"] if p.column else ws.cell(p.row, 1))
        if p.column or p.severity == "error":  # a row's error without a column marks the row's first cell
            note = f"{_LEVEL[p.severity]}：{p.message}"
            if cell.comment is not None and note not in cell.comment.text:
                note = f"{cell.comment.text}\n{note}"
            cell.comment = Comment(note, "milestones", width=320, height=120)
            if p.severity == "error" or not _is_red(cell):
                cell.fill = PatternFill("solid", fgColor=_FILL[p.severity])
            marked += 1
    listing = wb.create_sheet("问题清单", 0)
    listing.append(["级别", "工作表", "行", "列", "内容", "说明"])
    for cell in listing[1]:
        cell.font = Font(bold=True)
    order = {"error": 0, "warning": 1, "info": 2}
    for p in sorted(problems, key=lambda p: (order.get(p.severity, 3), p.sheet, p.row or 0)):
        _append(listing, [_LEVEL.get(p.severity, p.severity), p.sheet, p.row, p.column, p.text, p.message])
    for letter, width in zip("ABCDEF", (6, 16, 6, 5, 24, 80)):
        listing.column_dimensions[letter].width = width
    listing.freeze_panes = "A2"
    wb.active = 0
    if not out.parent.is_dir():
        raise not_written(out)
    tmp = out.with_name(out.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(out)  # never half a file under the real name
    except OSError as exc:  # a full disk, a folder not to be written: said as such, by the file's own name
        raise not_written(out, exc) from None
    finally:
        tmp.unlink(missing_ok=True)
    if progress:
        progress(total, total)
    return marked


_SHAPE = re.compile(rb"<(?:\w+:)?sp[\s/>]")  # a shape or text box in a drawing, whatever its prefix


def not_kept_in_copy(source: str | Path) -> list[str]:
    """What the file holds that its marked copy will not, as openpyxl reads it: pictures (read
    only with Pillow, which is not installed), shapes and text boxes, macros (an .xlsx has
    none). Charts and pivot tables come through. The planner is told, and sends the original
    along if they matter."""
    import zipfile

    try:
        with zipfile.ZipFile(source) as zf:
            names = zf.namelist()
            shapes = any(_SHAPE.search(zf.read(n)[:1_000_000]) for n in names
                         if n.startswith("xl/drawings/drawing") and n.endswith(".xml"))
    except (OSError, zipfile.BadZipFile, KeyError):
        return []
    lost = []
    if any(n.startswith("xl/media/") for n in names) and importlib.util.find_spec("PIL") is None:
        lost.append("图片")
    if shapes:
        lost.append("图形")
    if "xl/vbaProject.bin" in names:
        lost.append("宏")
    return lost


def _from_cells(source: Path):
    """A new workbook holding the cells of a file openpyxl cannot open (CSV, .ods)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in read_workbook(source).sheets:
        ws = wb.create_sheet(sheet.name[:31])
        if sheet.hidden:
            ws.sheet_state = "hidden"
        for row in sheet.rows:
            _append(ws, [None if v == "" else v for v in row])
        for r0, c0, r1, c1 in sheet.merged:
            ws.merge_cells(start_row=r0 + 1, start_column=c0 + 1, end_row=r1 + 1, end_column=c1 + 1)
        for c in range(sheet.width):  # no widths of their own here: as wide as the text, within reason
            longest = max((len(str(r[c]).encode("utf-8")) for r in sheet.rows[:200] if c < len(r) and r[c] is not None),
                          default=8)
            ws.column_dimensions[_letter(c)].width = min(max(8, longest * 2 // 3 + 2), 40)
    return wb


def _sheet(wb, name: str):
    """The worksheet a problem names; a table read from part of a sheet is named "Sheet1（附件2）"."""
    if name in wb.sheetnames:
        return wb[name]
    bare = re.sub(r"（[^（）]*）$", "", name)
    return wb[bare] if bare in wb.sheetnames else None


def _is_red(cell) -> bool:
    return (cell.fill.fgColor.rgb or "").endswith(_FILL["error"])


def _append(ws, values: list) -> None:
    """A row of values as text and numbers: "=1+1" from a file stays text, never a formula."""
    ws.append(values)
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"
