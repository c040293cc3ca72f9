"""The GUI's one path for writes.

Widgets never call the store directly to change data: they push an undo
command, whose redo/undo call :class:`Operations`, which runs the store
function and announces the :class:`ChangeSet`. Views listen to ``changed``
and refresh what changed.
"""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from ..store import Database
from ..store.database import writer_busy, writers_wait
from ..store.changes import ChangeSet
from . import pending_journal

log = logging.getLogger(__name__)

# how long a change made in the window waits for another writer (a colleague's import, another program's) before it
# is kept and written once they are done: the window stands still meanwhile, so a moment, not store's 10 s
WINDOW_WAIT_S = 2


class Operations(QObject):
    changed = Signal(object)  # ChangeSet
    failed = Signal(str)  # a message for the user
    connection_lost = Signal(str)
    held_back = Signal(str)  # changes kept while another writes to the plan (a colleague's long import), how many
    connection_back = Signal()  # the changes kept are written

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self.pending: list = []  # changes written while the connection was lost, retried in order
        # why they wait: "connection" (the shared server unreachable) or "writer" (another writing to the plan)
        self.waiting_for = ""
        self.refused = 0  # of the changes kept, those the last writing of them refused (each said)
        # ... and kept on this computer meanwhile, so a killed program does not lose them (a local file never
        # loses its connection: no journal), in a file of this program's own (a slot held by a lock file)
        self.journal: Path | None = None
        self._lock: QLockFile | None = None
        if not db.is_sqlite:
            self._claim_slot()
        # changes an earlier session kept that the planner chose to write later: still on disk, ahead of new ones
        self.deferred: list = []
        # told how far a long first write is, False to stop it (rolled back): set while cell_paste.long_write's box shows
        self.write_progress = None
        self._retry = QTimer(self)
        self._retry.setInterval(5000)
        self._retry.timeout.connect(self.retry_pending)
        self.parent_widget = None

    def hand_over(self, window) -> None:
        """Serve ``window`` from now on (the window rebuilt for another year or language): the undo steps and
        the changes waiting for a lost connection go on; whatever listened in the old window no longer does."""
        for signal in (self.changed, self.failed, self.connection_lost, self.held_back, self.connection_back):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):  # nothing connected
                pass
        self.setParent(window)
        self.parent_widget = window

    # -- conflicts --------------------------------------------------------------
    def resolve_conflict(self, command, exc) -> bool:
        """Ask which value to keep; True means "keep mine" and the command is rebased."""
        from .conflict_dialog import ConflictDialog

        current = exc.current or {}
        rows = [(e.field, _text(e.new), _text(current.get(e.field))) for e in command.edits
                if e.row_id == exc.row_id]
        label = str(current.get("name") or current.get("title") or current.get("text") or f"#{exc.row_id}")
        if ConflictDialog.ask(self.parent_widget, label, rows) != "mine":
            return False
        for e in command.edits:
            if e.table == exc.table and e.row_id == exc.row_id:
                e.version = current.get("version")
                e.old = current.get(e.field)
        return True

    # -- a lost connection ----------------------------------------------------------
    def is_connection_error(self, exc: BaseException) -> bool:
        """A shared database that cannot be reached (a local file is never "lost")."""
        from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

        if self.db.is_sqlite:
            return False
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            return True
        return isinstance(exc, (OperationalError, InterfaceError))

    def keep_for_retry(self, command, why: str = "connection") -> None:
        """Keep a change that could not be written now, behind those kept before it, and try them again every few
        seconds; ``why``: "connection" or "writer" (another held the plan past the wait)."""
        if not self.pending:
            self.refused = 0  # a new wait: none of its changes refused yet
        self.pending.append(command)
        self.waiting_for = why
        self._keep_journal()
        self._say_waiting()
        self._retry.start()

    def _say_waiting(self) -> None:
        signal = self.held_back if self.waiting_for == "writer" else self.connection_lost
        signal.emit(str(len(self.pending)))

    def _keep_journal(self) -> None:
        """The waiting changes as they stand now, on disk; one that cannot be kept stays in memory only."""
        if self.journal is None:
            return
        entries = [e for e in (c.journal() for c in (*self.deferred, *self.pending)) if pending_journal.encodable(e)]
        try:
            pending_journal.save(self.journal, self.db.display_name, entries)
        except OSError as exc:  # a full or read-only disk: they still wait in memory, as before
            log.warning("changes waiting for the connection not kept in %s: %s", self.journal, exc)

    def _claim_slot(self) -> None:
        """The first slot no running program holds: its lock kept as long as this program runs (a killed
        program's lock is stale by its process id, and the slot free again)."""
        where = pending_journal.folder()
        try:
            where.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.warning("no folder for changes waiting for the connection (%s): kept in memory only", exc)
            return
        for slot in range(64):
            path = pending_journal.journal_path(self.db.display_name, slot, where)
            lock = _lock_of(path)
            if lock.tryLock(0):
                if path.exists():  # left by a program gone: offered by kept_from_last_time, never written over
                    lock.unlock()
                    continue
                self._lock, self.journal = lock, path
                return
        log.warning("no free slot for changes waiting for the connection: kept in memory only")

    def release(self) -> None:
        """Give the slot back (the database closed); a list still waiting stays in its file for next time."""
        self._retry.stop()  # nothing to retry against a database closed
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def kept_on_disk(self) -> bool:
        """Whether every waiting change is kept on this computer (a later opening can write them)."""
        return self.journal is not None and all(pending_journal.encodable(c.journal()) for c in self.pending)

    def discard_pending(self) -> None:
        """The planner gave the waiting changes up: gone from memory and from disk."""
        self.pending.clear()
        self.deferred.clear()
        self._retry.stop()
        self._keep_journal()

    def kept_from_last_time(self) -> tuple[list, list[Path]]:
        """Changes programs gone kept while they waited for this database and never wrote (closed or killed
        meanwhile), as commands, in their order; taken into this program's own file (`deferred` until the
        planner says what to do) and theirs removed. Also the files that could not be read, moved aside."""
        if self.journal is None:
            return [], []
        from .undo import from_journal

        commands, unreadable, taken = [], [], []
        for path in pending_journal.journals(self.db.display_name, self.journal.parent):
            if path == self.journal:
                continue
            lock = _lock_of(path)
            if not lock.tryLock(0):
                continue  # its program still runs: its changes are its own to write
            try:
                entries = pending_journal.load(path)
                commands.extend(from_journal(self, e) for e in entries)
                taken.append((path, lock))
            except (pending_journal.JournalError, ValueError) as exc:
                log.warning("changes kept in %s unreadable (%s)", path, exc)
                unreadable.append(pending_journal.set_aside(path))
                lock.unlock()
        self.deferred.extend(commands)
        self._keep_journal()  # in this program's file first, then theirs go: a kill between keeps both
        for path, lock in taken:
            path.unlink(missing_ok=True)
            lock.unlock()
        return commands, unreadable

    def take_over(self, commands: list) -> None:
        """Write the changes a former session kept, in their order, as if they were made now: each written
        becomes an undo step; a conflict is said; one that still cannot reach the database waits again."""
        self.deferred = [c for c in self.deferred if c not in commands]
        if not self.pending:
            self.refused = 0
        self.pending[:0] = commands
        self.retry_pending()
        if self.pending:  # still cannot reach it: they wait, as changes made now would
            self._say_waiting()
            self._retry.start()

    def retry_pending(self) -> list:
        """Write the changes kept, in order; those written (each an undo step now) are returned. One still kept
        from the database (down, or another writing: only looked at, not waited for with the window still) stops
        it until the next tick."""
        written = []
        while self.pending:
            command = self.pending[0]
            try:
                with writers_wait(0):
                    command.perform()
            except Exception as exc:
                if self.is_connection_error(exc) or writer_busy(exc):
                    self.waiting_for = "writer" if writer_busy(exc) else "connection"
                    return written  # still down, or still being written to: try again on the next tick
                self.pending.pop(0)
                self._keep_journal()
                self.refused += 1
                self.failed.emit(_refused(command, exc))
                continue
            self.pending.pop(0)
            self._keep_journal()
            self.undo_stack.push(command)
            written.append(command)
        self._retry.stop()
        self._keep_journal()
        self.connection_back.emit()
        self.waiting_for = ""
        return written

    def run(self, fn: Callable[..., Any], *args, **kwargs) -> Any:
        """Run a store change and announce it. Errors propagate to the caller."""
        result = fn(self.db, *args, **kwargs)
        cs = result[1] if isinstance(result, tuple) else result
        if isinstance(cs, ChangeSet):
            self.changed.emit(cs)
        return result


def _refused(command, exc: Exception) -> str:
    """Why a change kept while the connection was lost was not written, naming the change and the project."""
    from ..store.changes import Conflict
    from .undo import conflict_text

    if isinstance(exc, Conflict) and hasattr(command, "text"):
        return (QCoreApplication.translate("Undo", "未能写入（%1）").replace("%1", command.text())
                + QCoreApplication.translate("Undo", "：") + conflict_text(exc))
    return str(exc)


def _lock_of(journal: Path) -> QLockFile:
    lock = QLockFile(str(journal.with_suffix(".lock")))
    lock.setStaleLockTime(0)  # held for as long as the program runs; stale only when its process is gone
    return lock


def _text(v: Any) -> str:
    return "" if v is None else str(v)
