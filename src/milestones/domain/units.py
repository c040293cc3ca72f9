"""The units a cell names: "区住房城乡建委、区财政局" is two.

A unit reports on its own rows: the 举措与目标 view narrows to them and the
export writes each unit its own form, both by the units read here.
"""
from __future__ import annotations

import re

# 、 between units as the plan writes them; a comma, semicolon or slash where a table was typed in haste
_SEPARATORS = re.compile(r"[、，,；;/／\s]+")


def units_named(*cells: str | None) -> frozenset[str]:
    """Each unit named in ``cells`` (blank cells name none)."""
    return frozenset(u for c in cells if c for u in _SEPARATORS.split(c) if u)


def by_mentions(named: list[frozenset[str]]) -> list[str]:
    """The units of many rows, the most often named first (then by name, to be stable)."""
    counts: dict[str, int] = {}
    for units in named:
        for u in units:
            counts[u] = counts.get(u, 0) + 1
    return sorted(counts, key=lambda u: (-counts[u], u))


_FORM_UNIT = re.compile(r"[（(]([^（）()]+)[）)]\s*$")


def unit_of_form(title: str | None, named: list[frozenset[str]]) -> str | None:
    """The unit a table is one unit's form of: its title ends in the unit's name in brackets
    ("2024年工作举措与量化目标表（区商务委）", as the export writes each unit its own) and every row
    names that unit. What such a file leaves out is other units' rows, not rows gone."""
    m = _FORM_UNIT.search(title or "")
    if not m or not named:
        return None
    unit = m.group(1).strip()
    return unit if all(unit in units for units in named) else None


def record_units(kind: str, rec: dict) -> frozenset[str]:
    """The units an imported record names: a project's owner and unit responsible, a target's units."""
    if kind == "key_projects":
        return units_named(rec.get("owner"), rec.get("responsible_unit"))
    return units_named(rec.get("responsible_unit"), rec.get("partner_units"))


_PARTS = re.compile(r"([、，,；;/／\s]+)")


def renamed_in(cell: str | None, old: str, new: str) -> str | None:
    """``cell`` with the unit ``old`` named ``new`` instead, its other units and separators as typed;
    named twice after it ("区住建委、区住房城乡建委" → one), once. None when ``cell`` does not name ``old``."""
    if not cell or old not in units_named(cell):
        return None
    parts = _PARTS.split(cell)  # unit, separator, unit, …
    out: list[str] = []
    seen: set[str] = set()
    for i in range(0, len(parts), 2):
        unit = new if parts[i] == old else parts[i]
        if unit and unit in seen:
            continue
        if unit:
            seen.add(unit)
        if out and i > 0:
            out.append(parts[i - 1])
        out.append(unit)
    return "".join(out).strip("、，,；;/／ ") or None
