"""Attachment tables made at random from the layouts the issue names, with the values
they hold: what a planner's office might send that this project has never seen.

Indicator tables (附件1): an "附件1" row or not, a title with the year, the header on one
row or two ("2023年" merged over 目标 | 完成), headers with stray spaces, full-width
characters or line breaks, the unit as a column or in brackets after the name, the
category as a column or as rows, a status and an attribute column or not, numbers as
text with "%" or thousands separators, a note below.

Key-project tables: 亿元 or 万元 (in the headers or as "单位：万元" above the table), zone
as a column (东部 / 东部片区 / 渝中区东部) or as heading rows with counts, area headings
under them, a 合计 row, blank rows, the header under group headings (项目基本情况,
投资情况（万元）, 建设周期) or not, quarters in four notations or start and completion in
one column (a span, or two dates stacked in the cell), 截至上年底累计完成投资, a progress
report's running total and 项目进展 (its quarter in the title or not), the nature as typed
(新开工项目, 在建) and the owner, a 类别 column of classes, natures or levels, a package
project's parts numbered 1.1, 1.2 (counted with it), a note below.

Target tables (附件2): last year's figure beside the year's target (and a growth column, the
target's), binding as a column or as ★ explained by a note. Task breakdowns: sections as heading rows, a task and its
target (subject, figure, unit) per row or a task merged over several, the section as heading rows or a
column, 配合单位 or not, a deadline in seven notations.
"""
from __future__ import annotations

import random

FULL_WIDTH = str.maketrans("0123456789.%()", "０１２３４５６７８９．％（）")

def deco(rnd: random.Random, h: str) -> str:
    """A heading as people type it: stray spaces, full-width characters, a line break."""
    r = rnd.random()
    if r < 0.2 and len(h) >= 2:
        return h[0] + "  " + h[1:]
    if r < 0.3:
        return h.translate(FULL_WIDTH)
    if r < 0.4 and len(h) >= 3:
        return h[:2] + "\n" + h[2:]
    return h


NAMES_I = ["地区生产总值增速", "城镇新增就业", "一般公共预算收入", "空气质量优良天数", "社会消费品零售总额", "研发经费投入强度",
           "居民人均可支配收入增速", "单位地区生产总值能耗降低", "城镇调查失业率", "实际使用外资"]
UNITS = ["%", "万人", "亿元", "天", "%", "%", "%", "%", "%", "亿美元"]
NAMES_P = ["重庆长滨{}号", "解放碑步行街提升{}期", "化龙桥商务区{}号地块", "大坪商圈更新{}", "鹅岭二厂{}期", "两路口枢纽{}期"]


