"""Build resources/plans/yuzhong-2024.yaml from tools/plan_source.yaml and the seed report.

Run by a developer when the source changes:
    python tools/build_sample_plan.py ../shared/seed/yuzhong-2024-plan-report.txt
Each measure gets its paragraph from the report; a target whose wording is
not found verbatim in the report stops the build.
"""
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def paragraphs(report: str) -> list[str]:
    return [p.strip() for p in report.splitlines() if p.strip()]


def main(seed: str) -> int:
    report = Path(seed).read_text(encoding="utf-8")
    part3 = report[report.index("三、2024年工作思路和具体举措"):report.index("附件:1.")]
    paras = paragraphs(part3)
    data = yaml.safe_load((ROOT / "tools" / "plan_source.yaml").read_text(encoding="utf-8"))
    missing = []
    for section in data["sections"]:
        heading = next((p for p in paras if re.match(rf"\(.{{1,2}}\){re.escape(section['title'])}", p)), None)
        if heading is None:
            missing.append(f"section {section['number']}: {section['title']}")
        else:
            section["summary"] = heading.split("。", 1)[1].strip() if "。" in heading else None
        for m in section["measures"]:
            para = next((p for p in paras if p.startswith(m["title"])), None)
            if para is None:
                missing.append(f"measure: {m['title']}")
                continue
            m["text"] = para
            for t in m["targets"]:
                text = t if isinstance(t, str) else t["text"]
                if text not in para:
                    missing.append(f"target not verbatim in its measure: {text}")
    if missing:
        print("\n".join(missing), file=sys.stderr)
        return 1
    header = (
        "# The 2024 plan of 重庆市渝中区, built from the published report (渝中府发〔2024〕8号)\n"
        "# by tools/build_sample_plan.py from tools/plan_source.yaml. Every item names the part of\n"
        "# the report it comes from; nothing is invented: what the report does not say is empty.\n"
    )
    out = ROOT / "resources" / "plans" / "yuzhong-2024.yaml"
    out.write_text(header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")
    n_t = sum(len(m["targets"]) for s in data["sections"] for m in s["measures"])
    n_m = sum(len(s["measures"]) for s in data["sections"])
    print(f"wrote {out}: {len(data['sections'])} sections, {n_m} measures, {n_t} targets, {len(data['projects'])} projects")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared/seed/yuzhong-2024-plan-report.txt")))
