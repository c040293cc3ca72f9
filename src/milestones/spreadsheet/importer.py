"""An import as the planner sees it: read the file, parse every sheet, preview
the diff against the database, then write it all in one transaction.

Used by ``milestones import`` and by the GUI's import dialog alike.
"""
from __future__ import annotations

import copy
import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.quarter import Quarter
from ..domain.target import plain_number
from .cells import norm
from .grid import Limits, ReadError, Sheet, column_letter
from .layout import KINDS
from .legend import TIMELINE_LEGEND
from .parse import continued_table, parse_tables
from .parts import tables_in
from .read import read_workbook
from .script import NOTE as SIMPLIFIED_SAID, in_simplified
from .table import Problem, Table

if TYPE_CHECKING:  # the store (and SQLAlchemy) load only when the database is used
    from ..store import Database
    from ..store.import_diff import Diff
    from ..store.import_rows import Receipt

__all__ = ["ImportFile", "PlanChangedSincePreview", "read_import", "take_known_areas", "take_known_names", "take_told_names", "preview", "write",
           "KINDS"]


@dataclass
class ImportFile:
    path: Path
    tables: list[Table] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # about the file as a whole
    diffs: dict[int, Diff] = field(default_factory=dict)  # table index → diff
    areas_taken: dict[str, str] = field(default_factory=dict)  # an area as the file names it → the plan's, as told
    names_taken: dict[str, str] = field(default_factory=dict)  # a project's or indicator's name in it → the plan's
    # a name taken → the kind of table it was in, or LEAVING for a project a 调整名单 takes off the list
    taken_kinds: dict[str, str] = field(default_factory=dict)
    # the names the planner said to read as the file says, though an earlier import was told otherwise
    areas_as_in_file: set[str] = field(default_factory=set)
    names_as_in_file: set[str] = field(default_factory=set)
    # the plan file's count of commits when the diffs were made (Database.commits; None on a shared database)
    previewed_at: int | None = None

    @property
    def has_errors(self) -> bool:
        return bool(self.problems) or any(t.errors for t in self.tables)

    @property
    def importable(self) -> list[Table]:
        return [t for t in self.tables if (t.records or t.leaving) and not t.errors]

    def as_dict(self) -> dict[str, Any]:
        out = {"file": str(self.path), "problems": [p.as_dict() for p in self.problems], "tables": []}
        for i, t in enumerate(self.tables):
            out["tables"].append({
                "sheet": t.sheet, "kind": t.kind, "year": t.year, "title": t.title, "annex": t.annex,
                "records": t.records, "rows": t.rows, "problems": [p.as_dict() for p in t.problems],
                **({"leaving": self._leaving(i, t)} if t.leaving else {}),
                "diff": self.diffs[i].counts() if i in self.diffs else None,
            })
        return out

    def _leaving(self, i: int, t: Table) -> list[dict[str, Any]]:
        """The projects table ``i`` marks as leaving the list, and (once previewed) whether the import takes each
        off it (``takes_off``: the plan lists it)."""
        d = self.diffs.get(i)
        return [{**{k: v for k, v in r.items() if k != "row"}, **({"takes_off": j in d.leaving} if d else {})}
                for j, r in enumerate(t.leaving)]


