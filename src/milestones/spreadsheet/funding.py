"""Where a key project's money comes from: "资金来源" in words ("专项债券+企业自筹"), or an amount a column
("其中：中央预算内投资（亿元）", "专项债（亿元）", "资金来源" over "政府投资 | 社会投资 | 银行贷款").

A project has no field for it (the plan's attachments have none); a planner who keeps it in a table keeps it in
the project's 备注, one line for the total's ("资金来源：专项债券+企业自筹，中央预算内投资1.2亿元，专项债券3亿元") and
one for the year's plan's ("年度计划投资来源：中央资金0.5亿元"). Left out, it was lost at the import, said only as "no
field".
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .cells import NO_DATE, PART_OF, YEAR, excel_error, norm, number_cell, split_unit
from .layout import Layout, columns_named

if TYPE_CHECKING:
    from .project_columns import Columns

FUNDING_SOURCE = "funding"  # the source in words
FUNDING_FIELD = "funding:"  # + the source's name: an amount from it ("funding:中央预算内投资")
YEAR_FUNDING_FIELD = "funding_year:"  # the same of the year's planned investment ("2024年计划投资" over "中央资金")
NOTE = "资金来源："
YEAR_NOTE = "年度计划投资来源："

# headings of the source in words, as the whole heading (and over the amounts of each source, on two header rows)
_SOURCE = {"资金来源", "资金渠道", "资金筹措", "资金筹措方式", "资金筹措渠道", "资金来源渠道", "资金来源及构成", "资金构成",
           "筹资方式", "筹资渠道", "融资方式", "投资来源", "投资渠道", "资金性质", "资金来源及筹措方式"}
# an amount from one source, found inside its heading ("2024年争取中央预算内投资", "地方政府专项债券资金")
_KIND = re.compile(r"中央预算内|专项债|特别国债|政府投资|政府性资金|财政资金|财政投资|财政性资金|财政拨款|社会投资|社会资本|"
                   r"企业自筹|自筹资金|自有资金|银行贷款|上级补助|市级补助|中央补助|中央资金|市级资金|区级资金|上级资金|"
                   r"争取资金|金融工具|产业基金")


def funding_heading(text: str, group: str | None, lowest: str | None, layout: Layout | None = None) -> str | None:
    """The field of a column of a project's funding: ``FUNDING_SOURCE`` for its source in words,
    ``FUNDING_FIELD`` + the source's name for an amount from it (``YEAR_FUNDING_FIELD`` for a part, "其中：政府投资",
    of the year's plan, the money column nearest on its left in ``layout``); None for any other heading."""
    whole = norm(split_unit(YEAR.sub("", text))[0])
    if whole in _SOURCE:
        return FUNDING_SOURCE
    if group and lowest and norm(split_unit(YEAR.sub("", group))[0]) in _SOURCE:
        name = PART_OF.sub("", norm(split_unit(lowest)[0]))  # "资金来源" over "政府投资": each source's amount
        return FUNDING_FIELD + name if name else None
    name = PART_OF.sub("", whole)
    if name.startswith("是否") or not _KIND.search(name):  # "是否申请专项债": a question, no amount
        return None
    if name != whole and layout is not None:  # "2024年计划投资 | 其中：一季度 … | 其中：政府投资": the year's
        figures = [layout.columns[f] for f in ("total_investment", "annual_investment") if f in layout.columns]
        if figures and max(figures, key=lambda c: c.index).field == "annual_investment":
            return YEAR_FUNDING_FIELD + name
    return FUNDING_FIELD + name


def is_funding(fld: str) -> bool:
    return fld == FUNDING_SOURCE or is_funding_amount(fld)


def is_funding_amount(fld: str) -> bool:
    return fld.startswith((FUNDING_FIELD, YEAR_FUNDING_FIELD))


def part_by_source(fld: str, part: str) -> str | None:
    """The field of a part of the total ("总投资" over "合计 | 其中：中央预算内") or of the year's plan ("2024年计划投资"
    over "合计 | 中央资金 | 社会投资") that says where the money comes from; None for another part ("其中：建安投资":
    what it is spent on)."""
    funded = funding_heading(part, None, None)
    if funded is None or funded == FUNDING_SOURCE:
        return None
    return funded if fld == "total_investment" else YEAR_FUNDING_FIELD + funded.removeprefix(FUNDING_FIELD)


def funding_said(layout: Layout) -> str | None:
    """One note for the funding columns ("第D至F列是项目的资金来源：…记入项目的备注"), or None for a table without them."""
    cols = sorted((c for f, c in layout.columns.items() if is_funding(f)), key=lambda c: c.index)
    return f"{columns_named(cols)}是项目的资金来源：没有对应的字段，记入项目的备注" if cols else None


def funding_notes(cols: Columns) -> list[str | None]:
    """Each project's funding as one line of its notes, or None where the row names none."""
    funded = sorted((c for f, c in cols.layout.columns.items() if is_funding(f)), key=lambda c: c.index)
    out: list[list[str]] = [[] for _ in range(cols.n)]
    of_year: list[list[str]] = [[] for _ in range(cols.n)]
    for col in funded:
        name = col.field.removeprefix(FUNDING_FIELD).removeprefix(YEAR_FUNDING_FIELD)
        parts = of_year if col.field.startswith(YEAR_FUNDING_FIELD) else out
        said: dict[object, str | None] = {}
        for k, v in enumerate(cols.cells_of(col.field)):
            if v is None or v == "":
                continue
            if v not in said:
                said[v] = _source(v) if col.field == FUNDING_SOURCE else _amount(name, v, col.scale)
            if said[v]:
                parts[k].append(said[v])
    return ["；".join(([NOTE + "，".join(total)] if total else []) + ([YEAR_NOTE + "，".join(year)] if year else []))
            or None for total, year in zip(out, of_year)]


def _source(v: object) -> str | None:
    if not _said(v):
        return None
    return str(v).strip() if type(v) is str else f"{v:g}" if type(v) in (int, float) else None


def _amount(name: str, v: object, scale: float) -> str | None:
    """"中央预算内投资1.2亿元" (in 亿元, as every other figure of a project), or the words the cell holds
    ("专项债券：已申报"); nothing for no amount (0, or less), a date or an error value."""
    if not _said(v) or type(v) not in (str, int, float):
        return None
    value, _, _ = number_cell(v, scale, money=True)
    if value is not None:
        return f"{name}{value:g}亿元" if value > 0 else None
    return f"{name}：{str(v).strip()}"


def _said(v: object) -> bool:
    """Whether a cell says anything of the funding: not "无", "—", a TRUE or an Excel error value."""
    return type(v) is not bool and norm(str(v)) not in NO_DATE and norm(str(v)) != "0" and not excel_error(v)
