"""What a key project's name cell carries beside the name: the list's numbering, a mark of the list's change
("（新增）", "【调出】"), the project code, the nature or level in brackets, a ★, or the content after it
("甲项目：新建道路2公里"). Each is taken off the name (kept in it, next year's list naming the project plainly
would make a second project) and said."""
from __future__ import annotations

import re
from typing import NamedTuple

from ..domain.list_words import JOINING_WORDS, LEAVING_WORDS, ONE_MOVE_LIST
from .cells import ITEM_NUMBER, LOGICAL_WORDS, clean_column, norm
from .layout import CATEGORY_NUMBERING, NAME_MARK, NAME_MARKS
from .project_columns import Columns
from .zones import heading_name, nature_word

__all__ = ["Names", "leaving_said", "move_word", "read_names", "said_by_marks", "title_move"]


class Names(NamedTuple):
    """Each row's name, and what its cell carried beside it (None where nothing)."""

    names: list[str | None]
    contents: list[str | None]  # the content column's, else what followed the name ("项目名称及主要建设内容")
    codes: list[str | None]  # the project code in brackets after the name
    natures: list[str | None]  # "重庆长滨（续建）"
    levels: list[str | None]  # "红楼宾馆综合改造（市重点）"
    marks: list[str | None]  # "★重庆长滨"


def read_names(cols: Columns) -> Names:
    """The name column as names: a row with none is dropped (said where the row has anything else), the list's
    numbering ("1.重庆长滨", "（3）…" down the column) and the marks after a name taken off."""
    names = cols.text("name")
    contents = cols.text("content")
    if cols.layout.name_with_content:
        names, given = _names_and_contents(cols)
        contents = contents if cols.has("content") else given
    if cols.has("name_part"):
        _joined(cols, names, contents)
    raw = cols.cells_of("name") if cols.has("name") else ()
    # a TRUE/FALSE cell (t="b"), or its words in a CSV Excel saved: a column out of place, no name (it stood as
    # "True", and in a CSV as a project named TRUE)
    if True in raw or False in raw or "TRUE" in raw or "FALSE" in raw:
        for k, v in enumerate(raw):
            if type(v) is bool or v in LOGICAL_WORDS:
                said = v if type(v) is str else "TRUE" if v else "FALSE"
                cols.report(k, "name", said, "项目名称是逻辑值，不是名称（可能是列错位）：该行未导入", "warning")
                names[k], cols.dropped[k] = None, 1  # dropped: not said again as a name missing
    if None in names:
        for k, name in enumerate(names):
            if not name:
                if any(norm(v) for v in cols.cells[k]) and not cols.said_error(k, "name"):
                    cols.report(k, "name", "", "缺少项目名称", "warning")
                cols.dropped[k] = 1
    numbered = sum(1 for n in names if n and n[0] in "0123456789(（" and ITEM_NUMBER.match(n))
    if numbered and numbered * 2 >= len(names) - names.count(None):
        # "1.重庆长滨", "（3）…" down the name column: the list's numbering, not the names (a lone
        # "1、2号楼改造" among plain names is a name)
        names = [ITEM_NUMBER.sub("", n) or n if n else n for n in names]
    _list_marks(cols, names)
    codes = _codes_in_names(cols, names)
    natures, levels = _bracket_marks(cols, names)
    marks = _name_marks(cols, names)
    return Names(names, contents, codes, natures, levels, marks)


def _joined(cols: Columns, names: list[str | None], contents: list[str | None]) -> None:
    """"项目名称" merged over two columns: "十八梯 | 三期" is 十八梯三期; a long second cell ("改造历史建筑约2万平方米…") is
    what is built, where no content column says it."""
    for k, part in enumerate(cols.text("name_part")):
        if not part:
            continue
        if not names[k]:
            names[k] = part
        elif len(part) <= _PART_LONGEST:
            names[k] = f"{names[k]}{part}"
        elif contents[k] is None:
            contents[k] = part


