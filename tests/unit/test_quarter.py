import datetime as dt

import pytest
from hypothesis import given, strategies as st

from milestones.domain.quarter import Quarter, QuarterParseError
from milestones.domain.schedule_cell import parse_schedule_cell
from milestones.domain.schedule_span import parse_schedule_span
from milestones.domain.schedule_words import within_the_year

Q = Quarter

NOTATIONS = [
    ("2024年一季度", Q(2024, 1)),
    ("2024年第一季度", Q(2024, 1)),
    ("2024一季度", Q(2024, 1)),
    ("2024年第三季度", Q(2024, 3)),
    ("2024年1季度", Q(2024, 1)),
    ("2024年第4季度", Q(2024, 4)),
    ("2024年四季度末", Q(2024, 4)),
    ("2024Q1", Q(2024, 1)),
    ("2024q2", Q(2024, 2)),
    ("2024 Q1", Q(2024, 1)),
    ("2024-Q1", Q(2024, 1)),
    ("2024年Q3", Q(2024, 3)),
    ("Q4 2024", Q(2024, 4)),
    ("2024年3月", Q(2024, 1)),
    ("2024年4月", Q(2024, 2)),
    ("2024年12月底", Q(2024, 4)),
    ("2024.3", Q(2024, 1)),
    ("2024.03", Q(2024, 1)),
    ("2024.05", Q(2024, 2)),
    ("2024.10", Q(2024, 4)),
    (2024.05, Q(2024, 2)),  # what a spreadsheet makes of "2024.05"
    (2024.3, Q(2024, 1)),
    (2024.12, Q(2024, 4)),
    ("2024-03-15", Q(2024, 1)),
    ("2024/3/15", Q(2024, 1)),
    ("2024年7月1日", Q(2024, 3)),
    (dt.date(2024, 8, 31), Q(2024, 3)),
    (dt.datetime(2024, 11, 2, 0, 0), Q(2024, 4)),  # an Excel date cell
    (45366, Q(2024, 1)),  # an Excel serial day (2024-03-15) that lost its format
    ("2024年上半年", Q(2024, 2)),
    ("2024年下半年", Q(2024, 4)),
    ("2024年底", Q(2024, 4)),
    ("2024年末", Q(2024, 4)),
    ("2024年年底", Q(2024, 4)),
    ("2024年内", Q(2024, 4)),
    ("2024年", Q(2024, 4)),
    (2024, Q(2024, 4)),
    ("２０２４年　第二季度", Q(2024, 2)),  # full-width digits and space
    (" 2024Q1 \n", Q(2024, 1)),
    ("2024年中", Q(2024, 2)),  # mid-year: the end of June
    ("2024年年中", Q(2024, 2)),
    ("24年3月", Q(2024, 1)),  # a year jotted down with two digits
    ("25年底", Q(2025, 4)),
    ("26年三季度", Q(2026, 3)),
    ("20240315", Q(2024, 1)),  # a date typed as eight digits
    (20240930, Q(2024, 3)),
    (202410, Q(2024, 4)),  # a year and month as one number (an ERP export's): it was the serial day of 2454
    ("202403", Q(2024, 1)),
    # "2024.3" with the year's two digits (it was refused); typed into a number cell too
    ("24.3", Q(2024, 1)), ("25.10", Q(2025, 4)), (24.3, Q(2024, 1)), ("24.03月", Q(2024, 1)),
    # a date with its time of day, as a database or a system's export writes one (it was refused)
    ("2023-03-01 00:00:00", Q(2023, 1)), ("2023/9/1 0:00", Q(2023, 3)), ("2024-07-01T00:00:00", Q(2024, 3)),
    ("2024年12月31日 18:00", Q(2024, 4)),
    ("2024年Q1末", Q(2024, 1)), ("2024年7、8月", Q(2024, 3)),  # (both were refused)
    ("已开工（2023.5）", Q(2023, 2)), ("已竣工(2024年6月)", Q(2024, 2)),  # what happened, then when: it was no date
    # a half as English tables write it, read as 上半年 / 下半年 (it was refused); two quarters ("2024年一、二季度") are
    # a span: a schedule column takes its start or its end, by the column (test_import_years_and_quarter_columns)
    ("2024H1", Q(2024, 2)), ("2024-H2", Q(2024, 4)), ("H1 2025", Q(2025, 2)),
]


