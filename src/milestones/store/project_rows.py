"""Key-project rows for tables and timelines: ids first, rows on demand.

A view asks for the ids that match its filter, in its sort order (cheap even
for 50,000 projects), then for the rows it is about to show. Nothing loads
every project into memory at once.
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Sequence

from sqlalchemy import Integer, Select, and_, bindparam, case, cast, exists, func, literal, or_, select
from sqlalchemy.orm import Session, aliased

from ..domain.progress import (
    UNDER_WAY, Light, LightRules, ProjectStatus, investment_rate, invested_to, named_year, time_elapsed,
    warning_light,
)
from ..domain.quarter import Quarter
from .schema import (
    Area, KeptProject, KeptReport, KeyProject, Plan, PlanEntry, QuarterInvestment, ScheduleChange, Zone,
)
from .history import plan_year_start
from .list_adjustments import adjusted, list_made_on
from .settings import light_rules

__all__ = ["ProjectFilter", "ProjectRow", "COLUMNS", "project_ids", "project_rows", "project_lights", "distinct_values"]


@dataclass(frozen=True)
class ProjectFilter:
    """What a planner narrows the list by. Empty means everything on the year's list."""

    year: int | None = None
    text: str = ""
    zone_ids: tuple[int | None, ...] = ()  # None in the tuple = no zone assigned
    area_ids: tuple[int, ...] = ()
    classes: tuple[str, ...] = ()
    natures: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    lights: tuple[str, ...] = ()  # Light values, judged at ``at``
    at: Quarter | None = None
    include_removed: bool = False
    unreported: bool = False  # only projects with no actual investment reported for ``at``
    changed_since_kept: bool = False  # only projects whose light at ``at`` is not the one its kept report says
    plan_revised: bool = False  # only projects whose planned start or completion was revised (修改记录)
    # with plan_revised, a revision of the year's planned investment, the total, the unit or the leader counts too:
    # a 计划调整表 lists them all (the 预警 box's 计划已调整, the dashboard's count and the report's sentence are
    # about the dates)
    table_revisions: bool = False
    # only projects put on the year's list or taken off it since it was made (调入、调出: those off it too)
    list_adjusted: bool = False
    # only projects put on the list or taken off it since ``at``'s kept report (the dashboard's "新列入N个；移出N个")
    list_changed_since_kept: bool = False
    past_due: bool = False  # only projects still planned for before ``at``'s year and not done by ``at`` (to re-plan)
    unit: str = ""  # only projects whose owner or unit responsible names this unit
    ids: tuple[int, ...] = ()  # only these (a view reading again the few projects an edit touched)


@dataclass
class ProjectRow:
    id: int
    version: int
    entry_id: int | None
    entry_version: int | None
    seq: int | None
    code: str | None
    name: str
    zone_id: int | None
    zone: str | None
    area_id: int | None
    area: str | None
    project_class: str | None
    nature: str | None
    level: str | None
    total_investment: float | None
    annual_investment: float | None
    invested_before: float | None
    planned_start: Quarter | None
    actual_start: Quarter | None
    planned_completion: Quarter | None
    actual_completion: Quarter | None
    responsible_unit: str | None
    owner: str | None
    notes: str | None
    on_list: bool = True
    contact: str | None = None  # 责任人 and phone
    leader: str | None = None  # 牵头领导
    content: str | None = None  # 建设内容及规模
    construction_years: str | None = None  # 建设起止年限 ("2023-2026")
    location: str | None = None  # 建设地点
    partner_units: str | None = None  # 配合单位
    invested: tuple[tuple[int, float], ...] = ()  # (quarter index, actual 亿元) as reported
    revised: frozenset[str] = frozenset()  # the columns whose value was revised (修改记录), of REVISABLE
    # the plan's wording where it names no quarter ("2024年开工"): the light takes the year as a deadline
    planned_start_text: str | None = None
    planned_completion_text: str | None = None
    extra: dict = field(default_factory=dict)

    def status(self, at: Quarter | None = None) -> ProjectStatus:
        return ProjectStatus(self.planned_start, self.actual_start, self.planned_completion,
                             self.actual_completion, self.annual_investment,
                             invested_to(at, self.invested) if at is not None else None,
                             named_year(self.planned_start_text), named_year(self.planned_completion_text),
                             under_way=self.nature == UNDER_WAY)

    def light(self, at: Quarter, rules: LightRules = LightRules()) -> Light:
        return warning_light(self.status(at), at, rules)