def indicator_table(rnd: random.Random, ws):
    year = rnd.choice([2022, 2023, 2024])
    truth = []
    cats = rnd.random() < 0.5
    cat_as_col = cats and rnd.random() < 0.5
    unit_col = rnd.random() < 0.6
    name_h = rnd.choice(["指标", "指标名称", "主要指标"])
    tgt_h = rnd.choice(["目标", "目标值", "预期目标"])
    act_h = rnd.choice(["完成", "完成值", "实际", "实际完成"])
    st_h = rnd.choice(["完成情况", "是否完成", None])
    attr_h = rnd.choice(["属性", "指标属性", "指标性质", None])
    two_row = rnd.random() < 0.5
    if rnd.random() < 0.5:
        ws.append(["附件1"])
    ws.append([f"{year}年经济社会发展主要目标完成情况表"])
    head = ["序号"] + (["类别"] if cat_as_col else []) + [name_h] + (["单位"] if unit_col else [])
    if two_row:
        top = head + [f"{year}年", None] + ([st_h] if st_h else []) + ([attr_h] if attr_h else [])
        sub = [None] * len(head) + [tgt_h, act_h] + ([None] if st_h else []) + ([None] if attr_h else [])
        r0 = ws.max_row + 1
        ws.append([deco(rnd, h) if h else h for h in top])
        ws.append(sub)
        for c, h in enumerate(top, start=1):
            if h and c != len(head) + 1:
                ws.merge_cells(start_row=r0, start_column=c, end_row=r0 + 1, end_column=c)
        ws.merge_cells(start_row=r0, start_column=len(head) + 1, end_row=r0, end_column=len(head) + 2)
    else:
        ws.append([deco(rnd, h) for h in head + [f"{year}年{tgt_h}", f"{year}年{act_h}"] + ([st_h] if st_h else [])
                   + ([attr_h] if attr_h else [])])
    picks = rnd.sample(range(len(NAMES_I)), rnd.randint(2, 8))
    cat_names = ["经济发展", "民生福祉"]
    wrapped = unit_col and rnd.random() < 0.15  # copied from a PDF: a long name broken onto a row with no 序号
    plain_cats = rnd.random() < 0.3  # the category typed in the name column, unnumbered
    name_at = 2 if cat_as_col else 1
    for k, i in enumerate(picks):
        cat = cat_names[0] if k < len(picks) / 2 else cat_names[1]
        if cats and not cat_as_col and (k == 0 or cat != (cat_names[0] if k - 1 < len(picks) / 2 else cat_names[1])):
            ws.append([None] * name_at + [cat] if plain_cats else [f"{'一' if cat == cat_names[0] else '二'}、{cat}"])
        name, unit = NAMES_I[i], UNITS[i]
        tv = round(rnd.uniform(1, 500), 1)
        av = round(tv * rnd.uniform(0.8, 1.2), 2)
        t_cell = rnd.choice([tv, str(tv), f"{tv}左右", f"≥{tv}", f"{tv}以上"])
        a_cell = rnd.choice([av, str(av), f"{av:,}"]) if unit != "%" else rnd.choice([av, f"{av}%"])
        verdict = rnd.choice(["完成", "未完成"])
        said_after = not st_h and rnd.random() < 0.3  # "5.16（完成）": the verdict after the figure
        if said_after:
            a_cell = f"{a_cell}{rnd.choice(['（', '(', '，', ' '])}{verdict}{'）' if rnd.random() < 0.5 else ''}"
        nm = name if unit_col else f"{name}（{unit}）"
        row = [k + 1] + ([cat] if cat_as_col else []) + [nm] + ([unit] if unit_col else []) + [t_cell, a_cell]
        if st_h:
            row.append(verdict)
        if attr_h:
            row.append(rnd.choice(["约束性", "预期性"]))
        line = None
        if wrapped and rnd.random() < 0.5:
            cut = rnd.choice([i for i in range(2, len(nm) - 1) if "\u4e00" <= nm[i] <= "\u9fff"] or [0])
            if cut:
                row[name_at], line = nm[:cut], [None] * name_at + [nm[cut:]]
        ws.append(row)
        if line:
            ws.append(line)
        truth.append({"name": name, "unit": unit, "target": tv, "actual": av, "category": cat if cats else None,
                      "status": verdict if st_h or said_after else None})
    if rnd.random() < 0.5:
        ws.append(["注：带★的为约束性指标。" if rnd.random() < 0.3 else "注：数据为初步统计。"])
    return "indicator_results", year, truth