@contextmanager
def _bulk():
    """Reading and writing tens of thousands of records makes millions of
    objects that all live until the import ends: the cyclic collector would
    walk them again and again (a third of the parse time) and free nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def read_import(path: str | Path, kind: str | None = None, year: int | None = None,
                limits: Limits = Limits(), parsing=None) -> ImportFile:
    """Read and parse every sheet; problems are collected, never raised. ``parsing``: the file's parse begun by
    :func:`read.parse_early`."""
    with _bulk():
        return _read_import(Path(path), kind, year, limits, parsing)


def _read_import(path: Path, kind: str | None, year: int | None, limits: Limits, parsing=None) -> ImportFile:
    imp = ImportFile(path)
    if kind is not None and kind not in KINDS:
        imp.problems.append(Problem(path.name, None, None, kind, f"未知的表格类型，应为：{', '.join(KINDS)}"))
        return imp
    try:
        wb = read_workbook(path, limits, parsing)
    except ReadError as exc:
        imp.problems.append(Problem(path.name, None, None, "", str(exc)))
        return imp
    later = _read_sheets(imp, wb, path, kind, year)
    if later:
        # the table's 注 is on its last page: its first pages are read again from the file (the first
        # reading wrote its fills and joins into the cells), knowing what the marks mean
        imp.tables = []
        _read_sheets(imp, read_workbook(path, limits), path, kind, year, later)
    _listed_twice(imp.tables)
    if not imp.tables:
        imp.problems.append(Problem(path.name, None, None, "", "工作簿中没有任何数据"))
    elif any(not t.no_table for t in imp.tables):
        # a 填报说明 sheet beside the table is no error: it is said and left
        for t in imp.tables:
            if t.no_table:
                t.problems = [p if p.severity == "info" else
                              Problem(t.sheet, None, None, "", f"工作表中没有可识别的表格，未导入（{p.message}）", "info")
                              for p in t.problems]
    return imp


_AREA_SAID = {"key_projects": "板块“{typed}”按已有板块“{known}”导入"}
_NAME_SAID = {"key_projects": "“{typed}”按已有项目“{known}”导入", "indicator_results": "“{typed}”按已有指标“{known}”导入",
              "indicator_targets": "“{typed}”按已有指标“{known}”导入", "leaving": "“{typed}”按已有项目“{known}”调出"}
_KEPT = "（沿用此前导入时的选择）"
LEAVING = "leaving"  # (`taken_kinds`: the name of a project the table takes off the list)


def take_known_areas(imp: ImportFile, same: dict[str, str]) -> list[str]:
    """Read an area as the plan's under another name, as the planner says ("解放碑" is 解放碑中央商务区): each
    key-project record naming it names the plan's area instead, and the first row naming it says so (a note).
    The preview's warning about an area of a like name is where a planner learns it; without this the import
    made a second area. Returns the names no record named, for the caller to say."""
    return _take_known(imp, "area", same, imp.areas_taken, _AREA_SAID)


def take_known_names(imp: ImportFile, same: dict[str, str]) -> list[str]:
    """Read a project or an indicator as the plan's under another name ("重庆长滨项目" is 重庆长滨, "地区生产总值增长"
    is 地区生产总值增速): its rows update it (it keeps the plan's name) instead of adding one. The preview's warning
    about a new name like a held one is where a planner learns it; without this the file had to be edited."""
    return _take_known(imp, "name", same, imp.names_taken, _NAME_SAID)


def take_told_names(db: Database, imp: ImportFile, areas: dict[str, str], names: dict[str, str],
                    as_in_file_areas=(), as_in_file_names=()) -> list[tuple[str, str]]:
    """The areas and names the planner says are the plan's, then those an earlier import was told (kept in the
    plan, `store.import_names`) but for the ones now to be read as the file says: what `write` keeps for the
    next import. Returns ("area" or "name", a name told) for each told name no record had."""
    from ..store.import_names import remembered_names
    from ..store.plan_document import name_key

    imp.areas_as_in_file, imp.names_as_in_file = set(as_in_file_areas), set(as_in_file_names)
    unnamed = [("area", n) for n in take_known_areas(imp, areas)] + [("name", n) for n in take_known_names(imp, names)]
    with db.read() as s:
        kept_areas, kept_names = remembered_names(s)
    for key, kept, told, declined, taken, said in (
            ("area", kept_areas, areas, as_in_file_areas, imp.areas_taken, _AREA_SAID),
            ("name", kept_names, names, as_in_file_names, imp.names_taken, _NAME_SAID)):
        skip = {name_key(n) for n in [*told, *declined]}
        kept = {typed: known for typed, known in kept.items() if name_key(typed) not in skip}
        _take_known(imp, key, kept, taken, {k: v + _KEPT for k, v in said.items()})
    return unnamed


def _take_known(imp: ImportFile, key: str, same: dict[str, str], taken: dict[str, str],
                said: dict[str, str]) -> list[str]:
    """Each record of a kind ``said`` has whose ``key`` is a name of ``same`` takes the name it maps to, said at
    its first row (a note) and kept in ``taken``. Names are compared as the store compares them (spaces, width
    and case ignored). Returns the names of ``same`` no record had."""
    from ..store.plan_document import name_key

    wanted = {name_key(typed): known.strip() for typed, known in same.items() if typed.strip() and known.strip()}
    named = set()
    for t in imp.tables:
        if t.kind not in said or not wanted:
            continue
        if key == "name":
            col = t.name_column
        else:
            found = t.layout.columns.get(key) if t.layout is not None else None
            col = column_letter(found.index) if found else None
        first: dict[str, tuple[int, str]] = {}  # a name taken → the first row naming it, and what the row is
        # a 调整名单's projects leaving the list are named as the plan's too ("红楼宾馆改造" is 红楼宾馆综合改造)
        leaving = t.leaving if key == "name" and t.kind == "key_projects" else []
        for rec, row, kind in [*((rec, r, t.kind) for rec, r in zip(t.records, t.rows)),
                               *((rec, rec["row"], LEAVING) for rec in leaving)]:
            text = rec.get(key)
            typed = name_key(text) if text else None
            if typed in wanted and text != wanted[typed]:
                first.setdefault(text, (row, kind))
                rec[key] = taken[text] = wanted[typed]
                imp.taken_kinds[text] = kind
                named.add(typed)
        _say(t, [Problem(t.sheet, row, col, text, said[kind].format(typed=text, known=taken[text]), "info")
                 for text, (row, kind) in first.items()])
    return [typed for typed in same if typed.strip() and name_key(typed) not in named]


def _read_sheets(imp: ImportFile, wb, path: Path, kind: str | None, year: int | None,
                 marks: dict[str, tuple[dict, dict]] | None = None) -> dict[str, tuple[dict, dict]]:
    """Each sheet's tables into ``imp``; ``marks`` gives a sheet what its table's later pages say ★
    means. Returns the marks a later page explained that the table's first pages did not know."""
    later: dict[str, tuple[dict, dict]] = {}
    filled = [sh for sh in wb.sheets
              if sh.height and any(str(v).strip() for row in sh.rows for v in row if v is not None)]
    shown = any(not sh.hidden for sh in filled)
    beside = any(not _is_timeline(sh) for sh in filled)  # a list beside a 横道图
    before = None  # the sheet and the table a page with no header may go on
    pages_before: list[str] = []  # the sheets that table's pages are on so far
    simplified = {sheet.name: said for sheet in filled if (said := in_simplified(sheet)) is not None}  # 繁体字
    for sheet in filled:  # an empty sheet beside the table is normal
        if _is_timeline(sheet) and beside:
            # the 横道图 beside the list (as our export writes it) draws the list's schedule: the list is
            # read. A 横道图 on its own is the planner's table, marks in each quarter or month: it is read
            continue
        if _is_timeline(sheet) and any(TIMELINE_LEGEND in str(v) for v in sheet.rows[0] if v):
            t = Table(sheet.name, kind, year, no_table=True)  # our own drawing, its list sheet taken out
            t.problems.append(Problem(sheet.name, 1, None, "", "这是本软件导出的横道图（按项目清单画的图），不能导入；"
                                                               "请导入同一文件中的“重点项目”工作表"))
            imp.tables.append(t)
            continue
        if _is_contents(sheet) and len(filled) > 1:
            # "目录": the list of the attachments in the workbook, read as a table of indicators named
            # "附件1 2023年主要指标完成情况表" whose year nothing gave, an error over the whole file
            t = Table(sheet.name, kind, year, no_table=True)
            t.problems.append(Problem(sheet.name, None, None, "", "这是目录（所附表格的清单），未导入", "info"))
            imp.tables.append(t)
            continue
        if sheet.hidden and shown:
            # the lists behind drop-downs, an old copy of the table: not what the planner sees
            t = Table(sheet.name, kind, year, no_table=True, hidden=True)
            t.problems.append(Problem(sheet.name, None, None, "", "隐藏的工作表，未导入（要导入请先取消隐藏）", "info"))
            imp.tables.append(t)
            continue
        parts = tables_in(sheet)
        page = None
        if len(parts) == 1 and before is not None and kind is None and year is None:
            page = continued_table(parts[0], *before)  # a PDF's page, its title on the first
        if page is not None:
            read, pages = [page], [*pages_before, sheet.name]
            noted = (page.layout.binding_marks, page.layout.name_marks)
            if any(noted) and not (marks and pages[0] in marks):
                later.update({name: noted for name in pages_before if not any(_marks(imp, name))})
        else:
            noted = (marks or {}).get(sheet.name)
            read = _parts_read(parts, kind, year, path.name, noted)
            pages = [sheet.name]
        if sheet.name in simplified:
            found, plain = simplified[sheet.name]
            for t in read:
                t.problems.insert(0, Problem(t.sheet, None, None, "", SIMPLIFIED_SAID.format(found=found, read=plain), "info"))
        imp.tables.extend(read)
        if read and not read[-1].no_table:
            before, pages_before = (parts[-1], read[-1]), pages
    return later


