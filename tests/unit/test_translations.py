"""Every interface string has its English, and the compiled translation loads."""
from milestones import i18n


def test_every_string_has_an_english_translation():
    for ts in i18n.ts_files():
        assert i18n.untranslated(ts) == [], ts


def test_the_compiled_translation_loads(qapp):
    from PySide6.QtCore import QTranslator

    qm = next(q for q in i18n.build() if q.name == "milestones_en.qm")
    t = QTranslator()
    assert t.load(str(qm))
    assert t.translate("Navigation", "重点项目") == "Key projects"


def test_the_file_dialogs_speak_chinese_in_the_chinese_interface(qapp):
    # Qt 6's dialog says "&Look in:" and "Files of &type:", which Qt's own Chinese still lacks
    from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton

    from milestones.app import install_translation

    i18n.build()
    install_translation(qapp, "zh")
    dialog = QFileDialog(None, "导入表格", "/tmp", "表格 (*.xlsx)")
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)  # the dialog a Linux desktop without a theme gets
    words = [w.text() for w in dialog.findChildren(QLabel)] + [b.text() for b in dialog.findChildren(QPushButton)]
    assert "查找范围(&L)：" in words and "文件类型(&T)：" in words, words
    english = [w for w in words if any(c.isascii() and c.isalpha() and c not in "LNTO" for c in w)]
    assert english == [], english
    assert qapp.translate("QFileSystemModel", "Size") == "大小"  # a file's size, not a volume (体积)
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(QDialogButtonBox.Cancel)
    assert box.buttons()[0].text() == "取消"  # Qt's own catalogue still answers the rest


def test_lupdate_found_every_literal_string():
    # lupdate silently skips a tr() it cannot parse (a count given as a call: "移出%n个项目" with
    # len(ids); a tr() inside an f-string), and the English window then shows that text in Chinese
    import ast
    import xml.etree.ElementTree as ET
    from pathlib import Path

    import milestones

    root = Path(milestones.__file__).parent
    (ts,) = i18n.ts_files()
    known = {m.findtext("source") for m in ET.parse(ts).getroot().iter("message")}
    missing = []
    for path in [*(root / "ui").glob("*.py"), root / "app.py", *(root / "timeline").glob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                continue
            at = {"tr": 0, "translate": 1}.get(node.func.attr)
            if at is None or len(node.args) <= at:
                continue
            arg = node.args[at]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and arg.value not in known:
                missing.append(f"{path.name}:{node.lineno}: {arg.value}")
    assert missing == []


def test_the_english_table_names_each_source_once():
    # a source given twice in tools/translations_en.py: the later English silently won everywhere ("内容"
    # read "What" in the import's problem list, where it is the text found); one by context is IN_CONTEXT's
    import ast
    from pathlib import Path

    table = Path(__file__).resolve().parents[2] / "tools" / "translations_en.py"
    for node in ast.walk(ast.parse(table.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict):
            keys = [ast.literal_eval(k) for k in node.keys if k is not None]
            assert sorted({k for k in keys if keys.count(k) > 1}, key=str) == []


def test_every_field_the_import_preview_names_has_its_english(qapp):
    # the preview's column "建设地点" stayed Chinese in the English window: FIELD_LABELS grew a field, the
    # QT_TRANSLATE_NOOP list of the "Fields" context (strings.py) did not
    from PySide6.QtCore import QCoreApplication

    from milestones.app import install_translation
    from milestones.ui.import_dialog import FIELD_LABELS, QUARTER_PARTS

    i18n.build()
    install_translation(qapp, "en")
    try:
        said = [*FIELD_LABELS.values(), *QUARTER_PARTS.values()]
        assert [w for w in said if QCoreApplication.translate("Fields", w) == w] == []
    finally:
        install_translation(qapp, "zh")
