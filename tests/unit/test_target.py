import re
import pytest
from hypothesis import given, strategies as st

from milestones.domain.target import Score, Target, TargetParseError, parse_number

CASES = [
    ("6%左右", "about", 6, "%"),
    ("6左右", "about", 6, None),
    ("5%", "exact", 5, "%"),
    ("增长5%", "exact", 5, "%"),
    ("增长7.5%", "exact", 7.5, "%"),
    ("8%以上", "at_least", 8, "%"),
    ("增长15%以上", "at_least", 15, "%"),
    ("≥300", "at_least", 300, None),
    ("300天", "exact", 300, "天"),
    ("不低于97%", "at_least", 97, "%"),
    ("97%以上", "at_least", 97, "%"),
    ("5.5%以内", "at_most", 5.5, "%"),
    ("控制在1.3%以内", "at_most", 1.3, "%"),
    ("突破650亿元", "above", 650, "亿元"),
    ("超过750亿元", "above", 750, "亿元"),
    ("低于3%", "below", 3, "%"),
    ("不超过10%", "at_most", 10, "%"),
    ("下降3%", "at_most", -3, "%"),
    ("4.6万人", "exact", 4.6, "万人"),
    ("1,234.5亿元", "exact", 1234.5, "亿元"),
    ("６％左右", "about", 6, "%"),  # full-width
    ("6%上下", "about", 6, "%"),  # 上下 is about, as 左右 (the unit was "%上下")
    ("下降3%以内", "at_least", -3, "%"),  # a fall of at most 3 %
    ("负增长2%", "at_most", -2, "%"),  # a fall, as 下降2% (read as a growth of 2 %)
    ("5%-6%", "at_least", 5, "%"),  # a range: its lower end is what must be reached (it read as −6)
    ("5.5%~6%", "at_least", 5.5, "%"),
    ("增长5.5%—6%", "at_least", 5.5, "%"),
    # brackets holding the target itself (no subject of their own) give its figure
    ("增长（6%左右）", "about", 6, "%"),
    ("完成市下达任务（下降3%）", "at_most", -3, "%"),
    ("不低于（95%）", "at_least", 95, "%"),  # it read as exactly 95
    ("控制在（3%）以内", "at_most", 3, "%"),  # its unit was "%)"
    # a fall narrowed to a figure: the change is at least minus it (it read as at most +5, subject "降幅收窄至")
    ("降幅收窄至5%以内", "at_least", -5, "%"), ("跌幅收窄到3%", "at_least", -3, "%"),
    ("城乡居民收入比缩小至2.2", "at_most", 2.2, None),  # narrowed to a figure: a ceiling (it read as exactly 2.2)
    # a growth of two digits: 10 % or more (it was words no figure could meet)
    ("保持两位数增长", "at_least", 10, "%"), ("增速保持两位数", "at_least", 10, "%"),
]


@pytest.mark.parametrize("text,op,value,unit", CASES, ids=[c[0] for c in CASES])
def test_targets_as_plans_write_them(text, op, value, unit):
    t = Target.parse(text)
    assert (t.op, t.value, t.unit) == (op, value, unit)
    assert t.text == text  # the original wording is always kept


@pytest.mark.parametrize("text", ["超过", "与经济增长同步", "高于GDP增速", "完成市下达任务",
                                  "控制在国家下达目标之内", "Ⅱ类", "地表水II类",
                                  # words that are the target, then a remark with a figure of its own
                                  # (it was read as "at least 10 万元" for a GDP in 亿元)
                                  "翻一番（全省人均GDP≥10万元）", "达到国家标准（PM2.5≤35）"])
def test_relative_delegated_and_class_targets_are_kept_as_text(text):
    t = Target.parse(text)
    assert t.op == "text" and t.value is None and t.text == text
    assert t.score(123.0) is Score.UNSCORABLE


def test_a_date_in_a_target_is_when_not_how_much():
    # "6月底前完成一期" was read as 6 of "月底前完成一期"
    t = Target.parse("解放碑步行街提档升级，6月底前完成一期")
    assert (t.op, t.value) == ("text", None)
    assert Target.parse("1-3季度完成").op == "text"
    t = Target.parse("6月底前完成30个")
    assert (t.value, t.unit, t.subject) == (30.0, "个", None)  # the date is no subject either
    assert Target.parse("完成老旧小区改造30个，6月底前开工").value == 30.0


@pytest.mark.parametrize("text", ["建设5G基站", "5G基站全覆盖", "打造5G应用场景", "实施“5G+”行动", "创建国家4A级旅游景区",
                                  "完成3D打印中心建设", "PM2.5年均浓度达标", "办好G20配套活动"])
def test_a_number_inside_a_latin_name_is_no_figure(text):
    # "建设5G基站" was a target of 5 "G基站": judged as a figure to reach, counted as quantified
    assert (Target.parse(text).op, Target.parse(text).value) == ("text", None)


