"""Key-project sheets as offices lay them out, made plain before they are read: a project on
two rows (计划 over 实际), a 片区 column holding the zones, months holding steps rather than figures."""
from __future__ import annotations

import re

from .cells import NO_DATE, NUMBER_CELL, money_scale, money_unit_in, norm, split_unit
from .grid import Sheet, cell_text, column_letter
from .layout import CATEGORY_NUMBERING, Column, Layout, is_note_row, not_the_same_field
from .zones import spanning_zones, zone_word


_PLAN_WORDS = {"计划", "计划数", "计划投资", "年度计划", "计划值"}
_ACTUAL_WORDS = {"实际", "完成", "实际完成", "完成投资", "实际投资", "完成数", "实际数", "完成值"}
# a third row worked out from the two: the difference, the rate done (not a project, no figure to keep;
# not "进度", which may hold each quarter's progress in words)
_DERIVED_WORDS = {"差额", "差值", "差异", "偏差", "增减", "完成率", "完成比例", "比计划增减", "超欠", "超（欠）", "超(欠)",
                  "超欠额"}
_QUARTER_FIGURES = re.compile(r"mark_q([1-4])(?:_(\d{4}))?|q([1-4])_planned")
# the year's column beside the quarters of a project on two rows: its plan on the 计划 row, what was done on the other
_YEAR_TOTAL = {"全年", "全年合计", "年度合计", "合计", "小计", "全年计划", "年度", "全年总计", "总计"}


def plan_and_actual_rows(sheet: Sheet, layout: Layout) -> None:
    """Each project on two rows, 计划 over 实际 (or 完成), the quarter columns holding
    its planned investment on the first and what was done on the second: the
    second row's figures become the first's actual ones (in columns after the
    last), and the second row is emptied, being no project."""
    quarters = {}
    for fld, col in layout.columns.items():
        m = _QUARTER_FIGURES.fullmatch(fld)
        if m and (not m.group(2) or layout.year is None or int(m.group(2)) == layout.year):
            quarters[int(m.group(1) or m.group(3))] = col
    name = layout.columns.get("name")
    if not quarters or name is None:
        return
    width, body = sheet.width, range(layout.data_start, sheet.height)
    taken = {name.index, *(col.index for col in quarters.values())}
    which = None  # the column saying which row is which
    for c in range(width):
        values = {norm(sheet.rows[r][c]) for r in body if c < len(sheet.rows[r])} - {""}
        if c not in taken and values and values <= _PLAN_WORDS | _ACTUAL_WORDS | _DERIVED_WORDS \
                and values & _PLAN_WORDS and values & _ACTUAL_WORDS:
            which = c
            break
    if which is None:
        return
    actual_at = {n: width + i for i, n in enumerate(sorted(quarters))}
    total = _year_total(sheet, layout, taken | {which})
    planned = derived = None  # the project's row, while its next rows are its own
    worked_out: set[str] = set()
    for r in body:
        row = sheet.rows[r]
        row.extend([None] * (width + len(actual_at) - len(row)))
        said = norm(row[which])
        if said in _PLAN_WORDS:
            planned = r
        elif said in _ACTUAL_WORDS and planned is not None:
            for n, col in quarters.items():
                sheet.rows[planned][actual_at[n]] = row[col.index]
            if total is not None:
                _check_year_done(sheet, r, total, [row[col.index] for col in quarters.values()])
            sheet.rows[r] = [None] * len(row)  # its figures are now its project's
            derived = planned
            planned = None
        elif said in _DERIVED_WORDS and derived is not None:
            sheet.rows[r] = [None] * len(row)  # "差额": worked out from the two rows above
            worked_out.add(said)
            derived = None
    scaled = None  # the unit the figures were converted from
    for n, col in quarters.items():
        scale = money_scale(col.unit) if money_unit_in(col.unit) else col.scale
        scaled = scaled or (money_unit_in(col.unit) if scale != 1.0 else None)
        year = col.year or layout.year
        del layout.columns[col.field]
        layout.columns[f"q{n}_planned"] = Column(f"q{n}_planned", col.index, col.header, year, col.unit, scale)
        layout.columns[f"q{n}_actual"] = Column(f"q{n}_actual", actual_at[n], col.header, year, col.unit, scale)
    for fld in [f for f, col in layout.columns.items() if col.index == which]:
        del layout.columns[fld]
    if total is not None:  # the 计划 row's year figure is the year's planned investment, in the quarters' unit
        first = quarters[min(quarters)]
        scale = money_scale(first.unit) if money_unit_in(first.unit) else first.scale
        said = next(h for h in (sheet.cell(r, total) for r in reversed(layout.header_rows)) if h)
        layout.columns["annual_investment"] = Column("annual_investment", total, str(said), first.year or layout.year,
                                                     first.unit, scale)
        letter = f"第{column_letter(total)}列“"
        layout.notes = [n for n in layout.notes if not (n.startswith(letter) and "没有对应的字段" in n)]
        layout.notes.append(f"{letter}{said}”：“计划”行为年度计划投资，“实际”行为各季度完成之和（核对，不另行导入）")
    layout.notes = [n for n in layout.notes if "横道图" not in n]
    layout.notes.append(f"每个项目两行：“计划”行为各季度计划投资，“实际”行为完成投资（第{column_letter(which)}列区分）"
                        + (f"，以{scaled}填报，已换算为亿元" if scaled else ""))
    if worked_out:
        layout.notes.append(f"“{'、'.join(sorted(worked_out))}”行由计划、实际两行算出，未导入")


