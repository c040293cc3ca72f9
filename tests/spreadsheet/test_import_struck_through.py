"""A name struck through (删除线) is a project or an indicator crossed off the list and left there to be seen, as an
office marks what a revision drops: it is left out and said, not imported as listed."""
import openpyxl
from openpyxl.styles import Font

from milestones.spreadsheet.importer import preview, read_import
from tests.spreadsheet.conftest import convert


def _list(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "重点项目"
    ws.append(["2024年重点项目计划表"])
    ws.append(["序号", "项目名称", "区域", "总投资（亿元）", "计划开工"])
    ws.append([1, "红楼宾馆综合改造", "东部", 3, "2024年一季度"])
    ws.append([2, "磨房巷片区整体更新", "东部", 5, "2024年四季度"])  # the whole row struck
    ws.append([3, "燕子岩传统风貌区", "中部", 2, "2024年三季度"])  # its name alone struck
    ws.append([4, "重庆长滨", "东部", 2, "2024年一季度"])  # a figure alone struck: the project stays
    for c in ws[4]:
        c.font = Font(name="仿宋", strike=True)
    ws["B5"].font = Font(strike=True)
    ws["D6"].font = Font(strike=True)
    wb.save(path)
    return path


def test_a_project_struck_through_is_left_out_and_said_as_excel_and_libreoffice_save_it(db, tmp_path):
    src = _list(tmp_path / "调整.xlsx")
    convert([src], tmp_path / "lo")
    convert([src], tmp_path / "ods", "ods")  # LibreOffice's own format keeps the strike in content.xml's styles
    for path in (src, tmp_path / "lo" / "调整.xlsx", tmp_path / "ods" / "调整.ods"):
        imp = preview(db, read_import(path))
        (t,) = imp.tables
        assert [r["name"] for r in t.records] == ["红楼宾馆综合改造", "重庆长滨"], path
        assert [(p.row, p.column, p.text, p.severity) for p in t.problems if "删除线" in p.message] == [
            (4, "B", "磨房巷片区整体更新", "warning"), (5, "B", "燕子岩传统风貌区", "warning")], path
        # the whole list without them: taking the file as the whole list takes them off the plan
        (d,) = imp.diffs.values()
        assert {"磨房巷片区整体更新", "燕子岩传统风貌区"} <= set(d.missing), path


def test_a_project_struck_through_on_a_web_page_is_left_out_too(db, tmp_path):
    # a list saved as a web page (LibreOffice writes <s>), or published on one: it was imported as listed
    src = _list(tmp_path / "调整.xlsx")
    convert([src], tmp_path / "web", "html")
    imp = preview(db, read_import(tmp_path / "web" / "调整.html"))
    (t,) = imp.tables
    assert [r["name"] for r in t.records] == ["红楼宾馆综合改造", "重庆长滨"]
    assert [(p.row, p.column, p.text) for p in t.problems if "删除线" in p.message] == [
        (4, "B", "磨房巷片区整体更新"), (5, "B", "燕子岩传统风貌区")]


def test_excels_web_page_strikes_by_its_classes_and_a_site_by_del_or_a_style(tmp_path):
    # Excel's "save as web page" (an .xls an office system exports is often one) strikes a cell by a class its
    # <style> defines (.xl66), a part of a cell by a <font class>; a government site by <del>, <strike> or a style
    head = ("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><style>\n"
            ".font5\n\t{color:windowtext;\n\ttext-decoration:line-through;\n\tfont-family:宋体;}\n"
            ".xl66\n\t{mso-style-parent:style0;\n\ttext-decoration:line-through;}\n"
            ".xl67\n\t{mso-style-parent:style0;\n\ttext-decoration:underline;}\n</style></head><body><table>")
    rows = [
        "<tr><td colspan=5>2024年重点项目计划调整表</td></tr>",
        "<tr><td>序号</td><td>项目名称</td><td>区域</td><td>总投资（亿元）</td><td>计划竣工</td></tr>",
        "<tr><td>1</td><td class=xl67>甲项目</td><td>东部</td><td>3</td><td>2024年四季度</td></tr>",
        "<tr><td class=xl66>2</td><td class=\"xl66 x2\">乙项目</td><td class=xl66>西部</td><td class=xl66>5</td>"
        "<td class=xl66>2024年四季度</td></tr>",
        "<tr><td>3</td><td>丙项目</td><td>中部</td><td>2</td>"
        "<td><font class=\"font5\">2024年二季度</font><font class=\"font0\">2024年三季度</font></td></tr>",
        "<tr><td>4</td><td><del>丁项目</td><td>东部</td><td>1</td><td>2024年四季度</td></tr>",  # left open
        "<tr><td>5</td><td><span style=\"text-decoration: line-through\">戊项目</span></td><td>东部</td><td>1</td>"
        "<td><strike>2025年一季度</strike> 2024年四季度</td></tr>",
        "<tr><td>6</td><td>己项目<br class=xl66></td><td>西部</td><td>1</td><td>2024年四季度</td></tr>",  # no end
    ]
    path = tmp_path / "调整表.xls"
    path.write_text(head + "".join(rows) + "</table></body></html>", encoding="utf-8")
    (t,) = read_import(path).tables
    assert {r["name"]: r["completion"] for r in t.records} == {"甲项目": "2024Q4", "丙项目": "2024Q3", "己项目": "2024Q4"}
    assert sorted((p.row, p.column, p.text) for p in t.problems if "删除线" in p.message) == [
        (4, "B", "乙项目"), (5, "E", "2024年二季度2024年三季度"), (6, "B", "丁项目"), (7, "B", "戊项目"),
        (7, "E", "2025年一季度2024年四季度")]
    assert not t.errors


def test_excels_xml_2003_strikes_by_a_style_and_in_rich_text(tmp_path):
    # an office system's .xls that is Excel's XML spreadsheet of 2003: a style's font struck through, or <S> in a
    # cell's rich text (LibreOffice's own save as XML 2003 fails on such a workbook; this is Excel's shape)
    def row(*cells):
        return "<Row>" + "".join(cells) + "</Row>"

    def cell(v, style="", kind="String"):
        at = f' ss:StyleID="{style}"' if style else ""
        return f'<Cell{at}><Data ss:Type="{kind}">{v}</Data></Cell>'

    rich = ('<Cell><ss:Data ss:Type="String" xmlns="http://www.w3.org/TR/REC-html40"><S><Font html:Color="#000000">'
            '2024年二季度</Font></S><Font html:Color="#FF0000">2024年三季度</Font></ss:Data></Cell>')
    xml = ('<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
           '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:'
           'office" xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:'
           'spreadsheet" xmlns:html="http://www.w3.org/TR/REC-html40"><Styles>'
           '<Style ss:ID="Default" ss:Name="Normal"><Font ss:FontName="宋体" x:CharSet="134" ss:Size="11"/></Style>'
           '<Style ss:ID="s62"><Font ss:FontName="宋体" x:CharSet="134" ss:Size="11" ss:StrikeThrough="1"/></Style>'
           '</Styles><Worksheet ss:Name="重点项目"><Table>'
           + row(cell("2024年重点项目计划调整表"))
           + row(*(cell(h) for h in ("序号", "项目名称", "区域", "总投资（亿元）", "计划竣工")))
           + row(cell(1, kind="Number"), cell("甲项目"), cell("东部"), cell(3, kind="Number"), cell("2024年四季度"))
           + row(cell(2, "s62", "Number"), cell("乙项目", "s62"), cell("西部", "s62"), cell(5, "s62", "Number"),
                 cell("2024年四季度", "s62"))
           + row(cell(3, kind="Number"), cell("丙项目"), cell("中部"), cell(2, kind="Number"), rich)
           + "</Table></Worksheet></Workbook>")
    path = tmp_path / "调整表.xls"
    path.write_text(xml, encoding="utf-8")
    (t,) = read_import(path).tables
    assert {r["name"]: r["completion"] for r in t.records} == {"甲项目": "2024Q4", "丙项目": "2024Q3"}
    assert sorted((p.row, p.column, p.text) for p in t.problems if "删除线" in p.message) == [
        (4, "B", "乙项目"), (5, "E", "2024年二季度2024年三季度")]
    assert not t.errors


def test_an_indicator_struck_through_is_left_out(tmp_path):
    # 科技进步贡献率 dropped from the year's targets, struck through where it stood
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["附件2"], ["2024年经济社会发展主要目标预期建议表"], ["序号", "指标", "单位", "2024年目标", "属性"],
                [1, "地区生产总值增速", "%", "6%左右", "预期性"], [2, "科技进步贡献率", "%", "60", "预期性"],
                [3, "城镇新增就业", "万人", "4.6", "约束性"]):
        ws.append(row)
    for c in ws[5]:
        c.font = Font(strike=True)
    wb.save(tmp_path / "附件2.xlsx")
    (t,) = read_import(tmp_path / "附件2.xlsx").tables
    assert [r["name"] for r in t.records] == ["地区生产总值增速", "城镇新增就业"]
    assert [p.text for p in t.problems if "删除线" in p.message] == ["科技进步贡献率"]