def project_table(rnd: random.Random, ws):
    year = rnd.choice([2023, 2024, 2025])
    wan = rnd.random() < 0.5
    unit = "万元" if wan else "亿元"
    zone_rows = rnd.random() < 0.5
    if rnd.random() < 0.5:
        ws.append(["附件3"])
    # a progress report: what was invested to a quarter's end and where each project stands, under a
    # title that names the quarter or not (the running total says which)
    report = rnd.randint(1, 4) if rnd.random() < 0.25 else None
    if report:
        said = rnd.choice(["", f"{'一二三四'[report - 1]}季度", f"1-{report * 3}月"])
        ws.append([rnd.choice([f"{year}年{said}重点项目推进情况表", f"{year}年重点项目{said}建设进展情况"])])
    else:
        ws.append([f"{year}年重点项目计划表"])
    name_h = rnd.choice(["项目名称", "项目"])
    zone_h = rnd.choice(["区域", "所属区域", "片区"])
    area_h = rnd.choice(["板块", "所属板块", "功能区"])
    cls_h = rnd.choice(["类别", "项目类别"])
    unit_line = rnd.random() < 0.3
    if unit_line:
        ws.append([f"单位：{unit}"])
        tot_h, ann_h = "总投资", rnd.choice(["年度计划投资", f"{year}年计划投资"])
    else:
        tot_h = f"总投资（{unit}）" if rnd.random() < 0.7 else f"总投资\n({unit})"
        ann_h = rnd.choice([f"年度计划投资（{unit}）", f"{year}年计划投资（{unit}）"])
    st_h = rnd.choice(["开工时间", "计划开工"])
    en_h = rnd.choice(["完工时间", "竣工时间", "计划竣工"])
    ru_h = rnd.choice(["责任单位", "牵头单位"])
    one_column = rnd.random() < 0.3  # 开竣工时间 in one column: "2024.03-2025.12", or the two dates stacked
    before = rnd.random() < 0.4  # 截至上年底累计完成投资 beside the total
    bf_h = rnd.choice([f"截至{year - 1}年底累计完成投资", "截至上年底累计完成投资", f"{year - 1}年底前累计完成投资"])
    bf_h = bf_h if unit_line else f"{bf_h}（{unit}）"
    packages = rnd.random() < 0.15  # parts numbered 1.1, 1.2 under their package project
    area_rows = zone_rows and rnd.random() < 0.5  # "（一）解放碑板块" under "一、东部片区"
    dates = [rnd.choice(["开竣工时间", "计划开竣工时间", "建设起止时间"])] if one_column else [st_h, en_h]
    cols = (["序号", name_h] + ([] if zone_rows else [zone_h]) + ([] if area_rows else [area_h])
            + [cls_h, tot_h] + ([bf_h] if before else []) + [ann_h] + dates + [ru_h])
    nature_h = rnd.choice(["建设性质", "项目性质", "性质", None, None, None])
    owner_h = rnd.choice(["业主单位", "建设单位", "项目业主", None, None])
    # what the 类别 column holds: a class, or (项目类型) a nature, or a level
    cls_kind = rnd.choice(["class", "class", "class", "nature", "level"])
    cols += [h for h in (nature_h, owner_h) if h]
    if report:
        done_h = rnd.choice([f"1-{report * 3}月完成投资", f"{year}年1-{report * 3}月累计完成投资"])
        cols += [done_h if unit_line else f"{done_h}（{unit}）", rnd.choice(["项目进展", "形象进度", "进展情况"])]
        figure = "actual" if report == 1 and "累计" not in done_h else "to_date"  # 1-3月 is the first quarter's own
    if rnd.random() < 0.35:
        _grouped_header(rnd, ws, cols, year, unit, unit_line, one_column, before)
    else:
        ws.append([deco(rnd, h) for h in cols])
    if rnd.random() < 0.3:
        ws.append([None, "合计", None, None, None, 12345, 678])
    truth = []
    zones = ["东部", "中部", "西部"]
    # copied from the published PDF: a long name or unit broken onto a second row with no 序号
    wrapped = rnd.random() < 0.15
    n = rnd.randint(2, 9)
    k = 0
    for z in zones:
        if zone_rows:
            ws.append([f"{'一二三'[zones.index(z)]}、{z}片区（{n}个）"])
        if area_rows:
            ws.append([f"（一）{z}某板块"])
        for j in range(n):
            k += 1
            name = rnd.choice(NAMES_P).format(k)
            tot = round(rnd.uniform(1, 90), 2)
            ann = round(tot * rnd.uniform(0.1, 0.5), 2)
            sy, sq = rnd.choice([year - 1, year]), rnd.randint(1, 4)
            ey = sy + rnd.randint(0, 2)
            eq = rnd.randint(1, 4) if ey > sy else rnd.randint(sq, 4)
            start = rnd.choice([f"{sy}年{'一二三四'[sq-1]}季度", f"{sy}Q{sq}", f"{sy}.{sq*3:02d}", f"{sy}年{sq*3}月"])
            end = rnd.choice([f"{ey}年{'一二三四'[eq-1]}季度", f"{ey}Q{eq}", f"{ey}年{eq*3}月", f"{ey}年{eq*3}月底前"])
            t_cell = tot * 10000 if wan else tot
            a_cell = ann * 10000 if wan else ann
            if rnd.random() < 0.3:
                t_cell = f"{t_cell:,.2f}"
            zone_cell = rnd.choice([z, f"{z}片区", f"渝中区{z}"])
            if one_column:
                span = rnd.choice([f"{sy}.{sq * 3:02d}-{ey}.{eq * 3:02d}", f"{sy}年{'一二三四'[sq - 1]}季度至{ey}年"
                                   f"{'一二三四'[eq - 1]}季度", f"开工：{sy}年{sq * 3}月\n竣工：{ey}年{eq * 3}月"])
                dated = [span]
            else:
                dated = [start, end]
            bf = round(tot * rnd.uniform(0, 0.5), 2)
            cls_cell, cls_truth = {"class": ("城市更新", {"class": "城市更新"}),
                                   "nature": rnd.choice([("续建", {"nature": "续建"}), ("新开工项目", {"nature": "新开工"})]),
                                   "level": rnd.choice([("市级重点项目", {"level": "市级重点"}),
                                                        ("区级重点", {"level": "区级重点"})])}[cls_kind]
            if cls_kind == "nature" and nature_h:
                cls_truth = {"class": cls_cell}  # beside a nature column, the planner's class as typed
            row = ([k, name] + ([] if zone_rows else [zone_cell]) + ([] if area_rows else [f"{z}某板块"])
                   + [cls_cell, t_cell] + ([bf * 10000 if wan else bf] if before else []) + [a_cell]
                   + dated + ["区发展改革委"])
            nature_cell, nature = rnd.choice([("新开工", "新开工"), ("新开工项目", "新开工"), ("计划新开工", "新开工"),
                                              ("续建", "续建"), ("在建", "续建"), ("前期", "前期")])
            if report and nature_cell == "在建":
                nature = None  # in a report it says the project has begun by then, not its kind (a start)
            owner = rnd.choice(["渝中城投公司", "区城市更新公司", "重庆某置业有限公司"])
            row += [v for h, v in ((nature_h, nature_cell), (owner_h, owner)) if h]
            done = round(ann * rnd.uniform(0.1, 0.9), 2)
            step = rnd.choice(["主体施工", "完成招标", "装饰装修", "前期手续办理"])
            if report:
                row += [done * 10000 if wan else done, step]
            line = None
            if wrapped and rnd.random() < 0.4:
                cut = rnd.choice([i for i in range(2, len(name) - 1) if "\u4e00" <= name[i] <= "\u9fff"] or [0])
                if cut:
                    row[1], line = name[:cut], [None, name[cut:]] + [None] * (len(row) - 2)
                    if rnd.random() < 0.5:
                        ru = cols.index(ru_h)
                        row[ru], line[ru] = "区发展", "改革委"
            ws.append(row)
            if line:
                ws.append(line)
            if packages and rnd.random() < 0.4:  # its parts: counted with the package, not on their own
                for m in (1, 2):
                    ws.append([f"{k}.{m}", f"{name}子项{m}"] + row[2:])
            if rnd.random() < 0.05:
                ws.append([])
            truth.append({"name": name, "zone": z, "area": f"{z}某板块", "total_investment": tot,
                          "annual_investment": ann, "start": f"{sy}Q{sq}", "completion": f"{ey}Q{eq}"}
                         | ({"invested_before": bf} if before else {})
                         | ({"nature": nature} if nature_h else {}) | ({"owner": owner} if owner_h else {})
                         | cls_truth
                         | ({f"quarters.{year}Q{report}.{figure}": done, f"quarters.{year}Q{report}.progress": step}
                            if report else {}))
    if rnd.random() < 0.3:
        ws.append([f"注：1.投资单位为{unit}；2.开竣工时间为计划时间。"])
    return "key_projects", year, truth