@pytest.mark.parametrize("number", [202413, 150000, 399999, 24.13, 24.0, 9.5])
def test_a_number_that_is_no_plausible_date_is_refused_not_read_centuries_away(number):
    with pytest.raises(QuarterParseError):
        parse_schedule_cell(number)


@pytest.mark.parametrize("text,expected", NOTATIONS, ids=[repr(t) for t, _ in NOTATIONS])
def test_every_notation_planners_write_parses_to_its_quarter(text, expected):
    assert Quarter.parse(text) == expected


def test_a_dated_cell_keeps_its_day():
    cell = parse_schedule_cell("2024-03-15")
    assert cell.date == dt.date(2024, 3, 15) and cell.quarter == Q(2024, 1)


@pytest.mark.parametrize("word,nature", [("续建", "续建"), ("已开工", "续建"), ("前期", "前期"),
                                         ("在建", "续建"), ("新开工", "新开工"), ("已完工", "已完工"),
                                         # other offices' words: carried over (being built), about to start, planned
                                         ("结转", "续建"), ("拟开工", "新开工"), ("新开", "新开工"), ("谋划", "前期"),
                                         ("预备", "前期"), ("谋划储备", "前期"), ("加快前期", "前期"),
                                         ("跨年度续建", "续建")])
def test_nature_words_are_recognised_not_errors(word, nature):
    cell = parse_schedule_cell(word)
    assert cell.quarter is None and cell.nature == nature and cell.text == word


def test_blank_is_an_empty_cell():
    assert parse_schedule_cell(None).quarter is None
    assert parse_schedule_cell("  ").quarter is None


@pytest.mark.parametrize("text", ["明年", "2024年五季度", "2024年13月", "Q5 2024", "abc", "2024-02-30", True, 12.5,
                                  "25年", "2年3月", "20241332"])
def test_anything_else_is_a_clear_error_quoting_the_text(text):
    with pytest.raises(QuarterParseError) as err:
        Quarter.parse(text)
    assert str(text) in str(err.value)


@pytest.mark.parametrize("text, reason", [("2024-13-01", "月份应为1-12"), ("2024年13月", "月份应为1-12"),
                                          ("2024-02-30", "这个月没有这一天"), ("2024年4月31日", "这个月没有这一天")])
def test_an_impossible_date_says_why_in_the_planners_words(text, reason):
    # the date's own complaint came through in Python's English ("month must be in 1..12") in a Chinese message
    with pytest.raises(QuarterParseError) as err:
        parse_schedule_cell(text)
    assert f"（{reason}）" in str(err.value) and not any("a" <= ch <= "z" for ch in str(err.value).split("；")[0])


def test_a_nature_word_is_not_a_quarter():
    with pytest.raises(QuarterParseError, match="续建"):
        Quarter.parse("续建")


def test_labels():
    assert Q(2024, 1).label_zh == "2024年一季度"
    assert Q(2024, 4).label_zh == "2024年四季度"
    assert Q(2024, 1).short == str(Q(2024, 1)) == "2024Q1"


def test_ordering_arithmetic_and_ranges():
    assert Q(2023, 4) < Q(2024, 1) < Q(2024, 2)
    assert Q(2024, 4) + 1 == Q(2025, 1)
    assert Q(2025, 1) - 1 == Q(2024, 4)
    assert Q(2025, 2) - Q(2024, 3) == 3
    assert list(Quarter.range(Q(2024, 3), Q(2025, 2))) == [Q(2024, 3), Q(2024, 4), Q(2025, 1), Q(2025, 2)]
    assert list(Quarter.range(Q(2024, 2), Q(2024, 1))) == []


def test_calendar_bounds():
    assert Q(2024, 1).start_date == dt.date(2024, 1, 1)
    assert Q(2024, 1).end_date == dt.date(2024, 3, 31)
    assert Q(2024, 4).end_date == dt.date(2024, 12, 31)


def test_invalid_quarters_cannot_be_made():
    with pytest.raises(ValueError):
        Q(2024, 5)


quarters = st.builds(Quarter, st.integers(1900, 2999), st.integers(1, 4))


@given(quarters)
def test_short_form_round_trips(q):
    assert Quarter.parse(str(q)) == q


@given(quarters)
def test_chinese_label_round_trips(q):
    assert Quarter.parse(q.label_zh) == q


@given(quarters, st.integers(-400, 400))
def test_adding_then_subtracting_is_identity(q, n):
    try:
        moved = q + n
    except ValueError:
        return  # left the supported years
    assert moved - q == n and moved - n == q