# the columns set apart (italics) when revised: those that decide a light, and who answers for the project (a
# project handed to another unit or leader, as the 计划调整表 lists it and the targets list sets apart);
# store/history.py records more
REVISABLE = ("planned_start", "planned_completion", "actual_start", "actual_completion", "total_investment",
             "annual_investment", "responsible_unit", "partner_units", "leader")

# (key, which table the value is written to, the field there)
COLUMNS: list[tuple[str, str, str]] = [
    ("seq", "plan_entry", "seq"),
    ("name", "key_project", "name"),
    ("zone", "key_project", "zone_id"),
    ("area", "key_project", "area_id"),
    ("project_class", "key_project", "project_class"),
    ("nature", "plan_entry", "nature"),
    ("level", "plan_entry", "level"),
    ("total_investment", "key_project", "total_investment"),
    ("invested_before", "plan_entry", "invested_before"),  # before the year, as the lists put it
    ("annual_investment", "plan_entry", "annual_investment"),
    ("planned_start", "key_project", "planned_start"),
    ("actual_start", "key_project", "actual_start"),
    ("planned_completion", "key_project", "planned_completion"),
    ("actual_completion", "key_project", "actual_completion"),
    ("responsible_unit", "key_project", "responsible_unit"),
    ("contact", "key_project", "contact"),  # the person at the unit, beside it
    ("partner_units", "key_project", "partner_units"),
    ("owner", "key_project", "owner"),
    ("code", "key_project", "code"),
    ("leader", "key_project", "leader"),
    ("content", "key_project", "content"),
    ("construction_years", "key_project", "construction_years"),
    ("location", "key_project", "location"),
    ("notes", "key_project", "notes"),
]

_TEXT_COLUMNS = (KeyProject.name, KeyProject.code, KeyProject.responsible_unit, KeyProject.owner,
                 KeyProject.notes, KeyProject.project_class, KeyProject.content, KeyProject.leader, KeyProject.contact,
                 KeyProject.location, KeyProject.partner_units)


def _ilike(s: Session) -> bool:
    """Whether a search needs ILIKE to find "T3" for "t3": PostgreSQL's LIKE heeds case, SQLite's does not for
    Latin letters (and its lower() knows no others either), at half the time of lower() on every column."""
    return s.get_bind().dialect.name != "sqlite"


