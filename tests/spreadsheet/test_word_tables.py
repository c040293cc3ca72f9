"""The attachments in a Word document: the report's annex as the office sends it, each table under
its "附件N" line and title, cells spanning columns (w:gridSpan) and merged down (w:vMerge)."""
import zipfile

import pytest

from milestones.spreadsheet.importer import read_import
from milestones.spreadsheet.read import ReadError, read_workbook


def _read(path):
    return [(t.kind, t.year, t.records) for t in read_import(path).tables if t.records or t.errors]


def test_every_attachment_in_a_word_document_written_by_libreoffice_reads_as_its_xlsx(lo_files, lo_docx_files):
    differ = [name for name, docx in lo_docx_files.items() if _read(docx) != _read(lo_files[name])]
    assert differ == []
    assert read_workbook(lo_docx_files["key-projects-merged-2024"]).reader == "docx"


_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _tc(text: str, span: int = 1, merge: str | None = None) -> str:
    pr = (f'<w:gridSpan w:val="{span}"/>' if span > 1 else "") + \
        ({"restart": '<w:vMerge w:val="restart"/>', "continue": "<w:vMerge/>"}[merge] if merge else "")
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{_p(text) if text else '<w:p/>'}</w:tc>"


def _docx(path, body: str):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document {_NS}><w:body>{body}</w:body></w:document>')
    return path


def test_the_reports_annex_with_two_attachments_each_under_its_title(tmp_path):
    row = lambda *cells: "<w:tr>" + "".join(cells) + "</w:tr>"  # noqa: E731
    body = (_p("附件1") + _p("渝中区2023年主要指标完成情况表")
            + "<w:tbl>" + row(_tc("序号"), _tc("指标名称"), _tc("单位"), _tc("2023年", span=2))
            + row(_tc(""), _tc(""), _tc(""), _tc("目标"), _tc("完成"))
            + row(_tc("1"), _tc("地区生产总值增长"), _tc("%"), _tc("6"), _tc("6.1"))
            + row(_tc("2"), _tc("城镇新增就业"), _tc("万人"), _tc("2.5"), _tc("2.6")) + "</w:tbl>"
            + _p("注：数据为初步统计。") + _p("附件2") + _p("渝中区2024年重点项目计划表")
            + "<w:tbl>" + row(_tc("序号"), _tc("区域"), _tc("项目名称"), _tc("总投资（亿元）"), _tc("计划开工"))
            + row(_tc("1"), _tc("东部", merge="restart"), _tc("解放碑步行街提档升级"), _tc("4.6"), _tc("2024年3月"))
            + row(_tc("2"), _tc("", merge="continue"), _tc("朝天门片区配套道路"), _tc("1.2"), _tc("2024年二季度"))
            + "</w:tbl>")
    path = _docx(tmp_path / "2024年计划报告附件.docx", body)
    results, projects = [t for t in read_import(path).tables if t.records]
    assert (results.kind, results.year, results.annex) == ("indicator_results", 2023, "附件1")
    assert [(r["name"], r["target"]["value"], r["actual"]) for r in results.records] == [
        ("地区生产总值增长", 6.0, 6.1), ("城镇新增就业", 2.5, 2.6)]
    assert (projects.kind, projects.year, projects.annex) == ("key_projects", 2024, "附件2")
    # the zone merged down over both projects is each one's
    assert [(r["name"], r["zone"], r["start"]) for r in projects.records] == [
        ("解放碑步行街提档升级", "东部", "2024Q1"), ("朝天门片区配套道路", "东部", "2024Q2")]