def test_a_figure_beside_a_latin_name_or_with_a_latin_unit_is_read():
    t = Target.parse("新建5G基站300个")
    assert (t.op, t.value, t.unit, t.subject) == ("exact", 300.0, "个", "新建5G基站")
    assert (Target.parse("新增4A级景区1个").value, Target.parse("新增4A级景区1个").unit) == (1.0, "个")
    assert (Target.parse("PM2.5平均浓度控制在35微克/立方米以内").value, Target.parse("新增装机100MW").unit,
            Target.parse("建成道路12km").unit) == (35.0, "MW", "km")


def test_a_lists_numbering_is_no_part_of_the_subject():
    assert Target.parse("（1）新增市场主体1.2万户").subject == "新增市场主体"
    assert Target.parse("2.新建学校3所").subject == "新建学校"


def test_what_a_growth_is_compared_with_is_no_part_of_the_subject():
    # "同比增长7%" listed the target as counting "同比", "年均增长7%" as counting "年"
    for text in ("同比增长7%", "比上年增长7%", "较上年度增长7%", "较2023年增长7%", "年均增长7%", "环比增长7%"):
        t = Target.parse(text)
        assert (t.op, t.value, t.unit, t.subject) == ("exact", 7.0, "%", None), text
    t = Target.parse("社会消费品零售总额比上年增长8%左右")
    assert (t.op, t.value, t.subject) == ("about", 8.0, "社会消费品零售总额")
    t = Target.parse("固定资产投资同比下降3%以内")
    assert (t.value, t.subject) == (-3.0, "固定资产投资")
    # "上升1个百分点" is a rise as "提高1个百分点" is, not a target of something called 上升
    assert Target.parse("上升1个百分点").subject is None
    assert Target.parse("增加0.5个百分点").subject is None
    assert Target.parse("安全事故起数为0").subject == "安全事故起数"  # "为" is no part of the name
    # when is no part of what ("全年新增城镇就业"); a mark the figure passes ("大关", "台阶") is not what it counts
    assert Target.parse("全年新增城镇就业4.6万人以上").subject == "新增城镇就业"
    t = Target.parse("力争突破1800亿元大关")
    assert (t.op, t.value, t.subject) == ("above", 1800.0, None)
    t = Target.parse("迈上1800亿元台阶")
    assert (t.op, t.value, t.subject) == ("at_least", 1800.0, None)
    # what the last clause counts, not the work the clause before names
    assert Target.parse("推进重点项目建设，完成固定资产投资200亿元以上").subject == "完成固定资产投资"
    # where the change starts from is no part of what changes
    assert Target.parse("营业收入由80亿元提升至100亿元").subject == "营业收入"
    t = Target.parse("由3.5%下降到3%")
    assert (t.op, t.value, t.subject) == ("at_most", 3.0, None)


def test_prose_targets_keep_their_subject():
    t = Target.parse("举办各类交流论坛及互动活动20场以上")
    assert (t.subject, t.op, t.value, t.unit) == ("举办各类交流论坛及互动活动", "at_least", 20, "场")
    t = Target.parse("力争本外币存贷款余额、保费收入均增长12%左右")
    assert (t.subject, t.op, t.value, t.unit) == ("本外币存贷款余额、保费收入", "about", 12, "%")


@pytest.mark.parametrize("text,actual,score", [
    ("8%以上", 8.0, Score.MET), ("8%以上", 7.9, Score.NOT_MET),
    ("5.5%以内", 5.5, Score.MET), ("5.5%以内", 5.6, Score.NOT_MET),
    ("突破650亿元", 650.0, Score.NOT_MET), ("突破650亿元", 650.1, Score.MET),
    ("低于3%", 3.0, Score.NOT_MET), ("低于3%", 2.9, Score.MET),
    ("6%左右", 5.5, Score.MET), ("6%左右", 5.3, Score.NOT_MET),
    ("增长5%", 5.1, Score.MET), ("增长5%", 4.0, Score.NOT_MET),
    ("下降3%", -3.5, Score.MET), ("下降3%", -1.0, Score.NOT_MET),
    # a fall of at most 3 %: −1 % is within it, −4 % beyond (both were judged the other way round)
    ("下降3%以内", -1.0, Score.MET), ("下降3%以内", -4.0, Score.NOT_MET),
    ("下降不超过3%", -2.0, Score.MET), ("降低0.5个百分点以内", -1.0, Score.NOT_MET),
    ("降幅控制在3%以内", -2.0, Score.MET), ("降幅控制在3%以内", -4.0, Score.NOT_MET),
    ("降幅收窄至5%以内", -4.0, Score.MET), ("降幅收窄至5%以内", -6.0, Score.NOT_MET),
    # "负增长控制在2%以内" (a fall of at most 2 %) read as a growth of at most 2: a fall of 5 % met it
    ("负增长控制在2%以内", -1.5, Score.MET), ("负增长控制在2%以内", -5.0, Score.NOT_MET),
    ("工业投资实现两位数增长", 10.5, Score.MET), ("工业投资实现两位数增长", 9.0, Score.NOT_MET),
    # a fall of about 3 %: −4 % is more than enough, −1 % short (it was the other way round)
    ("降低3%左右", -4.0, Score.MET), ("降低3%左右", -2.8, Score.MET), ("降低3%左右", -1.0, Score.NOT_MET),
    # a count of nothing is a ceiling: two accidents are not "0起" met; a growth of 0 % stays a level
    ("重大安全事故0起", 0.0, Score.MET), ("重大安全事故0起", 2.0, Score.NOT_MET), ("增长0%", 2.0, Score.MET),
    ("300天", None, Score.UNSCORABLE),
])
def test_scoring_an_actual_against_a_target(text, actual, score):
    assert Target.parse(text).score(actual) is score


