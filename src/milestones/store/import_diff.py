"""What an import would change, before anything is written: new, changed field by field,
unchanged, and what the database holds that the file does not."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from operator import methodcaller
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.collation import sort_text
from ..domain.quarter import Quarter
from ..domain.steps import Step
from .database import Database
from .import_match import (
    HeldTargets, ProjectIndex, areas_of, district_apart, ensure_zones_readonly, form_scope, in_another_zone, in_scope,
    list_section, name_keys_of, new_plan_named, plan_of, target_in_scope, where_of,
)
from .import_leaving import leaving_of
from .import_milestones import milestone_changes
from .import_quarters import quarter_changes
from .import_rows import (
    CHUNK, TableLike, changes_of, entry_values, indicator_year_values, measure_text, measure_texts, project_values,
    reported_by, steps_after, target_values,
)
from .plan_document import name_key
from .schema import Area, Indicator, IndicatorYear, KeyProject, Measure, Plan, PlanEntry, Section


NewArea = tuple[str, str, "str | None"]  # an area's name, the zone it is made in, a known area of a like name


@dataclass
class Diff:
    new: list[int] = field(default_factory=list)  # record indexes
    changed: dict[int, dict[str, tuple[Any, Any]]] = field(default_factory=dict)  # index → field → (old, new)
    unchanged: list[int] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # names in the database, not in the file
    similar: dict[int, str] = field(default_factory=dict)  # new record → a listed project of a like name
    # record → (completion, start) when the file's dates and the database's would end before they begin
    reversed: dict[int, tuple[Quarter, Quarter]] = field(default_factory=dict)
    # record → [(field, the column's bound)] for a name, code or title longer than the database keeps
    too_long: dict[int, list[tuple[str, int]]] = field(default_factory=dict)
    plan_year: int | None = None  # the plan the records go to: the latest one for a table without a year
    new_plan: str | None = None  # the title of the plan the import makes, the year having none yet
    # (the table's district, the plan's) when its title names another district than the plan's (import_match)
    other_district: tuple[str, str] | None = None
    # whose table it is, when not the whole plan's (import_match.form_scope): missing counts its rows only
    scope: tuple[str, str] | None = None
    # record → quarters whose running total only repeats the earlier quarters: left unreported
    repeated: dict[int, list[str]] = field(default_factory=dict)
    # record → [(quarter, the total to its end, the earlier quarters' sum, the quarter's own figure)] that do not add
    # up: the quarter's own figure is written, the rest said
    disagreeing: dict[int, list[tuple[str, float, float, float]]] = field(default_factory=dict)
    # record → ([(quarter, figure)], total) for a quarter's investment above the project's total the database holds
    # (a form that leaves 总投资 out was checked against none as it was read): most likely 万元 in a 亿元 column
    over_total: dict[int, tuple[list[tuple[str, float]], float]] = field(default_factory=dict)
    # a task list naming no sections: (the section its new targets go into, how many, whether it is a new one)
    flat_section: tuple[str, int, bool] | None = None
    # record → (its area, the area's zone) for an area of another zone than the record names: left out
    other_zone: dict[int, tuple[str, str]] = field(default_factory=dict)
    # an area the plan does not have, at the first row naming it → (area, the zone it is made in, an area the plan
    # has of a name like it): "解放碑" typed for 解放碑中央商务区 made a second area, unsaid
    new_areas: dict[int, NewArea] = field(default_factory=dict)
    # the projects the table marks as leaving the list (Table.leaving, by index): those the plan lists, taken off it
    # (→ project id); those it does not list now; those the database does not have (import_leaving.leaving_of)
    leaving: dict[int, int] = field(default_factory=dict)
    leaving_off: list[int] = field(default_factory=list)
    leaving_unknown: list[int] = field(default_factory=list)
    # of those the database does not have, the ones named like a project on the list ("红楼宾馆改造" for 红楼宾馆综合改造):
    # leaving index → its name, offered as the plan's (`--same-name`, the preview's box) rather than matched unasked
    leaving_similar: dict[int, str] = field(default_factory=dict)
    # record → its former name, for a project a revised list renames ("原项目名称 A | 调整后项目名称 B") found by the new
    # name B while the plan also lists a project named A: two projects where the list sees one (A is left as it is)
    former_apart: dict[int, str] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "changed": len(self.changed), "unchanged": len(self.unchanged),
                "missing": len(self.missing)}


# -- diff ---------------------------------------------------------------------
def _former_apart(records: list[dict[str, Any]], matched: dict[int, int], projects: ProjectIndex) -> dict[int, str]:
    """The renamed records (see ``Diff.former_apart``) whose former name is another listed project's, no record's."""
    taken = set(matched.values())
    apart = {}
    for i, pid in matched.items():
        before = records[i].get("name_before")
        if not before:
            continue
        former = projects.on_plan_named(name_key(before))
        if pid not in former and any(p not in taken for p in former):  # (found by the former name: renamed)
            apart[i] = before
    return apart


def diff_table(db: Database, table: TableLike, alone: bool = True, s: Session | None = None) -> Diff:
    """What importing ``table`` would change. Reads only. ``alone``: the only key-project table of its
    file; a list on a sheet per zone speaks for the whole plan together, not a zone each. ``s``: read in
    that session (the import's own transaction) rather than a new one."""
    if s is not None:
        return _diff(s, table, alone)
    with db.read() as s:
        return _diff(s, table, alone)


# the record fields that land in a bounded column: names, codes, titles (free texts are TEXT)
_BOUNDED = {"key_projects": {"name": KeyProject.name, "code": KeyProject.code, "area": Area.name},
            "indicator_results": {"name": Indicator.name}, "indicator_targets": {"name": Indicator.name},
            "measures": {"section": Section.title, "measure": Measure.title}}


def _too_long(table: TableLike) -> dict[int, list[tuple[str, int]]]:
    """Records whose name, code or title is longer than its column: PostgreSQL would
    refuse the whole import, SQLite keep it; neither should see it."""
    out: dict[int, list[tuple[str, int]]] = {}
    for fld, column in _BOUNDED.get(table.kind, {}).items():
        limit = column.type.length
        values = list(map(methodcaller("get", fld), table.records))
        if max(map(len, filter(None, values)), default=0) <= limit:
            continue  # the usual case, found without a step per record in Python (50,000 records: 3 ms a field)
        for i, v in enumerate(values):
            if v and len(v) > limit:
                out.setdefault(i, []).append((fld, limit))
    return out


def _diff(s: Session, table: TableLike, alone: bool = True) -> Diff:
    d = Diff()
    d.too_long = _too_long(table)
    d.other_district = district_apart(s, table.year, table)
    kind = table.kind
    if kind in ("indicator_results", "indicator_targets"):
        existing = {key: (ind, iy) for key, ind, iy in (
            (ind.name_key, ind, iy) for ind, iy in s.execute(
                select(Indicator, IndicatorYear).outerjoin(
                    IndicatorYear, (IndicatorYear.indicator_id == Indicator.id) & (IndicatorYear.year == table.year))))}
        seen = set()
        for i, rec in enumerate(table.records):
            key = name_key(rec["name"])
            seen.add(key)
            ind, iy = existing.get(key, (None, None))
            if iy is None:
                d.new.append(i)
                continue
            ch = changes_of(iy, indicator_year_values(rec))
            ch.update(changes_of(ind, {k: rec[k] for k in ("unit", "category") if rec.get(k) is not None}))
            (d.changed.__setitem__(i, ch) if ch else d.unchanged.append(i))
        d.missing = sorted((ind.name for key, (ind, iy) in existing.items() if iy is not None and key not in seen),
                           key=sort_text)
        unknown = [i for i in d.new if name_key(table.records[i]["name"]) not in existing]
        if unknown:  # "地区生产总值增长" for the 地区生产总值增速 the database holds: said, not matched
            d.similar = _similar_indicators({ind.name_key: ind.name for ind, _ in existing.values()},
                                            [(i, table.records[i]["name"]) for i in unknown])
    elif kind == "key_projects":
        plan = plan_of(s, table.year)
        d.plan_year = plan.year if plan is not None else None
        d.new_plan = _plan_made(s, plan, table)
        projects = ProjectIndex(s, plan)
        matched: dict[int, int] = {}
        keys = name_keys_of(table)
        for i, pid in enumerate(projects.match_all(table.records, keys)):
            if pid is None:
                d.new.append(i)
            else:
                matched[i] = pid
        layout = getattr(table, "layout", None)
        if layout is not None and "name_before" in layout.columns:
            d.former_apart = _former_apart(table.records, matched, projects)
        zones = {z.name: z.id for z in ensure_zones_readonly(s)}
        areas = {a.name_key_: a for a in areas_of(s)}
        zone_names = {i: name for name, i in zones.items()}
        # by (zone, area): a list names a few of each, 50,000 times (the pairs read in C, each looked at once)
        pairs = list(zip(map(methodcaller("get", "zone"), table.records),
                         map(methodcaller("get", "area"), table.records)))
        elsewhere = {(zone, area): in_another_zone(zones.get(zone), areas.get(name_key(area)), zones)
                     for zone, area in set(pairs) if zone and area}
        for i, (zone, area) in enumerate(pairs) if any(elsewhere.values()) else ():
            if elsewhere.get((zone, area)):
                d.other_zone[i] = (area, zone_names[areas[name_key(area)].zone_id])
        d.new_areas = _new_areas(table.records, zones, areas)
        # where a row puts its project once the import has made the areas the plan lacks (a project listed
        # under a new area moves there: it was counted unchanged), and the places by name, as the planner says them
        after = {**areas, **_areas_made(d.new_areas, zones)}
        area_names = {a.id: a.name for a in after.values()}
        place_names = {"zone_id": zone_names, "area_id": area_names}
        ids = list(set(matched.values()))
        # the held values as plain rows (read by name, as the objects were): 50,000 ORM objects cost 5 KB each
        # at the preview's peak, and one more column took a re-import of 50,000 from 370 MB to 430 MB
        rows: dict[int, Any] = {}
        entries: dict[int, Any] = {}
        project, entry = KeyProject.__table__, PlanEntry.__table__
        for c in range(0, len(ids), CHUNK):
            part = ids[c:c + CHUNK]
            rows.update({p.id: p for p in s.execute(select(project).where(project.c.id.in_(part)))})
            if plan is not None:
                entries.update({e.project_id: e for e in s.execute(
                    select(entry).where(entry.c.plan_id == plan.id, entry.c.project_id.in_(part)))})
        by_quarter = quarter_changes(s, matched, table.records, d.repeated, d.disagreeing)
        by_milestone = milestone_changes(s, matched, table.records)
        for i, pid in matched.items():
            rec, p = table.records[i], rows[pid]
            ch = changes_of(p, reported_by(project_values(rec), rec, p))
            where = where_of(rec, zones, after)
            ch.update({k: (place_names[k].get(getattr(p, k)), place_names[k][v]) for k, v in where.items()
                       if getattr(p, k) != v and v is not None})
            e = entries.get(pid)
            if e is None:
                ch["on_list"] = (False, True)
            else:
                ch.update(changes_of(e, entry_values(rec, e)))
                if not e.on_list:
                    ch["on_list"] = (False, True)
            ch.update(by_quarter.get(i, {}))
            ch.update(by_milestone.get(i, {}))
            total = ch["total_investment"][1] if "total_investment" in ch else p.total_investment
            if rec.get("total_investment") is None and total and total > 0:
                over = [(k.split(":")[1], new) for k, (_old, new) in ch.items() if k.startswith("quarter:")
                        and k.endswith((":planned", ":actual")) and new is not None and new > total * 1.001]
                if over:
                    d.over_total[i] = (over, total)
            start = ch["planned_start"][1] if "planned_start" in ch else p.planned_start
            end = ch["planned_completion"][1] if "planned_completion" in ch else p.planned_completion
            if start is not None and end is not None and end < start:  # one end in the file, the other held
                d.reversed[i] = (end, start)
            (d.changed.__setitem__(i, ch) if ch else d.unchanged.append(i))
        if plan is not None and d.new:
            d.similar = _similar_names(s, plan, [table.records[i]["name"] for i in d.new], d.new)
        leaving = getattr(table, "leaving", None)
        if leaving:
            d.leaving, d.leaving_off, d.leaving_unknown = leaving_of(s, plan, leaving, projects)
            if plan is not None and plan.id is not None and d.leaving_unknown:
                d.leaving_similar = _similar_names(s, plan, [leaving[i]["name"] for i in d.leaving_unknown],
                                                   d.leaving_unknown, listed_only=True)
        if plan is not None and table.records:  # (a list of the projects leaving alone is no list: none missing)
            listed = set(matched.values())
            d.scope = form_scope(table) if alone else None
            listed.update(d.leaving.values())  # (marked 调出: in the file, to be taken off, not missing from it)
            missing_ids = in_scope(s, d.scope, [pid for pid in projects.on_plan if pid not in listed])
            for c in range(0, len(missing_ids), CHUNK):
                d.missing += list(s.scalars(select(KeyProject.name).join(PlanEntry)
                                            .where(PlanEntry.plan_id == plan.id, PlanEntry.on_list.is_(True),
                                                   KeyProject.id.in_(missing_ids[c:c + CHUNK]))))
    elif kind == "measures":
        plan = plan_of(s, table.year)
        d.plan_year = plan.year if plan is not None else None
        d.new_plan = _plan_made(s, plan, table)
        held = HeldTargets(s, plan, list_section(getattr(table, "title", None)))
        said = measure_texts(table.records)
        for i, rec in enumerate(table.records):
            t = held.match(rec)
            if t is None:
                d.new.append(i)
                continue
            ch = changes_of(t, target_values(rec))
            if rec.get("steps"):
                held_steps = steps_after(t.steps, [])
                now_steps = steps_after(t.steps, rec["steps"])
                if now_steps != held_steps:
                    ch["steps"] = ([Step(**h) for h in held_steps], [Step(**n) for n in now_steps])
            if rec.get("measure_text"):
                words = t.measure.text
                now = measure_text(words, said[name_key(rec["measure"])])
                if now != words:
                    ch["measure_text"] = (words, now)
            (d.changed.__setitem__(i, ch) if ch else d.unchanged.append(i))
        d.scope = form_scope(table)
        d.missing = sorted({t.text for t in held.unmatched() if target_in_scope(d.scope, t)}, key=sort_text)
        flat = [i for i in d.new if not table.records[i].get("section")
                and table.records[i].get("section_number") is None]
        if flat:  # as the write files them (imports._apply_measures): said before it does
            title = list_section(getattr(table, "title", None))
            held_titles = set() if plan is None else {
                name_key(t) for t in s.scalars(select(Section.title).where(Section.plan_id == plan.id))}
            d.flat_section = (title, len(flat), name_key(title) not in held_titles)
    return d


def _plan_made(s: Session, plan: Plan | None, table: TableLike) -> str | None:
    """The title of the plan writing ``table`` makes (its year has none yet), None when it goes to one there is."""
    if plan is not None or table.year is None:
        return None
    return new_plan_named(s, table.year, table)[1]


def _similar_names(s: Session, plan: Plan, names: list[str], indexes: list[int],
                   listed_only: bool = False) -> dict[int, str]:
    """New records whose name is like a listed project's ("重庆长滨项目" for
    重庆长滨, "更薪" for 更新, `names.alike`): a quarterly report with a typo would
    otherwise add a project. Looked for at the scale of a district's list, not a
    city's first import. ``listed_only``: like a project on the list now (one to take off it)."""
    if len(names) > 500:
        return {}
    on_plan = PlanEntry.plan_id == plan.id
    listed = list(s.execute(select(KeyProject.name, KeyProject.name_key).join(
        PlanEntry, PlanEntry.project_id == KeyProject.id).where(
            (on_plan & PlanEntry.on_list.is_(True)) if listed_only else on_plan)))
    if not listed:
        return {}
    from .names import CandidateIndex

    by_key = {key: name for name, key in listed}
    index = CandidateIndex(by_key)
    out = {}
    for i, name in zip(indexes, names):
        like = index.like(name_key(name))
        if like is not None:
            out[i] = by_key[like]
    return out


_RISE = re.compile(r"(增长|增速|增幅|增长率)$")
# how bureaus shorten an indicator's name, and the plan's district written before it
_SHORT_NAMES = [(re.compile(a), b) for a, b in (
    (r"^(?:全|本)[区市县省州旗]|^[区市县]级|^全社会", ""), (r"\((?:fdi|gdp|cpi)\)", ""),
    (r"(?:地区)?生产总值", "gdp"), (r"社会消费品零售总?额|社零总?额|社零", "社零"),
    (r"固定资产投资(?:总额)?|固投", "固投"), (r"规模以上", "规上"), (r"居民消费价格(?:指数)?", "cpi"),
    (r"实际(?:使用|利用)外资(?:金额)?|利用外资", "外资"), (r"r&d", "研发"), (r"(增长|增速|增幅|增长率)$", "增长"))]


def _plain_words(key: str) -> str:
    """An indicator's name key as short as bureaus write it: "全区地区生产总值增速" and "GDP增长" alike."""
    for pattern, short in _SHORT_NAMES:
        key = pattern.sub(short, key)
    return key


def _new_areas(records: list[dict], zones: dict[str, int], areas: dict[str, Any]) -> dict[int, NewArea]:
    """The areas the records name that the plan does not have (made by the import in the zone of the first row
    naming them, as `import_projects._add_areas` does), each with an area of a like name the plan has: one inside
    the other ("解放碑" and 解放碑中央商务区) or `names.alike`. A district has a few dozen areas: each is compared."""
    import difflib

    from .names import alike

    # each area's text looked up once, in C: a city's list names a few, 50,000 times
    named = list(map(methodcaller("get", "area"), records))
    first = {area: named.index(area) for area in dict.fromkeys(named) if area and name_key(area) not in areas}
    out = {}
    for area, i in first.items():
        key, zone = name_key(area), records[i].get("zone")
        like = sorted((a for k, a in areas.items() if (len(key) >= 2 and (key in k or k in key)) or alike(key, k)),
                      key=lambda a: -difflib.SequenceMatcher(None, key, a.name_key_).ratio())
        out[i] = (area, zone if zone in zones else "全区", like[0].name if like else None)
    return out


def _areas_made(new_areas: dict[int, NewArea], zones: dict[str, int]) -> dict[str, Any]:
    """The areas the import will make (`import_projects._add_areas`), as the held ones are looked up, numbered
    below zero until they are."""
    from types import SimpleNamespace

    return {name_key(area): SimpleNamespace(id=-1 - n, zone_id=zones[zone], name=area, name_key_=name_key(area))
            for n, (area, zone, _like) in enumerate(new_areas.values())}


def _similar_indicators(held: dict[str, str], new: list[tuple[int, str]]) -> dict[int, str]:
    """New indicators named like one the database holds: the same words but 增长 for 增速, a short name
    ("GDP", "社零额") or the district before it ("全区…"), or nearly the same characters. An indicator list
    is short: every pair is compared."""
    import difflib

    plain = {_plain_words(key): name for key, name in held.items()}
    out = {}
    for i, name in new:
        key = _plain_words(name_key(name))
        if key in plain:
            out[i] = plain[key]
            continue
        close = difflib.get_close_matches(key, list(plain), n=1, cutoff=0.85)
        if close and _RISE.sub("", close[0]) != _RISE.sub("", key):  # an amount and its growth: two indicators
            out[i] = plain[close[0]]
    return out
