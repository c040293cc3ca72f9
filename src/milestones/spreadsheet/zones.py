"""The district's zones, areas and stages as tables name them: in a cell ("东部片区"), in a
heading row ("一、东部片区（16个）", "（一）续建项目"), in a sheet's name or the title."""
from __future__ import annotations

import re

from ..domain.nature import NATURE_WORDS
from .cells import UNIT_END, clean, norm


NO_ZONE_HEADING = "未分区项目"  # the heading over projects without a zone, in our exports and in offices' tables
NO_ZONE = {"未分区", NO_ZONE_HEADING, "区域未定", "未定区域"}  # not 其他: a class of its own in some tables
ZONE_WORDS = {"东部": "东部", "东部片区": "东部", "东": "东部", "中部": "中部", "中部片区": "中部", "中": "中部",
              "西部": "西部", "西部片区": "西部", "西": "西部", "全区": "全区", "全区性": "全区", "区级": "全区",
              # the whole district in other words
              "全域": "全区", "全区域": "全区", "全区范围": "全区", "跨片区": "全区", "跨区域": "全区", "多片区": "全区",
              # as the English interface names them (a list copied from it): the list's cells take them too
              "east": "东部", "central": "中部", "west": "西部", "district-wide": "全区", "districtwide": "全区"}


HEADING_COUNT = re.compile(r"[(（][^()（）]*[)）]$")  # "（16个）", "(共16个项目)" after a heading
_ZONE_SUFFIX = re.compile(r"(片区|板块|区域|地区|组团|片|区)$")  # "东片区", "东部板块", "西片", "东区", "东部组团"
# "渝中区东部", "渝中东部": the district's own name before its zone (not "中西部", "东中西部": zones listed)
_DISTRICT = re.compile(r"^(?![东中西]+部)(?:\w{1,4}[区县]|[\u4e00-\u9fff]{2,4}?)(?=[东中西]部)")


def zone_word(text: str | None) -> str | None:
    """The zone a cell or a category row names: "东部", "东部片区", "一、东部片区（16个）"."""
    if not text:
        return None
    t = _DISTRICT.sub("", heading_name(norm(text)))
    if t.isascii():
        t = t.lower()
    return ZONE_WORDS.get(t) or ZONE_WORDS.get(t.removesuffix("项目")) or ZONE_WORDS.get(_ZONE_SUFFIX.sub("", t))


# what a heading says of its projects after naming them: "东部片区：16个项目，总投资500亿元",
# "西部片区 共5个", "续建项目8个" (a list of zones, "东部，中部", says no figures and is kept whole)
_STATS_AFTER = re.compile(r"\s*[:：,，;；]\s*(?=(共|合计|计)?\s*\d+\s*(个|项)|总投资|计划投资|年度计划).*$")
_BRACKETED_COUNT = re.compile(r"\s*[(（]\s*(共|计)?\s*\d+\s*(个|项|条)[^()（）]{0,6}[)）]$")  # "（共8项指标）"
_COUNT_AFTER = re.compile(r"\s*(共|合计|计)?\s*\d+\s*(个|项)(项目)?.*$|\s*(共|合计|总投资|计划投资).*$")


def heading_name(text: str, any_brackets: bool = True) -> str:
    """A heading's name without the count or the totals after it ("东部片区：16个项目" → "东部片区");
    without ``any_brackets``, brackets that say no count stay ("社会民生（含教育）")."""
    if len(text) > _LONGEST_HEADING:  # a page in a cell is no heading (the count patterns: time as its length squared)
        return text
    below = _BELOW.match(text)
    if below:  # "以下为续建项目", "（以下为前期项目）": the rows below are of it
        text = below.group(1) or below.group(2)
    t = (HEADING_COUNT if any_brackets else _BRACKETED_COUNT).sub("", text)
    return _COUNT_AFTER.sub("", _STATS_AFTER.sub("", t)) or t


_LONGEST_HEADING = 200
_BELOW = re.compile(r"^(?:[(（]\s*(?:以下为|以下是|以下|下列为?)[:：]?\s*(.+?)\s*[)）]|"
                    r"(?:以下为|以下是|以下|下列为?)[:：]?\s*(.+))$")


_ZONE_LIST = re.compile(r"[、，,/／;；]|和|及|与")


# a zone and its area in one cell: "东部-解放碑", "中部片区/大坪", "东部片区（解放碑板块）"
_ZONE_THEN_AREA = re.compile(r"^([^-—–/／·(（]+?)\s*(?:[-—–/／·]\s*(.+)|[(（]\s*([^()（）]+?)\s*[)）])$")


