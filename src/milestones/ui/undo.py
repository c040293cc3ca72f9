"""Undo commands: every change a planner makes is one of these.

A command is pushed only after its first run succeeded (so a refused edit
never lands on the stack); undo writes the old values back with the version
the redo produced, so undoing over someone else's later change is refused as
a conflict instead of overwriting it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QUndoCommand

from ..store import changes, plan_rows, reports
from ..store.database import refusal_text, writer_busy, writers_wait
from .operations import WINDOW_WAIT_S, Operations
from .problem_text import problem_text


@dataclass
class FieldEdit:
    table: str
    row_id: int
    field: str
    old: Any
    new: Any
    version: int | None  # the row's version the edit was made on


class StoreCommand(QUndoCommand):
    """A change already made once by ``perform()`` before it was pushed.

    Qt calls ``redo()`` on push; the first call does nothing (the change is
    made). Later redo/undo run ``forward()``/``backward()``; a refusal there
    (someone changed the row since) marks the command obsolete and says why."""

    def __init__(self, ops: Operations, text: str) -> None:
        super().__init__(text)
        self.ops = ops
        self._first = True
        self._put_back = False  # the next undo only moves the stack back (_stay)

    def perform(self) -> None:  # pragma: no cover - every command defines it
        raise NotImplementedError

    def journal(self) -> dict:
        """The command as its constructor takes it, to keep on this computer while it waits for a lost
        connection (ui/pending_journal.py); `from_journal` makes it again."""
        return {"kind": type(self).__name__, "args": self.arguments()}

    def arguments(self) -> dict:  # pragma: no cover - every command kept while waiting defines it
        raise NotImplementedError

    def forward(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def backward(self) -> None:  # pragma: no cover
        raise NotImplementedError

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._guarded(self.forward, QCoreApplication.translate("Undo", "未能重做（%1）"))

    def undo(self) -> None:
        if self._put_back:
            self._put_back = False
            return
        self._guarded(self.backward, QCoreApplication.translate("Undo", "未能撤销（%1）"))

    def _guarded(self, step, failed: str) -> None:
        from .cell_paste import LONG, wait_pointer

        # undoing a paste of thousands of rows takes seconds, as the paste did: the wait pointer says so; another
        # writer (a colleague's import) is waited for a moment, not the store's 10 s with the window still
        try:
            with wait_pointer(len(getattr(self, "edits", ())) > LONG), writers_wait(WINDOW_WAIT_S):
                step()
        except changes.Conflict as exc:
            self.setObsolete(True)
            self.ops.failed.emit(failed.replace("%1", self.text()) + QCoreApplication.translate("Undo", "：") + (
                conflict_text(exc)))
        except changes.EditError as exc:
            self.setObsolete(True)
            self.ops.failed.emit(str(exc))
        except Exception as exc:
            # nothing wrong with the step: another was writing, the server was out of reach, the disk was full or
            # the file read-only (rolled back); it stays, to be undone (or redone) again once that is past —
            # dropped, the change could no longer be undone at all
            lost = self.ops.is_connection_error(exc)
            said = QCoreApplication.translate("Undo", "与数据库的连接中断，未写入任何内容；连接恢复后再做一次即可") \
                if lost else refusal_text(exc)
            if said is None:
                raise
            self._stay(undoing=step == self.backward)
            self.ops.failed.emit(failed.replace("%1", self.text()) + QCoreApplication.translate("Undo", "：")
                                 + problem_text(said))

    def _stay(self, undoing: bool) -> None:
        """Keep the step where it was in the stack, which moves past it once this returns: moved back at once,
        doing nothing (the next redo, or undo, is only the stack's)."""
        stack = self.ops.undo_stack
        at = stack.index() - 1 if undoing else stack.index()  # this step's place (the stack moves once we return)

        def put_back() -> None:
            if 0 <= at < stack.count() and stack.command(at) is self and stack.index() == (at if undoing else at + 1):
                (stack.redo if undoing else stack.undo)()
            else:  # the stack moved on meanwhile: the step is undone or redone as it is
                self._first = self._put_back = False

        if undoing:
            self._first = True
        else:
            self._put_back = True
        QTimer.singleShot(0, put_back)


class EditCommand(StoreCommand):
    """One or many field edits, written in one transaction."""

    def __init__(self, ops: Operations, edits: list[FieldEdit], text: str) -> None:
        super().__init__(ops, text)
        self.edits = edits

    def arguments(self) -> dict:
        return {"edits": self.edits, "text": self.text()}

    def _write(self, forward: bool, progress=None) -> None:
        # one write per row, each field checked to hold what the planner saw (the first run, a redo) or what the
        # step left (an undo): a colleague's change of the same value meanwhile is a conflict (the first run asks
        # which to keep); a change of another column of the row is none, nor the planner's own later edit of it
        rows: dict[tuple[str, int], tuple[dict[str, Any], dict[str, Any]]] = {}
        for e in self.edits:
            values, expected = rows.setdefault((e.table, e.row_id), ({}, {}))
            values[e.field] = e.new if forward else e.old
            expected[e.field] = e.old if forward else e.new
        cs = self.ops.run(changes.update_checked,
                          [(t, i, values, expected) for (t, i), (values, expected) in rows.items()],
                          progress=progress)
        for e in self.edits:
            e.version = cs.versions.get((e.table, e.row_id), e.version)

    def perform(self) -> None:
        """The first run, before the command is pushed; raises on refusal."""
        self._write(True, self.ops.write_progress)  # a long paste's box, when one is shown (cell_paste.long_write)

    def forward(self) -> None:
        self._write(True)

    def backward(self) -> None:
        self._write(False)


class _OnTheListCommand(StoreCommand):
    """A project its first run put on the year's list: redo puts it back, undo takes it off, each saying why in the
    list's history (``again``, ``undone``)."""

    year: int
    project_id: int | None
    again = undone = ""

    def forward(self) -> None:
        self.ops.run(changes.restore_project, self.year, self.project_id, reason=self.again, undoing=True)

    def backward(self) -> None:
        self.ops.run(changes.remove_project, self.year, self.project_id, reason=self.undone, undoing=True)


class AddProjectCommand(_OnTheListCommand):
    def __init__(self, ops: Operations, year: int, name: str, fields: dict[str, Any]) -> None:
        super().__init__(ops, QCoreApplication.translate("Undo", "新增项目“%1”").replace("%1", name))
        self.year, self.name, self.fields = year, name, fields
        self.project_id: int | None = None
        self.again = QCoreApplication.translate("Undo", "重做新增")
        self.undone = QCoreApplication.translate("Undo", "撤销新增")

    def arguments(self) -> dict:
        return {"year": self.year, "name": self.name, "fields": self.fields}

    def perform(self) -> None:
        self.project_id, _ = self.ops.run(changes.add_project, self.year, self.name,
                                          reason=QCoreApplication.translate("Undo", "手工新增"),
                                          on=dt.date.today(), **self.fields)


class ListProjectCommand(_OnTheListCommand):
    """Put a project the plan has (taken off the year's list, or listed another year) on the year's list, rather
    than a second project of the same name with none of its history."""

    def __init__(self, ops: Operations, year: int, project_id: int, name: str) -> None:
        super().__init__(ops, QCoreApplication.translate("Undo", "列入计划“%1”").replace("%1", name))
        self.year, self.project_id, self.name = year, project_id, name
        self.again = QCoreApplication.translate("Undo", "重做列入")
        self.undone = QCoreApplication.translate("Undo", "撤销列入")

    def arguments(self) -> dict:
        return {"year": self.year, "project_id": self.project_id, "name": self.name}

    def perform(self) -> None:
        self.ops.run(changes.list_project, self.year, self.project_id,
                     reason=QCoreApplication.translate("Undo", "手工列入"), on=dt.date.today())


class RemoveProjectsCommand(StoreCommand):
    """Take projects off the year's list; their records and history stay."""

    def __init__(self, ops: Operations, year: int, project_ids: list[int], reason: str | None) -> None:
        n = len(project_ids)  # lupdate skips a tr() whose count is a call
        super().__init__(ops, QCoreApplication.translate("Undo", "移出%n个项目", "", n))
        self.year, self.ids, self.reason = year, project_ids, reason

    def arguments(self) -> dict:
        return {"year": self.year, "project_ids": self.ids, "reason": self.reason}

    def perform(self) -> None:
        self.ops.run(changes.remove_projects, self.year, self.ids, reason=self.reason)

    def forward(self) -> None:
        self.ops.run(changes.remove_projects, self.year, self.ids, reason=self.reason, undoing=True)

    def backward(self) -> None:
        # (a project a colleague moved since is theirs: refused as a conflict, not put back over their decision)
        self.ops.run(changes.restore_projects, self.year, self.ids,
                     reason=QCoreApplication.translate("Undo", "撤销移出"), undoing=True)


class MergeProjectsCommand(StoreCommand):
    """One project listed twice made one: the later's figures filled in on the earlier where it had none, the
    later off the year's list (store/merge.py); undo empties what was filled and puts the later back."""

    def __init__(self, ops: Operations, year: int, keep_id: int, dup_id: int, reason: str) -> None:
        super().__init__(ops, QCoreApplication.translate("Undo", "合并重复项目"))
        self.year, self.keep_id, self.dup_id, self.reason = year, keep_id, dup_id, reason
        self.merge = None

    def arguments(self) -> dict:
        return {"year": self.year, "keep_id": self.keep_id, "dup_id": self.dup_id, "reason": self.reason}

    def perform(self) -> None:
        from ..store.merge import merge_projects

        self.merge, _ = self.ops.run(merge_projects, self.year, self.keep_id, self.dup_id, reason=self.reason)

    def forward(self) -> None:
        self.perform()

    def backward(self) -> None:
        from ..store.merge import unmerge

        self.ops.run(unmerge, self.merge, reason=QCoreApplication.translate("Undo", "撤销合并"))


class DetailsCommand(StoreCommand):
    """A project's milestones, quarterly investment or progress notes, or a target's quarterly steps,
    replaced as one step."""

    def __init__(self, ops: Operations, project_id: int, kind: str, old: list, new: list, text: str) -> None:
        super().__init__(ops, text)
        self.pid, self.kind, self.old, self.new = project_id, kind, old, new

    def arguments(self) -> dict:
        return {"project_id": self.pid, "kind": self.kind, "old": self.old, "new": self.new, "text": self.text()}

    def perform(self) -> None:
        self.ops.run(changes.replace_project_details, self.pid, self.kind, self.new, expected=self.old)
        self.new = changes.project_details(self.ops.db, self.pid, self.kind)  # as stored (parsed) now

    def forward(self) -> None:
        self.ops.run(changes.replace_project_details, self.pid, self.kind, self.new, expected=self.old)

    def backward(self) -> None:
        self.ops.run(changes.replace_project_details, self.pid, self.kind, self.old, expected=self.new)


class LightRulesCommand(StoreCommand):
    """The plan's warning-light rules changed: every light is judged again."""

    def __init__(self, ops: Operations, old, new) -> None:
        super().__init__(ops, QCoreApplication.translate("Undo", "修改预警规则"))
        self.old, self.new = old, new

    def arguments(self) -> dict:
        return {"old": self.old, "new": self.new}

    def perform(self) -> None:
        from ..store.settings import set_light_rules

        self.ops.run(set_light_rules, self.new, expected=self.old)

    def forward(self) -> None:
        self.perform()

    def backward(self) -> None:
        from ..store.settings import set_light_rules

        self.ops.run(set_light_rules, self.old, expected=self.new)


class PlanFiguresCommand(StoreCommand):
    """The plan's own figures (计划数) changed: ``old`` and ``new`` hold only the figures that changed, each
    checked to hold what the step left before it is written again."""

    def __init__(self, ops: Operations, year: int, old: dict, new: dict) -> None:
        super().__init__(ops, QCoreApplication.translate("Undo", "修改%1年计划数").replace("%1", str(year)))
        self.year, self.old, self.new = year, old, new
        self.words = None  # what the figures were stated with before the step (the report's words): undo keeps them

    def arguments(self) -> dict:
        return {"year": self.year, "old": self.old, "new": self.new}

    def perform(self) -> None:
        from ..store.plan_figures import set_figures, words_of

        if self.words is None:
            self.words = words_of(self.ops.db, self.year)
        self.ops.run(set_figures, self.year, self.new, self.old)

    def forward(self) -> None:
        self.perform()

    def backward(self) -> None:
        from ..store.plan_figures import set_figures

        self.ops.run(set_figures, self.year, self.old, self.new, self.words)


class KeepReportCommand(StoreCommand):
    """A quarter's report kept as sent; undo takes it back, or puts back the one it replaced."""

    def __init__(self, ops: Operations, year: int, at, before: dict | None, text: str) -> None:
        super().__init__(ops, text)
        self.year, self.at, self.before = year, at, before

    def arguments(self) -> dict:
        return {"year": self.year, "at": self.at, "before": self.before, "text": self.text()}

    kept = None  # when this step kept its report: its undo takes back that one, not a colleague's kept since

    def perform(self) -> None:
        self.ops.run(reports.keep_report, self.year, self.at)
        self.kept = reports.kept_at(self.ops.db, self.year, self.at)

    def forward(self) -> None:
        self.perform()

    def backward(self) -> None:
        if self.before is None:
            self.ops.run(reports.drop_report, self.year, self.at, expected=self.kept)
        else:
            self.ops.run(reports.restore_report, self.before, expected=self.kept)


class AcceptFindingsCommand(StoreCommand):
    """数据检查 findings marked as right (标为无误), or the marks taken off; undo does the other, the notes
    they had put back."""

    def __init__(self, ops: Operations, year: int, findings: list, note: str | None, accept: bool) -> None:
        text = "标为无误" if accept else "取消无误标记"
        super().__init__(ops, QCoreApplication.translate("Undo", text))
        self.year, self.findings, self.note, self.accept = year, findings, note, accept

    def arguments(self) -> dict:
        return {"year": self.year, "findings": self.findings, "note": self.note, "accept": self.accept}

    def perform(self) -> None:
        from ..store.checks import accept_findings, unaccept_findings

        if self.accept:
            self.ops.run(accept_findings, self.year, self.findings, self.note)
        else:
            self.ops.run(unaccept_findings, self.year, self.findings)

    def forward(self) -> None:
        self.perform()

    def backward(self) -> None:
        from ..store.checks import restore_marks

        self.ops.run(restore_marks, self.year, self.findings)  # as they were: off, or on with their notes


class _AddRowCommand(StoreCommand):
    """A target or an indicator added by hand (store/plan_rows.py). Undone, it is taken out — unless a colleague
    changed it since (a Conflict: their figures are not deleted unseen); redone, put back with the same id, so
    later steps of the undo history still find it."""

    table = ""
    made: list[tuple[str, int]] = []  # what adding the row made with it (a new measure, its section): undone with it

    def add(self) -> int:  # pragma: no cover - each kind says
        raise NotImplementedError

    def perform(self) -> None:
        self.row_id = self.add()
        self.kept = plan_rows.held(self.ops.db, self.table, [self.row_id], self.made)

    def backward(self) -> None:
        self.kept, _ = self.ops.run(plan_rows.take_out, self.table, [self.row_id], self.kept, self.made)

    def forward(self) -> None:
        self.ops.run(plan_rows.put_back, self.table, self.kept)


class AddTargetCommand(_AddRowCommand):
    table = "measure_target"

    def __init__(self, ops: Operations, measure_id: int | None, text: str, fields: dict[str, Any] | None = None,
                 new_measure: dict[str, Any] | None = None) -> None:
        named = text or (new_measure or {}).get("title", "")  # a new measure with no wording is its own target
        super().__init__(ops, QCoreApplication.translate("Undo", "新增目标“%1”").replace("%1", named))
        self.measure_id, self.text_, self.fields, self.new_measure = measure_id, text, fields or {}, new_measure

    def arguments(self) -> dict:
        return {"measure_id": self.measure_id, "text": self.text_, "fields": self.fields,
                "new_measure": self.new_measure}

    def add(self) -> int:
        row_id, cs = self.ops.run(plan_rows.add_target, self.measure_id, self.text_, self.fields, self.new_measure)
        self.made = [(kind, i) for kind in ("measure", "section") for i in cs.inserted.get(kind, ())]
        return row_id


class AddIndicatorCommand(_AddRowCommand):
    table = "indicator_year"

    def __init__(self, ops: Operations, year: int, name: str, unit: str | None = None, target: str | None = None,
                 binding: bool | None = None) -> None:
        super().__init__(ops, QCoreApplication.translate("Undo", "新增指标“%1”").replace("%1", name))
        self.values = {"year": year, "name": name, "unit": unit, "target": target, "binding": binding}

    def arguments(self) -> dict:
        return dict(self.values)

    def add(self) -> int:
        v = self.values
        row_id, _ = self.ops.run(plan_rows.add_indicator, v["year"], v["name"], v["unit"], v["target"], v["binding"])
        return row_id


class RemoveRowsCommand(StoreCommand):
    """Targets, measures, sections or indicators deleted (a target imported twice, an indicator dropped from the
    year's table); undone, put back whole — the same ids, a target's quarters' steps with it, and a measure its
    last target's deletion took."""

    def __init__(self, ops: Operations, table: str, ids: list[int], text: str) -> None:
        super().__init__(ops, text)
        self.table, self.ids, self.kept = table, list(ids), None

    def arguments(self) -> dict:
        return {"table": self.table, "ids": self.ids, "text": self.text()}

    def perform(self) -> None:
        self.kept, _ = self.ops.run(plan_rows.take_out, self.table, self.ids, emptied=True)

    def forward(self) -> None:
        self.kept, _ = self.ops.run(plan_rows.take_out, self.table, self.ids, self.kept, emptied=True)

    def backward(self) -> None:
        self.ops.run(plan_rows.put_back, self.table, self.kept)


_KEPT_WHILE_WAITING = (EditCommand, AddProjectCommand, ListProjectCommand, RemoveProjectsCommand, MergeProjectsCommand,
                       DetailsCommand, LightRulesCommand, KeepReportCommand, AcceptFindingsCommand, AddTargetCommand,
                       AddIndicatorCommand, RemoveRowsCommand, PlanFiguresCommand)


def from_journal(ops: Operations, entry: dict) -> StoreCommand:
    """A command kept while it waited for the connection (`StoreCommand.journal`), made again; ValueError
    when the entry names no such command or its arguments do not fit."""
    cls = next((c for c in _KEPT_WHILE_WAITING if c.__name__ == entry.get("kind")), None)
    if cls is None:
        raise ValueError(f"no command {entry.get('kind')!r}")
    try:
        return cls(ops, **entry["args"])
    except TypeError as exc:
        raise ValueError(str(exc)) from exc


def push(ops: Operations, command) -> bool:
    """Run a command's first change; push it only if that succeeded.

    A conflict (someone changed the row meanwhile) asks the planner which value
    to keep; a lost connection, or another writer holding the plan past a moment's wait (a colleague's long
    import), keeps the change and writes it later. With changes kept already, it goes behind them: written
    before them, it would be undone by an older one of the same field."""
    if ops.pending:
        _after_kept(command, ops.pending)
        ops.keep_for_retry(command, ops.waiting_for or "connection")
        return command in ops.retry_pending()
    try:
        with writers_wait(WINDOW_WAIT_S):
            command.perform()
    except changes.Conflict as exc:
        if isinstance(command, EditCommand) and exc.current is not None:
            if ops.resolve_conflict(command, exc):
                return push(ops, command)
        else:  # no values to choose between (a list of 节点, the rules): said, theirs kept
            ops.failed.emit(QCoreApplication.translate("Undo", "未能写入（%1）").replace("%1", command.text())
                            + QCoreApplication.translate("Undo", "：") + conflict_text(exc))
        ops.changed.emit(_touched(command))  # show the current values
        return False
    except changes.Cancelled:
        return False  # stopped by the planner: rolled back, nothing to say but what the caller says
    except (changes.EditError, ValueError) as exc:
        ops.failed.emit(str(exc))
        return False
    except Exception as exc:
        if ops.is_connection_error(exc) or writer_busy(exc):
            ops.keep_for_retry(command, "writer" if writer_busy(exc) else "connection")
            return False
        said = refusal_text(exc)  # the file or its disk refused it (full, read-only): rolled back, said so
        if said is None:
            raise
        ops.failed.emit(said)
        return False
    ops.undo_stack.push(command)
    return True


def _after_kept(command, kept: list) -> None:
    """An edit made while earlier ones wait to be written finds, when its turn comes, their values in its fields,
    not those it was made over (the value read, where the edit was made in a dialog or a paste): it expects
    those, as the planner's own edits one after the other would, not a conflict with itself."""
    edits = getattr(command, "edits", ())
    if not edits:
        return
    left = kept_values(kept)
    for e in edits:
        e.old = left.get((e.table, e.row_id, e.field), e.old)


def kept_values(kept: list) -> dict[tuple[str, int, str], object]:
    """Each field's value once the changes kept are written, (table, row id, field) → value, the latest last (one
    pass: a paste of 50,000 cells kept behind another looked each cell up in all of the other's)."""
    return {(k.table, k.row_id, k.field): k.new for c in kept for k in getattr(c, "edits", ())}


def conflict_text(exc: "changes.Conflict") -> str:
    """Why a step could not be undone or redone, naming the row as the planner knows it, not by its id."""
    current = exc.current
    if current is None:
        return QCoreApplication.translate("Undo", "它已被他人删除")
    label = current.get("name") or current.get("title") or current.get("text")
    if "on_list" in current:  # (a move on or off the year's list: store.changes.set_on_list)
        return QCoreApplication.translate("Undo", "同事此后又调整了“%1”是否列入计划，保留同事的调整").replace(
            "%1", str(label))
    if not label:
        return QCoreApplication.translate("Undo", "同事已修改了同一处，保留同事的修改")
    return QCoreApplication.translate("Undo", "同事已修改了“%1”的同一处，保留同事的修改").replace("%1", str(label))


def _touched(command) -> "changes.ChangeSet":
    cs = changes.ChangeSet()
    for e in getattr(command, "edits", []):
        cs.note("updated", e.table, e.row_id)
    return cs
