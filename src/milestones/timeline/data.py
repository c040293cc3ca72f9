"""The projects a timeline shows, read from the store (for the screen and for print)."""
from __future__ import annotations

from sqlalchemy import select

from ..store import Database
from ..store.history import original_plans, original_span
from ..store.list_adjustments import LIST_ADJUSTED_WORDS
from ..store.project_rows import ProjectFilter, plan_id_for, project_milestones, revisions_since, timeline_rows
from ..store.schema import QuarterInvestment, Zone
from .layout import TimelineProject

__all__ = ["load_projects", "narrowed_to", "zone_filter"]


def zone_filter(db: Database, f: ProjectFilter, zone: str | None) -> ProjectFilter:
    """``f`` narrowed to one zone; 全区 (or None) means the whole district."""
    import dataclasses

    zone = (zone or "").strip()  # " 东部" as a shell quotes it
    if not zone or zone in ("全区", "all"):
        return f
    with db.read() as s:
        zid = s.scalar(select(Zone.id).where(Zone.name == zone))
    if zid is None:
        raise ValueError(f"没有名为“{zone}”的区域；应为 东部、中部、西部 或 全区")
    return dataclasses.replace(f, zone_ids=(zid,))


def narrowed_to(db: Database, year: int, *, area: str | None = None, project_class: str | None = None,
                light: str | None = None, unit: str | None = None, revised: bool = False,
                list_adjusted: bool = False, language: str = "zh") -> tuple[ProjectFilter | None, str]:
    """The projects a printout or an export holds when the command line narrows it (an area, a class, a warning
    light, one unit's) and those words for its header or title ("板块：解放碑中央商务区；预警：严重滞后"); (None, "") when
    nothing narrows it. ValueError, in the planner's words, for an area, class, light or unit no project has (a
    printout of none, as if that were the answer, hides a typo). ``revised``: the projects whose planned start,
    completion or year's investment was revised in the plan's year (a 调整表); ``list_adjusted``: those put on the
    year's list or taken off it since it was made (a 名单调整表)."""
    import dataclasses

    from sqlalchemy import or_

    from ..domain.progress import Light
    from ..store.schema import Area, KeyProject

    zh = language == "zh"
    f, said = ProjectFilter(year=year), []

    def say(zh_label: str, en_label: str, value: str) -> None:
        said.append(f"{zh_label}：{value}" if zh else f"{en_label}: {value}")

    if area:
        with db.read() as s:
            area_id = s.scalar(select(Area.id).where(Area.name == area.strip()))
            # with the names nearest it: "解放碑" for 解放碑中央商务区 (said, not guessed)
            near = nearest_names(area.strip(), s.scalars(select(Area.name)).all()) if area_id is None else []
        if area_id is None:
            raise ValueError(f"没有名为“{area}”的板块" + (f"；有：{'、'.join(near)}" if near else ""))
        f = dataclasses.replace(f, area_ids=(area_id,))
        say("板块", "Area", area.strip())
    if project_class:
        with db.read() as s:
            held = select(KeyProject.id).where(KeyProject.project_class == project_class.strip()).limit(1)
            if s.scalar(held) is None:
                near = nearest_names(project_class.strip(), s.scalars(select(KeyProject.project_class).distinct()).all())
                raise ValueError(f"没有类别为“{project_class}”的项目" + (f"；有：{'、'.join(near)}" if near else ""))
        f = dataclasses.replace(f, classes=(project_class.strip(),))
        say("类别", "Class", project_class.strip())
    if light:
        chosen = Light.named(light)
        f = dataclasses.replace(f, lights=(chosen.value,))
        say("预警", "Warning", chosen.label_zh if zh else chosen.label_en)
    if unit:
        with db.read() as s:  # as the filter matches it: a part of the owner's or the unit responsible's name
            if s.scalar(select(KeyProject.id).where(or_(
                    KeyProject.owner.contains(unit.strip(), autoescape=True),
                    KeyProject.responsible_unit.contains(unit.strip(), autoescape=True))).limit(1)) is None:
                raise ValueError(f"没有业主单位或责任单位为“{unit.strip()}”的项目")
        f = dataclasses.replace(f, unit=unit.strip())
        say("单位", "Unit", unit.strip())
    if revised:
        f = dataclasses.replace(f, plan_revised=True, table_revisions=True)
        said.append("计划已调整" if zh else "Plan revised")
    if list_adjusted:
        f = dataclasses.replace(f, list_adjusted=True)
        said.append(LIST_ADJUSTED_WORDS if zh else "List changed")
    if not said:
        return None, ""
    return f, ("；" if zh else "; ").join(said)


def load_projects(db: Database, f: ProjectFilter, *, milestone_limit: int = 20000) -> list[TimelineProject]:
    with db.read(snapshot=True) as s:  # the bars, their milestones and figures as of one moment
        rows = timeline_rows(s, f)
        ids = [r[0] for r in rows]
        milestones = project_milestones(s, ids) if len(ids) <= milestone_limit else {}
        # always: the bars show it on request, the warning light judges it always. Plain
        # rows, not ORM objects: a city's four quarters each are 200,000 of them.
        invest: dict[int, list] = {}
        qi = QuarterInvestment.__table__.c
        conn = s.connection()
        for c in range(0, len(ids), 500):
            for pid, quarter, planned, actual in conn.execute(
                    select(qi.project_id, qi.quarter, qi.planned, qi.actual).where(qi.project_id.in_(ids[c:c + 500]))):
                invest.setdefault(pid, []).append((quarter, planned, actual))
        revised = original_plans(s, set(ids), revisions_since(s, plan_id_for(s, f.year)))
    return [TimelineProject(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                            tuple(milestones.get(r[0], ())), tuple(invest.get(r[0], ())),
                            start_text=r[10], completion_text=r[11], annual_investment=r[12],
                            on_list=r[13] is not False,
                            original=original_span(revised.get(r[0]), r[4], r[5])) for r in rows]


def nearest_names(name: str, names: list[str | None]) -> list[str]:
    """The names like ``name`` a refusal offers (an area, a class, a unit the plan does not have); where none is,
    the first five and "…" for more."""
    import difflib

    held = sorted(n for n in set(names) if n)
    return difflib.get_close_matches(name, held, n=3, cutoff=0.4) or held[:5] + ["…"] * (len(held) > 5)
