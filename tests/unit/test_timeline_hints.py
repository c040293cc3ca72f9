"""Rows the plan gives no quarter still say what the plan says ("2024年完工", "前期"),
and a span known at one end marks only that end."""
import datetime as dt

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from milestones.domain import Quarter
from milestones.timeline.layout import NO_END, TimelineProject, build_layout
from milestones.timeline.paint import Options, View, legend_items, paint_chart

Q = Quarter
AT = Q(2024, 4)


def _layout(*projects):
    return build_layout(projects, at=AT, today=dt.date(2024, 11, 1))


def test_year_only_wording_is_shown_over_that_year():
    lay = _layout(TimelineProject(1, "时尚文化城主体工程", "东部", "解放碑", None, None, completion_text="2024年完工"),
                  TimelineProject(2, "日月光R5R6塔楼", "东部", "解放碑", None, None, start_text="2025 年开工"))
    r1, r2 = lay.row_of[1], lay.row_of[2]
    assert lay.hints[r1] == "2024年完工" and lay.hint_span[r1] == 1
    assert (lay.hint_x0[r1], lay.hint_x1[r1]) == (Q(2024, 1).index, Q(2025, 1).index)
    assert lay.hints[r2] == "2025 年开工" and lay.hint_x0[r2] == Q(2025, 1).index
    assert lay.last == Q(2025, 4)  # the axis reaches the year the wording names
    assert lay.plan_x0[r1] != lay.plan_x0[r1]  # no planned bar is made up


def test_a_stage_without_dates_is_written_without_an_outline():
    lay = _layout(TimelineProject(1, "朝天门市场整体更新", "东部", "解放碑", None, None, nature="前期"),
                  TimelineProject(2, "无信息项目", "东部", "解放碑", None, None, nature="新开工"))
    r1, r2 = lay.row_of[1], lay.row_of[2]
    assert lay.hints[r1] == "前期" and lay.hint_span[r1] == 0
    assert lay.hint_x0[r1] == AT.year * 4  # written in the plan's year
    assert lay.hints[r2] == ""  # nothing to say: nothing made up


def test_a_row_with_a_quarter_keeps_its_bar_and_no_hint():
    lay = _layout(TimelineProject(1, "磨房巷片区整体更新", "东部", "解放碑", Q(2024, 4), None, nature="新开工"),
                  TimelineProject(2, "老鼓楼衙署遗址公园", "东部", "下半城", None, Q(2024, 4)),
                  TimelineProject(3, "两端都有", "东部", "下半城", Q(2024, 1), Q(2024, 3)))
    marks = [int(lay.plan_marks[lay.row_of[i]]) for i in (1, 2, 3)]
    assert marks == [1, 2, 3]  # start only, completion only, both
    assert all(lay.hints[lay.row_of[i]] == "" for i in (1, 2, 3))


