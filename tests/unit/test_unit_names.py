"""The units a cell names, as planners write them: "区文化旅游委牵头，区商务委配合" is two units — the first
answering for the row — not a unit called "区文化旅游委牵头"."""
from milestones.domain.units import renamed_in, unit_name, units_answering, units_named


def test_a_units_part_in_the_work_is_not_part_of_its_name():
    assert units_named("区文化旅游委牵头，区商务委配合") == {"区文化旅游委", "区商务委"}
    assert units_named("区发展改革委（牵头）、区财政局") == {"区发展改革委", "区财政局"}
    assert units_named("区住房城乡建委负责") == {"区住房城乡建委"}
    assert unit_name("牵头") == "牵头"  # nothing left of it: kept as written
    assert units_named("区交通局", None, "") == {"区交通局"}


def test_the_units_answering_leave_out_those_only_working_with_them():
    assert units_answering("区文化旅游委牵头，区商务委配合") == {"区文化旅游委"}
    assert units_answering("区商务委、区财政局（协办）") == {"区商务委"}
    assert units_answering("区商务委配合") == {"区商务委"}  # every unit helping: they answer all the same
    assert units_answering(None) == frozenset()


def test_a_unit_renamed_keeps_its_part_in_the_work():
    assert renamed_in("区住建委牵头，区财政局配合", "区住建委", "区住房城乡建委") == "区住房城乡建委牵头，区财政局配合"
    assert renamed_in("区财政局、区住建委（配合）", "区住建委", "区住房城乡建委") == "区财政局、区住房城乡建委（配合）"
    assert renamed_in("区财政局", "区住建委", "区住房城乡建委") is None