def test_blank_target_is_an_error():
    with pytest.raises(TargetParseError):
        Target.parse("  ")


@pytest.mark.parametrize("text,value", [("1,234.5", 1234.5), ("５.２%", 5.2), ("12亿元", 12.0),
                                        (3, 3.0), ("", None), ("—", None)])
def test_numbers_as_typed_in_tables(text, value):
    assert parse_number(text) == value


def test_text_in_a_number_column_is_an_error():
    with pytest.raises(ValueError, match="不是数字"):
        parse_number("待定")


@given(st.floats(0, 1e6, allow_nan=False).map(lambda x: round(x, 2)),
       st.sampled_from(["左右", "以上", "以内", ""]), st.sampled_from(["%", "亿元", "万人", "天"]))
def test_parse_reads_back_value_and_unit(value, qualifier, unit):
    text = f"{value}{unit}{qualifier}"
    t = Target.parse(text)
    assert t.value == pytest.approx(value) and t.unit == unit and t.text == text


def test_numbers_read_as_written_with_every_digit():
    from milestones.domain.target import plain_number

    # a 6-significant-digit format would show 1.23457e+06 and 3.45679: unreadable, and
    # an editor showing the shortened figure writes it back
    assert plain_number(1234567.0) == "1234567"
    assert plain_number(3.456789) == "3.456789"  # 34567.89 万元 in 亿元
    assert plain_number(0.1 + 0.2) == "0.3"
    assert plain_number(0.00005) == "0.00005"
    assert plain_number(-0.0) == "0"
    assert Target.parse(1234567.0).text == "1234567"


def test_the_exact_operator_is_written_as_a_level_to_reach_and_older_words_still_read():
    from milestones.domain.target import OP_FROM_WORD, OP_WORDS

    assert OP_WORDS["exact"] == "达到"
    for word in ("达到", "等于", "="):  # what our exports write now, wrote before, and people type
        assert OP_FROM_WORD[word] == "exact"


def test_the_thing_counted_after_the_figure_is_the_subject():
    # after a total's lead-in ("共") or examples ("等"), the figure counts what follows it
    assert Target.parse("深化落实三批、共311项川渝通办事项").subject == "川渝通办事项"
    assert Target.parse("全面落实医疗保障、子女入学、科技咨询等68项人才服务").subject == "人才服务"
    assert Target.parse("完成时尚文化城主体工程等项目6个").subject == "完成时尚文化城主体工程等项目"  # unchanged
    assert Target.parse("签约正式合同额600亿元").subject == "签约正式合同额"
    # another list after the count ("…等8个地块和洪崖洞、湖广会馆…等风貌区"): the unit names what is counted
    t = Target.parse("依托富华大厦、圆通寺等8个地块和洪崖洞、湖广会馆、东水驿等风貌区")
    assert (t.subject, t.value, t.unit) == ("地块", 8, "个地块")  # it was "和洪崖洞"



def test_a_bare_verb_before_the_figure_is_not_the_subject_the_object_after_it_is():
    # the report's own wording (yuzhong 2024): the verb alone named nothing in the 指标对象 column
    assert Target.parse("优化19.8公里岸线产业布局、功能配套").subject == "岸线产业布局"
    t = Target.parse("联动提升120万平方米的龙湖时代天街、万锦汇、英利大融城等潮流消费载体")
    assert (t.subject, t.value, t.unit) == ("潮流消费载体", 120, "万平方米")
    assert Target.parse("建成3个口袋公园").subject == "口袋公园"
    assert Target.parse("力争盘活15%的可盘活存量国有资产").subject == "可盘活存量国有资产"
    assert Target.parse("探索建立1-3个海外招商代理机构").subject == "海外招商代理机构"  # a range
    # a subject of its own, or nothing after the unit: as before
    assert Target.parse("资金帮扶4000万元").subject == "资金帮扶"
    assert Target.parse("增长5%").subject is None
    assert Target.parse("新增创新孵化平台2家以上").subject == "新增创新孵化平台"


