"""The 横道图 sheet of a key-project export: one row per project grouped by zone and area, one column per
quarter, the planned span shaded and start and completion marked, the actual beside the planned — what
planners draw by hand in Excel."""
from __future__ import annotations

from typing import Any

from ..domain.progress import named_year, year_end
from ..domain.quarter import Quarter
from ..domain.schedule_words import schedule_words, without_end
from .attachment_sheet import BODY_FONT, TITLE_FONT, register_merge
from .legend import TIMELINE_LEGEND

__all__ = ["timeline_sheet"]


def _quarter_words(q: Quarter) -> str:
    return f"{q.year}年{'一二三四'[q.q - 1]}季度"


def _chart_years(spans: list[tuple[int, dict[str, Any]]], year: int) -> tuple[Quarter, Quarter]:
    """The whole years the chart draws: the plan's, and those its projects' quarters and words reach, at most
    two years before it and three after (a bar beyond runs to the edge). It drew 2023 to 2026 for every plan:
    a 2024 chart of 2024's quarters was three quarters empty columns."""
    years = {year}
    for _n, rec in spans:
        for text in (rec["start"], rec["completion"], rec["actual_start"], rec["actual_completion"],
                     *(rec.get("original") or ()),
                     *(m.get(part) for m in (rec.get("milestones") or {}).values() for part in ("planned", "actual"))):
            if text:
                years.add(Quarter.parse(text).year)
        said = schedule_words(rec.get("start_text"), rec.get("completion_text"), rec.get("nature"), year)
        if said is not None:
            years.add(said[1])
    return Quarter(max(min(years), year - 2), 1), Quarter(min(max(years), year + 3), 4)


def _year_band(rec: dict[str, Any], start: Quarter | None, end: Quarter | None, first: Quarter,
               last: Quarter) -> tuple[str, Quarter, Quarter] | None:
    """The quarters of the year a plan's undated end names (:func:`year_end`), short of the dated end and within
    the chart, and the words to write across them; None where there are none."""
    said = year_end(start, end, rec.get("start_text"), rec.get("completion_text"))
    if said is None:
        return None
    words, year, _end = said
    b0, b1 = Quarter(year, 1), Quarter(year, 4)
    if start is None:
        b1 = min(b1, Quarter.from_index(end.index - 1))
    else:
        b0 = max(b0, Quarter.from_index(start.index + 1))
    b0, b1 = max(b0, first), min(b1, last)
    return (words, b0, b1) if b0 <= b1 else None


