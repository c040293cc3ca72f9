"""A plan database with no year's plan — every office but the one whose plan is bundled starts there: the window
says how to get a plan in, and the first import opens it."""
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from make_data import write_projects_xlsx  # noqa: E402

from tests.gui.test_main_window import _app_on  # noqa: E402  the app on a plan, as the window tests open it


def _window(qtbot, empty_db, settings):
    from tests.gui.conftest import open_window

    return open_window(qtbot, empty_db, settings)


def test_an_empty_database_opens_on_how_to_get_a_plan_in(qtbot, empty_db, settings):
    w = _window(qtbot, empty_db, settings)
    assert w.stack.currentWidget() is w.no_plan_page
    assert "还没有年度计划" in w.no_plan_page.findChild(type(w.role_label)).text()
    assert w.no_plan_page.import_button.hasFocus() or w.focusWidget() is w.no_plan_page.import_button
    for show in (w.show_projects, w.show_timeline, w.show_dashboard, w.show_units, lambda: w.show_targets("")):
        show()
        assert w.stack.currentWidget() is w.no_plan_page
    assert not w.print_action.isEnabled() and not w.delete_action.isEnabled() and not w.new_plan_action.isEnabled()
    assert w.import_action.isEnabled()
    w.go_to(("indicators", None))  # the tree's one item: an indicator table with none in it yet
    assert w.stack.currentWidget() is w.indicators_page
    assert w.indicators_page.count.text() == "共 0 个指标"


def test_the_first_import_opens_its_years_plan(qtbot, empty_db, settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from milestones.ui.import_dialog import ImportDialog

    w = _window(qtbot, empty_db, settings)
    src = write_projects_xlsx(tmp_path / "projects.xlsx", 12)
    # the system's file chooser, answered as a planner choosing the file would
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(src)], "")))
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=3000)
    QTest.keyClick(w.no_plan_page.import_button, Qt.Key_Space)  # the button a planner presses
    dialog = w.findChild(ImportDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=30000)
    with qtbot.waitSignal(w.year_requested, timeout=15000) as asked:
        dialog.confirm()
    assert asked.args[0] == 2024 and tuple(asked.args[1]) == ("projects", 2024, None, None)


def test_an_indicator_table_alone_shows_its_years_table(qtbot, empty_db, settings):
    from tests.conftest import FIXTURES

    w = _window(qtbot, empty_db, settings)
    assert not w.add_action.isEnabled()  # 新增项目 with no plan to add it to did nothing
    dialog = w.import_file(str(FIXTURES / "published-completion-table-yuecheng-2020.xlsx"))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=30000)
    with qtbot.waitSignal(dialog.imported, timeout=15000):
        dialog.confirm()
    assert w.stack.currentWidget() is w.indicators_page and w.indicators_model.year == 2020
    assert w.indicators_model.rowCount() == 3 and w.add_action.isEnabled() and w.add_action.text() == "新增指标…"
    assert w.indicators_page.count.text() == "2020年共 3 个指标"