def _base(f: ProjectFilter, plan_id: int | None, rules: LightRules = LightRules(),
          since: dt.datetime | None = None, ilike: bool = False, made_on: dt.date | None = None) -> Select:
    entry = and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan_id)
    q = select(KeyProject.id).select_from(KeyProject).join(PlanEntry, entry)
    if f.list_adjusted:  # (调出 are off the list)
        q = q.where(adjusted(plan_id, made_on))
    elif f.list_changed_since_kept and f.at is not None:  # (those taken off too)
        q = q.where(list_changed_since_kept(plan_id, f.at))
    elif not f.include_removed:
        q = q.where(PlanEntry.on_list.is_(True))
    if f.text.strip():
        for typed in f.text.split():
            # the word as typed, "%" and "_" too (they were LIKE's wildcards: "_" found every project), and
            # "t3" finding "T3塔楼" on PostgreSQL as on SQLite (its LIKE heeds case); typed full-width ("Ｔ３", an
            # input method's) it finds the half-width names a file's import stores, as the targets' search does
            words = dict.fromkeys((typed, unicodedata.normalize("NFKC", typed)))
            found = []
            for word in words:
                def holds(c):
                    return c.icontains(word, autoescape=True) if ilike else c.contains(word, autoescape=True)

                area_match = select(Area.id).where(holds(Area.name))
                zone_match = select(Zone.id).where(holds(Zone.name))
                found += [*(holds(c) for c in _TEXT_COLUMNS), KeyProject.area_id.in_(area_match),
                          KeyProject.zone_id.in_(zone_match), holds(PlanEntry.nature)]
            q = q.where(or_(*found))
    if f.zone_ids:
        ids = [z for z in f.zone_ids if z is not None]
        conds = [KeyProject.zone_id.in_(ids)] if ids else []
        if None in f.zone_ids:
            conds.append(KeyProject.zone_id.is_(None))
        q = q.where(or_(*conds))
    if f.area_ids:
        q = q.where(KeyProject.area_id.in_(f.area_ids))
    if f.classes:
        q = q.where(KeyProject.project_class.in_(f.classes))
    if f.natures:
        q = q.where(PlanEntry.nature.in_(f.natures))
    if f.levels:
        q = q.where(PlanEntry.level.in_(f.levels))
    if f.lights and f.at is not None:
        q = q.where(light_expression(f.at, rules).in_(f.lights))
    if f.unreported and f.at is not None:
        q = q.where(~reported_in(f.at))
    if f.changed_since_kept and f.at is not None:
        q = q.where(changed_since_kept(plan_id, f.at, rules))
    if f.plan_revised:
        q = q.where(plan_revised(since, f.table_revisions))
    if f.past_due and f.at is not None:
        _start, _completion, late_start, late_completion = past_plan_conditions(Quarter(f.at.year, 1), f.at)
        q = q.where(or_(late_start, late_completion))
    if f.ids:
        # a long list written into the statement: SQLite allows 32,766 bound values, an import may move more
        q = q.where(KeyProject.id.in_(bindparam("only", list(f.ids), expanding=True, literal_execute=len(f.ids) > 500)))
    if f.unit:
        # in SQL a part of the cell ("区交通局" in "区交通局、区财政局"); a unit's name is rarely a part of another's
        q = q.where(or_(KeyProject.owner.contains(f.unit, autoescape=True),
                        KeyProject.responsible_unit.contains(f.unit, autoescape=True)))
    return q


def reported_in(at: Quarter):
    """The project has reported its actual investment for quarter ``at``
    (correlated with the outer query's KeyProject)."""
    return exists().where(QuarterInvestment.project_id == KeyProject.id, QuarterInvestment.quarter == at,
                          QuarterInvestment.actual.is_not(None))


def _pos(x):
    return case((x > 0, x), else_=0)


_DIGITS = tuple("0123456789")


def named_year_index(text, quarter: int):
    """:func:`named_year` as SQL: the index of ``quarter`` of the year the wording opens with ("2024年开工"), else
    NULL. Character by character (four ASCII digits, 19xx or 20xx, then 年), so PostgreSQL never casts a word and
    both databases read what the Python rule reads."""
    ok = and_(func.substr(text, 1, 2).in_(("19", "20")), func.substr(text, 3, 1).in_(_DIGITS),
              func.substr(text, 4, 1).in_(_DIGITS), func.substr(text, 5, 1) == "年")
    return case((ok, cast(func.substr(text, 1, 4), Integer) * 4 + (quarter - 1)), else_=None)


def due_expression(event: str, quarter: int = 4):
    """A project's planned ``event`` ("start" or "completion") quarter as SQL, or where its plan names only a
    year, that year's ``quarter`` (4: the deadline; 1: the first quarter it may come in) — as
    :meth:`ProjectStatus.due_start` and :meth:`ProjectStatus.first_start` read it."""
    c = KeyProject.__table__.c
    return func.coalesce(c[f"planned_{event}"], named_year_index(c[f"planned_{event}_text"], quarter))


