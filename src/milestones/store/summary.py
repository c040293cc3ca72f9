"""The quarter's progress in a paragraph, as an office writes it into its report (进展情况).

Every quarter a planner turns the dashboard's figures into the same sentences: projects started and
completed against those due, investment against 序时进度, the lights by zone, the indicators and the
measures' targets. This writes that paragraph from :class:`Dashboard`, in Chinese or English, for the
planner to paste and edit; a figure nobody has reported yet is said so, never written as zero.
"""
from __future__ import annotations

from ..domain.progress import Light
from .dashboard import Dashboard

__all__ = ["progress_summary"]

_ZONES_EN = {"东部": "the east", "中部": "the centre", "西部": "the west", "全区": "district-wide"}
_ZONE_ORDER = ("东部", "中部", "西部", "全区", "")


def progress_summary(d: Dashboard, language: str = "zh", before: Dashboard | None = None) -> str:
    """The paragraph; ``before`` is the previous quarter's kept report, if any: the warnings are
    then compared with what that report said (较一季度上报时…)."""
    zh = language == "zh"
    parts = [_projects(d, zh), _starts(d, zh), _investment(d, zh), _zones(d, zh), _warnings(d, zh),
             _since(d, before, zh), _indicators(d, zh), _targets(d, zh)]
    return ("" if zh else " ").join(p for p in parts if p)


def _pct(n: float, digits: int = 0) -> str:
    return f"{n * 100:.{digits}f}%"


def _projects(d: Dashboard, zh: bool) -> str:
    listed = d.reported[1]
    planned = d.investment_planned or d.investment_stated
    stated = d.projects_stated
    short = stated is not None and stated != listed  # the plan's own count, where the list is not (yet) it
    joined, left = d.list_adjusted  # a list revised at mid-year (调入、调出): what a report says of its count
    if zh:
        moved = "、".join([*([f"调入{joined}个"] if joined else []), *([f"调出{left}个"] if left else [])])
        said = "；".join([*([f"计划{stated}个"] if short else []), *([f"名单确定后{moved}"] if moved else [])])
        return f"截至{d.at.label_zh}，全区列入计划的重点项目{listed}个" + (f"（{said}）" if said else "") + (
            f"，计划年度投资{planned:,.1f}亿元。" if planned else "。")
    moved = " and ".join([*([f"{joined} put on"] if joined else []), *([f"{left} taken off"] if left else [])])
    said = "; ".join([*([f"the plan states {stated}"] if short else []),
                      *([f"{moved} the list since it was made"] if moved else [])])
    return (f"As of {d.at.year} Q{d.at.q}, {listed} key project{'s are' if listed != 1 else ' is'} on the plan"
            + (f" ({said})" if said else "")
            + (f", with {planned:,.1f} (100M CNY) planned for the year." if planned else "."))


def _starts(d: Dashboard, zh: bool) -> str:
    (started, due_s), (done, due_c), revised = d.starts_due, d.completions_due, d.plan_revised
    late_s, late_c = d.past_due  # carried from last year's plan, its dates not moved: late, and not in the rates
    if zh:
        past = "、".join([*([f"计划开工而未开工的{late_s}个"] if late_s else []),
                         *([f"计划完工而未完工的{late_c}个"] if late_c else [])])
        return "；".join([
            f"应开工{due_s}个，已开工{started}个，开工率{_pct(started / due_s)}" if due_s else "尚无应开工项目",
            f"应完工{due_c}个，已完工{done}个，竣工率{_pct(done / due_c)}" if due_c else "尚无应完工项目",
            *([f"另有上年及以前{past}"] if past else []),
            *([f"调整过计划开工或完工时间的{revised}个"] if revised else [])]) + "。"
    past = " and ".join([*([f"{late_s} due to start"] if late_s else []),
                         *([f"{late_c} due to complete"] if late_c else [])])
    said = "; ".join([
        f"{started} of the {due_s} due to start have started ({_pct(started / due_s)})" if due_s
        else "none was due to start yet",
        f"{done} of the {due_c} due to complete have completed ({_pct(done / due_c)})" if due_c
        else "none was due to complete yet",
        *([f"besides, {past} in an earlier year have not yet"] if past else []),
        *([f"{revised} had their planned start or completion revised"] if revised else [])]) + "."
    return said[:1].upper() + said[1:]  # a sentence of its own ("none was due…" began in lower case)


