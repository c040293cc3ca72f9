"""One of many writers: increments projects' investment through the store, by version."""
import json
import random
import sys

from milestones.store import open_database
from milestones.store.changes import Conflict, update_row
from milestones.store.database import refusal_text
from milestones.store.schema import KeyProject


def main(url: str, ids: list[int], edits: int, seed: int) -> None:
    db = open_database(url, migrate=False)
    rnd = random.Random(seed)
    done: dict[int, int] = {}
    conflicts = refused = 0
    for _ in range(edits):
        pid = rnd.choice(ids)
        with db.read() as s:
            p = s.get(KeyProject, pid)
            value, version = p.total_investment or 0.0, p.version
        try:
            update_row(db, "key_project", pid, {"total_investment": value + 1}, expected_version=version)
            done[pid] = done.get(pid, 0) + 1
        except Conflict:
            conflicts += 1
        except Exception as exc:
            # a write that waited longer than a writer waits (SQLite's busy_timeout on a machine loaded by other
            # work: seen once in CI): refused and said to the planner, as a conflict is — not lost silently
            if refusal_text(exc) is None:
                raise
            refused += 1
    db.close()
    print(json.dumps({"done": done, "conflicts": conflicts, "refused": refused}))


if __name__ == "__main__":
    main(sys.argv[1], json.loads(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]))