def past_plan_conditions(first: Quarter, at: Quarter | None = None) -> tuple:
    """A listed project still planned for before ``first`` (its plan year's first quarter) and not done (by ``at``;
    by now when None): (its due start, its due completion, whether its start is overdue, whether its completion is),
    as SQL over KeyProject and its PlanEntry. A 续建 project's start is not asked for (under way by its nature, its
    start often unrecorded); a year's wording is due by its fourth quarter, as the light reads it. What 数据检查 and
    the progress paragraph count alike: 新建下一年度计划 keeps each project's dates."""
    c, e = KeyProject.__table__.c, PlanEntry.__table__.c
    due_start, due_completion = due_expression("start"), due_expression("completion")

    def not_yet(col):
        return col.is_(None) if at is None else or_(col.is_(None), col > at.index)

    start = and_(due_start < first.index, not_yet(c.actual_start), or_(e.nature.is_(None), e.nature != UNDER_WAY))
    completion = and_(due_completion < first.index, not_yet(c.actual_completion))
    return due_start, due_completion, start, completion


def invested_expression(at: Quarter):
    """:func:`invested_to` as SQL: what the project (the outer query's KeyProject) has invested in
    ``at``'s year to the end of ``at``; NULL when nothing is reported."""
    qi = QuarterInvestment.__table__.c
    return (select(func.sum(qi.actual)).where(qi.project_id == KeyProject.__table__.c.id, qi.actual.is_not(None),
                                              qi.quarter >= at.year * 4, qi.quarter <= at.index)
            .correlate(KeyProject.__table__).scalar_subquery())


def changed_since_kept(plan_id: int | None, at: Quarter, rules):
    """SQL: the project (the outer query's KeyProject, joined to its PlanEntry) was in ``at``'s kept
    report with a light other than the one it has now."""
    kp = KeptProject.__table__.c
    return exists().where(kp.project_id == KeyProject.id, kp.report_id == KeptReport.id,
                          KeptReport.plan_id == plan_id, KeptReport.quarter == at,
                          kp.light != light_expression(at, rules))


def list_changed_since_kept(plan_id: int | None, at: Quarter):
    """SQL: the project (the outer query's KeyProject, joined to its PlanEntry) is on the list and not in ``at``'s
    kept report, or in it and off the list now: what `reports.changes_since_kept` counts as added and removed.
    Nothing where the quarter has no kept report."""
    kp = KeptProject.__table__.c
    kept = select(KeptReport.id).where(KeptReport.plan_id == plan_id, KeptReport.quarter == at).scalar_subquery()
    in_report = exists().where(kp.project_id == KeyProject.id, kp.report_id == kept)
    return and_(exists().where(KeptReport.plan_id == plan_id, KeptReport.quarter == at),
                or_(and_(PlanEntry.on_list.is_(True), ~in_report), and_(PlanEntry.on_list.is_(False), in_report)))


def plan_revised(since: dt.datetime | None, table: bool = False):
    """SQL: the project's (the outer query's KeyProject) planned start or completion was revised to
    another quarter or year from ``since`` on (history.plan_year_start; a quarter cleared is no revision).
    With ``table``, as a 计划调整表 counts them: or its planned investment of the year ``since`` begins, its total
    investment, the unit responsible or its leader, from one to another (one first given is no revision, as
    history.original_amounts and original_in_charge read them)."""
    sc = ScheduleChange.__table__.c
    revised = and_(sc.field.in_(("planned_start", "planned_completion")), sc.new.is_not(None))
    if table and since is not None:
        figure = or_(and_(sc.field == "annual_investment", sc.year == since.year),
                     sc.field.in_(("total_investment", "responsible_unit", "partner_units", "leader")))
        revised = or_(revised, and_(figure, sc.old.is_not(None), sc.new.is_not(None)))
    cond = [sc.project_id == KeyProject.id, revised]
    if since is not None:
        cond.append(sc.changed_at >= since)
    return exists().where(*cond)


def revisions_since(s: Session, plan_id: int | None) -> dt.datetime | None:
    """When the plan's year began: its revisions are those made from then on."""
    year = _plan_year(s, plan_id)
    return None if year is None else plan_year_start(year)


