"""Where the shipped files are: sample plans, translations, fonts, migrations.

In a wheel (and a source checkout installed with ``pip install -e .``) the
top-level ``resources/`` and ``db/`` folders are the packages
``milestones.resources`` and ``milestones.migrations``.
"""
from __future__ import annotations

import sys
from functools import cache
from importlib import resources as _ir
from pathlib import Path


def _package_dir(package: str, fallback: str) -> Path:
    try:
        path = Path(str(_ir.files(package)))
        if path.is_dir():
            return path
    except (ModuleNotFoundError, TypeError):
        pass
    # a frozen bundle (PyInstaller) or a plain source tree
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base / fallback


@cache
def resources_dir() -> Path:
    return _package_dir("milestones.resources", "resources")


@cache
def migrations_dir() -> Path:
    return _package_dir("milestones.migrations", "db")


def default_plan_path() -> Path:
    """The data folder's plan.db: the plan the first start makes, with the bundled sample in it."""
    from platformdirs import user_data_path

    return user_data_path("milestones", appauthor=False) / "plan.db"


def sample_plan_path() -> Path:
    return resources_dir() / "plans" / "yuzhong-2024.yaml"
