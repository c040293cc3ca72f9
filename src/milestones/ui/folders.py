"""The folder each kind of file was last read from or written to, on this desktop (QSettings): a quarter's forms
come back into one folder and are imported from it, the printouts go to another. A folder since removed, or
none yet, is the home folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def last_folder(settings: QSettings | None, purpose: str) -> Path:
    """Where files of ``purpose`` ("import", "export", "print") were last chosen."""
    kept = settings.value(f"folders/{purpose}", "", str) if settings is not None else ""
    return Path(kept) if kept and Path(kept).is_dir() else Path.home()


def remember_folder(settings: QSettings | None, purpose: str, path: str | Path) -> None:
    """Keep the folder of ``path`` (a file's, or the folder itself) for the next file of ``purpose``."""
    if settings is None or not str(path):
        return
    p = Path(path)
    settings.setValue(f"folders/{purpose}", str(p if p.is_dir() else p.parent))
