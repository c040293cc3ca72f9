"""The quarter: the unit a district plan is scheduled in (一季度 … 四季度).

Planners write quarters in many ways; :func:`.schedule_cell.parse_schedule_cell` accepts all of the ones seen in
real tables and keeps the original text beside the result (a span: :mod:`.schedule_span`; the words around a date:
:mod:`.schedule_words`).
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

__all__ = ["Quarter", "QuarterParseError", "QUARTER_DIGITS"]


_ZH_QUARTER = {1: "一季度", 2: "二季度", 3: "三季度", 4: "四季度"}
QUARTER_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


class QuarterParseError(ValueError):
    """Text that is neither a quarter nor a project-nature word."""

    def __init__(self, text: object, reason: str = "") -> None:
        self.text, self.reason = text, reason
        msg = f"无法识别的季度/日期：“{text}”"
        if reason:
            msg += f"（{reason}）"
        msg += "；应为如 2024年一季度、2024Q1、2024年3月、2024-03-15"
        super().__init__(msg)


@dataclass(frozen=True, order=True, slots=True)
class Quarter:
    year: int
    q: int

    def __post_init__(self) -> None:
        if not 1 <= self.q <= 4:
            raise ValueError(f"quarter must be 1..4, not {self.q}")
        if not 1900 <= self.year <= 2999:
            raise ValueError(f"year out of range: {self.year}")

    # -- construction -------------------------------------------------
    @classmethod
    def from_index(cls, index: int) -> "Quarter":
        """Inverse of :attr:`index` (quarters counted from year 0)."""
        if cls is Quarter:
            return _quarter_at(index)
        return cls(index // 4, index % 4 + 1)

    @classmethod
    def from_month(cls, year: int, month: int) -> "Quarter":
        if not 1 <= month <= 12:
            raise ValueError(f"month must be 1..12, not {month}")
        return cls(year, (month - 1) // 3 + 1)

    @classmethod
    def from_date(cls, d: _dt.date) -> "Quarter":
        return cls.from_month(d.year, d.month)

    @classmethod
    def parse(cls, value: object) -> "Quarter":
        """Parse any quarter notation; raise :class:`QuarterParseError` otherwise."""
        from .schedule_cell import parse_schedule_cell  # (it builds on this module)

        cell = parse_schedule_cell(value)
        if cell.quarter is None:
            reason = "这是项目性质，不是季度" if cell.nature else "只有年份，没有季度" if cell.year else "空白"
            raise QuarterParseError(value, reason)
        return cell.quarter

    # -- arithmetic ---------------------------------------------------
    @property
    def index(self) -> int:
        """A running number: consecutive quarters differ by one."""
        return self.year * 4 + self.q - 1

    def __add__(self, n: int) -> "Quarter":
        if not isinstance(n, int):
            return NotImplemented
        return Quarter.from_index(self.index + n)

    def __sub__(self, other):
        if isinstance(other, Quarter):
            return self.index - other.index
        if isinstance(other, int):
            return Quarter.from_index(self.index - other)
        return NotImplemented

    @staticmethod
    def range(first: "Quarter", last: "Quarter") -> Iterator["Quarter"]:
        """Every quarter from ``first`` to ``last``, both included."""
        for i in range(first.index, last.index + 1):
            yield Quarter.from_index(i)

    # -- calendar -----------------------------------------------------
    @property
    def first_month(self) -> int:
        return self.q * 3 - 2

    @property
    def start_date(self) -> _dt.date:
        return _dt.date(self.year, self.first_month, 1)

    @property
    def end_date(self) -> _dt.date:
        last_month = self.q * 3
        day = 31 if last_month in (3, 12) else 30
        return _dt.date(self.year, last_month, day)

    # -- labels -------------------------------------------------------
    @property
    def label_zh(self) -> str:
        return f"{self.year}年{_ZH_QUARTER[self.q]}"

    @property
    def year_to_date_zh(self) -> str:
        """The part of its year a report at this quarter's end covers, as reports name it."""
        return ("一季度", "上半年", "前三季度", "全年")[self.q - 1]

    @property
    def short(self) -> str:
        return f"{self.year}Q{self.q}"

    def __str__(self) -> str:
        return self.short

    def __repr__(self) -> str:
        return f"Quarter({self.year}, {self.q})"


@lru_cache(maxsize=8192)
def _quarter_at(index: int) -> Quarter:
    """One shared instance per quarter (they are immutable): every stored
    quarter read back (hundreds of thousands at a city's scale) is a lookup,
    not a validated construction."""
    return Quarter(index // 4, index % 4 + 1)