def _plan_year(s: Session, plan_id: int | None) -> int | None:
    return s.scalar(select(Plan.year).where(Plan.id == plan_id)) if plan_id is not None else None


def light_expression(at: Quarter, rules: LightRules = LightRules()):
    """:func:`warning_light` as SQL, so a light filter and the dashboard's count
    run in the database (tested against the Python rule). The query must join
    the project's :class:`PlanEntry` of the plan (its annual investment)."""
    a = at.index
    c = KeyProject.__table__.c
    as_, ac = c.actual_start, c.actual_completion
    # a plan naming only a year ("2024年开工") is due by its fourth quarter; its start may come from its first
    ps, pc, first = due_expression("start"), due_expression("completion"), due_expression("start", 1)
    nature = PlanEntry.__table__.c.nature
    not_under_way = or_(nature.is_(None), nature != UNDER_WAY)
    late_start = case(
        (ps.is_(None), 0),
        (and_(nature == UNDER_WAY, or_(as_.is_(None), as_ > a)), 0),  # 续建: begun, its start not recorded
        (and_(as_.is_not(None), as_ <= a), _pos(as_ - ps)),
        else_=_pos(a - ps),
    )
    late_completion = case((pc.is_(None), 0), else_=_pos(a - pc))
    late = case((late_start > late_completion, late_start), else_=late_completion)
    # investment against 序时进度, in the same operations as the Python rule so
    # that a project exactly on a threshold falls the same side of it
    to_date = invested_expression(at)
    planned = PlanEntry.__table__.c.annual_investment
    behind = case((planned != 0, (literal(time_elapsed(at)) - to_date / planned) * 100), else_=None)
    # 三亚's rule: under a share of 序时进度 (the same product as the Python rule's, for the same rounding)
    under_share = case((planned != 0, to_date / planned < literal(rules.red_share_of_elapsed * time_elapsed(at))),
                       else_=False)
    return case(
        (and_(ac.is_not(None), ac <= a), Light.DONE.value),
        (late >= rules.red_quarters_late, Light.RED.value),
        (behind > rules.red_points_behind, Light.RED.value),
        (under_share, Light.RED.value),
        (late >= rules.yellow_quarters_late, Light.YELLOW.value),
        (behind > rules.yellow_points_behind, Light.YELLOW.value),
        (and_(first.is_not(None), first > a, as_.is_(None), not_under_way), Light.NOT_STARTED.value),
        else_=Light.GREEN.value,
    )


_SORT = {
    "seq": PlanEntry.seq, "name": KeyProject.name_key, "code": KeyProject.code,
    "project_class": KeyProject.project_class, "nature": PlanEntry.nature, "level": PlanEntry.level,
    "total_investment": KeyProject.total_investment, "annual_investment": PlanEntry.annual_investment,
    "invested_before": PlanEntry.invested_before,
    # a plan's "2024年开工" among 2024's: by the year's fourth quarter, as its light reads it (it went after 2026's)
    "planned_start": due_expression("start"), "actual_start": KeyProject.actual_start,
    "planned_completion": due_expression("completion"), "actual_completion": KeyProject.actual_completion,
    "responsible_unit": KeyProject.responsible_unit, "contact": KeyProject.contact, "owner": KeyProject.owner,
    "notes": KeyProject.notes, "leader": KeyProject.leader, "content": KeyProject.content,
    "construction_years": KeyProject.construction_years, "location": KeyProject.location,
    "partner_units": KeyProject.partner_units,
    "zone": KeyProject.zone_id, "area": KeyProject.area_id,
}


# the columns of words, sorted as a planner's Excel sorts them (pinyin), not by the database's collation
_BY_TEXT = {"name", "code", "project_class", "nature", "level", "responsible_unit", "contact", "owner", "notes",
            "leader", "content", "construction_years", "location", "partner_units", "area"}


