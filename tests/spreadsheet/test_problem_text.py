"""The English interface shows what an import says about a file in English."""
import re

from milestones.spreadsheet.importer import preview, read_import
from milestones.ui.problem_text import english
from tests.spreadsheet.bad_files import make_corpus

CJK = re.compile(r"[\u4e00-\u9fff]")


def _untranslated(message: str) -> str | None:
    """What is still Chinese once the file's own text, in quotes, is set aside."""
    outside = re.sub(r"“[^”]*”", "", english(message))
    return outside if CJK.search(outside) else None


def test_known_messages_read_in_english_with_the_files_text_kept():
    assert english("第C列“投资情况／总投资”以万元填报（表上注明“单位：万元”），已换算为亿元") == \
        "column C “投资情况／总投资” is in 10,000 yuan (“单位：万元” above the table): converted to 100 million yuan"
    assert english("报表.xlsx：文件已加密，请去掉密码后再导入") == \
        "报表.xlsx: the file is encrypted: remove the password, then import it"
    assert english("与第5行重复，本行未导入") == "the same as row 5; this row is not imported"
    assert english("项目编码与第3行“重庆长滨”相同，本行未导入；一个编码只能对应一个项目") == \
        "the same code as row 3, “重庆长滨”; this row is not imported: a code stands for one project"
    assert english("项目编码“A-1”已是“甲项目”的编码，一个编码只能对应一个项目") == \
        "the code “A-1” is “甲项目”'s already: a code stands for one project"
    assert english("工作表中没有可识别的表格，未导入（工作表是空的）") == \
        "no table found in this sheet; not imported (the sheet is empty)"
    assert english("一条新的说明") == "一条新的说明"  # unknown: shown as written, never lost
    # a quarter's numeral and a project's fields are given in English
    assert english("第G列“项目进展”记入二季度（表题没有写季度，按第F列“1-6月完成投资”）") == \
        "column G “项目进展” is taken as quarter 2's: the title names no quarter, and column F “1-6月完成投资” " \
        "reports that quarter"
    assert english("与工作表“东部片区”第3行是同一项目，但区域、总投资不同；同一项目请只列一次，两个同名项目请填写项目编码，"
                   "或在名称中写明区域").startswith("the same project as row 3 of sheet “东部片区”, but with another zone, "
                                               "total investment:")
    assert english("第D列“2023年预计”是2023年的，不是上一年（2024年）的，未导入") == \
        "column D “2023年预计” is 2023's, not the year before's (2024): not imported"


def _messages(paths, db) -> set[str]:
    out = set()
    for path, kw in paths:
        imp = read_import(path, **kw)
        if not imp.problems:
            preview(db, imp)
        out |= {p.message for p in imp.problems}
        out |= {p.message for t in imp.tables for p in t.problems}
    return out


def test_every_message_the_bad_files_and_the_offices_tables_give_has_its_english(tmp_path, db, lo_files):
    corpus = make_corpus(tmp_path)
    files = [(path, kw) for path, _word, kw in corpus.values()] + [(p, {}) for p in lo_files.values()]
    messages = _messages(files, db)
    assert len(messages) > 40
    missing = sorted(m for m in messages if _untranslated(m))
    assert missing == []


def test_what_the_store_and_the_domain_refuse_reads_in_english_too():
    from milestones.domain.quarter import QuarterParseError
    from milestones.domain.target import TargetParseError

    assert english("计划完工（2024年一季度）早于计划开工（2024年三季度）") == \
        "the planned completion (2024年一季度) is before the planned start (2024年三季度)"
    assert english("“很多”不是数字") == "“很多” is not a number"
    for error in (QuarterParseError("明年某时"), QuarterParseError("2024年13月", "月份应为1-12"),
                  QuarterParseError("2024年6-7月", "月份跨两个季度，请写明一个月份或季度"), TargetParseError("??")):
        assert not _untranslated(str(error)), str(error)


def test_what_adding_measures_renaming_indicators_and_typing_plan_figures_refuse_reads_in_english(db):
    import pytest

    from milestones.store.changes import EditError, update_checked
    from milestones.store.plan_figures import set_figures
    from milestones.store.plan_rows import add_target, put_back

    from sqlalchemy import select

    from milestones.store.schema import Indicator

    with db.read() as s:
        jobs = s.scalar(select(Indicator.id).where(Indicator.name == "城镇新增就业"))
    said = []
    for attempt in (
            lambda: add_target(db, None, "", new_measure={"year": 2024, "section": "（二）", "title": "建设智慧城市"}),
            lambda: add_target(db, None, "x", new_measure={"year": 2024, "section": "统筹发展", "title": " "}),
            lambda: add_target(db, None, "x", new_measure={"year": 2031, "section": "统筹发展", "title": "建设"}),
            lambda: add_target(db, None, "x", new_measure={"year": 2024, "section": 10 ** 6, "title": "建设"}),
            lambda: add_target(db, 10 ** 6, "x"),
            lambda: put_back(db, "measure", [{"row": {"id": 10 ** 6, "section_id": 10 ** 6}}]),
            lambda: update_checked(db, [("indicator", jobs, {"name": "地区生产总值增速"}, {})]),
            lambda: set_figures(db, 2024, {"stated": {"key_projects": -1}}),
            lambda: set_figures(db, 2024, {"stated": {"key_projects": 6.5}}),
            lambda: set_figures(db, 2024, {"stated": {"population": 1}})):
        with pytest.raises(EditError) as exc:
            attempt()
        said.append(str(exc.value))
    assert len(set(said)) == len(said)
    assert [m for m in said if _untranslated(m)] == []