_PART_LONGEST = 8  # "三期", "ABC区", "（二期）A地块": a part of the work; longer, a line of what is built


# a mark of the list's change after a name: "朝天门整治（新增）", "鹅岭公园配套【调出】"
_LIST_MARK = re.compile(r"\s*[(（【\[]\s*(新增|新增项目|新列入|调入|调增|增补|调整|调整后|更名|调出|调减|移出|取消|删除|退出)"
                        r"\s*[)）】\]]$")





def move_word(text: str | None) -> str | None:
    """The move a heading over projects names in a 名单调整表, or a cell of its 调整 column: "一、调出项目（3个）" →
    "调出", "（二）调入项目" → "调入", "新增" → "调入"; None for any other words."""
    if not text:
        return None
    said = _MOVE_SAID.sub("", CATEGORY_NUMBERING.sub("", heading_name(norm(text))))
    return "调出" if said in LEAVING_WORDS else "调入" if said in JOINING_WORDS else None


# what a move's heading or cell says around its word: "拟调出项目", "申请调入的项目", "调出项目名单"
_MOVE_SAID = re.compile(r"^(?:拟|申请|建议|提请|经研究)|(?:的)?(?:重点)?(?:项目)?(?:名单|清单)?$")


# a title naming a list of one move: "2024年区级重点项目调出名单", "调入项目清单", "2024年新增重点项目名单"
_MOVE_WORD = re.compile("|".join(sorted(LEAVING_WORDS | JOINING_WORDS, key=len, reverse=True)))
_ONE_MOVE_TITLE = re.compile(ONE_MOVE_LIST)


def title_move(title: str | None) -> str | None:
    """The move every row of a table makes whose title names a list of one move ("…重点项目调出名单" → "调出",
    "…调入名单" → "调入"); None for any other title, and for one naming both ("调入调出名单": each row says its own)."""
    if not title:
        return None
    text = norm(title)
    if not _ONE_MOVE_TITLE.search(text):
        return None
    moves = {move_word(m) for m in _MOVE_WORD.findall(text)}  # ("调入项目及调出项目名单": both, each row says its own)
    return moves.pop() if len(moves) == 1 else None


def leaving_said(cols: Columns, k: int, name: str | None, mark: str) -> None:
    """Row ``k`` marked as leaving the list (``mark``: 调出, 移出…): said, and no record; the import takes the project
    off the year's list where the plan lists it (:attr:`Table.leaving`)."""
    cols.report(k, "name", name, f"标注为“{mark}”：导入时移出本年计划（不作为项目导入）", "info")
    cols.dropped[k] = 1
    cols.leaving[k] = mark


def _list_marks(cols: Columns, names: list[str | None]) -> None:
    """A mark of the list's change is no part of the name: kept in it, the project was a new one
    ("朝天门整治（新增）") beside the one the plan holds. A project marked as leaving the list, after
    its name, alone in 备注 or in a 名单调整表's 调整 column, is no record: the import takes it off the list."""
    notes = cols.text("notes") if cols.has("notes") else None
    moves = cols.text("list_change") if cols.has("list_change") else None  # a 名单调整表's 调入 | 调出
    for k, name in enumerate(names):
        mark = None
        if name and name[-1] in ")）】]":
            m = _LIST_MARK.search(name)
            if m:
                names[k], mark = name[:m.start()], m.group(1)
        if mark is None and notes is not None and notes[k] in LEAVING_WORDS:
            mark = notes[k]
        if mark is None and moves is not None and moves[k] and move_word(moves[k]) == "调出":
            mark = moves[k]
        if mark in LEAVING_WORDS:
            leaving_said(cols, k, name, mark)
        elif mark is not None:
            cols.report(k, "name", name, f"名称后的“{mark}”是清单变动的标注，未计入名称", "info")


_BRACKET_AFTER = re.compile(r"\s*[(（【\[]([^()（）【】\[\]]{2,6})[)）】\]]$")

