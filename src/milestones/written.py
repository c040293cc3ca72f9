"""Files the program writes — an export, a printout — that could not be written, said as the planner can act on
it: a full disk, a folder that may not be written to (the system's words beside, for whoever helps)."""
from __future__ import annotations

import errno
from pathlib import Path

__all__ = ["not_written"]

# on Windows a file open in Excel or WPS cannot be replaced: "permission denied" is that, more often than rights
_LOCKED = "没有写入权限，或这个文件正在 Excel、WPS 中打开（请先关闭它）"
_WHY = {errno.ENOSPC: "磁盘已满", errno.EDQUOT: "磁盘配额已满", errno.EACCES: _LOCKED, errno.EPERM: _LOCKED,
        errno.EROFS: "磁盘是只读的",
        errno.EFBIG: "文件超过了这个磁盘或系统允许的大小"}  # a FAT32 USB drive: 4 GB
UNKNOWN = "磁盘已满，或没有写入这个文件夹的权限"  # what a writer that gives no reason (Qt's) most likely met


def not_written(path: str | Path, exc: OSError | None = None) -> OSError:
    """The error to raise for ``path`` not written, ``exc`` the system's (None: no reason was given)."""
    if exc is None:
        folder = Path(path).parent  # print --out /typo/x.pdf: not the disk, not the rights
        reason = UNKNOWN if folder.is_dir() else f"文件夹 {folder} 不存在"
    else:
        said = _WHY.get(exc.errno)
        system = exc.strerror or str(exc)
        reason = f"{said}（{system}）" if said else system
    return OSError(f"无法写入 {path}：{reason}")
