"""The plan database: SQLAlchemy 2 typed models.

One database holds several plan years. A key project is one row for its whole
life; its membership of each year's list (with that year's nature and planned
investment) is a :class:`PlanEntry`, so a 续建 project carries into the next
plan with its history. Money is stored in 亿元 everywhere; importers convert.

Editable rows carry ``version`` (SQLAlchemy's version counter) so that an edit
made on a stale copy is refused instead of silently overwriting.

The schema is changed only through Alembic migrations in ``db/versions``; a
test checks that these models and the newest migration agree.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from ..domain.quarter import Quarter

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class QuarterType(TypeDecorator):
    """A :class:`Quarter` stored as its running index (year*4 + q-1).

    An integer sorts and compares in SQL on SQLite and PostgreSQL alike.
    """

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if isinstance(value, Quarter):
            return value.index
        return int(value)

    def process_result_value(self, value, dialect):
        return None if value is None else Quarter.from_index(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Versioned:
    """Rows a planner edits: a version counter refuses stale writes."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    updated_at: Mapped[dt.datetime | None] = mapped_column(
        DateTime(timezone=True), default=func.now(), onupdate=func.now()
    )

    @declared_attr.directive
    def __mapper_args__(cls):
        return {"version_id_col": cls.__table__.c.version}


# -- the plan -----------------------------------------------------------------
class Plan(Base):
    __tablename__ = "plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    jurisdiction: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    document_number: Mapped[str | None] = mapped_column(String(100))
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    issuing_office: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("jurisdiction", "year"),)


class StatedFigure(Base):
    """A figure the plan text states about itself ("65个重点项目", "约束性指标7项"),
    kept apart from the rows so the app can show listed vs stated."""

    __tablename__ = "stated_figure"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False)
    key: Mapped[str] = mapped_column(String(100), nullable=False)
    value: Mapped[float] = mapped_column(Float, nullable=False)
    unit: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("plan_id", "key"),)


class QuarterTarget(Base):
    """Plan-level quarterly targets: how many starts and completions, how much investment."""

    __tablename__ = "quarter_target"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False)
    quarter: Mapped[Quarter] = mapped_column(QuarterType, nullable=False)
    starts: Mapped[int | None] = mapped_column(Integer)
    completions: Mapped[int | None] = mapped_column(Integer)
    investment: Mapped[float | None] = mapped_column(Float)  # 亿元
    text: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("plan_id", "quarter"),)


# -- where --------------------------------------------------------------------
class Zone(Base):
    """东部 / 中部 / 西部, and 全区 for district-wide work."""

    __tablename__ = "zone"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False, unique=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    areas: Mapped[list["Area"]] = relationship(back_populates="zone", order_by="Area.sort_order")


class Area(Versioned, Base):
    """板块 / 片区 / 园区: a user-editable list, each in a zone."""

    __tablename__ = "area"
    id: Mapped[int] = mapped_column(primary_key=True)
    zone_id: Mapped[int] = mapped_column(ForeignKey("zone.id"), nullable=False)
    name: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    kind: Mapped[str | None] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    note: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    zone: Mapped[Zone] = relationship(back_populates="areas")


