import pytest
from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def let_go_of_the_keys(qtbot):
    """QTest's key clicks with Ctrl or Shift leave the application believing them held: a later test's selectRow
    then toggled its row off (with no event, QGuiApplication.keyboardModifiers() decides what a choice does)."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    widget = QWidget()
    for key in (Qt.Key_Control, Qt.Key_Shift):
        QTest.keyRelease(widget, key, Qt.NoModifier)
    widget.deleteLater()
    assert QApplication.keyboardModifiers() == Qt.NoModifier


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    yield s


def open_window(qtbot, db, settings):
    """The main window on ``db``, in Chinese, shown."""
    from milestones.app import install_translation
    from PySide6.QtWidgets import QApplication

    install_translation(QApplication.instance(), "zh")
    from milestones.ui.main_window import MainWindow

    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def window(qtbot, db, settings):
    return open_window(qtbot, db, settings)


def very_late_in_view(window, qtbot) -> set[str]:
    """The project list narrowed to its 严重滞后 projects, as the planner's 预警 box does it: their names."""
    bar, m = window.filter_bar, window.project_model
    bar.light.setCurrentIndex(bar.light.findData("red"))
    bar._emit()
    qtbot.waitUntil(lambda: 0 < m.total() < 49, timeout=3000)
    return {m.index(r, 1).data() for r in range(m.rowCount())}


# the errors the program says in words; any other (a KeyError, a TypeError…) ending a Task is a fault of the program
SAID_ERRORS = {"ValueError", "LookupError", "PlanNotFound", "LayoutError", "ReadError", "ImportError_", "EditError",
               "StoreError", "OSError", "FileNotFoundError", "PermissionError", "QuarterParseError",
               "TargetParseError", "AmountError", "PageRangeEmpty", "ExportCancelled"}


def fault_of(task) -> str | None:
    """The traceback of a Task that ended in a fault of the program; None when it succeeded or said why not."""
    import re

    if task is None or not task.error:
        return None
    kind = re.match(r"[\w.]+", task._traceback.strip().splitlines()[-1])[0].rsplit(".", 1)[-1]
    return None if kind in SAID_ERRORS else task._traceback
