"""`milestones import` of any attachment with any mix of its options: the file read, written in one piece or not
at all, said in one line or as one JSON object; never a fault of the program, never a half-written plan."""
from __future__ import annotations

import hashlib
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from milestones import cli

CASES = os.environ.get("CASES")  # the suite tries the same 30 each run; CASES=400 tries that many new ones
_OPTIONS = {
    "--kind": st.sampled_from(["indicator_results", "indicator_targets", "key_projects", "measures", "bogus"]),
    "--year": st.sampled_from(["2023", "2024", "2025", "1999", "x"]),
    "--dry-run": st.none(),
    "--json": st.none(),
    "--remove-missing": st.none(),
    "--mark": st.none(),
}


@pytest.mark.slow
def test_any_import_is_all_or_nothing_and_said(lo_files, lo_ods_files, lo_xml2003_files, db_path, db, tmp_path,
                                               capsys):
    db.close()
    files = {**{f"{k}.xlsx": v for k, v in lo_files.items()}, **{f"{k}.ods": v for k, v in lo_ods_files.items()},
             **{f"{k}.xls": v for k, v in lo_xml2003_files.items()}}
    names = sorted(files)
    n = iter(range(10 ** 6))

    @settings(max_examples=int(CASES or 30), deadline=None, derandomize=not CASES,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(st.sampled_from(names), st.dictionaries(st.sampled_from(sorted(_OPTIONS)), st.none(), max_size=4),
           st.data())
    def imported(name, chosen, data):
        args = []
        for option in chosen:
            value = data.draw(_OPTIONS[option], label=option)
            if option == "--mark":
                value = str(tmp_path / f"marked{next(n)}.xlsx")
            args += [option] if value is None else [option, value]
        before = hashlib.sha256(db_path.read_bytes()).hexdigest()
        try:
            code = cli.main(["--db", str(db_path), "import", str(files[name]), *args])
        except SystemExit as exc:  # argparse's own refusal ("--year: invalid int value")
            code = exc.code
        said = capsys.readouterr()
        assert code in (0, 1, 2), (name, args, said.err)
        assert "Traceback" not in said.err + said.out and "程序出错" not in said.err, (name, args, said.err)
        if "--json" in chosen and code != 2:
            out = json.loads(said.out)  # one object, whatever the file held
            assert out["file"] and isinstance(out["tables"], list), (name, args)
            for t in out["tables"]:
                assert {"sheet", "kind", "year", "records", "problems", "diff"} <= set(t), (name, args)
        if code != 0 or "--dry-run" in chosen:
            # refused, in error or only previewed: the plan as it was, to the byte
            assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before, (name, args, code)

    imported()
