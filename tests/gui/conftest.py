import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path):
    s = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    yield s


@pytest.fixture
def window(qtbot, db, settings):
    from milestones.app import install_translation
    from PySide6.QtWidgets import QApplication

    install_translation(QApplication.instance(), "zh")
    from milestones.ui.main_window import MainWindow

    w = MainWindow(db, settings)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w