def _investment(d: Dashboard, zh: bool) -> str:
    if d.investment_actual_to_date is None:
        return "各项目尚未填报实际完成投资。" if zh else "No project has reported its actual investment yet."
    reported, rate, done = d.reported[0], d.investment_rate, d.investment_actual_to_date
    gap = None if d.points_behind is None else round(d.points_behind, 1)  # as written: 0.04 behind is level
    if zh:
        s = f"本季度已报投资的项目{reported}个，截至本季度完成投资{done:,.1f}亿元"
        if rate is not None:
            s += f"，占年度计划的{_pct(rate, 1)}"
            s += (f"，落后序时进度{gap:.1f}个百分点" if gap > 0 else
                  f"，超过序时进度{-gap:.1f}个百分点" if gap < 0 else "，与序时进度持平")
        return s + "。"
    s = (f"{reported} project{'s have' if reported != 1 else ' has'} reported the quarter; "
         f"{done:,.1f} (100M CNY) invested to date")
    if rate is not None:
        s += f", {_pct(rate, 1)} of the year's plan"
        s += (f", {gap:.1f} points behind the time elapsed" if gap > 0 else
              f", {-gap:.1f} points ahead of the time elapsed" if gap < 0 else ", level with the time elapsed")
    return s + "."


def _zones(d: Dashboard, zh: bool) -> str:
    """分区域看: each zone's investment to date against its year's plan, when more than one zone has
    figures reported (a plan of one zone, or nothing reported, says nothing here)."""
    said = []
    for zone in sorted(d.investment_by_zone, key=lambda z: _ZONE_ORDER.index(z) if z in _ZONE_ORDER else 9):
        planned, done = d.investment_by_zone[zone]
        if done is None:
            continue
        name = (f"{zone}片区" if zone in ("东部", "中部", "西部") else zone or "未指定区域") if zh else \
            (_ZONES_EN.get(zone, zone) if zone else "no zone")
        rate = f"，完成率{_pct(done / planned, 1)}" if zh and planned else \
            f" ({_pct(done / planned, 1)})" if planned else ""
        said.append(f"{name}完成投资{done:,.1f}亿元{rate}" if zh else f"{name} {done:,.1f}{rate}")
    if len(said) < 2:
        return ""
    if zh:
        return "分区域看，" + "；".join(said) + "。"
    return "By zone, invested to date (100M CNY): " + "; ".join(said) + "."


def _by_zone(d: Dashboard, light: Light, zh: bool) -> tuple[int, str]:
    """How many projects of ``light``, and which zones they are in ("东部1个、未指定区域5个"); which areas, in a
    plan not divided into zones ("南坪街道2个", not "全区2个")."""
    parts, total = [], 0
    if d.lights_by_area:
        for _id, area, lights, _planned, _done in d.lights_by_area:
            if lights[light]:
                total += lights[light]
                parts.append(f"{area or '未指定板块'}{lights[light]}个" if zh else
                             f"{lights[light]} in {area}" if area else f"{lights[light]} with no area")
        return total, ("、" if zh else ", ").join(parts)
    for zone in sorted(d.lights_by_zone, key=lambda z: _ZONE_ORDER.index(z) if z in _ZONE_ORDER else 9):
        n = d.lights_by_zone[zone][light]
        if n:
            total += n
            parts.append(f"{zone or '未指定区域'}{n}个" if zh else
                         f"{n} in {_ZONES_EN.get(zone, zone)}" if zone else f"{n} with no zone")
    return total, ("、" if zh else ", ").join(parts)


def _warnings(d: Dashboard, zh: bool) -> str:
    (red, red_zones), (yellow, yellow_zones) = _by_zone(d, Light.RED, zh), _by_zone(d, Light.YELLOW, zh)
    if not (red or yellow):
        return "无滞后项目。" if zh else "No project is late."
    if zh:
        said = ([f"严重滞后{red}个（{red_zones}）"] if red else []) + ([f"滞后{yellow}个（{yellow_zones}）"] if yellow else [])
        return "预警：" + "，".join(said) + "。"
    said = ([f"{red} very late ({red_zones})"] if red else []) + ([f"{yellow} late ({yellow_zones})"] if yellow else [])
    return "Warnings: " + "; ".join(said) + "."


def _since(d: Dashboard, before: Dashboard | None, zh: bool) -> str:
    """How the warnings moved since the previous quarter's report (环比, against what was reported)."""
    if before is None:
        return ""
    moves = []
    for light, zh_name, en_name in ((Light.RED, "严重滞后", "very late"), (Light.YELLOW, "滞后", "late")):
        n = _by_zone(d, light, zh)[0] - _by_zone(before, light, zh)[0]
        if n:
            moves.append((f"{zh_name}{'增加' if n > 0 else '减少'}{abs(n)}个") if zh else
                         f"{abs(n)} {'more' if n > 0 else 'fewer'} {en_name}")
    if zh:
        return f"较{before.at.label_zh}上报时，" + ("、".join(moves) if moves else "预警项目数持平") + "。"
    return f"Against the {before.at.year} Q{before.at.q} report: " + (
        ", ".join(moves) if moves else "as many warnings") + "."


