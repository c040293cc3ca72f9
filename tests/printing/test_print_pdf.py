"""Printed timelines, read back from the PDF as a reader (and a search) sees them."""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from milestones.store.changes import add_project
from milestones.store.schema import Zone


def _tool(name):
    exe = shutil.which(name)
    if not exe:
        pytest.fail(f"{name} (Debian package poppler-utils) is required; scripts/setup.sh --test installs it")
    return exe


def run_print(db_path, *args, env=None):
    r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "print", *args],
                       capture_output=True, text=True, timeout=180, env=env)
    assert r.returncode == 0, r.stderr
    return r


def pages_text(pdf: Path) -> list[str]:
    out = subprocess.run([_tool("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    pages = out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")
    return [re.sub(r"\s+", "", p) for p in pages]  # pdftotext spaces CJK text unpredictably


def page_count(pdf: Path) -> int:
    info = subprocess.run([_tool("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"Pages:\s+(\d+)", info).group(1))


@pytest.fixture
def many(tmp_path):
    """A plan with 60 projects in 东部 (two pages on A4 at the default row height)."""
    from milestones.store import open_store

    path = tmp_path / "plan.db"
    db = open_store(path)
    with db.read() as s:
        east = s.scalar(select(Zone.id).where(Zone.name == "东部"))
    for i in range(40):
        add_project(db, 2024, f"东部测试项目{i:02d}", zone_id=east, planned_start=f"2024Q{i % 4 + 1}",
                    planned_completion=f"{2025 + i % 2}Q{(i + 1) % 4 + 1}", responsible_unit=f"单位{i}")
    db.close()
    return path


def test_every_page_has_header_and_footer_and_every_project_in_order(many, tmp_path):
    out = tmp_path / "east.pdf"
    run_print(many, "--zone", "东部", "--out", str(out))
    n = page_count(out)
    texts = pages_text(out)
    assert n == len(texts) >= 2
    for i, t in enumerate(texts, start=1):
        assert "重点项目季度进度" in t and "区域：东部" in t and "2024年全年" in t
        assert f"第{i}页共{n}页" in t and "打印日期" in t and "重庆市渝中区人民政府" in t
    # every project of the zone, each once, in timeline order
    from milestones.store import open_store
    from milestones.store.project_rows import ProjectFilter, timeline_rows

    db = open_store(many)
    with db.read() as s:
        expected = [r[1] for r in timeline_rows(s, ProjectFilter(year=2024, zone_ids=(
            s.scalar(select(Zone.id).where(Zone.name == "东部")),)))]
    db.close()
    flat = "\n".join(texts)
    positions = [flat.find(name) for name in expected]
    assert all(p >= 0 for p in positions), [n for n, p in zip(expected, positions) if p < 0]
    assert positions == sorted(positions)
    assert all(flat.count(name) >= 1 for name in expected)


def test_rows_never_split_and_the_legend_is_on_the_first_page(many, tmp_path):
    out = tmp_path / "east.pdf"
    run_print(many, "--zone", "东部", "--out", str(out))
    texts = pages_text(out)
    assert "计划工期" in texts[0] and "计划工期" not in texts[-1]
    assert "（续）" in texts[1]  # the second page says which group it continues


def test_a3_holds_more_rows_than_a4(many, tmp_path):
    a4, a3 = tmp_path / "a4.pdf", tmp_path / "a3.pdf"
    run_print(many, "--zone", "东部", "--out", str(a4))
    run_print(many, "--zone", "东部", "--paper", "A3", "--out", str(a3))
    assert page_count(a3) < page_count(a4)
    info = subprocess.run([_tool("pdfinfo"), str(a3)], capture_output=True, text=True).stdout
    assert "1191 x 842" in info  # A3 landscape, in points


def test_a_fixed_scale_tiles_the_time_axis_across_pages(many, tmp_path):
    fit, tiled = tmp_path / "fit.pdf", tmp_path / "tiled.pdf"
    run_print(many, "--zone", "东部", "--from", "2024Q1", "--to", "2026Q4", "--out", str(fit))
    run_print(many, "--zone", "东部", "--from", "2024Q1", "--to", "2026Q4", "--scale", "40", "--out", str(tiled))
    assert page_count(tiled) > page_count(fit)
    texts = pages_text(tiled)
    assert all("本页" in t for t in texts)  # each tile says which quarters it shows
    assert sum("东部测试项目00" in t for t in texts) >= 2  # labels repeat on every tile


def test_decades_on_one_page_name_every_fifth_year(many, tmp_path):
    # 2001–2099 fitted to a page left every year too narrow for its label: a scale with no year on it at all
    out = tmp_path / "century.pdf"
    run_print(many, "--zone", "东部", "--from", "2001Q1", "--to", "2099Q4", "--out", str(out))
    first = pages_text(out)[0]
    assert all(f"{y}年" in first for y in (2005, 2025, 2050, 2095)) and "2024年" not in first.split("项目名称")[1]


def test_fonts_are_embedded_and_text_stays_inside_the_page(many, tmp_path):
    out = tmp_path / "all.pdf"
    run_print(many, "--out", str(out))
    fonts = subprocess.run([_tool("pdffonts"), str(out)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:] if line.strip()]
    assert rows and all("yes" == r[-5] for r in rows), fonts  # the emb column
    assert any("WenQuanYi" in r[0] for r in rows)
    bbox = subprocess.run([_tool("pdftotext"), "-bbox", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    page = re.search(r'<page width="([\d.]+)" height="([\d.]+)"', bbox)
    w, h = float(page.group(1)), float(page.group(2))
    for m in re.finditer(r'xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)"', bbox):
        x0, y0, x1, y1 = map(float, m.groups())
        assert 0 <= x0 and x1 <= w + 0.5 and 0 <= y0 and y1 <= h + 0.5


def test_chinese_extracts_with_no_system_fonts_at_all(many, tmp_path):
    empty = tmp_path / "fonts.conf"
    empty.write_text('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
                     f'<cachedir>{tmp_path / "fc-cache"}</cachedir></fontconfig>')
    env = dict(os.environ, FONTCONFIG_FILE=str(empty), QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    out = tmp_path / "nofonts.pdf"
    run_print(many, "--zone", "东部", "--out", str(out), env=env)
    text = "\n".join(pages_text(out))
    assert "东部测试项目00" in text and "第1页" in text and "2024年" in text
    fonts = subprocess.run([_tool("pdffonts"), str(out)], capture_output=True, text=True).stdout
    assert "WenQuanYi" in fonts


def test_png_pages_at_a_chosen_dpi(many, tmp_path):
    from PySide6.QtGui import QImage

    out = tmp_path / "east.png"
    r = run_print(many, "--zone", "东部", "--dpi", "100", "--out", str(out))
    files = sorted(tmp_path.glob("east*.png"))
    assert len(files) >= 2 and str(files[0]) in r.stdout
    img = QImage(str(files[0]))
    assert abs(img.width() - 1169) <= 1 and abs(img.height() - 827) <= 1  # A4 landscape at 100 dpi


def test_a_bad_quarter_is_a_clear_error(tmp_path):
    r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db"), "print", "--from",
                        "明年", "--out", str(tmp_path / "x.pdf")], capture_output=True, text=True, timeout=120)
    assert r.returncode != 0 and "明年" in r.stderr and "Traceback" not in r.stderr


def test_a_resolution_or_scale_out_of_bounds_is_a_clear_error(tmp_path, qapp):
    # 100,000 dpi made a null image: hundreds of Qt warnings, then "disk full" said of a disk with room
    from milestones.store import open_store
    from milestones.timeline.print import write_png

    open_store(tmp_path / "x.db").close()
    for args, said in ((["--dpi", "100000", "--out", str(tmp_path / "x.png")], "分辨率应在 50 到 1200 之间（得到：100000）"),
                       (["--scale", "-5", "--out", str(tmp_path / "x.pdf")], "每季度宽度（毫米）应在 8 到 200 之间（得到：-5）")):
        r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(tmp_path / "x.db"), "print", *args],
                           capture_output=True, text=True, timeout=120)
        assert r.returncode != 0 and r.stderr.strip() == f"milestones: {said}"
    assert list(tmp_path.glob("x*.png")) == [] and not (tmp_path / "x.pdf").exists()
    with pytest.raises(ValueError, match="太大"):
        write_png(tmp_path / "y.png", [], _whole_year(), dpi=100000)


def test_printing_in_english_from_the_command_line(tmp_path):
    # `milestones --lang en print`: the title, legend and footer in English (the title was Chinese)
    pdf = tmp_path / "en.pdf"
    r = subprocess.run([sys.executable, "-m", "milestones", "--lang", "en", "--db", str(tmp_path / "x.db"), "print",
                        "--zone", "东部", "--out", str(pdf)], capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Written: ")
    first = pages_text(pdf)[0]
    assert "·keyprojects" in first and "重点项目季度进度" not in first
    assert "Page1of" in first


def test_a_goal_at_the_end_of_the_year_is_a_whole_diamond(tmp_path):
    # a quarter's goal in the fourth quarter sits on the chart's right edge: it was cut in half there
    from PySide6.QtGui import QColor, QImage

    from milestones.spreadsheet.importer import preview, read_import, write
    from milestones.store import open_store

    src = tmp_path / "计划.csv"
    src.write_text("渝中区2024年重点项目计划表\n序号,项目名称,区域,总投资（亿元）,2024年进度计划\n"
                   "1,甲道路工程,东部,10,年底完成主体\n", encoding="utf-8")
    path = tmp_path / "plan.db"
    db = open_store(path, with_sample=False)
    write(db, preview(db, read_import(src)))
    db.close()
    out = tmp_path / "goal.png"
    run_print(path, "--dpi", "150", "--out", str(out))
    img = QImage(str(next(tmp_path.glob("goal*.png"))))

    def dark(x, y):
        return QColor(img.pixel(x, y)).lightness() < 200

    # the chart's right edge: the rightmost column with a long run of drawn pixels (its frame), in the
    # page's upper half (the chart of one project is short; the footer's rule is across, not down)
    rows = range(0, img.height() // 2)
    edge = next(x for x in range(img.width() - 1, 0, -1) if sum(dark(x, y) for y in rows) > 60)
    beyond = sum(dark(x, y) for x in range(edge + 1, edge + 6) for y in rows)
    assert beyond > 0  # the right half of the diamond, drawn past the edge


def test_the_legend_says_what_the_lights_mean_by_the_offices_rules(many, tmp_path):
    # a meeting reads the colours without the program at hand: the printout says the quarter the
    # lights are judged at and the rules the office set (编辑 → 预警规则…), wrapped on a narrow page
    from milestones.domain import LightRules
    from milestones.store import open_store
    from milestones.store.settings import set_light_rules

    out = tmp_path / "east.pdf"
    run_print(many, "--zone", "东部", "--to", "2024Q3", "--out", str(out))
    first = pages_text(out)[0]
    assert "预警截至2024年三季度：开工或完工晚1个季度、或年度投资落后序时进度超过10个百分点为滞后" in first
    assert "晚2个季度、或落后超过30个百分点为严重滞后" in first
    db = open_store(many)
    set_light_rules(db, LightRules(yellow_quarters_late=1, red_quarters_late=3, yellow_points_behind=15,
                                   red_points_behind=25))
    db.close()
    run_print(many, "--zone", "东部", "--portrait", "--out", str(out))
    texts = pages_text(out)
    assert "超过15个百分点为滞后" in texts[0] and "晚3个季度、或落后超过25个百分点为严重滞后" in texts[0]
    assert "预警截至" not in texts[-1]  # with the legend, on its first page only


def test_a_revised_plan_prints_its_original_span(many, tmp_path):
    # a completion moved from 2025 to 2026 stops the project being late: the printout shows what was planned
    from milestones.store import open_store
    from milestones.store.changes import update_row
    from milestones.store.schema import KeyProject

    out = tmp_path / "east.pdf"
    run_print(many, "--zone", "东部", "--out", str(out))
    assert "原计划（已调整）" not in pages_text(out)[0]  # nothing revised: the legend does not name the mark
    db = open_store(many)
    with db.read() as s:
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "东部测试项目00"))
    update_row(db, "key_project", pid, {"planned_completion": "2026Q2"})
    db.close()
    run_print(many, "--zone", "东部", "--out", str(out))
    texts = pages_text(out)
    assert "原计划（已调整）" in texts[0] and "原计划" not in texts[-1]


def test_a_summary_page_comes_first_with_the_quarters_paragraph_and_the_zones(many, tmp_path):
    # the printout handed round at the quarter's meeting opens with where things stand
    plain = tmp_path / "plain.pdf"
    run_print(many, "--zone", "东部", "--from", "2024Q1", "--to", "2024Q2", "--out", str(plain))
    out = tmp_path / "summary.pdf"
    run_print(many, "--zone", "东部", "--from", "2024Q1", "--to", "2024Q2", "--summary", "--out", str(out))
    n = page_count(out)
    assert n == page_count(plain) + 1
    first, second = pages_text(out)[:2]
    assert "概况（截至2024年二季度）" in first and "一、进展情况" in first and "二、分区域" in first
    assert first.count("截至2024年二季度，全区列入计划的重点项目89个") == 1  # the dashboard's paragraph
    assert "东部56" in first  # 东部: 56 projects (16 of the plan, 40 added)
    assert "合计89" in first and f"第1页共{n}页" in first
    assert "区域：东部" in second and f"第2页共{n}页" in second  # the timeline follows, numbered on
    # in English too
    en = tmp_path / "summary-en.pdf"
    r = subprocess.run([sys.executable, "-m", "milestones", "--lang", "en", "--db", str(many), "print", "--summary",
                        "--to", "2024Q2", "--out", str(en)], capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    first_en, second_en = pages_text(en)[:2]
    assert "Summary(asof2024Q2)" in first_en and "Byzone" in first_en and "East56" in first_en
    assert "Zone:District-wide" in second_en  # the zones in English, as the window names them


def test_a_printout_narrowed_to_some_projects_says_so_under_its_title(tmp_path):
    # `print --area … --light …`: the meeting on one area's very late projects; every page's header says it
    db_path = tmp_path / "x.db"
    pdf = tmp_path / "red.pdf"
    r = run_print(db_path, "--light", "严重滞后", "--area", "两江滨江休闲产业带", "--out", str(pdf))
    assert r.stdout.startswith("已写入")
    (page,) = pages_text(pdf)
    assert "筛选（板块：两江滨江休闲产业带；预警：严重滞后）" in page
    assert "重庆长滨" in page and "朝天门片区治理提升" not in page  # the area's on-track project left out
    whole = tmp_path / "all.pdf"
    run_print(db_path, "--area", "两江滨江休闲产业带", "--out", str(whole))
    assert "朝天门片区治理提升" in pages_text(whole)[0] and "预警：" not in pages_text(whole)[0]
    # a class or a unit no project has printed an empty chart as if none of that were late
    for bad, said in ((["--area", "北部新区"], "没有名为“北部新区”的板块"), (["--light", "紫色"], "预警应为"),
                      (["--class", "水利工程"], "没有类别为“水利工程”的项目"),
                      (["--only-unit", "区城投集团"], "没有业主单位或责任单位为“区城投集团”的项目"),
                      (["--light", "已完成"], "没有符合条件的项目")):  # none done yet: an empty chart
        r = subprocess.run([sys.executable, "-m", "milestones", "--db", str(db_path), "print", *bad, "--out",
                            str(tmp_path / "x.pdf")], capture_output=True, text=True, timeout=120)
        assert r.returncode != 0 and said in r.stderr and "Traceback" not in r.stderr
        assert not (tmp_path / "x.pdf").exists()
    # a name as a shell quotes it, with spaces, is that name
    run_print(db_path, "--zone", " 东部", "--area", " 两江滨江休闲产业带 ", "--out", str(whole))
    assert "朝天门片区治理提升" in pages_text(whole)[0]


def test_the_very_late_projects_are_exported_alone_from_the_command_line(tmp_path):
    # `export key_projects --light 严重滞后`: the list for 督办, its title saying so, read back as those projects
    from milestones.spreadsheet.importer import read_import

    db_path, out = tmp_path / "x.db", tmp_path / "red.xlsx"
    run = [sys.executable, "-m", "milestones", "--db", str(db_path), "export", "key_projects", str(out)]
    r = subprocess.run(run + ["--light", "严重滞后", "--report", "2024Q4"], capture_output=True, text=True, timeout=180)
    assert r.returncode == 0, r.stderr
    table = read_import(out).tables[0]
    names = {rec["name"] for rec in table.records}
    assert "重庆长滨" in names and "磨房巷片区整体更新" not in names and 0 < len(names) < 49
    assert not [p for p in table.problems if p.severity == "error"]
    import python_calamine
    title = python_calamine.CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()[1][0]
    assert title == "2024年重点项目季度计划及完成情况表（预警：严重滞后）"  # (with its reported quarters)
    r = subprocess.run([sys.executable, "-m", "milestones", "--lang", "en", "--db", str(db_path), "export", "measures",
                        str(tmp_path / "m.xlsx"), "--light", "late"], capture_output=True, text=True, timeout=180)
    assert r.returncode == 1 and "--light is for the key projects' table key_projects only" in r.stderr


def test_the_page_keeps_room_for_the_legend_with_the_investment_marks(qapp):
    # in English the investment bars' two marks wrap the legend onto a second line; the page kept room for one
    # line and the rules' note under it, so the chart was drawn over the note ("Warnings as of …" was in the
    # PDF's text and nowhere to be seen)
    from PySide6.QtCore import QRectF

    from milestones.timeline.paint import Options, legend_height
    from milestones.timeline.print import PrintSettings, _Metrics

    note = "Warnings as of 2024 Q4: late = start or completion 1 quarter(s) late"
    page = QRectF(0, 0, 1100, 760)
    for language in ("en", "zh"):
        plain = _Metrics(PrintSettings(options=Options(language=language)), 96, page, note)
        with_bars = _Metrics(PrintSettings(options=Options(language=language, investment=True)), 96, page, note)
        assert with_bars.legend_h == max(with_bars.font_px * 2.6, legend_height(
            page.width(), Options(language=language, investment=True, font_px=with_bars.font_px), note))
        assert with_bars.legend_h >= plain.legend_h
    en_plain = _Metrics(PrintSettings(options=Options(language="en")), 96, page, note)
    en_bars = _Metrics(PrintSettings(options=Options(language="en", investment=True)), 96, page, note)
    assert en_bars.legend_h > en_plain.legend_h  # a line more, kept


def _whole_year():
    from milestones.domain.quarter import Quarter
    from milestones.timeline.print import PrintSettings

    return PrintSettings(title="测试计划", period=(Quarter(2024, 1), Quarter(2024, 4)))


def test_png_pages_are_saved_as_they_are_drawn_and_take_their_names_once_all_are(many, tmp_path, qapp):
    # a zone of a city's list is hundreds of pages: held in memory until the last was drawn, 430 pages at 150 dpi
    # took 4 GB; and a printout stopped halfway must not leave some pages under the real names
    from milestones.store import open_store
    from milestones.timeline.print import print_to_file

    folder = tmp_path / "out"
    folder.mkdir()
    on_disk = []
    db = open_store(many)
    try:
        files = print_to_file(db, folder / "east.png", ["东部"], _whole_year(), dpi=60,
                              progress=lambda done, total: on_disk.append(sorted(p.name for p in folder.iterdir())))
    finally:
        db.close()
    n = len(files)
    assert n >= 2 and len(on_disk) == n
    assert on_disk[0] == ["east-001.png.part"]  # the first page is on the disk once drawn, the next not yet
    assert on_disk[1] == ["east-001.png.part", "east-002.png.part"]
    assert sorted(p.name for p in folder.iterdir()) == [f"east-{i:03d}.png" for i in range(1, n + 1)]


@pytest.mark.parametrize("suffix", ["pdf", "png"])
def test_a_printout_stopped_after_its_first_page_leaves_no_file(many, tmp_path, qapp, suffix):
    from milestones.store import open_store
    from milestones.timeline.print import PrintCancelled, print_to_file

    folder = tmp_path / "out"
    folder.mkdir()
    drawn = []
    db = open_store(many)
    try:
        with pytest.raises(PrintCancelled):
            print_to_file(db, folder / f"east.{suffix}", ["东部"], _whole_year(), dpi=60,
                          progress=lambda done, total: drawn.append(done), cancelled=lambda: bool(drawn))
    finally:
        db.close()
    assert drawn == [1]
    assert list(folder.iterdir()) == []


def test_the_command_line_names_many_png_pages_by_their_count_first_and_last(many, tmp_path):
    out = tmp_path / "east.png"
    r = run_print(many, "--zone", "东部", "--dpi", "50", "--scale", "80", "--out", str(out))  # 2 pages wide
    files = sorted(tmp_path.glob("east-*.png"))
    assert len(files) >= 3
    assert r.stdout.strip() == f"已写入 {files[0]} … {files[-1].name}（{len(files)}页）"


def test_a_district_with_no_zones_has_its_summary_by_area_in_its_tables_order(street_district, tmp_path):
    # 南岸区's projects are by street, all under 全区: the summary's 分区域 was one row, 全区, with the total
    # beside it; the meeting asks how each street stands. Streets listed in the table's order, not by pinyin
    street_district.close()
    out = tmp_path / "summary.pdf"
    run_print(street_district.engine.url.database, "--summary", "--to", "2024Q2", "--out", str(out))
    first = pages_text(out)[0]
    assert "二、分板块" in first and "二、分区域" not in first
    assert first.index("南坪街道2") < first.index("广阳镇1") < first.index("弹子石街道1") < first.index("合计4")
    assert "南坪街道23.90" in first  # its two projects, 3.9 亿元 planned for the year


def test_a_printed_milestone_is_named_beside_its_diamond(tmp_path):
    # paper has no tooltip: a diamond at 2026年二季度 read as a second completion. The name goes right of its
    # diamond as far as the next diamond leaves room (elided there), and one outside the quarters printed is not said
    from milestones.store import open_store
    from milestones.store.changes import replace_project_details

    path = tmp_path / "plan.db"
    db = open_store(path)
    pid, _ = add_project(db, 2024, "枢纽工程", planned_start="2024Q3", planned_completion="2027Q4",
                         responsible_unit="测试单位甲")
    replace_project_details(db, pid, "milestones", [
        {"name": "主体完工", "planned_quarter": "2026Q2"},
        {"name": "取得建设工程规划许可证和施工许可证", "planned_quarter": "2024Q3"},  # a quarter before the next
        {"name": "专项债资金到位", "planned_quarter": "2024Q4"},
        {"name": "投用", "planned_quarter": "2028Q1"},
        {"name": "前期手续", "planned_quarter": None, "actual_quarter": "2024Q2"}])  # reached, never planned
    db.close()
    out = tmp_path / "t.pdf"
    run_print(path, "--from", "2024Q1", "--to", "2028Q4", "--only-unit", "测试单位甲", "--out", str(out))
    (page,) = pages_text(out)
    assert all(name in page for name in ("主体完工", "专项债资金到位", "投用", "前期手续"))
    assert "取得建设工程规划许可证和施工许可证" not in page and "取得" in page and "…" in page  # elided, not run over
    run_print(path, "--from", "2024Q1", "--to", "2024Q4", "--only-unit", "测试单位甲", "--out", str(out))
    (page,) = pages_text(out)
    assert "主体完工" not in page and "投用" not in page and "专项债资金到位" in page
