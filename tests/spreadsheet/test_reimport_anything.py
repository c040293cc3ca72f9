"""An unchanged file imported again changes nothing, whatever it holds: key-project lists with codes and names in
any mix (a code twice, a name twice, a project of the plan under a new code), task lists with sections named, left
blank or new, the same task twice, figures and deadlines of every kind, indicator tables with targets a plan would
write or a slip would. Every import that is written leaves the database whole (integrity and foreign keys).
Written by Hypothesis, a database each case."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from milestones.spreadsheet.importer import preview, read_import, write
from milestones.store import open_store

CASES = os.environ.get("CASES")  # the suite tries the same cases each run; CASES=1500 tries that many new ones

_PROJECT = st.tuples(st.sampled_from(["", "C1", "C2", "C3", "001"]),
                     st.sampled_from(["重庆长滨", "红楼宾馆综合改造", "新项目甲", "新项目乙", "重庆中心T3塔楼"]),
                     st.sampled_from(["", "东部", "中部", "西部", "全区"]),
                     st.sampled_from(["", "1", "2.5", "abc", "3000万元"]))
_TASK = st.tuples(st.sampled_from(["一、更好落实重大战略部署", "二、更加优化区域发展格局", "三、新的部分", ""]),
                  st.sampled_from(["推动成渝地区双城经济圈建设", "提升解放碑", "全力投入成渝地区双城经济圈建设", "新举措"]),
                  st.sampled_from(["新增首店50家", "建成5G基站300个", "完成市下达任务", "增长6%左右", "",
                                   "签约项目20个以上"]),
                  st.sampled_from(["", "区商务委", "区发展改革委"]),
                  st.sampled_from(["", "2024年6月底", "全年", "三季度", "2025年"]))
_INDICATOR = st.tuples(st.sampled_from(["地区生产总值增速", "固定资产投资总额增速", "新指标甲", "城镇新增就业"]),
                       st.sampled_from(["%", "万人", "", "亿元"]),
                       st.sampled_from(["6左右", "≥5", "增长7.5%", "", "完成市下达任务", "abc"]),
                       st.sampled_from(["", "5.2", "完成", "-3", "未完成"]),
                       st.sampled_from(["", "约束性", "预期性", "是"]))


@pytest.fixture(scope="module")
def plan_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("reimport") / "plan.db"
    open_store(path).close()
    return path


def _tables(projects, tasks, indicators, results: bool) -> list[tuple[str, str, str, int]]:
    lists = "2024年重点项目计划表\n序号,项目编码,项目名称,区域,总投资（亿元）\n" + "".join(
        f"{i},{c},{n},{z},{v}\n" for i, (c, n, z, v) in enumerate(projects, 1))
    task_list = "附件3\n2024年重点工作任务清单\n序号,部分,举措,量化目标,责任单位,完成时限\n" + "".join(
        f"{i},{a},{b},{c},{u},{q}\n" for i, (a, b, c, u, q) in enumerate(tasks, 1))
    if results:
        table = "附件1\n2023年主要指标完成情况\n序号,指标,单位,目标,完成,属性\n" + "".join(
            f"{i},{n},{u},{t},{a},{b}\n" for i, (n, u, t, a, b) in enumerate(indicators, 1))
    else:
        table = "附件2\n2024年主要预期目标\n序号,指标,单位,2023年完成,2024年目标,属性\n" + "".join(
            f"{i},{n},{u},{a},{t},{b}\n" for i, (n, u, t, a, b) in enumerate(indicators, 1))
    return [("list.csv", lists, "key_projects", 2024), ("tasks.csv", task_list, "measures", 2024),
            ("table.csv", table, "indicator_results" if results else "indicator_targets", 2023 if results else 2024)]


@pytest.mark.slow
@settings(max_examples=int(CASES or 60), deadline=None, derandomize=not CASES,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(_PROJECT, min_size=1, max_size=5), st.lists(_TASK, min_size=1, max_size=6),
       st.lists(_INDICATOR, min_size=1, max_size=5), st.booleans(), st.booleans())
def test_an_unchanged_file_imported_again_changes_nothing(plan_file, projects, tasks, indicators, results, remove):
    where = Path(tempfile.mkdtemp(prefix="reimport-"))
    shutil.copy(plan_file, where / "plan.db")
    db = open_store(where / "plan.db")
    try:
        for name, content, kind, year in _tables(projects, tasks, indicators, results):
            path = where / name
            path.write_text(content, encoding="utf-8")
            imp = preview(db, read_import(path, kind=kind, year=year))
            if imp.has_errors:
                continue
            write(db, imp, remove_missing=remove)
            counts = preview(db, read_import(path, kind=kind, year=year)).diffs[0].counts()
            assert counts["new"] == counts["changed"] == 0, (kind, counts)
            with db.read() as s:
                assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
                assert not s.execute(text("PRAGMA foreign_key_check")).all()
    finally:
        db.close()
        shutil.rmtree(where, ignore_errors=True)
