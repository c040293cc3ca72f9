"""Excel's XML spreadsheet of 2003: the .xls many Java and .NET office systems export, and what Excel,
WPS and LibreOffice save as "XML 电子表格 2003". It was refused as an old .xls to save again as xlsx."""
import shutil

import pytest

from milestones.spreadsheet.importer import read_import
from milestones.spreadsheet.read import ReadError, read_workbook


def _read(path):
    return [(t.kind, t.year, t.records) for t in read_import(path).tables if t.records or t.errors]


def test_every_attachment_saved_as_xml_2003_by_libreoffice_reads_as_its_xlsx(lo_files, lo_xml2003_files, tmp_path):
    # merged cells (a cell merged down is left out of the rows below it), rich text, a chart drawn in
    # colours, numbers and dates typed as such: each table read as LibreOffice's xlsx of it
    differ = []
    for name, xml in lo_xml2003_files.items():
        xls = tmp_path / f"{name}.xls"  # as a system names its export
        shutil.copy(xml, xls)
        if _read(xls) != _read(lo_files[name]):
            differ.append(name)
    assert differ == []
    assert read_workbook(tmp_path / "key-projects-merged-2024.xls").reader == "xml2003"


_SS = 'xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"'
# as Excel 2003 writes one: styles first, ss:Index where cells are skipped or a merge covers them
_EXCEL = f"""<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook {_SS} xmlns:x="urn:schemas-microsoft-com:office:excel">
 <Styles><Style ss:ID="pct"><NumberFormat ss:Format="0.0%"/></Style>
  <Style ss:ID="d"><NumberFormat ss:Format="yyyy\\-mm\\-dd"/></Style></Styles>
 <Worksheet ss:Name="下拉选项"><Table><Row><Cell><Data ss:Type="String">东部</Data></Cell></Row></Table>
  <WorksheetOptions xmlns="urn:schemas-microsoft-com:office:excel"><Visible>SheetHidden</Visible></WorksheetOptions>
 </Worksheet>
 <Worksheet ss:Name="2024年">
  <Table ss:ExpandedColumnCount="6" ss:ExpandedRowCount="9">
   <Column ss:Width="30"/><Column ss:Index="6" ss:Hidden="1" ss:Width="60"/>
   <Row><Cell ss:MergeAcross="5"><Data ss:Type="String">渝中区2024年重点项目计划表</Data></Cell></Row>
   <Row><Cell><Data ss:Type="String">序号</Data></Cell><Cell><Data ss:Type="String">区域</Data></Cell>
    <Cell><Data ss:Type="String">项目名称</Data></Cell><Cell><Data ss:Type="String">总投资（万元）</Data></Cell>
    <Cell><Data ss:Type="String">计划开工</Data></Cell><Cell><Data ss:Type="String">已完成投资占比</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">1</Data></Cell><Cell ss:MergeDown="1"><Data ss:Type="String">东部</Data></Cell>
    <Cell><Data ss:Type="String">解放碑步行街提档升级</Data></Cell><Cell><Data ss:Type="Number">46000</Data></Cell>
    <Cell ss:StyleID="d"><Data ss:Type="DateTime">2024-03-15T00:00:00.000</Data></Cell>
    <Cell ss:StyleID="pct"><Data ss:Type="Number">0.25</Data></Cell></Row>
   <Row><Cell><Data ss:Type="Number">2</Data></Cell>
    <Cell ss:Index="3"><Data ss:Type="String">朝天门片区配套道路</Data></Cell><Cell><Data ss:Type="Number">12000</Data></Cell>
    <Cell ss:StyleID="d"><Data ss:Type="DateTime">2024-06-01T00:00:00.000</Data></Cell></Row>
   <Row ss:Hidden="1"><Cell><Data ss:Type="Number">3</Data></Cell><Cell><Data ss:Type="String">西部</Data></Cell>
    <Cell><Data ss:Type="String">已取消项目</Data></Cell><Cell><Data ss:Type="Number">1</Data></Cell></Row>
   <Row ss:Index="7"><Cell><Data ss:Type="Number">4</Data></Cell><Cell><Data ss:Type="String">西部</Data></Cell>
    <Cell><Data ss:Type="String">化龙桥片区城市更新</Data></Cell><Cell><Data ss:Type="Number">120000</Data></Cell>
    <Cell><Data ss:Type="String">2024年三季度</Data></Cell></Row>
  </Table>
 </Worksheet>
</Workbook>"""


def test_an_excel_2003_xml_export_with_a_merge_a_hidden_row_and_a_hidden_sheet(tmp_path):
    path = tmp_path / "导出.xls"
    path.write_text(_EXCEL, encoding="utf-8")
    wb = read_workbook(path)
    assert [(s.name, s.hidden) for s in wb.sheets] == [("下拉选项", True), ("2024年", False)]
    hidden, t = read_import(path).tables
    assert hidden.no_table and any("隐藏" in p.message for p in hidden.problems)  # said and left
    r = {v["name"]: v for v in t.records}
    # the cell merged down over 东部 is left out of the next row, whose name names its column
    assert [(n, v["zone"], v["total_investment"], v["start"]) for n, v in r.items()] == [
        ("解放碑步行街提档升级", "东部", 4.6, "2024Q1"), ("朝天门片区配套道路", "东部", 1.2, "2024Q2"),
        ("化龙桥片区城市更新", "西部", 12.0, "2024Q3")]
    assert any(p.row == 5 and "隐藏行" in p.message for p in t.problems)
    assert wb.sheets[1].rows[2][5] == "25%"  # a percentage reads as shown
    assert wb.sheets[1].hidden_columns == {5}


@pytest.mark.parametrize("text, said", [
    ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
     f'<?mso-application progid="Excel.Sheet"?><Workbook {_SS}><Worksheet ss:Name="S"><Table><Row><Cell>'
     '<Data ss:Type="String">&b;</Data></Cell></Row></Table></Worksheet></Workbook>', "DTD"),
    (_EXCEL[:1500], "已损坏"),
    (f'<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook {_SS}><Worksheet ss:Name="S"><Table>'
     '<Row ss:Index="900000"><Cell><Data ss:Type="String">x</Data></Cell></Row></Table></Worksheet></Workbook>', "上限"),
])
def test_a_bad_xml_spreadsheet_says_what_is_wrong(tmp_path, text, said):
    path = tmp_path / "bad.xls"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReadError, match=said):
        read_workbook(path)