_NO_AREA = re.compile(r"^(拟|待定|暂定|未定|暂无|其他|含.*|跨.*|等.*|部分|全部|(国家|省|市|区|县)级.*)$")


def zone_and_area(text: str) -> tuple[str, str] | None:
    """(zone, area) of a zone cell naming the area after the zone, else None."""
    m = _ZONE_THEN_AREA.match(norm(text))
    if not m:
        return None
    zone, area = zone_word(m.group(1)), (m.group(2) or m.group(3) or "").strip()
    if zone is None or zone == "全区" or not area or zone_word(area) or re.search(r"\d", area) \
            or _NO_AREA.match(area) or nature_word(area, heading=False) or level_word(area, heading=False):
        return None  # "东部、中部" spans zones; "东部片区（16个）" counts; "东部（续建）", "中部（待定）" say no area
    return zone, area


def spanning_zones(text: str) -> list[str]:
    """The zones a cell naming several of them lists ("东部、中部"), else nothing."""
    parts = [p for p in _ZONE_LIST.split(norm(text)) if p]
    zones = [zone_word(p) for p in parts]
    return zones if len(parts) > 1 and all(zones) and len(set(zones)) > 1 and "全区" not in zones else []


def zone_in_title(title: str | None) -> str | None:
    """"2025年东部片区重点项目": the zone of every project of the table."""
    m = re.search(r"([东中西])部片区", norm(title))
    return f"{m.group(1)}部" if m else None


def area_in_title(title: str | None) -> str | None:
    """"化龙桥片区2024年重点项目", "2024年重点项目计划表（解放碑片区）": the area of every project of the table, as a
    sheet's name may give it (a zone is :func:`zone_in_title`'s; the district itself is no area)."""
    if not title:
        return None
    t = _DISTRICT_PREFIX.sub("", norm(title))
    m = _AREA_BEFORE_YEAR.match(t) or _AREA_IN_BRACKETS.search(t)
    area = area_word(m.group(1)) if m else None
    if area is None:
        return None
    named = area[:_AREA_HEADING.search(area).start()]  # a place's name before 片区: "（园区）", "（各街道）" name none
    return area if len(named) >= 2 and not _NO_PLACE.match(named) else None


# the district a title opens with, after its province and city: "渝中区", "重庆市渝中区"
_DISTRICT_NAME = r"(?:\w{2,3}[省市])?(?:\w{2,3}市)?([\u4e00-\u9fff]{2,3}?[区县])"
_DISTRICT_PREFIX = re.compile(rf"^{_DISTRICT_NAME}(?=[\u4e00-\u9fff])")
_AREA_BEFORE_YEAR = re.compile(r"^([\u4e00-\u9fff—\-]{2,14}?)(?=(?:19|20)\d{2}年)")
_AREA_IN_BRACKETS = re.compile(r"\(([^()]{2,14})\)$")  # (NFKC made the brackets half-width)
_NO_PLACE = re.compile(r"^(各|其他|其它|全|所有|部分|相关|重点|主要|城市|产业)")


_DISTRICT_IN_TITLE = re.compile(rf"^{_DISTRICT_NAME}(?=\d|年|重点|主要|国民|“|《)")
# every street or town of the district: the whole of it
_ALL_PLACES = re.compile(r"^(?:全区|区内|辖区|区属)?(?:各|所有|全部)(?:街道|镇街|乡镇|镇|片区|板块)$")


def whole_district(cell: str, title: str | None) -> bool:
    """A zone cell naming the whole district in its own words: the district the title names ("渝中区" in a list titled
    "渝中区2024年重点项目…", "渝中" too), or every street of it ("各街道")."""
    said = norm(cell)
    if _ALL_PLACES.match(said):
        return True
    m = _DISTRICT_IN_TITLE.match(norm(title)) if title else None
    return bool(m) and said in (m.group(1), m.group(1)[:-1])


_AREA_HEADING = re.compile(r"(板块|片区|园区|商圈|风貌带|产业带|商务区|组团|功能区|街区|产业园|街道)$")


def area_word(text: str | None) -> str | None:
    """A heading naming a part of a zone: "（一）解放碑—朝天门板块", "化龙桥片区（5个）"."""
    if not text or zone_word(text):
        return None
    t = heading_name(clean(text) or "").strip()
    return t if _AREA_HEADING.search(t) else None


# what a project database's 建设性质 says: the kind of building (新建, 改扩建), not the stage the plan counts (新开工, 续建)
BUILDING_KINDS = {"新建", "扩建", "改建", "改扩建", "迁建", "重建", "恢复", "恢复建设", "技术改造", "技改", "新建项目",
                  "扩建项目", "改建项目", "改扩建项目", "迁建项目"}