def _year_total(sheet: Sheet, layout: Layout, taken: set[int]) -> int | None:
    """The column of the year's figure beside the quarters ("全年", "合计"), where no field took it and the table has
    no column of the year's planned investment of its own."""
    if "annual_investment" in layout.columns or not layout.header_rows:
        return None
    held = {col.index for col in layout.columns.values()} | taken
    for c in range(sheet.width):
        if c not in held and norm(cell_text(sheet.cell(layout.header_rows[-1], c))) in _YEAR_TOTAL:
            return c
    return None


def _check_year_done(sheet: Sheet, r: int, c: int, quarters: list) -> None:
    """The 实际 row's year figure against its quarters': the quarters are what is imported, a figure that disagrees
    (or stands with no quarter's) said on its row."""
    said = sheet.rows[r][c]
    try:
        done = float(str(said).replace(",", "")) if said not in (None, "") else None
        figures = [float(str(v).replace(",", "")) for v in quarters if v not in (None, "")]
    except ValueError:
        return  # words or a slip: the quarters' own cells say theirs
    if done is None:
        return
    if not figures:
        sheet.warnings.append((r, c, cell_text(said), f"全年完成{said}没有分到季度：未导入，请在各季度填写"))
    elif abs(sum(figures) - done) > 0.005 * max(abs(done), 1):
        sheet.warnings.append((r, c, cell_text(said),
                               f"全年完成{said}与各季度完成之和{round(sum(figures), 4):g}不符：按各季度导入，请核对"))


def quarter_figures(sheet: Sheet, layout: Layout) -> None:
    """"一季度 | 二季度 | 三季度 | 四季度" holding amounts (2.5, 3) beside the year's investment is
    the investment planned for each quarter, not a hand-drawn chart (the figures were dropped as
    not being marks). A column of 1s only may be either and stays a chart."""
    quarters = _chart_quarters(layout)
    if not quarters or any(f"q{n}_planned" in layout.columns for n in quarters):
        return
    if not _amounts(sheet, layout, quarters.values()):
        return
    _other_years_amounts(sheet, layout, quarters)
    done = re.search(r"完成|实际", "".join(c.header for c in quarters.values())) or (
        layout.title and "完成" in norm(layout.title) and "计划" not in norm(layout.title))
    annual = layout.columns.get("annual_investment")
    scaled = None  # the unit the figures were converted from
    for n, col in quarters.items():
        _, unit = split_unit(col.header)
        if unit is not None:
            scale = money_scale(unit)
        elif annual is not None:  # the quarters share the unit of the year's figure they split
            unit, scale = annual.unit, annual.scale
        elif money_unit_in(col.unit):  # "单位：万元" above the table
            unit, scale = col.unit, money_scale(col.unit)
        else:
            scale = col.scale
        fld = f"q{n}_{'actual' if done else 'planned'}"
        del layout.columns[col.field]
        layout.columns[fld] = Column(fld, col.index, col.header, col.year or layout.year, unit, scale)
        scaled = scaled or (money_unit_in(unit) or "万元" if scale != 1.0 else None)
    first, last = min(c.index for c in quarters.values()), max(c.index for c in quarters.values())
    layout.notes = [n for n in layout.notes if "横道图" not in n]
    layout.notes.append(f"第{column_letter(first)}至{column_letter(last)}列填的是金额，作为各季度"
                        f"{'完成' if done else '计划'}投资导入（{f'以{scaled}填报，已换算为亿元' if scaled else '亿元'}）")


