"""`milestones print` with any mix of its options: pages that open, or one line saying why not and no file; never
a fault of the program."""
from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milestones import cli

CASES = os.environ.get("CASES")  # the suite tries the same 25 each run; CASES=300 tries that many new ones
_OPTIONS = {
    "--zone": st.sampled_from(["东部", "西部", "全区", "北部", " 中部"]),
    "--from": st.sampled_from(["2024Q1", "2023Q3", "2024Q4", "2025Q2", "2024Q5", "2024年三季度"]),
    "--to": st.sampled_from(["2024Q4", "2024Q2", "2026Q4", "2023Q1"]),
    "--paper": st.sampled_from(["A4", "A3", "a3", "B5"]),
    "--portrait": st.none(),
    "--scale": st.sampled_from(["30", "8", "7", "200", "abc"]),
    "--unit": st.none(),
    "--area": st.sampled_from(["解放碑中央商务区", "南岸滨江"]),
    "--class": st.sampled_from(["产业类", "水利工程"]),
    "--light": st.sampled_from(["严重滞后", "正常", "已完成", "紫色"]),
    "--only-unit": st.sampled_from(["区住房城乡建委", "区城投集团", "不存在"]),
    "--investment": st.none(),
    "--no-actual": st.none(),
    "--legend-every-page": st.none(),
    "--order": st.sampled_from(["list", "start", "completion", "light", "name"]),
    "--summary": st.none(),
    "--office": st.sampled_from(["", "重庆市渝中区发展和改革委员会"]),
    "--dpi": st.sampled_from(["72", "49", "1201"]),
    "--year": st.sampled_from(["2024", "2023"]),
}


@pytest.mark.slow
def test_any_printout_is_written_or_said_why_not(qapp, plan_with_units, tmp_path, capsys):
    # qapp first: the command would make a QGuiApplication, and the later tests' widgets need a QApplication
    n = iter(range(10 ** 6))

    @settings(max_examples=int(CASES or 25), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.dictionaries(st.sampled_from(sorted(_OPTIONS)), st.none(), max_size=4), st.sampled_from([".pdf", ".png"]),
           st.data())
    def printed(chosen, suffix, data):
        folder = tmp_path / f"p{next(n)}"
        folder.mkdir()
        args = []
        for option in chosen:
            value = data.draw(_OPTIONS[option], label=option)
            args += [option] if value is None else [option, value]
        if suffix == ".png" and "--dpi" not in chosen:
            args += ["--dpi", "50"]  # quick
        try:
            code = cli.main(["--db", str(plan_with_units), "print", *args, "--out", str(folder / f"t{suffix}")])
        except SystemExit as exc:  # argparse's own refusal ("invalid choice: 'B5'")
            code = exc.code
        said = capsys.readouterr()
        assert code in (0, 1, 2), (args, said.err)
        assert "Traceback" not in said.err and "程序出错" not in said.err, (args, said.err)
        files = sorted(folder.iterdir())
        if code != 0:
            assert "milestones" in said.err.strip().splitlines()[-1] and files == [], (args, said.err, files)
            return
        assert files and said.out.startswith("已写入"), (args, said.out)
        assert not [f for f in files if f.suffix == ".part"]
        for f in files:
            assert f.read_bytes()[:4] in (b"%PDF", b"\x89PNG"), (args, f)

    printed()
