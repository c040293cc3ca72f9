"""The desktop application: Qt set-up, fonts, translations, settings, the store.

Chinese is the interface's source language; English comes from the compiled
translation in resources/i18n. The bundled CJK font is registered so that
Chinese renders on a machine with no CJK font of its own.
"""
from __future__ import annotations

import contextlib
import locale
from functools import cache
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from . import paths
from .recent import APP_NAME, remember as remember_database, start_plan


@cache
def bundled_font_families() -> list[str]:
    """Register the bundled fonts with Qt (once); return their family names."""
    from PySide6.QtGui import QFontDatabase

    families: list[str] = []
    for f in sorted((paths.resources_dir() / "fonts").glob("*.tt[cf]")):
        fid = QFontDatabase.addApplicationFont(str(f))
        if fid >= 0:
            families += QFontDatabase.applicationFontFamilies(fid)
    return [f for f in families if "Mono" not in f] or families


def install_fonts(app) -> None:
    """Use the system UI font, falling back to the bundled CJK font for Chinese."""
    families = bundled_font_families()
    if not families:
        return
    font = app.font()
    font.setFamilies([font.family(), *families[:1]])
    app.setFont(font)


def choose_language(requested: str | None, settings) -> str:
    if requested in ("zh", "en"):
        return requested
    saved = settings.value("ui/language")
    if saved in ("zh", "en"):
        return saved
    loc = (os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG")
           or (locale.getlocale()[0] or ""))
    return "en" if loc.lower().startswith("en") else "zh"


_translators: list = []


def install_translation(app, lang: str) -> bool:
    from PySide6.QtCore import QTranslator

    from .ui.lang import set_language

    for t in _translators:
        app.removeTranslator(t)
    _translators.clear()
    set_language(lang)
    if lang == "zh":
        # Qt's own words (Cancel, OK, the file dialogs) in Chinese too
        from PySide6.QtCore import QLibraryInfo

        qt = QTranslator(app)
        if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
            _translators.append(qt)
        # the file dialog's "Look in:" and "Files of type:", which Qt's Chinese lacks; asked before Qt's own
        extra = QTranslator(app)
        if extra.load(str(paths.resources_dir() / "i18n" / "qt_zh_CN_extra.qm")):
            app.installTranslator(extra)
            _translators.append(extra)
        return True
    qm = paths.resources_dir() / "i18n" / f"milestones_{lang}.qm"
    t = QTranslator(app)
    if qm.exists() and t.load(str(qm)):
        app.installTranslator(t)
        _translators.append(t)
        return True
    return False


def install_error_handler(app) -> None:
    """An unexpected error in the GUI: a short message for the planner, the details
    in a log file for whoever fixes it — never a traceback in the planner's face."""
    import logging
    import traceback

    from platformdirs import user_log_path

    log_dir = user_log_path("milestones", appauthor=False)
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "milestones.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger = logging.getLogger("milestones")
    logger.addHandler(handler)
    logger.setLevel(logging.WARNING)

    def hook(kind, value, tb) -> None:
        logger.error("".join(traceback.format_exception(kind, value, tb)))
        handler.flush()
        from PySide6.QtWidgets import QMessageBox

        from .store.database import refusal_text
        from .ui.problem_text import problem_text

        said = refusal_text(value)  # a full disk or a read-only file, not the database's own words

        box = QMessageBox(QMessageBox.Critical, app.translate("Application", "出错了"),
                          app.translate("Application", "操作未完成：%1\n已保存的数据不受影响。详细信息已记入 %2")
                          .replace("%1", problem_text(said) if said else str(value) or kind.__name__)
                          .replace("%2", str(log_file)))
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.setObjectName("errorBox")
        box.open()
        hook.last_box = box

    sys.excepthook = hook


BACKUP_AFTER_MS = 2000  # the day's copy waits for the window to be up and read


