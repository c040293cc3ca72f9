"""Painting must not corrupt the interpreter: a Qt binding that drops references
to None on void calls (PySide6 6.12.0 under Python 3.11) crashes the app."""
import sys

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPen


def test_void_painter_calls_keep_none_alive(qapp):
    image = QImage(50, 50, QImage.Format_ARGB32_Premultiplied)
    p = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(2000):  # the bug drops one reference per call: 10,000 here
        p.setPen(QPen(QColor("red"), 1))
        p.fillRect(QRectF(0, 0, 5, 5), QColor("blue"))
        p.drawLine(QPointF(0, 0), QPointF(4, 4))
        p.save()
        p.restore()
    p.end()
    # other threads (a finished test's pool, the collector) move None's count a
    # little while this runs; the bug moves it by thousands
    assert sys.getrefcount(None) >= before - 2000