# -- key projects -------------------------------------------------------------
class KeyProject(Versioned, Base):
    __tablename__ = "key_project"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(50), unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_key: Mapped[str] = mapped_column(String(200), nullable=False, index=True)
    project_class: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str | None] = mapped_column(Text)  # 建设内容及规模
    construction_years: Mapped[str | None] = mapped_column(Text)  # 建设起止年限
    total_investment: Mapped[float | None] = mapped_column(Float)  # 亿元
    owner: Mapped[str | None] = mapped_column(Text)
    responsible_unit: Mapped[str | None] = mapped_column(Text)
    leader: Mapped[str | None] = mapped_column(Text)
    contact: Mapped[str | None] = mapped_column(Text)  # 责任人 / 联系人 and phone, as the table gives them
    location: Mapped[str | None] = mapped_column(Text)  # 建设地点, as the list gives it
    partner_units: Mapped[str | None] = mapped_column(Text)  # 配合单位
    zone_id: Mapped[int | None] = mapped_column(ForeignKey("zone.id"), index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    # schedule: quarters, with the day where known and the text as written
    planned_start: Mapped[Quarter | None] = mapped_column(QuarterType)
    planned_start_date: Mapped[dt.date | None] = mapped_column(Date)
    planned_start_text: Mapped[str | None] = mapped_column(Text)
    actual_start: Mapped[Quarter | None] = mapped_column(QuarterType)
    actual_start_date: Mapped[dt.date | None] = mapped_column(Date)
    planned_completion: Mapped[Quarter | None] = mapped_column(QuarterType)
    planned_completion_date: Mapped[dt.date | None] = mapped_column(Date)
    planned_completion_text: Mapped[str | None] = mapped_column(Text)
    actual_completion: Mapped[Quarter | None] = mapped_column(QuarterType)
    actual_completion_date: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)

    zone: Mapped[Zone | None] = relationship()
    area: Mapped[Area | None] = relationship()
    entries: Mapped[list["PlanEntry"]] = relationship(back_populates="project", cascade="all, delete-orphan")
    milestones: Mapped[list["Milestone"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Milestone.sort_order"
    )
    investments: Mapped[list["QuarterInvestment"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="QuarterInvestment.quarter"
    )
    progress_notes: Mapped[list["ProgressNote"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="ProgressNote.id"
    )


class PlanEntry(Versioned, Base):
    """A key project on one year's list: that year's nature, level and planned investment."""

    __tablename__ = "plan_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False)
    project_id: Mapped[int] = mapped_column(ForeignKey("key_project.id", ondelete="CASCADE"), nullable=False,
                                            index=True)
    seq: Mapped[int | None] = mapped_column(Integer)
    nature: Mapped[str | None] = mapped_column(Text)  # 新开工 / 续建 / 计划完工 / 前期
    level: Mapped[str | None] = mapped_column(Text)  # 市级重点 / 区级重点 / 储备
    annual_investment: Mapped[float | None] = mapped_column(Float)  # 亿元
    # 截至上年底累计完成投资: what was invested before this year, as this year's table states it (亿元)
    invested_before: Mapped[float | None] = mapped_column(Float)
    on_list: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default="1")
    project: Mapped[KeyProject] = relationship(back_populates="entries")
    __table_args__ = (UniqueConstraint("plan_id", "project_id"),)


# Milestone.note of a quarter's goal set by a quarterly plan ("一季度形象进度目标"):
# an import replaces that milestone rather than adding another (store/import_quarters.py)
QUARTER_GOAL = "季度目标"


class Milestone(Versioned, Base):
    """A further milestone beyond start and completion: 投用, 主体完工, 前期手续 …"""

    __tablename__ = "milestone"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("key_project.id", ondelete="CASCADE"), nullable=False,
                                            index=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    planned_quarter: Mapped[Quarter | None] = mapped_column(QuarterType)
    planned_date: Mapped[dt.date | None] = mapped_column(Date)
    actual_quarter: Mapped[Quarter | None] = mapped_column(QuarterType)
    actual_date: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str | None] = mapped_column(Text)
    project: Mapped[KeyProject] = relationship(back_populates="milestones")


class QuarterInvestment(Versioned, Base):
    __tablename__ = "quarter_investment"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("key_project.id", ondelete="CASCADE"), nullable=False)
    quarter: Mapped[Quarter] = mapped_column(QuarterType, nullable=False)
    planned: Mapped[float | None] = mapped_column(Float)  # 亿元
    actual: Mapped[float | None] = mapped_column(Float)  # 亿元
    project: Mapped[KeyProject] = relationship(back_populates="investments")
    __table_args__ = (UniqueConstraint("project_id", "quarter"),)


class ProgressNote(Versioned, Base):
    """形象进度: what was seen on site, per quarter or date."""

    __tablename__ = "progress_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("key_project.id", ondelete="CASCADE"), nullable=False,
                                            index=True)
    quarter: Mapped[Quarter | None] = mapped_column(QuarterType)
    noted_on: Mapped[dt.date | None] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    project: Mapped[KeyProject] = relationship(back_populates="progress_notes")


