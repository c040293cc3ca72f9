"""The units a cell names: "区住房城乡建委、区财政局" is two.

A unit reports on its own rows: the 举措与目标 view narrows to them and the
export writes each unit its own form, both by the units read here.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

# 、 between units as the plan writes them; a comma, semicolon or slash where a table was typed in haste
_SEPARATORS = re.compile(r"[、，,；;/／\s]+")


# a unit's part in the work after its name, as a sentence gives it: "区文化旅游委牵头，区商务委配合" names two
# units, not "区文化旅游委牵头" (which the unit filter, 各单位进展 and the 催报 forms took for a unit of its own)
_ROLE = re.compile(r"[（(]?(?:牵头|配合|负责|协办|协助|参与)[）)]?$")


def unit_name(part: str) -> str:
    """A unit as a cell names it, without its part in the work ("区商务委（牵头）" → 区商务委)."""
    return _ROLE.sub("", part) or part


def units_named(*cells: str | None) -> frozenset[str]:
    """Each unit named in ``cells`` (blank cells name none)."""
    return frozenset(unit_name(u) for c in cells if c for u in _SEPARATORS.split(c) if u)


_HELPING = re.compile(r"[（(]?(?:配合|协办|协助|参与)[）)]?$")


def units_answering(cell: str | None) -> frozenset[str]:
    """The units a responsible-unit cell makes answer for the row: those it names, less the ones it marks as
    only working with them ("区文化旅游委牵头，区商务委配合" → 区文化旅游委), as 配合单位 are left out of a unit's
    own count in 各单位进展 and 催报. A cell marking every unit so names them all."""
    parts = [u for u in _SEPARATORS.split(cell or "") if u]
    leading = [u for u in parts if not _HELPING.search(u)]
    return frozenset(unit_name(u) for u in (leading or parts))


def by_mentions(named: list[frozenset[str]]) -> list[str]:
    """The units of many rows, the most often named first (then by name, to be stable)."""
    counts: dict[str, int] = {}
    for units in named:
        for u in units:
            counts[u] = counts.get(u, 0) + 1
    return sorted(counts, key=lambda u: (-counts[u], u))


_FORM_UNIT = re.compile(r"[（(]([^（）()]+)[）)]\s*$")


def unit_of_form(title: str | None, named: Iterable[frozenset[str]]) -> str | None:
    """The unit a table is one unit's form of: its title ends in the unit's name in brackets
    ("2024年工作举措与量化目标表（区商务委）", as the export writes each unit its own) and every row
    names that unit. What such a file leaves out is other units' rows, not rows gone. ``named`` is read
    only as far as needed (each row's units, worked out for a title that ends in brackets: 50,000 projects'
    units for every list cost an import 0.1 s)."""
    m = _FORM_UNIT.search(title or "")
    if not m:
        return None
    unit = m.group(1).strip()
    rows = 0
    for units in named:
        if unit not in units:
            return None
        rows += 1
    return unit if rows else None


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
        # "区住建委牵头" is 区住建委 leading: renamed, it still leads
        unit = new + parts[i][len(unit_name(parts[i])):] if unit_name(parts[i]) == old else parts[i]
        if unit and unit in seen:
            continue
        if unit:
            seen.add(unit)
        if out and i > 0:
            out.append(parts[i - 1])
        out.append(unit)
    return "".join(out).strip("、，,；;/／ ") or None