def _parts_read(parts: list[Sheet], kind: str | None, year: int | None, file: str, noted) -> list[Table]:
    """The tables of a sheet's parts. A part naming no year of its own ("二、新开工项目" over its header, below
    the list's title) is of the year the sheet's title above names."""
    read: list[Table] = []
    for part in parts:
        got = parse_tables(part, kind, year, file, noted)
        above = next((t.year for t in read if t.year is not None), None) if year is None else None
        if above is not None and any(t.year is None and not t.no_table for t in got):
            got = parse_tables(part, kind, above, file, noted)
            for t in got:
                t.problems.insert(0, Problem(t.sheet, None, None, "", f"这部分没有写年度：按上方表题的{above}年导入", "info"))
        read.extend(got)
    return read


def _marks(imp: ImportFile, sheet: str) -> tuple[dict, dict]:
    """What the table read from ``sheet`` knew ★ and ▲ to mean."""
    layout = next((t.layout for t in imp.tables if t.sheet == sheet and t.layout is not None), None)
    return (layout.binding_marks, layout.name_marks) if layout is not None else ({}, {})


# what a project is: two tables giving one project different values here disagree
_PROJECT_FIELDS = {"zone": "区域", "area": "板块", "class": "类别", "total_investment": "总投资",
                   "annual_investment": "年度计划投资", "start": "开工", "completion": "完工", "nature": "建设性质",
                   "level": "级别", "responsible_unit": "责任单位", "owner": "业主单位"}


