"""Any indicator or target a planner can type exports and imports back as it was: targets worded as plans word
them ("增长6%左右", "≥300天", "下降3%", "突破650亿元", "完成市下达任务"), figures with decimals, a status, a unit
in the name's brackets or its own column, a measure's quarter and unit. Written by Hypothesis."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from milestones.spreadsheet.export import export
from milestones.spreadsheet.importer import preview, read_import
from milestones.store import changes, open_store, plan_rows
from milestones.store.exports import indicator_records, measure_records
from milestones.store.schema import IndicatorYear, Measure, MeasureTarget

CASES = os.environ.get("CASES")  # the suite writes the same cases each run; CASES=600 tries that many new ones
_FIGURE = st.one_of(st.integers(1, 2000), st.integers(1, 9999).map(lambda n: n / 10), st.integers(1, 999).map(
    lambda n: n / 100))
_UNIT = st.sampled_from(["%", "亿元", "万元", "个", "家", "万人", "天", "万平方米", "公里", "户"])


@st.composite
def wordings(draw, unit: str | None = None) -> str:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.sampled_from(["完成市下达任务", "与经济增长基本同步", "稳中有升", "保持稳定"]))
    n = draw(_FIGURE)
    figure = f"{n:g}"
    before = draw(st.sampled_from(["", "增长", "达到", "达", "下降", "新增", "不低于", "突破", "≥", "≤", "控制在",
                                   "力争"]))
    after = draw(st.sampled_from(["", "左右", "以上", "以内"]))
    return f"{before}{figure}{unit if unit is not None else draw(_UNIT)}{after}"


@st.composite
def indicators(draw) -> dict:
    unit = draw(_UNIT)
    return {"name": draw(st.sampled_from(["规上工业增加值增速", "新增城镇就业人数", "研发经费投入强度", "单位GDP能耗下降",
                                          "新增市场主体", "PM2.5平均浓度", "旅游总收入", "常住人口城镇化率"])),
            "unit": unit, "target": draw(wordings(unit)), "binding": draw(st.sampled_from([None, True, False])),
            "actual": draw(st.one_of(st.none(), _FIGURE.map(float))),
            "status": draw(st.sampled_from([None, "完成", "未完成"]))}


@st.composite
def targets(draw) -> dict:
    return {"text": draw(st.sampled_from(["新增", "建成", "完成", "培育", "引进", ""])) + draw(st.sampled_from(
                ["孵化平台", "首店", "老旧小区改造", "5G基站", "充电桩", "社区食堂"])) + draw(wordings()),
            "quarter": draw(st.sampled_from([None, "2024Q1", "2024Q2", "2024Q3", "2024Q4"])),
            "responsible_unit": draw(st.sampled_from([None, "区商务委", "区住房城乡建委（区人防办）"])),
            "actual": draw(st.one_of(st.none(), _FIGURE.map(float))),
            "status": draw(st.sampled_from([None, "完成", "未完成", "推进中", "达到时序进度", "未达时序进度", "按序时推进"]))}


def _db():
    where = Path(tempfile.mkdtemp(prefix="round-trip-"))
    return where, open_store(where / "plan.db")


def _back(db, kind: str, where: Path, year: int) -> list[dict]:
    out = where / f"{kind}.xlsx"
    export(db, kind, out, year=year)
    imp = preview(db, read_import(out))
    assert not imp.has_errors, [str(p) for t in imp.tables for p in t.problems if p.severity == "error"]
    (table,) = imp.tables
    assert (table.kind, table.year) == (kind, year)
    counts = imp.diffs[0].counts()
    assert counts["new"] == counts["changed"] == counts["missing"] == 0, counts
    return table.records


@pytest.mark.slow
@settings(max_examples=int(CASES or 25), deadline=None, derandomize=not CASES,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(indicators(), min_size=1, max_size=5, unique_by=lambda i: i["name"]))
def test_any_indicator_exports_and_imports_back_as_it_was(given_indicators):
    where, db = _db()
    try:
        for ind in given_indicators:
            row_id, _ = plan_rows.add_indicator(db, 2024, ind["name"], ind["unit"], ind["target"], ind["binding"])
            with db.read() as s:
                version = s.get(IndicatorYear, row_id).version
            changes.update_row(db, "indicator_year", row_id, {"actual": ind["actual"], "status": ind["status"]},
                               version)
        for kind in ("indicator_targets", "indicator_results"):
            exported = {r["name"]: r for r in indicator_records(db, 2024)}
            back = {r["name"]: r for r in _back(db, kind, where, 2024)}
            assert sorted(back) == sorted(exported)
            fields = ["unit", "binding", "target"] + (["actual", "status"] if kind == "indicator_results" else [])
            for name, rec in exported.items():
                assert {f: rec[f] for f in fields} == {f: back[name][f] for f in fields}, (kind, name)
    finally:
        db.close()
        shutil.rmtree(where, ignore_errors=True)


@pytest.mark.slow
@settings(max_examples=int(CASES or 25), deadline=None, derandomize=not CASES,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(targets(), min_size=1, max_size=5, unique_by=lambda t: t["text"]))
def test_any_target_exports_and_imports_back_as_it_was(given_targets):
    where, db = _db()
    try:
        with db.read() as s:
            measure = s.scalar(select(Measure.id).order_by(Measure.id).limit(1))
        for t in given_targets:
            row_id, _ = plan_rows.add_target(db, measure, t["text"], {k: t[k] for k in ("quarter", "responsible_unit")})
            with db.read() as s:
                version = s.get(MeasureTarget, row_id).version
            changes.update_row(db, "measure_target", row_id, {"actual": t["actual"], "status": t["status"]}, version)
        exported = {(r["measure"], r["text"]): r for r in measure_records(db, 2024)}
        back = {(r["measure"], r["text"]): r for r in _back(db, "measures", where, 2024)}
        assert sorted(back) == sorted(exported)
        fields = ["section_number", "op", "value", "unit", "quarter", "responsible_unit", "actual", "status"]
        for key, rec in exported.items():
            assert {f: rec[f] for f in fields} == {f: back[key].get(f) for f in fields}, key
    finally:
        db.close()
        shutil.rmtree(where, ignore_errors=True)