class ListChange(Base):
    """A project added to or removed from a year's list: when and why. Append-only."""

    __tablename__ = "list_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False,
                                         index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("key_project.id", ondelete="CASCADE"), nullable=False,
                                            index=True)
    change: Mapped[str] = mapped_column(String(20), nullable=False)  # added / removed
    changed_on: Mapped[dt.date | None] = mapped_column(Date)
    reason: Mapped[str | None] = mapped_column(Text)
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), default=func.now())
    changed_by: Mapped[str | None] = mapped_column(Text)  # store.history.author: the role, or the desktop's user
    # the run that moved it (Database.tag): an undo of the move tells the planner's own later moves from others'
    run_tag: Mapped[str | None] = mapped_column(String(32))


# -- the work plan: sections, measures, targets -------------------------------
class Section(Base):
    """One of the plan's sections, (一)…(十一)."""

    __tablename__ = "section"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False)
    number: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    summary: Mapped[str | None] = mapped_column(Text)
    # the heading over the section in a list of two levels ("着力稳增长，推动经济持续回升向好" over "（一）扩大有效
    # 投资"), without its numbering; None in a plan of one level, as the report's (一)…(十一) are
    part: Mapped[str | None] = mapped_column(Text)
    measures: Mapped[list["Measure"]] = relationship(back_populates="section", order_by="Measure.seq")
    __table_args__ = (UniqueConstraint("plan_id", "number"),)


class Measure(Versioned, Base):
    """举措: a measure of a section, with its responsible unit and quarter where stated."""

    __tablename__ = "measure"
    id: Mapped[int] = mapped_column(primary_key=True)
    section_id: Mapped[int] = mapped_column(ForeignKey("section.id", ondelete="CASCADE"), nullable=False,
                                            index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    text: Mapped[str | None] = mapped_column(Text)
    responsible_unit: Mapped[str | None] = mapped_column(Text)
    quarter: Mapped[Quarter | None] = mapped_column(QuarterType)
    section: Mapped[Section] = relationship(back_populates="measures")
    targets: Mapped[list["MeasureTarget"]] = relationship(
        back_populates="measure", cascade="all, delete-orphan", order_by="MeasureTarget.seq"
    )


class MeasureTarget(Versioned, Base):
    """A quantified target of a measure, with its original wording."""

    __tablename__ = "measure_target"
    id: Mapped[int] = mapped_column(primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), nullable=False,
                                            index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)  # as written in the plan
    subject: Mapped[str | None] = mapped_column(Text)
    op: Mapped[str] = mapped_column(String(20), nullable=False)
    value: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(Text)
    responsible_unit: Mapped[str | None] = mapped_column(Text)
    partner_units: Mapped[str | None] = mapped_column(Text)  # 配合单位: the units working with the responsible one
    leader: Mapped[str | None] = mapped_column(Text)  # 牵头领导: the district leader the target answers to
    contact: Mapped[str | None] = mapped_column(Text)  # 责任人: the person at the unit, and phone
    quarter: Mapped[Quarter | None] = mapped_column(QuarterType)
    # the deadline in words where it names no one quarter ("持续推进", "每季度", "与主体工程同步")
    quarter_text: Mapped[str | None] = mapped_column(Text)
    actual: Mapped[float | None] = mapped_column(Float)
    actual_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)  # 备注: why it fell behind, what is left
    measure: Mapped[Measure] = relationship(back_populates="targets")
    steps: Mapped[list["TargetStep"]] = relationship(
        back_populates="target", cascade="all, delete-orphan", order_by="TargetStep.quarter")


class TargetStep(Versioned, Base):
    """A quarter's step of a target (季度分解: "一季度 0.3万户, 二季度 0.6万户 …"), as the task
    list gives it, and what that quarter's review says was done."""

    __tablename__ = "target_step"
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("measure_target.id", ondelete="CASCADE"), nullable=False)
    quarter: Mapped[Quarter] = mapped_column(QuarterType, nullable=False)
    text: Mapped[str | None] = mapped_column(Text)  # the step as written ("完成方案设计", "0.6万户")
    value: Mapped[float | None] = mapped_column(Float)  # its figure, where it has one
    actual_text: Mapped[str | None] = mapped_column(Text)  # what the quarter's review says was done
    actual: Mapped[float | None] = mapped_column(Float)
    target: Mapped[MeasureTarget] = relationship(back_populates="steps")
    __table_args__ = (UniqueConstraint("target_id", "quarter"),)