def _grouped_header(rnd: random.Random, ws, cols: list[str], year: int, unit: str, unit_line: bool,
                    one_column: bool, before: bool) -> None:
    """The header over two rows, its columns under group headings: "项目基本情况" over the name,
    zone, area and class; "投资情况（万元）" over 总投资 | 截至上年底累计完成 | 年度计划 (the unit in
    the group's heading); "建设周期" over 开工 | 竣工; 序号 and 责任单位 merged down both rows."""
    money = 2 + (1 if before else 0)
    first_money = next(i for i, h in enumerate(cols) if h.startswith("总投资"))
    basic = (1, first_money - 2)  # name … zone/area (the class stays on its own, merged down)
    invest = (first_money, first_money + money - 1)
    dates = (invest[1] + 1, invest[1] + 1 + (0 if one_column else 1))
    upper: list[str | None] = list(cols)
    lower: list[str | None] = [None] * len(cols)
    upper[basic[0]:basic[1] + 1] = [rnd.choice(["项目基本情况", "基本情况", "项目情况"])] + [None] * (basic[1] - basic[0])
    lower[basic[0]:basic[1] + 1] = cols[basic[0]:basic[1] + 1]
    group = rnd.choice(["投资情况", "投资", "项目投资"]) + ("" if unit_line else f"（{unit}）")
    upper[invest[0]:invest[1] + 1] = [group] + [None] * (money - 1)
    lower[invest[0]:invest[1] + 1] = (["总投资"] + ([rnd.choice([f"截至{year - 1}年底累计完成", "截至上年底累计完成投资"])]
                                                    if before else [])
                                      + [rnd.choice(["年度计划", f"{year}年计划", "年度计划投资"])])
    if not one_column:
        upper[dates[0]:dates[1] + 1] = [rnd.choice(["建设周期", "计划开竣工时间", "建设起止时间"]), None]
        lower[dates[0]:dates[1] + 1] = [rnd.choice(["开工", "开工时间"]), rnd.choice(["竣工", "完工", "竣工时间"])]
    ws.append([deco(rnd, h) if h else None for h in upper])
    ws.append([deco(rnd, h) if h else None for h in lower])
    r = ws.max_row
    for c0, c1 in (basic, invest) + (() if one_column else (dates,)):
        if c1 > c0:
            ws.merge_cells(start_row=r - 1, start_column=c0 + 1, end_row=r - 1, end_column=c1 + 1)
    spans = {c for c0, c1 in (basic, invest) + (() if one_column else (dates,)) for c in range(c0, c1 + 1)}
    for c in range(len(cols)):
        if c not in spans:
            ws.merge_cells(start_row=r - 1, start_column=c + 1, end_row=r, end_column=c + 1)