def test_status_words_of_completion_tables():
    from milestones.domain.verdicts import verdict_of

    # the listed words as offices vary them: how and what was done, or a "not" of another word (each said nothing)
    for word in ("已超额完成", "提前完成全年目标", "完成年度目标任务", "完成市下达目标任务", "已达到", "完成了"):
        assert verdict_of(word) == "met", word
    for word in ("不达标", "未能完成", "没完成", "没有完成年度任务", "未实现"):
        assert verdict_of(word) == "not_met", word
    for word in ("预计完成", "预计未完成", "完成率", "完成情况", "实现正增长"):
        assert verdict_of(word) is None, word  # an estimate, a heading's words: no verdict

    for word in ("完成", "已完成", "超额完成", "提前完成", "是", "√", "达到时序进度", " 完 成 ",
                 "按期完成", "如期完成", "全面完成", "完成全年目标"):
        assert verdict_of(word) == "met", word
    for word in ("未完成", "否", "×", "未达进度", "滞后", "进度滞后", "未完成目标", "滞后于序时进度", "未按期完成"):
        assert verdict_of(word) == "not_met", word
    assert verdict_of("调整") == "adjusted"
    # the word with a remark, a clause or a tick beside it says its verdict still (it said none before)
    for word, verdict in (("完成（超额）", "met"), ("未完成（受疫情影响）", "not_met"), ("已完成√", "met"),
                          ("未完成，差0.3个百分点", "not_met"), ("达到预期目标", "met"), ("低于预期", "not_met"),
                          ("调整（见说明）", "adjusted"), ("基本完成（受影响）", None), ("部分完成", None)):
        assert verdict_of(word) == verdict, word
    for word in ("基本完成", "基本达到时序进度", "", None, "受市场影响"):
        assert verdict_of(word) is None, word  # the figure decides
    # a year-end task review's words (they said nothing: a task "未完成年度任务" was 到期未填报)
    for word in ("已完成年度目标", "超额完成年度任务", "按时完成", "逾期完成"):
        assert verdict_of(word) == "met", word
    for word in ("未完成年度任务", "未启动", "尚未完成", "未按时完成"):
        assert verdict_of(word) == "not_met", word
    # a 督查 system's 任务状态: closed (办结, 销号) is done, overdue (逾期, 超期) not; "进行中" says neither
    for word in ("已办结", "办结", "已销号", "销号", "办结销号"):
        assert verdict_of(word) == "met", word
    for word in ("已逾期", "逾期", "逾期未完成", "超期", "已超期", "超期未办结"):
        assert verdict_of(word) == "not_met", word
    assert verdict_of("进行中") is None and verdict_of("逾期完成") == "met"


def test_positive_growth_is_a_target_above_nothing_judged_by_the_growth_reported():
    from milestones.domain.compared import compared_figure

    # "实现正增长" was a target in words, never judged: any growth above zero meets it
    for text in ("正增长", "实现正增长", "保持正增长", "同比正增长"):
        t = Target.parse(text)
        assert (t.op, t.value, t.unit, t.text) == ("above", 0.0, "%", text)
    t = Target.parse("实现正增长")
    assert t.score(2.1) is Score.MET and t.score(0.0) is Score.NOT_MET and t.score(-1.5) is Score.NOT_MET
    # on an amount (亿元) it is held against the growth the report states
    assert compared_figure(t, 152.3, "152.3，增长3.1%", "亿元") == 3.1
    assert compared_figure(t, 140.0, "140，下降2%", "亿元") == -2.0


def test_the_figure_a_target_is_held_against():
    from milestones.domain.compared import compared_figure

    growth = Target.parse("增长5%")
    # an amount's growth target: the growth the report states, never the amount itself
    assert compared_figure(growth, 220.5, "220.5，增长4.8%", "亿元") == 4.8
    assert compared_figure(growth, 210.4, "完成210.4亿元、下降1.5%", "亿元") == -1.5
    assert compared_figure(growth, 220.5, None, "亿元") is None
    # a rate indicator: the rate reported
    assert compared_figure(growth, 5.2, "增长5.2%", "%") == 5.2
    assert compared_figure(Target.parse("4.6万人"), 5.1, None, "万人") == 5.1
    assert compared_figure(Target.parse("4.6万人"), 5.1, None, "亿元") is None  # a unit slip is not judged
    assert compared_figure(Target.parse("300"), 320.0, None, "天") == 320.0  # a target without a unit
    # a change in points of a rate: the change the report states, else the rate less last year's
    points = Target.parse("提高0.5个百分点")
    assert (points.op, points.value, points.unit) == ("exact", 0.5, "个百分点")
    assert compared_figure(points, 61.2, "61.2%，比上年提高0.6个百分点", "%") == 0.6
    assert compared_figure(points, 61.2, None, "%", previous=60.6) == 0.6  # not 0.6000000000000014
    assert compared_figure(points, 61.2, None, "%") is None  # no level of last year: not the 61.2 itself
    assert compared_figure(points, 61.2, None, None) is None  # nor when the table gives no unit
    fall = Target.parse("下降0.3个百分点")
    assert fall.score(compared_figure(fall, 5.1, "5.1%，下降0.4个百分点", "%")) is Score.MET
    assert fall.score(compared_figure(fall, 5.3, None, "%", previous=5.5)) is Score.NOT_MET
    assert compared_figure(points, 0.6, None, "个百分点") == 0.6  # an indicator counted in points itself


