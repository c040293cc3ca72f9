"""Whatever a planner types, the domain's readers give a value or their own error, which the caller says in words:
a quarter, a span, a target, a figure, an amount, a quarter's steps. Another error escaped its caller as a fault
(".5" in 年度计划投资 was a bare ValueError where AmountError was expected)."""
import os

from hypothesis import example, given, settings, strategies as st

from milestones.domain.money import AmountError, parse_amount
from milestones.domain.quarter import Quarter, QuarterParseError
from milestones.domain.schedule_cell import parse_schedule_cell
from milestones.domain.schedule_span import parse_schedule_span
from milestones.domain.steps import StepsError, parse_steps
from milestones.domain.target import Target, TargetParseError, parse_number

CASES = os.environ.get("CASES")  # the suite reads the same 500 each run; CASES=20000 reads that many new ones
_PIECES = list("0123456789.,-+%eE年月日季度一二三四上下半底前后Qq/~—至到第期亿万元个以上左右约≥≤<>（）() \n\t：:;；、") + [
    "2024", "2025", "二季度", "三季度", "完成", "开工", "1e400", "1.5E+3", ".5"]
_TYPED = st.one_of(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join), st.text(max_size=20))


@settings(max_examples=int(CASES or 500), deadline=None, derandomize=not CASES)
@given(_TYPED, st.sampled_from([None, 2024]))
@example(".5", None)  # the one found: AmountError expected, ValueError raised
def test_each_reader_raises_only_its_own_error(text, year):
    for read, own in ((lambda: parse_steps(text, year), StepsError), (lambda: Target.parse(text), TargetParseError),
                      (lambda: parse_number(text), ValueError), (lambda: parse_amount(text), AmountError),
                      (lambda: parse_schedule_cell(text, year), QuarterParseError),
                      (lambda: parse_schedule_span(text, year), QuarterParseError),
                      (lambda: Quarter.parse(text), QuarterParseError)):
        try:
            read()
        except own:
            pass  # its own error, which its caller says in words: the test is that nothing else escapes
