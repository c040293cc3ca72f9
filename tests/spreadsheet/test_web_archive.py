"""A workbook of several sheets Excel saved as a web page: a frame page (计划.htm) over a folder of pages,
one per sheet (计划.files/sheet001.htm …), or all of it in one file, Excel's 单个文件网页 (.mht). The frame
page holds no table: it was refused with a message pointing at the folder, and an .mht was not read.
And LibreOffice's web page of a workbook: every sheet one under another on one page, the sheet's
heading between them ("Sheet 2: 附件2" was an indicator of 附件1)."""
import quopri

import openpyxl

import pytest

from milestones.spreadsheet.importer import read_import
from milestones.spreadsheet.read import ReadError, read_workbook
from tests.spreadsheet.conftest import convert

# the pages as Excel 2016 writes them (GB2312, its XML island and conditional comments, a hidden row of
# empty cells at the end of each table)
_FRAME = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:x="urn:schemas-microsoft-com:office:excel"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta name="Excel Workbook Frameset">
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link rel=File-List href="计划.files/filelist.xml">
<![if !supportTabStrip]>
<link id="shLink" href="计划.files/sheet001.htm">
<link id="shLink" href="计划.files/sheet002.htm">
<link id="shLink">
<script language="JavaScript">
<!--
 var c_lTabs=2;
 var c_rgszSh=new Array(c_lTabs);
 c_rgszSh[0] = "附件1";
 c_rgszSh[1] = "附件2";
//-->
</script>
<![endif]>
<!--[if gte mso 9]><xml>
 <x:ExcelWorkbook>
  <x:ExcelWorksheets>
   <x:ExcelWorksheet>
    <x:Name>附件1</x:Name>
    <x:WorksheetSource HRef="计划.files/sheet001.htm"/>
   </x:ExcelWorksheet>
   <x:ExcelWorksheet>
    <x:Name>附件2</x:Name>
    <x:WorksheetSource HRef="计划.files/sheet002.htm"/>
   </x:ExcelWorksheet>
  </x:ExcelWorksheets>
  <x:Stylesheet HRef="计划.files/stylesheet.css"/>
  <x:WindowHeight>12645</x:WindowHeight>
  <x:ActiveSheet>1</x:ActiveSheet>
 </x:ExcelWorkbook>
</xml><![endif]-->
</head>
<frameset rows="*,39" border=0 width=0 frameborder=no framespacing=0>
 <frame src="计划.files/sheet002.htm" name="frSheet">
 <frame src="计划.files/tabstrip.htm" name="frTabs" marginwidth=0 marginheight=0>
 <noframes>
  <body>
   <p>此页面使用了框架，而您的浏览器不支持框架。</p>
  </body>
 </noframes>
</frameset>
</html>
"""


def _sheet(title: str, header: list[str], rows: list[list[str]]) -> str:
    cells = lambda values: "".join(f"<td class=xl66 style='border-top:none'>{v}</td>" for v in values)  # noqa: E731
    body = "\n".join(f" <tr height=18 style='height:13.5pt'>{cells(r)}</tr>" for r in rows)
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:x="urn:schemas-microsoft-com:office:excel">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Excel.Sheet>
<meta name=Generator content="Microsoft Excel 15">
<link id=Main-File rel=Main-File href="../计划.htm">
<link rel=File-List href=filelist.xml>
<link rel=Stylesheet href=stylesheet.css>
<style>
<!--table {{mso-displayed-decimal-separator:"\\.";}}
-->
</style>
<![if !supportTabStrip]><script language="JavaScript">
<!--
function fnUpdateTabs() {{ if (parent.window.g_iIEVer>=4) {{ parent.fnSetActiveSheet(0); }} }}
//-->
</script>
<![endif]>
</head>
<body link=blue vlink=purple onload="fnUpdateTabs()">
<table border=0 cellpadding=0 cellspacing=0 width=560 style='border-collapse:collapse;table-layout:fixed;width:420pt'>
 <col width=200 style='width:150pt'>
 <col width=72 span=4 style='width:54pt'>
 <tr height=18 style='height:13.5pt'><td height=18 class=xl65 colspan=2>{title[0]}</td><td colspan=3></td></tr>
 <tr height=30 style='height:22.5pt'><td colspan=5 height=30 class=xl67>{title[1]}</td></tr>
 <tr height=18 style='height:13.5pt'>{cells(header)}</tr>
{body}
 <![if supportMisalignedColumns]>
 <tr height=0 style='display:none'><td width=200></td><td width=72></td><td width=72></td><td width=72></td><td width=72></td></tr>
 <![endif]>
</table>
</body>
</html>
"""


