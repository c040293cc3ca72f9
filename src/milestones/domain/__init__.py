"""The planner's domain in plain Python: no Qt, no SQLAlchemy."""
from .plain_text import normalise_text
from .progress import Light, LightRules, ProjectStatus, investment_rate, time_elapsed, warning_light
from .quarter import Quarter, QuarterParseError
from .schedule_cell import ScheduleCell, parse_schedule_cell
from .target import Score, Target, TargetParseError, parse_number, score

__all__ = [
    "Light", "LightRules", "ProjectStatus", "investment_rate", "time_elapsed", "warning_light",
    "Quarter", "QuarterParseError", "ScheduleCell", "normalise_text", "parse_schedule_cell",
    "Score", "Target", "TargetParseError", "parse_number", "score",
]
