"""Imported records matched to what the database holds: a project by code, else by its
normalised name (the plan's first, then any year's); a measure's target by its wording."""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.list_words import ONE_MOVE_LIST
from ..domain.units import record_units, unit_of_form, units_named
from .import_rows import TableLike
from .plan_document import name_key, name_keys
from .schema import Area, KeyProject, Measure, MeasureTarget, Plan, PlanEntry, Section, Zone


# -- lookups ------------------------------------------------------------------
# a district (county, city) named before the year at the head of a table's title: "渝北区2024年重点项目计划表",
# "重庆市渝中区2024年…"; not a part of one ("东部片区2024年…") nor the whole ("全区2024年…")
_PLACE = re.compile(r"^\s*([\u4e00-\u9fff]{2,12}?(?:自治县|自治旗|新区|区|县|市|旗))\s*[0-9０-９]{4}\s*年")
# the words of an area's name (a unit's table titled with its area: "解放碑中央商务区2024年…")
_NOT_A_PLACE = ("片区", "园区", "景区", "社区", "小区", "街区", "城区", "商务区", "功能区", "示范区", "集聚区", "风貌区",
                "产业区", "试验区", "保护区", "生态区", "核心区", "拓展区", "发展区", "开发区", "商圈区")


def jurisdiction_in(title: str | None) -> str:
    """The district a table's title names at its head, or ""."""
    m = _PLACE.match(title or "")
    if not m:
        return ""
    place = m.group(1)
    return "" if place[0] in "全本各" or place.endswith(_NOT_A_PLACE) else place


def table_district(table: TableLike) -> str:
    """The district a table is of: a plan report's, from its head (plan_report.plan_facts), else the one the table's
    title begins with; "" when neither says."""
    facts = getattr(table, "plan_facts", None) or {}
    return facts.get("jurisdiction") or jurisdiction_in(getattr(table, "title", None))


def district_apart(s: Session, year: int | None, table: TableLike) -> tuple[str, str] | None:
    """(the table's district, the plan's) when the ``table`` is of another district than the plan it goes to
    (``year``'s, else the latest, whose district a new one takes): 渝北区's list imported into the bundled 渝中区
    plan, 49 projects of another district beside it. None when either names none, when one is the other's
    ("渝中区" and "重庆市渝中区"), or when the plan is a city's (its districts' tables may be its own)."""
    theirs = table_district(table)
    if not theirs:
        return None
    plan = plan_of(s, year) if year is not None else None
    plan = plan or s.scalars(select(Plan).order_by(Plan.year.desc()).limit(1)).first()
    ours = plan.jurisdiction if plan is not None else ""
    if not ours or ours.endswith(theirs) or theirs.endswith(ours) or ours.endswith("市") and not theirs.endswith("市"):
        return None
    return theirs, ours


def new_plan_named(s: Session, year: int, table: TableLike | None) -> tuple[str, str]:
    """(district, title) of the plan an import makes for ``year``: the district of the latest plan, else the
    ``table``'s (table_district)."""
    other = s.scalars(select(Plan).order_by(Plan.year.desc()).limit(1)).first()
    place = (other.jurisdiction if other else "") or (table_district(table) if table is not None else "")
    return place, f"{place}{year}年国民经济和社会发展计划"


# what a report's head says of its plan that an import may fill where the plan does not say it (Plan's columns)
ISSUED = ("document_number", "issuing_office", "issued_on")


def plan_of(s: Session, year: int | None, create: bool = False, receipt=None,
            table: TableLike | None = None) -> Plan | None:
    """The plan of ``year`` (the latest when None); with ``create``, made when there is none — recorded in the
    import's ``receipt``, so that undoing the import that made it takes it away too. A district's first plan is
    named after the district its ``table`` is of ("渝北区2024年国民经济和社会发展计划": its printouts and exports
    said only "2024年…"), and a plan report gives it its 文号, issuing office and day."""
    q = select(Plan)
    q = q.where(Plan.year == year) if year is not None else q.order_by(Plan.year.desc())
    plan = s.scalars(q.limit(1)).first()
    if plan is None and create and year is not None:
        place, named = new_plan_named(s, year, table)
        facts = getattr(table, "plan_facts", None) or {}
        plan = Plan(year=year, jurisdiction=place, title=named, **{k: facts[k] for k in ISSUED if facts.get(k)})
        s.add(plan)
        s.flush()
        if receipt is not None:
            receipt.inserted.append(("plan", plan.id))
            receipt.changes.note("inserted", "plan", plan.id)
    return plan