@pytest.mark.parametrize("target, actual, name, score", [
    ("增长2%以上", "下降3.4%", None, Score.NOT_MET),  # the words of the target say a growth
    ("2", "下降3.4%", "固定资产投资增长", Score.NOT_MET),  # the name does
    ("6左右", "下降1.2%", "地区生产总值增速", Score.NOT_MET),
    ("3", "下降3.2%", "单位GDP能耗降低", Score.MET),  # a fall is what this one is to reach
    ("下降3%", "下降3.5%", "单位GDP能耗", Score.MET),
    ("增长2%以上", "增长3.4%", None, Score.MET),
    # the fall said without its "%" (the column's unit is %) or by an arrow, as offices mark a fall: it met the growth
    ("增长2%以上", "下降3.4", None, Score.NOT_MET), ("增长2%以上", "▼3.4", None, Score.NOT_MET),
    ("下降3%", "↓3.4", "单位GDP能耗", Score.MET),
])
def test_a_fall_reported_against_a_growth_misses_it(target, actual, name, score):
    # "下降3.4%" is kept as 3.4, the figure typed: held against "增长2%以上" it met it
    from milestones.domain.compared import compared_figure

    t = Target.parse(target)
    assert t.score(compared_figure(t, 3.4 if "3.4" in actual else float(actual[2:-1]), actual, "%", name=name)) is score


def test_a_cell_of_several_targets_is_cut_where_each_has_its_own_figure():
    from milestones.domain.target import split_targets

    assert split_targets("全年引进项目100个以上，到位资金200亿元") == ["全年引进项目100个以上", "到位资金200亿元"]
    assert split_targets("新认定国家高新技术企业90家、市级科技型企业260家、市级专精特新企业20家") == [
        "新认定国家高新技术企业90家", "市级科技型企业260家", "市级专精特新企业20家"]
    assert split_targets("城镇新增就业2.5万人；城镇调查失业率控制在5.5%以内。") == [
        "城镇新增就业2.5万人", "城镇调查失业率控制在5.5%以内"]
    for one in ("新增国际贸易、软件信息、新兴金融、专业服务机构100家以上",  # a list before one figure
                "到2024年底，完成老旧小区改造50万平方米",  # a year is no figure
                "地区生产总值增长6%，力争7%",  # the second figure names nothing of its own
                "开工日月光R5R6塔楼、磨房巷片区整体更新等项目7个",  # a name's number is no figure
                "开工嘉陵新村6号、7号、9号和国际村", "深化落实三批、共311项川渝通办事项", "完成市下达任务"):
        assert split_targets(one) == [one], one


def test_figures_paired_with_their_subjects_by_fenbie_are_a_target_each():
    # "A、B分别增长6%、3%" was one target judged by its last figure (3%); each is a target with the cell's words, as
    # the bundled plan holds "力争批发业、零售业销售额分别增长15%和10%"
    from milestones.domain.target import paired_targets

    def read(text):
        return [(t.subject, t.op, t.value, t.unit, t.text == text) for t in paired_targets(text)]

    assert read("社会消费品零售总额、外贸进出口总额分别增长6%、3%") == [
        ("社会消费品零售总额", "exact", 6.0, "%", True), ("外贸进出口总额", "exact", 3.0, "%", True)]
    # the noun the list shares, said once after it; "力争" is the plan's resolve, no part of a subject
    assert read("力争批发业、零售业销售额分别增长15%和10%") == [
        ("批发业销售额", "exact", 15.0, "%", True), ("零售业销售额", "exact", 10.0, "%", True)]
    # a qualifier or a unit after the last figure is each one's
    assert read("存款、贷款余额分别达到900亿元和600亿元以上") == [
        ("存款余额", "at_least", 900.0, "亿元", True), ("贷款余额", "at_least", 600.0, "亿元", True)]
    assert [t.unit for t in paired_targets("新建学校、医院分别为3、2所")] == ["所", "所"]
    for one in ("存款、贷款、保费分别增长6%、3%",  # three subjects, two figures: which is which is not said
                "城镇和农村居民人均可支配收入分别增长6%和7%",  # no list made with 、
                "力争本外币存贷款余额、保费收入均增长12%左右", "新增市场主体8000户"):
        assert paired_targets(one) is None, one


