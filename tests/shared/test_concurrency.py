"""20 writers × 200 edits on the same 50 projects: no edit is lost silently."""
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from milestones.store.changes import add_project
from milestones.store.schema import KeyProject

WORKER = Path(__file__).with_name("edit_worker.py")


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["postgresql", "sqlite"])
def test_twenty_processes_two_hundred_edits_each(kind, tmp_path, request, capsys):
    from milestones.store import open_store

    target = request.getfixturevalue("pg_url") if kind == "postgresql" else str(tmp_path / "plan.db")
    db = open_store(target, with_sample=False)
    year = _plan(db)
    ids = [add_project(db, year, f"并发项目{i:02d}", total_investment=0)[0] for i in range(50)]
    url = db.url
    db.close()
    root = Path(__file__).resolve().parents[2]
    env_path = f"{root / 'src'}:{root}"
    procs = [subprocess.Popen([sys.executable, str(WORKER), url, json.dumps(ids), "200", str(seed)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={"PYTHONPATH": env_path, "PATH": "/usr/bin:/bin"})
             for seed in range(20)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=600)  # a deadlock would show up here, not hang forever
        assert p.returncode == 0, err[-2000:]
        results.append(json.loads(out))
    succeeded = Counter()
    for r in results:
        succeeded.update({int(k): v for k, v in r["done"].items()})
    conflicts = sum(r["conflicts"] for r in results)
    refused = sum(r["refused"] for r in results)  # waited too long, said so (rare: a loaded machine)
    db = open_store(url)
    with db.read() as s:
        final = {p.id: p.total_investment for p in s.scalars(select(KeyProject).where(KeyProject.id.in_(ids)))}
    db.close()
    # every successful edit is in the final value; every other edit was reported as a conflict or a refusal
    assert all(final[pid] == succeeded[pid] for pid in ids), [(pid, final[pid], succeeded[pid]) for pid in ids
                                                             if final[pid] != succeeded[pid]]
    assert sum(succeeded.values()) + conflicts + refused == 20 * 200
    assert refused < 20 * 200 // 10
    with capsys.disabled():
        print(f"\n{kind}: {sum(succeeded.values())} edits written, {conflicts} reported as conflicts, "
              f"{refused} refused")


def _plan(db):
    from milestones.store.plan_document import ensure_zones
    from milestones.store.schema import Plan

    with db.session() as s:
        ensure_zones(s)
        s.add(Plan(year=2024, jurisdiction="测试区", title="测试区2024年计划"))
    return 2024