@given(st.dates(dt.date(1901, 1, 1), dt.date(2999, 12, 31)))
def test_every_date_falls_inside_its_quarter(d):
    q = Quarter.from_date(d)
    assert q.start_date <= d <= q.end_date
    assert Quarter.parse(d.isoformat()) == q


def test_deadlines_as_measure_tables_write_them():
    assert parse_schedule_cell("2024年6月底前").quarter == Quarter(2024, 2)
    assert parse_schedule_cell("2024年6月底前完成").quarter == Quarter(2024, 2)
    assert parse_schedule_cell("2024年底前建成").quarter == Quarter(2024, 4)
    assert parse_schedule_cell("2024年9月30日前").quarter == Quarter(2024, 3)
    with pytest.raises(QuarterParseError):
        parse_schedule_cell("2024年前完成")  # by the end of 2023 or of 2024: not guessed


def test_within_a_named_year_is_by_its_end_as_within_the_tables_year_is():
    # "年内开工" and "2024年内" were the fourth quarter, "2024年内开工" and "今年内开工" the year with no
    # quarter: the same deadline written with its year was never due, nor ever late
    for text in ("年内开工", "2024年内开工", "今年内开工", "2024年内完工", "2024年年内开工", "2024年内"):
        assert parse_schedule_cell(text, 2024).quarter == Q(2024, 4), text
    # a year with no "within" stays the year alone: when in it is not said
    assert (parse_schedule_cell("2024年开工").quarter, parse_schedule_cell("2024年开工").year) == (None, 2024)


def test_before_the_first_of_a_month_is_by_the_end_of_the_month_before():
    # "7月1日前" was the third quarter: a project due by 30 June showed as due a quarter late
    cell = parse_schedule_cell("2024年7月1日前")
    assert (cell.quarter, cell.date) == (Quarter(2024, 2), dt.date(2024, 6, 30))
    assert parse_schedule_cell("2024年7月1日前完成").quarter == Quarter(2024, 2)
    assert parse_schedule_cell("2025年1月1日前").quarter == Quarter(2024, 4)
    assert parse_schedule_cell("2024年7月11日前").quarter == Quarter(2024, 3)  # the 11th is in July
    assert parse_schedule_cell("2024年7月1日").quarter == Quarter(2024, 3)  # on the day, not before it
    # 七一 (1 July) and 十一 (National Day) as deadlines; 十一月 stays November
    assert parse_schedule_cell("2025年七一前").quarter == Quarter(2025, 2)
    assert parse_schedule_cell("七一前", 2024).quarter == Quarter(2024, 2)
    assert parse_schedule_cell("2024年十一前").quarter == Quarter(2024, 3)
    assert parse_schedule_cell("2024年十一月").quarter == Quarter(2024, 4)


def test_a_cell_without_its_year_is_read_in_the_tables_year():
    for text, q in (("三季度", 3), ("第三季度", 3), ("Q3", 3), ("6月底前", 2), ("上半年", 2), ("年底", 4),
                    ("年内", 4), ("年度内", 4), ("全年", 4), ("12月", 4), ("9月30日前", 3), ("一季度完成", 1)):
        assert parse_schedule_cell(text, 2024).quarter == Quarter(2024, q), text
        with pytest.raises(QuarterParseError):
            parse_schedule_cell(text)  # no year to read it in: said, not guessed
    with pytest.raises(QuarterParseError):
        parse_schedule_cell("3", 2024)  # a bare number names no part of a year
    assert parse_schedule_cell("2025年一季度", 2024).quarter == Quarter(2025, 1)  # its own year wins
    assert parse_schedule_cell("2024年度内").quarter == Quarter(2024, 4)  # as "2024年内" (it was refused)
    assert parse_schedule_cell("续建", 2024).nature == "续建"


