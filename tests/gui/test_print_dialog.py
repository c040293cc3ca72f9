"""The print dialog writes the same pages as the CLI."""
import re
import subprocess

from PySide6.QtWidgets import QApplication


def test_print_dialog_writes_a_pdf_of_the_chosen_zone_and_period(window, qtbot, tmp_path):
    window.show_timeline()
    window.timeline.set_zone("东部")
    dialog = window.print_timeline()
    assert dialog.zones() == ["东部"]
    dialog.period.setCurrentIndex(dialog.period.findData("上半年"))
    dialog.paper.setCurrentText("A3")
    s = dialog.print_settings()
    assert (str(s.period[0]), str(s.period[1]), s.paper) == ("2024Q1", "2024Q2", "A3")
    out = tmp_path / "east.pdf"
    with qtbot.waitSignal(dialog.written, timeout=30000) as blocker:
        dialog.save_as("pdf", str(out))
    assert blocker.args[0] == [out]
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    flat = re.sub(r"\s+", "", text)
    assert "区域：东部" in flat and "2024年一季度至2024年二季度" in flat and "磨房巷片区整体更新" in flat
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "1191 x 842" in info
    dialog.reject()
    QApplication.processEvents()


def test_printing_to_a_printer_device_renders_pages(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog = window.print_timeline()
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    dialog._render_to_printer(printer)
    assert out.exists() and out.stat().st_size > 1000
    dialog.reject()


def test_the_summary_page_is_a_choice_kept_for_next_time_and_reaches_the_printer(window, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog = window.print_timeline()
    assert not dialog.summary.isChecked()
    dialog.summary.setChecked(True)
    assert dialog.print_settings().summary
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    out = tmp_path / "printer.pdf"
    printer.setOutputFileName(str(out))
    dialog._render_to_printer(printer)
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-l", "1", str(out), "-"], capture_output=True,
                                             text=True).stdout)
    assert "概况（截至2024年四季度）" in text and "二、分区域" in text
    dialog.reject()
    again = window.print_timeline()
    assert again.summary.isChecked()  # the planner's choice stays
    again.reject()


def test_the_projects_in_view_can_be_printed_alone_and_the_page_says_so(window, qtbot, tmp_path):
    # a meeting on the 严重滞后 projects: the list narrowed to them prints them alone, the header saying it
    from tests.gui.conftest import very_late_in_view

    bar = window.filter_bar
    reds = very_late_in_view(window, qtbot)
    window.show_timeline()
    dialog = window.print_timeline()
    assert not dialog.only_in_view.isHidden() and dialog.only_in_view.isChecked()
    assert dialog.only_in_view.text() == "只打印当前筛选的项目（预警：严重滞后）"

    def printed(name):
        out = tmp_path / name
        with qtbot.waitSignal(dialog.written, timeout=30000):
            dialog.save_as("pdf", str(out))
        return re.sub(r"\s+", "", subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout)

    text = printed("red.pdf")
    assert "筛选（预警：严重滞后）" in text
    assert all(name.replace(" ", "") in text for name in reds)
    assert "磨房巷片区整体更新" not in text  # on track: not among them
    dialog.only_in_view.setChecked(False)  # the whole list after all
    text = printed("all.pdf")
    assert "筛选" not in text and "磨房巷片区整体更新" in text
    dialog.reject()
    bar.light.setCurrentIndex(0)
    bar._emit()
    again = window.print_timeline()
    assert again.only_in_view.isHidden() and not again.print_settings().narrowed  # nothing narrows it: not asked
    again.reject()


