"""Every interface string has its English, and the compiled translation loads."""
from milestones import i18n


def test_every_string_has_an_english_translation():
    for ts in i18n.ts_files():
        assert i18n.untranslated(ts) == [], ts


def test_the_compiled_translation_loads(qapp):
    from PySide6.QtCore import QTranslator

    (qm,) = i18n.build()
    t = QTranslator()
    assert t.load(str(qm))
    assert t.translate("MainWindow", "重点项目") == "Key projects"