def test_a_start_and_a_completion_in_one_cell():
    from milestones.domain.schedule_span import parse_schedule_span

    def span(text, year=None):
        a, b = parse_schedule_span(text, year)
        return a.quarter, b.quarter

    assert span("2024.03-2025.12") == (Q(2024, 1), Q(2025, 4))
    assert span("2024-03-15至2024-11-30") == (Q(2024, 1), Q(2024, 4))
    assert span("2023年四季度—2024年三季度") == (Q(2023, 4), Q(2024, 3))
    assert span("2024年6月至12月") == (Q(2024, 2), Q(2024, 4))
    # "2024.3-12": March to December (it was refused: a 开竣工时间 column's cell blocked the whole import)
    assert span("2024.3-12") == span("2024.03-12") == span("2024/3-12") == (Q(2024, 1), Q(2024, 4))
    assert parse_schedule_cell("2024.03-12").date == dt.date(2024, 3, 12)  # alone, a day
    with pytest.raises(QuarterParseError):
        parse_schedule_span("2024.9-3")  # December before March: not a span
    # the end that leaves out its year is written with it, as a tooltip shows the plan's words
    assert [c.text for c in parse_schedule_span("2024年3-6月")] == ["2024年3月", "2024年6月"]
    assert parse_schedule_span("2024.3-12")[1].text == "2024年12月"
    assert parse_schedule_span("2024年三季度至年底")[1].text == "2024年底"
    assert span("2024Q1~2024Q3") == (Q(2024, 1), Q(2024, 3))
    assert span("三季度至年底", 2024) == (Q(2024, 3), Q(2024, 4))
    assert parse_schedule_span("续建")[0].nature == "续建"
    for bad in ("2024.03", "2025.06-2024.12", "明年", "计划开工"):
        with pytest.raises(QuarterParseError):
            parse_schedule_span(bad)
    # one end alone, its word saying which; the two ends apart; the plan's own verbs before a date
    assert span("2024年四季度开工") == (Q(2024, 4), None)
    assert span("力争年底前建成", 2024) == (None, Q(2024, 4))
    assert span("计划2024年3月开工，2025年底竣工") == (Q(2024, 1), Q(2025, 4))
    assert span("已于2023年6月开工；预计2025年底投用") == (Q(2023, 2), Q(2025, 4))
    # one above the other in the cell, labelled or not; a stray space in one date is no second date
    assert span("2024年3月\n2025年12月") == (Q(2024, 1), Q(2025, 4))
    assert span("竣工：2025年12月\n开工：2024年3月") == (Q(2024, 1), Q(2025, 4))
    with pytest.raises(QuarterParseError):
        parse_schedule_span("2024年 3月")
    # begun and still going: the start, no completion; two dates apart by "/" where each names its year
    assert span("2024年3月至今") == (Q(2024, 1), None)
    assert span("2023年起") == (Q(2023, 1), None)  # from the year's beginning, as a span of years
    assert span("2024年3月/2025年12月") == (Q(2024, 1), Q(2025, 4))
    assert span("2024年3-6月") == (Q(2024, 1), Q(2024, 2))
    # the months or quarters of the table's year, its year not written (refused, where "2024年6-9月" was read)
    for text in ("6-9月", "6—9月", "6至9月", "6～9月底"):
        assert span(text, 2024) == (Q(2024, 2), Q(2024, 3)), text
    assert [c.text for c in parse_schedule_span("6-9月", 2024)] == ["2024年6月", "2024年9月"]
    assert span("二至三季度", 2024) == span("二、三季度", 2024) == (Q(2024, 2), Q(2024, 3))
    with pytest.raises(QuarterParseError):
        parse_schedule_span("二至三季度")  # no year to read it in


def test_quarter_columns_of_a_quarterly_report_are_recognised():
    from milestones.spreadsheet.quarter_headings import quarter_field

    assert quarter_field("一季度计划投资") == "q1_planned"
    assert quarter_field("二季度完成投资") == "q2_actual" and quarter_field("Q3实际投资") == "q3_actual"
    assert quarter_field("四季度形象进度") == "q4_progress"
    assert quarter_field("4-6月完成投资") == "q2_actual" and quarter_field("10至12月计划投资") == "q4_planned"
    # running totals from January: the store makes them the quarter's own figure
    assert quarter_field("1-6月完成投资") == "q2_to_date"
    assert quarter_field("截至三季度累计完成投资") == "q3_to_date"
    assert quarter_field("上半年完成投资") == "q2_to_date" and quarter_field("前三季度实际完成投资") == "q3_to_date"
    assert quarter_field("全年完成投资") == "q4_to_date" and quarter_field("上半年计划投资") is None
    assert quarter_field("二季度工作进展") == "q2_progress"
    # what was planned for the quarter is its goal, not what was done in it
    assert quarter_field("一季度形象进度目标") == "q1_goal" and quarter_field("三季度节点目标") == "q3_goal"
    for head in ("累计完成投资", "1-6月计划投资", "年度计划投资", "开工季度"):  # since when? / no quarter
        assert quarter_field(head) is None, head


