"""The words a 名单调整表 moves projects by: 调出 (taken off the year's list) and 调入 (put on it), and the title of a
list of one move ("2024年区级重点项目调出名单"), which the reader takes for every row's move and the store for no whole
list (nothing missing from it)."""
from __future__ import annotations


__all__ = ["LEAVING_WORDS", "JOINING_WORDS", "ONE_MOVE_LIST"]

LEAVING_WORDS = frozenset({"调出", "调减", "移出", "取消", "删除", "退出", "撤出"})
JOINING_WORDS = frozenset({"调入", "新增", "调增", "增补", "新列入", "新纳入", "增列"})

_TITLED = ("调出", "调减", "移出", "退出", "撤出", "调入", "调增", "增补", "增列", "新增", "新列入", "新纳入")
# "调出名单", "调入项目清单", "新增重点项目名单" (not 取消 or 删除: a title speaks of a list, not of deleting one)
ONE_MOVE_LIST = rf"(?:{'|'.join(_TITLED)})的?(?:区级|市级|区|市)?(?:重点)?(?:建设)?(?:项目)?(?:名单|清单|项目表|情况表)"