# -- indicators ---------------------------------------------------------------
class Indicator(Base):
    """An indicator of the plan's tables (附件1/附件2), across years."""

    __tablename__ = "indicator"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    name_key: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    category: Mapped[str | None] = mapped_column(Text)
    unit: Mapped[str | None] = mapped_column(Text)
    years: Mapped[list["IndicatorYear"]] = relationship(
        back_populates="indicator",
        foreign_keys="IndicatorYear.indicator_id",
        cascade="all, delete-orphan",
        order_by="IndicatorYear.year",
    )


class IndicatorYear(Versioned, Base):
    """One indicator in one year's table: target, actual and status."""

    __tablename__ = "indicator_year"
    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    seq: Mapped[int | None] = mapped_column(Integer)
    binding: Mapped[bool | None] = mapped_column(Boolean)  # True 约束性, False 预期性, None not stated
    target_text: Mapped[str | None] = mapped_column(Text)
    target_op: Mapped[str | None] = mapped_column(String(20))
    target_value: Mapped[float | None] = mapped_column(Float)
    target_unit: Mapped[str | None] = mapped_column(Text)
    actual: Mapped[float | None] = mapped_column(Float)
    actual_text: Mapped[str | None] = mapped_column(Text)
    previous_actual: Mapped[float | None] = mapped_column(Float)
    previous_actual_text: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(Text)  # 完成 / 未完成 / 调整
    status_reason: Mapped[str | None] = mapped_column(Text)
    responsible_unit: Mapped[str | None] = mapped_column(Text)  # 牵头单位 / 责任单位, as the year's table names it
    partner_units: Mapped[str | None] = mapped_column(Text)  # 配合单位
    notes: Mapped[str | None] = mapped_column(Text)  # 备注
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("indicator.id"))
    source: Mapped[str | None] = mapped_column(Text)
    indicator: Mapped[Indicator] = relationship(back_populates="years", foreign_keys=[indicator_id])
    replaced_by: Mapped[Indicator | None] = relationship(foreign_keys=[replaced_by_id])
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)


def indicator_order() -> tuple:
    """The order of a year's indicator table wherever it shows (the table, its export, the dashboard, 数据检查): by
    its 序号, rows without one first (as SQLite sorts NULL; PostgreSQL would put them last), then in the order they
    were entered — a table's order, or the report's: 地区生产总值 first, not the names' code points."""
    return IndicatorYear.seq.is_not(None), IndicatorYear.seq, IndicatorYear.id


