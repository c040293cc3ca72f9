"""Two key projects that are one, made one (store/merge.py): a box says what the kept project gains from the
other and where the two differ before anything is written; 改为保留 asks the other way round."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .lang import language
from .operations import Operations

__all__ = ["ask_merge", "merge_lines"]


def ask_merge(parent: QWidget, ops: Operations, year: int, keep_id: int, dup_id: int) -> QMessageBox | None:
    """Ask to merge project ``dup_id`` into ``keep_id`` in ``year``'s list; on 是 it is done as one undo step.
    Returns the box (open, not modal-exec'd), or None when the merge cannot be (said through ``ops.failed``)."""
    from ..store.changes import Conflict, EditError
    from ..store.merge import plan_merge

    try:
        with ops.db.read() as s:
            m = plan_merge(s, year, keep_id, dup_id)
    except (EditError, Conflict) as exc:  # taken off the list or removed meanwhile
        ops.failed.emit(str(exc))
        return None
    title = QCoreApplication.translate("MergeBox", "合并重复项目")
    question = QCoreApplication.translate("MergeBox", "把“%1”并入“%2”？").replace("%1", m.dup).replace("%2", m.keep)
    box = QMessageBox(QMessageBox.Question, title, question, QMessageBox.Yes | QMessageBox.No, parent)
    box.setObjectName("mergeDuplicate")
    box.setInformativeText("\n".join(merge_lines(m)))
    box.button(QMessageBox.Yes).setText(QCoreApplication.translate("MergeBox", "合并"))
    box.button(QMessageBox.No).setText(QCoreApplication.translate("MergeBox", "取消"))
    box.setDefaultButton(QMessageBox.No)
    # the later copy may be the right one (the unit's own): the same box the other way round
    swap = box.addButton(QCoreApplication.translate("MergeBox", "改为保留“%1”…").replace("%1", m.dup),
                         QMessageBox.ActionRole)
    swap.setObjectName("mergeSwap")
    swap.clicked.connect(lambda: setattr(box, "swapped", ask_merge(parent, ops, year, dup_id, keep_id)))
    box.accepted.connect(lambda: merge(ops, year, m.keep_id, m.dup_id, m.keep))
    box.open()  # not exec(): the window (and a test) keeps running
    return box


def merge(ops: Operations, year: int, keep_id: int, dup_id: int, keep: str) -> bool:
    from .undo import MergeProjectsCommand, push

    reason = QCoreApplication.translate("MergeBox", "并入“%1”").replace("%1", keep)
    return push(ops, MergeProjectsCommand(ops, year, keep_id, dup_id, reason))


def merge_lines(m) -> list[str]:
    """A merge (store.merge.Merge) in the planner's words: what the earlier project gains, where the two differ
    and the earlier's value stays, and what becomes of the later."""
    from ..store.merge import ENTRY_FIELDS
    from .change_text import change_value, change_what

    def what(field: str, q) -> str:
        return change_what({"field": field, "quarter": q, "year": m.year if field in ENTRY_FIELDS else None})

    def value(field: str, text: str | None) -> str:
        said = change_value({"field": field}, text or None)
        return said if len(said) <= 20 else said[:19] + "…"

    def fill(text: str, *args) -> str:  # a translated text's %1, %2 … given
        for i, a in enumerate(args, 1):
            text = text.replace(f"%{i}", str(a))
        return text

    gains = [f"{what(k, q)} {value(k, v)}" for k, v, q in m.filled]
    if m.milestones:
        gains.append(fill(QCoreApplication.translate("MergeBox", "节点 %1"),
                          ("、" if language() == "zh" else ", ").join(m.milestones)))
    if m.notes:
        gains.append(fill(QCoreApplication.translate("MergeBox", "形象进度%1条"), m.notes))
    if gains:
        lines = [fill(QCoreApplication.translate("MergeBox", "“%1”将填入："), m.keep)] + [f"· {g}" for g in gains]
    else:
        lines = [fill(QCoreApplication.translate("MergeBox", "“%1”没有“%2”缺少的内容。"), m.dup, m.keep)]
    if m.differ:
        each = QCoreApplication.translate("MergeBox", "%1 %2（“%3”为%4）")
        lines += ["", fill(QCoreApplication.translate("MergeBox", "两者不同处保留“%1”的："), m.keep)]
        lines += [f"· {fill(each, what(k, q), value(k, a), m.dup, value(k, b))}" for k, a, b, q in m.differ]
    if m.other_filled:
        lines += ["", fill(QCoreApplication.translate("MergeBox", "其他年度计划中“%1”将填入："), m.keep)]
        lines += [f"· {change_what({'field': k, 'year': y})} {value(k, v)}" for y, k, v in m.other_filled]
    years = ("、" if language() == "zh" else ", ").join(str(y) for y in m.years)
    lines += ["", fill(QCoreApplication.translate("MergeBox", "“%1”移出%2年计划，记录和历史保留，可以撤销。"),
                       m.dup, years)]
    return lines