def test_a_failed_export_speaks_the_interfaces_language(qtbot, empty_db, settings, tmp_path):
    """The key projects of a year with no plan, exported in the English interface: the box said 数据库中没有2024年的计划."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from milestones.app import install_translation
    from milestones.ui.lang import set_language

    w = _window(qtbot, empty_db, settings)
    install_translation(QApplication.instance(), "en")
    set_language("en")
    try:
        dialog = w.export_file()
        dialog.kind.setCurrentIndex(dialog.kind.findData("key_projects"))
        dialog.year.setValue(2024)
        dialog.path.setText(str(tmp_path / "out.xlsx"))
        dialog.start()
        qtbot.waitUntil(lambda: dialog.result_state == "failed", timeout=15000)
        box = next(b for b in dialog.findChildren(QMessageBox) if b.isVisible())
        assert box.text() == "The database holds no plan for 2024"
        box.close()
    finally:
        install_translation(QApplication.instance(), "zh")
        set_language("zh")
    assert not (tmp_path / "out.xlsx").exists()


def test_a_plan_report_imported_first_opens_on_its_measures_and_targets(qtbot, empty_db, settings):
    from tests.conftest import SEED_REPORT

    w = _window(qtbot, empty_db, settings)
    dialog = w.import_file(str(SEED_REPORT))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=30000)
    assert "举措与目标，2024年" in dialog.summary.text()
    with qtbot.waitSignal(w.year_requested, timeout=15000) as asked:
        dialog.confirm()
    assert asked.args[0] == 2024 and tuple(asked.args[1]) == ("targets", 2024, None)


def test_undoing_the_first_import_takes_its_plan_away_and_redoing_brings_it_back(qtbot, empty_db, settings):
    """A new office's first import undone left an empty year's plan, to be deleted by hand (文件 → 删除年度计划)."""
    from milestones.store.queries import plan_years
    from milestones.ui.main_window import MainWindow
    from tests.conftest import SEED_REPORT

    w = _window(qtbot, empty_db, settings)
    dialog = w.import_file(str(SEED_REPORT))
    qtbot.waitUntil(lambda: dialog.result_state == "preview", timeout=30000)
    with qtbot.waitSignal(w.year_requested, timeout=15000):
        dialog.confirm()
    # the application builds the window again for the year, its undo steps going on
    year_window = MainWindow(empty_db, settings, 2024, w.ops)
    qtbot.addWidget(year_window)
    with qtbot.waitSignal(year_window.year_requested, timeout=15000) as asked:
        year_window.undo_action.trigger()
    with empty_db.read() as s:
        assert plan_years(s) == []
    assert asked.args[0] == 2024  # built again, the window finds no year: the no-plan page
    again = MainWindow(empty_db, settings, 2024, year_window.ops)
    qtbot.addWidget(again)
    assert again.year is None and again.stack.currentWidget() is again.no_plan_page
    with qtbot.waitSignal(again.year_requested, timeout=15000) as asked:
        again.redo_action.trigger()
    assert asked.args[0] == 2024 and tuple(asked.args[1]) == ("targets", 2024, None)  # a report: its targets
    with empty_db.read() as s:
        assert plan_years(s) == [2024]


def test_a_new_plan_database_is_made_empty_from_the_file_menu(qtbot, db, settings, tmp_path, monkeypatch):
    # every office but the bundled plan's starts with a file of its own: only --empty on the command line made one
    from PySide6.QtWidgets import QFileDialog

    from milestones.store.schema import KeyProject

    app = _app_on(db, settings, qtbot)
    with db.read() as s:
        before = s.query(KeyProject).count()
    asked = {}

    def choose(parent, caption, start, filt, *args, **kw):
        asked.update(caption=caption, start=start, options=kw.get("options"))
        return str(tmp_path / "渝北区计划（2025.3）"), filt

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    old = app.window
    old.new_database_action.trigger()
    assert asked["caption"] == "新建计划数据库" and asked["start"].endswith("新计划.db")
    assert asked["options"] == QFileDialog.DontConfirmOverwrite  # "replace it?" must not be the question
    made = tmp_path / "渝北区计划（2025.3）.db"  # a name with a dot in it is still a .db the open box lists
    w = app.window
    assert w is not old and app.db.path == made and made.exists()
    assert w.stack.currentWidget() is w.no_plan_page
    with app.db.read() as s:
        assert s.query(KeyProject).count() == 0
    with db.read() as s:  # the plan that was open is as it was
        assert s.query(KeyProject).count() == before
    assert settings.value("recent/databases", [], list)[0] == str(made)
    w.close()


def test_a_new_plan_database_never_replaces_a_file(qtbot, db, settings, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    app = _app_on(db, settings, qtbot)
    there = tmp_path / "旧计划.db"
    there.write_bytes(b"a colleague's plan")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(there), "")))
    w = app.window
    w.new_database_action.trigger()
    box = w.findChild(QMessageBox, "databaseExistsBox")
    assert box is not None and box.isVisible() and str(there) in box.text()
    assert app.window is w and there.read_bytes() == b"a colleague's plan"
    opened = []
    w.open_database_requested.disconnect()
    w.open_database_requested.connect(opened.append)
    next(b for b in box.buttons() if b.text() == "打开它").click()
    assert opened == [str(there)]
    w.close()


def test_a_new_plan_database_that_cannot_be_made_is_said_and_the_plan_stays_open(qtbot, db, settings, tmp_path,
                                                                                  monkeypatch):
    # a folder name that is a file's: the window logged a FileExistsError and showed "出错了"
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    app = _app_on(db, settings, qtbot)
    (tmp_path / "计划").write_text("not a folder")
    said = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "计划" / "渝北区.db"), "")))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: said.append(text)))
    w = app.window
    w.new_database_action.trigger()
    assert said == [f"无法写入 {tmp_path / '计划' / '渝北区.db'}：{tmp_path / '计划'} 是一个文件，不是文件夹"]
    assert app.window is w and app.db.path == db.path
    w.close()


def _first_start(qtbot, settings, tmp_path, monkeypatch, path, **args):
    from milestones.app import Application, default_args

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the day's copy goes there
    app = Application(default_args(db=str(path), lang="zh", **args))
    app.settings = settings
    assert app.open(app.args.db)
    task = app.window.daily_backup_task
    qtbot.waitUntil(lambda: task.done, timeout=15000)
    qtbot.wait(50)  # the task's result reaches the status bar through the event loop
    return app


def test_the_first_start_says_the_plan_is_the_bundled_one_and_how_to_start_ones_own(qtbot, settings, tmp_path,
                                                                                     monkeypatch):
    # nothing said that the 49 projects were Yuzhong's 2024 plan, nor how another district makes a plan of its own
    app = _first_start(qtbot, settings, tmp_path, monkeypatch, tmp_path / "plan.db")
    said = app.window.statusBar().currentMessage()
    assert "载入了随程序附带的渝中区2024年计划" in said and "文件 → 新建计划数据库…" in said, said
    assert "已自动备份" not in said  # the day's copy, two seconds on, did not put it out
    app.window.close()
    again = _first_start(qtbot, settings, tmp_path, monkeypatch, tmp_path / "plan.db")  # the next start: nothing
    assert "渝中区" not in again.window.statusBar().currentMessage()
    again.window.close()


def test_an_upgraded_plans_notice_is_not_put_out_by_the_days_copy(qtbot, settings, tmp_path, monkeypatch):
    # 数据库已升级，原文件备份为 … was replaced after two seconds by 已自动备份今天的计划
    from tests.store.test_migrations import _make_first_version

    old = tmp_path / "old.db"
    _make_first_version(old)
    app = _first_start(qtbot, settings, tmp_path, monkeypatch, old)
    said = app.window.statusBar().currentMessage()
    assert said.startswith("数据库已升级，原文件备份为 ") and app.db.backup_path.name in said, said
    app.window.close()


def _asked_for_next_year(w, monkeypatch, answer):
    from PySide6.QtWidgets import QMessageBox

    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, title, text, *a, **k: (asked.append(text), answer)[1]))
    w.new_plan_action.trigger()
    return asked


def test_the_next_years_plan_promises_indicators_only_where_the_plan_has_them(qtbot, empty_db, settings, tmp_path,
                                                                             monkeypatch):
    # a district that imported its key projects alone was told "2024年的指标带入2025年指标表"
    from PySide6.QtWidgets import QMessageBox

    from milestones.spreadsheet.importer import preview, read_import, write

    write(empty_db, preview(empty_db, read_import(write_projects_xlsx(tmp_path / "projects.xlsx", 12))))
    w = _window(qtbot, empty_db, settings)
    assert w.year == 2024
    (text,) = _asked_for_next_year(w, monkeypatch, QMessageBox.No)
    assert text.startswith("新建2025年计划，并把2024年未完工的项目结转？") and "指标" not in text
    with qtbot.waitSignal(w.year_requested, timeout=5000) as opened:
        _asked_for_next_year(w, monkeypatch, QMessageBox.Yes)
    assert opened.args[0] == 2025


def test_the_next_years_plan_says_the_indicators_go_with_it(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    (text,) = _asked_for_next_year(window, monkeypatch, QMessageBox.No)
    assert text.endswith("截至上年底累计完成投资按2024年各季度完成投资累计。2024年的指标带入2025年指标表，上年完成已填，目标待定。")


def test_the_dashboards_counts_are_whole_numbers_for_a_small_plan(qtbot, empty_db, settings, tmp_path):
    # three projects: the chart's left axis read 0, 0.5, 1.0 projects
    from milestones.spreadsheet.importer import preview, read_import, write

    write(empty_db, preview(empty_db, read_import(write_projects_xlsx(tmp_path / "projects.xlsx", 3))))
    w = _window(qtbot, empty_db, settings)
    w.show_dashboard()
    axis = w.dashboard.chart.getAxis("left")
    low, high = w.dashboard.chart.getViewBox().viewRange()[1]
    values = [v for _spacing, vs in axis.tickValues(low, high, axis.height()) for v in vs]
    assert values and all(float(v).is_integer() for v in values), values


def test_the_plan_open_chosen_again_stays_as_it_is_with_its_undo(qtbot, db, settings, monkeypatch):
    # 打开数据库 (or 最近打开, or 新建's 打开它) on the plan in the window built it anew: the undo steps were gone
    from milestones.store.schema import KeyProject

    app = _app_on(db, settings, qtbot)
    w = app.window
    m = w.project_model
    assert m.setData(m.index(0, m.keys.index("notes")), "本季度已完成征收")
    assert w.ops.undo_stack.count() == 1
    assert app.open(str(db.path))
    assert app.window is w and w.ops.undo_stack.count() == 1
    assert w.statusBar().currentMessage() == f"这个计划已经打开：{db.path}"
    w.ops.undo_stack.undo()
    with app.db.read() as s:
        assert "本季度已完成征收" not in [n for (n,) in s.query(KeyProject.notes)]
    w.close()