def targets_table(rnd: random.Random, ws):
    """附件2: the year's targets beside last year's figure; binding as a column or as ★ with a note."""
    year = rnd.choice([2024, 2025])
    starred = rnd.random() < 0.4
    if rnd.random() < 0.5:
        ws.append(["附件2"])
    ws.append([rnd.choice([f"{year}年经济社会发展主要预期目标", f"{year}年主要指标预期目标建议表"])])
    name_h = rnd.choice(["指标", "指标名称", "主要指标"])
    prev_h = rnd.choice([f"{year - 1}年预计完成", f"{year - 1}年完成", "上年完成"])
    tgt_h = rnd.choice([f"{year}年目标", f"{year}年预期目标", f"{year}年目标建议"])
    growth = rnd.random() < 0.3  # 增长（%） beside the target: the target's, never a result
    unit_col = rnd.random() < 0.7  # else "（%）" after the name
    cat_rows = rnd.random() < 0.4  # "一、经济发展" rows between the indicators
    head = (["序号", name_h] + (["单位"] if unit_col else []) + [prev_h, tgt_h] + (["增长（%）"] if growth else [])
            + ([] if starred else [rnd.choice(["属性", "指标属性"])]))
    ws.append([deco(rnd, h) for h in head])
    truth = []
    picks = rnd.sample(range(len(NAMES_I)), rnd.randint(2, 8))
    for k, i in enumerate(picks):
        if cat_rows and k in (0, (len(picks) + 1) // 2):
            cat = rnd.choice(["经济发展", "民生福祉", "创新驱动类", "绿色生态类"])
            ws.append([rnd.choice([f"{'一二'[k > 0]}、{cat}", f"（{'一二'[k > 0]}）{cat}"])])
        binding = rnd.random() < 0.3
        tv = round(rnd.uniform(1, 300), 1)
        prev = round(tv * rnd.uniform(0.8, 1.1), 2)
        name = NAMES_I[i] + ("" if unit_col else rnd.choice(["（{}）", "({})"]).format(UNITS[i])) \
            + ("★" if starred and binding else "")
        row = [k + 1, name] + ([UNITS[i]] if unit_col else []) + [
            prev, rnd.choice([f"{tv}左右", f"增长{tv}%", f"{tv}以上", str(tv)])]
        if growth:
            row.append(round(rnd.uniform(1, 10), 1))
        if not starred:
            row.append("约束性" if binding else "预期性")
        ws.append(row)
        truth.append({"name": NAMES_I[i], "unit": UNITS[i], "target": tv, "previous_actual": prev, "binding": binding}
                     | ({"actual": None, "actual_growth": None} if growth else {})
                     | ({"category": cat} if cat_rows else {}))
    if starred:
        ws.append(["注：带★的为约束性指标，其余为预期性指标。"])
    return "indicator_targets", year, truth


SECTIONS = ["推动经济高质量发展", "提升城市品质", "增进民生福祉"]
TASKS = ["培育市场主体", "推进城市更新", "扩大有效投资", "促进消费升级", "完善公共服务", "加强生态保护"]
SUBJECTS = [("新增市场主体", "万户"), ("完成老旧小区改造", "万平方米"), ("引进项目", "个"), ("新增就业", "万人"),
            ("新建学校", "所"), ("新增绿地", "公顷")]


def _broken_by_pdf(ws, row: list, widths: list[int]) -> None:
    """``row`` as a PDF's text pasted into Excel: each cell of words cut into lines no wider than its
    column (a Chinese character two wide), the first line on the row, the others on rows of their own."""
    lines = []
    for v, w in zip(row, widths):
        if not w or not isinstance(v, str):
            lines.append([v])
            continue
        cut, line, at = [], "", 0
        for ch in v:
            step = 2 if "\u4e00" <= ch <= "\u9fff" or ch in "、，" else 1
            if at + step > w:
                cut.append(line)
                line, at = "", 0
            line, at = line + ch, at + step
        lines.append(cut + [line])
    for i in range(max(len(x) for x in lines)):
        ws.append([x[i] if i < len(x) else None for x in lines])


def measures_table(rnd: random.Random, ws):
    """A task breakdown: sections as heading rows, a task and its target per row, a deadline."""
    year = rnd.choice([2024, 2025])
    if rnd.random() < 0.5:
        ws.append(["附件4"])
    ws.append([rnd.choice([f"{year}年重点工作任务分解表", f"{year}年工作举措与量化目标"])])
    task_h = rnd.choice(["重点任务", "工作任务", "主要任务", "举措"])
    tgt_h = rnd.choice(["目标任务", "工作目标", "目标要求", "量化目标"])
    if rnd.random() < 0.15:  # the report's targets as the tasks, what is to be done for each as theirs
        task_h, tgt_h = "目标任务", rnd.choice(["具体举措", "具体措施", "主要措施"])
    unit_h = rnd.choice(["责任单位", "牵头单位"])
    due_h = rnd.choice(["完成时限", "时间节点", "完成时间"])
    section_col = rnd.random() < 0.3  # the section in a column of its own, else heading rows
    partners = rnd.random() < 0.3  # 配合单位 beside the unit responsible
    several = rnd.random() < 0.4  # a task over several targets, its cell merged down over them
    # the unit and the deadline merged down too: a target's row holds its words alone, as a line a PDF
    # broke does (unmerged, a CSV's blanks)
    # copied from the published PDF: every cell of words broken where its column is full, the rest on
    # rows with no 序号 (no merges: the task is typed on its first target's row)
    pdf = rnd.random() < 0.15
    shared = several and not pdf and rnd.random() < 0.5
    widths = [0] + [rnd.randint(8, 14)] * section_col + [rnd.randint(8, 14), rnd.randint(10, 16), rnd.randint(6, 10)] \
        + [rnd.randint(8, 12)] * partners + [0]
    ws.append([deco(rnd, h) for h in ["序号"] + (["领域"] if section_col else []) + [task_h, tgt_h, unit_h]
               + (["配合单位"] if partners else []) + [due_h]])
    truth = []
    k = 0
    for n, section in enumerate(rnd.sample(SECTIONS, rnd.randint(1, 3))):
        if not section_col:
            ws.append([f"{'一二三'[n]}、{section}"])
        for task in rnd.sample(TASKS, rnd.randint(1, 3)):
            k += 1
            first = ws.max_row + 1
            q = rnd.randint(1, 4)
            for subject, unit in rnd.sample(SUBJECTS, rnd.randint(2, 3) if several else 1):
                value = rnd.choice([1.2, 3, 20, 50, 100, 2.5])
                q = q if shared else rnd.randint(1, 4)
                due = rnd.choice([f"{q * 3}月底", f"{year}年{q * 3}月", f"{'一二三四'[q - 1]}季度",
                                  f"{year}年{'一二三四'[q - 1]}季度", f"{q * 3}月底前", f"{year}年{q * 3}月{(30, 30, 30, 31)[q - 1]}日前",
                                  ("", "", "上半年", "", "年底前")[q] or f"{q * 3}月底"])
                text = f"{subject}{value:g}{unit}"
                row = [k] + ([section] if section_col else []) + [f"{task}{k}", text, "区发展改革委"] \
                    + (["区财政局、区统计局"] if partners else []) + [due]
                if pdf:
                    if ws.max_row >= first:
                        row[0] = row[1 + section_col] = None  # the task drawn over its targets
                    _broken_by_pdf(ws, row, widths)
                else:
                    ws.append(row)
                truth.append({"measure": f"{task}{k}", "text": text, "value": float(value), "unit": unit,
                              "subject": subject, "quarter": f"{year}Q{q}",
                              # a heading row keeps its numbering: it names the plan's section (一)…(十一)
                              "section": section if section_col else f"{'一二三'[n]}、{section}"}
                             | ({"partner_units": "区财政局、区统计局"} if partners else {}))
            last = ws.max_row
            if last > first and not pdf:  # 序号 and the task merged down over the task's targets
                width = 5 + section_col + partners
                for c in (1, 2 + section_col, *(range(4 + section_col, width + 1) if shared else ())):
                    ws.merge_cells(start_row=first, start_column=c, end_row=last, end_column=c)
    return "measures", year, truth


def make_table(rnd: random.Random, ws):
    """Fill ``ws`` with one random table; return (kind, year, the records it holds)."""
    return rnd.choice([indicator_table, project_table, targets_table, measures_table])(rnd, ws)