def _listed_twice(tables: list[Table]) -> None:
    """A project on two tables of one year (a sheet per zone with a 全区 project on each; a list
    beside its quarterly report). Where the two rows say different things (东部 and 西部, two
    totals) the write kept the later one without a word: that row is refused, as a name twice on
    one sheet is. Where they agree, both are read, and the later table says it once."""
    lists = [t for t in tables if t.kind == "key_projects" and t.records]
    if len(lists) < 2:
        return
    seen: dict[tuple[int | None, str], tuple[Table, int, dict]] = {}  # (year, project) → the first row
    for t in lists:
        here, again = {}, {}
        for rec, row in zip(t.records, t.rows):
            key = (t.year, f"code:{rec['code']}" if rec.get("code") else f"name:{norm(rec['name']).lower()}")
            first = seen.get(key)
            if first is not None:
                other, at, was = first
                differ = [said for fld, said in _PROJECT_FIELDS.items()
                          if rec.get(fld) is not None and was.get(fld) is not None and rec[fld] != was[fld]]
                if differ:
                    t.problems.append(Problem(t.sheet, row, t.name_column, rec.get("code") or rec["name"],
                                              f"与工作表“{other.sheet}”第{at}行是同一项目，但{'、'.join(differ)}不同；"
                                              "同一项目请只列一次，两个同名项目请填写项目编码，或在名称中写明区域"))
                else:
                    again[other.sheet] = again.get(other.sheet, 0) + 1
            here.setdefault(key, (t, row, rec))
        for sheet, n in again.items():
            t.problems.append(Problem(t.sheet, None, None, "", f"有{n}个项目也在工作表“{sheet}”中，两处的内容合并导入",
                                      "info"))
        for key, where in here.items():  # a table's own repeats are its parse's to say
            seen.setdefault(key, where)


def _is_contents(sheet) -> bool:
    """A sheet named 目录 (or 目  录 as a title on its first row): the workbook's table of contents."""
    first = next((str(v) for row in sheet.rows[:3] for v in row if v not in (None, "")), "")
    return any(re.sub(r"\s+", "", t) in ("目录", "附件目录", "表格目录") for t in (sheet.name, first))


def _is_timeline(sheet) -> bool:
    head = "".join(str(v) for row in sheet.rows[:3] for v in row if v)
    return "横道图" in sheet.name or "横道图" in head


def preview(db: Database, imp: ImportFile) -> ImportFile:
    """Attach to each table its diff against the database (reads only)."""
    from ..store.import_diff import diff_table

    alone = _alone(imp)
    imp.previewed_at = db.commits()  # before the diffs: a commit between moves it, and the write checks them
    with _bulk():
        for i, t in enumerate(imp.tables):
            if (t.records or t.leaving) and t.kind:
                imp.diffs[i] = d = diff_table(db, t, alone)
                # what the diff finds is said beside what the parse found; a second preview
                # (against another database, or after a write) says it afresh, not twice
                if t.parse_problems is None:
                    t.parse_problems = list(t.problems)
                t.problems = list(t.parse_problems)
                _say_plan(t, d)
                _say_similar(t, d)
                _say_negative(t, d)
                _say_repeated(t, d)
                _say_disagreeing(t, d)
                _say_reversed(t, d)
                _say_over_total(t, d)
                _say_other_zone(t, d)
                _say_new_areas(t, d)
                _say_flat_section(t, d)
                _say_too_long(t, d)
                _say_renamed(t, d)
                _say_leaving(t, d)
        _new_on_an_earlier_sheet(imp)
        _missing_from_the_file(imp)
    return imp


