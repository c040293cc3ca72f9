"""Noticing other people's changes to the same database.

PostgreSQL: every write transaction sends ``NOTIFY milestones_changes`` with
its Database's tag; a watcher LISTENs on its own connection and reports
notifications from others. SQLite: ``PRAGMA data_version`` moves when another
connection commits, our own pooled connections included, so each write transaction
also counts itself in the file's ``user_version`` (Database.session): the file's count
moving further than our own commits is someone else's change. Either way ``poll()``
is cheap and never blocks.
"""
from __future__ import annotations

import logging

from .database import COMMITS_WRAP, Database

__all__ = ["ChangeWatcher", "CHANNEL"]

log = logging.getLogger(__name__)
CHANNEL = "milestones_changes"


class ChangeWatcher:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._conn = None
        self._version = None
        self._commits = 0  # the file's count of commits, and ours, at the last poll (SQLite)
        self._own = 0
        self.error: str | None = None

    def _connect(self) -> None:
        if self.db.is_sqlite:
            self._conn = self.db.engine.raw_connection()
            # its own connection, out of the pool: closed, it is closed for good, even after the pool was
            # disposed (another plan opened before the old window let go kept the old file open)
            self._conn.detach()
            self._version = self._data_version()
            self._commits, self._own = self._pragma("user_version"), self.db.own_commits
        else:
            import psycopg

            url = self.db.engine.url
            self._conn = psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                                         dbname=url.database, autocommit=True)
            self._conn.execute(f"LISTEN {CHANNEL}")

    def _data_version(self) -> int:
        return self._pragma("data_version")

    def _pragma(self, name: str) -> int:
        cur = self._conn.cursor()
        try:
            cur.execute(f"PRAGMA {name}")
            return cur.fetchone()[0]
        finally:
            cur.close()

    def poll(self) -> bool:
        """True when someone else changed the database since the last poll."""
        try:
            if self._conn is None:
                self._connect()
                return False
            if self.db.is_sqlite:
                v = self._data_version()
                if v == self._version:
                    return False
                self._version = v
                commits, own = self._pragma("user_version"), self.db.own_commits
                moved, mine = (commits - self._commits) % COMMITS_WRAP, own - self._own
                self._commits, self._own = commits, own
                # none of ours: the change is someone else's (a writer that does not count its commits
                # included); ours, and the count moved further: someone else's as well
                return mine == 0 or moved > mine
            changed = False
            for n in self._conn.notifies(timeout=0, stop_after=1000):
                if n.payload != self.db.tag:
                    changed = True
            self.error = None
            return changed
        except Exception as exc:  # connection lost: say so, try again on the next poll
            self.error = str(exc)
            log.warning("change watcher: %s", exc)
            self.close()
            return False

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            except Exception:
                pass
            self._conn = None
