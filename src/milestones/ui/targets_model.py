"""The 举措与目标 list: every quantified target of the plan's measures, with its original wording, its quarterly
steps and how it stands at the quarter judged."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy import select

from ..domain.numerals import chinese_numeral
from ..domain.quarter import Quarter
from ..domain.steps import Step, StepsError, parse_steps, quarter_word, step_figure, step_score, steps_text
from ..domain.target import OP_WORDS, Score, Target, plain_number, with_figure
from ..domain.units import by_mentions, units_named
from ..spreadsheet.measures import deadline_in_words
from ..store.changes import DETAIL_KINDS, ChangeSet
from ..store.dashboard import said_behind, target_standing
from ..store.history import TARGET_REVISIONS, deadlines_moved, target_changes, targets_reworded
from ..store.schema import Measure, MeasureTarget, Section, TargetChange, TargetStep
from .change_text import changes_tip
from .lang import language, quarter_label
from .operations import Operations
from .row_models import Column, Owned, RowTableModel, search_text, search_words
from .standings import STANDING_COLOURS, standing_word
from .undo import DetailsCommand, EditCommand, FieldEdit, push


@dataclass(frozen=True)
class TargetFilter:
    """What the 举措与目标 view shows: words anywhere in the row, a unit (responsible or working
    with), and a standing ("met" … as STANDING_WORDS, "behind": behind the quarter's step, or "deadline_moved": its
    deadline revised this plan year)."""
    text: str = ""
    unit: str = ""
    standing: str = ""


# the targets list narrowed to those revised this year (完成时限已调整, 目标已调整): their export is a 调整表
REVISIONS_LISTED = ("deadline_moved", "reworded")


class TargetsModel(RowTableModel):
    """Every quantified target of the plan's measures, with its original wording."""

    table = "measure_target"
    columns = [
        Column("section", "部分"), Column("measure", "举措"),
        Column("text", "目标（原文）", "text"), Column("subject", "指标对象", "subject"),
        Column("op_label", "方式"), Column("value", "目标值", "value", "number"),
        Column("unit", "单位", "unit"), Column("quarter", "季度", "quarter", "quarter"),
        Column("steps", "季度安排", "steps", "steps"),
        # what was done beside what was set, so a row is read without scrolling across; who does it after
        Column("actual", "完成值", "actual", "figure"), Column("status", "完成情况", "status"),
        Column("standing", "评价"),
        Column("responsible_unit", "责任单位", "responsible_unit"),
        Column("partner_units", "配合单位", "partner_units"), Column("contact", "责任人", "contact"),
        Column("leader", "牵头领导", "leader"), Column("notes", "备注", "notes"),
    ]
    # a title misread from the report is put right where it shows, once for all the measure's (section's) rows
    owned = {"measure": Owned("measure", "measure_id", "title", "measure", "measure_version", "举措名称不能为空",
                              "修改举措名称“%1”"),
             "section": Owned("section", "section_id", "title", "section_title", None, "部分名称不能为空",
                              "修改部分名称“%1”")}

    def __init__(self, ops: Operations, year: int | None, parent=None, at: Quarter | None = None) -> None:
        self.year = year
        self._changes: dict[int, list[dict]] = {}  # a target's recorded changes, read on hover
        self._revised_font = QFont()
        self._revised_font.setItalic(True)
        self.at = at  # the quarter the targets are judged at (the dashboard's): due by then or not
        self.section_id: int | None = None
        self.section_ids: tuple[int, ...] | None = None  # the sections under a heading chosen in the navigation
        self.filter = TargetFilter()
        super().__init__(ops, parent)

    def set_section(self, section_id: int | None, section_ids: tuple[int, ...] | None = None) -> None:
        """One section's targets, or with ``section_ids`` those of the sections under one heading (kept by id: a
        rename of the heading, or its undo, leaves the same rows shown), or with neither every section's."""
        self.section_id, self.section_ids = section_id, section_ids
        self.reload()

    def set_at(self, at: Quarter | None) -> None:
        if at != self.at:
            self.at = at
            self.reload()

    def keep(self, row):
        f = self.filter
        if f.unit and f.unit not in row["units"]:
            return False
        if f.standing == "behind":
            if not row["behind_at"]:
                return False
        elif f.standing in REVISIONS_LISTED:  # revised this year: not a standing of its own
            if not row[f.standing]:
                return False
        elif f.standing and row["standing"] != f.standing:
            return False
        return all(word in row["haystack"] for word in search_words(f.text))

    def units(self) -> list[str]:
        """The units named as responsible or working with, the most often named first."""
        return by_mentions([r["units"] for r in self.all_rows])

    def load(self):
        from ..store.project_rows import plan_id_for

        with self.ops.db.read() as s:
            plan_id = plan_id_for(s, self.year)
            q = (select(MeasureTarget, Measure, Section).select_from(MeasureTarget)
                 .join(Measure, Measure.id == MeasureTarget.measure_id).join(Section, Section.id == Measure.section_id)
                 .where(Section.plan_id == plan_id).order_by(Section.number, Measure.seq, MeasureTarget.seq))
            if self.section_id is not None:
                q = q.where(Section.id == self.section_id)
            elif self.section_ids is not None:
                q = q.where(Section.id.in_(self.section_ids))
            rows = s.execute(q).all()
            at = self.at or (Quarter(self.year, 4) if self.year else None)
            steps: dict[int, list[dict[str, Any]]] = {}
            revised: dict[int, set[str]] = {}  # the columns with a recorded change (修改记录), read on hover
            ids = [t.id for t, _m, _sec in rows]
            for c in range(0, len(ids), 500):
                for st in s.scalars(select(TargetStep).where(TargetStep.target_id.in_(ids[c:c + 500]))
                                    .order_by(TargetStep.quarter)):
                    steps.setdefault(st.target_id, []).append({f: getattr(st, f) for f in DETAIL_KINDS["steps"][1]})
                for tid, field in s.execute(select(TargetChange.target_id, TargetChange.field).distinct()
                                            .where(TargetChange.target_id.in_(ids[c:c + 500]))):
                    # a quarter's step or review ("step_text", "step_actual"): the 季度安排 cell's
                    revised.setdefault(tid, set()).add("steps" if field.startswith("step_") else field)
            self._changes.clear()
            moved = deadlines_moved(s, self.year) if self.year else set()
            reworded = targets_reworded(s, self.year) if self.year else set()
            return [{
                "id": t.id, "version": t.version, "section": f"({chinese_numeral(sec.number)}) {sec.title}", "measure": m.title,
                "section_id": sec.id, "section_title": sec.title, "part": sec.part,
                "measure_text": m.text, "measure_id": m.id, "measure_version": m.version,
                "text": t.text, "subject": t.subject, "op": t.op, "op_label": QCoreApplication.translate("Targets", OP_WORDS.get(t.op, t.op)),
                "value": t.value, "unit": t.unit, "quarter": t.quarter, "quarter_text": t.quarter_text,
                "responsible_unit": t.responsible_unit,
                "partner_units": t.partner_units, "contact": t.contact, "leader": t.leader, "actual": t.actual, "actual_text": t.actual_text,
                "status": t.status, "notes": t.notes, "steps": steps.get(t.id, []),
                "revised": revised.get(t.id, set()), "deadline_moved": t.id in moved,
                "reworded": t.id in reworded,
                # judged once here, not on every paint of the cell
                "steps_shown": steps_text([Step(**st) for st in steps.get(t.id, [])], self.year,
                                          english=language() == "en"),
                "steps_behind": any(step_score(Step(**st), t.op, t.unit) is Score.NOT_MET for st in steps.get(t.id, [])),
                # behind the step of the quarter judged at, as the dashboard's 落后于安排 counts it
                "behind_at": any(st["quarter"] == at and step_score(Step(**st), t.op, t.unit) is Score.NOT_MET
                                 for st in steps.get(t.id, [])) or (at is not None and said_behind(t, self.year, at)),
                "standing": target_standing(t, self.year, at) if at is not None else None,
                "units": units_named(t.responsible_unit or m.responsible_unit, t.partner_units),
                "haystack": search_text(sec.part, m.title, t.text, t.subject, t.responsible_unit or m.responsible_unit,
                                         t.partner_units, t.contact,
                                         t.leader, t.notes, t.actual_text, t.status, t.quarter_text,
                                         *(st["text"] for st in steps.get(t.id, []))),
            } for t, m, sec in rows]

    def _on_changed(self, cs: ChangeSet) -> None:
        if any(cs.updated.get(t) or cs.inserted.get(t) or cs.deleted.get(t) for t in ("measure", "section")):
            self.reload()  # a measure's words or title, a section's title: every target row of it shows them
        else:
            super()._on_changed(cs)

    def set_measure_words(self, row: int | dict, words: str | None) -> bool:
        """What the measure of ``row`` (an index, or the row as read when the box opened: the list may have been
        read again since) does, as the planner writes it (the plan's paragraph, a list's 工作措施): one undo
        step; blank clears it."""
        r = self.rows[row] if isinstance(row, int) else row
        new = (words or "").strip() or None
        if new == r["measure_text"]:
            return True
        edit = FieldEdit("measure", r["measure_id"], "text", r["measure_text"], new, r["measure_version"])
        text = QCoreApplication.translate("Undo", "修改举措说明“%1”").replace("%1", r["measure"])
        return push(self.ops, EditCommand(self.ops, [edit], text))

    def display(self, row, col):
        if col.kind == "steps":
            return row["steps_shown"]
        if col.key == "quarter" and row["quarter"] is None and row["quarter_text"]:
            return row["quarter_text"]  # "持续推进", "每季度": the list's words, no one quarter
        if col.key == "standing":
            if row["standing"] == "not_due" and row["behind_at"]:  # not due, but behind its step or said behind pace
                return QCoreApplication.translate("Targets", "未到期，落后于安排")
            return standing_word(row["standing"]) if row["standing"] else ""
        return super().display(row, col)

    def owned_value(self, key: str, value: Any) -> Any:
        if key == "section":  # typed with its number, as shown: the number is the plan's order, not the title
            from ..store.import_match import strip_section_number

            value = strip_section_number(str(value or ""))  # "（二）" alone is no title
        return super().owned_value(key, value)

    def _owned_edit(self, row: dict[str, Any], key: str, value: Any) -> FieldEdit | None:
        """A title typed that another measure (section) of the plan has already moves the row's target (the row's
        measure) there: two measures of one name are never meant — a planner typing row by row, as in a
        spreadsheet, means this row's target belongs to that measure."""
        edit = super()._owned_edit(row, key, value)
        if edit is None:
            return None
        other = self._titled(key, edit.new, row)
        if other is None:
            return edit
        if key == "measure":
            return FieldEdit("measure_target", row["id"], "measure_id", row["measure_id"], other, row["version"])
        return FieldEdit("measure", row["measure_id"], "section_id", row["section_id"], other, row["measure_version"])

    def _worded_alike(self, row: dict[str, Any]) -> bool:
        """Whether another target of the row's measure has the row's words: one sentence read as two targets
        ("高层次人才100名、急需紧缺优秀人才300名"), each judged by its own figure."""
        with self.ops.db.read() as s:
            return s.scalar(select(MeasureTarget.id).where(
                MeasureTarget.measure_id == row["measure_id"], MeasureTarget.text == row["text"],
                MeasureTarget.id != row["id"]).limit(1)) is not None

    def _titled(self, key: str, title: str, row: dict[str, Any]) -> int | None:
        """Another measure of the plan (of the row's section first) or another section titled ``title``, or None."""
        from ..store.plan_document import name_key
        from ..store.project_rows import plan_id_for

        wanted = name_key(title)
        with self.ops.db.read() as s:
            plan_id = plan_id_for(s, self.year)
            if key == "section":
                titles = s.execute(select(Section.id, Section.title).where(Section.plan_id == plan_id))
                found = [sid for sid, t in titles if name_key(t) == wanted and sid != row["section_id"]]
                return found[0] if found else None
            found = [(sid != row["section_id"], mid) for mid, t, sid in s.execute(
                select(Measure.id, Measure.title, Measure.section_id).join(Section, Section.id == Measure.section_id)
                .where(Section.plan_id == plan_id)) if name_key(t) == wanted and mid != row["measure_id"]]
            return min(found)[1] if found else None

    def _owned_text(self, col: Column, edit: FieldEdit, value: Any) -> str:
        if edit.field == "measure_id":
            return QCoreApplication.translate("Undo", "把目标移到举措“%1”").replace("%1", str(value).strip())
        if edit.field == "section_id":
            return QCoreApplication.translate("Undo", "把举措移到部分“%1”").replace("%1", self.owned_value("section", value))
        return super()._owned_text(col, edit, value)

    def setData(self, index, value, role=Qt.EditRole) -> bool:
        if role != Qt.EditRole or not index.isValid() or self.columns[index.column()].kind != "steps":
            return super().setData(index, value, role)
        row = self.rows[index.row()]
        try:
            planned = self._planned_steps(str(value or ""))
        except ValueError as exc:
            return self._refused(index, row, "steps", exc)
        self._errors.pop((row["id"], "steps"), None)
        # the planned words are what was typed; each quarter's review stays on its quarter
        held = {st["quarter"]: st for st in row["steps"]}
        new = []
        for q in sorted(set(planned) | {q for q, st in held.items() if st["actual"] is not None or st["actual_text"]}):
            done = held.get(q, {})
            new.append({"quarter": q, "text": planned.get(q), "value": step_figure(planned.get(q), row["unit"]),
                        "actual": done.get("actual"), "actual_text": done.get("actual_text")})
        if new == row["steps"]:
            return True
        text = QCoreApplication.translate("Undo", "修改季度安排")
        return self._pushed(DetailsCommand(self.ops, row["id"], "steps", row["steps"], new, text), row, "steps", value)

    def _planned_steps(self, text: str) -> dict[Quarter, str]:
        try:
            pairs = parse_steps(text, self.year)
        except StepsError as exc:
            raise ValueError(_step_error(exc, self.year)) from None
        for q, _said in pairs:
            if self.year is not None and q.year != self.year:
                raise ValueError(QCoreApplication.translate("Edit", "季度安排只填%1年的季度").replace("%1", str(self.year)))
        return dict(pairs)

    def data(self, index, role=Qt.DisplayRole):
        if self.waiting and (waiting := self.waiting_data(index, role)) is not None:
            return waiting
        if role in (Qt.ToolTipRole, Qt.FontRole) and index.isValid() and index.row() < len(self.rows):
            row, key = self.rows[index.row()], self.columns[index.column()].key
            if key in row["revised"] and (row["id"], key) not in self._errors:
                if role == Qt.FontRole:  # revised since first given: set apart, as a project's moved dates are
                    # what its standing turns on, and what a 调整表 gives before and after (目标已调整 lists them)
                    if key in ("quarter", "value", "actual", "steps", *TARGET_REVISIONS):
                        return self._revised_font
                elif key != "steps" and (said := self._changes_of(row, key)):  # (the steps' own tip says them)
                    if key == "quarter" and row["quarter"] is not None and row.get("quarter_text"):
                        said += "\n" + QCoreApplication.translate("Targets", "表中原文：%1").replace(
                            "%1", row["quarter_text"])
                    return said
        if role == Qt.EditRole and index.isValid() and self.columns[index.column()].kind == "steps":
            return self.display(self.rows[index.row()], self.columns[index.column()])  # edited as shown
        if role == Qt.EditRole and index.isValid() and self.columns[index.column()].key == "quarter" \
                and self.rows[index.row()]["quarter"] is None:
            return self.rows[index.row()].get("quarter_text") or ""  # the words, edited as shown
        if role == Qt.ForegroundRole and index.isValid() and self.columns[index.column()].key == "quarter" \
                and self.rows[index.row()]["quarter"] is None:
            return QBrush(QColor("#6b6b6b"))  # words, not a quarter: as the project list shows a plan's words
        if role == Qt.ToolTipRole and index.isValid() and self.columns[index.column()].key == "quarter" \
                and self.rows[index.row()]["quarter"] is not None and self.rows[index.row()].get("quarter_text") \
                and (self.rows[index.row()]["id"], "quarter") not in self._errors:
            # "2024年6月，持续推进": the quarter shown, the words it was read from on asking
            return QCoreApplication.translate("Targets", "表中原文：%1").replace(
                "%1", self.rows[index.row()]["quarter_text"])
        if role == Qt.EditRole and index.isValid() and self.columns[index.column()].key == "section":
            return self.rows[index.row()]["section_title"]  # its title; "(二)" is its place in the plan
        if role == Qt.ToolTipRole and index.isValid() and self.columns[index.column()].kind == "steps":
            row = self.rows[index.row()]
            if (row["id"], "steps") in self._errors:
                return self._errors[(row["id"], "steps")]
            said = _steps_tip([Step(**st) for st in row["steps"]], self.year, row["unit"], row["op"])
            if "steps" in row["revised"] and (changed := self._changes_of(row, "steps")):
                said = f"{said}\n\n{changed}" if said else changed  # a unit's review corrected, a step rewritten
            return said
        if role == Qt.BackgroundRole and index.isValid() and self.columns[index.column()].kind == "steps":
            row = self.rows[index.row()]
            if (row["id"], "steps") not in self._errors and row["steps_behind"]:
                return QBrush(QColor("#fde2c8"))  # a quarter's review below its step: behind
        if role == Qt.BackgroundRole and index.isValid() and self.columns[index.column()].key == "standing":
            row = self.rows[index.row()]
            colour = "#fde2c8" if row["standing"] == "not_due" and row["behind_at"] else \
                STANDING_COLOURS.get(row["standing"])
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ToolTipRole and index.isValid() and self.columns[index.column()].key == "section" \
                and self.rows[index.row()]["part"] and (self.rows[index.row()]["id"], "section") not in self._errors:
            row = self.rows[index.row()]  # the heading over the section, in a list of two levels
            return f"{row['part']}\n{row['section']}"
        if role == Qt.ToolTipRole and index.isValid() and self.columns[index.column()].key == "standing":
            at = self.at or (Quarter(self.year, 4) if self.year else None)
            return QCoreApplication.translate("Targets", "截至%1").replace("%1", quarter_label(at)) if at else None
        if role == Qt.ToolTipRole and index.isValid() and self.columns[index.column()].key == "measure" \
                and (self.rows[index.row()]["id"], "measure") not in self._errors:  # a title refused: why, first
            row = self.rows[index.row()]
            title, text = row["measure"], row.get("measure_text")
            if text and text.startswith(title):  # the plan's paragraph opens with the measure's name
                return f"<p><b>{escape(title)}</b>{escape(text[len(title):])}</p>".replace("\n", "<br>")
            if text:  # what the plan (or the 工作措施 of a task list) says the measure does
                return f"<p><b>{escape(title)}</b></p><p>{escape(text)}</p>".replace("\n", "<br>")
        return super().data(index, role)

    def _changes_of(self, row: dict[str, Any], key: str) -> str | None:
        """A cell's recorded changes, the latest first (a deadline moved by a revised task list, a figure
        corrected): read on hover, kept until the list is read again."""
        if row["id"] not in self._changes:
            with self.ops.db.read() as s:
                self._changes[row["id"]] = target_changes(s, [row["id"]]).get(row["id"], [])
        mine = [c for c in self._changes[row["id"]]
                if c["field"] == key or key == "steps" and c["field"].startswith("step_")]
        return changes_tip(mine, lambda n: QCoreApplication.translate("Changes", "共%n次修改", "", n),
                           named=key == "steps")

    def parse(self, col, value, row):
        if col.field == "quarter":
            text = str(value or "").strip()
            if text and deadline_in_words(text):
                return {"quarter": None, "quarter_text": text}
            return {**super().parse(col, value, row), "quarter_text": None}
        if col.field == "text":
            if not str(value or "").strip():
                raise ValueError(QCoreApplication.translate("Edit", "目标原文不能为空"))
            t = Target.parse(value)
            out = {"text": t.text, "op": t.op, "value": t.value, "unit": t.unit}
            if row.get("subject") in (None, Target.parse(row["text"]).subject):  # never typed by hand: follows
                out["subject"] = t.subject
            return out
        if col.field == "value" and row.get("text"):
            out = super().parse(col, value, row)
            # the words follow the figure typed ("新增市场主体8000户" → 9000户): what the list, the 调整表 and the
            # printed plan say is the figure it is judged by (left as written where that would be a guess, and where
            # the words are a sentence two targets were read from: "均增长12%左右" is said of both)
            if out["value"] != row["value"] and (said := with_figure(row["text"], row["value"], out["value"])) \
                    and not self._worded_alike(row):
                out["text"] = said
            return out
        return super().parse(col, value, row)


def _steps_tip(steps: list[Step], year: int | None, unit: str | None, op: str) -> str | None:
    """Each quarter's step and what its review says was done, a line each."""
    if not steps:
        return None
    english = language() == "en"
    lines = []
    for st in steps:
        line = f"{quarter_word(st.quarter, year, english)}{': ' if english else '：'}{st.text or '—'}"
        done = st.actual_text or (f"{plain_number(st.actual)}{unit or ''}" if st.actual is not None else None)
        if done:
            line += QCoreApplication.translate("Targets", "（完成：%1）").replace("%1", done)
        if step_score(st, op, unit) is Score.NOT_MET:
            line += QCoreApplication.translate("Targets", "，落后")
        lines.append(line)
    return "\n".join(lines)


def _step_error(exc: StepsError, year: int | None) -> str:
    """parse_steps' reason in the interface's language."""
    if exc.kind == "twice":
        said, source = quarter_word(exc.what, year, language() == "en"), "%1写了两次"
    else:
        said, source = exc.what, {"form": "“%1”应写成“一季度：完成……”", "quarter": "“%1”不是季度"}[exc.kind]
    return QCoreApplication.translate("Edit", source).replace("%1", str(said))