def quarter_steps(sheet: Sheet, layout: Layout) -> None:
    """"第一季度 … 第四季度" holding steps ("完成招标", "开工建设") is each quarter's goal, not a
    hand-drawn chart (every word was read as a mark: the span ran from the first quarter with a step
    to the last, and the steps were dropped). 开工 / 竣工 among them give the start and the completion."""
    quarters = _chart_quarters(layout)
    if not quarters:
        return
    words: list[str] = []
    marks = 0
    for col in quarters.values():
        for r in range(layout.data_start, min(sheet.height, layout.data_start + 200)):
            v = sheet.cell(r, col.index)
            if type(v) is str and norm(v) and norm(v) not in NO_DATE:
                if _is_mark(v) or not re.search(r"[\u4e00-\u9fff]", v) or norm(v) in ("是", "有"):
                    marks += 1
                else:
                    words.append(norm(v))
    if len(words) <= marks or len(set(words)) < 2:
        return  # marks, or one word typed in every marked quarter ("施工"): a chart
    for n, col in quarters.items():
        del layout.columns[col.field]
        if f"q{n}_goal" not in layout.columns:  # the quarter's own goal column says it
            layout.columns[f"q{n}_goal"] = Column(f"q{n}_goal", col.index, col.header, col.year or layout.year)
    first, last = min(c.index for c in quarters.values()), max(c.index for c in quarters.values())
    layout.notes = [n for n in layout.notes if "横道图" not in n]
    layout.notes.append(f"第{column_letter(first)}至{column_letter(last)}列是各季度的进度节点，记入季度目标")


def _amounts(sheet: Sheet, layout: Layout, cols) -> bool:
    """Whether ``cols`` hold amounts (2.5, "3,000"): figures only, and not only 0s and 1s."""
    amounts = False
    for col in cols:
        for r in range(layout.data_start, sheet.height):
            v = sheet.cell(r, col.index)
            if type(v) is str:
                t = norm(v).replace(",", "")
                if t in NO_DATE or t == "":
                    continue
                if not NUMBER_CELL.fullmatch(t):
                    return False  # words or marks: a chart, or steps
                v = float(re.sub(r"[^\d.]", "", t) or 0)
            if type(v) in (int, float) and v not in (0, 1):
                amounts = True
    return amounts


def _other_years_amounts(sheet: Sheet, layout: Layout, quarters: dict[int, Column]) -> None:
    """"2025年" over 一季度 … 四季度 beside the table's year: amounts planned for a year the table is
    not of, said and left (they were dropped without a word)."""
    kept = {c.index for c in quarters.values()}
    others = sorted((c for f, c in layout.columns.items() if f.startswith("mark_q") and c.index not in kept),
                    key=lambda c: c.index)
    if others and _amounts(sheet, layout, others):
        for col in others:
            del layout.columns[col.field]
        years = "、".join(sorted({str(c.year) for c in others if c.year}))
        layout.notes.append(f"第{column_letter(others[0].index)}至{column_letter(others[-1].index)}列是{years}年各季度的"
                            f"金额，不是本表年度（{layout.year}年）的，未导入")