class ProjectIndex:
    """Existing projects by code and by name, loaded once per import."""

    def __init__(self, s: Session, plan: Plan | None) -> None:
        self.by_code: dict[str, int] = {}
        self.code_of: dict[int, str] = {}
        # a name's project, or its projects in a list where there are several (a list each was 13 MB at 50,000)
        self.by_name_plan: dict[str, int | list[int]] = {}
        self.by_name: dict[str, int | list[int]] = {}
        on_plan = set()
        if plan is not None and plan.id is not None:
            on_plan = set(s.scalars(select(PlanEntry.project_id).where(PlanEntry.plan_id == plan.id)))
        self.last_id = 0
        for pid, code, key in s.execute(select(KeyProject.id, KeyProject.code, KeyProject.name_key)
                                        .order_by(KeyProject.id)):
            if code:
                self.by_code[code] = pid
                self.code_of[pid] = code
            if pid in on_plan:
                _add(self.by_name_plan, key, pid)
            _add(self.by_name, key, pid)
            self.last_id = pid
        self.on_plan = on_plan

    def on_plan_named(self, key: str) -> tuple[int, ...] | list[int]:
        """The plan's projects of name key ``key``."""
        return _each(self.by_name_plan.get(key))

    def match_all(self, recs: list[dict[str, Any]], keys: list[str]) -> list[int | None]:
        """The existing project each record is: by code first, else by name (this plan's list first) — a project
        is one record's, and not a project of that name with a code of its own other than the record's (two codes
        are two projects). 红楼宾馆综合改造 under codes C1 and C2, or with and without one, was taken twice for the
        one project: each import gave it the other row's code. A database without projects (the first import of a
        city's list) matches nothing, without asking 50,000 times."""
        if not self.by_code and not self.by_name:
            return [None] * len(recs)
        found: list[int | None] = [None] * len(recs)
        taken = bytearray(self.last_id + 1)  # a byte a project (a set of 50,000 ids was 4 MB more at the peak)
        if self.by_code:  # codes first: a later row's code is its project even where an earlier row names it
            for i, rec in enumerate(recs):
                pid = self.by_code.get(rec.get("code") or "")
                if pid is not None:
                    found[i] = pid
                    taken[pid] = 1
        plan, every, code_of = self.by_name_plan, self.by_name, self.code_of

        def first_free(key: str, code: str | None) -> int | None:
            """The project of name ``key`` (this plan's list first) no other record took, nor of another code."""
            for pid in (*_each(plan.get(key)), *_each(every.get(key))):
                if not taken[pid] and (not code or code_of.get(pid, code) == code):
                    taken[pid] = 1
                    return pid
            return None

        for i, key in enumerate(keys):
            if found[i] is None:
                found[i] = first_free(key, recs[i].get("code"))
        # a project a revised list renames ("原项目名称 | 调整后项目名称"): found by its former name, it takes the new
        for i, rec in enumerate(recs):
            if found[i] is None and rec.get("name_before"):
                found[i] = first_free(name_key(rec["name_before"]), rec.get("code"))
        return found


def _add(index: dict[str, int | list[int]], key: str, pid: int) -> None:
    held = index.get(key)
    if held is None:
        index[key] = pid
    elif isinstance(held, list):
        held.append(pid)
    else:
        index[key] = [held, pid]


def _each(held: int | list[int] | None) -> tuple[int, ...] | list[int]:
    return () if held is None else held if isinstance(held, list) else (held,)


def name_keys_of(t: TableLike) -> list[str]:
    """Every record's name key, once per table: the preview's diff and the write
    both match by them (50,000 names). Kept on the table beside the very list it
    was made from, so records replaced or added since are keyed afresh."""
    cached = getattr(t, "_name_keys", None)
    if cached is not None and cached[0] is t.records and len(cached[1]) == len(t.records):
        return cached[1]
    keys = name_keys([rec["name"] for rec in t.records])
    try:
        t._name_keys = (t.records, keys)  # type: ignore[attr-defined]
    except AttributeError:  # a table that takes no attributes: keyed each time
        pass
    return keys


def ensure_zones_readonly(s: Session):
    from .schema import Zone

    return list(s.scalars(select(Zone)))


class AreaRow:
    def __init__(self, a: Area) -> None:
        self.id, self.zone_id, self.name, self.name_key_ = a.id, a.zone_id, a.name, name_key(a.name)