# -- the record of schedule changes --------------------------------------------
class ScheduleChange(Base):
    """One change of a field that decides a project's light (a planned or actual quarter, an investment):
    the values before and after as shown, when, by whom, and how ("edit", "import", "import_undone").
    Append-only; written in the transaction of the change itself (store/history.py)."""

    __tablename__ = "schedule_change"
    # the first revision of a field, for every project at once (history._first_revisions): grouped by field and row
    __table_args__ = (Index("ix_schedule_change_field_project_id", "field", "project_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("key_project.id", ondelete="CASCADE"), nullable=False,
                                            index=True)
    field: Mapped[str] = mapped_column(String(40), nullable=False)
    quarter: Mapped[Quarter | None] = mapped_column(QuarterType)  # of a quarter's investment
    year: Mapped[int | None] = mapped_column(Integer)  # of a year's planned investment
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    changed_by: Mapped[str | None] = mapped_column(Text)
    how: Mapped[str] = mapped_column(String(20), nullable=False)


class TargetChange(Base):
    """One change of a quantified target of the plan's measures (its words, figure, deadline, units, the actual
    reported, and since 0023 its quarterly steps and their reviews): as :class:`ScheduleChange` is for a project,
    what it was before, when, by whom and how. A revised task list (重点任务调整表) moves deadlines as a revised
    project list moves dates."""

    __tablename__ = "target_change"
    __table_args__ = (Index("ix_target_change_field_target_id", "field", "target_id"),)  # (as schedule_change's)
    id: Mapped[int] = mapped_column(primary_key=True)
    target_id: Mapped[int] = mapped_column(ForeignKey("measure_target.id", ondelete="CASCADE"), nullable=False,
                                           index=True)
    field: Mapped[str] = mapped_column(String(40), nullable=False)
    quarter: Mapped[Quarter | None] = mapped_column(QuarterType)  # of a quarterly step ("step_text", "step_actual")
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    changed_by: Mapped[str | None] = mapped_column(Text)
    how: Mapped[str] = mapped_column(String(20), nullable=False)


# -- quarterly reports kept as sent --------------------------------------------
class KeptReport(Base):
    """A quarter's report as it was sent (上报存档): the rules its lights were judged by and its
    figures (JSON: the counts and the paragraph), so later corrections do not rewrite it."""

    __tablename__ = "kept_report"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False)
    quarter: Mapped[Quarter] = mapped_column(QuarterType, nullable=False)
    kept_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    kept_by: Mapped[str | None] = mapped_column(Text)
    rules: Mapped[str] = mapped_column(Text, nullable=False)  # LightRules as JSON
    figures: Mapped[str] = mapped_column(Text, nullable=False)  # JSON
    __table_args__ = (UniqueConstraint("plan_id", "quarter"),)


class KeptProject(Base):
    """One listed project in a kept report: its light then, what it had invested in the year by the
    quarter's end, and the quarters it had started and completed by then."""

    __tablename__ = "kept_project"
    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("kept_report.id", ondelete="CASCADE"), nullable=False)
    project_id: Mapped[int] = mapped_column(ForeignKey("key_project.id", ondelete="CASCADE"), nullable=False,
                                            index=True)
    light: Mapped[str] = mapped_column(String(20), nullable=False)  # a Light's value
    invested: Mapped[float | None] = mapped_column(Float)  # 亿元 in the plan year, to the quarter's end
    actual_start: Mapped[Quarter | None] = mapped_column(QuarterType)
    actual_completion: Mapped[Quarter | None] = mapped_column(QuarterType)
    # the plan the light was judged against (database 0012); with_plan NULL: kept before, read today's plan
    planned_start: Mapped[Quarter | None] = mapped_column(QuarterType)
    planned_completion: Mapped[Quarter | None] = mapped_column(QuarterType)
    annual_investment: Mapped[float | None] = mapped_column(Float)
    with_plan: Mapped[bool | None] = mapped_column(Boolean)
    __table_args__ = (UniqueConstraint("report_id", "project_id"),)


# -- 数据检查 findings marked as right ------------------------------------------
class AcceptedFinding(Base):
    """A 数据检查 finding a planner marked as right (标为无误): the plan's own exception — 老鼓楼衙署遗址公园谯楼
    is a work of its own beside the park — not counted again while it is worded the same. A changed figure
    words it anew, and it is a finding again."""

    __tablename__ = "accepted_finding"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), nullable=False)
    kind: Mapped[str] = mapped_column(String(40), nullable=False)  # the check, a key of store.checks.CHECKS
    subject: Mapped[str] = mapped_column(String(40), nullable=False)  # "project:12", "target:5", "indicator:7"
    message: Mapped[str] = mapped_column(Text, nullable=False)  # the finding as worded (Chinese) when marked
    note: Mapped[str | None] = mapped_column(Text)  # why it is right, for the colleague who looks next
    accepted_by: Mapped[str | None] = mapped_column(Text)
    accepted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    __table_args__ = (UniqueConstraint("plan_id", "kind", "subject", "message"),)


# -- settings shared by everyone using this database --------------------------
class Setting(Base):
    """Preferences that belong to the plan, not to one desktop: the warning-light
    thresholds, the issuing office printed in footers. Values are JSON text."""

    __tablename__ = "setting"
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)
