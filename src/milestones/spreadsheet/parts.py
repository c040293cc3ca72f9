"""Several tables on one sheet: 附件1 above 附件2, as an office pastes its
attachments one under another. Each is read as a table of its own."""
from __future__ import annotations

import re

from .cells import norm
from .grid import Sheet
from .header_rows import header_texts
from .layout import CONTINUED

__all__ = ["tables_in"]

# a heading numbered as the table's sections are ("一、", "（十二）"), which a title never is
_SECTION_NUMBERED = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])")
# a summary's title below the list ("分片区汇总", "按类别统计"): not a section of the list
_SUMMARY_TITLE = re.compile(r"汇总|统计|合计|分类|分片区|分区域|分板块|分行业|分领域")
_ANNEX_ROW = re.compile(r"^\s*附\s*件\s*[0-9０-９一二三四五六七八九十]+\s*[:：]?\s*$")


def tables_in(sheet: Sheet) -> list[Sheet]:
    """``sheet`` as one sheet per table it holds. A row with nothing but "附件N" below
    some rows of a table starts the next one, as does a title over a header of other columns
    ("表2 2024年主要指标预期目标" over 序号 | 指标 | 单位 | 2024年目标 | 属性, below the 2023 results).
    Each part keeps the sheet's row numbers (rows above it are empty), so a problem still
    names the row the planner sees."""
    annexes = [r for r in _annex_rows(sheet) if _filled_rows(sheet, r) >= 3]
    # a title under its "附件2" row is that table's, started already
    titled = [r for r in _titled_tables(sheet)
              if _filled_rows(sheet, r, max((a for a in annexes if a < r), default=0)) != 1]
    starts = sorted({*annexes, *titled})
    if not starts:
        return [sheet]
    bounds = list(zip([0, *starts], [*starts, sheet.height]))
    return [_part(sheet, a, b) for a, b in bounds if _filled_rows(sheet, b, a) > 0]


def _titled_tables(sheet: Sheet) -> list[int]:
    """Rows titling a second table below the first: one text cell naming a year or a 表, over a
    header unlike the first table's (a header repeated on each printed page is the same table's); and a header of
    the list's own unlike the first, below rows of the first table, with no title over it."""
    first = None  # the first table's header
    starts = []
    for r, row in enumerate(sheet.rows):
        if first is None:
            if r >= 25:
                return []
            texts = header_texts(row)
            if texts is not None:
                first = (r, texts, _lead(row))
            continue
        lead = _lead(row)
        if lead == first[2] and type(lead) is str and not (starts and starts[-1] >= r - 2):
            # "序号 | 项目名称 | … | 计划开工时间 | …" under the rows of a header without 计划开工时间: the better header was
            # taken and the rows above it lost without a word, or the rows below read by the first header's columns
            texts = header_texts(row)
            if texts is not None and texts != first[1] and _alike(texts, first[1]) and _rows_between(sheet, first[0], r):
                starts.append(r)
            continue
        if type(lead) is not str or _filled_cells(row) != 1:
            continue  # a quick look first: tens of thousands of data rows start with a number or a name
        section = _SECTION_NUMBERED.match(lead)
        if not (section or "年" in lead or "表" in lead or _SUMMARY_TITLE.search(lead)):
            continue
        if "续" in lead and CONTINUED.search(norm(lead)):
            continue  # "表2 续表": the table above going on after a page break, not a table of its own
        below = next((b for b in range(r + 1, min(r + 3, sheet.height)) if _filled_cells(sheet.rows[b])), None)
        texts = header_texts(sheet.rows[below]) if below is not None else None
        if texts is None or texts == first[1] or _filled_rows(sheet, r, first[0] + 1) == 0:
            continue
        # "（十二）2024年重点工作任务分解表" over a row of the table: a section, named for the list it came from; but
        # "二、新开工项目" over a header of its own (one more column, 计划开工时间) is the list's second table: its
        # rows were read by the first header's columns, or the first table's rows lost above the second header
        if not section or _alike(texts, first[1]):
            starts.append(r)
    return starts


def _lead(row: list) -> object:
    return row[0] if row and row[0] not in (None, "") else (row[1] if len(row) > 1 else None)


def _alike(texts: tuple[str, ...], first: tuple[str, ...]) -> bool:
    """Two headers of one list: three headings alike at least."""
    return len(({*texts} & {*first}) - {""}) >= 3


def _rows_between(sheet: Sheet, header: int, r: int) -> bool:
    """Rows of a table between the ``header`` row and row ``r`` (not the lower rows of a header over several)."""
    return any(_filled_cells(row) >= 2 and header_texts(row) is None for row in sheet.rows[header + 1:r])


def _annex_rows(sheet: Sheet) -> list[int]:
    found = []
    for r, row in enumerate(sheet.rows):
        # a quick look first: tens of thousands of data rows start with a number (序号) or a name
        first = row[0] if row else None
        if first is None or first == "":
            first = next((v for v in row[1:3] if v not in (None, "")), None)
        if type(first) is not str or "附" not in first or not _ANNEX_ROW.match(first):
            continue
        if sum(1 for v in row if v not in (None, "")) == 1:
            found.append(r)
    return found


def _filled_cells(row: list) -> int:
    return sum(1 for v in row if v not in (None, ""))


def _filled_rows(sheet: Sheet, end: int, start: int = 0) -> int:
    return sum(1 for row in sheet.rows[start:end] if any(v not in (None, "") for v in row))


_TABLE_NUMBER = re.compile(r"^(表\s*[0-9０-９一二三四五六七八九十]+)")


def _part(sheet: Sheet, a: int, b: int) -> Sheet:
    first = str(next((v for v in sheet.rows[a] if v not in (None, "")), ""))
    numbered = _TABLE_NUMBER.match(first.strip())
    label = numbered.group(1) if numbered else (
        # "二、新开工项目" over the list's second header: the section it names (a tab reading 第6行起 said nothing)
        first if _ANNEX_ROW.match(first) or (_SECTION_NUMBERED.match(first) or _SUMMARY_TITLE.search(first))
        and len(first) <= 20 else f"第{a + 1}行起")
    label = re.sub(r"[\s:：]", "", label)
    name = f"{sheet.name}（{label}）" if a else sheet.name
    inside = lambda r: a <= r < b  # noqa: E731
    return Sheet(
        name, [[] for _ in range(a)] + sheet.rows[a:b],
        [m for m in sheet.merged if inside(m[0]) and inside(m[2])],
        [w for w in sheet.warnings if inside(w[0])],
        {k: v for k, v in sheet.errors.items() if inside(k[0])},
        {k for k in sheet.percent if inside(k[0])},
        hidden_rows={r for r in sheet.hidden_rows if inside(r)}, hidden_columns=sheet.hidden_columns,
        struck={k for k in sheet.struck if inside(k[0])},
        plain=sheet.plain,  # each table of a CSV has its header's merges put back
        shading=lambda: {k: v for k, v in sheet.shaded().items() if inside(k[0])},
    )