def test_the_timeline_orders_each_areas_rows_and_the_printout_follows(window, db, settings, qtbot):
    """A meeting goes through each area's projects by planned start (or the 严重滞后 first): the screen's order,
    kept for next time, and printed as shown."""
    from milestones.timeline.print import layouts_for
    from milestones.ui.main_window import MainWindow

    window.resize(1400, 850)
    window.show_timeline()
    tl = window.timeline
    qtbot.waitUntil(lambda: tl.layout_ is not None, timeout=3000)
    in_list_order = tl.layout_.labels
    tl.order_box.setCurrentIndex(tl.order_box.findData("start"))
    lay = tl.layout_
    assert lay.labels != in_list_order and sorted(lay.labels) == sorted(in_list_order)
    for first, _name, count in lay.groups:
        starts = [lay.projects[int(pid)].planned_start for pid in lay.project_id[first + 1:first + 1 + count]]
        known = [q for q in starts if q is not None]
        assert known == sorted(known) and starts[:len(known)] == known  # the projects naming no quarter after
    assert settings.value("timeline/order") == "start"
    dialog = window.print_timeline()
    assert dialog.order.currentData() == "start"
    (_zone, printed), = layouts_for(window.db, dialog.zones(), dialog.print_settings(), 2024)
    assert printed.labels == lay.labels
    dialog.reject()
    again = MainWindow(db, settings)
    qtbot.addWidget(again)
    assert again.timeline.order() == "start"


def test_the_projects_chosen_in_the_list_can_be_printed_alone(window, qtbot, tmp_path):
    """The five projects a leader asked about, chosen in the list: their pages alone, the header saying so."""
    from PySide6.QtCore import QItemSelectionModel

    m, view = window.project_model, window.project_table
    name = m.keys.index("name")
    rows = [0, 11, 20]
    for r in rows:
        view.selectionModel().select(m.index(r, name), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    chosen = [m.index(r, name).data() for r in rows]
    dialog = window.print_timeline()
    assert not dialog.only_chosen.isHidden() and dialog.only_chosen.isChecked()
    assert dialog.only_chosen.text() == "只打印所选的3个项目" and not dialog.only_in_view.isEnabled()
    (_zone, lay), = layouts_for_dialog(window, dialog)
    assert sorted(lay.labels[i] for i in range(len(lay.labels)) if lay.kind[i] == 0) == sorted(chosen)
    out = tmp_path / "chosen.pdf"
    with qtbot.waitSignal(dialog.written, timeout=30000):
        dialog.save_as("pdf", str(out))
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout)
    assert "所选的3个项目" in text and all(n.replace(" ", "") in text for n in chosen)
    assert "山城巷二期" not in text
    dialog.only_chosen.setChecked(False)  # the whole list after all
    (_zone, lay), = layouts_for_dialog(window, dialog)
    assert len([k for k in lay.kind if k == 0]) == 49
    dialog.reject()
    view.selectionModel().select(m.index(5, name), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
    one = window.print_timeline()  # one project chosen (a bar clicked on the timeline): offered, not ticked
    assert not one.only_chosen.isHidden() and not one.only_chosen.isChecked()
    one.reject()


def layouts_for_dialog(window, dialog):
    from milestones.timeline.print import layouts_for

    return layouts_for(window.db, dialog.zones(), dialog.print_settings(), 2024)


def _pdf_printer(path, page_range=None):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printer.setOutputFileName(str(path))
    if page_range:
        printer.setPrintRange(QPrinter.PageRange)
        printer.setFromTo(*page_range)
    return printer


def _pages(pdf):
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return [re.sub(r"\s+", "", page) for page in text.split("\f") if page.strip()]


def _boxes(dialog):
    from PySide6.QtWidgets import QMessageBox

    return [box.text() for box in dialog.findChildren(QMessageBox) if box.isVisible()]


def test_the_print_boxs_page_range_prints_those_pages_numbered_as_in_the_whole(window, tmp_path):
    # the print box offers 页码范围: page 2 reprinted after a correction came out as the whole printout
    dialog = window.print_timeline()
    whole = tmp_path / "whole.pdf"
    dialog._render_to_printer(_pdf_printer(whole))
    total = len(_pages(whole))
    assert total >= 3
    second = tmp_path / "second.pdf"
    dialog._render_to_printer(_pdf_printer(second, (2, 2)))
    pages = _pages(second)
    assert len(pages) == 1 and f"第2页共{total}页" in pages[0]
    assert pages[0] == _pages(whole)[1]
    beyond = tmp_path / "beyond.pdf"
    dialog._render_to_printer(_pdf_printer(beyond, (total + 1, total + 2)))
    assert not beyond.exists()  # not even a blank sheet
    assert _boxes(dialog) == [f"所选页码超出范围：共{total}页"]
    dialog.reject()


def test_a_printer_that_cannot_start_is_said(window, tmp_path):
    # printing to a file in a folder that is not there (or to a printer gone): nothing was drawn, nothing said
    dialog = window.print_timeline()
    dialog._render_to_printer(_pdf_printer(tmp_path / "没有的文件夹" / "x.pdf"))
    assert _boxes(dialog) == ["无法开始打印：打印机不可用，或打印到的文件无法写入。"]
    dialog.reject()


def test_a_printer_stopped_after_a_page_says_what_reached_it(window, tmp_path, monkeypatch):
    # 取消 while a long printout is drawn: the PDF-based printing of Linux cannot take back what it was given,
    # so the planner is told how many pages went and where to stop them
    from PySide6.QtWidgets import QProgressDialog

    dialog = window.print_timeline()
    asked = []
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda box: (asked.append(1), len(asked) > 1)[1])
    out = tmp_path / "stopped.pdf"
    dialog._render_to_printer(_pdf_printer(out))
    assert len(_pages(out)) == 1
    assert _boxes(dialog) == ["已停止。已画好的1页已交给打印机，如不需要，请在系统的打印队列中取消。"]
    dialog.reject()


