"""What the exported 横道图 sheet says of itself, so that an import knows its own drawing."""

# after the title: how the chart marks the schedule
TIMELINE_LEGEND = "（▶开工 ■完工；上行计划，下行实际）"
