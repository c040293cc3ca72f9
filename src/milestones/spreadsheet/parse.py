"""From a located table to records: every cell read as the planner meant it.

Each problem names the sheet, the row and column as the spreadsheet shows
them (row 12, column C), the text found and what was expected. Nothing here
touches the database.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

from ..domain.quarter import QuarterParseError, parse_schedule_cell
from ..domain.target import OP_FROM_WORD, OP_WORDS, Target, TargetParseError, parse_number
from .layout import Layout, category_text, detect_layout, is_note_row, norm, split_unit, LayoutError
from .read import Sheet, column_letter

__all__ = ["Problem", "Table", "parse_sheet", "ZONE_WORDS"]

ZONE_WORDS = {"东部": "东部", "东部片区": "东部", "东": "东部", "中部": "中部", "中部片区": "中部", "中": "中部",
              "西部": "西部", "西部片区": "西部", "西": "西部", "全区": "全区", "全区性": "全区", "区级": "全区"}
_CN_NUM = {c: i for i, c in enumerate("零一二三四五六七八九十", start=0)}


@dataclass
class Problem:
    sheet: str
    row: int | None  # as the spreadsheet shows it (1-based)
    column: str | None  # letter
    text: str
    message: str
    severity: str = "error"  # error: the row is not imported; warning/info: it is, with this note

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __str__(self) -> str:
        where = f"“{self.sheet}”"
        if self.row:
            where += f" 第{self.row}行"
        if self.column:
            where += f" {self.column}列"
        found = f"：“{self.text}”" if self.text else ""
        return f"{where}{found} — {self.message}"


@dataclass
class Table:
    sheet: str
    kind: str | None
    year: int | None
    title: str | None = None
    annex: str | None = None
    records: list[dict[str, Any]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    rows: list[int] = field(default_factory=list)  # spreadsheet row of each record

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]


_WS = re.compile(r"\s+")


def _text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:g}"
    s = v if isinstance(v, str) else str(v)
    if not unicodedata.is_normalized("NFKC", s):
        s = unicodedata.normalize("NFKC", s)
    return s.strip()


def _clean(v: Any) -> str | None:
    """A text cell as stored: half-width, inner runs of spaces and line breaks made one space."""
    if v is None or v == "":
        return None
    t = _text(v)
    if _WS.search(t):
        t = _WS.sub(" ", t)
    return t or None


class _Row:
    """One spreadsheet row with the helpers to read its cells and report problems."""

    def __init__(self, table: Table, sheet: Sheet, layout: Layout, r: int, index: dict[str, int]) -> None:
        self.table, self.sheet, self.layout, self.r = table, sheet, layout, r
        self.ok = True
        self.cells = sheet.rows[r]
        self.index = index
        self.errors = bool(sheet.errors)

    def raw(self, fld: str) -> Any:
        i = self.index.get(fld)
        if i is None:
            return None
        if self.errors:
            return self.sheet.cell(self.r, i)
        cells = self.cells
        return cells[i] if i < len(cells) else None

    def has(self, fld: str) -> bool:
        return fld in self.layout.columns

    def problem(self, fld: str | None, text: Any, message: str, severity: str = "error") -> None:
        col = self.layout.columns.get(fld) if fld else None
        self.table.problems.append(Problem(self.sheet.name, self.r + 1, column_letter(col.index) if col else None,
                                           _text(text), message, severity))
        if severity == "error":
            self.ok = False

    def number(self, fld: str) -> float | None:
        v = self.raw(fld)
        if v in (None, ""):
            return None
        text = norm(v) if isinstance(v, str) else ""
        if isinstance(v, str) and not _NUMBER_CELL.fullmatch(text):
            what = "单元格是 Excel 错误值" if text.upper() in _EXCEL_ERRORS else "不是数字"
            self.problem(fld, v, f"{what}；应为数字（如 12.5 或 1,250）")
            return None
        try:
            n = parse_number(v)
        except ValueError:
            self.problem(fld, v, "应为数字（如 12.5 或 1,250），不是文字")
            return None
        if n is None:
            return None
        col = self.layout.columns[fld]
        if isinstance(v, str) and "万元" in v and col.scale == 1.0:
            n *= 1e-4
        return round(n * col.scale, 6)

    def schedule(self, fld: str):
        v = self.raw(fld)
        try:
            return parse_schedule_cell(v if v != "" else None)
        except QuarterParseError:
            self.problem(fld, v, "应为季度或日期，如 2024年一季度、2024Q1、2024年3月、2024-03-15，或“续建”“前期”")
            return None


def parse_sheet(sheet: Sheet, kind: str | None = None, year: int | None = None) -> Table:
    """Locate the table in ``sheet`` and read its records."""
    try:
        layout = detect_layout(sheet, kind, year)
    except LayoutError as exc:
        t = Table(sheet.name, kind, year)
        t.problems.append(Problem(sheet.name, None, None, "", str(exc)))
        return t
    table = Table(sheet.name, layout.kind, layout.year, layout.title, layout.annex)
    for note in layout.notes:
        table.problems.append(Problem(sheet.name, layout.header_rows[-1] + 1, None, "", note, "info"))
    for r, c, message in sheet.warnings:
        if r >= layout.data_start:
            table.problems.append(Problem(sheet.name, r + 1, column_letter(c), "", message, "warning"))
    needed = {"indicator_results": "name", "indicator_targets": "name", "key_projects": "name",
              "measures": "target"}[layout.kind]
    if needed not in layout.columns:
        table.problems.append(Problem(sheet.name, layout.header_rows[-1] + 1, None, "",
                                      f"找不到“{ {'name': '名称', 'target': '目标'}[needed] }”列"))
        return table
    if layout.kind.startswith("indicator") and layout.year is None:
        table.problems.append(Problem(sheet.name, None, None, layout.title or "",
                                      "无法从标题或表头确定年度；请指定年度（--year）"))
    reader = {"indicator_results": _indicator, "indicator_targets": _indicator,
              "key_projects": _project, "measures": _measure}[layout.kind]
    name_index = layout.columns[needed].index
    category: str | None = None
    seen: dict[str, int] = {}
    index = {fld: col.index for fld, col in layout.columns.items()}
    seq_col = layout.columns.get("seq")
    for r in range(layout.data_start, sheet.height):
        cells = sheet.rows[r]
        filled = sum(1 for v in cells if v is not None and v != "")
        if filled == 0:
            continue
        first = next(v for v in cells if v is not None and v != "")
        if isinstance(first, str) and is_note_row([norm(first)]):
            break
        cat = None
        if filled <= 3:  # a category row is one cell (a merge keeps its text in the first)
            texts = [norm(v) for v in cells]  # only rows that may be category rows
            cat = category_text(texts, name_index)
            if cat is None and seq_col is not None and seq_col.index < len(texts) \
                    and re.fullmatch(r"[一二三四五六七八九十]+、?", texts[seq_col.index]):
                others = [t for i, t in enumerate(texts) if t and i not in (seq_col.index, name_index)]
                if not others and name_index < len(texts) and texts[name_index]:
                    cat = _clean(cells[name_index])
        if cat is not None:
            # measures keep the numbering ("（一）…" names section 1); others drop it
            full = next((str(v).strip() for v in sheet.rows[r] if str(v or "").strip()), cat)
            category = full if layout.kind == "measures" else cat
            continue
        row = _Row(table, sheet, layout, r, index)
        record = reader(row, category)
        if record is None or not row.ok:
            continue
        key = _dedupe_key(layout.kind, record)
        if key in seen:
            row.problem(needed, record.get("name") or record.get("text"),
                        f"与第{seen[key]}行重复，本行未导入")
            continue
        seen[key] = r + 1
        table.records.append(record)
        table.rows.append(r + 1)
    if not table.records and not table.errors:
        table.problems.append(Problem(sheet.name, None, None, "", "表中没有数据行"))
    return table


def _dedupe_key(kind: str, rec: dict[str, Any]) -> str:
    if kind == "key_projects":
        return f"code:{rec['code']}" if rec.get("code") else f"name:{norm(rec['name']).lower()}"
    if kind == "measures":
        return f"{rec.get('section')}|{rec.get('measure')}|{norm(rec['text'])}|{rec.get('subject')}"
    return norm(rec["name"]).lower()


def _binding(row: _Row) -> bool | None:
    v = norm(row.raw("binding"))
    if not v:
        return None
    if "约束" in v:
        return True
    if "预期" in v:
        return False
    row.problem("binding", v, "属性应为“约束性”或“预期性”", "warning")
    return None


def _indicator(row: _Row, category: str | None) -> dict[str, Any] | None:
    raw_name = _clean(row.raw("name"))
    if not raw_name:
        if any(norm(v) for v in row.cells):
            row.problem("name", "", "缺少指标名称", "warning")
        return None
    name, unit = split_unit(raw_name)
    name = re.sub(r"^\d+[.、．]\s*", "", name)
    if row.has("unit") and _clean(row.raw("unit")):
        unit = _clean(row.raw("unit"))
    target = None
    tv = row.raw("target")
    if tv not in (None, ""):
        target = _target(row, "target", tv)
        if target is None:
            return None
        if target.unit is None and unit and target.value is not None:
            target = Target(target.op, target.value, unit, target.text, target.subject)
    actual, actual_text = _value_with_text(row, "actual", unit)
    previous, previous_text = _value_with_text(row, "previous_actual", unit)
    status = _clean(row.raw("status"))
    notes = _clean(row.raw("notes"))
    reason = _clean(row.raw("reason"))
    if reason is None and notes and status and status != "完成":
        reason, notes = notes, None  # in 附件1 the 备注 column explains what was not met
    replaced = re.search(r"调整为[“\"『「]?([^”\"』」]+)", reason or notes or "")
    return {
        "name": name, "unit": unit, "category": _clean(row.raw("category")) or category,
        "binding": _binding(row), "target": target.as_dict() if target else None,
        "actual": actual, "actual_text": actual_text, "previous_actual": previous,
        "previous_actual_text": previous_text, "status": status,
        "reason": reason, "notes": notes, "replaced_by": replaced.group(1).strip() if replaced else None,
    }


_NUMBER_CELL = re.compile(r"[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?(%|亿元|万元|元|亿|万)?|[-—/]|无")
_EXCEL_ERRORS = {"#DIV/0!", "#N/A", "#NAME?", "#NULL!", "#NUM!", "#REF!", "#VALUE!", "#SPILL!", "#CALC!"}


def _target(row: _Row, fld: str, value: Any) -> Target | None:
    """A target cell; words are fine ("完成市下达任务"), noise is not ("#REF!", "??")."""
    text = _text(value)
    if text.upper() in _EXCEL_ERRORS:
        row.problem(fld, text, "单元格是 Excel 错误值，应为目标值，如 6%左右、8%以上、完成市下达任务")
        return None
    try:
        t = Target.parse(value)
    except TargetParseError:
        row.problem(fld, text, "无法识别的目标值")
        return None
    if t.op == "text" and not re.search(r"[\u4e00-\u9fff]", t.text):
        row.problem(fld, text, "无法识别的目标值，应为如 6%左右、8%以上、5.5%以内、突破650亿元，或文字目标")
        return None
    return t


def _value_with_text(row: _Row, fld: str, unit: str | None) -> tuple[float | None, str | None]:
    """An actual may be "5.2", "增长5.2%", "完成市下达任务" or "—": keep both.

    With several figures ("完成210.4亿元、增长5.1%") the one in the
    indicator's unit is the value; otherwise the last one.
    """
    v = row.raw(fld)
    if v in (None, ""):
        return None, None
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return float(v), None
    text = _clean(v)
    figures = re.findall(r"(-?\d+(?:,\d{3})*(?:\.\d+)?)\s*([^\d\s,，、;；]*)", norm(text))
    if not figures:
        return None, text
    chosen = figures[-1][0]
    if unit and len(figures) > 1:
        for number, after in figures:
            if after.startswith(unit):
                chosen = number
                break
    return float(chosen.replace(",", "")), text


def _project(row: _Row, category: str | None) -> dict[str, Any] | None:
    name = _clean(row.raw("name"))
    if not name:
        if any(norm(v) for v in row.cells):
            row.problem("name", "", "缺少项目名称", "warning")
        return None
    zone_text = _clean(row.raw("zone"))
    zone = None
    if zone_text:
        zone = ZONE_WORDS.get(norm(zone_text))
        if zone is None:
            row.problem("zone", zone_text, "区域应为 东部、中部、西部 或 全区", "warning")
    elif category and norm(category) in ZONE_WORDS:
        zone = ZONE_WORDS[norm(category)]
    nature = _clean(row.raw("nature"))
    start = row.schedule("start") if row.has("start") else None
    completion = row.schedule("completion") if row.has("completion") else None
    for cell in (start, completion):
        if cell is not None and cell.nature and not nature:
            nature = cell.nature
    actual_start = row.schedule("actual_start") if row.has("actual_start") else None
    actual_completion = row.schedule("actual_completion") if row.has("actual_completion") else None
    return {
        "code": _clean(row.raw("code")), "name": name, "zone": zone, "area": _clean(row.raw("area")),
        "class": _clean(row.raw("project_class")) or (category if category and norm(category) not in ZONE_WORDS else None),
        "nature": nature, "level": _clean(row.raw("level")),
        "content": _clean(row.raw("content")), "construction_years": _clean(row.raw("construction_years")),
        "total_investment": row.number("total_investment") if row.has("total_investment") else None,
        "annual_investment": row.number("annual_investment") if row.has("annual_investment") else None,
        "start": str(start.quarter) if start and start.quarter else None,
        "start_text": start.text or None if start else None,
        "completion": str(completion.quarter) if completion and completion.quarter else None,
        "completion_text": completion.text or None if completion else None,
        "actual_start": str(actual_start.quarter) if actual_start and actual_start.quarter else None,
        "actual_completion": str(actual_completion.quarter) if actual_completion and actual_completion.quarter else None,
        "owner": _clean(row.raw("owner")), "responsible_unit": _clean(row.raw("responsible_unit")),
        "leader": _clean(row.raw("leader")), "notes": _clean(row.raw("notes")),
    }


def _section_number(text: str | None) -> int | None:
    if not text:
        return None
    m = re.match(r"^[(（]?([一二三四五六七八九十]+)[)）、.]", norm(text))
    if not m:
        return None
    s = m.group(1)
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + _CN_NUM[s[1]]
    if s.endswith("十"):
        return _CN_NUM[s[0]] * 10
    return _CN_NUM[s[0]] if len(s) == 1 else None


def _measure(row: _Row, category: str | None) -> dict[str, Any] | None:
    text = _clean(row.raw("target"))
    if not text:
        return None
    target = _target(row, "target", text)
    if target is None:
        return None
    section = _clean(row.raw("section")) or category
    quarter = None
    if row.has("quarter") and row.raw("quarter") not in (None, ""):
        cell = row.schedule("quarter")
        quarter = str(cell.quarter) if cell and cell.quarter else None
    measure = _clean(row.raw("measure"))
    if not measure:
        row.problem("measure", "", "缺少举措名称")
        return None
    # explicit columns (our own export has them) win over what the wording gives
    value = row.number("value") if row.has("value") and row.raw("value") not in (None, "") else target.value
    op = target.op
    if row.has("op") and norm(row.raw("op")):
        op = OP_FROM_WORD.get(norm(row.raw("op")))
        if op is None:
            row.problem("op", row.raw("op"), f"方式应为：{'、'.join(OP_WORDS.values())}")
            return None
    return {
        "section": section, "section_number": _section_number(section), "measure": measure,
        "text": target.text, "subject": _clean(row.raw("subject")) or target.subject, "op": op,
        "value": value, "unit": _clean(row.raw("unit")) or target.unit, "quarter": quarter,
        "responsible_unit": _clean(row.raw("responsible_unit")),
    }
