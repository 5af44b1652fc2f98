"""A deterministic generator of synthetic plans of any size, for the scale benchmarks.

Most of a synthetic plan grows with its size, but a few probes do not: the unit
``省探针厅`` and the platform ``探针平台`` stand in exactly ten tasks, and ten tasks
fall due in January 2031. Queries about the probes answer the same amount at every
size, so their cost shows whether a query grows with the plan.
"""

from __future__ import annotations

import datetime
import random
from typing import Any

from dateutil.relativedelta import relativedelta

PROBES = 10
N_UNITS = 200
N_PLATFORMS = 100
CITIES = [f"城{i}市人民政府" for i in range(17)]


def _deadline(rng: random.Random) -> dict[str, Any]:
    roll = rng.random()
    if roll < 0.15:
        return {"kind": "ongoing", "date": None, "printed": "持续推进"}
    if roll < 0.17:
        return {"kind": "when_appropriate", "date": None, "printed": "适时推进"}
    year, month = rng.choice([2023, 2024, 2025]), rng.choice([6, 12])
    end = datetime.date(year, month, 1) + relativedelta(day=31)
    return {"kind": "date", "date": end.isoformat(), "printed": f"{year}年{month}月底前"}


def synthetic_plan(n_tasks: int, seed: int = 0) -> dict[str, Any]:
    """Return a valid plan document (the JSON object) with *n_tasks* tasks."""
    rng = random.Random(seed)  # noqa: S311 - not for security
    unit_names = [f"省第{i}厅" for i in range(N_UNITS)]
    platform_names = [f"第{i}号平台" for i in range(N_PLATFORMS)]
    probes = set(rng.sample(range(1, n_tasks + 1), min(PROBES, n_tasks)))
    tasks = []
    for number in range(1, n_tasks + 1):
        units = rng.sample(unit_names, rng.randint(2, 6))
        if number in probes:
            units.append("省探针厅")
        units.append("各省辖市政府")
        leads = units[: rng.randint(0, 2)]
        mentioned = rng.sample(platform_names, rng.randint(0, 2))
        if number in probes:
            mentioned.append("探针平台")
        text, mentions = f"第{number}项任务：建设", []
        for name in mentioned:
            mentions.append({"platform": name, "start": len(text), "end": len(text) + len(name)})
            text += name + "，"
        text += "推进数字政府建设。"
        deadline = (
            {"kind": "date", "date": "2031-01-31", "printed": "2031年1月底前"}
            if number in probes
            else _deadline(rng)
        )
        tasks.append(
            {
                "number": number,
                "text": text,
                "deadline": deadline,
                "units": units,
                "leads": leads,
                "units_text": "、".join(units),
                "mentions": sorted(mentions, key=lambda m: m["start"]),
                "provenance": None,
            }
        )
    per_part = -(-n_tasks // 4)
    sections = []
    for part in range(4):
        numbers = list(range(part * per_part + 1, min(n_tasks, (part + 1) * per_part) + 1))
        half = len(numbers) // 2
        sections.append(
            {
                "id": str(part + 1),
                "number": part + 1,
                "label": "一二三四"[part],
                "title": f"第{part + 1}部分",
                "declared_count": len(numbers),
                "tasks": [],
                "subsections": [
                    {
                        "id": f"{part + 1}.{i + 1}",
                        "number": i + 1,
                        "label": f"（{'一二'[i]}）",
                        "title": f"第{i + 1}节",
                        "declared_count": None,
                        "tasks": chunk,
                        "subsections": [],
                    }
                    for i, chunk in enumerate((numbers[:half], numbers[half:]))
                ],
            }
        )
    units_doc = [
        {"name": n, "kind": "government", "full_name": "河南" + n}
        for n in [*unit_names, "省探针厅"]
    ]
    units_doc.append({"name": "各省辖市政府", "kind": "collective", "members": CITIES})
    units_doc += [{"name": c, "kind": "local"} for c in CITIES]
    platforms_doc = [{"name": n, "kind": "platform"} for n in [*platform_names, "探针平台"]]
    used = {m["platform"] for t in tasks for m in t["mentions"]}
    return {
        "format_version": 1,
        "metadata": {"title": f"合成计划（{n_tasks}项）"},
        "sections": sections,
        "tasks": tasks,
        "units": [u for u in units_doc if u["name"] != "省探针厅" or probes],
        "platforms": [p for p in platforms_doc if p["name"] in used],
    }