def _indicators(d: Dashboard, zh: bool) -> str:
    c = d.indicators
    if not c["listed"]:
        return ""
    if zh:
        s = f"年度指标{c['listed']}项：完成{c['met']}项、未完成{c['not_met']}项"
        if c["on_pace"] or c["near_pace"] or c["behind_pace"]:  # figures of part of the year, against the months gone
            s += f"、达到时序进度{c['on_pace']}项"
            s += f"、基本达到时序进度{c['near_pace']}项" if c["near_pace"] else ""
            s += f"、未达时序进度{c['behind_pace']}项"
        s += f"、待填报{c['pending']}项"
        s += f"、调整{c['adjusted']}项" if c["adjusted"] else ""
        return s + (f"、无法评价{c['unscorable']}项" if c["unscorable"] else "") + "。" + _pace_gaps(d, zh)
    s = f"Indicators of the year: {c['listed']}, of which {c['met']} met, {c['not_met']} not met, "
    if c["on_pace"] or c["near_pace"] or c["behind_pace"]:
        s += f"{c['on_pace']} on pace, "
        s += f"{c['near_pace']} nearly on pace, " if c["near_pace"] else ""
        s += f"{c['behind_pace']} behind pace, "
    s += f"{c['pending']} not reported"
    s += f", {c['adjusted']} adjusted" if c["adjusted"] else ""
    return s + (f", {c['unscorable']} cannot be scored" if c["unscorable"] else "") + "." + _pace_gaps(d, zh)


def _pace_gaps(d: Dashboard, zh: bool) -> str:
    """The indicators short of the time gone, by name: those nearly on pace, then those behind."""
    return (_short_of_pace(d.near_pace, "基本达到时序进度的：", " Nearly on pace: ", zh)
            + _short_of_pace(d.behind_pace, "未达时序进度的：", " Behind pace: ", zh))


def _short_of_pace(names: list, zh_lead: str, en_lead: str, zh: bool, shown: int = 5) -> str:
    """Indicators short of the time gone, by name, each amount with how far short, as a review says it:
    "未达时序进度的：城镇新增就业（完成全年目标的16.7%，低于时序进度8.3个百分点）、地区生产总值增速。"."""
    if not names:
        return ""
    said = []
    for name, done, due in names[:shown]:
        if done is None:
            said.append(name)
        elif zh:
            said.append(f"{name}（完成全年目标的{done:.1f}%，低于时序进度{due - done:.1f}个百分点）")
        else:
            said.append(f"{name} ({done:.1f}% of the year's target, {due - done:.1f} points behind the time gone)")
    more = len(names) - shown
    if zh:
        return zh_lead + "、".join(said) + (f"等{len(names)}项" if more > 0 else "") + "。"
    return en_lead + ", ".join(said) + (f" and {more} more" if more > 0 else "") + "."


def _targets(d: Dashboard, zh: bool) -> str:
    m, st = d.measure_targets, d.quarter_steps
    if not m["listed"]:
        return ""
    if zh:
        s = (f"工作举措量化目标{m['listed']}个，截至本季度到期{m['due']}个：完成{m['met']}个、未完成{m['not_met']}个、"
             f"到期未填报{m['pending']}个")
        s += f"、无法评价{m['unscorable']}个" if m["unscorable"] else ""
        s += f"；未到期但未达序时进度{m['behind_pace']}个" if m["behind_pace"] else ""
        if st["planned"]:  # the quarter's steps (季度安排)
            s += (f"；本季度有季度安排的{st['planned']}个，达到安排{st['met']}个、落后于安排{st['not_met']}个、"
                  f"未报进展{st['pending']}个")
        s += f"；年内调整完成时限{m['deadline_moved']}个" if m["deadline_moved"] else ""  # (as the projects' 计划调整)
        s += f"；年内调整目标内容{m['reworded']}个" if m["reworded"] else ""
        return s + "。"
    s = (f"Quantified targets of the measures: {m['listed']}, {m['due']} due by this quarter: {m['met']} met, "
         f"{m['not_met']} not met, {m['pending']} due and not reported")
    s += f", {m['unscorable']} cannot be scored" if m["unscorable"] else ""
    s += f"; {m['behind_pace']} not due yet but behind pace" if m["behind_pace"] else ""
    if st["planned"]:
        s += f"; {st['planned']} have a step this quarter: {st['met']} reached, {st['not_met']} behind, " \
             f"{st['pending']} not reported"
    s += f"; {m['deadline_moved']} had their deadline revised in the year" if m["deadline_moved"] else ""
    s += f"; {m['reworded']} were reworded in the year" if m["reworded"] else ""
    return s + "."
