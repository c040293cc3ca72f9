"""Translations: ``python -m milestones.i18n build|update|check``.

Chinese is the source language of the interface. ``update`` collects the
strings from the code into ``resources/i18n/milestones_en.ts`` (pyside6-lupdate),
``build`` compiles the .ts files into the .qm files the app loads
(pyside6-lrelease), ``check`` lists strings with no English yet.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from . import paths

LANGUAGES = ("en",)


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"milestones.i18n: {name} not found (it comes with PySide6)")
    return found


def ts_files() -> list[Path]:
    return [paths.resources_dir() / "i18n" / f"milestones_{lang}.ts" for lang in LANGUAGES]


def build(quiet: bool = True) -> list[Path]:
    """Every .ts of resources/i18n: ours, and the words Qt's own Chinese lacks (kept by hand)."""
    out = []
    for ts in sorted((paths.resources_dir() / "i18n").glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            out.append(qm)
            continue
        subprocess.run([_tool("pyside6-lrelease"), str(ts), "-qm", str(qm)], check=True,
                       stdout=subprocess.DEVNULL if quiet else None)
        out.append(qm)
    return out


def update() -> None:
    src = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in [*(src / "ui").glob("*.py"), src / "app.py", *(src / "timeline").glob("*.py")])
    for ts in ts_files():
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(ts)], check=True)


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message with no translation."""
    missing = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            text = "".join(tr.itertext()) if tr is not None else ""
            if not text.strip() or (tr is not None and tr.get("type") in ("unfinished", "obsolete", "vanished")):
                missing.append((name, msg.findtext("source")))
    return missing


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "build"
    if cmd == "build":
        build()
    elif cmd == "update":
        update()
    elif cmd == "check":
        bad = [(ts.name, c, s) for ts in ts_files() for c, s in untranslated(ts)]
        for name, c, s in bad:
            print(f"{name}: [{c}] {s}")
        return 1 if bad else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
