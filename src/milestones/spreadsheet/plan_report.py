"""The measures and quantified targets of a plan report (计划报告), read from its text.

An office's plan is its published report, a Word document or its text. Its part "三、2024年工作思路和具体举措"
holds the sections, "（一）更好落实重大战略部署,抢抓机遇促发展。…", each followed by its measures: a paragraph
each, whose first sentence names the measure ("全力投入成渝地区双城经济圈建设") and whose clauses with a figure
("签约正式合同额600亿元", "经西部陆海新通道货运量与货值量增长15%以上") are its quantified targets.

They are laid out as a task list — 部分 | 举措 | 工作措施 (the paragraph) | 量化目标 — and read as one, so the
preview shows them matched to what the plan holds before anything is written, and an office checks them there.
A clause with no figure ("做强工程技术与设计服务") is left out: the preview says how many were read and that
the tasks without a figure are not among them. Typing the plan's 111 targets from its report by hand was the
alternative (the bundled 2024 plan's were chosen by hand: this reader finds 100 of them).
"""
from __future__ import annotations

import datetime as dt
import itertools
import re

from .grid import Sheet
from .measures import MEASURE_NUMBER as _SECTION  # "（一）": a section of the report's measures part
from .measures import SECTION_NUMBER as _PART  # "三、": a part of the report

__all__ = ["report_sheet", "quantified", "stated_figures", "plan_facts"]