def test_a_year_in_chinese_numerals():
    assert parse_schedule_cell("二〇二五年").quarter == Quarter(2025, 4)
    assert parse_schedule_cell("二〇二四年三季度").quarter == Quarter(2024, 3)
    assert parse_schedule_cell("二季度", 2024).quarter == Quarter(2024, 2)  # a quarter's numeral is not a year


def test_a_span_of_years_runs_from_the_first_years_beginning_to_the_last_ones_end():
    from milestones.domain.schedule_span import parse_schedule_span

    for text in ("2024-2026", "2024年-2026年", "2024年至2026年"):
        start, end = parse_schedule_span(text)
        assert (start.quarter, end.quarter) == (Q(2024, 1), Q(2026, 4)), text
    assert parse_schedule_cell("2024").quarter == Q(2024, 4)  # alone, a year is a deadline: its end


def test_what_has_happened_already_reads_too():
    # "已" before the verb: a start or a completion in the past, as a report says it
    assert parse_schedule_cell("2023年3月已开工").quarter == Q(2023, 1)
    assert parse_schedule_cell("2024年底已完工").quarter == Q(2024, 4)
    # the year only, and what has happened says the nature as "已开工" alone does (it said nothing)
    assert (parse_schedule_cell("2023年已开工").year, parse_schedule_cell("2023年已开工").nature) == (2023, "续建")
    assert parse_schedule_cell("2022年已建成").nature == "已完工"
    assert parse_schedule_cell("2024年开工").nature is None  # a plan: nothing has happened yet
    assert parse_schedule_cell("已建成").nature == "已完工"


def test_months_in_chinese_numerals_and_a_short_year_before_a_quarter():
    assert parse_schedule_cell("2024年十一月底前").quarter == Q(2024, 4)
    assert parse_schedule_cell("三月底", 2024).quarter == Q(2024, 1)
    assert parse_schedule_cell("二〇二五年十二月").quarter == Q(2025, 4)
    assert parse_schedule_cell("24Q3").quarter == Q(2024, 3)


def test_a_date_followed_by_what_happens_then():
    # "2024年3月开工建设", "2025年底建成投用": the date is the event's; a stray full stop is no part of it
    assert parse_schedule_cell("2024年3月开工建设").quarter == Q(2024, 1)
    assert parse_schedule_cell("2025年底建成投用").quarter == Q(2025, 4)
    assert parse_schedule_cell("2025年6月竣工验收").quarter == Q(2025, 2)
    assert parse_schedule_cell("2024.3.").quarter == Q(2024, 1)


def test_a_year_named_from_the_tables_own():
    from milestones.domain.schedule_span import parse_schedule_span

    # "明年6月" in a 2024 table: refused before, as a date with no year it could read
    for text, expected in (("当年", Q(2024, 4)), ("今年底", Q(2024, 4)), ("明年6月", Q(2025, 2)),
                           ("次年三季度", Q(2025, 3)), ("去年12月", Q(2023, 4)), ("本年度内", Q(2024, 4))):
        assert parse_schedule_cell(text, 2024).quarter == expected, text
    with pytest.raises(QuarterParseError):
        parse_schedule_cell("明年6月")  # with no table year, not guessed
    start, end = parse_schedule_span("2024年3月至明年底", 2024)
    assert (start.quarter, end.quarter) == (Q(2024, 1), Q(2025, 4))


def test_a_month_and_day_without_a_year_is_a_day_of_the_tables_year():
    # "12.31前", "6.30", "6/30" in a task list's 完成时限 were refused as no date ("12.31前" was the one example
    # the reader of numbered deadlines knew as a date, and it could not read it)
    for text, day in (("12.31前", dt.date(2024, 12, 31)), ("6.30", dt.date(2024, 6, 30)), ("6/30", dt.date(2024, 6, 30)),
                      ("12.31日前", dt.date(2024, 12, 31)), ("6.30完成", dt.date(2024, 6, 30)),
                      ("7.1前", dt.date(2024, 6, 30))):  # before the 1st: by the day before, in the second quarter
        cell = parse_schedule_cell(text, 2024)
        assert (cell.quarter, cell.date) == (Quarter.from_date(day), day), text
    # typed as a number: 12.31 is 31 December; 6.3 may have been 6.30 (the nought dropped): June, no day
    assert (parse_schedule_cell(12.31, 2024).date, parse_schedule_cell(6.3, 2024).quarter) == \
        (dt.date(2024, 12, 31), Q(2024, 2))
    assert parse_schedule_cell(6.3, 2024).date is None
    for no_day in ("4.31", "13.5", "2.30", "1.5亿", 4.31, 13.5):
        with pytest.raises(QuarterParseError):
            parse_schedule_cell(no_day, 2024)
    with pytest.raises(QuarterParseError):
        parse_schedule_cell("12.31")  # no year to read it in
    assert parse_schedule_cell("2024.3", 2024).quarter == Q(2024, 1)  # a year and month, as before