def test_the_target_is_the_floor_not_the_hope_nor_the_remark():
    # "6%以上，力争7%": at least 6 (7 was read); "85%（优良天数300天以上）": 85% (300 天 was read)
    def read(text):
        t = Target.parse(text)
        return t.op, t.value, t.unit

    assert read("6%以上，力争7%") == ("at_least", 6.0, "%")
    assert read("增长6%左右（力争7%）") == ("about", 6.0, "%")
    assert read("85%（优良天数300天以上）") == ("exact", 85.0, "%")
    assert read("300天以上（优良率82%）") == ("at_least", 300.0, "天")
    assert read("≤35(微克/立方米)")[:2] == ("at_most", 35.0)  # a bracket without a figure changes nothing
    assert Target.parse("6%以上，力争7%").text == "6%以上，力争7%"  # the wording is kept whole
    # the hope after "、" or straight after the figure was read as the target: 7% and 8% to meet, not 6% and 7%
    assert read("确保完成6%力争7%") == ("exact", 6.0, "%")
    assert read("增长7%、力争8%") == ("exact", 7.0, "%")


def test_the_qualifier_in_brackets_after_a_figure_is_the_qualifier():
    # "6.5（左右）" had the unit "(" and was judged as exactly 6.5
    read = lambda t: (lambda x: (x.op, x.value, x.unit))(Target.parse(t))  # noqa: E731
    assert read("6.5（左右）") == ("about", 6.5, None)
    assert read("6.5%(以上)") == ("at_least", 6.5, "%")
    assert read("3万人（以上）") == ("at_least", 3.0, "万人")
    assert read("5.5%（以内）") == ("at_most", 5.5, "%")
    assert Target.parse("6.5（左右）").text == "6.5（左右）"


def test_greater_or_equal_in_words_is_at_least_not_exactly():
    # "大于等于90" was read as exactly 90 ("大于" then "等于90")
    assert (Target.parse("大于等于90").op, Target.parse("大于等于90").value) == ("at_least", 90.0)
    assert Target.parse("大于或等于95%").op == "at_least"
    assert (Target.parse("小于等于5.5%").op, Target.parse("小于等于5.5%").value) == ("at_most", 5.5)


def test_a_fall_reported_in_words_is_held_against_a_fall_targeted_in_words():
    # "下降3%" is held as -3; "下降3.5%" reported was held as 3.5 and judged short of it
    from milestones.domain.compared import compared_figure
    target = Target.parse("下降3%")
    assert target.score(compared_figure(target, 3.5, "下降3.5%", "%")) == Score.MET
    assert target.score(compared_figure(target, 2.3, "下降2.3%", "%")) == Score.NOT_MET
    # a growth reported against a fall targeted is not turned into a fall
    assert compared_figure(target, 1.0, "增长1%", "%") == 1.0


def test_a_target_in_a_scaled_form_of_the_unit_is_judged_in_it():
    # "突破12000万元" for an indicator in 亿元 could not be judged (数据检查 said the units differ); 1.1 亿元 is
    # 11000 万元, short of it, 1.3 亿元 past it. "52000人" for 万人 likewise; 万人 against 亿元 stays apart.
    from milestones.domain.compared import compared_figure, measures_apart, units_apart

    t = Target.parse("突破12000万元")
    assert t.score(compared_figure(t, 1.1, None, "亿元")) == Score.NOT_MET
    assert t.score(compared_figure(t, 1.3, None, "亿元")) == Score.MET
    t = Target.parse("52000人")
    assert t.score(compared_figure(t, 5.3, None, "万人")) == Score.MET
    assert not units_apart("万元", "亿元") and not units_apart("人", "万人") and units_apart("万人", "亿元")
    assert compared_figure(Target.parse("5万人"), 5.3, None, "亿元") is None
    # what a figure measures: another measure is apart, another scale or another counting word is not
    assert measures_apart("分", "%") and measures_apart("亩", "亿元") and measures_apart("亿美元", "亿元")
    assert measures_apart("平方米", "亩")  # two words of one measure: converted where a ratio is known (below)
    assert not measures_apart("万平方米", "平方米") and not measures_apart("家", "个")
    assert not measures_apart("元", "元/人") and not measures_apart("以上", "亿元")
    # one unit by two names is one unit ("3.5千米" for 公里); a scale word that begins a unit's name is its own
    assert not measures_apart("千米", "公里") and not measures_apart("公斤", "千克") and not measures_apart("度", "千瓦时")
    assert measures_apart("千克", "吨") and not measures_apart("千万元", "亿元")
    from milestones.domain.compared import unit_factor

    assert unit_factor("万亿元", "亿元") == 1e4 and unit_factor("千万元", "亿元") == 0.1  # 万亿 is no 万 of 亿
    # one measure in two units with a known ratio: land in 亩 and 平方米, roads in 米 and 公里 ("3500米" was refused)
    assert unit_factor("万", "人") == 1e4 and unit_factor("万", "万人") == 1.0 and unit_factor("万", "%") is None
    assert unit_factor("米", "公里") == 1e-3 and round(unit_factor("万平方米", "亩"), 10) == 15.0
    assert round(unit_factor("公顷", "亩"), 10) == 15.0 and unit_factor("千克", "吨") == 1e-3
    assert unit_factor("亩", "亿元") is None and unit_factor("分", "%") is None
    t = Target.parse("新增绿地30公顷")
    assert t.score(compared_figure(t, 460, None, "亩")) == Score.MET  # 460 亩 is 30.7 公顷