_RESULTS = _sheet(("附件1", "渝中区2023年主要经济指标完成情况"), ["指标", "单位", "2023年目标", "2023年完成", "完成情况"],
                  [["地区生产总值增长", "%", "6", "6.1", "完成"], ["一般公共预算收入增长", "%", "3", "2.1", "未完成"]])
_TARGETS = _sheet(("附件2", "渝中区2024年主要指标预期目标"), ["指标", "单位", "2023年完成", "2024年目标", "属性"],
                  [["地区生产总值增长", "%", "6.1", "6左右", "预期性"], ["单位地区生产总值能耗降低", "%", "3.2", "完成市下达任务", "约束性"]])


def _saved_as_web_page(folder):
    """The workbook as Excel's 网页 (*.htm): the frame page and its folder of pages."""
    (folder / "计划.files").mkdir()
    (folder / "计划.htm").write_bytes(_FRAME.encode("gb2312"))
    (folder / "计划.files" / "sheet001.htm").write_bytes(_RESULTS.encode("gb2312"))
    (folder / "计划.files" / "sheet002.htm").write_bytes(_TARGETS.encode("gb2312"))
    (folder / "计划.files" / "tabstrip.htm").write_bytes(b"<html><body><table><tr><td>tabs</td></tr></table></body></html>")
    (folder / "计划.files" / "filelist.xml").write_text('<xml xmlns:o="urn:schemas-microsoft-com:office:office">'
                                                      '<o:MainFile HRef="../计划.htm"/></xml>')
    return folder / "计划.htm"


def _mht(pages: list[tuple[str, str]]) -> bytes:
    """Pages as Excel's 单个文件网页 (*.mht) holds them: parts of a MIME message, quoted-printable GB2312."""
    boundary = "----=_NextPart_01DB1234.56789ABC"
    out = ["MIME-Version: 1.0", "X-Document-Type: Workbook", f'Content-Type: multipart/related; boundary="{boundary}"', "",
           "此文档为“单个文件网页”，也称为“Web 档案”文件。", ""]
    for where, text in pages:
        out += [f"--{boundary}", f"Content-Location: file:///C:/B2B6A1F0/{where}", "Content-Transfer-Encoding: quoted-printable",
                'Content-Type: text/html; charset="gb2312"', "", quopri.encodestring(text.encode("gb2312")).decode("ascii"), ""]
    out.append(f"--{boundary}--")
    return "\r\n".join(out).encode("gb2312")


def _tables(path):
    return [(t.sheet, t.kind, t.year, [(r["name"], r.get("actual"), r["target"]["text"]) for r in t.records])
            for t in read_import(path).tables]


_READ = [("附件1", "indicator_results", 2023, [("地区生产总值增长", 6.1, "6"), ("一般公共预算收入增长", 2.1, "3")]),
         ("附件2", "indicator_targets", 2024, [("地区生产总值增长", None, "6左右"), ("单位地区生产总值能耗降低", None, "完成市下达任务")])]


def test_a_workbook_saved_as_a_web_page_reads_each_sheet_from_its_folder(tmp_path):
    frames = _saved_as_web_page(tmp_path)
    assert [s.name for s in read_workbook(frames).sheets] == ["附件1", "附件2"]
    assert _tables(frames) == _READ
    (t1, t2) = read_import(frames).tables
    assert t1.records[1]["status"] == "未完成" and t2.records[1]["binding"] is True
    assert not t1.errors and not t2.errors


