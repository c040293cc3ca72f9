"""argparse's own words — usage, error, the required and the unknown — in Chinese when the command line speaks
Chinese (the default): "milestones import: error: the following arguments are required: file" stood in English
among Chinese help. argparse words them through gettext's ``_`` and ``ngettext``, looked up when used, so they
are replaced while the parser is built and used, and put back after (a test runs many commands in one process).
"""
from __future__ import annotations

import argparse
from contextlib import contextmanager
from typing import Iterator, Sequence

_ZH = {
    "usage: ": "用法：",
    "positional arguments": "参数",
    "options": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "%(value)r 不是有效的值",
    "invalid choice: %(value)r (choose from %(choices)s)": "%(value)r 不是可选的值（可选：%(choices)s）",
    "expected one argument": "缺少它的值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "至多给一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 不明确，可以是 %(matches)s",
    "not allowed with argument %s": "不能与 %s 同用",
    "one of the arguments %s is required": "需要 %s 之一",
    "ignored explicit argument %r": "不需要值，得到 %r",
}


def language_asked(argv: Sequence[str]) -> str:
    """The language ``--lang`` asks for, read before the parser runs (its own errors are worded in it)."""
    argv = list(argv)
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "zh"


@contextmanager
def argparse_speaking(lang: str) -> Iterator[None]:
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext
    argparse._ = lambda message: _ZH.get(message, message)
    argparse.ngettext = lambda one, many, n: _ZH.get(one if n == 1 else many, one if n == 1 else many)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
