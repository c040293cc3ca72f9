"""Opening a plan database: engine, connection settings, migrations, backup.

``open_database`` is the only way in. It creates a missing SQLite file, brings
an older schema up to date (after copying the file aside), and hands back a
:class:`Database` whose ``session()`` is the one transaction of one change.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from contextvars import ContextVar
import re
import functools
from functools import cache
import logging
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from .. import paths as resources

log = logging.getLogger(__name__)

__all__ = ["Database", "open_database", "database_url", "MigrationError", "StoreError", "COMMITS_WRAP", "refusal_text",
           "sqlite_in_words", "FileGone", "WritersBusy", "writers_wait", "writer_busy"]


class StoreError(RuntimeError):
    """The database cannot be used: a message for the user, no traceback."""


class MigrationError(StoreError):
    """The database could not be brought up to date; it was left as it was."""


class WritersBusy(StoreError):
    """A shared plan another connection kept writing to for longer than a writer waits (a colleague's long
    import): nothing was written; doing it again a little later works."""


class FileGone(StoreError):
    """The plan file was deleted, moved or replaced while open: a write would go to a file no longer there (lost
    when the program closes), or beside another program's file. Nothing is written; the plan as opened can still
    be saved as a copy (:meth:`Database.save_copy`)."""


_MALFORMED = "database disk image is malformed"
# SQLite's refusals that come from the plan file or its disk: (its words, what they mean when the file is opened or
# copied, what a write refused for them says — the transaction is rolled back whole, so nothing was written)
_FILE_REFUSALS = (
    ("disk I/O error", "磁盘出错或已满", "读写计划文件时磁盘出错，未写入任何内容；请检查磁盘（或网络盘、U 盘）后再做一次"),
    ("database or disk is full", "磁盘已满", "磁盘空间不足，未写入任何内容；腾出磁盘空间后再做一次"),
    ("unable to open database file", "文件或它所在的文件夹打不开",
     "计划文件或它所在的文件夹已打不开（被移走、改名或断开），未写入任何内容"),
    ("readonly database", "文件是只读的", "计划文件是只读的，未写入任何内容；请检查文件的权限，或另存一份再改"),
    ("database is locked", "文件正被另一个程序占用", "计划文件正被另一个程序写入，等候超时，未写入任何内容；请稍后再做一次"),
    ("file is not a database", "不是数据库文件，或已损坏", None),
    # a file cut short (a copy broken off, a disk that failed): the day's backups are what the planner has
    (_MALFORMED, "计划文件已损坏；可用“文件 → 打开自动备份…”从备份恢复",
     "计划文件已损坏，未写入任何内容；可用“文件 → 打开自动备份…”从备份恢复"),
)


def _file_refusal(text: str) -> tuple[str, str, str | None] | None:
    return next((row for row in _FILE_REFUSALS if row[0] in text), None)


def sqlite_in_words(error: BaseException) -> str:
    """SQLite's refusal of a file (opening it, copying it) with the planner's words before it (SQLite's kept beside,
    for whoever helps)."""
    text = str(error)
    known = _file_refusal(text)
    return f"{known[1]}（{text}）" if known else text


def writer_busy(exc: BaseException | None) -> bool:
    """Whether a write was refused only because another writer held the plan past the wait (a colleague's long
    import, another program's): nothing was written, and the same write a little later goes through."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, WritersBusy):
            return True
        if isinstance(exc, (DBAPIError, sqlite3.Error)):
            return "database is locked" in str(getattr(exc, "orig", None) or exc)
        exc = exc.__cause__ or exc.__context__
    return False


def refusal_text(exc: BaseException | None) -> str | None:
    """The planner's words for a write the database file or its disk refused (a full disk, a read-only file, a
    lock held too long, an unplugged drive); None for any other error. Looks through the exceptions it was raised
    from: Qt hands a model's error on wrapped."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, (FileGone, WritersBusy)):
            return str(exc)
        if isinstance(exc, (DBAPIError, sqlite3.Error)):
            known = _file_refusal(str(getattr(exc, "orig", None) or exc))
            return known[2] if known else None
        exc = exc.__cause__ or exc.__context__
    return None


def database_url(target: str | Path) -> str:
    """A URL for what the user typed after ``--db``: a path or a URL."""
    text = str(target)
    if not text.strip():
        raise StoreError("没有给出数据库：应为 SQLite 文件路径或 postgresql:// 地址")  # " " made a file named " "
    if "://" in text:
        return text
    path = str(Path(text).expanduser().resolve())
    # "%" and "?" mean something in a URL, and SQLAlchemy decodes them: kept as characters of the name (a file
    # "计划?.db" opened "计划", a folder "a%20b" opened "a b" — a new plan made there with the sample in it)
    return "sqlite:///" + path.replace("%", "%25").replace("?", "%3F")


def _sqlite_pragmas(dbapi_conn, record) -> None:
    # Foreign keys are off by default in SQLite, per connection. (WAL is set
    # once, in the file, after open_database knows the file is ours.)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute(f"PRAGMA busy_timeout={WRITER_WAIT_S * 1000}")
    cur.close()
    record.info["busy_timeout"] = WRITER_WAIT_S * 1000  # (the begin below sets another only where asked)


def _use_wal(engine: Engine) -> None:
    """WAL lets the GUI read while a write is in progress and survives a kill
    mid-write; the setting is stored in the file, so once is enough."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return
    with engine.connect() as conn:
        conn.connection.driver_connection.execute("PRAGMA journal_mode=WAL")


def _make_folder(path: Path) -> None:
    """The folder of a new plan file (a new district's, chosen in 新建计划数据库…): a folder that cannot be made is
    said as the planner can act on it, not as the system's FileExistsError the window only logged."""
    from ..written import not_written

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as exc:
        raise StoreError(f"无法写入 {path}：{exc.filename or path.parent} 是一个文件，不是文件夹") from None
    except OSError as exc:
        raise StoreError(str(not_written(path, exc))) from None


def _make_engine(url: str) -> Engine:
    try:
        u = make_url(url)
    except (ArgumentError, ValueError):  # "postgresql://u@[::1": a fault of the program, it said
        shown = re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", url)  # never a password in a message
        raise StoreError(f"无法识别的数据库地址“{shown}”：应为如 postgresql://用户@服务器:5432/数据库") from None
    if u.get_backend_name() == "postgres":  # the spelling Heroku and many guides use
        u = u.set(drivername="postgresql+psycopg")
        url = u.render_as_string(hide_password=False)
    if u.get_backend_name() not in ("sqlite", "postgresql"):  # "mysql://…", "http://…": no such plugin, a fault
        raise StoreError(f"不支持的数据库“{u.get_backend_name()}”：应为 SQLite 文件路径或 postgresql:// 地址")
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            _make_folder(Path(u.database))
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling defers BEGIN; let SQLAlchemy
        # emit it so that a session is one real transaction.
        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_conn, _rec):
            dbapi_conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _begin(conn):
            # a write takes the write lock at once: two writers that both read
            # first and then upgrade their locks would fail, not wait
            immediate = conn.get_execution_options().get("sqlite_immediate")
            # how long BEGIN IMMEDIATE waits for another program's write (writers_wait), set where it differs from
            # the connection's last: a pooled connection must not keep a short wait into the next transaction, and
            # the usual begin (the store's wait again) costs no statement more
            wait = int((_writer_wait() if immediate else WRITER_WAIT_S) * 1000)
            if conn.info.get("busy_timeout") != wait:
                conn.exec_driver_sql(f"PRAGMA busy_timeout={wait}")
                conn.info["busy_timeout"] = wait
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    if u.get_backend_name() == "postgresql" and u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    return create_engine(u, pool_pre_ping=True)


