"""Compile resources/i18n/*.ts into the .qm files the app loads (PySide6's lrelease).

Used by setup.py (for the wheel) and packaging/build.sh (for the bundle), on
the checkout this file sits in.
"""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def compile_translations(root: Path = ROOT) -> list[Path]:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    lrelease = str(tool) if tool.exists() else shutil.which("pyside6-lrelease")
    if not lrelease:
        raise SystemExit("pyside6-lrelease not found: PySide6-Essentials is needed to build milestones")
    out = []
    for ts in sorted((root / "resources" / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, stdout=subprocess.DEVNULL)
        out.append(qm)
    return out


if __name__ == "__main__":
    for f in compile_translations():
        print(f)