# the national investment project code after a name: "甲道路工程（2401-500103-04-01-123456）",
# "乙停车场(项目代码:2312-500103-04-05-654321)"
_CODE_AFTER = re.compile(r"\s*[(（【\[]\s*(?:(?:项目|统一)?(?:代码|编码|编号)\s*[:：]?\s*)?"
                         r"(\d{4}-\d{6}-\d{2}-\d{2}-\d{6})\s*[)）】\]]$")


def _codes_in_names(cols: Columns, names: list[str | None]) -> list[str | None]:
    """The project code in brackets after a name is the project's code, not part of its name (next
    year's list naming it plainly, or by its code, finds it). Gives each row's code (None for none)."""
    codes: list[str | None] = [None] * len(names)
    for k, name in enumerate(names):
        if name and name[-1] in ")）】]" and "-" in name:
            m = _CODE_AFTER.search(name)
            if m and m.start() > 0:
                names[k], codes[k] = name[:m.start()], m.group(1)
                cols.report(k, "name", name, f"名称后的“{m.group(1)}”是项目代码，作为项目编码导入", "info")
        elif name and (name[0] < "\u0080" and name[0].isalnum() or name[0] in "【[(（") \
                and (m := _CODE_BEFORE.match(name)):
            # "YZ2024-001 重庆长滨", "2401-500103-04-01-123456\n甲道路工程", "【YZ-2024-003】十八梯三期": the list's
            # number for the project
            code = m.group(1) or m.group(2)
            names[k], codes[k] = name[m.end():], code
            cols.report(k, "name", name, f"名称前的“{code}”是项目编号，作为项目编码导入", "info")
    return codes


# a code before the name, apart from it by a space or a line: the national code, or letters and a year's number
# ("YZ2024-001", "ZD-2024-12"); not a plot's name ("B11-1地块", "K12-3 地块": no year in it)
_CODE = r"(\d{4}-\d{6}-\d{2}-\d{2}-\d{6}|[A-Za-z]{1,6}[-_]?20\d{2}[-_]?\d{2,4})"
_CODE_BEFORE = re.compile(rf"{_CODE}\s+(?=[\u4e00-\u9fff])|[【\[(（]\s*{_CODE}\s*[】\])）]\s*(?=[\u4e00-\u9fff])")


_LEVEL_AFTER = re.compile(r"^(国家|省|市|区|县)(?:级重点|级|重点)(?:项目)?$")  # "（市级）", "（市重点）"


def _bracket_marks(cols: Columns, names: list[str | None]) -> tuple[list[str | None], list[str | None]]:
    """"重庆长滨（续建）", "红楼宾馆综合改造（市重点）": the nature or the level said after the name is no
    part of it — kept, next year's list naming it plainly would make a second project. Gives each
    row's nature and level (None for none)."""
    natures: list[str | None] = [None] * len(names)
    levels: list[str | None] = [None] * len(names)
    said: dict[str, tuple[int, str, str] | None] = {}  # a list's endings repeat ("（一期）"): each read once
    for k, name in enumerate(names):
        if name and name[-1] in ")）】]":
            tail = name[-10:]  # the bracket and its two to six characters, and what is before it
            if tail not in said:
                m = _BRACKET_AFTER.search(tail)
                word = nature_word(m.group(1), heading=False) if m else None
                level = _LEVEL_AFTER.match(norm(m.group(1))) if m and not word else None
                said[tail] = (len(tail) - m.start(), "nature", word) if word else \
                    (len(tail) - m.start(), "level", f"{level.group(1)}级重点") if level else None
            found = said[tail]
            if found is not None and found[0] < len(name):  # a name that is only "（续建）" stays
                cut, what, word = found
                names[k] = name[:-cut]
                (natures if what == "nature" else levels)[k] = word
                cols.report(k, "name", name, f"名称后的“{name[-cut:].strip()}”是"
                            f"{'建设性质' if what == 'nature' else '项目级别'}，未计入名称", "info")
        elif name and name[0] in "(（【[" and (m := _BRACKET_BEFORE.match(name)):
            # "[市级]重庆长滨", "【续建】甲项目": said before the name, as lists tag a row; "（重庆）乙项目" is a name
            word = nature_word(m.group(1), heading=False)
            level = _LEVEL_AFTER.match(norm(m.group(1))) if not word else None
            if word or level:
                names[k] = name[m.end():]
                if word:
                    natures[k] = word
                else:
                    levels[k] = f"{level.group(1)}级重点"
                cols.report(k, "name", name, f"名称前的“{m.group(0).strip()}”是"
                            f"{'建设性质' if word else '项目级别'}，未计入名称", "info")
    return natures, levels


