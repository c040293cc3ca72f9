"""milestones: the quarterly planner for a district's annual development plan."""
from importlib.metadata import PackageNotFoundError, version as _version

try:
    __version__ = _version("milestones")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"