# the part of the report that says what the year will do, as reports title it
_MEASURES_PART = re.compile(r"工作思路|具体举措|主要任务|重点工作|工作安排|重点任务|主要举措|工作举措|工作部署")
_YEAR = re.compile(r"((?:19|20)\d\d)年")
_NOTE = re.compile(r"\[\[\d+\]\]|\[\d+\]|[①-⑳]")  # a footnote's mark, in the text or the document
_CLAUSE = re.compile(r"[，,；;。！!？?]")
_SENTENCE = re.compile(r"(?<=[。；;！!？?])")
# "一是做强工程技术与设计服务,…,力争规上企业营业收入增长15%。二是做大人力资源服务,…,力争…增长12%": what each
# figure is of is said by its sentence's first clause
_ENUMERATED = re.compile(r"^(?:[一二三四五六七八九十]+是|[(（][0-9一二三四五六七八九十]+[)）]|\d+(?:[、．]|\.(?!\d)))\s*")
# a name in quotes, not a figure: the "1146" 软信产业发展体系, the "1+5" 行动, "11241" 现代产业体系
_QUOTED = re.compile(r"[“\"「『][^”\"」』]{0,40}[”\"」』]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
# a number that is a date or a name, not an amount: 2024年, 3月, 18号线, 5A级, R5R6, T3
_NOT_AN_AMOUNT = re.compile(r"(?:19|20)\d\d年|\d{1,2}月|\d+号|\d+[A-Za-z]")


def quantified(clause: str) -> bool:
    """Whether ``clause`` holds an amount (a target's figure), not only a year, a month or a name."""
    text = _QUOTED.sub("", clause)
    for m in _NUMBER.finditer(text):
        if m.start() and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha():
            continue  # R5, T3: a building's name
        if _NOT_AN_AMOUNT.match(text, m.start()):
            continue
        return True
    return False


def _clauses(body: str) -> list[str]:
    return [c.strip() for c in _CLAUSE.split(_NOTE.sub("", body)) if c.strip()]


def _targets(body: str) -> list[str]:
    """The quantified clauses of a measure's paragraph (after its name); in an enumerated sentence ("一是…"), each
    after the sentence's first clause, which says what it counts."""
    found: list[str] = []
    for sentence in _SENTENCE.split(body):
        clauses = _clauses(sentence)
        if not clauses:
            continue
        lead = _ENUMERATED.match(clauses[0])
        # the lead says what the figures count where it is a heading ("做强工程技术与设计服务"), not a target itself
        heading = lead is not None and not quantified(clauses[0][lead.end():])
        for k, clause in enumerate(clauses):
            if not quantified(clause):
                continue
            if heading and k:
                clause = f"{clauses[0][lead.end():]}，{clause}"
            elif lead and not k:
                clause = clause[lead.end():]
            found.append(clause)
    return found


# what the report states about its own lists: the dashboard holds what is listed against it ("已列入 7 / 计划 65")
_KEY_PROJECTS = re.compile(r"(\d+)个(?:区级|市级|区级以上)?重点项目|重点项目(\d+)个")
_ANNUAL = re.compile(r"年度(?:计划)?投资(?:约|达|超过|预计)?(\d+(?:\.\d+)?)亿元")
_BINDING = re.compile(r"约束性指标(\d+)项")
_EXPECTED = re.compile(r"预期性指标(\d+)项")
_ALL_INDICATORS = re.compile(r"共(?:计|有)?(\d+)项")
_TARGETS_PART = re.compile(r"计划安排|主要目标|预期目标|目标建议")
# the part on the year before ("一、2023年计划执行情况") and what it says of that year's indicators: "年度23项计划指标中,
# 剔除调整的3项指标外…地区生产总值等17项指标实现年度目标,…3项未能完成"
_RESULTS_PART = re.compile(r"执行情况|完成情况|工作回顾")
_RESULTS = (("", re.compile(r"(\d+)项(?:计划|主要|预期)?指标")),
            ("_adjusted", re.compile(r"调整的?(\d+)项")),
            ("_met", re.compile(r"(\d+)项(?:指标)?(?:实现|完成|达到)(?:了)?(?:年度|全年|预期)?目标")),
            ("_not_met", re.compile(r"(\d+)项(?:指标)?未(?:能|)(?:完成|实现|达到)")))
# "力争一季度开工重庆长滨、红楼宾馆综合改造等项目5个,完工重庆中心T3塔楼": the quarter's starts and completions
_QUARTER_PLAN = re.compile(r"(?:力争|确保|计划)?([一二三四])季度开工")
_COUNT = re.compile(r"(\d+)个")


def _parts(lines: list[str]) -> list[tuple[str, list[str]]]:
    """The report's parts ("一、…", "二、…"), each its heading and its lines."""
    parts: list[tuple[str, list[str]]] = []
    for ln in lines:
        if _PART.match(ln):
            parts.append((ln, []))
        elif parts:
            parts[-1][1].append(ln)
    return parts


def stated_figures(lines: list[str], year: int | None) -> list[dict]:
    """The figures the report states about the year's lists — how many key projects and their year's investment
    (in the measures part: the year before's are in the part on last year), how many indicators and of them binding
    and expected (in the part on the year's targets) — as the bundled plan keeps them (StatedFigure)."""
    found: list[dict] = []
    lines = [_NOTE.sub("", ln.strip()) for ln in lines if ln.strip()]
    if year is not None:
        found += _quarter_plans(lines, year)
    for heading, body in _parts(lines):
        text = "\n".join(body)
        source = heading[:40]
        if _MEASURES_PART.search(heading[:40]):
            for key, pattern, unit in (("key_projects", _KEY_PROJECTS, "个"), ("annual_investment", _ANNUAL, "亿元")):
                m = pattern.search(text)
                if m:
                    value = next(g for g in m.groups() if g is not None)  # "65个重点项目" or "重点项目65个"
                    found.append({"key": key, "value": float(value), "unit": unit, "text": m.group(0),
                                  "source": source})
        elif _RESULTS_PART.search(heading[:40]) and year is not None:
            found += _last_years_results(body, year - 1, source)
        elif _TARGETS_PART.search(heading[:40]) and year is not None:
            paragraph = next((p for p in body if _BINDING.search(p) or _EXPECTED.search(p)), None)
            if paragraph is None:
                continue
            before = paragraph[:min(m.start() for m in (_BINDING.search(paragraph), _EXPECTED.search(paragraph)) if m)]
            total = list(_ALL_INDICATORS.finditer(before))
            for key, m in ((f"indicators_{year}", total[-1] if total else None),
                           (f"indicators_{year}_binding", _BINDING.search(paragraph)),
                           (f"indicators_{year}_expected", _EXPECTED.search(paragraph))):
                if m:
                    found.append({"key": key, "value": float(m.group(1)), "unit": "项", "text": m.group(0),
                                  "source": source})
    return found


def _last_years_results(body: list[str], year: int, source: str) -> list[dict]:
    """How many of the year before's indicators the report says were met, not met and adjusted, and of how many — from
    the paragraph saying it (the first naming a count of 项 indicators with 实现 or 未完成 beside it)."""
    paragraph = next((p for p in body if _RESULTS[0][1].search(p) and (_RESULTS[2][1].search(p)
                                                                        or _RESULTS[3][1].search(p))), None)
    if paragraph is None:
        return []
    out = []
    for suffix, pattern in _RESULTS:
        # the total is the largest count ("年度23项计划指标中,剔除调整的3项指标外"); each other the first said
        found = sorted(pattern.finditer(paragraph), key=lambda m: -int(m.group(1))) if not suffix \
            else list(pattern.finditer(paragraph))
        m = found[0] if found else None
        if m:
            out.append({"key": f"indicators_{year}{suffix}", "value": float(m.group(1)), "unit": "项",
                        "text": m.group(0), "source": source})
    return out


def _quarter_plans(lines: list[str], year: int) -> list[dict]:
    """The quarters' planned starts and completions the measures part states, each sentence "（力争）N季度开工…等项目
    5个,完工…等项目3个" (a completion naming one project and no count is one), as the plan keeps them (QuarterTarget):
    the dashboard's 开工计划 / 完工计划."""
    plans: dict[int, dict] = {}
    for heading, body in _parts(lines):
        if not _MEASURES_PART.search(heading[:40]):
            continue
        for sentence in (s.strip() for p in body for s in p.split("。")):
            m = _QUARTER_PLAN.search(sentence)  # after the sentence's own words ("…65个重点项目建设,力争一季度开工…")
            if m is None or "一二三四".index(m.group(1)) + 1 in plans:
                continue
            sentence = sentence[m.start():]
            start, _, done = sentence.partition("完工")
            starts = _COUNT.findall(start)
            if not starts:
                continue
            completions = (int(_COUNT.findall(done)[-1]) if _COUNT.findall(done) else 1) if done.strip(" ,，") else None
            q = "一二三四".index(m.group(1)) + 1
            plans[q] = {"quarter": f"{year}Q{q}", "starts": int(starts[-1]), "completions": completions,
                        "text": sentence, "source": heading[:40]}
    return [plans[q] for q in sorted(plans)]


def _said(f: dict) -> str:
    if "quarter" in f:
        q = "一二三四"[int(f["quarter"][-1]) - 1]
        return f"{q}季度开工{f['starts']}个" + (f"、完工{f['completions']}个" if f["completions"] is not None else "")
    value = f"{f['value']:g}"
    key = f["key"]
    if key == "key_projects":
        return f"重点项目{value}个"
    if key == "annual_investment":
        return f"年度投资{value}亿元"
    if key.endswith("_binding"):
        return f"约束性指标{value}项"
    if key.endswith("_expected"):
        return f"预期性指标{value}项"
    year = key.split("_")[1]
    for suffix, word in (("_not_met", "未完成"), ("_met", "完成"), ("_adjusted", "调整")):
        if key.endswith(suffix):
            return f"{year}年指标{word}{value}项"
    return f"{year}年指标{value}项"


# the report's title names the plan's year: "…2023年国民经济和社会发展计划执行情况及2024年计划草案的报告"
_PLAN_OF_YEAR = re.compile(r"((?:19|20)\d\d)年(?:国民经济和社会发展)?计划(?!执行)")


def _plan_year(lines: list[str], start: int) -> int | None:
    """The plan's year: the measures part's heading names it ("三、2024年工作思路和具体举措"), else the report's
    title above it does (its 计划草案, not the 执行情况 of the year before)."""
    said = _YEAR.search(lines[start])
    if said:
        return int(said.group(1))
    years = [int(m.group(1)) for ln in lines[:start] for m in _PLAN_OF_YEAR.finditer(ln)]
    return max(years) if years else None


# the report's own title, its district first: "重庆市渝中区2023年国民经济和社会发展计划执行情况及2024年计划草案的报告"
# (on a line of its own, perhaps broken in two, or quoted in the notice that issues it: 《…》)
_REPORT_DISTRICT = re.compile(r"^([\u4e00-\u9fff]{2,12}?(?:自治县|自治旗|新区|区|县|市|旗))\s*\d{4}\s*年国民经济和社会发展")
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,10}[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*\d{1,4}\s*号")
_SIGNED_BY = re.compile(r"^[\u4e00-\u9fff]{2,20}(?:人民政府|人民政府办公室|发展和改革委员会|发展改革委)$")
_PUBLISHED_BY = re.compile(r"(?:发布机构|发文机关)[:：\s]*([\u4e00-\u9fff]{2,20})")
_SIGNED_ON = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$")
_WRITTEN_ON = re.compile(r"成文日期[:：\s]*(\d{4})-(\d{1,2})-(\d{1,2})")


def plan_facts(lines: list[str]) -> dict:
    """What the report's head says of the plan it issues: the district (jurisdiction), 发文字号 (document_number),
    the office issuing it (issuing_office) and the day (issued_on) — read from the lines before its first part, what
    a district's first plan made from its report had none of ("2024年国民经济和社会发展计划", no 文号, on every
    printout)."""
    head = list(itertools.takewhile(lambda ln: not _PART.match(ln), lines))[:80]
    facts: dict = {}
    for line in head:
        for said in (line, *re.findall(r"《([^》]+)》", line)):
            m = _REPORT_DISTRICT.match(said)
            if m and "jurisdiction" not in facts:
                facts["jurisdiction"] = m.group(1)
        if "document_number" not in facts and (m := _DOCUMENT_NUMBER.search(line)):
            facts["document_number"] = re.sub(r"\s+", "", m.group(0))
        if _SIGNED_BY.match(line):
            facts["issuing_office"] = line  # the signature under the notice: the office's full name
        elif "issuing_office" not in facts and (m := _PUBLISHED_BY.search(line)):
            facts["issuing_office"] = m.group(1)
        day = _SIGNED_ON.match(line) or (None if "issued_on" in facts else _WRITTEN_ON.search(line))
        if day:
            try:
                facts["issued_on"] = dt.date(*map(int, day.groups()))
            except ValueError:  # "2024年2月30日": no day
                pass
    return facts


def report_sheet(lines: list[str], name: str) -> Sheet | None:
    """The measures part of a report's ``lines`` (its paragraphs, in order) as a task list, or None when the lines
    hold no such part (a table's text, a letter) or it names no section."""
    lines = [ln.strip() for ln in lines if ln.strip()]
    start = next((i for i, ln in enumerate(lines) if _PART.match(ln) and _MEASURES_PART.search(ln[:40])), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if _PART.match(lines[i]) or lines[i].startswith("附件")),
               len(lines))
    year = _plan_year(lines, start)
    rows: list[list[str]] = []
    section = None
    measures = 0
    for line in lines[start + 1:end]:
        if _SECTION.match(line):
            # "（一）更好落实重大战略部署,抢抓机遇促发展。深入落实…": the heading is its first sentence
            section = _NOTE.sub("", line.split("。")[0]).strip()
            continue
        if section is None:
            continue  # the part's opening paragraph, before its first section
        head, stop, body = line.partition("。")
        first = head.find("一是")
        if 0 < first <= 60 and len(head) > first + 2:
            # "加快推进“一保两久”项目和已征收地块开发利用一是继续…": the report's full stop missing after the name
            head, stop, body = head[:first], "。", line[first:]
        if not stop or len(head) > 60:
            continue  # no measure's name before a full stop: a paragraph of the section's own words
        measures += 1
        measure = _NOTE.sub("", head).strip()
        targets = list(dict.fromkeys(_targets(body)))  # a clause said twice in one paragraph is one target
        # a measure with no figure is a task to be done: itself its one target, judged by a word (完成 or not), as
        # task lists carry such tasks — else it was missing from the plan's measures altogether
        for target in targets or [measure]:
            rows.append([section, measure, line, target])
    if not rows:
        return None
    title = f"{year}年工作举措与量化目标（摘自计划报告）" if year else "工作举措与量化目标（摘自计划报告）"
    sheet = Sheet(name, [[title], ["部分", "举措", "工作措施", "量化目标"], *rows], [(0, 0, 0, 3)])
    sheet.stated = stated_figures(lines, year)
    sheet.plan_facts = plan_facts(lines)
    qualitative = sum(1 for r in rows if r[1] == r[3])
    # (the targets are counted by the preview: a cell saying two figures, "分别增长15%和10%", is two of them)
    sheet.notes.append(f"从计划报告“{lines[start][:30]}”读出{measures}项举措及其量化目标；其中{qualitative}项没有数字，"
                       "以举措本身为目标（按是否完成评价）；句中没有数字的其他任务未列为目标，请对照报告核对")
    issued = [str(v) if not isinstance(v, dt.date) else f"{v.year}年{v.month}月{v.day}日"
              for v in (sheet.plan_facts.get(k) for k in ("document_number", "issuing_office", "issued_on")) if v]
    if issued:
        sheet.notes.append("报告的文号、印发单位和日期：" + "，".join(issued) + "；计划中尚未记的记入计划（编辑 → 计划数…）")
    if sheet.stated:
        sheet.notes.append("报告所述计划数：" + "，".join(_said(f) for f in sheet.stated)
                           + "；计划中尚未记的记入计划，概览以此对照已列入的")
    return sheet
