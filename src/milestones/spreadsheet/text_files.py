"""Tables as text: CSV (comma, semicolon or tab; UTF-8 with or without BOM, GB18030, UTF-16), a system's "导出
Excel" that is tab-separated text under an .xls name, and a plan report's text (.txt)."""
from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

from .grid import Limits, ReadError, Sheet


def is_text_table(head: bytes) -> bool:
    """Whether a file's first bytes are text with a separator in its first lines: what some systems
    export under an .xls name (tab-separated, in GBK or UTF-16), which Excel opens as a table."""
    if head[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return True
    if b"\x00" in head or head.lstrip().startswith(b"<"):
        return False
    text = None
    for enc in ("utf-8-sig", "gb18030"):
        for cut in range(4):  # the first bytes may end inside a character
            try:
                text = head[:len(head) - cut].decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if text is not None:
            break
    if text is None:
        return False
    lines = text.splitlines()[:6]
    return any(sep in line for line in lines for sep in "\t,;") and \
        all(ch.isprintable() or ch == "\t" for line in lines for ch in line)


def _decoded(raw: bytes) -> str | None:
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return None  # pragma: no cover - gb18030 decodes almost anything


def read_report_text(path: Path, limits: Limits) -> tuple[Sheet | None, str | None]:
    """A .txt holding a plan report (its text saved from Word or copied from the published page): its measures
    and targets; None when it is no report (a table saved as text), with the text decoded for the table's reader
    (None where it is no plain UTF-8 or GBK text: UTF-16, binary)."""
    from .plan_report import report_sheet

    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        return None, None
    text = _decoded(raw)
    if text is None:  # pragma: no cover - gb18030 decodes almost anything
        return None, None
    # (a table saved as text has no "三、…工作思路和具体举措" line followed by "（一）" sections: it is read as one)
    lines = text.splitlines()
    if len(lines) > limits.max_rows:
        raise ReadError(path, f"超过上限 {limits.max_rows:,} 行")
    return report_sheet(lines, path.stem), text


def read_csv(path: Path, limits: Limits, text: str | None = None) -> Sheet:
    if text is None:
        text = _csv_text(path)
    return _csv_rows(path, limits, text)


def _csv_text(path: Path) -> str:
    raw = path.read_bytes()
    if raw[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        # Excel's "Unicode 文本" (and some exports): UTF-16 with its byte-order mark, tab-separated
        try:
            raw = raw.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ReadError(path, "文件以 UTF-16 标记开头，但内容不是 UTF-16 文本") from None
    if b"\x00" in raw[:4096]:
        raise ReadError(path, "不是文本格式的 CSV 文件（含二进制内容）")
    text = _decoded(raw)
    if text is None:
        raise ReadError(path, _mixed_encodings(raw) or "无法识别文件编码（应为 UTF-8 或 GBK/GB18030）")
    return text


def _mixed_encodings(raw: bytes) -> str | None:
    """Where a file neither UTF-8 nor GBK reads is UTF-8 up to a line: rows pasted from a GBK file at the end of
    a UTF-8 one (two offices' lists put together in a text editor). The line is what to look at."""
    try:
        raw.decode("utf-8-sig")
        return None
    except UnicodeDecodeError as e:
        head = raw[:e.start]
    if head.isascii():  # nothing Chinese read as UTF-8 before it: no telling which the file meant
        return None
    line = head.count(b"\n") + 1
    return f"第 {line} 行起不是 UTF-8 文本（前面的行是）：文件像是两种编码的内容拼在一起，请统一另存为 UTF-8 或 GBK 后再导入"


def _csv_rows(path: Path, limits: Limits, text: str) -> Sheet:
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = max(",;\t", key=sample.count)
    rows = []
    cells = 0  # 200 MB of commas is 100 million cells: stopped before they are all in memory
    # newline="": a line may end in \r alone (an old Mac's Excel), which csv reads as the end of a row; without
    # it a \r inside an unquoted cell stopped the reading
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for i, row in enumerate(reader):
            if i >= limits.max_rows:
                raise ReadError(path, f"超过上限 {limits.max_rows:,} 行")
            if len(row) > limits.max_columns:
                raise ReadError(path, f"第 {i + 1} 行有 {len(row)} 列，超过上限 {limits.max_columns} 列")
            cells += len(row)
            if cells > limits.max_cells:
                raise ReadError(path, f"超过上限 {limits.max_cells:,} 个单元格")
            rows.append(row)
    except csv.Error as exc:  # a cell of more than 131,072 characters (an unclosed quote swallowing the file)
        too_long = "field larger than field limit" in str(exc)
        raise ReadError(path, f"第 {reader.line_num} 行" + (
            f"有一个单元格超过 {csv.field_size_limit():,} 个字符（多半是引号没有配对，后面的内容都进了这一格）" if too_long
            else f"无法按 CSV 读取（{exc}）")) from None
    return Sheet(path.stem, rows, [], plain=True)