def test_a_deadline_set_by_a_festival_is_the_month_it_falls_in_or_before():
    # "2024年春节前完成" was refused, as was "国庆节前" in a table of 2024
    assert parse_schedule_cell("2024年春节前完成").quarter == Quarter(2024, 1)
    assert parse_schedule_cell("国庆节前", 2024).quarter == Quarter(2024, 3)
    assert parse_schedule_cell("2024年五一前").quarter == Quarter(2024, 2)
    assert parse_schedule_cell("汛期前完工", 2024).quarter == Quarter(2024, 2)
    assert parse_schedule_cell("春节后开工", 2025).quarter == Quarter(2025, 1)
    # the 两会 (a district's in January or February, the nation's in March), 清明 (April), 元宵 (February)
    assert parse_schedule_cell("2024年两会后", 2024).quarter == Quarter(2024, 1)
    assert parse_schedule_cell("全国两会前", 2024).quarter == Quarter(2024, 1)
    assert parse_schedule_cell("2024年清明节后").quarter == Quarter(2024, 2)
    assert parse_schedule_cell("清明前", 2024).quarter == Quarter(2024, 1)
    assert parse_schedule_cell("2025年元宵节后开工").quarter == Quarter(2025, 1)
    # the flood season's end (September here) and the main flood season (June to August)
    assert parse_schedule_cell("汛期结束前", 2024).quarter == Quarter(2024, 3)
    assert parse_schedule_cell("2024年汛期结束后").quarter == Quarter(2024, 4)
    assert parse_schedule_cell("主汛期前", 2024).quarter == Quarter(2024, 2)
    with pytest.raises(QuarterParseError):  # the end of 2024 or of 2025? not guessed
        parse_schedule_cell("2025年元旦前")
    with pytest.raises(QuarterParseError):  # no year to read it in
        parse_schedule_cell("春节前")


def test_a_school_due_by_its_term_or_a_season_is_the_month_the_term_or_season_starts():
    # a school's completion "2024年秋季开学前投用" or "2024年秋季投用" was refused, and with it the whole file
    assert parse_schedule_cell("2024年秋季开学前投用").quarter == Quarter(2024, 3)  # by August
    assert parse_schedule_cell("确保2024年秋季学期投入使用").quarter == Quarter(2024, 3)
    assert parse_schedule_cell("2024年秋季投用").quarter == Quarter(2024, 3)
    assert parse_schedule_cell("2025年春季开学前", 2024).quarter == Quarter(2025, 1)
    assert parse_schedule_cell("暑假前完工", 2024).quarter == Quarter(2024, 2)  # by June
    assert parse_schedule_cell("2024年暑期").quarter == Quarter(2024, 3)
    assert parse_schedule_cell("2024年冬季").quarter == Quarter(2024, 4)
    start, end = parse_schedule_span("2024年春季开工，秋季开学前建成", 2024)
    assert (start.quarter, end.quarter) == (Quarter(2024, 1), Quarter(2024, 3))
    with pytest.raises(QuarterParseError):  # no year to read it in
        parse_schedule_cell("秋季开学前")


def test_a_state_going_on_in_a_schedule_column_is_the_projects_nature():
    # "前期工作中" as the start refused the row, and with it the whole file
    assert parse_schedule_cell("前期工作中").nature == "前期"
    assert parse_schedule_cell("正在开展前期工作").nature == "前期"
    assert parse_schedule_cell("施工中").nature == "续建"
    assert parse_schedule_span("在建中")[0].nature == "续建"
    with pytest.raises(QuarterParseError):  # a word alone is not a state going on
        parse_schedule_cell("建设")


