"""Whatever grid a sheet holds, reading it gives records and problems, never a traceback."""
import datetime as dt
import os

from hypothesis import HealthCheck, given, settings, strategies as st

from milestones.spreadsheet.headings import SYNONYMS
from milestones.spreadsheet.parse import parse_tables
from milestones.spreadsheet.parts import tables_in
from milestones.spreadsheet.read import Sheet

# the words the reader reacts to, and the cells tables are made of
HEADINGS = sorted({w for kind in SYNONYMS.values() for words in kind.values() for w in words})
CELLS = HEADINGS + [
    "一季度", "上半年", "全年", "1-6月", "是否新开工", "新开工/续建", "2024年", "（万元）", "单位：万元",
    "注：带★的为约束性指标", "一、经济发展", "（一）续建项目", "合计", "其中：工业投资", "■", "√", "是", "否", "约10",
    "3000万", "12.5亿", "2024Q1", "2024年三季度", "2025.03-2025.12", "续建", "①", "★", "#REF!", "十八梯二期",
    "1.新增市场主体", "（一）提升能力", "6%左右", "增长5%", "完成市下达任务", "2024-2026", "3年", "",
    "附件2", "开工：2024年3月\n竣工：2025年12月", "2024年四季度开工", "待定", "（一）解放碑板块", "量化指标", "未分区项目",
    "全年引进项目100个以上，到位资金200亿元", "完成6.1%，超目标0.1个百分点", "“十四五”规划目标", "开工建设", "竣工验收",
    "2023年完成情况及2024年目标", 2024.1,
    "项目基本情况", "投资情况（万元）", "1-6月完成投资", "1-3月累计完成投资", "项目进展", "存在问题", "下步打算",
    "2024.3/2024.12", "甲项目（续建）", "2023年5月已开工", "已于2024年6月建成", "5.16（完成）", "296天 未完成",
    "说明：本表所列为2023年储备项目",
]
cell = st.one_of(st.sampled_from(CELLS), st.none(), st.integers(-10, 3000),
                 st.floats(-1e6, 1e6, allow_nan=False, allow_infinity=False),
                 st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31)), st.text(max_size=12))


@st.composite
def sheets(draw):
    width = draw(st.integers(1, 8))
    rows = draw(st.lists(st.lists(cell, min_size=0, max_size=width), min_size=1, max_size=10))
    if draw(st.booleans()):  # a header somewhere near the top
        at = draw(st.integers(0, min(3, len(rows) - 1)))
        rows[at] = draw(st.lists(st.sampled_from(HEADINGS), min_size=min(2, width), max_size=width))
    name = draw(st.sampled_from(["Sheet1", "东部片区", "填报说明"]))
    if draw(st.booleans()):  # a CSV: text cells and no merges, the header's merges put back from its shape
        return Sheet(name, [["" if v is None else str(v) for v in row] for row in rows], [], plain=True)
    height = len(rows)
    merged = draw(st.lists(st.tuples(st.integers(0, height - 1), st.integers(0, width - 1),
                                     st.integers(0, 2), st.integers(0, 2)), max_size=3))
    merged = [(r, c, min(height - 1, r + dr), min(width - 1, c + dc)) for r, c, dr, dc in merged]
    return Sheet(name, rows, merged)


@settings(max_examples=int(os.environ.get("NEVER_RAISES_EXAMPLES", "400")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sheets(), st.sampled_from([None, "key_projects", "measures", "indicator_results", "indicator_targets"]),
       st.sampled_from([None, 2024]))
def test_any_grid_reads_without_raising(sheet, kind, year):
    for table in (t for part in tables_in(sheet) for t in parse_tables(part, kind, year)):
        for p in table.problems:  # every problem can be shown: sheet, row, column, text, message
            assert p.sheet and p.message and p.severity in ("error", "warning", "info")
        assert len(table.records) == len(table.rows)