def _alone(imp: ImportFile) -> bool:
    """Whether the file holds one key-project list: one on several sheets (a sheet per zone) is the whole plan's,
    not a zone's each."""
    return sum(1 for t in imp.tables if t.records and t.kind == "key_projects") <= 1


class PlanChangedSincePreview(ValueError):
    """What the import would write is no longer what its preview showed: someone wrote to the plan meanwhile."""


def _still_as_previewed(imp: ImportFile):
    """A check for the import's own transaction (it runs once the other writers' are done): the diff against the
    plan as it is now is the one the preview showed — the same records new, the same fields changed from the same
    values, the same left out. A colleague's import or edit of what the file also gives, made while the preview
    was open, was written over unseen (the preview had shown the value before theirs); it is refused instead, and
    the window previews again. A colleague's change of a field the file leaves alone is no obstacle."""
    from ..store.import_diff import diff_table

    def check(s) -> None:
        if imp.previewed_at is not None and s.info.get("commits_before") == imp.previewed_at:
            return  # nothing written to the plan file since the preview: its diffs stand (50,000 rows: 1.4 s saved)
        fresh = copy.copy(imp)
        fresh.diffs = {}
        alone = _alone(imp)
        for i, t in enumerate(imp.tables):
            if (t.records or t.leaving) and t.kind:
                fresh.diffs[i] = diff_table(None, t, alone, s)
        _new_on_an_earlier_sheet(fresh)
        _missing_from_the_file(fresh)
        if any(_written_as(fresh.diffs.get(i)) != _written_as(imp.diffs.get(i))
               for i in set(fresh.diffs) | set(imp.diffs)):
            raise PlanChangedSincePreview("预览之后计划已有改动（同事或另一个程序写入了同样的项目或指标），未写入任何数据；"
                                          "已按现在的计划重新预览，请核对后再导入")
    return check


def _written_as(d) -> tuple | None:
    """What a diff says the import writes: the records new, changed (field by field, from what) and unchanged,
    what the file leaves out (in no order: PostgreSQL's moves with a colleague's update of another row), and to
    which plan, and the projects it takes off the list as leaving it."""
    return None if d is None else (d.new, d.changed, d.unchanged, sorted(d.missing), d.plan_year, d.new_plan,
                                   d.leaving)


def _new_on_an_earlier_sheet(imp: ImportFile) -> None:
    """A project new to the database on two sheets of one list (a list beside its report): the
    first sheet adds it, the second updates it, as the write does — it was counted new on both."""
    from ..store.import_match import name_keys_of

    lists = [i for i, t in enumerate(imp.tables) if t.kind == "key_projects" and imp.diffs.get(i) is not None]
    if len(lists) < 2:
        return  # one list: nothing can be new twice (50,000 records were keyed for nothing)
    added: dict[Any, tuple[dict[str, dict], dict[str, dict]]] = {}  # plan → (by code, by name) of new records
    for i, t in enumerate(imp.tables):
        d = imp.diffs.get(i)
        if d is None or t.kind != "key_projects" or not d.new:
            continue
        by_code, by_name = added.setdefault(d.plan_year, ({}, {}))
        keys = name_keys_of(t)
        still_new = []
        for j in d.new:
            rec = t.records[j]
            first = by_code.get(rec.get("code") or "") or by_name.get(keys[j])
            if first is None:
                still_new.append(j)
                if rec.get("code"):
                    by_code.setdefault(rec["code"], rec)
                by_name.setdefault(keys[j], rec)
                continue
            ch = _added_to(first, rec)
            (d.changed.__setitem__(j, ch) if ch else d.unchanged.append(j))
        d.new = still_new


# what a second row may add to a project besides the fields two rows must agree on
_A_PROJECTS_FIELDS = (*_PROJECT_FIELDS, "code", "content", "construction_years", "invested_before", "actual_start",
                      "actual_completion", "leader", "contact", "location", "partner_units", "notes")