def test_a_remark_in_brackets_after_the_date_is_kept_in_the_wording_and_the_date_read():
    # "2024年3月（已开工）" was refused, and with it the whole file
    cell = parse_schedule_cell("2024年3月（已开工）")
    assert (cell.quarter, cell.text) == (Quarter(2024, 1), "2024年3月（已开工）")
    assert parse_schedule_cell("2024年12月(预计)").quarter == Quarter(2024, 4)
    assert parse_schedule_cell("三季度（力争）", 2024).quarter == Quarter(2024, 3)
    assert parse_schedule_cell("续建（已开工）").nature == "续建"
    # a bracket holding a figure is no remark: which date is meant is not guessed
    with pytest.raises(QuarterParseError):
        parse_schedule_cell("2024年3月（2025年6月）")
    with pytest.raises(QuarterParseError):  # a remark alone is no date
        parse_schedule_cell("（已开工）")


@pytest.mark.parametrize("text,quarter,rest", [
    ("3月开工", (2024, 1), "开工"), ("年底前新引进首店40家", (2024, 4), "新引进首店40家"),
    ("三季度开工重庆站", (2024, 3), "开工重庆站"), ("2025年6月竣工", (2025, 2), "竣工"),
    ("10-12月完成装修", (2024, 4), "完成装修"), ("9月30日前完工", (2024, 3), "完工"), ("Q3开工", (2024, 3), "开工"),
    ("2024.6开工", (2024, 2), "开工"), ("十一月底前完工", (2024, 4), "完工"), ("2024年全年完成", (2024, 4), "完成"),
    ("第二季度：开工建设", (2024, 2), "开工建设")])
def test_the_time_a_step_begins_with(text, quarter, rest):
    from milestones.domain.schedule_words import leading_time

    assert leading_time(text, 2024) == (Quarter(*quarter), rest)


@pytest.mark.parametrize("text", ["建成5G基站500个", "12个街道全覆盖", "3月", "2024年完成"])
def test_words_that_begin_with_no_time_or_are_only_one(text):
    from milestones.domain.schedule_words import leading_time

    assert leading_time(text, 2024) == (None, text)


@pytest.mark.parametrize("title, quarter, month", [
    ("渝中区2024年二季度重点项目推进情况", 2, None),
    ("2024年1-7月重点项目推进情况", 3, 7),
    ("渝中区2024年8月重点项目推进情况", 3, 8),
    ("截至2024年7月底重点项目推进情况", 3, 7),
    ("截至2024年7月31日重点项目建设进展", 3, 7),
    ("截至2024年9月底重点项目推进情况", 3, None),  # the quarter's last month: the quarter done
    ("截至2024年12月底重点项目完成情况", 4, None),
    ("2024年重点项目投资计划（2024年3月印发）", None, None),  # a date stamp, not a report's month
])
def test_the_quarter_and_month_a_reports_title_names(title, quarter, month):
    from milestones.spreadsheet.quarter_headings import month_inside, title_quarter

    assert (title_quarter(title), month_inside(title)) == (quarter, month)


@pytest.mark.parametrize("text, end, quarter", [
    ("2024年3-6月", "start", Quarter(2024, 1)), ("2024年3-6月", "completion", Quarter(2024, 2)),
    ("2024年二、三季度", "completion", Quarter(2024, 3)), ("2024.11-2025.03", "completion", Quarter(2025, 1)),
    ("2024年3月开工，2025年底建成", "start", Quarter(2024, 1)),
    ("2024年3月起", "completion", None), ("2024年3月起", "start", Quarter(2024, 1)),  # begun, no end said
    ("明年春天", "start", None),
])
def test_the_end_a_span_typed_for_one_end_stands_for(text, end, quarter):
    from milestones.domain.schedule_span import end_of_span

    assert end_of_span(text, 2024, end) == quarter


_TEXT_AS_TYPED = st.text(st.sampled_from(
    list("重庆长滨二期南区，：；（）！？％、。 　\t\n0123456789０１２３４５６７８９ＡＢａｂAbc-−–①⑴❶㎡Ⅳ兀⺈\u0301\u00e9e"
         "\ue000\ue001")), max_size=40)


@given(st.lists(_TEXT_AS_TYPED, max_size=8))
def test_folding_is_nfkc_and_a_cells_text_keeps_its_chinese_punctuation(texts):
    # the fast paths (common full-width punctuation replaced, the NFKC pass only where anything else is left) give
    # what NFKC gives, one text or many joined by NULs, as the 50,000-name import folds them
    import re
    import unicodedata

    from milestones.domain.plain_text import folded, normalise_text, plain_minus, without_marks
    from milestones.spreadsheet.cells import nfkc

    for text in [*texts, "\0".join(texts)]:
        assert folded(text) == unicodedata.normalize("NFKC", text)
        bare = plain_minus(without_marks(text))
        assert normalise_text(text) == re.sub(r"\s+", "", unicodedata.normalize("NFKC", bare))
        if "\ue000" not in text and "\ue001" not in text:  # private characters stand for the punctuation kept
            assert nfkc(text) == _nfkc_kept(bare)


