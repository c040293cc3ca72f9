"""Whatever is typed into any cell of the three lists — a figure with its unit, a quarter in any notation, a date, a
formula, 0, a negative, a huge number, text in a number column, Excel's errors, a blank — either goes in or is refused
in words on the cell; it never raises (a traceback in an error box) and never leaves the list unlike the plan."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

CASES = os.environ.get("CASES")  # the suite types the same 150 a page each run; CASES=3000 types that many new ones
_TYPED = st.one_of(
    st.sampled_from(["", " ", "0", "-1", "1e308", "1e-9", "3.5", "1,234.5", "３．５", "3000万元", "1.5亿元", "12%",
                     "2024Q1", "2024年二季度", "2025年底", "2024-02-30", "2024/13/1", "45292", "已开工", "续建", "—",
                     "=SUM(A1:A9)", "#N/A", "#DIV/0!", "TRUE", "NaN", "inf", "东部", "北部", "全区", "菜园坝滨江新城",
                     "约束性", "预期性", "是", "完成", "未完成", "调整", "增长6%左右", "≥300天", "下降3%",
                     "区发展改革委", "x" * 300, "项目\n第二行", "\t", "名称\x00", "\x07", "第一行\x0b第二行",
                     "99999999999999999999999"]),
    st.text(max_size=12))


def _editable(model) -> list[int]:
    return [c for c in range(model.columnCount()) if model.flags(model.index(0, c)) & Qt.ItemIsEditable]


@pytest.mark.slow
@pytest.mark.parametrize("page", ["projects", "targets", "indicators"])
def test_anything_typed_in_any_cell_goes_in_or_is_refused_in_words(window, page):
    model = {"projects": window.project_model, "targets": window.targets_model,
             "indicators": window.indicators_model}[page]
    if page == "indicators":
        window.show_indicators_of("")
    columns = _editable(model)
    assert columns, page

    @settings(max_examples=int(CASES or 150), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.integers(0, model.rowCount() - 1), st.sampled_from(columns), _TYPED)
    def typed(row, column, text):
        index = model.index(row, column)
        model.setData(index, text)  # True or False; raising is the failure
        model.data(index, Qt.DisplayRole)
        model.data(index, Qt.ToolTipRole)

    typed()
    shown = _cells(model)
    model.reload()  # read again from the database: what the list showed is what was written
    assert _cells(model) == shown


def _cells(model) -> dict:
    """Each row's cells as shown, by the row's id (a list read again puts an edited row where it now sorts)."""
    def row_id(r):
        return model.row_data(r).id if hasattr(model, "row_data") else model.rows[r]["id"]

    return {row_id(r): [model.data(model.index(r, c), Qt.DisplayRole) for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_a_seq_is_a_whole_number_the_database_holds(window):
    # 99999999999999999999999 typed in 序号 raised OverflowError from SQLite (PostgreSQL: past 2147483647)
    m = window.project_model
    cell = m.index(0, m.keys.index("seq"))
    for typed, said in (("99999999999999999999999", "序号过大（最大 2147483647）"), ("3.5", "序号应为整数")):
        assert not m.setData(cell, typed)
        assert cell.data() == "1" and m.data(cell, Qt.ToolTipRole) == said
    assert m.setData(cell, "３") and cell.data() == "3"  # typed full-width


def test_a_zone_is_set_by_its_name_never_by_a_number(window, db):
    # a number typed or pasted in 区域 was taken for the zone's id: "2" set 中部, "45292" (a date pasted from Excel)
    # went to the database and came back as "FOREIGN KEY constraint failed" in an error box
    m = window.project_model
    zone = m.keys.index("zone")
    row = next(r for r in range(m.rowCount()) if m.index(r, m.keys.index("name")).data() == "红楼宾馆综合改造")
    cell = m.index(row, zone)
    said = []
    window.ops.failed.connect(said.append)
    for typed in ("2", "45292"):
        assert not m.setData(cell, typed)
        assert cell.data() in (None, "")
        assert m.data(cell, Qt.ToolTipRole).startswith(f"没有“{typed}”这个区域；可填：东部、中部、西部")
    window.project_table.setCurrentIndex(cell)
    assert not window.paste_cells("2") and cell.data() in (None, "")
    assert said == []  # said on the cell and the status bar, not written and undone
    assert m.setData(cell, "东部") and cell.data() == "东部"  # a name typed, as a paste reads it
    assert m.setData(cell, 2) and cell.data() == "中部"  # the cell's own list gives the id