@dataclass
class Database:
    engine: Engine
    url: str
    backup_path: Path | None = None  # set when opening upgraded an older file
    created: bool = False  # True when this open made a new, empty database
    filled: str = ""  # what open_store put in a database it made: "sample" (the bundled plan) or "empty"

    def __post_init__(self) -> None:
        import uuid

        self.tag = uuid.uuid4().hex  # names this connection's own change notifications
        self.own_commits = 0  # write transactions this Database committed (store.watch counts them out)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(self.engine.execution_options(sqlite_immediate=True),
                                            expire_on_commit=False)
        if self.engine.dialect.name != "sqlite":
            self._snapshots = sessionmaker(self.engine.execution_options(isolation_level="REPEATABLE READ"),
                                           expire_on_commit=False)
        self._lent = threading.local()  # the snapshot a one_read() block lends its reads, per thread
        self._identity: tuple[int, int] | None = None  # the plan file as opened (device, inode)
        self._held = None  # a connection to that file, kept to save the plan from should the file go

    def hold_file(self) -> None:
        """Remember the plan file as it is now, and keep a connection to it: should it be deleted or replaced
        while open, :meth:`file_gone` says so and :meth:`save_copy` still reads the plan as it was."""
        path = self.path
        if path is None or self._held is not None:
            return
        try:
            self._identity = _identity(path)
            # as a URI: a name with "?" or "#", or a Windows path, read right (SQLite decodes the %-escapes)
            self._held = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True, check_same_thread=False)
            # read once, so its write-ahead log is open too; read to the end, so no snapshot is held (a read left
            # open would keep every checkpoint from finishing, and the log would grow all day)
            self._held.execute("SELECT count(*) FROM sqlite_master").fetchall()
        except (OSError, sqlite3.Error) as exc:  # a plan that cannot be held is still worked in, as before
            log.warning("plan file %s not held: %s", path, exc)
            self._identity = self._held = None
            return
        # the pool's connections stay on the file as opened; a new one, once it is gone, would make an empty
        # database under its name (or open the file that replaced it): refused instead
        event.listen(self.engine, "do_connect", self._no_new_connection_once_gone)

    def _no_new_connection_once_gone(self, _dialect, _record, _cargs, _cparams) -> None:
        if self.file_gone():
            raise self._gone()

    def _gone(self) -> "FileGone":
        return FileGone(f"计划文件 {self.path} 已被删除、移走或替换，修改无法保存到它，未写入任何内容；"
                        "请用“文件 → 备份数据库…”把打开着的计划另存一份，再打开它")

    @property
    def path(self) -> Path | None:
        """The SQLite file, None for a shared or an in-memory database."""
        database = self.engine.url.database
        return Path(database) if self.is_sqlite and database not in (None, "", ":memory:") else None

    def file_gone(self) -> bool:
        """Whether the plan file is no longer the one opened: deleted, moved away, or replaced by another file
        under its name (a sync tool, a copy put back by hand). The test is SQLite's own for a moved database
        (SQLITE_READONLY_DBMOVED: the inode under the path), which it makes only in rollback-journal mode."""
        if self._identity is None:
            return False
        try:
            return _identity(self.path) != self._identity
        except OSError:
            return True

    def save_copy(self, dest: str | Path):
        """The plan as opened copied to ``dest`` through the held connection (the file itself may be gone),
        checked, then put under its name (store.backup); a :class:`Backup`."""
        from .backup import copy_connection

        if self._held is None:
            raise StoreError("没有可另存的计划文件")
        return copy_connection(self._held, Path(dest), f"无法备份到 {dest}")

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        u = self.engine.url
        if self.is_sqlite:
            return str(u.database)
        return u.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def session(self, *, edits_only: bool = False) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on error.

        On PostgreSQL it first waits for another writer's to end (one at a time, as on SQLite; ``edits_only``:
        see ``_one_writer_at_a_time``) and tells everyone listening (delivered at commit)."""
        if self.file_gone():
            raise self._gone()
        with self._write_sessions.begin() as s:
            s.info["run_tag"] = self.tag  # signs the list's moves (store.history.mover)
            if self.is_sqlite:
                # a count of commits in the file's header, moved with the data (BEGIN IMMEDIATE holds the
                # write lock, so read-and-add is safe; first, so a block that commits itself counts too):
                # the watcher tells our commits from others'
                c = s.connection()
                n = c.exec_driver_sql("PRAGMA user_version").scalar()
                c.exec_driver_sql(f"PRAGMA user_version = {(int(n) + 1) % COMMITS_WRAP}")
                s.info["commits_before"] = int(n)  # (what a check against an earlier read compares: commits())
            else:
                _one_writer_at_a_time(s.connection(), edits_only)
            yield s
            if not self.is_sqlite:
                from .watch import CHANNEL

                s.connection().exec_driver_sql(f"NOTIFY {CHANNEL}, '{self.tag}'")
        self.own_commits += 1  # after the commit: a failed one is nobody's

    def commits(self) -> int | None:
        """The plan file's count of commits (Database.session counts each in its header), to tell later whether
        anything was written since: compared with a write session's ``info["commits_before"]``. None for a shared
        database, which keeps no such count (a caller checks what it must)."""
        if not self.is_sqlite:
            return None
        with self.engine.connect() as c:
            return int(c.exec_driver_sql("PRAGMA user_version").scalar())

    def read(self, *, snapshot: bool = False) -> contextlib.AbstractContextManager[Session]:
        """A session for reading, used as ``with db.read() as s:`` (the block closes it). ``snapshot``: every read in
        it sees the plan as it was at its first (what a table or a printout is made of: a colleague's import
        committed between its reads of the projects and of their quarters made a table half before it and half
        after). A plan file's read transaction is one already (WAL); a shared database's reads are each their own
        under READ COMMITTED, and this one is REPEATABLE READ."""
        lent = getattr(self._lent, "session", None)
        if lent is not None:  # within one_read(): its snapshot, which the block closes, not this read
            return contextlib.nullcontext(lent)
        if snapshot and not self.is_sqlite:
            return self._snapshots()
        return self._sessions()

    @contextlib.contextmanager
    def one_read(self) -> Iterator[None]:
        """Every read the block makes on this thread sees the plan as it was at the first: one snapshot, lent to
        each :meth:`read` in it. An export reads the year, then the indicators' years, then the table's rows; a
        colleague's import committed between them made a table of a year it no longer had, or of none. Nested,
        the outer block's."""
        if getattr(self._lent, "session", None) is not None:
            yield
            return
        with self.read(snapshot=True) as s:
            self._lent.session = s
            try:
                yield
            finally:
                self._lent.session = None

    def can_write(self) -> bool:
        """Whether this connection may change the plan (a viewer role may not)."""
        if self.is_sqlite:
            import os

            path = self.engine.url.database
            return not path or path == ":memory:" or os.access(path, os.W_OK)
        with self.engine.connect() as c:
            return bool(c.exec_driver_sql("SELECT has_table_privilege('key_project', 'UPDATE')").scalar())

    def role(self) -> str:
        """The connected role's name (PostgreSQL), or the file owner's access (SQLite)."""
        if self.is_sqlite:
            return "local"
        with self.engine.connect() as c:
            return c.exec_driver_sql("SELECT current_user").scalar()

    def close(self) -> None:
        gone = self._identity is not None and self.path is not None and not self.path.exists()
        if self._held is not None:
            self._held.close()
            self._held = None
        self._identity = None  # closed: no longer guarded (a read after it opens the file under the name, as before)
        self.engine.dispose()
        if gone:
            # the deleted file's write-ahead log stays under its name, and SQLite replays a log it finds beside a
            # database: a file put there later (yesterday's copy) would take the deleted file's changes (measured)
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)