def test_the_note_reads_in_english_too():
    from milestones.ui.problem_text import english

    assert english("名称有删除线（已划去），未导入（要导入请先去掉删除线）") == \
        "the name is struck through (crossed off the list): not imported (remove the strikethrough to import it)"
    assert english("单元格中划去（删除线）的文字未读入，按“2024年三季度”读入") == \
        "the text struck through in the cell is left out: read as “2024年三季度”"


def test_a_date_struck_through_in_its_cell_before_the_new_one_is_the_new_one(tmp_path):
    # an office revising a date in its cell strikes the old one and types the new after it: read as one text,
    # "2024年二季度2024年三季度" refused the row; a name struck as rich text (all of it) is a struck name
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2024年重点项目计划调整表"])
    ws.append(["序号", "项目名称", "区域", "总投资（亿元）", "计划竣工"])
    ws.append([1, "甲项目", "东部", 3, "2024年四季度"])
    ws.append([2, "乙项目", "西部", 5, None])
    ws["E4"] = CellRichText([TextBlock(InlineFont(strike=True), "2024年二季度"),
                             TextBlock(InlineFont(color="FF0000"), "2024年三季度")])
    ws.append([3, None, "中部", 2, "2024年三季度"])
    ws["B5"] = CellRichText([TextBlock(InlineFont(strike=True), "丙项目")])
    src = tmp_path / "调整表.xlsx"
    wb.save(src)  # openpyxl writes rich text in the cell; Excel and LibreOffice in the shared strings
    convert([src], tmp_path / "lo")
    convert([src], tmp_path / "ods", "ods")  # LibreOffice's own: a <text:span> of a struck text style
    for path in (src, tmp_path / "lo" / "调整表.xlsx", tmp_path / "ods" / "调整表.ods"):
        (t,) = read_import(path).tables
        assert {r["name"]: r["completion"] for r in t.records} == {"甲项目": "2024Q4", "乙项目": "2024Q3"}, path
        assert [(p.row, p.column, p.text, p.message) for p in t.problems if "删除线" in p.message] == [
            (4, "E", "2024年二季度2024年三季度", "单元格中划去（删除线）的文字未读入，按“2024年三季度”读入"),
            (5, "B", "丙项目", "名称有删除线（已划去），未导入（要导入请先去掉删除线）")], path
        assert not t.errors, path


def test_a_target_struck_through_in_a_task_list_is_left_out_as_a_target(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    for row in (["2024年重点工作任务分解表"], ["序号", "重点任务", "工作目标", "牵头单位", "完成时限"],
                ["一、推动经济高质量发展"], [1, "加快建设现代服务业", "新引进首店40家", "区商务委", "2024年12月底"],
                [2, "推进城市更新", "改造老旧小区12个", "区住房城乡建委", "2024年四季度"]):
        ws.append(row)
    ws["C5"].font = Font(strike=True)  # the target alone crossed off
    wb.save(tmp_path / "任务.xlsx")
    (t,) = read_import(tmp_path / "任务.xlsx").tables
    assert [r["text"] for r in t.records] == ["新引进首店40家"]
    assert [(p.row, p.message) for p in t.problems if "删除线" in p.message] == [
        (5, "目标有删除线（已划去），未导入（要导入请先去掉删除线）")]
