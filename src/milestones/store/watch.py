"""Noticing other people's changes to the same database.

PostgreSQL: every write transaction sends ``NOTIFY milestones_changes`` with
its Database's tag; a watcher LISTENs on its own connection and reports
notifications from others. SQLite: ``PRAGMA data_version`` moves when another
connection commits. Either way ``poll()`` is cheap and never blocks.
"""
from __future__ import annotations

import logging

from .database import Database

__all__ = ["ChangeWatcher", "CHANNEL"]

log = logging.getLogger(__name__)
CHANNEL = "milestones_changes"


class ChangeWatcher:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._conn = None
        self._version = None
        self.error: str | None = None

    def _connect(self) -> None:
        if self.db.is_sqlite:
            self._conn = self.db.engine.raw_connection()
            self._version = self._data_version()
        else:
            import psycopg

            url = self.db.engine.url
            self._conn = psycopg.connect(host=url.host, port=url.port, user=url.username, password=url.password,
                                         dbname=url.database, autocommit=True)
            self._conn.execute(f"LISTEN {CHANNEL}")

    def _data_version(self) -> int:
        cur = self._conn.cursor()
        try:
            cur.execute("PRAGMA data_version")
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
                changed, self._version = v != self._version, v
                return changed
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