def _sorted_by_text(s: Session, q: Select, col, descending: bool) -> list[int]:
    """The ids of ``q`` by ``col``'s words in pinyin order (`domain.collation`); the same on SQLite and on a
    PostgreSQL of any collation. Empty cells last either way; ties keep the list order."""
    from ..domain.collation import sort_text

    rows = s.execute(q.add_columns(col, PlanEntry.seq).order_by(PlanEntry.seq, KeyProject.id)).all()
    full = [(sort_text(text), pid) for pid, text, _seq in rows if text]
    full.sort(key=lambda r: r[0], reverse=descending)  # stable: ties keep the list order, descending too
    return [pid for _k, pid in full] + [pid for pid, text, _seq in rows if not text]


def project_lights(s: Session, year: int | None, at: Quarter) -> dict[int, str]:
    """Every listed project's light at ``at`` by the office's rules, in SQL: id → a Light's value. What
    an import is compared by (the lights it moved)."""
    plan_id = plan_id_for(s, year)
    q = (select(KeyProject.id, light_expression(at, light_rules(s))).select_from(KeyProject)
         .join(PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan_id))
         .where(PlanEntry.on_list.is_(True)))
    return dict(s.execute(q).all())


def _sort_at(key: str, at: Quarter, rules: LightRules):
    """The worked-out columns as SQL to sort by: investment to date, its rate, the light's severity."""
    invested = invested_expression(at)
    if key == "invested":
        return invested
    if key == "rate":
        return invested / func.nullif(PlanEntry.annual_investment, 0)
    # CASE light WHEN …: the light (two investment subqueries a row) worked out once, not once per WHEN
    return case({v.value: v.rank for v in (Light.RED, Light.YELLOW, Light.GREEN)}, value=light_expression(at, rules),
                else_=0)


def plan_id_for(s: Session, year: int | None) -> int | None:
    q = select(Plan.id)
    q = q.where(Plan.year == year) if year is not None else q.order_by(Plan.year.desc())
    return s.scalar(q.limit(1))


def project_ids(s: Session, f: ProjectFilter, sort: str = "seq", descending: bool = False,
                at: Quarter | None = None) -> list[int]:
    """Ids of the projects that match, in order. Ties keep the list order. Sorted by "invested", "rate"
    or "light" (the worst first when descending), they are judged at ``f.at``, else ``at``, else the plan
    year's fourth quarter."""
    plan_id = plan_id_for(s, f.year)
    rules = light_rules(s) if f.lights or f.changed_since_kept or sort == "light" else LightRules()
    since = revisions_since(s, plan_id) if f.plan_revised else None
    made_on = list_made_on(s, plan_id) if f.list_adjusted else None
    col = _SORT.get(sort, PlanEntry.seq)
    if sort in ("invested", "rate", "light"):
        when = f.at or at or Quarter(_plan_year(s, plan_id) or dt.date.today().year, 4)
        col = _sort_at(sort, when, rules)
    if sort == "zone":
        # grouped as the plan is: by zone, then area, then list order
        z, a = aliased(Zone), aliased(Area)
        q = (_base(f, plan_id, rules, since, _ilike(s), made_on).outerjoin(z, z.id == KeyProject.zone_id)
             .outerjoin(a, a.id == KeyProject.area_id)
             .order_by(z.sort_order.is_(None), z.sort_order.desc() if descending else z.sort_order,
                       a.sort_order.is_(None), a.sort_order, a.name, PlanEntry.seq, KeyProject.id))
        return list(s.scalars(q))
    elif sort == "area":
        a = aliased(Area)
        q = _base(f, plan_id, rules, since, _ilike(s), made_on).outerjoin(a, a.id == KeyProject.area_id)
        col = a.name
    else:
        q = _base(f, plan_id, rules, since, _ilike(s), made_on)
    if sort in _BY_TEXT:
        return _sorted_by_text(s, q, col, descending)
    order = col.desc() if descending else col.asc()
    # NULLs last either way: an empty cell is not "smallest"
    q = q.order_by(col.is_(None), order, PlanEntry.seq, KeyProject.id)
    return list(s.scalars(q))


