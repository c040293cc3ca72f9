"""How big a key project is, where a list gives it a column a figure: "用地面积（亩）", "总建筑面积（万平方米）",
"道路长度（公里）". A project has no field for it (建设内容 holds it in words where the plan gives it); a planner who
keeps it in a table keeps it in the project's 备注, one line ("建设规模：用地面积50亩，建筑面积12万平方米"). Left out,
it was lost at the import, said only as "no field".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cells import NO_DATE, excel_error, memo, norm, split_unit
from .layout import Column, Layout, columns_named

if TYPE_CHECKING:
    from .project_columns import Columns

SIZE_FIELD = "size:"  # + what is measured ("size:用地面积")
NOTE = "建设规模："

# what is measured, as the whole heading without its unit
_MEASURED = re.compile(r"(?:规划|总|净|项目|建设)?(?:用地|占地|建设用地|土地)(?:面积|规模)|占地|"
                       r"(?:总|地上|地下|计容|规划|新建|改造)?建筑面积|(?:道路|线路|管网|管线|河道|轨道|隧道|步道|堤防)(?:总)?长度")


def size_heading(text: str) -> str | None:
    """The field of a column of a project's size (``SIZE_FIELD`` + what it measures), or None."""
    name = norm(split_unit(text)[0])
    return SIZE_FIELD + name if _MEASURED.fullmatch(name) else None


def size_column(fld: str, c: int, text: str, said: str) -> Column:
    """The column, its unit the heading's ("亩" of "用地面积（亩）")."""
    return Column(fld, c, said, None, split_unit(norm(text))[1])


def size_said(layout: Layout) -> str | None:
    """One note for the size columns, or None for a table without them."""
    cols = sorted((c for f, c in layout.columns.items() if f.startswith(SIZE_FIELD)), key=lambda c: c.index)
    return f"{columns_named(cols)}是项目的建设规模：没有对应的字段，记入项目的备注" if cols else None


def size_notes(cols: Columns) -> list[str | None]:
    """Each project's size as one line of its notes, or None where the row gives none."""
    sized = sorted((c for f, c in cols.layout.columns.items() if f.startswith(SIZE_FIELD)), key=lambda c: c.index)
    out: list[list[str]] = [[] for _ in range(cols.n)]
    for col in sized:
        name = col.field.removeprefix(SIZE_FIELD)
        for k, said in enumerate(memo(lambda v: _size(name, v, col.unit), cols.cells_of(col.field))):
            if said:
                out[k].append(said)
    return [NOTE + "，".join(parts) if parts else None for parts in out]


def _size(name: str, v: object, unit: str | None) -> str | None:
    """"用地面积50亩" (the heading's unit after a bare figure), or the words the cell holds ("用地面积约50亩");
    nothing for no size (0, "—", TRUE, a date or an error value)."""
    if v is None or v == "" or type(v) is bool or type(v) not in (str, int, float) or excel_error(v):
        return None
    if type(v) is not str:
        return f"{name}{v:g}{unit or ''}" if v > 0 else None
    text = v.strip()
    if norm(text) in NO_DATE or norm(text) in ("0", "无"):
        return None
    if re.fullmatch(r"[\d.,]+", norm(text)):
        return f"{name}{norm(text)}{unit or ''}"
    return f"{name}{text}" if text[0].isdigit() or text.startswith(("约", "近", "超")) else f"{name}：{text}"