def test_a_table_going_on_after_a_page_break_is_the_same_table(tmp_path):
    # "续表" and "表2 续表" over the header again: they were the category (or class) of every row
    # below, and "表2 续表" over other columns than the first table's started a table with no year
    row = lambda *cells: "<w:tr>" + "".join(_tc(c) for c in cells) + "</w:tr>"  # noqa: E731
    results = row("序号", "指标", "单位", "2023年目标", "2023年完成")
    projects = row("序号", "项目名称", "总投资（亿元）", "计划开工")
    body = (_p("附件1") + _p("渝中区2023年主要指标完成情况表")
            + "<w:tbl>" + results + row("1", "地区生产总值增长", "%", "6", "6.1") + "</w:tbl>"
            + _p("续表") + "<w:tbl>" + results + row("2", "一般公共预算收入", "亿元", "50", "51") + "</w:tbl>"
            + _p("附件2") + _p("表2 渝中区2024年重点项目计划表")
            + "<w:tbl>" + projects + row("1", "甲项目", "5", "2024Q1") + "</w:tbl>"
            + _p("表2 续表") + "<w:tbl>" + projects + row("2", "乙项目", "6", "2024Q2") + "</w:tbl>"
            + _p("渝中区2024年重点项目计划表（续）") + "<w:tbl>" + projects + row("3", "丙项目", "7", "2024Q3") + "</w:tbl>")
    tables = [t for t in read_import(_docx(tmp_path / "附件.docx", body)).tables if t.records]
    assert [(t.kind, t.year, len(t.records)) for t in tables] == [("indicator_results", 2023, 2), ("key_projects", 2024, 3)]
    assert {r.get("category") for r in tables[0].records} == {None}
    assert {r.get("class") for r in tables[1].records} == {None}
    said = [p.text for t in tables for p in t.problems if p.message == "续表标记行，未导入"]
    assert said == ["续表", "表2 续表", "渝中区2024年重点项目计划表（续）"]


@pytest.mark.parametrize("name, body, said", [
    ("说明.docx", _p("附件1") + _p("没有表格的说明"), "没有表格"),
    ("旧版.doc", None, "另存为 .docx"),
])
def test_a_word_file_that_cannot_be_read_says_why(tmp_path, name, body, said):
    path = tmp_path / name
    if body is None:
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    else:
        _docx(path, body)
    with pytest.raises(ReadError, match=said):
        read_workbook(path)


def test_a_name_struck_through_in_a_word_table_is_left_out_and_a_date_struck_before_the_new_one_is_the_new_one(
        tmp_path):
    # offices strike through in Word's tables as in Excel's: the struck project was imported as listed, the
    # struck date run into the new one ("2024年二季度2024年三季度") and the row refused
    struck = lambda text: f'<w:r><w:rPr><w:strike/></w:rPr><w:t>{text}</w:t></w:r>'  # noqa: E731
    plain = lambda text: f"<w:r><w:t>{text}</w:t></w:r>"  # noqa: E731
    cell = lambda runs: f"<w:tc><w:p>{runs}</w:p></w:tc>"  # noqa: E731
    rows = [[plain("序号"), plain("项目名称"), plain("总投资（亿元）"), plain("计划竣工")],
            [plain("1"), plain("甲项目"), plain("3"), plain("2024年四季度")],
            [plain("2"), struck("乙项目"), plain("5"), plain("2024年四季度")],
            [plain("3"), plain("丙项目"), plain("2"), struck("2024年二季度") + plain("2024年三季度")]]
    body = _p("2024年重点项目计划调整表") + "<w:tbl>" + "".join(
        "<w:tr>" + "".join(cell(c) for c in row) + "</w:tr>" for row in rows) + "</w:tbl>"
    (t,) = read_import(_docx(tmp_path / "调整.docx", body)).tables
    assert {r["name"]: r["completion"] for r in t.records} == {"甲项目": "2024Q4", "丙项目": "2024Q3"}
    assert sorted((p.row, p.column, p.text, p.message) for p in t.problems if "删除线" in p.message) == [
        (4, "B", "乙项目", "名称有删除线（已划去），未导入（要导入请先去掉删除线）"),
        (5, "D", "2024年二季度2024年三季度", "单元格中划去（删除线）的文字未读入，按“2024年三季度”读入")]
