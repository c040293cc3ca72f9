"""An attachment exported as a web page: what many office systems' "导出Excel" writes (an HTML page
named .xls, often in GB2312), and a table a browser saved; and the other text such systems name .xls
(tab-separated, in GBK or UTF-16). They were refused as old .xls files to save again as xlsx; Excel and
WPS open them as tables, and so does the import now."""
import shutil

import pytest

from milestones.spreadsheet.importer import read_import
from milestones.spreadsheet.read import ReadError, read_workbook
from tests.spreadsheet.conftest import HTML, one_table as _table


def _read(path):
    return [(t.kind, t.year, t.records) for t in read_import(path).tables if t.records or t.errors]


def test_every_attachment_as_a_web_page_named_xls_reads_as_libreoffice_saves_it(lo_files, tmp_path):
    # the fixtures are such pages: each read straight, as an .xls, against LibreOffice's xlsx of it
    # (merged cells from rowspan and colspan, the colours of a chart drawn by shading)
    differ = []
    for page in sorted(HTML.glob("*.html")):
        xls = tmp_path / f"{page.stem}.xls"
        shutil.copy(page, xls)
        if _read(xls) != _read(lo_files[page.stem]):
            differ.append(page.stem)
    assert differ == []
    assert read_workbook(tmp_path / "key-projects-2024.xls").reader == "html"


_EXPORT = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet><x:Name>重点项目</x:Name>
</x:ExcelWorksheet></x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]-->
<style>td {{ mso-number-format:"\\@"; }} .t {{ font-size: 16pt }}</style><title>导出</title>
</head><body>
<p>附件3</p>
<h3 class="t">渝中区2024年重点项目投资计划表</h3>
<table border="1">
<thead><tr><th rowspan="2">序号</th><th rowspan="2">项目名称</th><th rowspan="2">区域</th>
<th colspan="2">投资情况（万元）</th><th rowspan="2">开工<br>时间</th><th rowspan="2">竣工时间</th></tr>
<tr><th>总投资</th><th>2024年计划</th></tr></thead>
<tbody>
<tr><td>1</td><td><span style="color:red">解放碑步行街</span>&nbsp;提档升级</td><td rowspan="2">东部</td>
<td x:num="46000">46,000.00</td><td x:num="30000">30,000.00</td><td>2024年3月</td><td>2024年12月</td></tr>
<tr><td>2</td><td>朝天门&amp;来福士<br/>配套道路</td><td x:num="12000">12,000.00</td><td>5,000.00</td>
<td>2024年二季度</td><td>2025年四季度</td></tr>
<tr><td>3</td><td>化龙桥片区城市更新</td><td>西部</td><td>120000</td><td>30000</td><td>2024Q1</td><td>2026Q4</td></tr>
</tbody></table>
<p>注：投资单位为万元。</p>
</body></html>"""


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8"])  # UTF-8 too, though the page says gb2312
def test_an_office_systems_export_in_gb2312(tmp_path, encoding):
    page = tmp_path / "重点项目导出.xls"
    page.write_bytes(_EXPORT.format().encode(encoding))
    wb = read_workbook(page)
    assert [s.name for s in wb.sheets] == ["重点项目"]  # the sheet as Excel names it
    t, r = _table(page)
    assert (t.kind, t.year, t.annex) == ("key_projects", 2024, "附件3")
    # entities and tags inside a cell are its text; a <br> is a line break, which in a name is no space
    assert list(r) == ["解放碑步行街 提档升级", "朝天门&来福士配套道路", "化龙桥片区城市更新"]
    p = r["解放碑步行街 提档升级"]
    assert (p["zone"], p["total_investment"], p["annual_investment"], p["start"], p["completion"]) == \
        ("东部", 4.6, 3.0, "2024Q1", "2024Q4")
    q = r["朝天门&来福士配套道路"]
    assert (q["zone"], q["total_investment"], q["start"], q["completion"]) == ("东部", 1.2, "2024Q2", "2025Q4")
    assert r["化龙桥片区城市更新"]["zone"] == "西部"
    assert not t.errors


def test_tab_separated_text_named_xls_in_gbk_or_utf16(tmp_path):
    text = ("2024年重点项目计划表\n序号\t项目名称\t区域\t总投资（亿元）\t计划开工\t计划完工\n"
            "1\t甲项目\t东部\t12.5\t2024年一季度\t2025年四季度\n2\t乙项目\t西部\t8\t2024Q2\t2026Q1\n")
    for encoding in ("gb18030", "utf-16"):
        path = tmp_path / f"导出-{encoding}.xls"
        path.write_bytes(text.encode(encoding))
        t, r = _table(path)
        assert (t.kind, t.year) == ("key_projects", 2024)
        assert [(n, v["zone"], v["total_investment"], v["completion"]) for n, v in r.items()] == [
            ("甲项目", "东部", 12.5, "2025Q4"), ("乙项目", "西部", 8.0, "2026Q1")]


def test_a_published_page_saved_from_the_browser_with_its_table_in_a_frame(tmp_path):
    # the portal's layout table around the attachment: the data table in its middle cell was one cell
    # of the frame, and no header was found
    page = tmp_path / "渝中区人民政府-附件1.html"
    page.write_text("""<html><head><meta charset="utf-8"><title>附件1</title><script>var a = "<td>x</td>";</script>
