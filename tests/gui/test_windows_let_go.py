"""A window closed (another plan opened, the program ending) lets go of the connection it kept for noticing
colleagues' changes. It stayed open until Python's garbage collector came by the old window: the first plan file
stayed open after another one was opened, and on a shared database the server kept the window's LISTEN
connection after the window had closed."""
import gc
import os

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text


def _open_on(path) -> int:
    """This process's open files under ``path`` (the plan, its -wal and -shm)."""
    fds = "/proc/self/fd"
    return sum(1 for f in os.listdir(fds) if os.path.realpath(os.path.join(fds, f)).startswith(str(path)))


def _application(qtbot, settings, target):
    from milestones.app import Application, default_args

    app = Application(default_args(db=str(target), lang="zh"))
    app.settings = settings
    assert app.open(app.args.db)
    qtbot.addWidget(app.window)
    return app


def _switch(app, qtbot, times: int) -> None:
    for i in range(times):
        app.switch_language("en" if i % 2 == 0 else "zh")
        qtbot.addWidget(app.window)
        app.open_year(app.window.year)
        qtbot.addWidget(app.window)
        # the old windows deleted, as the running program's event loop does it
        QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        gc.collect()


def test_switching_language_and_year_keeps_the_plan_file_open_once(qtbot, db_path, settings, tmp_path):
    from milestones.store import open_store

    open_store(db_path).close()
    app = _application(qtbot, settings, db_path)
    _switch(app, qtbot, 1)

    def held() -> int:
        app.db.engine.pool.dispose()  # the pool's idle connections come and go: count what else holds the file
        return _open_on(db_path)

    before = held()
    _switch(app, qtbot, 6)
    assert held() == before
    # another plan opened: nothing of the first one stays open
    other = tmp_path / "other.db"
    open_store(other).close()
    assert app.open(str(other))
    qtbot.addWidget(app.window)
    QApplication.sendPostedEvents(None, QEvent.DeferredDelete)
    gc.collect()
    assert _open_on(db_path) == 0
    app.window.close()
    app.db.close()


def test_switching_on_a_shared_database_keeps_its_connections(qtbot, pg_url, settings):
    from milestones.store import open_store

    open_store(pg_url).close()
    app = _application(qtbot, settings, pg_url)
    engine = create_engine(pg_url)

    def connections() -> int:
        with engine.connect() as c:
            return c.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                                  "AND pid <> pg_backend_pid()")).scalar()

    _switch(app, qtbot, 1)
    held = connections()
    _switch(app, qtbot, 6)
    assert connections() <= held
    app.window.close()
    app.db.close()
    qtbot.waitUntil(lambda: connections() == 0, timeout=5000)
    engine.dispose()


def test_a_closed_window_reads_no_more(qtbot, window):
    """Its timers stop: the sums line's and the timeline's read the plan after it had been closed for another one,
    opening its file again."""
    from PySide6.QtCore import QTimer

    window.project_foot.later()  # a sums line waiting to be read
    assert [t for t in window.findChildren(QTimer) if t.isActive()]
    window.close()
    assert not [t.objectName() or t.parent().metaObject().className() for t in window.findChildren(QTimer)
                if t.isActive()]