_BRACKET_BEFORE = re.compile(r"\s*[(（【\[]([^()（）【】\[\]]{2,6})[)）】\]]\s*(?=\S)")


_MARKS = set(NAME_MARKS + "＊")


def _name_marks(cols: Columns, names: list[str | None]) -> list[str | None]:
    """A mark before or after a name ("★重庆长滨") is no part of it — kept, the project was a new one
    beside the plan's own. Gives each row's mark (None for none); said where no note explains it."""
    marks: list[str | None] = [None] * len(names)
    explained = cols.layout.name_marks
    for k, name in enumerate(names):
        if name and (name[0] in _MARKS or name[-1] in _MARKS):
            bare = NAME_MARK.sub("", name).strip()
            if not bare:
                continue
            # every mark the name carries ("★*鹅岭公园": new this year, and new on the list)
            ends = "".join(NAME_MARK.findall(name)).replace("＊", "*")
            mark = "".join(dict.fromkeys(c for c in ends if c in _MARKS))
            names[k], marks[k] = bare, mark
            unexplained = "".join(c for c in mark if c not in explained)
            if unexplained:
                cols.report(k, "name", name, f"名称前后的“{unexplained}”未计入名称（表中没有说明它的意思）", "info")
    return marks


def said_by_marks(marks: str | None, meanings: dict[str, str]) -> str | None:
    """What the first of a name's marks that ``meanings`` explains says, else None."""
    return next((meanings[c] for c in marks if c in meanings), None) if marks else None


# what is built, as a cell of both begins it: "建设…", "新建…", "主要包括…" (not "（一期）", a part of the name)
_BUILT = r"(?:主要)?(?:建设|新建|改建|扩建|改造|修建|实施|包括|占地|总建筑面积|用地面积)"
_NAME_THEN_CONTENT = re.compile(rf"\s*(?:\n|[:：。；;]|(?<=[)）])\s*(?=(?:主要)?建设(?:内容|规模))|[,，]\s*(?={_BUILT}))\s*")
_CONTENT_IN_BRACKETS = re.compile(rf"^(.+?)\s*[(（]\s*({_BUILT}[^()（）]{{3,}})[)）]$")  # not "（改造）"

_CONTENT_LABEL = re.compile(r"^(?:主要)?建设(?:内容|规模)(?:及规模|及内容)?\s*[:：]?\s*")


def _names_and_contents(cols: Columns) -> tuple[list[str | None], list[str | None]]:
    """"项目名称及主要建设内容" cells as a name and a content: "甲项目：新建道路2公里", "乙项目。主要建设…",
    "丙项目，新建…", "丁项目（建设住宅约5万平方米）", "丙项目⏎建设内容：新建学校1所" (split before the cell is cleaned:
    cleaning joins the lines)."""
    names, contents = [], []
    for v in cols.raw("name"):
        if type(v) is not str:
            names.append(v)
            contents.append(None)
            continue
        parts = _NAME_THEN_CONTENT.split(v.strip(), maxsplit=1)
        if len(parts) == 1 and (m := _CONTENT_IN_BRACKETS.match(parts[0])):
            parts = [m.group(1), m.group(2)]  # "邹容支路地块改造（建设住宅约5万平方米）"
        names.append(parts[0])
        contents.append(_CONTENT_LABEL.sub("", parts[1]) if len(parts) > 1 else None)
    return clean_column(names), clean_column(contents)