def project_rows(s: Session, ids: Sequence[int], year: int | None = None) -> dict[int, ProjectRow]:
    """The rows for ``ids`` (at most a page at a time), keyed by id."""
    if not ids:
        return {}
    plan_id = plan_id_for(s, year)
    q = (
        select(KeyProject, PlanEntry, Zone.name, Area.name)
        .outerjoin(PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan_id))
        .outerjoin(Zone, Zone.id == KeyProject.zone_id)
        .outerjoin(Area, Area.id == KeyProject.area_id)
        .where(KeyProject.id.in_(list(ids)))
    )
    invested: dict[int, list[tuple[int, float]]] = {}
    qi = QuarterInvestment.__table__.c
    for pid, quarter, actual in s.execute(select(qi.project_id, qi.quarter, qi.actual)
                                          .where(qi.project_id.in_(list(ids)), qi.actual.is_not(None))):
        invested.setdefault(pid, []).append((quarter.index, actual))
    # the cells whose value was revised in the plan's year (修改记录): the table sets them apart
    revised: dict[int, set[str]] = {}
    year = _plan_year(s, plan_id)
    if year is not None:
        sc = ScheduleChange.__table__.c
        for pid, name in s.execute(select(sc.project_id, sc.field).distinct().where(
                sc.project_id.in_(list(ids)), sc.field.in_(REVISABLE), sc.changed_at >= plan_year_start(year),
                or_(sc.year.is_(None), sc.year == year))):
            revised.setdefault(pid, set()).add(name)
    out = {}
    for p, e, zone, area in s.execute(q):
        out[p.id] = ProjectRow(
            id=p.id, version=p.version, entry_id=e.id if e else None, entry_version=e.version if e else None,
            seq=e.seq if e else None, code=p.code, name=p.name, zone_id=p.zone_id, zone=zone,
            area_id=p.area_id, area=area, project_class=p.project_class,
            nature=e.nature if e else None, level=e.level if e else None,
            total_investment=p.total_investment, annual_investment=e.annual_investment if e else None,
            invested_before=e.invested_before if e else None,
            planned_start=p.planned_start, actual_start=p.actual_start,
            planned_completion=p.planned_completion, actual_completion=p.actual_completion,
            responsible_unit=p.responsible_unit, owner=p.owner, notes=p.notes, contact=p.contact,
            leader=p.leader, content=p.content, construction_years=p.construction_years,
            location=p.location, partner_units=p.partner_units, on_list=e.on_list if e else False,
            invested=tuple(invested.get(p.id, ())),
            planned_start_text=p.planned_start_text, planned_completion_text=p.planned_completion_text,
            revised=frozenset(revised.get(p.id, ())),
        )
    return out


def distinct_values(s: Session, column: str) -> list[str]:
    """The values in use for a text column, for filter and editor choices."""
    col = {"project_class": KeyProject.project_class, "nature": PlanEntry.nature, "level": PlanEntry.level,
           "responsible_unit": KeyProject.responsible_unit}[column]
    from ..domain.collation import sort_text

    return sorted((v for v in s.scalars(select(col).where(col.is_not(None)).distinct()) if v), key=sort_text)


def count_projects(s: Session, f: ProjectFilter) -> int:
    return s.scalar(select(func.count()).select_from(_listed(s, f)[0].subquery())) or 0


def _listed(s: Session, f: ProjectFilter) -> tuple[Select, int | None]:
    """The ids ``f`` lists (in no order), with the plan they are listed in: what a count or a sum goes over."""
    plan_id = plan_id_for(s, f.year)
    rules = light_rules(s) if f.lights or f.changed_since_kept else LightRules()
    since = revisions_since(s, plan_id) if f.plan_revised else None
    made_on = list_made_on(s, plan_id) if f.list_adjusted else None
    return _base(f, plan_id, rules, since, _ilike(s), made_on), plan_id


