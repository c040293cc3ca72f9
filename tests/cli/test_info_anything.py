"""`milestones info` with any of its answers and options: the answer, in words or as JSON, or one line saying why
not; never a fault of the program."""
from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milestones import cli

CASES = os.environ.get("CASES")  # the suite tries the same 30 each run; CASES=500 tries that many new ones
_QUARTERS = st.sampled_from(["2024Q1", "2024Q3", "2024年二季度", "2023Q4", "2025Q1", "2024Q5", "上半年", ""])
_OPTIONS = {
    "--year": st.sampled_from(["2024", "2023", "0"]),
    "--json": st.none(),
    "--progress": _QUARTERS,
    "--chase": _QUARTERS,
    "--check": st.none(),
    "--changes": st.sampled_from([None, "1", "5", "0"]),
    "--as-reported": st.none(),
    "--lang": st.sampled_from(["zh", "en"]),
}


@pytest.mark.slow
def test_any_question_is_answered_or_said_why_not(db_path, db, capsys):
    from milestones.store.changes import update_row
    from milestones.store.schema import KeyProject
    from sqlalchemy import select

    with db.read() as s:  # a change to list
        pid = s.scalar(select(KeyProject.id).where(KeyProject.name == "重庆中心T3塔楼"))
    update_row(db, "key_project", pid, {"planned_completion": "2024Q4"})
    db.close()

    @settings(max_examples=int(CASES or 30), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.dictionaries(st.sampled_from(sorted(_OPTIONS)), st.none(), max_size=3), st.data())
    def asked(chosen, data):
        top, args = [], []
        for option in chosen:
            value = data.draw(_OPTIONS[option], label=option)
            into = top if option == "--lang" else args
            into += [option] if value is None else [option, value]
        try:
            code = cli.main([*top, "--db", str(db_path), "info", *args])
        except SystemExit as exc:  # argparse's own refusal
            code = exc.code
        said = capsys.readouterr()
        assert code in (0, 1, 2), (args, said.err)
        assert "Traceback" not in said.err + said.out and "程序出错" not in said.err, (args, said.err)
        if code != 0:
            assert said.err.strip() and not said.out, (args, said)
        elif "--json" in chosen:
            json.loads(said.out)  # one document
        else:
            assert said.out.strip(), args

    asked()