def timeline_sheet(wb, spans: list[tuple[int, dict[str, Any]]], year: int, title: str) -> None:
    """横道图: each project on two rows (plan, then actual), one column per quarter; a project whose plan
    was revised on three (the original plan first). ``title`` says whose, as the list's does ("2024年东部…横道图")."""
    ws = wb.add_worksheet("横道图")
    first, last = _chart_years(spans, year)
    quarters = list(Quarter.range(first, last))
    width = 4 + len(quarters)
    fmt = lambda **kw: wb.add_format({"font_name": BODY_FONT, "font_size": 10, "border": 1, "valign": "vcenter", **kw})
    head = fmt(bold=True, align="center", bg_color="#F2F2F2", font_name="黑体")
    text, centre = fmt(text_wrap=True), fmt(align="center")
    shades = {"计划": {"bg_color": "#9DC3E6"}, "实际": {"bg_color": "#A9D18E"},
              "原计划": {"bg_color": "#D9D9D9", "font_color": "#595959"}}
    fills = {label: fmt(align="center", **kw) for label, kw in shades.items()}
    # the words of an end beyond the years drawn run from the chart's edge over the bar, not off the page
    edges = {(label, side): fmt(align=side, **kw) for label, kw in shades.items() for side in ("left", "right")}
    # a plan row without a quarter: the plan's words ("2024年完工", "前期") in place of a bar,
    # across that year's quarters, on a pale band when the words name the year themselves
    said_fmt = fmt(font_color="#595959", italic=True, align="center")
    said_in_band = fmt(font_color="#595959", italic=True, align="center", bg_color="#EDEDED")
    group = fmt(bold=True, font_name="黑体", bg_color="#FFF2CC")
    struck = fmt(text_wrap=True, font_strikeout=True, font_color="#808080")  # a project off the year's list
    # a project whose planned quarters were revised has a row more above its plan: the plan before (原计划)
    revised = "（调整过计划的项目另起一行灰色为原计划）" if any(rec.get("original") for _n, rec in spans) else ""
    # the project's 节点 beyond start and completion ("◆投用") in the quarter each is planned in, on the plan's row
    named = "（◆节点）" if any(rec.get("milestones") for _n, rec in spans) else ""
    ws.merge_range(0, 0, 0, width - 1, f"{title}{TIMELINE_LEGEND}{named}{revised}",
                   wb.add_format({"font_name": TITLE_FONT, "font_size": 16, "bold": True, "align": "center"}))
    # header: row 1 has the years, row 2 the quarters; the first four columns span both
    for c, h in enumerate(["序号", "项目名称", "区域/板块", "计划/实际"]):
        ws.write_string(1, c, h, head)
        register_merge(ws, 1, c, 2, c)
    col = 4
    for y in sorted({q.year for q in quarters}):
        n = sum(1 for q in quarters if q.year == y)
        for k in range(n):
            ws.write_string(1, col + k, f"{y}年" if k == 0 else "", head)
        register_merge(ws, 1, col, 1, col + n - 1)
        col += n
    for c in range(4):
        ws.write_blank(2, c, None, head)
    for i, q in enumerate(quarters):
        ws.write_string(2, 4 + i, "一二三四"[q.q - 1] + "季度", head)
    ws.repeat_rows(1, 2)
    ws.freeze_panes(3, 4)
    row = 3
    last_group = None
    for n, rec in spans:
        g = (rec["zone"] or "未指定区域", rec["area"] or "")
        if g != last_group:
            ws.merge_range(row, 0, row, width - 1, " ".join(x for x in g if x), group)
            row += 1
            last_group = g
        lines = [("计划", rec["start"], rec["completion"]), ("实际", rec["actual_start"], rec["actual_completion"])]
        nodes: dict[tuple[str, Quarter], str] = {}  # ("计划" or "实际", quarter) → "◆投用"
        for name, m in (rec.get("milestones") or {}).items():
            for label, part in (("计划", "planned"), ("实际", "actual")):
                if m.get(part):
                    at = (label, Quarter.parse(m[part]))
                    nodes[at] = f"{nodes[at]} ◆{name}" if at in nodes else f"◆{name}"
        if rec.get("original"):
            lines.insert(0, ("原计划", *rec["original"]))
        for k, (label, start_text, end_text) in enumerate(lines):
            if k == 0:
                ws.write_string(row, 0, str(n), centre)
                ws.write_string(row, 1, rec["name"], text if rec.get("on_list", True) else struck)
                ws.write_string(row, 2, " ".join(x for x in (rec["zone"], rec["area"]) if x), text)
            else:
                for c in range(3):
                    ws.write_blank(row, c, None, text)
            ws.write_string(row, 3, label, centre)
            start = Quarter.parse(start_text) if start_text else None
            end = Quarter.parse(end_text) if end_text else None
            said = schedule_words(rec.get("start_text"), rec.get("completion_text"), rec.get("nature"), year) \
                if label == "计划" and not start and not end else None
            if said is not None and first.year <= said[1] <= last.year:
                words, in_year, band = said
                c0 = 4 + quarters.index(Quarter(in_year, 1))
                # "2023年开工 | 长期": the year in words, then under way through the last quarter drawn
                runs_on = without_end(rec.get("completion_text")) and named_year(rec.get("start_text")) == in_year
                for i in range(len(quarters)):
                    if runs_on and 4 + i >= c0 + 4:
                        end_cell = i == len(quarters) - 1
                        ws.write_string(row, 4 + i, f"{rec['completion_text']}▶" if end_cell else "",
                                        edges[label, "right"] if end_cell else fills[label])
                    elif not c0 <= 4 + i < c0 + 4:
                        ws.write_blank(row, 4 + i, None, text)
                ws.merge_range(row, c0, row, c0 + 3, words, said_in_band if band else said_fmt)
                row += 1
                continue
            lo, hi, band = start, end, _year_band(rec, start, end, first, last) if label == "计划" else None
            # "长期", "持续推进": under way from its start through the last quarter drawn, said at that edge
            going_on = label == "计划" and start and not end and start <= last and without_end(rec.get("completion_text"))
            if going_on:
                hi = last
            if band is not None:  # "2024年开工" before a completion dated 2025Q4: the year in words, then the bar
                words, b0, b1 = band
                lo, hi = (b1 + 1, end) if start is None else (start, Quarter.from_index(b0.index - 1))
                c0, c1 = 4 + quarters.index(b0), 4 + quarters.index(b1)
                if c1 > c0:
                    ws.merge_range(row, c0, row, c1, words, said_in_band)
                else:
                    ws.write_string(row, c0, words, said_in_band)
            for i, q in enumerate(quarters):
                if band is not None and band[1] <= q <= band[2]:
                    continue
                inside = (lo and hi and lo <= q <= hi) or (lo and not hi and q == lo) or (hi and not lo and q == hi)
                mark = ("▶开工" if start and q == start else "") + ("■完工" if end and q == end else "")
                # an end outside the years drawn is named at the edge it lies beyond: a 续建 project begun in
                # 2019 drew nothing on its 实际 row
                shade = fills[label]
                if i == 0 and start and start < q and (not end or end >= q):
                    inside, mark, shade = True, f"◀{_quarter_words(start)}开工", edges[label, "left"]
                elif i == len(quarters) - 1 and end and end > q and (not start or start <= q):
                    inside, mark, shade = True, f"{_quarter_words(end)}完工▶", edges[label, "right"]
                elif i == len(quarters) - 1 and going_on and start < q:
                    mark, shade = f"{rec['completion_text']}▶", edges[label, "right"]
                node = nodes.get((label, q))
                if inside:
                    mark = mark.replace("开工■完工", "■") if len(mark) > 3 else mark
                    ws.write_string(row, 4 + i, f"{mark} {node}".strip() if node else mark, shade)
                elif node:
                    ws.write_string(row, 4 + i, node, said_fmt)
                else:
                    ws.write_blank(row, 4 + i, None, text)
            row += 1
        for c in range(3):
            register_merge(ws, row - len(lines), c, row - 1, c)
    ws.set_column(0, 0, 5)
    ws.set_column(1, 1, 34)
    ws.set_column(2, 2, 22)
    ws.set_column(3, 3, 8)
    ws.set_column(4, width - 1, 7)
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.set_footer("&C第 &P 页 共 &N 页")