def _chart_quarters(layout: Layout) -> dict[int, Column]:
    """The columns headed by a bare quarter (一季度 … 四季度) of the table's year, by quarter."""
    quarters = {}
    for fld, col in layout.columns.items():
        m = _QUARTER_FIGURES.fullmatch(fld)
        if m and m.group(1) and (not m.group(2) or layout.year is None or int(m.group(2)) == layout.year):
            quarters[int(m.group(1))] = col
    return quarters


_A_TOTAL = re.compile(r"(?:合计|总计|小计|共计)(?:[(（][^()（）]*[)）])?$")


def zone_column_by_its_values(sheet: Sheet, layout: Layout) -> None:
    """"片区" is the zone in some plans (东部片区) and an area in others: a column
    read as the area whose every value names a zone is the zone column."""
    if "zone" in layout.columns:
        return
    candidates = [c for c in [layout.columns.get("area"), *layout.extra_columns] if c is not None and c.field == "area"]
    for col in candidates:
        values = {norm(sheet.rows[r][col.index]) for r in range(layout.data_start, sheet.height)
                  if col.index < len(sheet.rows[r]) and norm(sheet.rows[r][col.index])}
        # "一、东部片区" rows are headings; "合计" in the first column a total; "注：…" under a list led by 片区 a note
        values = {v for v in values if not CATEGORY_NUMBERING.match(v) and not _A_TOTAL.search(v)
                  and not is_note_row([v])}
        if values and all(zone_word(v) or spanning_zones(v) for v in values):  # "东、中部" spans two
            layout.columns["zone"] = Column("zone", col.index, col.header, col.year, col.unit)
            others = [c for c in candidates if c is not col]
            if layout.columns.get("area") is col:
                del layout.columns["area"]
                if others:
                    layout.columns["area"] = others[0]
            kept = layout.columns.get("area")
            layout.extra_columns = [c for c in layout.extra_columns if c is not col and c is not kept]
            not_the_same_field(layout, col)  # the "same field twice" note no longer holds
            return


def shaded_chart(sheet: Sheet, layout: Layout) -> None:
    """A 横道图 drawn by colouring cells ("1月 … 12月" or "一季度 … 四季度" with nothing typed in
    them): a coloured cell is a mark. A row coloured across, the name too (banded rows), is no mark."""
    chart = sorted((c.index for f, c in layout.columns.items() if f.startswith(("month_", "mark_q"))))
    name = layout.columns.get("name")
    if not chart or name is None:
        return
    rows = range(layout.data_start, sheet.height)
    if any(sheet.cell(r, c) not in (None, "") for r in rows for c in chart):
        return  # marks or figures typed in: read as typed
    shaded = sheet.shaded()  # the file is scanned for fills only now
    if not shaded:
        span = f"第{column_letter(chart[0])}至{column_letter(chart[-1])}列"
        layout.notes = [n for n in layout.notes if not n.startswith(f"{span}是各月投资")]  # there is none
        if sheet.plain:  # a chart drawn by colouring cells, saved as CSV: the colours are lost
            sheet.warnings.append((layout.data_start, chart[0], "", f"{span}都是空的：CSV 文件不保存单元格底色，"
                                                                "用底色画的横道图请导入 xlsx 文件"))
        return
    marked = 0
    for r in rows:
        banded = shaded.get((r, name.index))
        for c in chart:
            fill = shaded.get((r, c))
            if fill is not None and fill != banded:
                row = sheet.rows[r]
                row.extend([None] * (c + 1 - len(row)))
                row[c] = "■"
                marked += 1
    if marked:
        layout.notes.append(f"第{column_letter(chart[0])}至{column_letter(chart[-1])}列的标记是单元格底色")


