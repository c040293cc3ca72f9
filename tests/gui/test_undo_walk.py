"""Undo and redo walked at random: whatever a planner does — edits (one cell or a paste of many), projects added,
taken off the list or merged, a quarter's investment and milestones, targets and indicators added and deleted, the
plan's own figures — undoing back to any step shows the plan exactly as it was at that step, and redoing brings
each later step back. Nothing a single planner does is ever refused on the way (no step goes obsolete).

Found by it: a plan figure cleared and undone came back as typed in, without the report's words or unit
(PlanFiguresCommand keeps them now)."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from sqlalchemy import DateTime, select

from milestones.domain.quarter import Quarter
from milestones.store import changes, open_store
from milestones.store.plan_figures import read_figures
from milestones.store.schema import (
    Base, Indicator, IndicatorYear, KeyProject, Measure, MeasureTarget, Plan, PlanEntry, Section,
)
from milestones.ui import undo
from milestones.ui.operations import Operations

YEAR = 2024
# the record of what happened (append-only by design) and the quarter's kept reports are not the plan itself
_NOT_THE_PLAN = {"list_change", "schedule_change", "target_change", "kept_report", "kept_project", "accepted_finding"}
# rows written again whole by a step (a project's detail lists): compared by their values, not their ids
_REWRITTEN = {"milestone", "quarter_investment", "progress_note", "target_step", "stated_figure", "quarter_target"}
_PROJECT_DETAILS = {"milestone", "quarter_investment", "progress_note"}


def plan_as_seen(db) -> dict[str, list]:
    """Every row of the plan as a planner sees it: the projects on the year's list (a project taken off it, or
    added and undone, keeps its record off the list), their details, the plan's sections, measures, targets,
    indicators and figures; no versions or timestamps (an undo is a new write)."""
    with db.read() as s:
        on_list = set(s.scalars(select(PlanEntry.project_id).join(Plan).where(Plan.year == YEAR,
                                                                              PlanEntry.on_list.is_(True))))
        used_indicators = set(s.scalars(select(IndicatorYear.indicator_id)))
        seen: dict[str, list] = {}
        for table in Base.metadata.sorted_tables:
            if table.name in _NOT_THE_PLAN:
                continue
            cols = [c for c in table.columns if c.name != "version" and not isinstance(c.type, DateTime)
                    and not (table.name in _REWRITTEN and c.name == "id")]
            rows = [dict(zip([c.name for c in cols], r)) for r in s.execute(select(*cols))]
            if table.name == "key_project":
                rows = [r for r in rows if r["id"] in on_list]
            elif table.name == "plan_entry":
                rows = [r for r in rows if r["on_list"]]
            elif table.name in _PROJECT_DETAILS:
                rows = [r for r in rows if r["project_id"] in on_list]
            elif table.name == "indicator":
                rows = [r for r in rows if r["id"] in used_indicators]
            elif table.name == "indicator_year":
                rows = _placed(rows)
            seen[table.name] = sorted(rows, key=repr)
        return seen


def _placed(rows: list[dict]) -> list[dict]:
    """A year's indicators with their place in the table instead of their number: adding one numbers a table
    read without 序号 in the order it shows (store.plan_rows._numbered), which its undo leaves numbered."""
    shown = sorted(rows, key=lambda r: (r["year"], r["seq"] is not None, r["seq"] or 0, r["id"]))  # indicator_order
    return [{**r, "seq": [o["id"] for o in shown if o["year"] == r["year"]].index(r["id"])} for r in rows]


_QUARTERS = [None] + [Quarter(y, q) for y in (2023, 2024, 2025) for q in (1, 2, 3, 4)]
_MONEY = st.one_of(st.none(), st.integers(0, 4000).map(lambda n: n / 20))


class UndoWalk(RuleBasedStateMachine):
    where = None  # a function giving a new PostgreSQL database's URL a walk; None: a SQLite file

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="undo-walk-"))
        self.db = open_store(self.dir / "plan.db" if self.where is None else type(self).where())
        self.ops = Operations(self.db)
        self.refused: list[str] = []
        self.ops.failed.connect(self.refused.append)
        self.stack = self.ops.undo_stack
        self.states = [plan_as_seen(self.db)]  # the plan after each step of the stack, by its index
        self.made = 0

    def teardown(self) -> None:
        self.stack.clear()
        self.db.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- what is there to act on -------------------------------------------------------
    def _listed(self) -> list[int]:
        with self.db.read() as s:
            return sorted(s.scalars(select(PlanEntry.project_id).join(Plan).where(
                Plan.year == YEAR, PlanEntry.on_list.is_(True))))

    def _ids(self, model, *where) -> list[int]:
        with self.db.read() as s:
            return sorted(s.scalars(select(model.id).where(*where)))

    @staticmethod
    def _pick(data, there: list[int]) -> int | None:
        return data.draw(st.sampled_from(there)) if there else None

    def _push(self, command) -> None:
        index = self.stack.index()
        if undo.push(self.ops, command):
            assert self.stack.index() == index + 1
            del self.states[index + 1:]
            self.states.append(plan_as_seen(self.db))
        else:  # refused on its first run (a plan completing before it starts, a code in use): nothing written
            assert plan_as_seen(self.db) == self.states[index]
            self.refused.clear()

    def _edit(self, table: str, row_id: int, field: str, new) -> undo.FieldEdit:
        model = changes.EDITABLE[table][0]
        with self.db.read() as s:
            row = s.get(model, row_id)
            return undo.FieldEdit(table, row_id, field, getattr(row, field), new, getattr(row, "version", None))

    # -- a planner's steps -----------------------------------------------------------------
    @rule(data=st.data(), field=st.sampled_from(["total_investment", "planned_start", "planned_completion",
                                                 "actual_start", "responsible_unit", "notes", "name", "zone_id",
                                                 "code"]))
    def edit_a_project(self, data, field):
        pid = self._pick(data, self._listed())
        if pid is None:
            return
        new = {"total_investment": _MONEY, "planned_start": st.sampled_from(_QUARTERS),
               "planned_completion": st.sampled_from(_QUARTERS), "actual_start": st.sampled_from(_QUARTERS),
               "responsible_unit": st.sampled_from([None, "区住房城乡建委", "区商务委"]),
               "notes": st.sampled_from([None, "", "待复核"]), "name": st.sampled_from(["改名项目甲", "改名项目乙"]),
               "zone_id": st.sampled_from([None, 1, 2, 3]),
               "code": st.sampled_from([None, "YZ-1", "YZ-2"])}[field]  # another's code is refused
        value = data.draw(new)
        if field == "name":
            self.made += 1
            value = f"{value}{self.made}"
        self._push(undo.EditCommand(self.ops, [self._edit("key_project", pid, field, value)], "编辑"))

    @rule(data=st.data(), values=st.lists(_MONEY, min_size=2, max_size=6))
    def paste_annual_investment(self, data, values):
        with self.db.read() as s:
            entries = sorted(s.scalars(select(PlanEntry.id).join(Plan).where(Plan.year == YEAR,
                                                                              PlanEntry.on_list.is_(True))))
        start = data.draw(st.integers(0, max(0, len(entries) - len(values))))
        edits = [self._edit("plan_entry", eid, "annual_investment", v)
                 for eid, v in zip(entries[start:], values)]
        if not edits:
            return
        self._push(undo.EditCommand(self.ops, edits, "粘贴"))

    @rule(nature=st.sampled_from([None, "新开工", "续建"]), start=st.sampled_from(_QUARTERS))
    def add_a_project(self, nature, start):
        self.made += 1
        fields = {"planned_start": start} if start else {}
        if nature:
            fields["nature"] = nature
        self._push(undo.AddProjectCommand(self.ops, YEAR, f"新增项目{self.made}", fields))

    @rule(data=st.data())
    def take_projects_off_the_list(self, data):
        there = self._listed()
        if len(there) < 1:
            return
        ids = data.draw(st.lists(st.sampled_from(there), min_size=1, max_size=3, unique=True))
        self._push(undo.RemoveProjectsCommand(self.ops, YEAR, ids, "调出"))

    @rule(data=st.data())
    def merge_two_projects(self, data):
        there = self._listed()
        if len(there) < 2:
            return
        keep, dup = data.draw(st.lists(st.sampled_from(there), min_size=2, max_size=2, unique=True))
        self._push(undo.MergeProjectsCommand(self.ops, YEAR, keep, dup, "重复"))

    @rule(data=st.data(), quarters=st.lists(st.integers(1, 4), max_size=4, unique=True), amount=_MONEY)
    def report_investment(self, data, quarters, amount):
        pid = self._pick(data, self._listed())
        if pid is None:
            return
        old = changes.project_details(self.db, pid, "investments")
        new = [{"quarter": Quarter(YEAR, q), "planned": None, "actual": amount} for q in quarters]
        self._push(undo.DetailsCommand(self.ops, pid, "investments", old, new, "季度投资"))

    @rule(data=st.data(), names=st.lists(st.sampled_from(["主体完工", "投用", "前期手续"]), max_size=3))
    def set_milestones(self, data, names):
        pid = self._pick(data, self._listed())
        if pid is None:
            return
        old = changes.project_details(self.db, pid, "milestones")
        new = [{"name": n, "planned_quarter": Quarter(YEAR, i + 1)} for i, n in enumerate(names)]
        self._push(undo.DetailsCommand(self.ops, pid, "milestones", old, new, "节点"))

    @rule(data=st.data(), text=st.sampled_from(["新增创新孵化平台3家", "完成改造2万平方米", "推进前期工作"]))
    def add_a_target(self, data, text):
        mid = self._pick(data, self._ids(Measure))
        if mid is None:
            return
        self._push(undo.AddTargetCommand(self.ops, mid, text))

    @rule(title=st.sampled_from(["新举措甲", "新举措乙"]), new_section=st.booleans())
    def add_a_target_of_a_new_measure(self, title, new_section):
        self.made += 1
        section = f"（十二）新的部分{self.made}" if new_section else 1
        self._push(undo.AddTargetCommand(self.ops, None, "完成1项", None,
                                         {"year": YEAR, "section": section, "title": f"{title}{self.made}"}))

    @rule(data=st.data())
    def list_a_project_again(self, data):
        with self.db.read() as s:
            off = sorted(s.scalars(select(PlanEntry.project_id).join(Plan).where(Plan.year == YEAR,
                                                                                  PlanEntry.on_list.is_(False))))
        pid = self._pick(data, off)
        if pid is None:
            return
        self._push(undo.ListProjectCommand(self.ops, YEAR, pid, "列入"))

    @rule(data=st.data(), title=st.sampled_from(["改写的举措", "改写的部分"]))
    def retitle_a_measure_or_section(self, data, title):
        table = "measure" if title == "改写的举措" else "section"
        row = self._pick(data, self._ids(Measure if table == "measure" else Section))
        if row is None:
            return
        self.made += 1
        self._push(undo.EditCommand(self.ops, [self._edit(table, row, "title", f"{title}{self.made}")], "改名"))

    @rule(data=st.data())
    def move_a_target_to_another_measure(self, data):
        tid, mid = self._pick(data, self._ids(MeasureTarget)), self._pick(data, self._ids(Measure))
        if tid is None or mid is None:
            return
        self._push(undo.EditCommand(self.ops, [self._edit("measure_target", tid, "measure_id", mid)], "移动"))

    @rule(data=st.data(), unit=st.sampled_from([None, "%", "亿元", "万人"]))
    def give_an_indicator_its_unit(self, data, unit):
        iid = self._pick(data, sorted(set(self._ids(Indicator))))
        if iid is None:
            return
        self._push(undo.EditCommand(self.ops, [self._edit("indicator", iid, "unit", unit)], "单位"))

    @rule(data=st.data(), actual=_MONEY, status=st.sampled_from([None, "完成", "未完成"]))
    def report_a_target(self, data, actual, status):
        tid = self._pick(data, self._ids(MeasureTarget))
        if tid is None:
            return
        self._push(undo.EditCommand(self.ops, [self._edit("measure_target", tid, "actual", actual),
                                               self._edit("measure_target", tid, "status", status)], "填报"))

    @rule(data=st.data())
    def delete_targets(self, data):
        there = self._ids(MeasureTarget)
        if len(there) < 1:
            return
        ids = data.draw(st.lists(st.sampled_from(there), min_size=1, max_size=3, unique=True))
        self._push(undo.RemoveRowsCommand(self.ops, "measure_target", ids, "删除目标"))

    @rule(data=st.data())
    def delete_a_measure(self, data):
        mid = self._pick(data, self._ids(Measure))
        if mid is None:
            return
        self._push(undo.RemoveRowsCommand(self.ops, "measure", [mid], "删除举措"))

    @rule(name=st.sampled_from(["数字经济核心产业增加值增速", "地区生产总值增速", "新增指标"]))
    def add_an_indicator(self, name):
        self._push(undo.AddIndicatorCommand(self.ops, YEAR, name, "%", "6左右", False))

    @rule(data=st.data(), actual=_MONEY)
    def report_an_indicator(self, data, actual):
        iid = self._pick(data, self._ids(IndicatorYear))
        if iid is None:
            return
        self._push(undo.EditCommand(self.ops, [self._edit("indicator_year", iid, "actual", actual)], "填报"))

    @rule(data=st.data())
    def delete_indicators(self, data):
        there = self._ids(IndicatorYear)
        if len(there) < 1:
            return
        ids = data.draw(st.lists(st.sampled_from(there), min_size=1, max_size=2, unique=True))
        self._push(undo.RemoveRowsCommand(self.ops, "indicator_year", ids, "删除指标"))

    @rule(projects=st.one_of(st.none(), st.integers(40, 80)), starts=st.one_of(st.none(), st.integers(0, 20)),
          quarter=st.integers(1, 4))
    def state_the_plan_figures(self, projects, starts, quarter):
        now = read_figures(self.db, YEAR)
        old = {"stated": {"key_projects": now["stated"]["key_projects"]},
               "quarters": [{"quarter": quarter, "starts": now["quarters"][quarter - 1]["starts"]}]}
        new = {"stated": {"key_projects": projects}, "quarters": [{"quarter": quarter, "starts": starts}]}
        self._push(undo.PlanFiguresCommand(self.ops, YEAR, old, new))

    @rule(data=st.data(), new=st.integers(0, 2), remove=st.booleans(), money=_MONEY,
          start=st.sampled_from(["", "2024年一季度", "2024.6", "续建"]))
    def import_a_list(self, data, new, remove, money, start):
        """A key-project list imported (the projects it names changed, new ones added; with 移出 the others taken off
        the list), as the import box writes it: one undo step."""
        from milestones.spreadsheet.importer import preview, read_import, write
        from milestones.ui.import_dialog import ImportCommand

        with self.db.read() as s:
            listed = {pid: name for pid, name in s.execute(select(KeyProject.id, KeyProject.name).where(
                KeyProject.id.in_(self._listed())))}
        names = data.draw(st.lists(st.sampled_from(sorted(listed.values())), max_size=3, unique=True)) if listed else []
        self.made += 1
        names += [f"导入项目{self.made}-{n}" for n in range(new)]
        if not names:
            return
        path = self.dir / f"list{self.made}.csv"
        path.write_text("2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,计划开工\n" + "".join(
            f"{i},{name},东部,{'' if money is None else money},{start}\n" for i, name in enumerate(names, 1)),
            encoding="utf-8")
        imp = preview(self.db, read_import(path, kind="key_projects", year=YEAR))
        if imp.has_errors:
            return
        index = self.stack.index()
        receipt = write(self.db, imp, remove_missing=remove)
        self.stack.push(ImportCommand(self.ops, imp, receipt, remove))
        del self.states[index + 1:]
        self.states.append(plan_as_seen(self.db))

    @precondition(lambda self: self.stack.canUndo())
    @rule(steps=st.integers(1, 4))
    def undo(self, steps):
        for _ in range(steps):
            if self.stack.canUndo():
                self.stack.undo()

    @precondition(lambda self: self.stack.canRedo())
    @rule(steps=st.integers(1, 4))
    def redo(self, steps):
        for _ in range(steps):
            if self.stack.canRedo():
                self.stack.redo()

    @invariant()
    def the_plan_is_as_it_was_at_this_step(self):
        assert not self.refused, self.refused
        assert plan_as_seen(self.db) == self.states[self.stack.index()]


# the suite walks the same 25 ways each run; WALKS=600 walks that many new ones (how the bugs above were found)
WALKS = os.environ.get("WALKS")


@pytest.mark.slow
def test_undo_and_redo_give_back_every_step(qapp):
    run_state_machine_as_test(UndoWalk, settings=settings(
        max_examples=int(WALKS or 25), stateful_step_count=30, deadline=None, derandomize=not WALKS,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))


@pytest.mark.slow
def test_undo_and_redo_give_back_every_step_of_a_shared_plan(qapp, pg_server):
    """The same on PostgreSQL (a shared plan), fewer walks: a database of its own each."""
    class OnPostgres(UndoWalk):
        where = staticmethod(pg_server.new_database)

    run_state_machine_as_test(OnPostgres, settings=settings(
        max_examples=int(WALKS or 6), stateful_step_count=25, deadline=None, derandomize=not WALKS,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]))