def _identity(path: Path) -> tuple[int, int]:
    st = path.stat()
    return st.st_dev, st.st_ino


# -- migrations ---------------------------------------------------------------
def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


_REVISION = re.compile(r'^(down_revision|revision)\s*=\s*["\']?([^"\'\n]*?)["\']?\s*$', re.M)


@cache
def known_revisions() -> frozenset[str]:
    """Every migration this version has, read from the scripts' headers."""
    return frozenset(_revision_tree()[0])


@cache
def _revision_tree() -> tuple[set[str], set[str]]:
    revisions, parents = set(), set()
    for f in (resources.migrations_dir() / "versions").glob("*.py"):
        found = dict((k, v) for k, v in _REVISION.findall(f.read_text(encoding="utf-8")))
        if found.get("revision"):
            revisions.add(found["revision"])
            if found.get("down_revision") not in (None, "", "None"):
                parents.add(found["down_revision"])
    return revisions, parents


@cache
def head_revision() -> str:
    """The newest migration, read from the scripts' headers.

    (Importing Alembic costs more than the rest of opening a database; it is
    only needed when there is something to upgrade. A test checks this agrees
    with Alembic's own answer.)"""
    revisions, parents = _revision_tree()
    heads = revisions - parents
    if len(heads) != 1:
        raise MigrationError(f"迁移脚本有 {len(heads)} 个最新版本：{sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    """The database's schema revision (None for a database without one)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


COMMITS_WRAP = 2 ** 31  # SQLite's user_version is a signed 32-bit integer
_UPGRADE_LOCK = 0x6D696C65  # "mile": the advisory lock taken while a shared database upgrades
_WRITERS_LOCK = 0x6D696C66  # the advisory lock every write transaction to a shared database takes first
WRITER_WAIT_S = 10  # as SQLite's busy_timeout (_sqlite_pragmas): how long a write waits for another to end
WRITER_IDLE_S = 60  # how long a write transaction to a shared database may pause before the server ends it


def read_at_once(fn):
    """``fn(db, …)`` reads the plan in one :meth:`Database.one_read` block: an export, all its reads one snapshot."""
    @functools.wraps(fn)
    def reading(db: Database, *args, **kwargs):
        with db.one_read():
            return fn(db, *args, **kwargs)
    return reading


_WAIT: ContextVar[float | None] = ContextVar("writers_wait", default=None)


@contextlib.contextmanager
def writers_wait(seconds: float) -> Iterator[None]:
    """How long the writes begun in this block (in this thread) wait for another writer's to end before they are
    refused (WritersBusy, or SQLite's "database is locked"), instead of WRITER_WAIT_S. The window's edits wait a
    moment and are then kept and written once the other is done (ui/operations.py), rather than holding the window
    still for the whole wait; its later tries only look (0)."""
    token = _WAIT.set(seconds)
    try:
        yield
    finally:
        _WAIT.reset(token)


def _writer_wait() -> float:
    wait = _WAIT.get()
    return WRITER_WAIT_S if wait is None else wait


def _one_writer_at_a_time(conn, edits_only: bool = False) -> None:
    """Wait, first in a write transaction to a shared database, for another writer's to end, as SQLite's
    write lock (BEGIN IMMEDIATE) makes writers to a plan file wait: the store's writes match rows by name
    and add those they do not find, and under PostgreSQL's READ COMMITTED two of them at once (two planners
    importing the same list) each added the same 30 projects (60 on the list), or failed on a unique name
    with the SQL in the planner's face. ``edits_only``: a transaction that only edits rows it names by id,
    each checked against what the planner saw (store.changes), waits only for those that add rows, not
    for other such edits (20 planners' edits at once took 1.7× as long one at a time). Taken before the
    transaction's first read, so it reads what the other committed. Waits WRITER_WAIT_S at most (a
    colleague's long import), then refuses, rolled back."""
    from sqlalchemy import text

    shared = "_shared" if edits_only else ""
    # a writer that goes quiet inside its transaction (a laptop's lid shut, its network gone: the server sees no
    # closed socket for hours) is ended by the server after WRITER_IDLE_S, its lock with it; the store's writes never
    # pause between statements for long (a 50,000-row import: well under a second)
    if conn.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock{shared}({_WRITERS_LOCK}), set_config("
                            f"'idle_in_transaction_session_timeout', '{WRITER_IDLE_S}s', true)").first()[0]:
        return  # nobody else writing, the usual case: one round trip
    wait = _writer_wait()
    busy = WritersBusy(f"共享计划正由另一位同事写入（如导入一份大表），等候 {wait:g} 秒仍未写完，"
                       "未写入任何内容；请稍后再做一次")
    if wait <= 0:
        raise busy  # only looking (a change kept for later, tried again)
    was = conn.execute(text("SELECT current_setting('lock_timeout')")).scalar()
    conn.execute(text("SELECT set_config('lock_timeout', :wait, true)"), {"wait": f"{int(wait * 1000)}ms"})
    try:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock{shared}({_WRITERS_LOCK})")
    except DBAPIError as exc:
        if getattr(exc.orig, "sqlstate", None) == "55P03":  # lock_not_available: the wait ran out
            raise busy from None
        raise
    # the transaction's own row locks wait as before (a colleague's edit holds its row a moment)
    conn.execute(text("SELECT set_config('lock_timeout', :was, true)"), {"was": was})


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to ``revision`` in one transaction."""
    from alembic import command

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            # Batch mode rebuilds tables (copy, drop, rename); with foreign keys
            # on, the drop would cascade-delete child rows. The pragma cannot
            # change inside a transaction, so set it before BEGIN.
            conn.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                if not sqlite and conn.dialect.name == "postgresql":
                    # two people opening an old shared database at once: one upgrades,
                    # the other waits here, then finds nothing left to do
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
                command.upgrade(_alembic_config(conn), revision)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise MigrationError(f"迁移后外键不一致：{broken[:5]}")
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys=ON")


def create_fresh(engine: Engine, head: str) -> None:
    """A new database: the newest schema in one step, stamped with its revision.

    Equivalent to running every migration (a test compares the two), and what
    Alembic recommends for new databases; it is several times faster."""
    from sqlalchemy import text

    from .schema import Base

    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
            if inspect(conn).has_table("alembic_version"):
                return  # someone else created it while we waited
        Base.metadata.create_all(conn)
        conn.execute(text("CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL, "
                          "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": head})


def _backup_shared(db: Database, revision: str) -> Path | None:
    """A shared plan's copy on this computer before it is upgraded (store.shared_backup); none made, none
    upgraded: the plan stays as it was, for the older version still in use."""
    from .shared_backup import backup_before_upgrade

    try:
        made = backup_before_upgrade(db.engine, revision, _UPGRADE_LOCK)
    except (OSError, sqlite3.Error, DBAPIError, StoreError) as exc:
        db.engine.dispose()
        if isinstance(exc, DBAPIError):
            why = sqlite_in_words(exc.orig)
        elif isinstance(exc, OSError):
            why = exc.strerror or str(exc)
        else:
            why = str(exc)
        raise MigrationError(f"无法升级数据库 {db.display_name}：升级前未能备份到本机（{why}），数据库未改动") from None
    log.info("backed up %s to %s before upgrading from %s", db.display_name, made, revision)
    return made


def _backup_sqlite(path: Path, revision: str) -> Path:
    """Copy the database aside with SQLite's backup API (consistent under WAL)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    dest = path.with_name(f"{path.name}.backup-{revision}-{stamp}")
    n = 1
    while dest.exists():
        n += 1
        dest = path.with_name(f"{path.name}.backup-{revision}-{stamp}-{n}")
    src = sqlite3.connect(str(path))
    try:
        out = sqlite3.connect(str(dest))
        with out:
            src.backup(out)
        out.close()
    finally:
        src.close()
    return dest


def _check_intact(engine: Engine, path: Path) -> None:
    """A plan file whose first page reads and others do not (a copy cut short, a failing disk) is refused at
    opening: the window built on it vanished at its first full read of the projects, and `export` wrote the rows
    it could still read as if they were all. ``quick_check(1)`` reads every page once and stops at the first
    fault: 0.05 s for 50,000 projects whose pages are cached, as they are once the list is read."""
    try:
        with engine.connect() as c:
            verdict = c.exec_driver_sql("PRAGMA quick_check(1)").scalar()
    except DBAPIError as exc:  # a page SQLite cannot follow, or a file it cannot read now (locked, a disk error)
        engine.dispose()
        raise StoreError(f"无法打开数据库 {path}：{sqlite_in_words(exc.orig)}") from None
    if verdict != "ok":
        log.info("%s failed quick_check: %s", path, verdict)  # the planner is told in words; SQLite's are these
        engine.dispose()
        raise StoreError(f"无法打开数据库 {path}：{sqlite_in_words(sqlite3.DatabaseError(_MALFORMED))}")


def open_database(target: str | Path, *, migrate: bool = True) -> Database:
    """Open (creating if need be) and bring up to date the database at ``target``.

    An existing database at an older schema is backed up first (SQLite: a copy
    beside the file); the upgrade runs in one transaction, so a failure leaves
    the database as it was and raises :class:`MigrationError`. The file is then
    held (:meth:`Database.hold_file`): a write after it is deleted or replaced
    is refused, and the plan can still be saved.
    """
    db = _open_database(target, migrate=migrate)
    db.hold_file()
    return db


def _open_database(target: str | Path, *, migrate: bool) -> Database:
    url = database_url(target)
    engine = _make_engine(url)
    u = engine.url
    path = Path(u.database) if engine.dialect.name == "sqlite" and u.database not in (None, "", ":memory:") else None
    existed = path.exists() and path.stat().st_size > 0 if path else None
    try:
        tables = set(inspect(engine).get_table_names())
    except DBAPIError as exc:
        engine.dispose()
        raise StoreError(f"无法打开数据库 {path or url}：{sqlite_in_words(exc.orig)}") from None
    created = not (tables - {"alembic_version"})
    if existed and not created:
        _check_intact(engine, path)
    db = Database(engine, url, created=created)
    if not migrate:
        return db
    if created or current_revision(engine) is not None:
        _use_wal(engine)
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return db
    if current is None and not created:
        engine.dispose()
        raise MigrationError(f"{db.display_name} 不是 milestones 计划数据库（没有版本信息）")
    if current is not None and current not in known_revisions():
        # a shared plan a colleague's newer milestones has upgraded: this version cannot read it
        # safely, and must not "upgrade" it (Alembic would fail after a backup, saying only that a
        # revision cannot be located)
        engine.dispose()
        raise MigrationError(f"{db.display_name} 由较新版本的 milestones 升级过（数据库版本 {current}，"
                             f"本程序最高支持 {head}）；请先升级 milestones 再打开")
    if current is not None and path is not None and existed:
        db.backup_path = _backup_sqlite(path, current)
        log.info("backed up %s to %s before upgrading from %s", path, db.backup_path, current)
    elif current is not None and engine.dialect.name == "postgresql":
        db.backup_path = _backup_shared(db, current)
    try:
        if created and current is None:
            create_fresh(engine, head)
        else:
            upgrade(engine)
    except Exception as exc:  # leave the file as it was; the backup stays too
        engine.dispose()
        if db.backup_path is not None and path is None:
            # a shared plan left as it was (a viewer's role may not change its tables): its copy on this
            # computer is the plan as it still is, and one more would be made at every try
            db.backup_path.unlink(missing_ok=True)
        if getattr(getattr(exc, "orig", None), "sqlstate", None) == "42501":  # insufficient privilege
            raise MigrationError(f"无法升级数据库 {db.display_name}：它需要升级到这个版本的 milestones，而您的账号没有升级它的"
                                 "权限；请数据库的管理员先用这个版本打开它一次（数据库未改动）") from None
        raise MigrationError(f"无法升级数据库 {db.display_name}：{exc}") from exc
    return db
