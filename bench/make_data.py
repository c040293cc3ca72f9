"""Synthetic plan data at city scale, for benchmarks and scale tests."""
from __future__ import annotations

import random
from pathlib import Path

CLASSES = ["产业发展", "城市基础设施", "城市更新", "公共服务", "民生改善"]
ZONES = ["东部", "中部", "西部", "全区"]
AREAS = {"东部": ["解放碑中央商务区", "下半城历史风貌带", "两江滨江休闲产业带", "黄花园现代服务产业园"],
         "中部": ["菜园坝滨江新城", "大鹅岭山脊自然生态带", "中山三路片区"],
         "西部": ["化龙桥国际商务区", "大坪商圈", "总部城数字经济产业园", "环重医大健康产业园"], "全区": [""]}
HEADER = ["序号", "项目编码", "项目名称", "区域", "板块", "项目类别", "建设性质", "总投资（亿元）",
          "年度计划投资（亿元）", "计划开工", "计划完工", "责任单位", "备注"]


def project_rows(n: int, seed: int = 7, year: int = 2024):
    rnd = random.Random(seed)
    for i in range(1, n + 1):
        zone = ZONES[i % 4]
        start_q = rnd.randint(1, 4)
        dur = rnd.randint(1, 10)
        end_year = year + (start_q + dur - 1) // 4
        end_q = (start_q + dur - 1) % 4 + 1
        yield [i, f"BM-{i:06d}", f"重点项目{i:06d}号（{rnd.choice(CLASSES)}）", zone,
               rnd.choice(AREAS[zone]), rnd.choice(CLASSES), rnd.choice(["新开工", "续建", "计划完工"]),
               round(rnd.uniform(0.5, 80), 2), round(rnd.uniform(0.1, 10), 2),
               f"{year}年{'一二三四'[start_q - 1]}季度", f"{end_year}Q{end_q}", f"区第{i % 37}责任单位",
               "" if i % 3 else "按计划推进"]


def write_projects_xlsx(path: Path, n: int) -> Path:
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    ws = wb.add_worksheet("重点项目")
    ws.write_row(0, 0, ["2024年重点项目季度计划表"])
    ws.write_row(1, 0, HEADER)
    for r, row in enumerate(project_rows(n), start=2):
        ws.write_row(r, 0, row)
    wb.close()
    return path
