"""A corpus of bad spreadsheets, made on the fly: each must give a clear message."""
from __future__ import annotations

import zipfile
from pathlib import Path

from openpyxl import Workbook


def _xlsx(path: Path, rows: list[list], sheet: str = "Sheet1") -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


TARGETS = [["序号", "指标名称", "单位", "2024年目标"], [1, "地区生产总值增速", "%", "6%左右"],
           [2, "城镇新增就业", "万人", 4.6]]
PROJECTS = [["序号", "项目名称", "区域", "总投资（亿元）", "计划开工", "计划完工"],
            [1, "甲项目", "东部", 12.5, "2024年一季度", "2025年四季度"],
            [2, "乙项目", "西部", 8, "2024Q2", "2026Q1"]]


def _replace_member(src: Path, dest: Path, member: str, data: bytes) -> Path:
    """A copy of ``src`` with ``member`` replaced (or added)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, data if item.filename == member else zin.read(item.filename))
        if member not in zin.namelist():
            zout.writestr(member, data)
    return dest


def make_corpus(d: Path) -> dict[str, tuple[Path, str, dict]]:
    """name → (file, a word the message must contain, extra import arguments)."""
    c: dict[str, tuple[Path, str, dict]] = {}
    good = _xlsx(d / "good.xlsx", TARGETS)
    good_projects = _xlsx(d / "good-projects.xlsx", PROJECTS)

    p = d / "not-a-zip.xlsx"
    p.write_bytes(b"hello, this is not a spreadsheet\n" * 50)
    c["not a zip"] = (p, "不是 xlsx", {})
    p = d / "truncated.xlsx"
    p.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    c["truncated"] = (p, "损坏", {})
    p = d / "encrypted.xlsx"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)  # what a password-protected xlsx is
    c["password-protected"] = (p, "加密", {})
    p = d / "old.xls"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4000)
    c["old xls"] = (p, ".xlsx", {})
    p = d / "empty.xlsx"
    p.write_bytes(b"")
    c["zero bytes"] = (p, "空的", {})
    c["a folder"] = (d, "文件夹", {})
    c["no such file"] = (d / "nowhere.xlsx", "不存在", {})
    bomb = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
            b'<row r="1"><c r="A1" t="inlineStr"><is><t>&lol2;</t></is></c></row></sheetData></worksheet>')
    c["xml bomb"] = (_replace_member(good, d / "xml-bomb.xlsx", "xl/worksheets/sheet1.xml", bomb), "DTD", {})
    c["xml bomb in shared strings"] = (
        _replace_member(good, d / "xml-bomb2.xlsx", "xl/sharedStrings.xml",
                        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><sst/>'), "DTD", {})
    z = d / "zip-bomb.xlsx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/media/padding.bin", b"\x00" * (64 * 1024 * 1024))
    c["zip bomb"] = (z, "压缩炸弹", {})
    p = d / "docx-renamed.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<document/>")
    c["a Word file renamed"] = (p, "改为 .docx", {})  # (it said the libraries' "File not found '_rels/.rels'")
    p = d / "no-content-types.xlsx"
    with zipfile.ZipFile(p, "w") as zf:
        zf.writestr("hello.txt", "hi")
    c["zip that is not office"] = (p, "Content_Types", {})

    import xlsxwriter

    p = d / "million-rows.xlsx"
    wb = xlsxwriter.Workbook(str(p), {"constant_memory": True})
    ws = wb.add_worksheet()
    for r, row in enumerate(TARGETS):
        ws.write_row(r, 0, row)
    ws.write(1_048_575, 0, "end")
    wb.close()
    c["1,048,576-row sheet"] = (p, "1,048,576 行", {})
    p = d / "too-wide.xlsx"
    wb = xlsxwriter.Workbook(str(p), {"constant_memory": True})
    ws = wb.add_worksheet()
    ws.write_row(0, 0, TARGETS[0])
    ws.write(1, 400, "x")
    wb.close()
    c["too many columns"] = (p, "列", {})
    c["no header"] = (_xlsx(d / "no-header.xlsx", [[1, 2, 3], [4, 5, 6], ["x", 7, 8]]), "表头", {})
    c["empty workbook"] = (_xlsx(d / "empty-workbook.xlsx", []), "没有任何数据", {})
    c["title only"] = (_xlsx(d / "title-only.xlsx", [["2024年经济社会发展主要目标预期建议表"], TARGETS[0]]), "没有数据行", {})
    c["duplicate rows"] = (_xlsx(d / "dup.xlsx", TARGETS + [[3, "地区生产总值增速", "%", "6.5%"]]), "重复", {})
    c["duplicate project codes"] = (_xlsx(d / "dup-code.xlsx", [
        ["序号", "项目编码", "项目名称", "总投资（亿元）"], [1, "P-1", "甲", 1], [2, "P-1", "甲", 2]]), "重复", {})
    c["unparseable quarter"] = (_xlsx(d / "bad-quarter.xlsx", PROJECTS + [[3, "丙项目", "中部", 3, "明年春天", "2025Q1"]]),
                                "明年春天", {})
    c["impossible date"] = (_xlsx(d / "bad-date.xlsx", PROJECTS + [[3, "丙项目", "中部", 3, "2024-02-30", "2025Q1"]]),
                            "2024-02-30", {})
    c["fifth quarter"] = (_xlsx(d / "q5.xlsx", PROJECTS + [[3, "丙项目", "中部", 3, "2024年五季度", "2025Q1"]]), "五季度", {})
    c["unparseable target"] = (_xlsx(d / "bad-target.xlsx", TARGETS + [[3, "社零增速", "%", "??"]]), "无法识别的目标值", {})
    c["excel error in target"] = (_xlsx(d / "ref.xlsx", TARGETS + [[3, "社零增速", "%", "#REF!"]]), "错误值", {})
    c["text in a number column"] = (_xlsx(d / "text-number.xlsx", PROJECTS + [[3, "丙项目", "中部", "很多", "2024Q3", "2025Q1"]]),
                                    "应为数字", {})
    c["no year for indicators"] = (_xlsx(d / "no-year.xlsx", [["序号", "指标名称", "单位", "目标"], [1, "地区生产总值增速", "%", "6%左右"]]),
                                   "年度", {})
    c["unknown kind"] = (good, "未知的表格类型", {"kind": "budget"})
    c["measure without measure"] = (_xlsx(d / "no-measure.xlsx", [["序号", "工作举措", "量化目标"], [1, "", "新增首店50个"]]),
                                    "缺少举措", {})
    c["binary csv"] = (d / "binary.csv", "二进制", {})
    (d / "binary.csv").write_bytes(b"\x00\x01\x02" * 1000)
    big = d / "huge.csv"
    with open(big, "w", encoding="utf-8") as f:
        f.write("序号,指标名称,2024年目标\n")
        f.write("1,x,1\n" * 200_001)
    c["csv over the row limit"] = (big, "上限", {})
    commas = d / "commas.csv"  # 15 million cells in 15 MB: a memory bomb in rows and columns each under their limit
    with open(commas, "w", encoding="utf-8") as f:
        f.write("序号,指标名称,2024年目标" + "," * 147 + "\n")
        f.write(("," * 149 + "\n") * 100_000)
    c["csv over the cell limit"] = (commas, "个单元格", {})
    c["no name column"] = (_xlsx(d / "no-name.xlsx", [["序号", "总投资（亿元）", "计划开工"], [1, 3, "2024Q1"]]), "找不到", {})
    c["excel error in a number column"] = (
        _xlsx(d / "div0.xlsx", PROJECTS + [[3, "丙项目", "中部", "#DIV/0!", "2024Q3", "2025Q1"]]), "应为数字", {})
    c["project row with a bad completion"] = (
        _xlsx(d / "bad-completion.xlsx", PROJECTS + [[3, "丙项目", "中部", 1, "2024Q3", "下个月"]]), "下个月", {})
    assert good_projects.exists()
    ods = d / "from-libreoffice.xlsx"  # an OpenDocument spreadsheet under an xlsx name
    with zipfile.ZipFile(ods, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    c["an ods file"] = (ods, "OpenDocument", {})
    # an .ods declaring a sheet of a billion rows, or of ninety million, with one cell at its end
    for name, rows, said in (("an ods of a billion rows", 1_000_000_000, "上限"),
                             ("an ods of ninety million rows", 90_000_000, "上限")):
        c[name] = (_ods(d / f"rows-{rows}.ods", rows), said, {})
    text = d / "text.ods"  # a text document under a spreadsheet's name
    with zipfile.ZipFile(text, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content/>")
    c["an odt named ods"] = (text, "不是表格", {})
    et = d / "plan.et"  # WPS's own format: a compound file like an old .xls
    et.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    c["a WPS .et file"] = (et, "WPS", {})
    owner = d / "~$plan.xlsx"  # the owner file Excel leaves beside a workbook it has open, chosen by mistake
    owner.write_bytes(b"\x0bplanner" + b" " * 44 + b"\x0b\x00p\x00l\x00a\x00n\x00" + b"\x00" * 100)
    c["Excel's owner file of an open workbook"] = (owner, "请导入“plan.xlsx”本身", {})
    broken = d / "utf16-broken.csv"  # a UTF-16 mark, then an odd byte and a lone surrogate: no UTF-16 text
    broken.write_bytes(b"\xff\xfe" + "序号\t项目名称\n".encode("utf-16-le") + b"\x00\xd8\x41")
    c["UTF-16 marked, not UTF-16"] = (broken, "UTF-16", {})
    # another office's GBK rows pasted under a UTF-8 list in a text editor: neither encoding reads it all
    mixed = d / "mixed.csv"
    mixed.write_bytes("序号,项目名称,总投资（亿元）\n1,甲项目,3\n".encode("utf-8") + "2,乙项目,4\n".encode("gbk"))
    c["UTF-8 then GBK rows in one CSV"] = (mixed, "第 3 行起不是 UTF-8", {})
    # an office system's "导出Excel" after the session ran out: its login page, named as the export
    login = d / "export.xls"
    login.write_text("<html><head><meta charset='utf-8'><title>登录</title></head><body><form>用户名<input name=u>"
                     "<br>密码<input type=password></form><p>会话已过期，请重新登录</p></body></html>", encoding="utf-8")
    c["a login page named .xls"] = (login, "没有表格", {})
    spans = d / "spans.xls"  # 40 cells each spanning 1,000 rows and 300 columns: twelve million cells
    spans.write_text("<table>" + ('<tr><td rowspan="1000" colspan="300">x</td></tr>' + "<tr></tr>" * 999) * 40
                     + "</table>", encoding="utf-8")
    c["a web page whose spans cover too many cells"] = (spans, "个单元格", {})
    wide = d / "wide.html"
    wide.write_text('<table><tr><td colspan="5000">2024年重点项目</td></tr></table>', encoding="utf-8")
    c["a web page too wide"] = (wide, "列", {})
    page = d / "no-header.xls"  # a table, but no header of any kind
    page.write_text("<table><tr><td>你好</td><td>世界</td></tr></table>", encoding="gb18030")
    c["a web page with no header"] = (page, "表头", {})
    bomb = d / "xml2003-bomb.xls"  # Excel's XML spreadsheet of 2003, with a billion laughs in it
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
                    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><?mso-application progid="Excel.Sheet"?>'
                    '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet><Table><Row><Cell>'
                    '<Data>&c;</Data></Cell></Row></Table></Worksheet></Workbook>', encoding="utf-8")
    c["an XML 2003 spreadsheet with an entity bomb"] = (bomb, "DTD", {})
    doc = d / "report.doc"  # the report in Word 97's format
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    c["an old Word .doc"] = (doc, ".docx", {})
    words = d / "notes.docx"  # a Word document with no table in it
    with zipfile.ZipFile(words, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                   'main"><w:body><w:p><w:r><w:t>附件1</w:t></w:r></w:p></w:body></w:document>')
    c["a Word document with no table"] = (words, "没有表格", {})
    nested = d / "nested.docx"  # tables inside tables three thousand deep: "程序出错（RecursionError）"
    inner = "<w:p><w:r><w:t>x</w:t></w:r></w:p>"
    for _ in range(3000):
        inner = f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl><w:p/>"
    with zipfile.ZipFile(nested, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                   f'main"><w:body>{inner}</w:body></w:document>')
    c["a Word document of tables nested three thousand deep"] = (nested, "嵌套", {})
    corners = d / "corners.xlsx"  # A1 and XFD1048576: calamine asked for 550 GB and the process aborted
    _xlsx(corners, [["2024年重点项目计划表"]])
    with zipfile.ZipFile(corners) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"</sheetData>", b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>')
    with zipfile.ZipFile(corners, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    c["an xlsx with a cell in the sheet's last corner"] = (corners, "XFD1048576", {})
    from tests.spreadsheet import xlsb  # (the .xlsb's: only calamine reads one, and it aborted there too)

    c["an xlsb with a cell in the sheet's last corner"] = (
        xlsb.write(d / "corners.xlsb", [(0, 0, "2024年重点项目计划表"), (1048575, 16383, "x")]), "XFD1048576", {})
    frames = d / "plan.htm"  # Excel's web page of a workbook, mailed without the folder of its sheets' pages
    frames.write_text('<html><head><!--[if gte mso 9]><xml><x:ExcelWorkbook><x:ExcelWorksheets><x:ExcelWorksheet>'
                      '<x:Name>附件1</x:Name><x:WorksheetSource HRef="plan.files/sheet001.htm"/></x:ExcelWorksheet>'
                      '</x:ExcelWorksheets></x:ExcelWorkbook></xml><![endif]--></head><frameset rows="*,39">'
                      '<frame src="plan.files/sheet001.htm" name="frSheet"></frameset></html>', encoding="gb18030")
    c["a workbook's web page without its folder"] = (frames, "放在一起", {})
    archive = d / "plan.mht"  # a single-file web page with no page in it
    archive.write_bytes(b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\n'
                        b"Content-Type: image/png\r\n\r\nPNG\r\n--b--\r\n")
    c["a single-file web page with no page"] = (archive, "没有网页", {})
    unclosed = d / "unclosed-quote.csv"  # a quote never closed: the rest of the file is one cell of 200,000 characters
    unclosed.write_text('2024年重点项目计划表\n序号,项目名称,区域\n1,"甲项目' + "x" * 200_000 + ",东部\n2,乙项目,东部\n",
                        encoding="utf-8")
    c["a CSV whose quote is never closed"] = (unclosed, "引号没有配对", {})
    pdf = d / "attachment-2.pdf"  # the attachment as downloaded: "not an xlsx file" said nothing of what to do
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    c["a PDF of the attachment"] = (pdf, "PDF转Excel", {})
    package = d / "no-workbook.xlsx"  # an Office package holding no workbook
    with zipfile.ZipFile(package, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("docProps/app.xml", "<Properties/>")
    c["an Office package with no workbook"] = (package, "没有工作簿", {})
    return c


def _ods(path: Path, empty_rows: int) -> Path:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               '<office:body><office:spreadsheet><table:table table:name="S">'
               f'<table:table-row>{cell.format("项目名称")}</table:table-row>'
               f'<table:table-row table:number-rows-repeated="{empty_rows}"><table:table-cell/></table:table-row>'
               f'<table:table-row>{cell.format("甲项目")}</table:table-row>'
               '</table:table></office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                   'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry '
                   'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                   '</manifest:manifest>')
    return path