def test_a_number_in_scientific_notation_is_that_number():
    # "1.5E+3", as Excel shows a long number (and writes it to CSV), read as 1.5 (a figure) and as a target of 3
    from milestones.domain.target import TargetParseError, parse_number

    assert parse_number("1.5E+3") == 1500 and parse_number("2.5e-2") == 0.025 and parse_number("1E+15") == 1e15
    t = Target.parse("1.5E+3")
    assert (t.op, t.value, t.text) == ("exact", 1500, "1.5E+3")
    for endless in ("1e400", "-1e999"):
        with pytest.raises(ValueError):
            parse_number(endless)
        with pytest.raises(TargetParseError):
            Target.parse(endless)
    assert parse_number("增长6%左右") == 6 and Target.parse("新建5G基站300个").value == 300  # words stay words


def test_an_amount_typed_is_read_or_refused_as_no_amount():
    # ".5" (half of 1 亿元, as typed in haste) escaped the project window as a bare ValueError from the figure
    # reader, where only AmountError was expected; "1,2,3" read as 1
    from milestones.domain.money import AmountError, parse_amount

    assert parse_amount(".5") == parse_amount(".5亿元") == 0.5 and parse_amount("3000万元") == 0.3
    assert parse_number(".5") == 0.5 and Target.parse(".5").value == 0.5  # as a file's cell or a target says it
    from milestones.spreadsheet.cells import number_cell

    assert number_cell(".5", 1.0, money=True)[:2] == (0.5, None)  # was "应为数字…，不是文字"
    assert parse_amount("12,345.5万元") == 1.234550 and parse_amount("约2亿元") == 2
    # as an amount is said, and about that much after its unit: they were refused as no amount
    assert parse_amount("3亿5000万元") == parse_amount("3亿5000万") == 3.5 and parse_amount("2亿800万") == 2.08
    assert parse_amount("1.2亿元左右") == 1.2 and parse_amount("5000万元左右") == 0.5
    for wrong in ("1,2,3", "1,23", "9" * 400, "12%", "3000平方米", "很多", "3亿20000万", "1.5亿元以上"):
        with pytest.raises(AmountError):
            parse_amount(wrong)


def test_a_targets_words_follow_a_figure_typed_where_they_say_it_once():
    # 目标值 typed as 9000 beside "新增市场主体8000户" left the words saying 8000: the list, the printed plan and the
    # 调整表 (which lists a revision by its words) said the old figure while the 评价 judged the new one
    from milestones.domain.target import with_figure

    assert with_figure("新增市场主体8000户", 8000, 9000) == "新增市场主体9000户"
    assert with_figure("增长6%左右", 6, 6.5) == "增长6.5%左右"  # its op and unit kept
    assert with_figure("8,000户", 8000, 12500) == "12,500户"  # written as it was
    assert with_figure("下降3%", -3, -4) == "下降4%"  # a fall stays said as one
    assert with_figure("三年新增100家，2024年新增40家", 40, 45) == "三年新增100家，2024年新增45家"  # the figure judged
    assert with_figure("完成固定资产投资1.2万亿元", 1.2, 1.3) == "完成固定资产投资1.3万亿元"
    # a guess is no correction: the words stay as written
    assert with_figure("下降3%", -3, 2) is None  # a fall typed as a rise
    assert with_figure("由8000户增加到8000户", 8000, 9000) is None  # which 8000?
    assert with_figure("新增市场主体8000户", 7000, 9000) is None  # the words say another figure than the one held
    assert with_figure("持续推进", None, 3) is None and with_figure("新增40家", 40, None) is None