# "计划新开工", "力争新开工": 新开工, as the list counts them
_NATURE_LEAD = re.compile(r"^(计划|拟|年内|本年|当年|力争|争取|预计|确保)")


def nature_word(text: str | None, heading: bool = True) -> str | None:
    """The nature a category row names ("（一）续建项目", "新开工项目（8个）"), or with ``heading``
    false a cell ("在建", "计划新开工": not 计划完工, a nature of its own; a remark in brackets keeps
    the cell as typed)."""
    if not text:
        return None
    said = (heading_name(norm(text)) if heading else norm(text)).removesuffix("项目")
    if heading and said in _COMPLETIONS:  # "（二）竣工项目" over a plan's projects: those it is to complete
        return "计划完工"
    return NATURE_WORDS.get(said) or NATURE_WORDS.get(_NATURE_LEAD.sub("", said))


# a plan's heading over the projects it is to complete in the year ("竣工项目", "建成投用项目"); in a cell the word
# may say it is done (a report's 项目状态: 竣工), so only a heading reads it so
_COMPLETIONS = {"竣工", "完工", "建成", "投产", "竣工投产", "建成投产", "建成投用", "竣工投用", "完工投用", "投用"}


_LEVEL_HEADING = re.compile(r"^(国家级|省级|市级|区级|县级)重点(?:建设)?项目$")
_LEVEL_CELL = re.compile(r"^(国家级|省级|市级|区级|县级)重点(?:建设)?(?:项目)?$")


def level_word(text: str | None, heading: bool = True) -> str | None:
    """A category row naming the projects' level: "一、市级重点项目" gives 市级重点, as the level column says it;
    with ``heading`` false a cell ("市级重点项目", "区级重点")."""
    if not text:
        return None
    m = _LEVEL_HEADING.match(heading_name(norm(text))) if heading else _LEVEL_CELL.match(norm(text))
    return f"{m.group(1)}重点" if m else None


# a heading naming the unit in charge of the projects under it: "区住房城乡建委（3个）", "责任单位：区教委",
# "区商务委牵头"; a name a unit's name ends with (委, 局, 中心, 公司 …) and no zone, area, stage or level
_UNIT_SAID = re.compile(r"^(?:(?:[一二三四五六七八九十]+|\d+)[、.．]\s*|[(（](?:[一二三四五六七八九十]+|\d+)[)）]\s*)?"
                        r"(?:(?:责任|牵头|主管|建设)单位\s*[:：]\s*)?([\u4e00-\u9fff（）()]{2,30}?)\s*(?:牵头)?(?:项目)?$")


# a heading with the unit leading its part in brackets after it: "一、扩大有效投资（牵头单位：区发展改革委）",
# "二、提振消费（区商务委牵头）"
_LED = re.compile(r"^(.+?)\s*[(（]\s*(?:(?:牵头|责任|主责)(?:单位|部门)\s*[:：]\s*([^()（）]+?)|([^()（）:：]+?)\s*牵头)\s*[)）]$")


def heading_and_lead(text: str | None) -> tuple[str, str] | None:
    """A section heading without the unit its brackets name as leading it, and that unit; None for a heading
    naming none."""
    m = _LED.match(text or "")
    return (m.group(1), (m.group(2) or m.group(3)).strip()) if m else None


def unit_word(text: str | None) -> str | None:
    """The responsible unit a category row names ("区住房城乡建委（3个）"), else None."""
    if not text or zone_word(text) or area_word(text) or nature_word(text) or level_word(text):
        return None
    m = _UNIT_SAID.match(heading_name(clean(text) or "").strip())
    return m.group(1) if m and UNIT_END.search(m.group(1)) else None


_GROUP_COUNT = re.compile(r"[(（]\s*(共)?\d+\s*(个|项)(项目)?\s*[)）]$")  # "（16个）" after a heading


_UNIT_LABEL = re.compile(r"^(?:责任|牵头|主管|建设)单位\s*[:：]")


def says_a_group(text: str) -> bool:
    """A heading even alone on its row under a 序号 column: it counts its projects ("区教委（2个）") or labels a unit
    ("牵头单位：区商务委"); a bare name there ("大坪商圈") may be a project not numbered yet."""
    return bool(_GROUP_COUNT.search(text) or _UNIT_LABEL.match(text) and unit_word(text))


def names_a_group(text: str) -> bool:
    """A zone, an area, a stage ("续建项目"), a level ("市级重点项目") or a heading counting its projects:
    not a project's name."""
    return bool(zone_word(text) or area_word(text) or nature_word(text) or level_word(text)
                or _GROUP_COUNT.search(text))