def areas_of(s: Session) -> list[AreaRow]:
    return [AreaRow(a) for a in s.scalars(select(Area))]


def in_another_zone(zone_id: int | None, area: AreaRow | None, zones: dict[str, int]) -> bool:
    """Whether a row's area lies in another zone than the row names ("西部 | 解放碑中央商务区"): the project was
    written as a west one in an east area, grouped under both. 全区 on either side fits any."""
    district = zones.get("全区")
    return (area is not None and zone_id is not None and area.zone_id != zone_id
            and district not in (zone_id, area.zone_id))


def where_of(rec: dict[str, Any], zones: dict[str, int], areas: dict[str, Any]) -> dict[str, Any]:
    """The zone and area a record names, as ids; an area of another zone than the record's is left out (said by
    the preview)."""
    out: dict[str, Any] = {}
    if rec.get("zone"):
        out["zone_id"] = zones.get(rec["zone"])
    if rec.get("area"):
        a = areas.get(name_key(rec["area"]))
        if a is not None and not in_another_zone(out.get("zone_id"), a, zones):
            out["area_id"] = a.id
            out.setdefault("zone_id", a.zone_id)
    return out


def target_key(measure: str, text: str, subject: str | None) -> tuple[str, str, str]:
    return (name_key(measure), name_key(text), name_key(subject or ""))


def strip_section_number(text: str) -> str:
    # "（三）", "三、", "第三部分": the numbering; not the 十八 of "十八梯"
    return re.sub(r"^(第[一二三四五六七八九十]+(部分|章|篇|节)[:：、\s]*|[(（][一二三四五六七八九十]+[)）][、.．]?\s*"
                  r"|[一二三四五六七八九十]+[、.．]\s*)", "", text or "").strip()


_LIST_YEAR = re.compile(r"^\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*年度?")
# a list revised mid-year is the same list: "重点任务调整表", "重点任务责任分工（调整后）" hold 重点任务's tasks
_REVISED_LIST = re.compile(r"(?:计划)?调整(?:情况|后)?(?:一览表|表|清单)$|[(（]调整(?:后|版|稿)?[)）]$")
_REVISED_FIRST = re.compile(r"^\s*调整后的?")  # "调整后的2024年重点任务清单"


def list_section(title: str | None) -> str:
    """The section a task list with no sections goes into: the list's title without its year
    ("《政府工作报告》重点任务责任分工") nor the words of a revision ("重点任务调整表": 重点任务), or 其他举措
    when the table has none."""
    title = _REVISED_FIRST.sub("", title or "")
    return _REVISED_LIST.sub("", _LIST_YEAR.sub("", title.strip()).strip()).strip() or "其他举措"


class HeldTargets:
    """A plan's targets by task and wording, for an import's records to find theirs. The preview
    and the write match alike through it. A task of one name in two sections with the same wording
    is two targets: a record takes the one in its own section where the file names it, else the
    first one no earlier record of the file took (the second record is a target of its own). A record naming
    no section is the list's section's (``flat``: :func:`list_section`), where the write puts it."""

    def __init__(self, s: Session, plan: Plan | None, flat: str | None = None) -> None:
        self.flat = name_key(flat) if flat else ""
        self.held: list[MeasureTarget] = []
        self._by_key: dict[tuple[str, str, str], list[tuple[MeasureTarget, str]]] = {}
        self._taken: set[int] = set()
        if plan is None:
            return
        for t, m, section in s.execute(
                select(MeasureTarget, Measure, Section.title).join(Measure, Measure.id == MeasureTarget.measure_id)
                .join(Section, Section.id == Measure.section_id).where(Section.plan_id == plan.id)
                .order_by(Section.number, Measure.seq, MeasureTarget.seq)):
            self.held.append(t)
            keys = {target_key(m.title, t.text, t.subject), target_key(m.title, t.text, None)}
            for key in keys:
                self._by_key.setdefault(key, []).append((t, name_key(section)))

    def match(self, rec: dict[str, Any]) -> MeasureTarget | None:
        section = name_key(strip_section_number(rec.get("section") or ""))
        if not section and rec.get("section_number") is None:
            section = self.flat
        keys = [target_key(rec["measure"], rec["text"], rec.get("subject")), target_key(rec["measure"], rec["text"], None)]
        if rec.get("text_before"):  # a target reworded by a revised list ("原目标 | 调整后目标"): held as it was
            keys.append(target_key(rec["measure"], rec["text_before"], None))
        for key in keys:
            free = [(t, sec) for t, sec in self._by_key.get(key, ()) if id(t) not in self._taken]
            if free:
                own = (t for t, sec in free if section and sec and (sec.startswith(section) or section.startswith(sec)))
                t = next(own, free[0][0])  # a section's title as the file gives it, perhaps shortened
                self._taken.add(id(t))
                return t
        return None

    def unmatched(self) -> list[MeasureTarget]:
        return [t for t in self.held if id(t) not in self._taken]