def test_a_figure_brought_down_or_up_to_is_a_ceiling_or_a_floor():
    # "企业开办时间压缩至1个工作日" was exact 1: half a day, better than asked, would read as short of it
    for text, op, value in [("企业开办时间压缩至1个工作日", "at_most", 1), ("审批时限压减至30天", "at_most", 30),
                            ("下降至3%", "at_most", 3), ("降低到10%", "at_most", 10), ("缩短至15天", "at_most", 15),
                            ("网办率提高至98%", "at_least", 98), ("提升到95%", "at_least", 95), ("增至100家", "at_least", 100)]:
        t = Target.parse(text)
        assert (t.op, t.value) == (op, value), text
    assert (Target.parse("企业开办时间压缩至1个工作日").subject, Target.parse("企业开办时间压缩至1个工作日").unit) == \
        ("企业开办时间", "个工作日")  # (not "个": a day's work is what is counted)
    assert Target.parse("企业开办时间压缩至1个工作日").score(0.5) == Score.MET
    # a fall by so much is still a fall, not a level to reach; a time shortened by so much is a fall too
    assert (Target.parse("单位GDP能耗下降3%").op, Target.parse("单位GDP能耗下降3%").value) == ("at_most", -3)
    assert (Target.parse("办理时限缩短50%").op, Target.parse("办理时限缩短50%").value) == ("at_most", -50)
    assert Target.parse("审批时间压缩30%以上").score(-40) == Score.MET


def test_a_number_in_brackets_after_the_figure_numbers_the_item():
    # "加装电梯100部（2）" was a target of 2 (a bare figure in brackets is the figure only where the words wait for one)
    assert (Target.parse("加装电梯100部（2）").value, Target.parse("加装电梯100部（2）").unit) == (100, "部")
    assert (Target.parse("不低于（95%）").op, Target.parse("不低于（95%）").value) == ("at_least", 95)
    assert Target.parse("2024年不低于（95%）").value == 95  # (a year is no figure)
    # the figure in brackets with its unit, where the words give none: the subject without the bracket
    t = Target.parse("新增就业（1万人）")
    assert (t.value, t.unit, t.subject) == (1, "万人", "新增就业")  # the subject was "新增就业("
    assert (Target.parse("新建5G基站（300个）").value, Target.parse("引进企业（10家）以上").op) == (300, "at_least")


def test_a_figure_after_chao_is_one_to_pass():
    # "规模超500亿元" was exact 500: 600 would not have been judged as reached
    t = Target.parse("力争软件产业营业收入规模超500亿元")
    assert (t.op, t.value, t.subject) == ("above", 500, "软件产业营业收入规模") and t.score(600) == Score.MET


def test_at_least_said_as_zhishao():
    # "至少5家" was exact 5 (6 would read as not reached); "降低至少10%" a fall of at least 10
    assert (Target.parse("至少5家").op, Target.parse("至少5家").value) == ("at_least", 5)
    assert (Target.parse("降低至少10%").op, Target.parse("降低至少10%").value) == ("at_most", -10)
    assert Target.parse("新增至少20个").score(25) == Score.MET


def test_reached_or_passed_and_inclusive_marks():
    # "达到或超过95%" was above 95 (95 itself not reached) with the subject "达到或"; "50个（含）以上" had the unit "个(含)"
    t = Target.parse("达到或超过95%")
    assert (t.op, t.value, t.subject) == ("at_least", 95, None) and t.score(95) == Score.MET
    assert (Target.parse("50个（含）以上").op, Target.parse("50个（含）以上").unit) == ("at_least", "个")
    assert Target.parse("50个以上（含本数）").unit == "个"


def test_a_percent_before_the_word_it_measures_is_a_percent():
    # "100%覆盖", "实现100%覆盖": the unit was "%覆盖", so the figure reached (100 %) never met it
    for text in ("100%覆盖", "实现100%覆盖", "100%完成", "95%办结"):
        t = Target.parse(text)
        assert (t.value, t.unit) == (float(re.search(r"\d+", text).group()), "%"), text
    assert Target.parse("3‰以下").unit == "‰" and Target.parse("达到3个百分点").unit == "个百分点"


def test_the_verb_before_a_figure_is_not_what_it_counts():
    # "增长率保持在6%-7%" counted "增长率保持在", "全年累计达到1000家" counted "累计"
    assert Target.parse("增长率保持在6%-7%").subject == "增长率"
    assert Target.parse("失业率稳定在5.5%以内").subject == "失业率"
    assert Target.parse("全年累计达到1000家").subject is None
    assert Target.parse("新增市场主体1.2万户").subject == "新增市场主体"  # a subject that begins with its verb stays


def test_a_cell_of_endless_digits_or_a_whole_page_is_words_at_once():
    # the figure patterns take time as the square of a run of digits: 20,000 of them took 15 s a cell, a page of
    # "2024年" 3.6 s; no target has a 32-digit figure or runs to five thousand characters
    for text in ("1" * 20_000, "2024年" * 4_000, "1 " * 10_000):
        assert Target.parse(text).op == "text"
    assert Target.parse("新增就业" + "1" * 31 + "人").value == float("1" * 31)  # 31 digits is still a figure