def test_a_frame_page_escaping_its_folders_chinese_name_in_gbk_finds_the_pages(tmp_path):
    from urllib.parse import quote

    frames = _saved_as_web_page(tmp_path)
    escaped = quote("计划", encoding="gbk")  # %BC%C6%BB%AE
    frames.write_bytes(_FRAME.replace("计划.files/sheet00", f"{escaped}.files/sheet00").encode("gb2312"))
    assert _tables(frames) == _READ


def test_a_frame_page_without_its_folder_says_what_is_missing(tmp_path):
    frames = _saved_as_web_page(tmp_path)
    (tmp_path / "计划.files" / "sheet002.htm").unlink()
    with pytest.raises(ReadError, match="附件2.*计划.files/sheet002.htm”不在它旁边.*放在一起"):
        read_workbook(frames)
    # a frame page naming no sheet: where the sheets' pages are
    frames.write_text('<html><frameset rows="*,39"><frame src="计划.files/sheet001.htm"></frameset></html>')
    with pytest.raises(ReadError, match="_files"):
        read_workbook(frames)


def test_a_frame_page_pointing_outside_its_folder_reads_nothing_there(tmp_path):
    (tmp_path / "private").mkdir()
    (tmp_path / "private" / "other.htm").write_bytes(_RESULTS.encode("gb2312"))
    (tmp_path / "mail").mkdir()
    frames = tmp_path / "mail" / "计划.htm"
    frames.write_bytes(_FRAME.replace("计划.files/sheet001.htm", "../private/other.htm").encode("gb2312"))
    with pytest.raises(ReadError, match="本文件夹以外"):
        read_workbook(frames)


def test_a_single_file_web_page_reads_each_sheet_inside_it(tmp_path):
    mht = tmp_path / "计划.mht"
    mht.write_bytes(_mht([("计划.htm", _FRAME), ("计划.files/sheet001.htm", _RESULTS), ("计划.files/sheet002.htm", _TARGETS)]))
    assert _tables(mht) == _READ
    # named .xls, as a system's export may be; and a workbook of one sheet, whose page is the sheet
    xls = tmp_path / "导出.xls"
    xls.write_bytes(_mht([("导出.htm", _RESULTS)]))
    assert _tables(xls) == [("导出", *_READ[0][1:])]
    broken = tmp_path / "缺页.mht"
    broken.write_bytes(_mht([("计划.htm", _FRAME), ("计划.files/sheet001.htm", _RESULTS)]))
    with pytest.raises(ReadError, match="附件2"):
        read_workbook(broken)


def test_a_workbook_libreoffice_saved_as_a_web_page_reads_as_the_workbook(tmp_path):
    wb = openpyxl.Workbook()
    results = wb.active
    results.title = "附件1"
    for row in (["附件1"], ["渝中区2023年主要经济指标完成情况"], ["指标", "单位", "2023年", None, "完成情况"],
                [None, None, "目标", "完成"], ["地区生产总值增长", "%", 6, 6.1, "完成"], ["一般公共预算收入增长", "%", 3, 2.1, "未完成"]):
        results.append(row)
    for merged in ("A3:A4", "B3:B4", "C3:D3", "E3:E4"):
        results.merge_cells(merged)
    targets = wb.create_sheet("附件2")
    for row in (["附件2"], ["渝中区2024年主要指标预期目标"], ["指标", "单位", "2023年完成", "2024年目标"],
                ["地区生产总值增长", "%", 6.1, "6左右"]):
        targets.append(row)
    wb.save(tmp_path / "计划.xlsx")
    (tmp_path / "html").mkdir()
    convert([tmp_path / "计划.xlsx"], tmp_path / "html", "html")
    page = tmp_path / "html" / "计划.html"
    assert "Overview" in page.read_text(encoding="utf-8")  # LibreOffice's own page of two sheets

    def tables(path):
        return [(t.sheet, t.kind, t.year, t.records, [p for p in t.problems if p.severity == "error"])
                for t in read_import(path).tables]
    assert tables(page) == tables(tmp_path / "计划.xlsx")
    assert [t.sheet for t in read_import(page).tables] == ["附件1", "附件2"]
