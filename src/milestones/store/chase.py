"""催报名单: who is still to report at a quarter's end — the notice an office sends before it can write
the quarter's report.

A unit is chased for each listed project it answers for (its 责任单位, else its 业主单位, as 各单位进展
counts them) that has no actual investment for the quarter, and for each target it leads that is due
by then with nothing reported (到期未填报); at the year's end, for each indicator it leads (牵头单位) with no
figure reported. A project naming no unit cannot be chased: the notice says how many, for the office to find
their units first (数据检查's 未填单位).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, select

from ..domain.collation import sort_text
from ..domain.quarter import Quarter
from ..domain.units import units_answering
from .dashboard import indicator_standing, target_standing
from .project_rows import reported_in
from .queries import find_plan
from .schema import Indicator, IndicatorYear, KeyProject, Measure, MeasureTarget, PlanEntry, Section

__all__ = ["ChaseUnit", "Chase", "chase_list", "chase_text"]

SHOWN = 5  # names written out per unit and kind; the rest counted ("等12个")


@dataclass
class ChaseUnit:
    unit: str
    projects: list[str] = field(default_factory=list)  # listed projects with no investment for the quarter
    targets: list[str] = field(default_factory=list)  # targets due by the quarter with nothing reported
    contacts: list[str] = field(default_factory=list)  # the people to call, as the projects and targets name them
    indicators: list[str] = field(default_factory=list)  # at the year's end: indicators led with no figure


@dataclass
class Chase:
    at: Quarter
    units: list[ChaseUnit]  # the unit with the most to report first
    no_unit: int  # unreported projects naming no unit


def chase_list(s, year: int | None, at: Quarter | None = None) -> Chase:
    plan = find_plan(s, year)
    at = at or Quarter(plan.year, 4)
    units: dict[str, ChaseUnit] = {}
    no_unit = 0
    def add(unit: str, contact: str | None) -> ChaseUnit:
        u = units.setdefault(unit, ChaseUnit(unit))
        if contact and contact.strip() and contact.strip() not in u.contacts:
            u.contacts.append(contact.strip())
        return u

    for name, responsible, owner, contact in s.execute(
            select(KeyProject.name, KeyProject.responsible_unit, KeyProject.owner, KeyProject.contact)
            .join(PlanEntry, and_(PlanEntry.project_id == KeyProject.id, PlanEntry.plan_id == plan.id))
            .where(PlanEntry.on_list.is_(True), ~reported_in(at)).order_by(PlanEntry.seq, KeyProject.id)):
        named = units_answering(responsible) or units_answering(owner)
        if not named:
            no_unit += 1
        for unit in sorted(named, key=sort_text):
            add(unit, contact).projects.append(name)
    for t, m in s.execute(
            select(MeasureTarget, Measure).join(Measure, Measure.id == MeasureTarget.measure_id)
            .join(Section, Section.id == Measure.section_id).where(Section.plan_id == plan.id)
            .order_by(Section.number, Measure.seq, MeasureTarget.seq)):
        if target_standing(t, plan.year, at) != "pending":
            continue
        for unit in sorted(units_answering(t.responsible_unit or m.responsible_unit), key=sort_text):
            add(unit, t.contact).targets.append(t.text)
    if at >= Quarter(plan.year, 4):  # a year's indicator is reported when the year is out, not each quarter
        for iy, name, unit_of_measure in s.execute(
                select(IndicatorYear, Indicator.name, Indicator.unit)
                .join(Indicator, Indicator.id == IndicatorYear.indicator_id)
                .where(IndicatorYear.year == plan.year, IndicatorYear.responsible_unit.is_not(None))
                .order_by(IndicatorYear.seq, IndicatorYear.id)):
            if indicator_standing(iy, unit_of_measure, None) != "pending":
                continue  # a figure, or the table's own word (完成, 调整): as the dashboard's 待填报 counts
            for unit in sorted(units_answering(iy.responsible_unit), key=sort_text):
                add(unit, None).indicators.append(name)
    ordered = sorted(units.values(), key=lambda u: (-(len(u.projects) + len(u.targets) + len(u.indicators)),
                                                    sort_text(u.unit)))
    return Chase(at, ordered, no_unit)


def chase_text(chase: Chase, language: str = "zh") -> str:
    """The notice: a line per unit, what it is to report, the first names written out."""
    zh = language == "zh"
    when = chase.at.label_zh if zh else f"{chase.at.year} Q{chase.at.q}"
    if not chase.units and not chase.no_unit:
        return f"截至{when}，各单位均已报送。" if zh else f"By {when}, every unit has reported."
    led = any(u.indicators for u in chase.units)
    what = ("项目、目标或指标" if led else "项目或目标") if zh else (
        "projects, targets or indicators" if led else "projects or targets")
    lines = [f"截至{when}，以下单位尚有{what}未报送，请于规定时间内报送：" if zh else
             f"By {when}, these units have {what} still to report:"] if chase.units else []
    for i, u in enumerate(chase.units, start=1):
        parts = []
        if u.projects:
            parts.append(f"未报本季度投资的项目{len(u.projects)}个（{_names(u.projects, zh)}）" if zh else
                         f"{len(u.projects)} project(s) with no investment for the quarter ({_names(u.projects, zh)})")
        if u.targets:
            parts.append(f"到期未填报的目标{len(u.targets)}个（{_names(u.targets, zh)}）" if zh else
                         f"{len(u.targets)} target(s) due and not reported ({_names(u.targets, zh)})")
        if u.indicators:
            parts.append(f"未填报完成值的指标{len(u.indicators)}个（{_names(u.indicators, zh)}）" if zh else
                         f"{len(u.indicators)} indicator(s) with no figure reported ({_names(u.indicators, zh)})")
        if u.contacts:
            parts.append(f"联系人：{'、'.join(u.contacts)}" if zh else f"to call: {', '.join(u.contacts)}")
        lines.append(f"{i}. {u.unit}：" + "；".join(parts) + "。" if zh else f"{i}. {u.unit}: " + "; ".join(parts) + ".")
    if chase.no_unit:
        more = "另有" if chase.units else f"截至{when}，"
        lines.append(f"{more}{chase.no_unit}个未报投资的项目未填责任单位或业主单位，无法催报，请先补填单位。" if zh else
                     f"{'' if chase.units else f'By {when}, '}{chase.no_unit} {'more ' if chase.units else ''}"
                     f"project(s) not reported name no unit and cannot be chased: fill in their units first.")
    return "\n".join(lines)


def _names(names: list[str], zh: bool) -> str:
    shown = ("、" if zh else ", ").join(_short(n) for n in names[:SHOWN])
    if len(names) > SHOWN:
        shown += f"等{len(names)}个" if zh else f" and {len(names) - SHOWN} more"
    return shown


def _short(text: str, most: int = 30) -> str:
    """A target can be a sentence: its first words stand for it in a notice."""
    return text if len(text) <= most else text[:most - 1] + "…"