def _painted(lay, x0: float, x1: float, height: int) -> QImage:
    """The chart of ``lay`` from quarter index ``x0`` to ``x1``, 800 pixels wide, rows 30 high, no today line."""
    img = QImage(800, height, QImage.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    paint_chart(p, lay, View(x0, x1, 0, 30, QRectF(0, 0, 800, height)), Options(today=dt.date(2030, 1, 1)))
    p.end()
    return img


def _ink(img: QImage, x0: int, x1: int, y0: int, y1: int) -> int:
    """Pixels that are neither white nor the quarter band's grey."""
    plain = {QColor("white").rgb(), QColor("#f4f6f9").rgb()}
    return sum(1 for x in range(x0, x1) for y in range(y0, y1) if img.pixel(x, y) not in plain)


def test_the_hint_is_painted_and_in_the_legend(qapp):
    lay = _layout(TimelineProject(1, "时尚文化城主体工程", "东部", "解放碑", None, None, completion_text="2024年完工"),
                  TimelineProject(2, "空白项目", "东部", "解放碑", None, None))
    img = _painted(lay, Q(2024, 1).index, Q(2025, 1).index, 90)
    hint_row, empty_row = lay.row_of[1], lay.row_of[2]
    assert _ink(img, 10, 120, hint_row * 30 + 8, hint_row * 30 + 22) > 30  # the words, over the outline
    assert _ink(img, 10, 790, empty_row * 30 + 4, empty_row * 30 + 26) == 0
    assert ("year", "年内，季度未定") in legend_items(Options())


def test_the_fold_mark_is_drawn_not_a_glyph_the_bundled_font_lacks(qapp):
    from milestones.timeline.paint import paint_labels

    lay = _layout(TimelineProject(1, "甲", "东部", "解放碑", Q(2024, 1), Q(2024, 2)))
    img = QImage(200, 60, QImage.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    paint_labels(p, lay, View(0, 1, 0, 30, QRectF(0, 0, 200, 60)), QRectF(0, 0, 200, 60), Options())
    p.end()
    mark = QColor("#7a5c00").rgb()
    assert sum(1 for x in range(2, 16) for y in range(8, 24) if img.pixel(x, y) == mark) > 10


def test_a_plan_before_or_after_the_quarters_shown_is_said_at_that_edge(qapp):
    # next year's plan carries late projects: 重庆长滨 planned 2024Q1 showed nothing in 2025 beside its red light
    from milestones.timeline.paint import LIGHT_COLOURS, beyond_words

    lay = build_layout([TimelineProject(1, "重庆长滨", "东部", "两江", Q(2024, 1), None),
                        TimelineProject(2, "老鼓楼衙署遗址公园", "东部", "下半城", None, Q(2024, 4)),
                        TimelineProject(3, "后年项目", "东部", "下半城", Q(2026, 2), Q(2026, 4)),
                        TimelineProject(4, "日月光R5R6塔楼", "东部", "解放碑", None, None, start_text="2024年开工"),
                        TimelineProject(5, "本年项目", "东部", "解放碑", Q(2025, 2), Q(2025, 3))],
                       at=Q(2025, 4), today=dt.date(2025, 11, 1))
    view = View(Q(2025, 1).index, Q(2026, 1).index, 0, 30, QRectF(0, 0, 800, 300))  # 3 areas' rows and 5 projects
    rows = [lay.row_of[i] for i in (1, 2, 3, 4, 5)]
    words = [beyond_words(lay.plan_x0[r], lay.plan_x1[r], int(lay.plan_marks[r]), before, "zh")
             for r, before in zip(rows[:3], (True, True, False))]
    assert words == ["计划2024年一季度开工", "计划2024年四季度完工", "计划2026年二季度开工"]
    assert beyond_words(Q(2026, 2).index, Q(2027, 1).index, 3, False, "en") == "planned to start in 2026 Q2"
    img = QImage(800, 300, QImage.Format_RGB32)
    img.fill(QColor("white"))
    p = QPainter(img)
    paint_chart(p, lay, view, Options(today=dt.date(2030, 1, 1)))  # no today line across the rows
    p.end()
    red = QColor(LIGHT_COLOURS[3]).rgb()

    def ink(row, x0, x1):
        return _ink(img, x0, x1, row * 30 + 6, row * 30 + 20)

    assert any(img.pixel(x, rows[0] * 30 + 11) == red for x in range(2, 14))  # the triangle, in its red light
    assert ink(rows[0], 14, 150) > 30 and ink(rows[0], 400, 790) == 0  # its words at the left edge, nothing else
    assert ink(rows[2], 650, 798) > 30 and ink(rows[2], 10, 400) == 0  # a plan after the view: at the right edge
    assert ink(rows[3], 2, 120) > 30  # "2024年开工": the year before, at the left edge too
    assert ink(rows[4], 2, 190) == 0  # a plan in sight: its bar, no edge words
    # the screen starts a little before the first quarter: last year's fourth shows as a sliver, said all the same
    img = _painted(lay, Q(2025, 1).index - 0.05, Q(2026, 1).index, 300)
    assert any(img.pixel(x, rows[1] * 30 + 11) == red for x in range(2, 14))
    assert ink(rows[1], 20, 160) > 30  # "计划2024年四季度完工" beside its triangle


def test_the_quarters_investment_bars_are_in_the_legend_when_drawn():
    # they were drawn in the blue of 已完成 and the legend named them nowhere, on screen or paper
    from milestones.timeline.paint import INVESTMENT_COLOURS, LIGHT_COLOURS

    assert not any(k.startswith("invest") for k, _t in legend_items(Options()))
    kinds = dict(legend_items(Options(investment=True)))
    assert kinds["invest_planned"].startswith("季度计划投资（亿元") and kinds["invest_done"].startswith("季度完成投资")
    assert dict(legend_items(Options(investment=True, language="en")))["invest_planned"].startswith(
        "Quarter's planned investment (100M CNY")
    assert not set(INVESTMENT_COLOURS) & {c.lower() for c in LIGHT_COLOURS}


def test_the_quarters_investment_figures_are_written_beside_its_bars_where_they_fit(qapp):
    # the bars, scaled to the project's largest, said how the quarters compare and not how much: 0.5 planned and
    # 0.4 done looked as 3 and 2.4 would. The figures are written right of the bars, planned over done, in the
    # figure's colour; where a quarter is too narrow for them they are left out rather than run into the next
    from milestones.timeline.paint import INVESTMENT_TEXT, investment_figure

    lay = _layout(TimelineProject(1, "磨房巷片区整体更新", "东部", "解放碑", None, None,
                                  investment=((Q(2024, 1), 0.5, 0.4), (Q(2024, 2), 1.2, None))))
    assert [investment_figure(v) for v in (0.5, 1.0, 0.35, 12.0, 1.234)] == ["0.5", "1", "0.35", "12", "1.23"]

    def painted(width: float):
        img = QImage(int(width), 60, QImage.Format_RGB32)
        img.fill(QColor("white"))
        p = QPainter(img)
        paint_chart(p, lay, View(Q(2024, 1).index, Q(2025, 1).index, 0, 30, QRectF(0, 0, width, 60)),
                    Options(investment=True, today=dt.date(2030, 1, 1)))
        p.end()
        return img

    def figures(img, quarter: int, half: int) -> int:
        """Purple pixels (the figures' colours, smoothed) in a quarter's last quarter, in the row's upper (0) or
        lower (1) half: right of the bars, where nothing else is purple."""
        sx, row = img.width() / 4, lay.row_of[1] * 30
        hue = QColor(INVESTMENT_TEXT[half]).hue()
        x0 = int(sx * (quarter - 1 + 0.77))
        return sum(1 for x in range(x0, int(x0 + sx * 0.23)) for y in range(row + 15 * half, row + 15 * half + 15)
                   if (c := QColor(img.pixel(x, y))).saturation() > 40 and abs(c.hue() - hue) < 25)

    wide = painted(1200)
    assert figures(wide, 1, 0) > 0 and figures(wide, 1, 1) > 0  # 0.5 over 0.4
    assert figures(wide, 2, 0) > 0 and figures(wide, 2, 1) == 0  # 1.2 planned, nothing done yet
    assert figures(wide, 3, 0) == 0  # no figures where there is no investment
    narrow = painted(120)  # a year in 120 pixels: no room beside the bars
    assert figures(narrow, 1, 0) == 0 and figures(narrow, 1, 1) == 0


def test_a_year_alone_at_one_end_is_outlined_and_the_bar_runs_through_it(qapp):
    """"2024年开工" before a completion dated 2025Q4 drew the completion's quarter alone, and "计划2025年四季度起"
    in a 2024 view: the project read as not in the year at all. The year is outlined with the plan's words, the
    bar drawn where the plan dates it, and no start's quarter made up (no diamond)."""
    lay = _layout(TimelineProject(1, "甲", "东部", "解放碑", None, Q(2025, 4), start_text="2024年"),
                  TimelineProject(2, "乙", "东部", "解放碑", Q(2024, 2), None, completion_text="2025年竣工"),
                  TimelineProject(3, "丙", "东部", "解放碑", None, Q(2024, 4), start_text="2024年开工"))
    r1, r2, r3 = (lay.row_of[i] for i in (1, 2, 3))
    assert (lay.plan_x0[r1], lay.plan_x1[r1]) == (Q(2024, 1).index, Q(2026, 1).index)
    assert (lay.hints[r1], lay.hint_x0[r1], lay.hint_x1[r1], lay.hint_span[r1]) == \
        ("2024年开工", Q(2024, 1).index, Q(2025, 1).index, 1)  # a bare year says which end it is
    assert int(lay.plan_marks[r1]) == 2  # the completion's diamond alone
    assert (lay.plan_x0[r2], lay.plan_x1[r2]) == (Q(2024, 2).index, Q(2026, 1).index)
    assert (lay.hints[r2], lay.hint_x0[r2], lay.hint_x1[r2]) == ("2025年竣工", Q(2025, 1).index, Q(2026, 1).index)
    assert (lay.plan_x0[r3], lay.plan_x1[r3], lay.hint_x1[r3]) == (Q(2024, 1).index, Q(2025, 1).index,
                                                                   Q(2025, 1).index)
    img = _painted(lay, Q(2024, 1).index, Q(2026, 1).index, 150)
    plain = {QColor("white").rgb(), QColor("#f4f6f9").rgb()}

    def filled(row, x):  # inside a bar's fill, below the words' chip
        return img.pixel(x, row * 30 + 14) not in plain

    assert _ink(img, 10, 90, r1 * 30 + 8, r1 * 30 + 18) > 30  # "2024年开工" written over 2024
    assert not filled(r1, 250) and filled(r1, 600)  # 2024 outlined, 2025 a bar
    assert filled(r2, 200) and not filled(r2, 650)  # 2024Q2–Q4 a bar, 2025 outlined
    assert not filled(r3, 250)


def test_a_start_given_as_a_year_alone_says_it_is_the_start_where_the_chart_shows_it():
    # an imported 计划开工 of "2024年" keeps those words; over the year on the chart they read as "2024年" — which end?
    lay = _layout(TimelineProject(1, "甲", "东部", "解放碑", None, None, start_text="2024年"))
    assert lay.hints[lay.row_of[1]] == "2024年开工" and lay.hint_span[lay.row_of[1]] == 1


def test_a_plan_with_no_end_runs_on_past_the_quarters_shown(qapp):
    """A completion of "长期" or "持续推进" (a river bank's upkeep, a platform's running) drew the start's quarter
    alone, as if the work stopped there; it is under way from its start through every quarter shown, with no
    completion marked, and the axis does not stretch to a made-up end. "待定" (an end not known yet) is unchanged."""
    lay = _layout(TimelineProject(1, "岸线管护", "东部", "解放碑", Q(2024, 2), None, completion_text="长期"),
                  TimelineProject(2, "平台运营", "东部", "解放碑", Q(2024, 3), None, completion_text="持续推进"),
                  TimelineProject(3, "待定项目", "东部", "解放碑", Q(2024, 2), None, completion_text="待定"))
    r1, r2, r3 = (lay.row_of[i] for i in (1, 2, 3))
    assert [int(lay.plan_marks[r]) & NO_END for r in (r1, r2, r3)] == [NO_END, NO_END, 0]
    assert lay.last == Q(2024, 4)  # the axis keeps to the plan's year
    img = _painted(lay, Q(2024, 1).index, Q(2025, 1).index, 120)

    def filled(row, x):  # inside the bar's fill
        return _ink(img, x, x + 1, row * 30 + 12, row * 30 + 14) > 0

    assert not filled(r1, 100) and filled(r1, 300) and filled(r1, 795)  # from 2024Q2 to the right edge
    assert not filled(r2, 300) and filled(r2, 500) and filled(r2, 795)
    assert filled(r3, 300) and not filled(r3, 500)  # the start's quarter alone, as before
    # scrolled to the years after, the bar still fills them; before its start it is said at the edge
    later = _painted(lay, Q(2026, 1).index, Q(2027, 1).index, 120)
    assert _ink(later, 10, 790, r1 * 30 + 12, r1 * 30 + 14) > 700


def test_a_year_alone_then_no_end_is_outlined_then_runs_on(qapp):
    # "2023年 | 长期" (a 续建 project's start known by its year): the words were written at the edge, nothing drawn;
    # the year is outlined with its words, and the work is under way from the year after, past the right edge
    lay = _layout(TimelineProject(1, "岸线管护", "东部", "解放碑", None, None, start_text="2023年", completion_text="长期"))
    r = lay.row_of[1]
    assert (lay.hints[r], lay.hint_x0[r], lay.hint_x1[r], lay.hint_span[r]) == \
        ("2023年开工", Q(2023, 1).index, Q(2024, 1).index, 1)
    assert int(lay.plan_marks[r]) == NO_END  # no start's quarter made up: no diamond
    img = _painted(lay, Q(2023, 1).index, Q(2025, 1).index, 60)
    assert _ink(img, 10, 120, r * 30 + 8, r * 30 + 18) > 30  # "2023年开工" over 2023
    assert _ink(img, 420, 421, r * 30 + 12, r * 30 + 14) > 0 and _ink(img, 795, 796, r * 30 + 12, r * 30 + 14) > 0
