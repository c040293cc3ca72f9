"""Render the app icon from its SVG source to the sizes desktops want (PNG, ICO).

    python packaging/make_icons.py OUTDIR
Generated at build time from resources/icons/milestones.svg; not committed.
"""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def main(out: Path) -> list[Path]:
    _app = QGuiApplication.instance() or QGuiApplication(["icons"])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "milestones.svg"))
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for size in SIZES:
        img = QImage(size, size, QImage.Format_ARGB32)
        img.fill(Qt.transparent)
        p = QPainter(img)
        p.setRenderHint(QPainter.Antialiasing)
        renderer.render(p)
        p.end()
        target = out / f"milestones-{size}.png"
        img.save(str(target))
        written.append(target)
        if size == 256:
            ico = out / "milestones.ico"
            if img.save(str(ico), "ICO"):
                written.append(ico)
    return written


if __name__ == "__main__":
    for f in main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")):
        print(f)