def test_png_pages_show_their_count_and_a_cancel_leaves_none(window, qtbot, tmp_path, monkeypatch):
    import threading

    from PySide6.QtWidgets import QPushButton

    from milestones.ui import print_dialog

    gate = threading.Event()
    real = print_dialog.print_to_file

    def held_after_the_first_page(*args, progress, cancelled, **kwargs):
        def told(done, total):
            progress(done, total)
            gate.wait(20)
        return real(*args, progress=told, cancelled=cancelled, **kwargs)

    monkeypatch.setattr(print_dialog, "print_to_file", held_after_the_first_page)
    dialog = window.print_timeline()
    written = []
    dialog.written.connect(written.append)
    folder = tmp_path / "pages"
    folder.mkdir()
    task = dialog.save_as("png", str(folder / "all.png"))
    stopped = []
    task.failed.connect(stopped.append)  # the worker waits at its first page: connected in time
    try:
        qtbot.waitUntil(lambda: dialog.progress.maximum() >= 3, timeout=20000)  # the count of pages shows
        assert dialog.progress.value() == 1
        button = dialog.progress.findChild(QPushButton)
        assert button.text() == "取消"
        button.click()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: bool(stopped), timeout=20000)  # after the dialog's own slot: queued in order
    assert stopped == ["已停止打印，没有写入文件"]
    assert list(folder.iterdir()) == [] and written == [] and _boxes(dialog) == []
    dialog.reject()


def test_a_printout_narrowed_to_no_project_or_a_period_not_typed_is_said_and_nothing_opens(window, qtbot, tmp_path):
    """The list narrowed to 已完成 before any project is done printed two pages of empty charts; a custom period
    left blank or typed as no quarter escaped the PDF button as a fault of the program."""
    from PySide6.QtWidgets import QMessageBox

    bar = window.filter_bar
    bar.light.setCurrentIndex(bar.light.findText("已完成"))
    bar._emit()
    dialog = window.print_timeline()
    assert dialog.only_in_view.isChecked()
    out = tmp_path / "done.pdf"
    assert dialog.save_as("pdf", str(out)) is None and not out.exists()
    assert dialog.refusal.isVisible() and dialog.refusal.text() == "没有符合条件的项目"
    dialog.refusal.close()
    dialog.preview()  # said before the preview opens on blank pages
    assert dialog.refusal.isVisible()
    dialog.refusal.close()
    dialog.only_in_view.setChecked(False)  # the whole list: printed
    dialog.period.setCurrentIndex(dialog.period.findData("自定义"))
    dialog.first.setEditText("明年")
    assert dialog.save_as("pdf", str(out)) is None and not out.exists()
    assert dialog.refusal.text().startswith("时段的起始季度：无法识别的季度/日期：“明年”")
    dialog.refusal.close()
    dialog.first.setEditText("2024Q3")
    dialog.last.setEditText("")
    assert dialog.save_as("pdf", str(out)) is None
    assert dialog.refusal.text().startswith("时段的截止季度：")
    dialog.refusal.close()
    dialog.last.setEditText("2024年底")
    task = dialog.save_as("pdf", str(out))
    qtbot.waitUntil(lambda: task.done, timeout=30000)
    assert out.exists() and not [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