@dataclass(frozen=True)
class ListTotals:
    """The 合计 under a list of projects: what a planner adds up at the foot of every Excel table. A sum is None
    where no project of the list gives the figure (not 0: nothing stated is not nothing)."""

    projects: int
    total_investment: float | None  # 总投资, 亿元
    annual_investment: float | None  # the year's planned investment, 亿元
    invested: float | None  # the actual investment reported in the year up to ``at``, 亿元

    @property
    def rate(self) -> float | None:
        """投资完成率 of the list: invested ÷ the year's planned investment of the same projects."""
        return investment_rate(self.invested, self.annual_investment)


def list_totals(s: Session, f: ProjectFilter, at: Quarter) -> ListTotals:
    """The totals of the projects ``f`` lists (``f.ids``: of those chosen), judged at ``at``: three sums in
    SQL, so a list of 50,000 projects is added up without reading its rows."""
    base, plan_id = _listed(s, f)
    listed = base.subquery()
    count, total, annual = s.execute(
        select(func.count(), func.sum(KeyProject.total_investment), func.sum(PlanEntry.annual_investment))
        .select_from(KeyProject)
        .join(PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan_id))
        .where(KeyProject.id.in_(select(listed.c.id)))).one()
    qi = QuarterInvestment.__table__.c
    invested = s.scalar(select(func.sum(qi.actual)).where(
        qi.project_id.in_(select(listed.c.id)), qi.actual.is_not(None),
        qi.quarter >= at.year * 4, qi.quarter <= at.index))
    return ListTotals(count or 0, total, annual, invested)


def rows_in_order(s: Session, ids: Iterable[int], year: int | None = None) -> list[ProjectRow]:
    ids = list(ids)
    rows: dict[int, ProjectRow] = {}
    for i in range(0, len(ids), 500):  # SQLite's bound-parameter limit
        rows.update(project_rows(s, ids[i:i + 500], year))
    return [rows[i] for i in ids if i in rows]


def timeline_rows(s: Session, f: ProjectFilter) -> list[tuple]:
    """(id, name, zone, area, planned start, planned completion, actual start,
    actual completion, responsible unit, nature, planned start wording, planned
    completion wording, annual investment, on the year's list) of the matching projects, grouped by zone then
    area: what a timeline draws, as plain tuples."""
    ids = project_ids(s, f, "zone")
    plan_id = plan_id_for(s, f.year)
    zones = {z.id: z.name for z in s.scalars(select(Zone))}
    areas = {a.id: a.name for a in s.scalars(select(Area))}
    p, e = KeyProject.__table__.c, PlanEntry.__table__.c
    cols = (p.id, p.name, p.zone_id, p.area_id, p.planned_start, p.planned_completion, p.actual_start,
            p.actual_completion, p.responsible_unit, e.nature, p.planned_start_text, p.planned_completion_text,
            e.annual_investment, e.on_list)
    found: dict[int, tuple] = {}
    conn = s.connection()
    for c in range(0, len(ids), 500):
        stmt = (select(*cols).select_from(KeyProject.__table__.outerjoin(
            PlanEntry.__table__, and_(e.project_id == p.id, e.plan_id == plan_id)))
            .where(p.id.in_(ids[c:c + 500])))
        for r in conn.execute(stmt):
            found[r[0]] = (r[0], r[1], zones.get(r[2]), areas.get(r[3]), *r[4:])
    return [found[i] for i in ids if i in found]


def project_milestones(s: Session, ids: Sequence[int]) -> dict[int, list[tuple]]:
    """Further milestones (name, planned quarter, actual quarter) by project."""
    from .schema import Milestone

    out: dict[int, list[tuple]] = {}
    for c in range(0, len(ids), 500):
        for m in s.scalars(select(Milestone).where(Milestone.project_id.in_(list(ids[c:c + 500])))
                           .order_by(Milestone.sort_order)):
            out.setdefault(m.project_id, []).append((m.name, m.planned_quarter, m.actual_quarter))
    return out