def _added_to(first: dict[str, Any], rec: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """What a second row of a project gives that its first row did not: its fields and quarterly
    figures, keyed as the preview's changes are."""
    ch = {k: (first.get(k), rec[k]) for k in _A_PROJECTS_FIELDS if rec.get(k) is not None and first.get(k) != rec[k]}
    had = first.get("quarters") or {}
    for q, parts in (rec.get("quarters") or {}).items():
        for part, v in parts.items():
            was = (had.get(q) or {}).get(part)
            if v is not None and v != was:
                ch[f"quarter:{q}:{part}"] = (was, v)
    return ch


def _missing_from_the_file(imp: ImportFile) -> None:
    """What the database holds and the file does not: a year's list on several sheets (one per
    zone, one per section) leaves out only what none of them holds. Each sheet's diff alone
    counted the other sheets' projects as missing, and taking the missing off the list took
    them off too."""
    groups: dict[tuple, list] = {}
    for i, t in enumerate(imp.tables):
        d = imp.diffs.get(i)
        if d is not None:
            year = t.year if t.kind.startswith("indicator") else d.plan_year
            groups.setdefault((t.kind, year), []).append(d)
    for diffs in groups.values():
        if len(diffs) > 1:
            common = set.intersection(*(set(d.missing) for d in diffs))
            for d in diffs:
                d.missing = [n for n in d.missing if n in common]


_FIELD_NAMES = {"name": "名称", "code": "编码", "area": "板块", "section": "部分", "measure": "举措"}


def _say_too_long(t, d) -> None:
    """A name, code or title longer than the database keeps (a paragraph in the
    name column is a column out of place): an error on its row."""
    said = []
    for i, fields in sorted(d.too_long.items()):
        for fld, limit in fields:
            v = t.records[i][fld]
            col = t.layout.columns.get(fld) if t.layout is not None else None
            letter = column_letter(col.index) if col is not None else t.name_column if fld == "name" else None
            said.append(Problem(t.sheet, t.rows[i], letter, v[:40] + "…",
                                f"{_FIELD_NAMES[fld]}过长（{len(v)} 字，最多 {limit} 字），可能是列错位"))
    _say(t, said)


def _say_renamed(t, d) -> None:
    """A project a revised list renames ("原项目名称 | 调整后项目名称"): found by its former name, it takes the new one
    (a note); none of that name in the plan, the row is a new project (a warning: the former name may be written
    otherwise than the plan's); the plan listing both names, the new one's project is updated and the other left (a
    warning: two projects where the list sees one). Found by the new name alone (the list imported before), nothing
    is said: it was said "按原名称找到" again, of a project already renamed."""
    if t.kind != "key_projects" or t.layout is None or "name_before" not in t.layout.columns:
        return
    col = t.name_column
    new = set(d.new)
    said = []
    for i, rec in enumerate(t.records):
        before = rec.get("name_before")
        if not before:
            continue
        if i in new:
            said.append(Problem(t.sheet, t.rows[i], col, rec["name"], f"计划中没有原名称为“{before}”的项目，按新项目导入",
                                "warning"))
        elif i in d.former_apart:
            said.append(Problem(t.sheet, t.rows[i], col, rec["name"],
                                f"计划中已有“{rec['name']}”，按它导入；原名称“{before}”的项目仍在计划中，未改名"
                                "（如是同一项目，请把其中一个移出计划）", "warning"))
        elif "name" in d.changed.get(i, {}):
            said.append(Problem(t.sheet, t.rows[i], col, rec["name"], f"按原名称“{before}”找到，改名为“{rec['name']}”",
                                "info"))
    _say(t, said)


def _say_reversed(t, d) -> None:
    """A completion in the file before the start the database holds (or the other way
    round) would leave a project ending before it begins: an error on its row."""
    _say(t, [Problem(t.sheet, t.rows[i], None, t.records[i]["name"],
                     f"完工（{end.label_zh}）早于开工（{start.label_zh}）：文件与数据库中的日期合起来前后颠倒")
             for i, (end, start) in sorted(d.reversed.items())])


def _say_leaving(t, d) -> None:
    """The projects the table marks as leaving the list that the plan does not list: nothing to take off (a name
    typed otherwise than the plan's is the likelier cause where the database has no such project)."""
    col = t.name_column
    year = d.plan_year or t.year or ""
    _say(t, [Problem(t.sheet, t.leaving[i]["row"], col, t.leaving[i]["name"],
                     f"计划中没有这个项目，无从调出；名称与计划中的“{d.leaving_similar[i]}”相近：如为同一项目，可按已有项目调出"
                     if i in d.leaving_similar else
                     "计划中没有这个项目，无从调出（名称与计划中的不同时，请按计划中的名称填写）", "warning")
             for i in d.leaving_unknown]
         + [Problem(t.sheet, t.leaving[i]["row"], col, t.leaving[i]["name"],
                    f"不在{year}年计划中（已移出或未列入），无需调出", "info") for i in d.leaving_off])


def _say_other_zone(t, d) -> None:
    """An area of another zone than the row names: left out, the project kept in the row's zone (it was grouped
    under a west zone and an east area at once)."""
    col = t.layout.columns.get("area") if t.layout is not None else None
    _say(t, [Problem(t.sheet, t.rows[i], column_letter(col.index) if col else None, area,
                     f"板块“{area}”属于{zone}，与本行的区域“{t.records[i]['zone']}”不符：按区域记入，板块未记入", "warning")
             for i, (area, zone) in sorted(d.other_zone.items())])


def _say_new_areas(t, d) -> None:
    """An area the plan does not have is said at the first row naming it: the import makes it (a note), and an
    area of a like name the plan has is the likelier meaning (a warning: a typo made a second area)."""
    col = t.layout.columns.get("area") if t.layout is not None else None
    _say(t, [Problem(t.sheet, t.rows[i], column_letter(col.index) if col else None, area,
                     f"计划中没有板块“{area}”，导入将新建于{zone}" + (
                         f"；与已有板块“{like}”相近：如为同一板块，可按已有板块导入" if like else ""),
                     "warning" if like else "info")
             for i, (area, zone, like) in sorted(d.new_areas.items())])


def _say_over_total(t, d) -> None:
    """A quarter's investment above the total the database holds for the project (the file giving none): a
    warning on its row, as the file's own total gets when it gives one."""
    _say(t, [Problem(t.sheet, t.rows[i], None, t.records[i]["name"],
                     f"{Quarter.parse(q).label_zh}的投资 {plain_number(v)} 亿元，大于该项目的总投资"
                     f"（{plain_number(total)}亿元）；请核对单位是亿元还是万元", "warning")
             for i, (over, total) in sorted(d.over_total.items()) for q, v in over])


def _say_flat_section(t, d) -> None:
    """Where the new targets of a list naming no sections go: a section of the list's title, new to a plan of
    eleven (a planner found a 第十二部分 named after a unit's table, unsaid)."""
    if d.flat_section is None:
        return
    title, n, new = d.flat_section
    where = f"新的部分“{title}”" if new else f"已有的部分“{title}”"
    why = "按表题" if (t.title or "").strip() else "表中也没有表题"  # (a system's export has none: 其他举措)
    _say(t, [Problem(t.sheet, None, None, title, f"表中没有“部分”：新增的{n}个目标列入{where}（{why}）", "info")])


def _say_negative(t, d) -> None:
    """A running total below what the earlier quarters already hold makes the
    quarter's own figure negative: kept (it corrects them), but said."""
    said = []
    for i, changes in d.changed.items():
        for key, (_old, new) in changes.items():
            if key.startswith("quarter:") and key.endswith(":actual") and new is not None and new < 0:
                q = key.split(":")[1]
                quarter = Quarter.parse(q).label_zh
                said.append(Problem(t.sheet, t.rows[i], None, t.records[i]["name"],
                                    f"截至{_end_of(t, q)}的累计完成投资小于此前各季度之和，{quarter}按 {new:g} 亿元记入"
                                    "（即更正此前的数字）", "warning"))
    _say(t, said)


def _end_of(t, q: str) -> str:
    """Where a running total of quarter ``q`` ends, as the table has it: "2024年三季度", or "2024年7月底" in a monthly
    report (its July total is not the third quarter's)."""
    quarter = Quarter.parse(q)
    layout = t.layout
    month = layout.month_ends.get(quarter.q) if layout is not None and layout.year == quarter.year else None
    return f"{quarter.year}年{month}月底" if month else quarter.label_zh


def _say_repeated(t, d) -> None:
    """A running total that only repeats the earlier quarters is left as no report of its quarter: said."""
    said = []
    for i, quarters in sorted(d.repeated.items()):
        for q in quarters:
            quarter = Quarter.parse(q).label_zh
            said.append(Problem(t.sheet, t.rows[i], None, t.records[i]["name"],
                                f"截至{_end_of(t, q)}的累计完成投资与此前各季度之和相同：视为{quarter}尚未填报，不记为0"
                                f"（如{quarter}确无投资，请在该季度完成投资中填0）", "info"))
    _say(t, said)


def _say_disagreeing(t, d) -> None:
    """A quarter's own figure that, with the earlier quarters, is not the total to its end beside it: which one is
    wrong the file does not say; the quarter's own is written, and the planner asked to check."""
    said = []
    for i, found in sorted(d.disagreeing.items()):
        for q, total, earlier, own in found:
            quarter = Quarter.parse(q).label_zh
            said.append(Problem(t.sheet, t.rows[i], None, t.records[i]["name"],
                                f"截至{_end_of(t, q)}的累计完成投资 {total:g} 亿元，不等于此前各季度的 {earlier:g} 亿元加{quarter}的 "
                                f"{own:g} 亿元（{round(earlier + own, 6):g} 亿元）：{quarter}按表中的 {own:g} 亿元记入，请核对",
                                "warning"))
    _say(t, said)


def _say_plan(t, d) -> None:
    """A list with no year anywhere goes to the latest plan: which one is said, before anything is written; a
    year with no plan yet gets one, its name said (a new district's first import names its plan)."""
    if d.other_district:  # another district's list into this one's plan: its projects beside this plan's
        theirs, ours = d.other_district
        _say(t, [Problem(t.sheet, None, None, t.title or "",
                         f"表题是{theirs}的，数据库中的计划是{ours}的：{theirs}的计划请另建计划数据库"
                         "（“文件 → 新建计划数据库…”；命令行：--db 新文件名）；确是本计划的表格，可以照常导入",
                         "warning")])
    if d.new_plan:
        _say(t, [Problem(t.sheet, None, None, "", f"数据库中还没有{t.year}年计划：导入将新建“{d.new_plan}”"
                                                  "（名称可在“编辑 → 计划数…”中修改）", "info")])
    if t.year is None and d.plan_year is None and t.kind in ("key_projects", "measures"):
        # no year in the table and no plan to put it in: the write refused it as a fault of the program
        _say(t, [Problem(t.sheet, None, None, t.title or "", "表中没有年度，数据库中也还没有计划：请在预览上方的“年度”中"
                                                            "选择（命令行：--year）")])
    if t.year is None and d.plan_year is not None:
        _say(t, [Problem(t.sheet, None, None, "", f"表中没有年度：将计入最近的{d.plan_year}年计划；"
                                                  "如不对，请在“年度”中选择（命令行：--year）", "info")])


def _say(t, said: list[Problem]) -> None:
    """Problems found after the parse, in the table's row order with the others."""
    if said:
        t.problems = sorted([*t.problems, *said], key=lambda p: (p.row or 0))


def _say_similar(t, d) -> None:
    """A new project named like a listed one is said on its row: it is added, not matched."""
    if not d.similar:
        return
    column = t.name_column
    said = [Problem(t.sheet, t.rows[i], column, t.records[i]["name"],
                    f"计划中没有此项目，导入将新增；名称与已有项目“{name}”相近：如为同一项目，可按已有项目导入"
                    if t.kind == "key_projects" else
                    f"数据库中没有此指标，导入将新增；名称与已有指标“{name}”相近：如为同一指标，可按已有指标导入",
                    "warning") for i, name in sorted(d.similar.items())]
    _say(t, said)


def write(db: Database, imp: ImportFile, *, progress=None, cancelled=None, remove_missing: bool = False,
          undoable: bool = True, as_previewed: bool = False) -> Receipt:
    """Write every table in one transaction. Refuses a file with errors. ``as_previewed``: refuses, with
    :class:`PlanChangedSincePreview`, to write what is no longer what ``imp``'s preview showed (the window's
    import, its preview open while colleagues work). ``remove_missing``, ``undoable``: see
    :func:`milestones.store.imports.apply_import`."""
    if imp.has_errors:
        raise ValueError("文件有错误，未导入任何数据")
    from ..store.imports import apply_import

    with _bulk():
        return apply_import(db, imp.importable, progress=progress, cancelled=cancelled, remove_missing=remove_missing,
                            names=(imp.areas_taken, imp.names_taken, imp.areas_as_in_file, imp.names_as_in_file),
                            undoable=undoable, before_writing=_still_as_previewed(imp) if as_previewed else None)