class Application:
    """Owns the QApplication, the open database and the main window."""

    def __init__(self, args) -> None:
        from PySide6.QtCore import QSettings
        from PySide6.QtGui import QIcon
        from PySide6.QtWidgets import QApplication

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.app.setOrganizationName(APP_NAME)
        self.app.setApplicationName(APP_NAME)
        from . import __version__

        self.app.setApplicationVersion(__version__)
        icon = paths.resources_dir() / "icons" / "milestones.svg"
        if icon.exists():
            self.app.setWindowIcon(QIcon(str(icon)))
        self.settings = QSettings()
        self.start_gone: list[str] = []  # plan files opened last that were not there at start (start_plan)
        if not getattr(args, "testing", False):
            install_error_handler(self.app)
        install_fonts(self.app)
        self.lang = choose_language(getattr(args, "lang", None), self.settings)
        install_translation(self.app, self.lang)
        self.args = args
        self.db = None
        self.window = None
        self.start_failure = ""  # why the plan the program started on could not be opened (start_elsewhere)

    def open(self, target, *, with_sample: bool | None = None) -> bool:
        """Open the plan at ``target``; a file not there yet is made, with the bundled plan unless ``with_sample``
        is False (or --empty was given)."""
        from .store import StoreError, open_store

        if self._changes_waiting():
            return False
        if self._open_already(target):
            # the plan in the window, chosen again (打开数据库, 最近打开, 新建's 打开它): opened anew it lost the undo
            self.window.statusBar().showMessage(self.app.translate("Application", "这个计划已经打开：%1").replace(
                "%1", self.db.display_name), 8000)
            return True
        if self._needs_password(target):
            self._ask_password(target)  # opens the database once the planner has typed it
            return False
        if with_sample is None:
            with_sample = not getattr(self.args, "empty", False)
        try:
            with self._busy(target):
                db = open_store(target, with_sample=with_sample)
        except StoreError as exc:
            if self.window is None:  # at start: said in the box offering a backup or another plan instead
                self.start_failure = str(exc)
            else:
                self._say_failed(str(exc))
            return False
        if self.db is not None:
            if self.window is not None:
                self._leave_waiting_changes(self.window)
            self.db.close()
        self.db = db
        if db.backup_path and not db.is_sqlite:
            self._notice = self.app.translate("Application", "共享数据库已升级，升级前的数据已备份到本机 %1").replace(
                "%1", str(db.backup_path))
        elif db.backup_path:
            self._notice = self.app.translate("Application", "数据库已升级，原文件备份为 %1").replace(
                "%1", str(db.backup_path))
        elif db.filled == "sample":  # the first start: for every office but Yuzhong's, not its plan
            self._notice = self.app.translate(
                "Application", "已建立计划数据库 %1，载入了随程序附带的渝中区2024年计划；"
                "其他区县请用“文件 → 新建计划数据库…”另建空的计划数据库").replace("%1", db.display_name)
        elif db.filled == "empty":
            self._notice = self.app.translate("Application", "已新建空的计划数据库 %1").replace("%1", db.display_name)
        remember_database(self.settings, db.display_name)
        self._show_window()
        self.window.pending.offer_kept()  # changes an earlier session kept while this database was out of reach
        self._daily_backup()
        return True

    @contextlib.contextmanager
    def _busy(self, target):
        """Opening a plan from the window: the upgrade of an older one, its copy made first (seconds for a large
        shared plan), or a slow server, showed a window that did not answer and said nothing; now the cursor and the
        status bar say it is opening."""
        from PySide6.QtCore import QEventLoop
        from PySide6.QtGui import QGuiApplication

        if self.window is None:
            yield
            return
        shown = target if target is None or "://" not in str(target) else str(target).split("@")[-1]
        self.window.statusBar().showMessage(self._tr("正在打开 %1…").replace("%1", str(shown or "plan.db")))
        QGuiApplication.setOverrideCursor(Qt.WaitCursor)
        QGuiApplication.processEvents(QEventLoop.ExcludeUserInputEvents)  # shown before the work starts
        try:
            yield
        finally:
            QGuiApplication.restoreOverrideCursor()
            if self.window is not None:
                self.window.statusBar().clearMessage()

    def start_elsewhere(self) -> bool:
        """The plan the program starts on could not be opened (a damaged file, not a plan): with no window to
        reach 文件 → 打开自动备份… from, the planner is offered a daily backup or another plan file here, until one
        opens or they quit."""
        from PySide6.QtWidgets import QFileDialog

        from .store.backup import backups_folder, restore_copy
        from .store.database import StoreError

        tr = self._tr
        while True:
            choice = self._ask_start_instead(self.start_failure)
            if choice == "backup":
                folder = backups_folder()
                path, _ = QFileDialog.getOpenFileName(None, tr("打开自动备份"), str(folder), tr("计划数据库 (*.db)"))
                if path:
                    try:
                        path = str(restore_copy(path).path)
                    except StoreError as exc:
                        self.start_failure = str(exc)
                        continue
            elif choice == "other":
                path, _ = QFileDialog.getOpenFileName(None, tr("打开数据库"), str(Path.home()),
                                                      tr("计划数据库 (*.db *.sqlite);;所有文件 (*)"))
            else:
                return False
            if path and self.open(path):
                return True

    def _ask_start_instead(self, failure: str) -> str | None:
        """"backup", "other" or None (quit): asked, with why, when the plan could not be opened at start."""
        from PySide6.QtWidgets import QMessageBox

        from .ui.problem_text import problem_text

        tr = self._tr
        box = QMessageBox(QMessageBox.Warning, tr("无法打开数据库"), problem_text(failure) + "\n\n" + tr(
            "可以从自动备份恢复（每天第一次打开时备份，保留7天），或打开另一个计划数据库。"))
        backup = box.addButton(tr("打开自动备份…"), QMessageBox.AcceptRole)
        other = box.addButton(tr("打开其他数据库…"), QMessageBox.ActionRole)
        box.addButton(tr("退出"), QMessageBox.RejectRole)
        box.exec()  # no window yet: nothing else to wait on
        return {backup: "backup", other: "other"}.get(box.clickedButton())

    def _say_failed(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from .ui.problem_text import problem_text

        QMessageBox.critical(self.window, self._tr("无法打开数据库"), problem_text(text))

    def _tr(self, text: str) -> str:
        return self.app.translate("Application", text)

    def _daily_backup(self) -> None:
        """The day's copy of a local plan (store.backup.daily_backup), off the GUI thread once the window is
        up; said in the status bar, and a failure there too (it must never stop the planner's work)."""
        from .store.backup import daily_backup
        from .ui.worker import Task

        from PySide6.QtCore import QTimer

        db, window = self.db, self.window
        if not db.is_sqlite:
            return
        task = Task(lambda progress, cancelled: daily_backup(db), parent=window)
        done = self.app.translate("Application", "已自动备份今天的计划：%1")
        failed = self.app.translate("Application", "今天的自动备份未完成：%1")
        bar = window.statusBar()
        # the start's own notice (the plan upgraded and where its old file is kept, the plan just made) is not
        # replaced two seconds on by the day's copy: that said alone when nothing else is, a failure beside it
        def notice() -> str:
            shown = bar.currentMessage()
            return shown if shown and shown == getattr(window, "start_notice", None) else ""

        task.succeeded.connect(lambda made: made and not notice() and bar.showMessage(
            done.replace("%1", str(made.path)), 8000))
        task.failed.connect(lambda why: bar.showMessage(
            "　".join(filter(None, (notice(), failed.replace("%1", why)))), 15000))
        window.daily_backup_task = task

        def start() -> None:
            if db is self.db:  # still the plan open (another may have been opened meanwhile)
                task.start()

        QTimer.singleShot(BACKUP_AFTER_MS, window, start)  # after the first paint and the start-up's reading

    def _open_already(self, target) -> bool:
        if self.db is None or self.window is None or self.db.path is None or "://" in str(target):
            return False
        if self.db.file_gone():  # replaced under the window (a sync tool): opening it again reads the new file
            return False
        try:
            return Path(str(target)).expanduser().resolve() == self.db.path.resolve()
        except OSError:
            return False

    @staticmethod
    def _needs_password(target) -> bool:
        """A shared database from the recent list has its password hidden (***)."""
        return isinstance(target, str) and "://" in target and ":***@" in target

    def _ask_password(self, target: str) -> None:
        """Take the password from the keyring, or ask for it."""
        from sqlalchemy.engine import make_url

        from .ui.connect_dialog import ConnectDialog, keyring_get

        url = make_url(target)
        password = keyring_get(url.username or "", url.host or "")
        if password:
            self.open(url.set(password=password).render_as_string(hide_password=False))
            return
        dialog = ConnectDialog(self.settings, self.window)
        dialog.host.setText(url.host or "")
        dialog.port.setValue(url.port or 5432)
        dialog.database.setText(url.database or "")
        dialog.user.setText(url.username or "")
        dialog.accepted.connect(lambda: self.open(dialog.url()))
        dialog.open()

    def _show_window(self, year: int | None = None, what: tuple | None = None) -> None:
        from .ui.main_window import MainWindow

        old = self.window
        year = year or (old.year if old is not None else None)
        if old is not None:
            old.save_state()
        # the same database: the undo steps (and changes waiting for the connection) carry over
        ops = old.ops if old is not None and old.db is self.db else None
        self.window = MainWindow(self.db, self.settings, year, ops)
        self.window.language_requested.connect(self.switch_language)
        self.window.open_database_requested.connect(self.open)
        self.window.new_database_requested.connect(lambda path: self.open(path, with_sample=False))
        self.window.import_elsewhere_requested.connect(self.import_elsewhere)
        self.window.year_requested.connect(self.open_year)
        if what:
            self.window.go_to(what)
        self.window.show()
        notice = getattr(self, "_notice", None)
        if notice:
            self.window.statusBar().showMessage(notice, 15000)
            self.window.start_notice = notice
            self._notice = None
        if old is not None:
            old.close()
            old.deleteLater()

    def open_year(self, year: int, what: tuple | None = None, notice: str = "") -> None:
        """Another year's plan: the window is built anew for it, at the page asked for; its undo steps carry
        over."""
        self._notice = notice or None
        self._show_window(year, what)

    def _leave_waiting_changes(self, window) -> None:
        """Another database opened: the changes still waiting for this one stay in their file on this computer
        (offered when it is opened again, by this program or another), said in the new window."""
        ops = window.ops
        if ops.pending:
            self._notice = self.app.translate(
                "Application", "%1项修改未写入“%2”，已暂存在本机，下次打开它时可以写入").replace(
                "%1", str(len(ops.pending))).replace("%2", window.db.display_name)
            window.pending.closing_anyway = True  # the window goes without asking: nothing is lost
        ops.release()

    def _changes_waiting(self) -> bool:
        """Changes made while a shared database could not be reached wait in the window's operations until
        they are written (another year or the other language takes them along). Another database is opened only
        when every one of them is kept on this computer too (`_leave_waiting_changes`)."""
        window = self.window
        if window is None or not window.ops.pending:
            return False
        if window.ops.kept_on_disk():  # safe on this computer: offered when this database is opened again
            return False
        window.statusBar().showMessage(self.app.translate(
            "Application", "还有%1项修改等待连接恢复后写入，写入后才能切换").replace("%1", str(len(window.ops.pending))), 10000)
        return True

    def switch_language(self, lang: str) -> None:
        """Rebuild the window in the other language; the database stays open."""
        if lang == self.lang:
            return
        self.lang = lang
        self.settings.setValue("ui/language", lang)
        install_translation(self.app, lang)
        self._show_window()

    def import_elsewhere(self, path: str, table: str) -> None:
        """Open the plan database at ``path`` (made empty when not there) and preview ``table`` into it: another
        district's table, taken from the plan it was about to be imported into, to a plan database of its own."""
        if self.open(path, with_sample=False):
            self.window.import_file(table)

    def start_target(self):
        """The plan the program starts on: ``--db``, else the plan file last opened (a district's own plan, made
        with 新建计划数据库, and not the bundled sample the data folder's plan.db holds), else plan.db. A shared plan
        is not opened unasked at start: it may want a password or a server that is not up; 最近打开 has it."""
        if self.args.db is not None:
            return self.args.db
        target, self.start_gone = start_plan(self.settings)
        return target

    def run(self) -> int:
        if not self.open(self.start_target()) and not self.start_elsewhere():
            return 2
        self.say_start_gone()
        self._close_on_signals()
        code = self.app.exec()
        if self.db is not None:
            self.db.close()
        return code

    def _close_on_signals(self) -> None:
        """Ctrl+C in the terminal the program was started from (SIGHUP when that terminal is closed), or the
        session's SIGTERM at logout: the window closes as if the planner closed it (its layout saved, changes held
        while a shared database is away asked about). Python runs a signal's handler only when it next runs code of its own — the next click, which then
        failed with "出错了：KeyboardInterrupt" — so the signal also wakes the event loop through a socket."""
        import signal
        import socket

        from PySide6.QtCore import QSocketNotifier

        wake, woken = socket.socketpair()
        for end in (wake, woken):
            end.setblocking(False)
        signal.set_wakeup_fd(wake.fileno())
        notifier = QSocketNotifier(woken.fileno(), QSocketNotifier.Read, self.app)

        def drained() -> None:  # Python's handler runs on this, the first Python code after the signal
            try:
                woken.recv(64)
            except OSError:
                pass

        notifier.activated.connect(drained)
        self._wakeup = (wake, woken, notifier)

        def close(_signum, _frame) -> None:
            if self.window is not None and self.window.isVisible():
                self.window.close()
            else:
                self.app.quit()

        for number in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            # a job started with `&` keeps Ctrl+C for the shell, one under nohup goes on when its terminal closes
            if signal.getsignal(number) is not signal.SIG_IGN:
                signal.signal(number, close)

    def say_start_gone(self):
        """The plan opened last was not there at start (a drive not connected, a file moved): which plan is open
        instead, in a box over the window (opened, not exec'd: the program keeps running)."""
        if not self.start_gone or self.window is None:
            return None
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Warning, self._tr("上次打开的计划找不到"), self._tr(
            "找不到上次打开的计划文件 %1：它可能已被移走、改名或删除，或者所在的网络盘、U 盘没有连接。\n\n现在打开的是 %2。"
            "连接后可从“文件 → 最近打开”打开它。").replace("%1", self.start_gone[0]).replace("%2", self.db.display_name),
            QMessageBox.Close, self.window)
        box.setObjectName("startGoneBox")
        box.setAttribute(Qt.WA_DeleteOnClose)
        box.open()
        self.start_gone = []
        return box


def run_app(args) -> int:
    return Application(args).run()


def default_args(**kw):
    """Arguments as the CLI parser makes them (for tests and embedding)."""
    from types import SimpleNamespace

    base = {"db": None, "lang": None, "empty": False, "testing": True}
    base.update(kw)
    return SimpleNamespace(**base)

