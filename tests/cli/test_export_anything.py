"""`milestones export` with any table and any mix of its options: a file that reads back as that table, with no
error in it, or one line saying why not and no file; never a fault of the program, never a table narrowed by an
option it ignored."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milestones import cli
from milestones.spreadsheet.importer import read_import

CASES = os.environ.get("CASES")  # the suite tries the same 40 each run; CASES=500 tries that many new ones
KINDS = ["indicator_results", "indicator_targets", "key_projects", "measures", "project_progress", "unit_progress"]
_OPTIONS = {
    "--year": st.sampled_from(["2024", "2023", "2025", "1900"]),
    "--zone": st.sampled_from(["东部", "西部", "全区", "北部", " 中部"]),
    "--area": st.sampled_from(["解放碑中央商务区", "菜园坝滨江新城", "南岸滨江"]),
    "--class": st.sampled_from(["产业类", "水利工程"]),
    "--light": st.sampled_from(["严重滞后", "正常", "紫色"]),
    "--no-timeline": st.none(),
    "--report": st.sampled_from(["2024Q2", "2024Q4", "2023Q4", "2024Q5"]),
    "--as-reported": st.none(),
    "--unreported": st.none(),
    "--unit": st.sampled_from(["区住房城乡建委", "区城投集团（牵头）", "区住建委"]),
    "--each-unit": st.none(),
}


@pytest.mark.slow
def test_any_export_writes_its_table_or_says_why_not(plan_with_units, tmp_path, capsys):
    n = iter(range(10 ** 6))

    @settings(max_examples=int(CASES or 40), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.sampled_from(KINDS), st.dictionaries(st.sampled_from(sorted(_OPTIONS)), st.none(), max_size=4),
           st.data())
    def export(kind, chosen, data):
        out = tmp_path / f"out{next(n)}"
        args = []
        for option in chosen:
            value = data.draw(_OPTIONS[option], label=option)
            args += [option] if value is None else [option, value]
        target = out if "--each-unit" in chosen else out.with_suffix(".xlsx")
        try:
            code = cli.main(["--db", str(plan_with_units), "export", kind, str(target), *args])
        except SystemExit as exc:  # argparse's own refusal ("--unit: not allowed with argument --each-unit")
            code = exc.code
        said = capsys.readouterr()
        assert code in (0, 1, 2), (kind, args, said.err)
        assert "Traceback" not in said.err and "程序出错" not in said.err, (kind, args, said.err)
        if code != 0:
            assert "milestones" in said.err.strip().splitlines()[-1], (kind, args)
            assert not target.exists() and not target.with_name(target.name + ".part").exists(), (kind, args)
            return
        files = sorted(target.glob("*.xlsx")) if target.is_dir() else [target]
        assert files and said.out.startswith(("已导出", "已为")), (kind, args, said.out)
        for f in files:
            imp = read_import(f)
            if kind == "unit_progress":  # a count per unit, said to be no list (it was read as a task list)
                (t,) = imp.tables
                assert t.no_table and t.problems[0].message == "这是各单位进展的统计表，不是逐项列出的表，未导入"
                continue
            assert not imp.problems and imp.tables, (kind, args, f)
            assert not [p for t in imp.tables for p in t.problems if p.severity == "error"], (kind, args, f)
            zone = args[args.index("--zone") + 1].strip() if "--zone" in args else "全区"
            if kind == "key_projects" and zone != "全区":  # narrowed as asked, not ignored
                assert {r["zone"] for r in imp.tables[0].records} == {zone}, (kind, args)

    export()