def monthly_nodes(sheet: Sheet, layout: Layout) -> None:
    """"3月 | 6月 | 9月 | 12月" holding words ("完成设计", "开工建设") is a schedule of steps, not a
    figure a month (each cell was refused as no number): a quarter's steps, joined in month order,
    are its goal, and 开工 / 竣工 among them the start and the completion."""
    months = sorted((int(f[6:8]), f, c) for f, c in layout.columns.items() if f.startswith("month_"))
    if not months:
        return
    if _gantt_by_month(sheet, layout, months):
        return
    words = figures = 0
    for _, _, col in months:
        for r in range(layout.data_start, min(sheet.height, layout.data_start + 200)):
            v = sheet.cell(r, col.index)
            if v in (None, "") or type(v) is str and norm(v) in NO_DATE:
                continue
            if type(v) in (int, float) or NUMBER_CELL.fullmatch(norm(v)):
                figures += 1
            else:
                words += 1
    if words <= figures:
        return
    by_quarter: dict[int, list[int]] = {}
    for m, _, col in months:
        by_quarter.setdefault((m + 2) // 3, []).append(col.index)
    for _, fld, _ in months:
        del layout.columns[fld]
    for q, indexes in by_quarter.items():
        if f"q{q}_goal" in layout.columns:
            continue  # the quarter's own column says it
        last = indexes[-1]
        layout.columns[f"q{q}_goal"] = Column(f"q{q}_goal", last, _header_of(layout, months, last))
        if len(indexes) > 1:  # the quarter's steps in month order, in its last month's cell: "手续办理、开工建设"
            for r in range(layout.data_start, sheet.height):
                row = sheet.rows[r]
                steps = [norm(row[c]) for c in indexes if c < len(row) and row[c] not in (None, "")
                         and norm(row[c]) not in NO_DATE]
                if len(steps) > 1 and last < len(row):
                    row[last] = "、".join(steps)
                elif steps and last < len(row) and row[last] in (None, ""):
                    row[last] = steps[0]
    first, last = months[0][2], months[-1][2]
    layout.notes = [n for n in layout.notes if "各月投资" not in n]
    layout.notes.append(f"第{column_letter(first.index)}至{column_letter(last.index)}列是各月的进度节点："
                        "按季度合并，记入季度目标")


def _is_mark(v: object) -> bool:
    """A cell of a hand-drawn chart: "■", "√", "●" — short, no digit, no Chinese word."""
    t = norm(v)
    return 0 < len(t) <= 2 and t not in NO_DATE and not re.search(r"[\d\u4e00-\u9fff]", t)


def _gantt_by_month(sheet: Sheet, layout: Layout, months: list) -> bool:
    """"1月 … 12月" shaded with "■" is a 横道图 drawn by month, not a figure a month (each mark
    was read as the month's node): each quarter is marked where one of its months is, so the
    chart gives the start and the completion as a chart by quarter does."""
    filled = [sheet.cell(r, col.index) for _, _, col in months for r in range(layout.data_start, sheet.height)]
    filled = [v for v in filled if v not in (None, "") and not (type(v) is str and norm(v) in NO_DATE)]
    if not filled or not all(type(v) is str and _is_mark(v) for v in filled):
        return False
    by_quarter: dict[int, list[Column]] = {}
    for m, fld, col in months:
        by_quarter.setdefault((m + 2) // 3, []).append(col)
        del layout.columns[fld]
    for q, cols in by_quarter.items():
        last = cols[-1]
        fld = f"mark_q{q}_{last.year}" if last.year else f"mark_q{q}"
        layout.columns[fld] = Column(fld, last.index, last.header, last.year)
        for r in range(layout.data_start, sheet.height):
            row = sheet.rows[r]
            if last.index < len(row):
                marked = any(c.index < len(row) and type(row[c.index]) is str and _is_mark(row[c.index]) for c in cols)
                row[last.index] = "■" if marked else None
    first, last = months[0][2], months[-1][2]
    layout.notes = [n for n in layout.notes if "各月投资" not in n]
    layout.notes.append(f"第{column_letter(first.index)}至{column_letter(last.index)}列是按月画的横道图：开工、完工"
                        "未另填时，取第一个和最后一个有标记的月份所在季度")
    return True


def _header_of(layout: Layout, months: list, index: int) -> str:
    return next(col.header for _, _, col in months if col.index == index)
