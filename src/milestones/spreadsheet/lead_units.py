"""A unit cell that names the unit leading the work and those working with it: "牵头单位：区商务委；配合单位：各街道",
"区发展改革委（牵头）、区财政局", "区人力社保局牵头，各街道配合". The lead is the responsible unit, the others its
partners (配合单位): kept whole, the cell was a unit no unit's form, filter or search found."""
from __future__ import annotations

import re

from .cells import LEAD_MARK, UNIT_END

__all__ = ["lead_and_partners", "unit_and_person", "DUTY_SAID"]

DUTY_SAID = "“{duty}”不是单位名称，未导入"


def lead_and_partners(unit: str) -> tuple[str, str | None, str | None]:
    """(the responsible unit, the partners, the note saying how the cell was read) for a unit cell; the cell itself,
    None, None where it names one unit or is words, not a list of units."""
    duty = _DUTY.search(unit)
    if duty and duty.start() > 0:
        # "区教委、区卫生健康委按职责分工负责": the units, each doing its part (the words were kept as the last unit's
        # name); "区商务委牵头，区财政局等按职责分工负责": the lead and its partners
        units = unit[:duty.start()]
        lead, partners, note = lead_and_partners(units)
        if partners or all(UNIT_END.search(u) for u in _UNIT_SEPARATOR.split(lead) if u):
            return lead, partners, note or DUTY_SAID.format(duty=duty.group(1))
    both = _LEAD_AND_PARTNERS.match(unit)
    if both:  # "牵头单位：区商务委" alone is the unit, without its label
        return both.group(1), both.group(2), None
    if LEAD_MARK.search(unit):
        leads, others = _marked_leads(unit)
        if leads:  # a unit alone marked （牵头） is the unit: the mark says no more than the column does
            return "、".join(leads), "、".join(others) or None, \
                "标“牵头”的单位作为责任单位，其余作为配合单位导入" if others else None
        return unit, None, None
    if "牵头" in unit and (said := _leads_then_partners(unit)) is not None:
        lead, partners = said
        return lead, partners, "“牵头”的单位作为责任单位，“配合”的作为配合单位导入" if partners else None
    return unit, None, None


# how the units named share the work, after them: "按职责分工负责", "按职责分工抓好落实", "分别负责", "共同负责"
_DUTY = re.compile(r"[，,；;]?\s*((?:等(?:相关)?(?:部门|单位)?)?(?:按照?(?:各自)?职(?:责|能)(?:职责)?(?:分工)?(?:负责|落实|抓好落实|推进)?|"
                   r"分别负责|共同负责|负责落实|负责))\s*[。；;]?$")


# "牵头单位：区商务委；配合单位：各街道" in one cell, as many task lists write it
_LEAD_AND_PARTNERS = re.compile(r"^牵头(?:单位|部门)?[:：]\s*(.+?)\s*(?:[;；。]\s*配合(?:单位|部门)?[:：]\s*(.+?))?[;；。]?$")


# "区人力社保局牵头，各街道配合", "由区商务委牵头，区财政局、各街道参与": the lead, then who works with it
_LEADS_THEN_PARTNERS = re.compile(r"^(?:由)?(.+?)\s*牵头\s*(?:[，,；;、]\s*(?:会同)?\s*(.+?)\s*(?:等(?:相关)?(?:部门|单位)?)?"
                                  r"(?:配合|参与|协助|协同|共同推进)?)?"
                                  r"\s*[。；;]?$")


def _leads_then_partners(cell: str) -> tuple[str, str | None] | None:
    """"区人力社保局牵头，各街道配合" as (the lead, the partners); None where the words are not a list of units
    ("区商务委牵头做好统筹" is kept as written)."""
    m = _LEADS_THEN_PARTNERS.match(cell.strip())
    if m is None:
        return None
    leads = [u for u in _UNIT_SEPARATOR.split(m.group(1)) if u]
    others = [u for u in _UNIT_SEPARATOR.split(m.group(2) or "") if u]
    if not leads or not all(UNIT_END.search(u) for u in leads + others):
        return None
    return "、".join(leads), "、".join(others) or None


# "区发展改革委（牵头）、区财政局、各街道": the units a task names, the one leading it marked
_UNIT_SEPARATOR = re.compile(r"\s*[、，,；;/／]\s*|\s+")


def _marked_leads(cell: str) -> tuple[list[str], list[str]]:
    """The units marked （牵头） and the others, each in the cell's order; none when a piece does not
    end as a unit's name does (the cell is not a plain list of units)."""
    leads, others = [], []
    for unit in _UNIT_SEPARATOR.split(LEAD_MARK.sub(lambda m: m.group().replace(" ", ""), cell.strip(" 。；;，,"))):
        name = LEAD_MARK.sub("", unit).strip()
        if not UNIT_END.search(name):
            return [], []  # not a plain list of units ("区商务委（牵头），会同相关方面"): kept as written
        (leads if LEAD_MARK.search(unit) else others).append(name)
    return leads, others


# "区住建委（张三）", "区商务委/李四", "区教委 王五", "区国资委：赵六" under "责任单位及责任人": the unit, then its person
_UNIT_THEN_PERSON = re.compile(r"^(.+?)\s*(?:[(（]\s*([\u4e00-\u9fff·]{2,6})\s*[)）]|(?:[/／:：,，、\-—]|\s)\s*"
                               r"([\u4e00-\u9fff·]{2,6}))$")


def unit_and_person(cell: str | None) -> tuple[str | None, str | None]:
    """(the unit, its person) of a cell under "责任单位及责任人"; (the cell, None) where the cell names no person
    after a unit's name (a unit alone, two units, words)."""
    m = _UNIT_THEN_PERSON.match(cell or "")
    if not m or not UNIT_END.search(m.group(1)):
        return cell, None
    person = m.group(2) or m.group(3)
    if UNIT_END.search(person) or person[0] in "区市县各省" or "牵头" in person or "配合" in person:
        return cell, None  # "区商务委、区财政局", "区商务委（牵头）": units, or the lead's mark
    return m.group(1), person