# -- whose table ----------------------------------------------------------------
_ZONE_IN_TITLE = re.compile(r"[东中西]部")
# the list's view it was exported from, in brackets at the title's end (filter_bar.narrowing): "（预警：严重滞后）",
# "（性质：续建；搜索“滨江”）", "（Warning: very late）"; not "（第一批）" or "（调整后）", which are the whole list
_VIEW_IN_TITLE = re.compile(r"（([^（）]*(?:：|: |搜索“|search “|含已移出|Include removed)[^（）]*)）$")
# a list of the projects put on the list or taken off it (a 名单调整表, "2024年重点项目调整名单"): not the whole list
_ADJUSTMENTS_IN_TITLE = re.compile(r"名单调整表|调整名单|调入调出|调出调入|调整项目名单|调整情况表|" + ONE_MOVE_LIST)
_PLACE_FIELDS = (("zone", Zone.name), ("area", Area.name), ("class", KeyProject.project_class))


def form_scope(table: TableLike) -> tuple | None:
    """Whose table it is when it is not the whole plan's: ("unit", "区商务委") for a unit's form (its
    title ends in the unit, every row names it), ("zone", "东部") for a zone's list (its title names
    the zone, every project is in it), ("place", "东部解放碑中央商务区", criteria) for an area's or a class's
    (the title names them, every project is in them), ("view", "预警：严重滞后") for a list exported as the
    list's view narrowed it, or ("view", "名单调整表") for the projects moved on or off the list, which speak for no
    project beyond their own rows. What such a table leaves out is
    the others' rows, not rows gone."""
    title, records = getattr(table, "title", None) or "", table.records
    unit = unit_of_form(title, (record_units(table.kind or "", r) for r in records))
    if unit:
        return ("unit", unit)
    if table.kind != "key_projects" or not records:
        return None
    view = _VIEW_IN_TITLE.search(title)
    if view:
        return ("view", view.group(1))
    adjusted = _ADJUSTMENTS_IN_TITLE.search(title)
    if adjusted:
        return ("view", adjusted.group(0))
    named = set(_ZONE_IN_TITLE.findall(title))
    places = []
    for field, _column in _PLACE_FIELDS:
        values = {r.get(field) for r in records}
        value = values.pop() if len(values) == 1 else None
        if value and (value in named if field == "zone" else value in title) and (field != "zone" or len(named) == 1):
            places.append((field, value))
    if not places:
        return None
    if places[0][0] == "zone" and len(places) == 1:
        return places[0]
    return ("place", "".join(value for _field, value in places), tuple(places))


def in_scope(s: Session, scope: tuple | None, project_ids: list[int]) -> list[int]:
    """Of ``project_ids``, those a table of ``scope`` speaks for (all of them with no scope)."""
    if scope is None:
        return list(project_ids)
    if scope[0] == "view":
        return []  # which projects the view held then is not known: none is taken for gone
    criteria = dict(scope[2]) if scope[0] == "place" else {"zone": scope[1]}
    kept: list[int] = []
    for c in range(0, len(project_ids), 500):
        part = project_ids[c:c + 500]
        if scope[0] == "unit":
            kept += [pid for pid, owner, unit in s.execute(
                select(KeyProject.id, KeyProject.owner, KeyProject.responsible_unit).where(KeyProject.id.in_(part)))
                if scope[1] in units_named(owner, unit)]
        else:
            q = (select(KeyProject.id).outerjoin(Zone, Zone.id == KeyProject.zone_id)
                 .outerjoin(Area, Area.id == KeyProject.area_id).where(KeyProject.id.in_(part)))
            for field, column in _PLACE_FIELDS:
                if field in criteria:
                    q = q.where(column == criteria[field])
            kept += list(s.scalars(q))
    return kept


def target_in_scope(scope: tuple[str, str] | None, t: MeasureTarget) -> bool:
    """Whether a unit's form speaks for target ``t`` (any target, with no scope)."""
    return scope is None or scope[0] != "unit" or scope[1] in units_named(
        t.responsible_unit or t.measure.responsible_unit, t.partner_units)