def _nfkc_kept(text):
    """The cell text NFKC gives with the Chinese punctuation kept, as the import had it before its fast path."""
    import unicodedata

    marks = "，：；（）！？"
    protect = str.maketrans({c: chr(0xE000 + i) for i, c in enumerate(marks)})
    restore = str.maketrans({chr(0xE000 + i): c for i, c in enumerate(marks)})
    return unicodedata.normalize("NFKC", text.translate(protect)).translate(restore)


@pytest.mark.parametrize("text", ["2024年", "2024", 2024, "年内", "2024年内", "年内开工", "2024年内完工", "全年",
                                  "本年度", "2024年度", "当年", "２０２４年"])
def test_a_date_giving_only_its_year(text):
    assert within_the_year(text)


@pytest.mark.parametrize("text", ["2024年底", "年底", "2024年四季度", "2024年3月", "开工", "", None, "2024年前",
                                  "续建", "2024年上半年", "年中"])
def test_a_date_giving_more_than_its_year(text):
    assert not within_the_year(text)


@pytest.mark.parametrize("text, quarter", [("2024年Ⅲ季度", "2024Q3"), ("2024年第Ⅳ季度", "2024Q4"), ("2025年Ⅱ季度末", "2025Q2"),
                                           ("2024年III季度", "2024Q3"), ("Ⅰ季度", "2024Q1")])
def test_a_quarter_in_roman_numerals(text, quarter):
    # "2024年Ⅲ季度", as some offices number the quarters, refused the row as no time
    assert str(parse_schedule_cell(text, 2024).quarter) == quarter


@pytest.mark.parametrize("text,expected", [
    ("3/15/2024", Quarter(2024, 1)), ("15/03/2024", Quarter(2024, 1)), ("12/31/2025", Quarter(2025, 4)),
    ("3/2/2024", Quarter(2024, 1)),  # March 2 or February 3: the first quarter either way
    ("Mar-24", Quarter(2024, 1)), ("Dec-25", Quarter(2025, 4)), ("March 2024", Quarter(2024, 1)),
    ("Sept 2025", Quarter(2025, 3)),
])
def test_dates_as_excel_writes_them_for_other_countries(text, expected):
    # a CSV saved by Excel set to US or European dates ("3/15/2024", "Mar-24") was refused as no date
    assert parse_schedule_cell(text).quarter == expected


def test_a_day_and_month_that_could_be_either_in_two_quarters_is_refused_saying_why():
    with pytest.raises(QuarterParseError) as exc:
        parse_schedule_cell("2/5/2024")  # February 5 or May 2
    assert exc.value.reason == "看不出是月/日还是日/月：请写成 2024-03-15 或 2024年3月"


def test_a_nature_with_a_remark_a_state_going_on_and_a_date_not_set_are_no_errors():
    # "续建（2022年开工）", "正在办理前期手续", "开工时间待定" in a schedule column each refused the row (and so the file)
    assert parse_schedule_cell("续建（2022年开工）").nature == "续建"
    assert parse_schedule_cell("前期（待立项）").nature == "前期"
    assert parse_schedule_cell("正在办理前期手续").nature == "前期"
    from milestones.domain.schedule_words import undated

    assert undated("开工时间待定") and undated("竣工日期待定") and undated("时间待定")
    assert not undated("2024年3月")


def test_a_text_cell_repeated_down_a_column_is_parsed_once():
    # 50,000 projects' "2024年一季度": the parse is cached (a helper written above it once took the cache away)
    from milestones.domain import schedule_cell

    schedule_cell._parse_text.cache_clear()
    for _ in range(3):
        parse_schedule_cell("2024年二季度末", 2024)
    info = schedule_cell._parse_text.cache_info()
    assert (info.misses, info.hits) == (1, 2)


def test_a_month_before_its_year_is_that_month():
    # "3/2024", "03-2024", "12.2024" (a system set to English dates) were refused
    assert parse_schedule_cell("3/2024").quarter == Quarter(2024, 1)
    assert parse_schedule_cell("03-2024").quarter == Quarter(2024, 1)
    assert parse_schedule_cell("12.2024").quarter == Quarter(2024, 4)
    with pytest.raises(QuarterParseError):
        parse_schedule_cell("13/2024")
