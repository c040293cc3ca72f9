"""An export or a printout the disk will not take — full, or a file larger than it allows — is said in words,
with no file left under the name (a full disk left an empty PDF said to be written, and an export said only
"I/O operation on closed file" above tracebacks)."""
import errno
import resource
import signal
import subprocess
import sys

import pytest

LIMIT = 33_000  # bytes a file may grow to: the database's shared-memory file (32 KiB) fits, the outputs do not


def _with_a_small_disk():
    resource.setrlimit(resource.RLIMIT_FSIZE, (LIMIT, LIMIT))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past it fails (EFBIG) instead of killing the program


def run(*args, lang="zh"):
    return subprocess.run([sys.executable, "-m", "milestones", "--lang", lang, *args], capture_output=True,
                          text=True, timeout=180, preexec_fn=_with_a_small_disk)


@pytest.fixture
def plan(tmp_path):
    """The bundled plan with 300 projects more: its key-project table is larger than LIMIT."""
    from milestones.store import open_store
    from milestones.store.changes import add_project

    path = tmp_path / "plan.db"
    db = open_store(path)
    for i in range(300):
        add_project(db, 2024, f"城市更新测试项目{i:03d}号", planned_start=f"2024Q{i % 4 + 1}",
                    responsible_unit=f"区住房城乡建委第{i % 9}科")
    db.close()
    return path


@pytest.mark.parametrize("command, out_name", [
    (["export", "key_projects"], "重点项目.xlsx"),
    (["print", "--zone", "全区"], "时间轴.pdf"),
    (["print", "--zone", "全区", "--dpi", "200"], "时间轴.png"),
])
def test_a_file_the_disk_will_not_take_is_said_and_none_is_left(plan, tmp_path, command, out_name):
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / out_name
    extra = ["--out", str(out)] if command[0] == "print" else [str(out)]
    r = run("--db", str(plan), *command, *extra)
    assert r.returncode != 0
    assert "Traceback" not in r.stderr and "Exception ignored" not in r.stderr
    said = r.stderr.strip().splitlines()[-1]
    assert said.startswith(f"milestones: 无法写入 {folder / out.stem}") and (
        "文件超过了这个磁盘或系统允许的大小（File too large）" in said or "磁盘已满，或没有写入这个文件夹的权限" in said)
    assert list(folder.iterdir()) == []
    r = run("--db", str(plan), *command, *extra, lang="en")
    assert r.stderr.strip().splitlines()[-1].startswith(f"milestones: Cannot write {folder / out.stem}")


def test_the_system_reasons_are_named():
    from milestones.ui.problem_text import english
    from milestones.written import not_written

    full = not_written("/media/u/计划.xlsx", OSError(errno.ENOSPC, "No space left on device"))
    assert str(full) == "无法写入 /media/u/计划.xlsx：磁盘已满（No space left on device）"
    assert english(str(full)) == "Cannot write /media/u/计划.xlsx: the disk is full (No space left on device)"
    locked = not_written("/srv/共享/计划.pdf", OSError(errno.EACCES, "Permission denied"))
    assert str(locked) == ("无法写入 /srv/共享/计划.pdf：没有写入权限，或这个文件正在 Excel、WPS 中打开（请先关闭它）"
                           "（Permission denied）")
    assert english(str(locked)) == ("Cannot write /srv/共享/计划.pdf: no permission to write, or the file is open in "
                                    "Excel or WPS (close it first) (Permission denied)")
    assert str(not_written("a.png")) == "无法写入 a.png：磁盘已满，或没有写入这个文件夹的权限"


@pytest.mark.parametrize("command, out_name", [
    (["export", "key_projects"], "重点项目.xlsx"),
    (["print", "--zone", "全区"], "时间轴.pdf"),
    (["print", "--zone", "全区"], "时间轴.png"),
])
def test_a_folder_that_is_not_there_is_named_and_not_made(plan, tmp_path, command, out_name):
    # a printout blamed a full disk or the folder's rights (with Qt's "QPainter::begin(): Returned false"), and an
    # export made the mistyped folder and wrote there
    out = tmp_path / "报表" / out_name
    extra = ["--out", str(out)] if command[0] == "print" else [str(out)]
    r = run("--db", str(plan), *command, *extra)
    assert r.returncode != 0 and r.stderr.strip() == f"milestones: 无法写入 {out}：文件夹 {out.parent} 不存在"
    assert not out.parent.exists()
    r = run("--db", str(plan), *command, *extra, lang="en")
    assert r.stderr.strip() == f"milestones: Cannot write {out}: the folder {out.parent} does not exist"