<body><table width="100%"><tr><td>首页</td><td>政务公开</td><td>通知公告</td></tr>
<tr><td colspan="3"><p>附件1</p><p>渝中区2023年主要指标完成情况</p>
<table border="1"><tr><th>序号</th><th>指标</th><th>单位</th><th>2023年目标</th><th>2023年完成</th></tr>
<tr><td>1</td><td>地区生产总值增长</td><td>%</td><td>6</td><td>6.1</td></tr>
<tr><td>2</td><td>城镇新增就业</td><td>万人</td><td>2.5</td><td>2.6</td></tr></table>
<p>注：数据为初步统计。</p></td></tr>
<tr><td colspan="3">版权所有：渝中区人民政府</td></tr></table></body></html>""", encoding="utf-8")
    t, r = _table(page)
    assert (t.kind, t.year, t.annex, t.title) == ("indicator_results", 2023, "附件1", "渝中区2023年主要指标完成情况")
    assert [(n, v["actual"]) for n, v in r.items()] == [("地区生产总值增长", 6.1), ("城镇新增就业", 2.6)]
    rows = read_workbook(page).sheets[0].rows
    assert ["注：数据为初步统计。"] == [v for v in rows[-2] if v] and ["版权所有：渝中区人民政府"] == [v for v in rows[-1] if v]


def test_a_sloppy_page_reads_as_a_browser_shows_it(tmp_path):
    # no <tr> before the header's cells, cells never closed, a <head> never closed, a <script> with cells
    # in its text: the header went onto the title's row
    page = tmp_path / "export.xls"
    page.write_text("<html><head><script>document.write('<td>x</td>')</script><body><p>2024年重点项目计划表"
                    "<table><td>序号<td>项目名称<td>总投资（亿元）<tr><td>1<td>甲项目<td>5<tr><td>2<td>乙项目<td>6"
                    "</table>", encoding="utf-8")
    rows = read_workbook(page).sheets[0].rows
    assert rows == [["2024年重点项目计划表", None, None], ["序号", "项目名称", "总投资（亿元）"],
                    ["1", "甲项目", "5"], ["2", "乙项目", "6"]]
    t, r = _table(page)
    assert (t.kind, t.year, [(n, v["total_investment"]) for n, v in r.items()]) == \
        ("key_projects", 2024, [("甲项目", 5.0), ("乙项目", 6.0)])


def test_a_row_excel_hid_is_left_out_and_a_frame_page_says_where_the_sheets_are(tmp_path):
    # Excel saves a hidden row as <tr style="display:none">: it was imported as a project
    page = tmp_path / "export.xls"
    page.write_text("<p>渝中区2024年重点项目计划表</p><table><tr><td>序号<td>项目名称<td>总投资（亿元）"
                    "<tr><td>1<td>甲项目<td>5<tr style='display: none'><td>2<td>已取消项目<td>1<tr><td>3<td>丙项目<td>7"
                    "</table>", encoding="utf-8")
    t, r = _table(page)
    assert list(r) == ["甲项目", "丙项目"]
    assert [(p.row, p.severity) for p in t.problems if "隐藏行" in p.message] == [(4, "warning")]
    frames = tmp_path / "计划.htm"  # the workbook of several sheets saved as a web page: its frame page
    frames.write_text('<html><frameset rows="*,39"><frame src="计划.files/sheet001.htm"></frameset></html>')
    with pytest.raises(ReadError, match="_files"):
        read_workbook(frames)
